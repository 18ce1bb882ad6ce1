"""Comparison on real stories: does Parallax find what a careful reader lists as agreed and disputed?

Gold: ``benchmarks/data/comparison_gold/events.jsonl``, written by hand before Parallax was run on these
articles (``written.py`` there is the hand-written form; ``build.py`` turns it into spans). Events: the ten
``newswcl50`` events and ten ``basil`` events of ``../shared/bench/devsets/stories.jsonl`` and two real
page dumps of ``../shared/bench/extraction`` (a plague case, NASA's lunar landers). Every second event of
each corpus is *set aside* (``part: setaside``): it is scored once, at the very end (``--setaside``).
A fresh gold, ``events_fresh.jsonl`` (``part: fresh``, from ``written_fresh.py``; 18 ``basil`` and 8 ``pac``
events no Parallax run has seen), is the honest estimate for unseen stories: score it once, at the very end
(``--part fresh``; ``docs/bench/comparison_fresh.md``). A second fresh gold, ``events_fresh2.jsonl``
(``part: fresh2``, from ``written_fresh2.py``), replaces it once that one is spent: ``--part fresh2``, once,
at the very end (``docs/bench/comparison_fresh2.md``). A third, ``events_fresh3.jsonl`` (``part: fresh3``,
from ``written_fresh3.py``), replaces that one in turn: ``--part fresh3``, once, at the very end
(``docs/bench/comparison_fresh3.md``). A fourth, ``events_fresh4.jsonl`` (``part: fresh4``, from
``written_fresh4.py``), replaces that one in turn: ``--part fresh4``, once, at the very end
(``docs/bench/comparison_fresh4.md``). A fifth, ``events_fresh5.jsonl`` (``part: fresh5``, from
``written_fresh5.py``), replaces that one in turn: ``--part fresh5``, once, at the very end
(``docs/bench/comparison_fresh5.md``). A sixth, ``events_fresh6.jsonl`` (``part: fresh6``, from
``written_fresh6.py``), replaces that one in turn: ``--part fresh6``, once, at the very end
(``docs/bench/comparison_fresh6.md``). A seventh, ``events_fresh7.jsonl`` (``part: fresh7``, from
``written_fresh7.py``), replaces that one in turn: ``--part fresh7``, once, at the very end
(``docs/bench/comparison_fresh7.md``). An eighth, ``events_fresh8.jsonl`` (``part: fresh8``, from
``written_fresh8.py``), replaces that one in turn: ``--part fresh8``, once, at the very end
(``docs/bench/comparison_fresh8.md``). ``--gold FILE`` scores another gold file.

For each event the records (as a JSONL file) or the dump files are given to ``parallax.analyze`` as a user
would give them. Each comparison figure is mapped back to a span of the event's *input* text through its
claim: the claim's cleaned sentence is located in the input with whitespace-normalised matching, then the
figure text inside that sentence. A comparison figure stands for a gold figure when their spans overlap.

Figures (per part; ``--verbose`` also per event):

* ``measures_found``: share of gold measures found. A gold measure is found when one comparison holds at
  least two thirds of its figures and at least two thirds of that comparison's figures belong to it.
* ``b3_precision`` / ``b3_recall`` / ``b3_f1``: B-cubed over the gold figures, the predicted cluster of a
  gold figure being the comparison that holds it (the one holding most of its measure when several do);
  a gold figure in no comparison is a singleton.
* ``kind_accuracy``: share of found measures whose comparison has the gold kind (an agreement must also
  have the right outliers: the gold figures among its outliers are exactly the gold outliers).
* ``false_disputes_per_story``: disagreement, evolving and contradiction points that match no gold
  dispute, per event. A figure point matches when at least half of its figures belong to one gold
  measure of kind disagreement or evolving; a statement point when its claims cover both sides (a claim
  and a denial) of one gold contradiction.
* ``points_per_story``: all comparison points per event.
* ``contradictions_found``: share of gold contradictions some contradiction point covers (its claims
  cover a claim and a denial of it); ``contradiction_precision``: share of contradiction points that cover
  both sides of a gold contradiction (``contradiction_points``: how many there are;
  ``false_contradictions``: how many do not).
* ``same_value_disagreements``: disagreements from two or more outlets in which every figure gives the
  same value (should be 0).
* ``unmapped_figures``: comparison figures that could not be located in the input (a diagnostic).

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/comparison.py [--verbose] [--setaside | --part PART]
[--gold FILE] [--json FILE]``
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PARALLAX_SHARED", REPO.parent / "shared"))
STORIES = SHARED / "bench" / "devsets" / "stories.jsonl"
PAGES = SHARED / "bench" / "extraction" / "pages"
GOLD = REPO / "benchmarks" / "data" / "comparison_gold" / "events.jsonl"
FRESH_GOLD = REPO / "benchmarks" / "data" / "comparison_gold" / "events_fresh.jsonl"
FRESH2_GOLD = REPO / "benchmarks" / "data" / "comparison_gold" / "events_fresh2.jsonl"
FRESH3_GOLD = REPO / "benchmarks" / "data" / "comparison_gold" / "events_fresh3.jsonl"
FRESH4_GOLD = REPO / "benchmarks" / "data" / "comparison_gold" / "events_fresh4.jsonl"
FRESH5_GOLD = REPO / "benchmarks" / "data" / "comparison_gold" / "events_fresh5.jsonl"
FRESH6_GOLD = REPO / "benchmarks" / "data" / "comparison_gold" / "events_fresh6.jsonl"
FRESH7_GOLD = REPO / "benchmarks" / "data" / "comparison_gold" / "events_fresh7.jsonl"
FRESH8_GOLD = REPO / "benchmarks" / "data" / "comparison_gold" / "events_fresh8.jsonl"
PARTS = ("working", "setaside", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8")

DISPUTES = ("disagreement", "evolving", "contradiction")
_SAME_CHAR = str.maketrans(
    {"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-"}
)

Span = tuple[str, int, int]  # article id, start, end in the input text


# --------------------------------------------------------------------------- gold and inputs


def gold_file(part: str | None = None, gold: Path | None = None) -> Path:
    """The gold file: the one given, else the fresh gold of part ``fresh``/``fresh2``/.../``fresh8``, else
    ``events.jsonl``."""
    if gold is not None:
        return gold
    fresh = {
        "fresh": FRESH_GOLD,
        "fresh2": FRESH2_GOLD,
        "fresh3": FRESH3_GOLD,
        "fresh4": FRESH4_GOLD,
        "fresh5": FRESH5_GOLD,
        "fresh6": FRESH6_GOLD,
        "fresh7": FRESH7_GOLD,
        "fresh8": FRESH8_GOLD,
    }
    return fresh.get(part or "", GOLD)


def load_gold(part: str | None = None, gold: Path | None = None) -> list[dict[str, Any]]:
    """The gold events (of one part when given), in file order; from ``gold_file(part, gold)``."""
    with gold_file(part, gold).open(encoding="utf-8") as f:
        events = [json.loads(line) for line in f if line.strip()]
    return [e for e in events if part is None or e["part"] == part]


def load_inputs(events: Iterable[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Input records by article id: stories.jsonl records, or ``{id, path, text}`` for page dumps."""
    wanted = {a for e in events for a in e["articles"]}
    inputs: dict[str, dict[str, Any]] = {}
    with STORIES.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                record = json.loads(line)
                if record["id"] in wanted:
                    inputs[record["id"]] = record
    for name in wanted - inputs.keys():
        path = PAGES / f"{name}.dump.txt"
        inputs[name] = {"id": name, "path": str(path), "text": path.read_text(encoding="utf-8")}
    return inputs


