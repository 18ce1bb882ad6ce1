"""The annotate stage as a whole: chunking, offsets, batching and bad input."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parallax.annotation.pipeline import (
    Annotator,
    annotate_article,
    annotate_articles,
    split_chunks,
)
from parallax.config import Settings
from parallax.model import Annotation, Article, Rejected

STORY = (
    "Rescue teams pulled 14 people from the rubble on Monday, the regional governor, Maria Ostrova, said.\n\n"
    '"We are still searching," Ostrova told reporters in Kelmar. "Nobody will be left behind."\n\n'
    "The quake struck at least 40 kilometers (25 miles) south of the city last week."
)


def _art(text: str, art_id: str = "a", published: str | None = "2024-03-06") -> Article:
    return Article(id=art_id, source=f"{art_id}.txt", text=text, published=published)


def _check_offsets(record: Annotation) -> None:
    text = record.text
    for item in [*record.entities, *record.quantities, *record.dates]:
        assert text[item.start : item.end] == item.text
    for att in record.attributions:
        for span in (att.speaker, att.cue, att.content, att.via):
            if span is not None:
                assert text[span.start : span.end] == span.text
    for sent in record.sentences:
        assert 0 <= sent.start < sent.end <= len(text)


def test_story_gets_every_kind_with_true_offsets(annotator: Annotator) -> None:
    record = annotate_article(_art(STORY), annotator)
    _check_offsets(record)
    assert len(record.sentences) >= 4
    assert any(e.text.endswith("Ostrova") and e.label == "PERSON" for e in record.entities)
    km = [q for q in record.quantities if q.normalized is not None and q.normalized.unit == "km"]
    assert km and km[0].value == 40 and km[0].qualifier == "at least" and km[0].conversion is not None
    assert any(d.text == "Monday" and d.value == "2024-03-04" for d in record.dates)
    assert any(d.text == "last week" and d.value == "2024-W09" for d in record.dates)
    quote = [a for a in record.attributions if "still searching" in a.content.text]
    assert quote and quote[0].speaker is not None and "Ostrova" in quote[0].speaker.text


def test_chunked_long_article_keeps_offsets(annotator: Annotator) -> None:
    small = Annotator(
        nlp=annotator.nlp, entities=annotator.entities, quantities=annotator.quantities, chunk_chars=1000
    )
    text = "\n\n".join([STORY] * 12)
    record = annotate_article(_art(text), small)
    whole = annotate_article(_art(STORY), annotator)
    _check_offsets(record)
    assert len([q for q in record.quantities if q.unit == "km"]) == 12 * len(
        [q for q in whole.quantities if q.unit == "km"]
    )


def test_bad_texts_give_records_not_crashes(annotator: Annotator) -> None:
    no_ends = " ".join(["the committee met and the chairman spoke and the members listened"] * 400)
    french = (
        "Le gouvernement a annoncé lundi une nouvelle réforme des retraites, selon le ministre, qui a déclaré "
        "que les syndicats seraient consultés dans les prochaines semaines avant le vote au parlement."
    )
    articles = [_art("", "empty"), _art(no_ends, "noends"), _art(french, "fr"), _art(STORY, "ok", None)]
    results = list(annotate_articles(articles, annotator, Settings(batch_size=2)))
    assert [r.id for r in results if isinstance(r, Annotation)] == ["empty", "noends", "fr", "ok"]
    by_id = {r.id: r for r in results if isinstance(r, Annotation)}
    assert by_id["empty"].sentences == [] and by_id["empty"].entities == []
    assert by_id["noends"].sentences
    # Under 50 words: too short to tell the language, so annotated (as English), never refused.
    assert by_id["fr"].sentences
    # Without a publication date, relative dates are kept unresolved.
    monday = [d for d in by_id["ok"].dates if d.text == "Monday"]
    assert monday and monday[0].value is None and monday[0].note


def test_five_megabyte_article_is_refused_and_the_rest_goes_on(annotator: Annotator) -> None:
    text = "\n\n".join([STORY] * (5_000_000 // len(STORY)))
    results = list(annotate_articles([_art(text, "big"), _art(STORY, "small")], annotator, Settings()))
    assert isinstance(results[0], Rejected) and results[0].code == "E301"
    assert "too long" in results[0].reason and "\n" not in results[0].reason
    assert isinstance(results[1], Annotation) and results[1].quantities


def test_long_article_under_the_limit_is_annotated_in_pieces(annotator: Annotator) -> None:
    text = "\n\n".join([STORY] * (120_000 // len(STORY)))
    (record,) = annotate_articles([_art(text, "long")], annotator, Settings())
    assert isinstance(record, Annotation)
    assert len(record.quantities) > 200
    _check_offsets(record)


GERMAN = (
    "Der Bürgermeister von Kelmar sagte am Montag, dass die alte Brücke über den Fluss erst im Herbst wieder "
    "geöffnet werde, weil die Ingenieure an zwei Pfeilern tiefe Risse gefunden hätten. Die Reparatur koste nach "
    "ersten Schätzungen mehr als vier Millionen Euro, teilte die Stadtverwaltung mit. Viele Anwohner klagen seit "
    "Wochen über lange Umwege, volle Busse und Staus im Zentrum der Stadt."
)


def test_confident_foreign_language_is_refused_with_its_code(annotator: Annotator) -> None:
    short = "Der Bürgermeister sagte am Montag, die Brücke bleibe bis zum Herbst gesperrt."
    articles = [
        _art(GERMAN, "de"),
        _art(short, "short"),
        _art("-5 degree fahrenheit", "cold"),
        _art(STORY + "\n\n" + STORY, "en"),
    ]
    results = list(annotate_articles(articles, annotator, Settings()))
    refused = results[0]
    assert isinstance(refused, Rejected)
    assert (
        refused.reason == "language not supported: de"
        and refused.code == "E302"
        and refused.stage == "annotate"
    )
    # Fewer than 50 words: annotated as English, whatever the language.
    assert all(isinstance(r, Annotation) for r in results[1:])


def test_long_text_without_any_break_is_cut_into_bounded_pieces() -> None:
    text = "x" * 25_000
    chunks = split_chunks(text, 10_000)
    assert [len(p) for _, p in chunks] == [10_000, 10_000, 5_000]
    sentences = "Rates rose again. " * 2_000
    chunks = split_chunks(sentences, 10_000)
    # No paragraph breaks: the pieces end at sentence ends.
    assert all(piece.endswith(". ") for _, piece in chunks[:-1])


@given(st.text(alphabet=st.sampled_from("ab .\n"), max_size=400), st.integers(min_value=5, max_value=60))
def test_chunks_cover_the_text(text: str, limit: int) -> None:
    chunks = split_chunks(text, limit)
    assert "".join(piece for _, piece in chunks) == text
    assert all(len(piece) <= limit for _, piece in chunks)
    assert all(text[offset : offset + len(piece)] == piece for offset, piece in chunks)


MEMORY_PROBE = """
import random, sys
from parallax.annotation.pipeline import annotate_articles, load_annotator
from parallax.config import Settings
from parallax.model import Annotation, Article

