"""Values of durations ("three years": P3Y), sets ("every Monday": XXXX-WXX-1) and reference words ("now":
PRESENT_REF): expressions whose value does not depend on the publication date."""

from __future__ import annotations

from parallax.annotation.dates.calendar import duration_value, number
from parallax.annotation.dates.lexicon import PARTS, SET_WORDS, WEEKDAYS, folded, month_number


def durations_and_sets(kind: str, g: dict[str, str]) -> tuple[str | None, str] | None:
    """(value, TIMEX3 type) of a duration, a set or a reference word ("three years", "every Monday", "now")."""
    if kind == "duration":
        n = number(g["n"])
        if n is not None and (g.get("half") or g.get("half2")):
            n += 0.5
        return (duration_value(n, g["unit"]), "DURATION")
    if kind == "duration_abbr":  # "30 min", "2 hrs"
        unit = {"min": "minute", "hr": "hour", "sec": "second"}[g["unit"].casefold().rstrip("s")]
        return (duration_value(number(g["n"]), unit), "DURATION")
    if kind == "duration_half":  # "half an hour"
        return (duration_value(0.5, g["unit"]), "DURATION")
    if kind == "duration_one":
        return (duration_value(1, g.get("unit") or g.get("unit2") or g["unit3"]), "DURATION")
    if kind in ("duration_vague", "duration_recent", "duration_span"):
        return (duration_value(None, g["unit"]), "DURATION")
    if kind == "duration_word":
        word = folded(g["word"])
        value = "P1Y" if word == "annual" else ("P25Y" if word.endswith("century") else "PXX")
        return (value, "DURATION")
    if kind == "ref":
        return (next(k for k in ("PRESENT_REF", "PAST_REF", "FUTURE_REF") if g.get(k)), "DATE")
    if kind == "set_rate":  # "$50,000 a year": once a year
        return (duration_value(1, g["unit"]), "SET")
    if kind == "set_word":
        return (SET_WORDS[g["word"].casefold()], "SET")
    if kind == "set_weekday":
        if g.get("we"):  # "on weekends"
            return ("XXXX-WXX-WE", "SET")
        wd = WEEKDAYS[(g.get("wd") or g["wd2"]).casefold()] + 1
        part = PARTS.get((g.get("part") or "").casefold())
        return (f"XXXX-WXX-{wd}" + (f"T{part}" if part else ""), "SET")
    if kind == "set_every":
        if g.get("wd"):
            part = PARTS.get((g.get("part") or "").strip().casefold())
            return (f"XXXX-WXX-{WEEKDAYS[g['wd'].casefold()] + 1}" + (f"T{part}" if part else ""), "SET")
        if g.get("mon"):
            return (f"XXXX-{month_number(g['mon']):02d}", "SET")
        if g.get("season"):
            code = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}[
                g["season"].casefold()
            ]
            return (f"XXXX-{code}", "SET")
        unit = g["unit"].casefold()
        if unit in ("weekend", "weekday"):  # "every weekend"
            return ("XXXX-WXX-WE" if unit == "weekend" else "XXXX-WXX-WD", "SET")
        if unit in PARTS:
            return (f"XXXX-XX-XXT{PARTS[unit]}", "SET")
        n = 2.0 if (g.get("n") or "").casefold() == "other" else (number(g["n"]) if g.get("n") else 1.0)
        return (duration_value(n or 1.0, unit), "SET")
    return None