def check_gold(events: Iterable[dict[str, Any]], inputs: dict[str, dict[str, Any]]) -> None:
    """Every gold span must slice its text out of the input; raise ValueError otherwise."""
    for event in events:
        spans = [f for m in event["measures"] for f in m["figures"]]
        spans += [s for d in event["contradictions"] for side in ("claim", "denial") for s in d[side]]
        for span in spans:
            text = inputs[span["article"]]["text"]
            if text[span["start"] : span["end"]] != span["text"]:
                raise ValueError(f"{event['event']}: gold span {span} does not match the input text")


def analyse_event(event: dict[str, Any], inputs: dict[str, dict[str, Any]]) -> Any:
    """Run ``parallax.analyze`` on the event's input files; the Report."""
    from parallax.pipeline import analyze

    records = [inputs[a] for a in event["articles"]]
    if all("path" in r for r in records):
        return analyze([r["path"] for r in records])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "event.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        return analyze([path])


# --------------------------------------------------------------------------- mapping back to the input


def _normalise(text: str) -> tuple[str, list[int]]:
    """Whitespace runs as one space, curly quotes and dashes as plain ones, lower case; with the index map."""
    chars: list[str] = []
    where: list[int] = []
    for i, c in enumerate(text.translate(_SAME_CHAR)):
        if c.isspace():
            if chars and chars[-1] == " ":
                continue
            c = " "
        low = c.lower()
        chars.append(low if len(low) == 1 else c)
        where.append(i)
    return "".join(chars), where


