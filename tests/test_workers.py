"""Worker processes (``-p N``): the same records as one process, in order, and a dead worker is a clean error."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import parallax
from parallax.config import Settings
from parallax.errors import WorkerError
from parallax.workers import CHUNK_CHARS, WorkerPool, _chunks

REPO = Path(__file__).resolve().parents[1]

# Invented articles (no name or sentence from the sets or the seeds).
BODIES = [
    "The river authority of Lenbridge said on Tuesday that the new weir would be finished by May. "
    "Chief engineer Mara Tolsen told reporters the work would cost 4.5 million euros, up from an estimate "
    "of 3 million last year. About 120 workers are on the site, she said.",
    "Lenbridge council voted 14 to 9 on Wednesday to close the old ferry crossing for two weeks while the "
    "weir is finished. Councillor Ivo Brandt called the closure a mistake that would cost local shops "
    "dearly, while the mayor, Hanne Soto, said the crossing was no longer safe.",
    "Shops near the Lenbridge ferry crossing reported a drop of 30 percent in trade during the first week "
    "of the closure, according to a survey by the local traders' association. Its chair, Petra Olm, said "
    "several owners were thinking of shutting their doors until the crossing opens again.",
    "The weather service warned on Friday of heavy rain across the Lenbridge valley over the weekend, with "
    "up to 80 millimetres expected in some places. The river authority said the unfinished weir could hold "
    "the water, but asked people living near the banks to stay alert.",
]
TOO_SHORT = "Lenbridge ferry closed."  # fewer than 30 words: rejected by the clean stage (E201)


def _write_jsonl(path: Path, texts: list[str]) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for n, text in enumerate(texts):
            record = {"id": f"art{n}", "outlet": f"Outlet {n % 3}", "published": "2025-03-0" + str(1 + n % 9)}
            out.write(json.dumps({**record, "text": text}) + "\n")
    return path


@pytest.fixture(scope="module")
def mixed_input(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Good articles, one too short, one too long to annotate, and one copy of an earlier article."""
    too_long = " ".join(BODIES) * 3  # over the max_annotate_chars set below (E301)
    texts = [BODIES[0], TOO_SHORT, BODIES[1], too_long, BODIES[2], BODIES[0], BODIES[3]]
    return _write_jsonl(tmp_path_factory.mktemp("workers") / "mixed.jsonl", texts)


def _settings(processes: int) -> Settings:
    # batch_size 1: every article is its own chunk, so several chunks are in flight and come back out of order.
    return Settings(processes=processes, batch_size=1, max_annotate_chars=1500)


def test_two_processes_give_the_same_records_as_one(mixed_input: Path) -> None:
    one = parallax.load(_settings(1))
    two = one.with_settings(_settings(2))
    seen: list[tuple[str, int, int]] = []
    single = one.annotate_paths([mixed_input])
    double = two.annotate_paths(
        [mixed_input], progress=lambda stage, n, total: seen.append((stage, n, total))
    )
    assert [a.id for a in single.annotations] == ["art0", "art2", "art4", "art5", "art6"]
    assert double.annotations == single.annotations
    assert double.rejected == single.rejected
    assert [(r.code, r.stage) for r in single.rejected] == [("E201", "clean"), ("E301", "annotate")]
    # The progress bar advanced through every article of each stage.
    for stage, total in (("clean", 7), ("annotate", 6)):
        assert sum(n for s, n, t in seen if s == stage and t == total) == total


def test_two_processes_give_the_same_report_and_copies(mixed_input: Path) -> None:
    one = parallax.load(_settings(1))
    two = one.with_settings(_settings(2))
    single = one.analyze_paths([mixed_input])
    double = two.analyze_paths([mixed_input])
    assert {a.id: a.copy_of for a in double.articles}["art5"] == "art0"
    assert double.model_dump() == single.model_dump()


def _die(chunk: list[int]) -> list[int]:
    if 3 in chunk:
        os.kill(os.getpid(), signal.SIGKILL)
    return chunk


def _fail_on_two(chunk: list[int]) -> list[int]:
    if 2 in chunk:
        raise ValueError("bad item")
    return [item * 10 for item in chunk]


