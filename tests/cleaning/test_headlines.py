"""The headline chooser and the outlet checks, on pages written for these tests (invented names)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from conftest import load_benchmark
from parallax.cleaning.headlines import choose_headline, is_dateline, looks_like_byline
from parallax.cleaning.outlets import outlet_from_name, refused_outlet
from parallax.common.outlets import outlet_from_source

REPO = Path(__file__).resolve().parents[2]
LEDE = (
    "The Brindlemoor council voted on Tuesday to close the old ferry pier after divers found rotten piles "
    "beneath the landing stage, the council's harbour engineer said."
)
SECOND = (
    "Ferry services to Quillon Island will run from the north quay until the pier is rebuilt next spring."
)


def _choose(lines: list[str], body_from: int) -> str | None:
    keep = [i >= body_from for i in range(len(lines))]
    chosen = choose_headline(lines, [False] * len(lines), keep, lambda i: "share" in lines[i].lower())
    return None if chosen is None else lines[chosen]


def test_the_line_about_the_lede_wins_over_bylines_dates_and_menus() -> None:
    lines = [
        "Morning Edition Home Page",
        "Council closes rotten ferry pier in Brindlemoor",
        "By Odile Fenwarren",
        "Nov. 4, 2031, 10:12 am",
        "Share this story on social",
        "Back to Picture Gallery",
        LEDE,
        SECOND,
    ]
    assert _choose(lines, 6) == "Council closes rotten ferry pier in Brindlemoor"


def test_no_title_rather_than_a_line_about_something_else() -> None:
    lines = ["Weather Sports Opinion Puzzles", "By Odile Fenwarren", "4 55 3", LEDE, SECOND]
    assert _choose(lines, 3) is None


def test_a_headline_repeated_at_the_top_is_chosen_before_its_standfirst() -> None:
    lines = [
        "Pier closes after divers find rot - The Brindlemoor Echo",
        "Navigation menu for readers",
        "Pier closes after divers find rot",
        "Divers found rotten piles beneath the landing stage of the ferry pier, and the council closed it",
        LEDE,
        SECOND,
    ]
    assert _choose(lines, 4) == "Pier closes after divers find rot"


def test_shapes_that_are_never_headlines() -> None:
    assert looks_like_byline("By Odile Fenwarren")
    assert looks_like_byline("Written by Odile Fenwarren - 4 May")
    assert looks_like_byline("Author: Odile Fenwarren")
    assert is_dateline("Reading time: 4 minutes")
    assert not looks_like_byline("Bystanders rescue swimmer off Quillon Island")
    assert is_dateline("Nov. 4, 2031")
    assert is_dateline("Odile Fenwarren - Nov 4, 2031, 10:12 pm CST")
    assert is_dateline("Posted: 4 Nov 2031 8:11 pm")
    assert not is_dateline("Brindlemoor council closes ferry pier after divers find rot in 2031")


def test_file_name_outlets_need_a_real_word() -> None:
    assert outlet_from_name("sh_0a1b2c3d4e5f6071.dump") is None
    assert outlet_from_name("xy_dump") is None
    assert outlet_from_name("brindlemoor-echo") == "Brindlemoor Echo"
    assert outlet_from_source("pages/sh_0a1b2c3d4e5f6071.dump.txt") is None
    assert outlet_from_source("pages/brindlemoor-echo.txt") == "brindlemoor-echo"


def test_possessives_and_common_words_are_no_outlets() -> None:
    page_words = frozenset({"policy", "email", "the", "council"})
    assert refused_outlet("Quillonworks’s", page_words)
    assert refused_outlet("Policy", page_words)
    assert refused_outlet("Email", page_words)
    assert refused_outlet("And Nobody Noticed", page_words)
    assert refused_outlet("Sign Up For Our", page_words)
    assert refused_outlet("Quillon Photo Agency)", page_words)
    assert not refused_outlet("Brindlemoor", page_words)
    assert not refused_outlet("Brindlemoor US", page_words)
    assert not refused_outlet("The Brindlemoor Echo", page_words)


def test_title_quality_floors() -> None:
    bench = load_benchmark("titles")
    floors = tomllib.loads((REPO / "benchmarks" / "floors" / "titles.toml").read_text(encoding="utf-8"))
    figures = bench.run()
    assert figures["pages"] == 181, figures
    assert figures["slug_hit"] >= floors["slug_hit_min"], figures
    assert figures["bad_shape"] <= floors["bad_shape_max"], figures
    assert figures["no_title"] <= floors["no_title_max"], figures
