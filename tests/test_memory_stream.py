"""Memory of runs of many articles: records stream through ``annotate`` and are spilled in ``analyze``.

Structural, not timed: the number of annotation records alive at once is counted (``gc``) while the
stages run, and must not grow with the number of articles.
"""

from __future__ import annotations

import gc
import json
import pickle
import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parallax.cli import app
from parallax.config import Settings
from parallax.engine import DEFAULT, Engine
from parallax.model import Annotation, Article, Rejected
from parallax.render.json import render_json_bytes
from parallax.story.build import StoryJob, build_stories
from parallax.story.spill import RecordSpill, StreamedReport

# Invented stories (names, places and figures made up), two or three reports each.
REPORTS = {
    "ferry": [
        "Ferry strike halts Lunmark crossings",
        "Crews of the Lunmark ferry line walked out on 3 March 2025, halting every crossing to Orsel "
        'Island. The union leader, Petra Halvik, said 420 workers had joined the strike. "We will not '
        'sail until the pay offer changes," Halvik said. The operator, Norsea Lines, said the offer of '
        "4 percent was fair.",
        "Lunmark ferry workers strike over pay",
        "About 400 ferry workers struck on 3 March 2025, stranding travellers bound for Orsel Island, "
        "union leader Petra Halvik told reporters. Norsea Lines called its 4 percent pay offer fair and "
        "said talks would resume. Halvik said the strike would last until a better offer came.",
        "Norsea Lines ferries idle as union strikes",
        "No ferries left Lunmark for Orsel Island on 3 March 2025 after 450 crew members walked out, "
        "according to the union's Petra Halvik. Norsea Lines said it had offered a raise of 4 percent.",
    ],
    "bridge": [
        "Velden bridge closed after cracks found",
        "Engineers closed the Kastor Bridge in Velden on 12 June 2025 after finding cracks in two "
        "supports, the city's transport chief, Oskar Brand, said. Repairs will cost 8 million euros and "
        "take six months, Brand said.",
        "Cracks shut Kastor Bridge in Velden",
        "The Kastor Bridge in Velden was shut on 12 June 2025 when inspectors found cracks, transport "
        "chief Oskar Brand said. He put the cost of repairs at 9 million euros over six months.",
    ],
    "orchard": [
        "Frost ruins Tarnby apple harvest",
        "A late frost on 20 April 2025 destroyed about 60 percent of the apple blossom in the Tarnby "
        "valley, the growers' association chair, Ines Mora, said. Mora said losses could reach 15 "
        "million euros.",
        "Tarnby growers count frost losses",
        "Growers in the Tarnby valley lost half of their apple blossom to frost on 20 April 2025, "
        "association chair Ines Mora said, estimating losses at 12 million euros. Pear trees were spared, "
        "she said.",
    ],
}

OTHER_LANGUAGE = " ".join(
    [
        "Die Gemeinde hat am Montag beschlossen, die alte Schule im Dorf neu zu bauen, und der Rat",
        "will die Arbeiten noch in diesem Jahr beginnen. Die Eltern sind froh, weil die Kinder seit",
        "langer Zeit in einem kleinen Haus am Rand der Stadt lernen müssen. Der Bürgermeister sagte,",
        "dass die Kosten hoch sind, aber dass es keine andere Lösung gibt, wenn das Dorf jung bleiben",
        "soll. Im Herbst wird man dann wissen, wann die neue Schule fertig ist und wer sie baut.",
    ]
)


def _articles() -> list[Article]:
    articles = []
    for topic, parts in REPORTS.items():
        for n in range(0, len(parts), 2):
            articles.append(
                Article(
                    id=f"{topic}-{n // 2}",
                    source=f"{topic}-{n // 2}.txt",
                    title=parts[n],
                    outlet=f"Outlet {n // 2}",
                    published="2025-06-12" if topic == "bridge" else None,
                    text=parts[n + 1],
                )
            )
    # A syndicated copy (joins its original's story), and an article that cannot be annotated (E302).
    articles.append(articles[0].model_copy(update={"id": "ferry-copy", "copy_of": "ferry-0"}))
    articles.append(Article(id="other", source="other.txt", text=OTHER_LANGUAGE))
    return articles


