"""Nothing lost: `parallax add` killed mid-batch and run again, and two `add` processes at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from parallax.store.schema import ArticleRow
from parallax.store.writer import check_consistency
from store.store_corpus import many_articles, write_jsonl

REPO = Path(__file__).resolve().parents[2]
COUNT = 40


def _add(paths: list[Path], url: str, *extra: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    command = [sys.executable, "-m", "parallax.cli", "add", *map(str, paths), "--db", url, "-q", *extra]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _stored(url: str) -> list[tuple[str, str | None]]:
    engine = create_engine(url)
    try:
        with Session(engine) as session:
            return [tuple(r) for r in session.execute(select(ArticleRow.source, ArticleRow.story_id))]  # type: ignore[misc]
    except Exception:  # the schema may not exist yet
        return []
    finally:
        engine.dispose()


def _assert_all_once_and_consistent(url: str, sources: list[str]) -> None:
    stored = _stored(url)
    assert sorted(s for s, _ in stored) == sorted(sources)  # every article exactly once
    assert all(story for _, story in stored), "an article was left out of every story"
    engine = create_engine(url)
    assert check_consistency(engine) == []
    engine.dispose()


def test_add_killed_mid_batch_then_rerun_keeps_every_article_once(store_url: str, tmp_path: Path) -> None:
    batch = write_jsonl(tmp_path / "batch.jsonl", many_articles(COUNT))
    sources = [f"{batch}:{n}" for n in range(1, COUNT + 1)]
    process = _add([batch], store_url, "--settle-every", "7")
    deadline = time.monotonic() + 300
    while len(_stored(store_url)) < 10:
        assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
        assert time.monotonic() < deadline, "the add never got going"
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    stored = _stored(store_url)
    assert 10 <= len(stored) < COUNT, "the kill came too late to test anything"
    assert len({s for s, _ in stored}) == len(stored)
    rerun = _add([batch], store_url)
    _, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err.decode()
    _assert_all_once_and_consistent(store_url, sources)


def test_two_adds_at_once_both_succeed_and_lose_nothing(store_url: str, tmp_path: Path) -> None:
    records = many_articles(36)
    first = write_jsonl(tmp_path / "first.jsonl", records[:24])
    second = write_jsonl(tmp_path / "second.jsonl", records[12:])  # the middle third is in both
    processes = [
        _add([first], store_url, "--settle-every", "5"),
        _add([second], store_url, "--settle-every", "5"),
    ]
    for process in processes:
        _, err = process.communicate(timeout=600)
        assert process.returncode == 0, err.decode()
    stored = _stored(store_url)
    assert len(stored) == 36
    engine = create_engine(store_url)
    with Session(engine) as session:
        assert session.scalar(select(func.count(func.distinct(ArticleRow.content_key)))) == 36
    engine.dispose()
    assert check_consistency(create_engine(store_url)) == []