def _occurrences(haystack: str, needle: str, start: int = 0, end: int | None = None) -> list[int]:
    found: list[int] = []
    end = len(haystack) if end is None else end
    at = haystack.find(needle, start, end)
    while at >= 0 and needle:
        found.append(at)
        at = haystack.find(needle, at + 1, end)
    return found


class InputText:
    """An input text with its normalised form, for locating cleaned sentences and figures in it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.norm, self.where = _normalise(text)

    def original(self, start: int, end: int) -> tuple[int, int]:
        """Input (start, end) of a normalised span."""
        return self.where[start], self.where[end - 1] + 1

    def locate_sentence(self, sentence: str, expected: float) -> tuple[int, int] | None:
        """Normalised (start, end) of the sentence, the occurrence nearest ``expected`` (a 0-1 position)."""
        norm = _normalise(sentence)[0].strip()
        if not norm:
            return None
        target = expected * len(self.norm)
        for piece, anchor_end in ((norm, False), (norm[:50], False), (norm[-50:], True)):
            hits = _occurrences(self.norm, piece)
            if hits:
                at = min(hits, key=lambda h: abs(h - target))
                if anchor_end:  # only the sentence's end was found
                    return max(0, at + len(piece) - len(norm)), at + len(piece)
                return at, min(len(self.norm), at + len(norm))
        return None

    def locate_figure(
        self, sentence: tuple[int, int], figure: str, offset: int | None
    ) -> tuple[int, int] | None:
        """Input (start, end) of the figure text inside the located sentence (nearest the given offset)."""
        norm = _normalise(figure)[0].strip()
        if not norm:
            return None
        start, end = sentence
        hits = _occurrences(self.norm, norm, start, end + len(norm))
        if not hits:  # a sentence found by one end only, or cut differently: look a little around it
            hits = _occurrences(self.norm, norm, max(0, start - 200), end + 200)
        if not hits:
            return None
        target = start + (offset or 0)
        at = min(hits, key=lambda h: abs(h - target))
        return self.original(at, at + len(norm))


class Mapped:
    """A report's comparisons with their figures and claims as spans of the input texts.

    (Plain classes rather than dataclasses: the floor test loads this script as a bare module.)
    """

    def __init__(self, stories: int = 0) -> None:
        self.stories = stories
        self.comparisons: list[Any] = []
        self.figures: list[list[Span | None]] = []
        self.outliers: list[list[Span | None]] = []
        self.claims: list[list[Span]] = []
        self.outlets: list[list[str]] = []
        self.values: list[list[tuple[Any, ...]]] = []


def _input_id(article: Any, inputs: dict[str, dict[str, Any]]) -> str | None:
    if article.id in inputs:
        return str(article.id)
    source = str(article.source).rsplit(":", 1)[0] if article.source else ""
    stem = Path(source).name.split(".")[0]
    return stem if stem in inputs else None


def _quantity_value(claim: Any, ref: Any) -> tuple[Any, ...] | None:
    for q in claim.quantities:
        if q.start < ref.end and ref.start < q.end:
            n = q.normalized
            if n is not None and (n.low is not None or n.value is not None):
                return (
                    n.low if n.low is not None else n.value,
                    n.high if n.high is not None else n.value,
                    n.unit,
                )
            return (
                q.low if q.low is not None else q.value,
                q.high if q.high is not None else q.value,
                q.unit,
            )
    return None


class _StoryMapper:
    """Locates one story's claims and figures in the input texts (each claim once)."""

    def __init__(
        self,
        story: Any,
        articles: dict[str, Any],
        inputs: dict[str, dict[str, Any]],
        texts: dict[str, InputText],
    ) -> None:
        self.claims = {c.id: c for c in story.claims}
        self.articles = articles
        self.inputs = inputs
        self.texts = texts
        self.cache: dict[str, tuple[str, tuple[int, int]] | None] = {}

    def sentence(self, claim_id: str) -> tuple[str, tuple[int, int]] | None:
        """(input id, normalised span) of the claim's sentence in its input text."""
        if claim_id not in self.cache:
            self.cache[claim_id] = None
            claim = self.claims.get(claim_id)
            article = self.articles.get(claim.article_id) if claim else None
            input_id = _input_id(article, self.inputs) if article else None
            if claim and article and input_id:
                text = self.texts.setdefault(input_id, InputText(self.inputs[input_id]["text"]))
                where = text.locate_sentence(claim.text, claim.start / max(1, len(article.text)))
                self.cache[claim_id] = (input_id, where) if where else None
        return self.cache[claim_id]

    def claim_span(self, claim_id: str) -> Span | None:
        located = self.sentence(claim_id)
        if located is None:
            return None
        input_id, (s, e) = located
        return (input_id, *self.texts[input_id].original(s, e))

    def figure(self, ref: Any) -> Span | None:
        located = self.sentence(ref.claim_id)
        if located is None:
            return None
        input_id, where = located
        claim = self.claims[ref.claim_id]
        offset = ref.start - claim.start if 0 <= ref.start - claim.start <= len(claim.text) else None
        span = self.texts[input_id].locate_figure(where, ref.text, offset)
        return (input_id, span[0], span[1]) if span else None


