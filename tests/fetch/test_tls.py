"""HTTPS through the pinned transport: the connection goes to the checked address, while TLS (SNI and the
certificate check) is made for the host name."""

from __future__ import annotations

import dataclasses
import shutil
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest

from fetch.site import Site, make_certificates, start_site
from parallax.fetch.client import FetchOptions, PoliteClient
from parallax.fetch.errors import FetchError

NAME = "secure.invalid"


@pytest.fixture
def tls_site(tmp_path: Path) -> Iterator[tuple[Site, Path]]:
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is needed to make the test certificates")
    ca, cert, key = make_certificates(tmp_path, NAME)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    site, stop = start_site(context)
    try:
        yield site, ca
    finally:
        stop()


def test_https_to_the_pinned_address_checks_the_certificate_of_the_name(
    tls_site: tuple[Site, Path], local_options: FetchOptions
) -> None:
    site, ca = tls_site
    site.page("/a", "<p>over TLS</p>")
    options = dataclasses.replace(
        local_options, resolver=lambda host: ["127.0.0.1"], ca_file=str(ca), retries=0
    )
    waits: list[float] = []
    with PoliteClient(options, sleep=waits.append) as client:
        answer = client.get(site.url("/a", host=NAME))
        assert answer.status == 200 and answer.content == b"<p>over TLS</p>"
        assert site.hits[-1].headers["host"] == f"{NAME}:{site.port}"
        # Another name pinned to the same address: the certificate does not name it, the connection fails.
        with pytest.raises(FetchError, match=r"TLS failed.*(CERTIFICATE_VERIFY_FAILED|certificate|hostname)"):
            client.get(site.url("/a", host="other.invalid"))
        # By its address alone (no name): the certificate names no address either.
        with pytest.raises(FetchError) as caught:
            client.get(site.url("/a"))
    assert not caught.value.transient
    assert waits == []  # a certificate failure is not retried (no backoff)
    # Without the test authority (the usual ones): refused.
    with PoliteClient(dataclasses.replace(options, ca_file=None)) as client, pytest.raises(FetchError):
        client.get(site.url("/a", host=NAME))
