"""The address guard: only http(s), never a private network, after DNS and after every redirect."""

from __future__ import annotations

import dataclasses
import ipaddress

import httpcore
import httpx
import pytest

from fetch.site import Site
from parallax.fetch.client import FetchOptions, PoliteClient
from parallax.fetch.errors import BadUrlError, RefusedAddressError
from parallax.fetch.guard import check_url, checked_address, refusal
from parallax.fetch.transport import PinnedBackend


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("10.20.30.40", "private"),
        ("192.168.1.9", "private"),
        ("172.16.0.3", "private"),
        ("169.254.169.254", "link-local"),
        ("0.0.0.0", "unspecified"),
        ("224.0.0.251", "multicast"),
        ("::1", "loopback"),
        ("fc00::5", "private"),
        ("fe80::1", "link-local"),
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:10.0.0.1", "private"),
        ("100.64.0.1", "not a public address"),  # shared address space (carrier NAT)
    ],
)
def test_private_addresses_are_refused(address: str, kind: str) -> None:
    reason = refusal(ipaddress.ip_address(address))
    assert reason is not None and kind in reason


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.4.4", "2606:4700:4700::1111"])
def test_public_addresses_pass(address: str) -> None:
    assert refusal(ipaddress.ip_address(address)) is None


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://files.example/a.txt",
        "gopher://old.example/",
        "javascript:alert(1)",
        "http:///path",
    ],
)
def test_only_http_and_https(url: str) -> None:
    with pytest.raises(BadUrlError) as caught:
        check_url(url)
    assert caught.value.code == "E606"


def test_every_resolved_address_must_be_public() -> None:
    mixed = {"mixed.example": ["93.184.216.34", "10.0.0.8"], "fine.example": ["93.184.216.34"]}
    with pytest.raises(RefusedAddressError, match=r"10\.0\.0\.8"):
        checked_address("mixed.example", mixed.__getitem__, False, "http://mixed.example/")
    assert (
        checked_address("fine.example", mixed.__getitem__, False, "http://fine.example/") == "93.184.216.34"
    )
    assert checked_address("mixed.example", mixed.__getitem__, True, "x") == "93.184.216.34"


@pytest.mark.parametrize(
    "host", ["127.0.0.1", "10.1.2.3", "169.254.169.254", "[::1]", "[fc00::1]", "[::ffff:127.0.0.1]"]
)
def test_client_refuses_private_literals_without_connecting(site: Site, host: str) -> None:
    url = f"http://{host}:{site.port}/page"
    with PoliteClient(FetchOptions(delay=0)) as client, pytest.raises(RefusedAddressError) as caught:
        client.get(url)
    assert caught.value.code == "E601" and caught.value.source == url
    assert "--allow-private" in caught.value.message
    assert site.hits == []


def test_a_name_that_resolves_to_a_private_address_is_refused(site: Site) -> None:
    site.page("/page", "<p>never served</p>")
    resolver = {"intranet.example": ["10.9.8.7"], "local.example": ["127.0.0.1"]}.__getitem__
    with PoliteClient(FetchOptions(delay=0, resolver=resolver)) as client:
        for name in ("intranet.example", "local.example"):
            with pytest.raises(RefusedAddressError, match=name):
                client.get(site.url("/page", host=name))
    assert site.hits == []


def test_a_redirect_to_a_private_address_is_refused() -> None:
    """A public-looking page that redirects to the metadata service / the LAN: the hop is refused."""
    seen: list[str] = []

    def public_site(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        target = {"/a": "http://169.254.169.254/latest/meta-data/", "/b": "http://inside.example/admin"}
        return httpx.Response(302, headers={"Location": target[request.url.path]})

    resolver = {"news.example": ["93.184.216.34"], "inside.example": ["192.168.0.10"]}.__getitem__
    client = PoliteClient(
        FetchOptions(delay=0, resolver=resolver), transport=httpx.MockTransport(public_site)
    )
    with client:
        for path, shown in (("/a", "169.254.169.254"), ("/b", "inside.example")):
            with pytest.raises(RefusedAddressError, match=shown):
                client.get(f"http://news.example{path}")
    assert all(u.startswith("http://news.example/") for u in seen)  # nothing asked of the private hosts


def test_connection_goes_to_the_checked_address_with_the_host_name_kept(
    site: Site, local_options: FetchOptions
) -> None:
    """The name does not resolve on this machine: the request reaches the local site only because the
    connection is made to the address the guard checked; the Host header keeps the name."""
    site.page("/page", "<p>hello</p>")
    checks: list[str] = []

    def resolver(host: str) -> list[str]:
        checks.append(host)
        return ["127.0.0.1"]

    options = FetchOptions(**{**local_options.__dict__, "resolver": resolver})
    with PoliteClient(options) as client:
        answer = client.get(site.url("/page", host="gazette.invalid"))
    assert answer.status == 200 and answer.content == b"<p>hello</p>"
    assert site.hits[-1].headers["host"] == f"gazette.invalid:{site.port}"
    assert "gazette.invalid" in checks


def test_an_unchecked_host_is_never_connected_to() -> None:
    backend = PinnedBackend({"checked.example": "127.0.0.1"})
    with pytest.raises(httpcore.ConnectError, match="no checked address"):
        backend.connect_tcp("other.example", 80)


def test_an_international_host_name_is_checked_and_pinned_in_its_ascii_form(
    site: Site, local_options: FetchOptions
) -> None:
    site.page("/a", "<p>a</p>")
    asked: list[str] = []

    def resolver(host: str) -> list[str]:
        asked.append(host)
        return ["127.0.0.1"]

    with PoliteClient(dataclasses.replace(local_options, resolver=resolver)) as client:
        assert client.get(site.url("/a", host="bücher.invalid")).status == 200
    assert set(asked) == {"xn--bcher-kva.invalid"}


def test_a_name_that_turns_private_between_requests_is_refused() -> None:
    """DNS rebinding: the name is resolved and checked again for every request."""
    answers = iter([["93.184.216.34"], ["93.184.216.34"], ["127.0.0.1"]])
    asked: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(request.url.path)
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(200, headers={"Content-Type": "text/html"}, text="<p>a</p>")

    options = FetchOptions(delay=0, resolver=lambda host: next(answers))
    with PoliteClient(options, transport=httpx.MockTransport(handler)) as client:
        assert client.get("http://flip.example/a").status == 200
        with pytest.raises(RefusedAddressError, match=r"127\.0\.0\.1"):
            client.get("http://flip.example/b")
    assert asked == ["/robots.txt", "/a"]