def _figures_of(comp: Any) -> list[Any]:
    """The comparison's figures; those of its values when it lists none itself."""
    if comp.figures:
        return list(comp.figures)
    return [ref for v in getattr(comp, "values", None) or [] for ref in v.figures]


def map_report(report: Any, inputs: dict[str, dict[str, Any]]) -> Mapped:
    """Map every comparison figure, outlier and claim of the report to spans of the input texts."""
    articles = {a.id: a for a in report.articles}
    texts: dict[str, InputText] = {}
    out = Mapped(stories=len(report.stories))
    for story in report.stories:
        mapper = _StoryMapper(story, articles, inputs, texts)
        claims = mapper.claims
        for comp in story.comparisons:
            out.comparisons.append(comp)
            out.figures.append([mapper.figure(ref) for ref in _figures_of(comp)])
            out.outliers.append([mapper.figure(ref) for ref in getattr(comp, "outliers", None) or []])
            out.claims.append([span for c in comp.claim_ids if (span := mapper.claim_span(c))])
            outlets: list[str] = []
            values: list[tuple[Any, ...]] = []
            if getattr(comp, "values", None):
                for v in comp.values:
                    outlets.append(v.outlet)
                    values.append((v.low, v.high, v.unit) if v.low is not None else (v.value,))
            else:
                for ref in _figures_of(comp):
                    claim = claims.get(ref.claim_id)
                    if claim is None:
                        continue
                    article = articles.get(claim.article_id)
                    outlets.append((article.outlet if article else None) or claim.article_id)
                    values.append(_quantity_value(claim, ref) or (ref.text.strip().lower(),))
            out.outlets.append(outlets)
            out.values.append(values)
    return out


# --------------------------------------------------------------------------- scoring


def _name(comp: Any) -> str:
    return str(getattr(comp, "measure", None) or getattr(comp, "topic", None) or "")


def _overlaps(a: Span | None, b: dict[str, Any]) -> bool:
    return a is not None and a[0] == b["article"] and a[1] < b["end"] and b["start"] < a[2]


