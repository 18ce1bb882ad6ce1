"""Peak memory of ``parallax clean`` stays within 300 MB + 20 x the input size (benchmarks/memory.py)."""

from __future__ import annotations

from pathlib import Path

from conftest import load_benchmark, shared_path


def test_clean_of_a_2_mb_dump_stays_within_the_memory_bound(tmp_path: Path) -> None:
    pages = shared_path() / "bench" / "extraction" / "pages"
    assert pages.is_dir(), f"{pages} is missing (set PARALLAX_SHARED)"
    memory = load_benchmark("memory")
    dump = memory.make_dump(tmp_path / "dump.txt", 2 * memory.MB)
    size_mb = dump.stat().st_size / memory.MB
    result = memory.measure(memory.parallax_command("clean", dump, tmp_path / "out.json"), memory.environment())
    assert result.returncode == 0
    assert (tmp_path / "out.json").stat().st_size > 0
    assert 0 < result.peak_mb <= memory.BASE_MB + memory.PER_INPUT * size_mb, result


def test_an_input_over_the_limit_is_refused_before_any_work(tmp_path: Path) -> None:
    memory = load_benchmark("memory")
    dump = memory.make_dump(tmp_path / "dump.txt", 2 * memory.MB)
    env = memory.environment()
    env["PARALLAX_MAX_INPUT_BYTES"] = str(memory.MB)
    result = memory.measure(memory.parallax_command("clean", dump, tmp_path / "out.json"), env)
    assert result.returncode == 2
    # Refused from its size alone: no more memory than the program itself needs.
    assert result.peak_mb < 150, result