rng = random.Random(3)
names = ["Tomas Vell", "Ana Brisk", "the harbour council", "Kelmar Transit", "Dr Oren Salk", "a spokeswoman"]
things = ["the pier", "the ferry service", "the bridge repairs", "the new tram line", "the budget", "the school"]
plain = [
    "{n} said the work on {t} had gone more slowly than anyone expected",
    "Residents of the old quarter complained that nobody had asked them about {t}",
    "{n} told reporters that the plans for {t} were still being discussed with the unions",
    "Critics argue that {t} was never properly planned and that the money could have been spent elsewhere",
    "The opposition wants an inquiry into {t} before any further contracts are signed",
    "Shops near the harbour have stayed open while {t} goes ahead",
]
figures = [
    "{n} said on Monday that {t} would cost {k} million euros",
    "Work on {t} is expected to take {k} weeks, according to {n}",
    "About {k} percent of those asked in March supported {t}",
]
parts = []
size = 0
while size < int(sys.argv[1]):
    pattern = rng.choice(figures) if rng.random() < 0.25 else rng.choice(plain)
    s = pattern.format(n=rng.choice(names), t=rng.choice(things), k=rng.randint(2, 900)) + ". "
    parts.append(s[0].upper() + s[1:])
    size += len(s)
text = "".join(parts)
assert "\\n" not in text
annotator = load_annotator(Settings(max_annotate_chars=len(text) + 1))
(record,) = annotate_articles([Article(id="big", source="big", text=text)], annotator)
assert isinstance(record, Annotation) and len(record.quantities) > 500, record
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent (this test process) through fork and exec.
peak_kb = int(open("/proc/self/status").read().split("VmHWM:")[1].split()[0])
print(len(text.encode()), peak_kb // 1024)
"""


@pytest.mark.slow
def test_single_line_megabyte_article_stays_within_the_memory_bound() -> None:
    """Peak memory of the whole annotate process: at most 300 MB + 20 times the input size."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    src = str(Path(__file__).resolve().parents[2] / "src")
    env = {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}
    out = subprocess.run(
        [sys.executable, "-c", MEMORY_PROBE, "1000000"], capture_output=True, text=True, env=env, timeout=600
    )
    assert out.returncode == 0, out.stderr[-2000:]
    size, peak_mb = map(int, out.stdout.split())
    assert size >= 1_000_000
    assert peak_mb <= 300 + 20 * size / 1e6, f"peak {peak_mb} MB for {size:,} bytes"
