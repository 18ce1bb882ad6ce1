"""The engine: settings reach each stage's options, models load once, typed entry points."""

from __future__ import annotations

from dataclasses import asdict, fields
from pathlib import Path

import pytest

import parallax
from parallax.config import SETTINGS_HELP, Settings
from parallax.engine import DEFAULT, Engine, stage_options
from parallax.model import Article, Document

STORY = (
    "The harbour council voted on Monday to rebuild the old pier, the council's chair, Tomas Vell, said.\n\n"
    '"It will take two years," Vell told reporters. The work will cost 3 million euros.'
)


def _changed(value: object) -> object:
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 7
    if isinstance(value, float):
        return value + 0.25
    return f"{value}_other"


def _flat(settings: Settings) -> dict[str, object]:
    return {
        f"{stage}.{k}": v for stage, opts in asdict(stage_options(settings)).items() for k, v in opts.items()
    }


@pytest.mark.parametrize("name", sorted(SETTINGS_HELP))
def test_every_documented_setting_reaches_its_stage_options(name: str) -> None:
    default = Settings()
    other = Settings(**{name: _changed(getattr(default, name))})
    before, after = _flat(default), _flat(other)
    changed = [key for key in before if before[key] != after[key]]
    assert changed, f"setting {name!r} reaches no stage option"
    # The option carries the new value itself.
    assert any(after[key] == getattr(other, name) for key in changed), changed


def test_documented_settings_are_the_settings() -> None:
    assert {f.name for f in fields(Settings)} == set(SETTINGS_HELP)


def test_annotator_takes_its_options_from_the_engine() -> None:
    engine = parallax.load(Settings(batch_size=5, max_annotate_chars=4321, processes=2))
    options = engine.options.annotate
    assert (options.batch_size, options.max_chars, options.processes) == (5, 4321, 2)


def test_second_library_call_does_not_reload_spacy(monkeypatch: pytest.MonkeyPatch) -> None:
    import parallax.annotation.nlp as nlp_module

    calls: list[str] = []
    original = nlp_module.load_nlp

    def counting(name: str):  # type: ignore[no-untyped-def]
        calls.append(name)
        return original(name)

    monkeypatch.setattr(nlp_module, "load_nlp", counting)
    DEFAULT.reset()
    article = Article(id="a", source="a", text=STORY, published="2024-03-06")
    first = parallax.annotate([article])
    second = parallax.annotate([article], Settings(batch_size=3))  # other options, same model
    third = parallax.analyze([article])
    assert calls == [Settings().spacy_model]
    assert first.annotations and second.annotations == first.annotations
    assert third.stories and third.articles == [article]


def test_engine_entry_points_take_paths_documents_and_articles(seed_paths: list[Path]) -> None:
    engine = DEFAULT.get(None)
    documents, rejected = engine.read(seed_paths[:2])
    assert [d.id for d in documents] == [p.stem for p in seed_paths[:2]] and not rejected
    from_docs = engine.clean_documents(documents)
    from_paths = engine.clean_paths(seed_paths[:2])
    assert [a.text for a in from_docs.articles] == [a.text for a in from_paths.articles]
    mixed = parallax.clean([seed_paths[0], documents[1]])
    assert sorted(a.id for a in mixed.articles) == sorted(d.id for d in documents)


def test_html_only_input_is_cleaned(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    body = " ".join(
        ["The harbour council voted on Monday to rebuild the old pier after a storm damaged it."] * 6
    )
    page.write_text(
        f"<html><head><title>Pier</title></head><body><article><p>{body}</p></article></body></html>"
    )
    run = Engine().clean_documents([Document(id="p", source=str(page), kind="html", html=page.read_text())])
    assert run.articles and "old pier" in run.articles[0].text


def test_import_loads_no_model() -> None:
    import subprocess
    import sys

    code = (
        "import sys, parallax; "
        "print(sorted(m for m in ('spacy', 'py3langid', 'trafilatura', 'sklearn', 'quantulum3') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