class Tally:
    """Counts summed over events."""

    FIELDS = (
        "events",
        "measures",
        "found",
        "kinds_right",
        "figures",
        "precision",
        "recall",
        "false_disputes",
        "points",
        "same_value",
        "unmapped",
        "mapped",
        "contradictions",
        "contradictions_found",
        "contradiction_points",
        "contradiction_points_right",
    )

    def __init__(self, events: int = 0, points: int = 0) -> None:
        self.events = events
        self.points = points
        self.measures = self.found = self.kinds_right = self.figures = 0
        self.false_disputes = self.same_value = self.unmapped = self.mapped = 0
        self.precision = self.recall = 0.0
        self.contradictions = self.contradictions_found = 0
        self.contradiction_points = self.contradiction_points_right = 0

    def add(self, other: Tally) -> None:
        for name in self.FIELDS:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def figures_dict(self) -> dict[str, float]:
        p = self.precision / self.figures if self.figures else 0.0
        r = self.recall / self.figures if self.figures else 0.0
        return {
            "events": float(self.events),
            "measures": float(self.measures),
            "measures_found": self.found / self.measures if self.measures else 0.0,
            "b3_precision": p,
            "b3_recall": r,
            "b3_f1": 2 * p * r / (p + r) if p + r else 0.0,
            "kind_accuracy": self.kinds_right / self.found if self.found else 0.0,
            "false_disputes_per_story": self.false_disputes / self.events if self.events else 0.0,
            "points_per_story": self.points / self.events if self.events else 0.0,
            "same_value_disagreements": float(self.same_value),
            "unmapped_figures": float(self.unmapped),
            "contradictions": float(self.contradictions),
            "contradictions_found": (
                self.contradictions_found / self.contradictions if self.contradictions else 0.0
            ),
            "contradiction_points": float(self.contradiction_points),
            "false_contradictions": float(self.contradiction_points - self.contradiction_points_right),
            "contradiction_precision": (
                self.contradiction_points_right / self.contradiction_points
                if self.contradiction_points
                else 0.0
            ),
        }


def score_event(event: dict[str, Any], mapped: Mapped, verbose: bool = False) -> Tally:
    """Score one event's mapped comparisons against its gold."""
    t = Tally(events=1, points=len(mapped.comparisons))
    t.unmapped = sum(f is None for figs in mapped.figures for f in figs)
    t.mapped = sum(f is not None for figs in mapped.figures for f in figs)
    measures = event["measures"]
    gold = [(m_index, f) for m_index, m in enumerate(measures) for f in m["figures"]]
    # Which gold measure each comparison figure belongs to (None: to no gold figure).
    belongs: list[list[int | None]] = [
        [next((m for m, g in gold if _overlaps(span, g)), None) for span in figs] for figs in mapped.figures
    ]
    # The predicted cluster of each gold figure.
    labels: list[tuple[str, int]] = []
    for n, (m_index, g) in enumerate(gold):
        holders = [c for c, figs in enumerate(mapped.figures) if any(_overlaps(s, g) for s in figs)]
        if holders:
            best = max(holders, key=lambda c: (belongs[c].count(m_index), -c))
            labels.append(("c", best))
        else:
            labels.append(("alone", n))
    for i, (m_i, _) in enumerate(gold):
        same_pred = {j for j in range(len(gold)) if labels[j] == labels[i]}
        same_gold = {j for j, (m_j, _) in enumerate(gold) if m_j == m_i}
        t.precision += len(same_pred & same_gold) / len(same_pred)
        t.recall += len(same_pred & same_gold) / len(same_gold)
        t.figures += 1
    lines: list[str] = []
    for m_index, measure in enumerate(measures):
        t.measures += 1
        figs = measure["figures"]
        found_in = None
        for c, spans in enumerate(mapped.figures):
            held = sum(any(_overlaps(s, g) for s in spans) for g in figs)
            own = belongs[c].count(m_index)
            if spans and held * 3 >= 2 * len(figs) and own * 3 >= 2 * len(spans):
                found_in = c
                break
        status = "missed"
        if found_in is not None:
            t.found += 1
            comp = mapped.comparisons[found_in]
            right = comp.kind == measure["kind"]
            if right and comp.kind == "agreement":
                wanted = {i for i, g in enumerate(figs) if g["outlier"]}
                got = {
                    i for i, g in enumerate(figs) if any(_overlaps(s, g) for s in mapped.outliers[found_in])
                }
                right = wanted == got
            t.kinds_right += right
            status = f"found as {comp.kind}{'' if right else ' (wrong kind)'}"
        lines.append(f"    {measure['kind']:12} {measure['name']}: {status}")
    disputed = {m for m, measure in enumerate(measures) if measure["kind"] in ("disagreement", "evolving")}
    for c, comp in enumerate(mapped.comparisons):
        if (
            comp.kind == "disagreement"
            and len(set(mapped.outlets[c])) >= 2
            and len(set(mapped.values[c])) == 1
        ):
            t.same_value += 1
            lines.append(f"    same-value disagreement: {_name(comp)!r} {mapped.values[c][0]}")
        if comp.kind not in DISPUTES:
            continue
        spans = mapped.figures[c]
        by_figures = bool(spans) and any(belongs[c].count(m) * 2 >= len(spans) for m in disputed)
        by_statements = any(
            any(_overlaps(s, x) for s in mapped.claims[c] for x in d["claim"])
            and any(_overlaps(s, x) for s in mapped.claims[c] for x in d["denial"])
            for d in event["contradictions"]
        )
        if comp.kind == "contradiction":
            t.contradiction_points += 1
            t.contradiction_points_right += by_statements
            if by_statements:
                lines.append(f"    right contradiction: {_name(comp)!r}")
        if not (by_figures or by_statements):
            t.false_disputes += 1
            shown = (
                ", ".join(repr(r.text) for r in comp.figures[:6])
                or str(getattr(comp, "explanation", ""))[:120]
            )
            lines.append(f"    false {comp.kind}: {_name(comp)!r}: {shown}")
    for d in event["contradictions"]:
        t.contradictions += 1
        found = any(
            comp.kind == "contradiction"
            and any(_overlaps(s, x) for s in mapped.claims[c] for x in d["claim"])
            and any(_overlaps(s, x) for s in mapped.claims[c] for x in d["denial"])
            for c, comp in enumerate(mapped.comparisons)
        )
        t.contradictions_found += found
        lines.append(f"    contradiction {d['proposition']!r}: {'found' if found else 'missed'}")
    if verbose:
        print(f"  {event['event']} ({event['about']}): {t.points} points in {mapped.stories} stories")
        print("\n".join(lines))
    return t


