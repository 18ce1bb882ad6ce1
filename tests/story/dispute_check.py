"""Run the invented stories of :mod:`dispute_stories` through the real stages and check each decision.

Each story's articles are annotated and analysed as one story (``build_story``). A decision is one of:
an expected measure (found in one comparison, with the expected kind and outliers), a contradiction (a
contradiction point holding the claim and the denial), a denial shown alone (a unique point, in no
contradiction), and the story's count of dispute points (no false dispute).

Run: ``PYTHONPATH=src .venv/bin/python tests/story/dispute_check.py`` (prints every decision).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dispute_stories import HELD_OUT, HELD_OUT_2, HELD_OUT_3, STORIES, Story

DISPUTES = ("disagreement", "evolving", "contradiction")


def analyse(story: Story, annotator: Any) -> Any:
    from parallax.annotation.pipeline import annotate_article
    from parallax.config import Settings
    from parallax.model import Article
    from parallax.story.build import build_story

    articles = [
        Article(id=i, source=f"{i}.txt", outlet=outlet, published=published, text=text)
        for i, outlet, published, text in story["articles"]
    ]
    annotations = [annotate_article(a, annotator) for a in articles]
    return build_story("s1", articles, annotations, [], Settings(), nlp=annotator.nlp)


def plain_story(*articles: tuple[str, str]) -> dict[str, Any]:
    """An invented story of (id, text) articles, each from "Outlet <ID>", all published 2026-07-01."""
    return {
        "name": "invented",
        "articles": [(i, f"Outlet {i.upper()}", "2026-07-01", text) for i, text in articles],
    }


def point_texts(result: Any, kind: str = "contradiction") -> list[list[str]]:
    """The claim texts of each point of one kind."""
    texts = {c.id: c.text for c in result.claims}
    return [[texts[i] for i in c.claim_ids] for c in result.comparisons if c.kind == kind]


def paired(points: list[list[str]], a: str, b: str) -> bool:
    """One point holds a claim containing ``a`` and one containing ``b``."""
    return any(any(a in t for t in p) and any(b in t for t in p) for p in points)


def _holds(figures: Sequence[Any], claims: dict[str, Any], wanted: tuple[str, str]) -> bool:
    article, text = wanted
    return any(
        claims[f.claim_id].article_id == article and (f.text in text or text in f.text) for f in figures
    )


def _has_claim(comparison: Any, claims: dict[str, Any], wanted: tuple[str, str]) -> bool:
    article, piece = wanted
    return any(claims[i].article_id == article and piece in claims[i].text for i in comparison.claim_ids)


def check(story: Story, result: Any) -> list[tuple[str, bool, str]]:
    """(decision, right, what was found) for every decision of the story."""
    claims = {c.id: c for c in result.claims}
    comparisons = result.comparisons
    out: list[tuple[str, bool, str]] = []
    for measure in story.get("measures", []):
        wanted = measure["figures"]
        name = f"{measure['kind']}: " + ", ".join(t for _, t in wanted)
        scored = [(sum(_holds(c.figures, claims, w) for w in wanted), c) for c in comparisons if c.figures]
        best = max(scored, key=lambda s: s[0], default=(0, None))
        if best[1] is None or best[0] * 3 < 2 * len(wanted):
            out.append((name, False, f"not found (at most {best[0]} in one point)"))
            continue
        comp = best[1]
        kinds = {measure["kind"]} | ({"contradiction"} if story.get("dispute_either") else set())
        right = comp.kind in kinds
        if right and comp.kind == "agreement":
            expected = measure.get("outliers", [])
            got = [(claims[f.claim_id].article_id, f.text) for f in comp.outliers]
            right = len(got) == len(expected) and all(_holds(comp.outliers, claims, w) for w in expected)
        shown = f"{comp.kind} {[f.text for f in comp.figures]}" + (
            f" outliers {[f.text for f in comp.outliers]}" if comp.outliers else ""
        )
        out.append((name, right, shown))
    for pair in story.get("contradictions", []):
        name = f"contradiction: {pair['claim'][1]} / {pair['denial'][1]}"
        right = any(
            c.kind == "contradiction"
            and _has_claim(c, claims, pair["claim"])
            and _has_claim(c, claims, pair["denial"])
            for c in comparisons
        )
        out.append((name, right, "" if right else "not paired"))
    for denial in story.get("alone", []):
        name = f"alone: {denial[1]}"
        paired = any(c.kind == "contradiction" and _has_claim(c, claims, denial) for c in comparisons)
        shown = any(c.kind == "unique" and _has_claim(c, claims, denial) for c in comparisons)
        out.append((name, shown and not paired, "paired" if paired else ("" if shown else "not shown")))
    together = story.get("together", [])
    if together:
        name = "together: " + " / ".join(t for _, t in together)
        points = [
            c
            for c in comparisons
            if c.kind in ("unique", "agreement")
            and _has_claim(c, claims, together[0])
            and c.topic.startswith("Denial")
        ]
        paired = any(
            c.kind == "contradiction" and _has_claim(c, claims, t) for c in comparisons for t in together
        )
        right = (
            len(points) == 1
            and all(_has_claim(points[0], claims, t) for t in together)
            and not paired
            and {claims[i].article_id for i in points[0].claim_ids} == {a for a, _ in together}
            and all(
                o in points[0].explanation
                for o in {outlet for i, outlet, _, _ in story["articles"] if i in {a for a, _ in together}}
            )
        )
        shown = "; ".join(f"{c.kind} {c.topic!r} {len(c.claim_ids)} claims" for c in points) or "not shown"
        out.append((name, right, "paired" if paired else shown))
    apart = story.get("apart", [])
    if apart:
        name = "apart: " + " / ".join(t for _, t in apart)
        shared = any(all(_has_claim(c, claims, t) for t in apart) for c in comparisons)
        out.append((name, not shared, "in one point" if shared else ""))
    for sentence in story.get("not_denial", []):
        name = f"not a denial: {sentence[1]}"
        taken = [
            c
            for c in comparisons
            if _has_claim(c, claims, sentence) and (c.kind == "contradiction" or c.topic.startswith("Denial"))
        ]
        out.append((name, not taken, "; ".join(f"{c.kind} {c.topic!r}" for c in taken)))
    disputes = [c for c in comparisons if c.kind in DISPUTES]
    allowed = story["disputes"] + (1 if story.get("dispute_either") else 0)
    right = story["disputes"] <= len(disputes) <= allowed
    listed = "; ".join(f"{c.kind} {c.topic!r}" for c in disputes)
    out.append((f"disputes: {story['disputes']}", right, f"{len(disputes)}: {listed}"))
    return out


def main() -> None:
    from parallax.annotation.pipeline import load_annotator

    annotator = load_annotator()
    right = total = points = 0
    sets = {"--held-out": HELD_OUT, "--held-out-2": HELD_OUT_2, "--held-out-3": HELD_OUT_3}
    chosen = next((stories for flag, stories in sets.items() if flag in sys.argv), STORIES)
    for story in chosen:
        result = analyse(story, annotator)
        points += len(result.comparisons)
        print(f"{story['name']}: {len(result.comparisons)} points")
        for name, ok, shown in check(story, result):
            right += ok
            total += 1
            print(f"  {'ok  ' if ok else 'FAIL'} {name}   [{shown}]")
        if "-v" in sys.argv:
            for c in result.comparisons:
                print(f"      {c.kind:13} {c.topic[:60]!r} {[f.text for f in c.figures]}")
    print(f"decisions right: {right}/{total}; points {points}")


if __name__ == "__main__":
    main()
