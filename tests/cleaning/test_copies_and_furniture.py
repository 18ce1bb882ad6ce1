"""Shared sentences are syndication, not furniture: copies keep their bodies and record what they copy."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

from parallax.cleaning.copies import find_copies
from parallax.model import Document
from parallax.pipeline import clean

EXAMPLE = Path(str(resources.files("parallax") / "examples" / "harbour-bridge"))


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?\"”])\s+(?=[A-Z\"“])", text) if len(s.split()) >= 3]


def _example_body_sentences() -> dict[str, list[str]]:
    """Every body sentence of the example, read from the inputs themselves (not from the cleaner)."""
    bodies: dict[str, list[str]] = {}
    for line in (EXAMPLE / "wire.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        bodies[record["id"]] = _sentences(record["text"])
    html = (EXAMPLE / "elvan-herald.html").read_text(encoding="utf-8")
    article = html[html.index("<article>") : html.index("</article>")]
    paragraphs = [re.sub(r"<[^>]+>", "", p) for p in re.findall(r"<p>(.*?)</p>", article)]
    bodies["elvan-herald"] = [s for p in paragraphs for s in _sentences(p)]
    dump = (EXAMPLE / "coastal-courier.txt").read_text(encoding="utf-8")
    # The body runs from the first paragraph after the photo caption to the last one before the newsletter box.
    start = dump.index("Port Elvan closed Saltmarsh Bridge")
    end = dump.index("Sign up for our morning newsletter")
    bodies["coastal-courier"] = [s for line in dump[start:end].splitlines() for s in _sentences(line)]
    return bodies


def test_every_body_sentence_of_the_example_survives_alone_and_given_twice() -> None:
    expected = _example_body_sentences()
    assert sum(len(v) for v in expected.values()) >= 25
    for inputs in ([EXAMPLE], [EXAMPLE, EXAMPLE]):
        run = clean(inputs)
        assert not run.rejected
        texts = {a.id: " ".join(a.text.split()) for a in run.articles}
        for article_id, sentences in expected.items():
            for copy_id in [article_id, f"{article_id}-2"] if len(inputs) == 2 else [article_id]:
                for sentence in sentences:
                    assert " ".join(sentence.split()) in texts[copy_id], (copy_id, sentence)


def test_inputs_given_twice_are_copies_of_the_first() -> None:
    run = clean([EXAMPLE, EXAMPLE])
    copy_of = {a.id: a.copy_of for a in run.articles}
    for article_id in ("coastal-courier", "elvan-herald", "meridian-wire", "lantern"):
        assert copy_of[article_id] is None
        assert copy_of[f"{article_id}-2"] == article_id
    # The syndicated wire story carried by another outlet copies the wire's article, in both runs.
    assert copy_of["port-elvan-daily"] == copy_of["port-elvan-daily-2"] == "meridian-wire"
    outlets = {a.id: a.outlet for a in run.articles}
    assert outlets["port-elvan-daily"] == "Port Elvan Daily"


WIRE = [
    "Rescuers reached the flooded village of Ardmoor shortly after dawn on Thursday.",
    "Twelve families were taken to a school on higher ground.",
    "The regional council said the river had peaked overnight.",
]


def _page(masthead: str, menu: str, headline: str, own: list[str], footer: list[str]) -> str:
    return "\n".join([masthead, menu, "", headline, "", *WIRE, "", *own, "", *footer])


def test_two_outlets_sharing_wire_paragraphs_both_keep_them() -> None:
    first = _page(
        "The Valley Gazette",
        "Home | Local | Weather | Sport",
        "Flood waters reach Ardmoor",
        [
            "Local shop owners on the high street began moving stock upstairs as the water rose through the night.",
            "Volunteers from the rowing club helped carry elderly residents to the waiting minibuses on the bridge.",
        ],
        ["Sign up for our newsletter", "Contact us", "Privacy policy", "Terms of use"],
    )
    second = _page(
        "Northern Daily",
        "News | Business | Opinion",
        "Ardmoor families moved to safety",
        [
            "Forecasters expect more rain at the weekend, and the council has opened a second shelter in the town hall.",
            "The main road to Ardmoor is expected to stay closed until the water level drops below the warning mark.",
        ],
        ["Sign up for our newsletter", "Contact us", "Privacy policy", "Terms of use"],
    )
    docs = [
        Document(id="valley", source="valley.txt", kind="text", text=first),
        Document(id="northern", source="northern.txt", kind="text", text=second),
    ]
    run = clean(docs)
    assert not run.rejected and len(run.articles) == 2
    for article in run.articles:
        for sentence in WIRE:
            assert sentence in article.text, (article.id, sentence)
        # Different articles sharing three wire paragraphs: not copies of one another.
        assert article.copy_of is None
        # The footer the two pages share in their footer zones is furniture.
        assert "Privacy policy" not in article.text


def test_copy_groups_close_over_input_order() -> None:
    base = " ".join(
        f"Sentence number {k} of the council report tells of roads, bridges and ferries." for k in range(40)
    )
    other = " ".join(
        f"A different story, part {k}, about a football match played in heavy rain." for k in range(40)
    )
    trimmed = base[: int(len(base) * 0.85)]
    assert find_copies([base, other, trimmed, base]) == [None, None, 0, 0]
