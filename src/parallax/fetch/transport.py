"""An httpx transport that connects to the address the guard checked, not to a fresh DNS answer.

The URL keeps its host name, so the ``Host`` header, TLS SNI and certificate check are the host's; only
the TCP connection goes to the pinned address. A host with no pinned address is never connected to.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterable, Mapping
from typing import Any

import httpcore
import httpx


class PinnedBackend(httpcore.NetworkBackend):
    """httpcore's socket backend, with each host name replaced by its pinned address."""

    def __init__(self, pins: Mapping[str, str]) -> None:
        self._pins = pins
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        address = self._pins.get(host)
        if address is None:
            raise httpcore.ConnectError(f"no checked address for {host!r}: not connecting")
        return self._inner.connect_tcp(address, port, timeout, local_address, socket_options)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class PinnedTransport(httpx.HTTPTransport):
    """``httpx.HTTPTransport`` whose connection pool uses :class:`PinnedBackend` (no proxy, HTTP/1.1).

    httpx does not take a network backend in its constructor, so the pool it builds is replaced by one
    built the same way with the pinned backend (httpx 0.28, httpcore 1.0).
    """

    def __init__(
        self, pins: Mapping[str, str], max_connections: int = 10, ca_file: str | None = None
    ) -> None:
        """``ca_file``: certificates of the authorities to trust instead of the usual ones (an intranet's)."""
        super().__init__(trust_env=False)
        self._pool = httpcore.ConnectionPool(
            ssl_context=(
                ssl.create_default_context(cafile=ca_file)
                if ca_file
                else httpx.create_ssl_context(trust_env=False)
            ),
            max_connections=max_connections,
            max_keepalive_connections=max_connections,
            keepalive_expiry=5.0,
            http1=True,
            http2=False,
            network_backend=PinnedBackend(pins),
        )