def test_a_killed_worker_stops_the_run_with_an_error() -> None:
    engine = parallax.load(Settings(processes=2, batch_size=1))
    with pytest.raises(WorkerError) as caught, WorkerPool(engine, 2) as pool:
        list(pool.map(_die, list(range(8)), [1] * 8, lambda item, exc: -1))
    assert caught.value.code == "E700"
    # The killed worker's SIGKILL, or (a known race: its exit status is not always readable yet when the
    # pool breaks) the SIGTERM the pool sends the other worker when it stops.
    assert re.search(r"killed by signal (9|15)\b", str(caught.value))


def test_a_failing_chunk_gives_its_items_the_fallback_and_the_rest_go_on() -> None:
    engine = parallax.load(Settings(processes=2, batch_size=1))
    done: list[int] = []
    with WorkerPool(engine, 2) as pool:
        results = list(pool.map(_fail_on_two, list(range(6)), [1] * 6, lambda item, exc: -item, done.append))
    assert results == [0, 10, -2, 30, 40, 50]
    assert sum(done) == 6


def test_chunks_cover_every_item_once_within_the_limits() -> None:
    sizes = [10] * 50 + [CHUNK_CHARS * 2] + [CHUNK_CHARS // 3] * 9
    chunks = _chunks(sizes, processes=2, batch_size=32)
    assert [i for chunk in chunks for i in chunk] == list(range(len(sizes)))
    assert all(len(c) <= 8 for c in chunks)  # 60 items, 2 workers x 4 chunks each: at most 8 a chunk
    assert all(sum(sizes[i] for i in c) <= CHUNK_CHARS or len(c) == 1 for c in chunks)


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat[stat.rindex(")") + 2 :].split()[1]) == pid:
                found.append(int(entry))
    return found


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the process tree from /proc")
def test_cli_reports_a_worker_killed_from_outside_and_exits(tmp_path: Path) -> None:
    many = _write_jsonl(tmp_path / "many.jsonl", [f"{BODIES[n % 4]} Report number {n}." for n in range(400)])
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    command = [
        sys.executable,
        "-m",
        "parallax.cli",
        "annotate",
        str(many),
        "-p",
        "2",
        "--json",
        str(tmp_path / "o"),
    ]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 300
    workers: list[int] = []
    while len(workers) < 2:
        assert process.poll() is None, process.communicate()[1]
        assert time.monotonic() < deadline, "the workers never started"
        time.sleep(0.05)
        workers = _children(process.pid)
    os.kill(workers[0], signal.SIGKILL)
    _, stderr = process.communicate(timeout=300)  # a hang fails here
    assert process.returncode == 2
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and "worker process died" in lines[0] and "[E700]" in lines[0], stderr


def _stored(url: str) -> tuple[list[tuple[str, str, str, str | None]], list[list[str]], list[str]]:
    """The stored articles (id, source, annotation JSON, copy_of), the stories as sets of article ids, and
    each story's report without its id."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from parallax.model import Story
    from parallax.store.db import open_engine
    from parallax.store.schema import ArticleRow, StoryRow

    engine = open_engine(url, migrate=False)
    with Session(engine) as session:
        rows = session.scalars(select(ArticleRow).order_by(ArticleRow.pk)).all()
        articles = [(r.id, r.source, r.annotation, r.copy_of) for r in rows]
        members: dict[str, list[str]] = {}
        for r in rows:
            members.setdefault(r.story_id or "", []).append(r.id)
        reports = sorted(
            Story.model_validate_json(s.report).model_copy(update={"id": ""}).model_dump_json()
            for s in session.scalars(select(StoryRow))
        )
    engine.dispose()
    return articles, sorted(members.values()), reports


def test_add_with_two_processes_stores_what_one_process_stores(mixed_input: Path, tmp_path: Path) -> None:
    from parallax.store.add import add_paths
    from parallax.store.db import open_engine

    stored = []
    for processes in (1, 2):
        url = f"sqlite:///{tmp_path / f'p{processes}.db'}"
        engine = open_engine(url)
        result = add_paths([mixed_input], engine, _settings(processes), settle_every=2)
        engine.dispose()
        assert [(r.code, r.stage) for r in result.rejected] == [("E201", "clean"), ("E301", "annotate")]
        # art5 is art0's body from another outlet: a copy that outlet carried.
        assert (len(result.added), len(result.copies), len(result.duplicates)) == (4, 1, 0)
        stored.append(_stored(url))
    assert stored[1] == stored[0]