@pytest.fixture(scope="module")
def engine() -> Engine:
    # The default engine's models, shared with the CLI commands these tests run.
    return DEFAULT.get(Settings(batch_size=2, processes=1))


def _live_annotations() -> int:
    gc.collect()
    return sum(1 for obj in gc.get_objects() if type(obj) is Annotation)


def _jsonl(path: Path, articles: Sequence[Article]) -> Path:
    fields = ("id", "title", "outlet", "published", "text")
    path.write_text(
        "".join(json.dumps({k: getattr(a, k) for k in fields}) + "\n" for a in articles), encoding="utf-8"
    )
    return path


def test_spilled_analysis_gives_the_report_of_held_records(
    engine: Engine, seed_paths: list[Path], tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for path in seed_paths:
        shutil.copy(path, folder / path.name)
    _jsonl(folder / "invented.jsonl", [a for a in _articles() if a.copy_of is None])
    report = engine.analyze_paths([folder])

    # The same stories the way they were built before: every record held, grouped from the records.
    articles = engine.clean_paths([folder]).articles
    held = engine.annotate_articles(articles)
    kept = [a for a in articles if a.id in {r.id for r in held.annotations}]
    expected = build_stories(kept, held.annotations, engine.settings, nlp=engine.annotator().nlp)

    assert [s.model_dump() for s in report.stories] == [s.model_dump() for s in expected]
    assert [a.id for a in report.articles] == [a.id for a in kept]
    assert [r.source.rsplit("/", 1)[-1] for r in report.rejected] == ["invented.jsonl:8"]
    sizes = sorted(len(s.article_ids) for s in report.stories)
    assert len(sizes) >= 4 and sizes[-1] >= 5, sizes  # several stories, the seeds' one of five or more
    assert any(len(s.comparisons) > 0 for s in report.stories)

    # The command writes the JSON report story by story: the same bytes as the whole report rendered.
    out = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["analyze", str(folder), "--json", str(out), "--quiet", "-p", "1"])
    assert result.exit_code == 1, result.output  # the article in another language is rejected
    assert out.read_bytes() == render_json_bytes(report)
    pieces = list(StreamedReport(report.articles, report.rejected, report.stories).json_pieces())
    assert len(pieces) == len(report.stories) + 2


