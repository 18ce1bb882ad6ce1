"""The main job on the five seed articles: one story, merged names, the figures and the dispute."""

from __future__ import annotations

from pathlib import Path

import pytest

from parallax.model import Report
from parallax.pipeline import analyze


@pytest.fixture(scope="module")
def report(seed_paths: list[Path]) -> Report:
    return analyze(seed_paths)


def test_one_story_with_all_five_articles(report: Report) -> None:
    assert not report.rejected
    assert len(report.stories) == 1
    assert len(report.stories[0].article_ids) == 5


def test_spelling_variants_merged_and_different_things_apart(report: Report) -> None:
    entities = report.stories[0].entities
    (envoy,) = [e for e in entities if any(v.text == "Lavrentyev" for v in e.variants)]
    variants = {v.text for v in envoy.variants}
    assert {"Lavrentiev", "Lavrentyev", "Levrentyev", "Alexander Lavrentiev"} <= variants
    assert envoy.label == "PERSON" and len(envoy.article_ids) >= 4
    (lavrov,) = [e for e in entities if any(v.text == "Sergey Lavrov" for v in e.variants)]
    assert "Sergei Lavrov" in {v.text for v in lavrov.variants} and lavrov.id != envoy.id
    iran = [e for e in entities if e.name == "Iran"]
    iraq = [e for e in entities if e.name == "Iraq"]
    assert iran and iraq and iran[0].id != iraq[0].id


def test_figures_grouped_and_labelled(report: Report) -> None:
    story = report.stories[0]
    claims = {c.id: c for c in story.claims}
    agreements = [c for c in story.comparisons if c.kind == "agreement"]
    # 85 km and "no closer than 53 miles" agree after conversion, across outlets.
    assert any(
        any("53 miles" in claims[i].text for i in comp.claim_ids)
        and any("85 kilometers" in claims[i].text for i in comp.claim_ids)
        for comp in agreements
    )
    # The withdrawal to 85 km is one agreement across the three outlets that report it.
    withdrawal = [c for c in agreements if any(f.text == "no closer than 53 miles" for f in c.figures)]
    assert len(withdrawal) == 1 and len(withdrawal[0].article_ids) >= 3
    # One outlet also gives it in its headline ("More Than 50 Miles"), cited as the headline.
    body = [f for f in withdrawal[0].figures if not claims[f.claim_id].headline]
    assert all("85" in f.text or "53" in f.text for f in body)
    assert [f.text for f in withdrawal[0].figures if claims[f.claim_id].headline] == ["More Than 50 Miles"]
    assert withdrawal[0].measure and withdrawal[0].consensus and not withdrawal[0].outliers
    # The distances demanded are one dispute about one measure; the distance offered is another measure.
    disagreements = [c for c in story.comparisons if c.kind == "disagreement" and c.figures]
    (demands,) = [c for c in disagreements if any("60 kilometers" in f.text for f in c.figures)]
    demanded = {f.text for f in demands.figures}
    assert {"at least 40 kilometer", "about 70 kilometers", "closer than 70 or 80 kilometers"} <= demanded
    assert not any("85" in t or "53 miles" in t or "100" in t or "5 kilometers" in t for t in demanded)
    assert demands.measure and len({v.outlet for v in demands.values}) == 3
    (offer,) = [c for c in story.comparisons if any("100 kilometers" in f.text for f in c.figures)]
    assert offer is not demands and offer.measure != demands.measure and offer.kind == "unique"


def test_all_four_denials_are_contradictions(report: Report) -> None:
    story = report.stories[0]
    claims = {c.id: c for c in story.claims}
    denials = [comp for comp in story.comparisons if comp.kind == "contradiction"]
    texts = [" ".join(claims[i].text for i in comp.claim_ids) for comp in denials]
    for cue in ("speaking the truth", "contradicted", "denied the report", "dismissed"):
        assert any(cue in text for text in texts), cue
    # Each pairs the denial with a sentence of another speaker, cited.
    assert all(len(comp.claim_ids) >= 2 for comp in denials)


def test_the_contradiction_is_found(report: Report) -> None:
    story = report.stories[0]
    claims = {c.id: c for c in story.claims}
    found = [
        comp
        for comp in story.comparisons
        if comp.kind == "contradiction"
        and any("speaking the truth" in claims[i].text for i in comp.claim_ids)
    ]
    assert found
    comp = found[0]
    assert "Alexander Lavrentiev" in comp.speakers
    assert len(comp.article_ids) >= 2
    targets = [claims[i] for i in comp.claim_ids if "speaking the truth" not in claims[i].text]
    assert any(c.speaker == "Alexander Lavrentiev" for c in targets)
    # A country merely named in a denial is not taken for the one called wrong.
    topics = [c.topic for c in story.comparisons if c.kind == "contradiction"]
    assert "Is Israel right?" not in topics and "Is Syria right?" not in topics


def test_every_point_is_cited(report: Report) -> None:
    story = report.stories[0]
    claim_ids = {c.id for c in story.claims}
    for comp in story.comparisons:
        assert comp.claim_ids and set(comp.claim_ids) <= claim_ids
        assert comp.explanation
    for sentence in story.summary:
        assert sentence.article_ids
    assert story.timeline and all(event.article_ids for event in story.timeline)
