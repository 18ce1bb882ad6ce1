"""``parallax serve`` as a command: it serves the store on the port given, and stops on SIGTERM."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[2]


def test_serve_command_answers_on_the_given_port(sqlite_store: str) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "PARALLAX_TOKEN": ""}
    command = [sys.executable, "-m", "parallax.cli", "serve", "--db", sqlite_store, "--port", str(port)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, process.communicate()[1].decode()
            try:
                health = httpx.get(base + "/api/health", timeout=2)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "parallax serve did not answer"
                time.sleep(0.2)
        assert health.json() == {"status": "ok"}
        assert "server" not in health.headers
        assert httpx.get(base + "/api/stories").json()["total"] == 2
        assert httpx.post(base + "/api/articles", json={"text": "x"}).status_code == 403
    finally:
        process.terminate()
        process.wait(timeout=30)
    said = process.communicate()[1].decode()
    assert f"serving {sqlite_store.removeprefix('sqlite:///')} at http://127.0.0.1:{port}/" in said


def test_serve_says_when_it_makes_a_new_store(tmp_path: Path) -> None:
    store = tmp_path / "typo.db"
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "PARALLAX_TOKEN": ""}
    command = [sys.executable, "-m", "parallax.cli", "serve", "--db", str(store), "--port", "0"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not store.exists() and time.monotonic() < deadline:
            assert process.poll() is None, process.communicate()[1].decode()
            time.sleep(0.2)
        time.sleep(1)
    finally:
        process.terminate()
        process.wait(timeout=30)
    said = process.communicate()[1].decode()
    assert f"{store} did not exist: serving a new, empty store" in said


def _serve_fails(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "PARALLAX_TOKEN": ""}
    command = [sys.executable, "-m", "parallax.cli", "serve", *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)


def test_serve_refuses_a_store_in_a_missing_folder_in_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder" / "store.db"
    done = _serve_fails("--db", str(missing), "--port", "0")
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0 and "Traceback" not in done.stderr
    assert done.stderr.startswith("parallax: ") and "does not exist" in done.stderr
    assert str(missing) in done.stderr
    assert not missing.parent.exists()  # no folder made for a mistyped path


def test_serve_refuses_a_file_that_is_not_a_store_in_one_line(tmp_path: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("shopping list: oat milk, lamp oil\n" * 200)
    done = _serve_fails("--db", str(notes), "--port", "0")
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0 and "Traceback" not in done.stderr
    assert "not a database" in done.stderr


def test_serve_on_a_port_in_use_is_one_line(sqlite_store: str) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = _serve_fails("--db", sqlite_store, "--port", str(port))
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0 and "Traceback" not in done.stderr
    assert f"cannot listen on 127.0.0.1:{port}" in done.stderr