def test_analyze_holds_one_storys_records_at_a_time(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    import parallax.story.build as build

    articles = _articles()
    baseline = _live_annotations()
    during_annotate: list[int] = []
    during_stories: list[tuple[int, int]] = []
    real_iter = Engine.iter_annotations
    real_build = build.build_job

    def counting_iter(
        self: Engine, items: Sequence[Article], *args: object, **kwargs: object
    ) -> Iterator[Annotation | Rejected]:
        for result in real_iter(self, items, *args, **kwargs):  # type: ignore[arg-type]
            during_annotate.append(_live_annotations() - baseline)
            yield result

    def counting_build(
        job: StoryJob, settings: Settings, nlp: object = None, keep_failed: bool = False
    ) -> object:
        during_stories.append((_live_annotations() - baseline, len(job.annotations)))
        return real_build(job, settings, nlp, keep_failed)  # type: ignore[arg-type]

    monkeypatch.setattr(Engine, "iter_annotations", counting_iter)
    monkeypatch.setattr(build, "build_job", counting_build)
    report = engine.analyze_articles(articles)

    assert len(report.stories) >= 3 and len(during_annotate) == len(articles)
    # The annotate stage: at most a batch (2) and the record being handed over, whatever the count.
    assert max(during_annotate) <= 3, during_annotate
    # The story stage: the records of the story being built, and no other.
    assert all(live <= own for live, own in during_stories), during_stories
    assert _live_annotations() - baseline <= 0


def test_spill_is_closed_when_a_story_fails(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    import parallax.story.build as build
    from parallax.story import spill

    closed: list[int] = []
    real_close = spill.RecordSpill.close

    def close(self: RecordSpill[Annotation]) -> None:
        closed.append(len(self))
        real_close(self)

    def fail(job: StoryJob, settings: Settings, nlp: object = None, keep_failed: bool = False) -> object:
        raise RuntimeError("story failed")  # a failure that escapes the story stage (E800 keeps the others)

    monkeypatch.setattr(spill.RecordSpill, "close", close)
    monkeypatch.setattr(build, "build_job", fail)
    with pytest.raises(RuntimeError, match="story failed"):
        engine.analyze_articles(_articles()[:3])
    assert closed == [3]


def test_annotate_command_writes_each_record_as_it_comes(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Fourteen records to write (and one rejected), in batches of two.
    articles = [
        a.model_copy(update={"id": f"{a.id}-{n}"})
        for n in (1, 2)
        for a in _articles()
        if a.id != "ferry-copy"
    ]
    articles = [a for a in articles if a.id != "other-2"]
    monkeypatch.setenv("PARALLAX_BATCH_SIZE", "2")
    source = _jsonl(tmp_path / "many.jsonl", articles)
    live: list[int] = []
    real_iter = Engine.iter_annotations

    def counting_iter(
        self: Engine, items: Sequence[Article], *args: object, **kwargs: object
    ) -> Iterator[Annotation | Rejected]:
        for result in real_iter(self, items, *args, **kwargs):  # type: ignore[arg-type]
            live.append(_live_annotations())
            yield result

    monkeypatch.setattr(Engine, "iter_annotations", counting_iter)
    out = tmp_path / "out.jsonl"
    baseline = _live_annotations()
    result = CliRunner().invoke(app, ["annotate", str(source), "--raw", "--json", str(out), "-p", "1"])

    assert result.exit_code == 1, result.output  # one article is rejected, the others written
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == [a.id for a in articles if a.id != "other-1"]
    assert len(lines) == 14 and len(live) == 15
    # At most a batch (2), the two records held to choose JSON or JSON Lines, and the one handed over.
    assert max(live) - baseline <= 5, live


def test_record_spill_reads_back_what_was_written() -> None:
    with RecordSpill[object]() as spill:
        spill.put("a", {"n": 1, "text": "é" * 10})
        spill.put("b", [1.5, None])
        spill.put("a", {"n": 2})  # a key given again replaces its record
        spill.put("bad", lambda: None)  # cannot be pickled: kept in memory
        assert spill.get("a") == {"n": 2} and spill.get("b") == [1.5, None]
        assert spill.get("a") is not spill.get("a")  # read from the file each time
        assert callable(spill.get("bad")) and spill.held == 1
        assert len(spill) == 3 and "b" in spill and "c" not in spill
        with pytest.raises(KeyError):
            spill.get("c")
        assert spill.bytes_written >= len(pickle.dumps({"n": 1, "text": "é" * 10}))


@pytest.mark.parametrize("seed", range(6))
def test_linkage_over_a_matrix_merges_as_over_dicts(seed: int) -> None:
    import numpy as np

    from parallax.story.linkage import average_linkage, average_linkage_matrix

    rng = np.random.default_rng(seed)
    count = 40
    dense = rng.random((count, count)) * (rng.random((count, count)) < (0.2 + 0.15 * seed))
    upper = np.triu(dense, k=1)
    sims = {(int(i), int(j)): float(upper[i, j]) for i, j in zip(*np.nonzero(upper), strict=True)}
    for threshold in (0.1, 0.3, 0.6):
        expected = average_linkage(count, sims, threshold)
        assert average_linkage_matrix(upper + upper.T, threshold) == expected
        assert len(expected) < count  # something was merged


def test_grouping_is_the_same_with_the_pairs_in_a_matrix(monkeypatch: pytest.MonkeyPatch) -> None:
    import parallax.story.grouping as grouping

    dates = ["2025-03-03", "2025-03-04", None, "2025-03-20", "2024-03-03", "2025-06-12", None, "2025-06-30"]
    articles = [
        a.model_copy(update={"id": f"{a.id}-{n}", "published": dates[(k + n) % len(dates)]})
        for n in range(3)
        for k, a in enumerate(_articles())
        if a.copy_of is None
    ]
    runs = []
    for dense_pairs in (0, 10**9):  # never a matrix; always a matrix
        monkeypatch.setattr(grouping, "DENSE_PAIRS", dense_pairs)
        for threshold in (0.1, 0.15, 0.3):
            runs.append(
                [g.article_ids for g in grouping.group_stories(articles, [None] * len(articles), threshold)]
            )
    assert runs[:3] == runs[3:]
    assert len(runs[0]) < len(articles) and len(runs[0]) > 3
