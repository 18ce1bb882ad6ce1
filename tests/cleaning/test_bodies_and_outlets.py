"""A JSONL text is a body; fragments are rejected as too short; outlets are named for readers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import shared_path
from parallax.cleaning.stage import MIN_ARTICLE_WORDS, article_words
from parallax.model import Article, Document
from parallax.pipeline import clean

BODY = (
    "The harbour authority of Kessel Bay approved a plan on Wednesday to dredge the northern channel, "
    "which has silted up since the spring storms and now turns away the larger container ships. "
    "Work is due to start in May and to last eleven weeks, the authority said in a statement, "
    "and the channel will stay open to smaller vessels while the dredgers are at work."
)


def test_a_jsonl_body_of_one_long_line_is_kept(tmp_path: Path) -> None:
    record = {
        "id": "kb",
        "title": "Kessel Bay channel to be dredged",
        "text": f"Kessel Bay channel to be dredged\n\n{BODY}",
    }
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    run = clean([path])
    assert not run.rejected
    (article,) = run.articles
    assert " ".join(article.text.split()) == " ".join(BODY.split())


def test_no_pac_record_of_the_stories_set_is_rejected() -> None:
    stories = shared_path() / "bench" / "devsets" / "stories.jsonl"
    assert stories.is_file(), f"{stories} is missing (set PARALLAX_SHARED)"
    lines = [line for line in stories.read_text(encoding="utf-8").splitlines() if '"corpus": "pac"' in line]
    assert len(lines) == 304
    docs = []
    for number, line in enumerate(lines):
        record = json.loads(line)
        docs.append(
            Document(
                id=f"pac-{number}",
                source="stories.jsonl",
                kind="jsonl",
                text=record["text"],
                title=record["title"],
            )
        )
    run = clean(docs)
    assert run.rejected == []
    for doc, article in zip(docs, run.articles, strict=True):
        # The body survives: at most a title line and a little furniture are trimmed.
        assert len(article.text.split()) >= 0.7 * len((doc.text or "").split()), doc.id


def test_truncated_html_fragment_is_too_short(tmp_path: Path) -> None:
    path = tmp_path / "cut.html"
    path.write_text(
        "<html><head><title>Council vote</title></head><body><article><p>The council voted on Tuesday to close"
        " the old ferry terminal and move its offices to the new harbour building next",
        encoding="utf-8",
    )
    run = clean([path])
    assert run.articles == []
    (rejected,) = run.rejected
    assert rejected.code == "E201" and "too short to be an article" in rejected.reason


def test_short_page_dump_is_too_short_and_a_long_one_is_not(tmp_path: Path) -> None:
    short = tmp_path / "short.txt"
    short.write_text(
        "Home | News\nThe council voted on Tuesday to close the old ferry terminal.\nShare\n",
        encoding="utf-8",
    )
    whole = tmp_path / "whole.txt"
    whole.write_text(f"Home | News\nKessel Bay channel to be dredged\n{BODY}\nShare\n", encoding="utf-8")
    run = clean([short, whole])
    assert [r.code for r in run.rejected] == ["E201"]
    assert [a.id for a in run.articles] == ["whole"]


def test_article_words_counts_two_characters_as_a_word_in_unspaced_scripts() -> None:
    assert article_words("one two three") == 3
    assert article_words("港口管理局周三批准了疏浚北部航道的计划") == 19 / 2
    assert article_words("東京 Tokyo 港") == 1 + 3 / 2
    assert article_words("字" * 2 * MIN_ARTICLE_WORDS) == MIN_ARTICLE_WORDS


def test_development_bodies_are_not_too_short() -> None:
    pages = shared_path() / "bench" / "extraction" / "pages"
    golds = sorted(pages.glob("*.gold.txt"))
    assert len(golds) == 181, f"extraction set not found at {pages}"
    assert min(article_words(p.read_text(encoding="utf-8")) for p in golds) >= MIN_ARTICLE_WORDS


def _dump(*furniture_end: str) -> str:
    return "\n".join(
        ["Home | World | Business", "", "Kessel Bay channel to be dredged", "", BODY, "", *furniture_end]
    )


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        (["© 2018 The Kessel Examiner. All rights reserved."], "The Kessel Examiner"),
        (["Sign up for the Harbour Post newsletter", "Privacy"], "Harbour Post"),
        (["Become a Bay Review member", "Support our work"], "Bay Review"),
        (["Harbour Today Newsletter", "Daily news, free to your inbox"], "Harbour Today"),
    ],
)
def test_outlet_from_the_page_furniture(tmp_path: Path, footer: list[str], outlet: str) -> None:
    path = tmp_path / "sh_8b19453030820413.txt"
    path.write_text(_dump(*footer), encoding="utf-8")
    (article,) = clean([path]).articles
    assert article.outlet == outlet


def test_outlet_from_the_file_name_and_never_a_hash(tmp_path: Path) -> None:
    named = tmp_path / "kessel-examiner.txt"
    named.write_text(_dump("Share"), encoding="utf-8")
    hashed = tmp_path / "sh_8b19453030820413.txt"
    hashed.write_text(_dump("Share"), encoding="utf-8")
    hexed = tmp_path / "5ab096d2105808f3.txt"
    hexed.write_text(_dump("Share"), encoding="utf-8")
    outlets = {a.id: a.outlet for a in clean([named, hashed, hexed]).articles if isinstance(a, Article)}
    assert outlets == {
        "kessel-examiner": "Kessel Examiner",
        "sh_8b19453030820413": None,
        "5ab096d2105808f3": None,
    }


def test_outlet_of_an_html_page_from_its_footer(tmp_path: Path) -> None:
    path = tmp_path / "0f3a9c2e77b1d4e5.html"
    path.write_text(
        "<html><head><title>Kessel Bay channel to be dredged</title></head><body>"
        f"<article><h1>Kessel Bay channel to be dredged</h1><p>{BODY}</p></article>"
        "<footer><p>Sign up for the Harbour Post newsletter</p><p>&copy; 2024 Harbour Post Media</p></footer>"
        "</body></html>",
        encoding="utf-8",
    )
    (article,) = clean([path]).articles
    assert article.outlet == "Harbour Post"
