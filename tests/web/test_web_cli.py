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