def score(
    part: str = "working",
    verbose: bool = False,
    events: Sequence[str] = (),
    gold_path: Path | None = None,
) -> dict[str, float]:
    """Analyse and score every event of one part (or only the named events); the figures by name."""
    gold = [e for e in load_gold(part, gold_path) if not events or e["event"] in events]
    inputs = load_inputs(gold)
    check_gold(gold, inputs)
    total = Tally()
    for event in gold:
        report = analyse_event(event, inputs)
        total.add(score_event(event, map_report(report, inputs), verbose))
    return total.figures_dict()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--verbose", action="store_true", help="per event: each measure and each false dispute"
    )
    parser.add_argument(
        "--setaside", action="store_true", help="score the set-aside half (once, at the very end)"
    )
    parser.add_argument(
        "--part",
        choices=PARTS,
        help="the part to score (default working; fresh .. fresh8: a fresh gold, once, at the end)",
    )
    parser.add_argument(
        "--gold",
        type=Path,
        help="gold events file (default events.jsonl; events_PART.jsonl for --part fresh .. fresh8)",
    )
    parser.add_argument("--event", action="append", default=[], help="only this event (repeatable)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    if args.setaside and args.part not in (None, "setaside"):
        parser.error("--setaside and --part name different parts")
    part = args.part or ("setaside" if args.setaside else "working")
    figures = score(part, args.verbose, args.event, args.gold)
    print(f"part: {part} ({gold_file(part, args.gold).name})")
    for name, value in figures.items():
        shown = (
            f"{value:.0f}"
            if name
            in (
                "events",
                "measures",
                "same_value_disagreements",
                "unmapped_figures",
                "contradictions",
                "contradiction_points",
                "false_contradictions",
            )
            else f"{value:.3f}"
        )
        print(f"  {name:26} {shown}")
    if args.json:
        args.json.write_text(json.dumps({"part": part, **figures}, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
