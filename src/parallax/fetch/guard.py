"""Which addresses may be fetched: http(s) only, and (unless allowed) never a private network.

Server-side request forgery: a URL (a feed item's link, a redirect) that points at ``localhost``, the
LAN, a cloud metadata service (169.254.169.254) or any address that is not on the public internet is
refused. The check is made on the *resolved* addresses of the host (every one of them must be public),
for every request and every redirect hop, and the connection is then made to the address that was
checked (:mod:`parallax.fetch.transport`), so a DNS answer that changes between the check and the
connection (DNS rebinding) cannot slip through.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Sequence

import httpx

from parallax.fetch.errors import BadUrlError, FetchError, RefusedAddressError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
# host name -> its addresses (as strings); raises OSError when the name does not resolve.
Resolver = Callable[[str], Sequence[str]]
SCHEMES = frozenset({"http", "https"})


def system_resolver(host: str) -> list[str]:
    """The host's addresses from the system resolver (``getaddrinfo``), in its order, without repeats."""
    infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries (IPv4-mapped ``::ffff:a.b.c.d``, 6to4, Teredo, NAT64)."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if address in ipaddress.IPv6Network("64:ff9b::/96"):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def refusal(address: IPAddress) -> str | None:
    """Why this address is not fetched ("a loopback address", "a private address"...), or None when public."""
    if isinstance(address, ipaddress.IPv6Address):
        inner = _embedded_ipv4(address)
        if inner is not None:
            reason = refusal(inner)
            return f"{reason} (inside {address.compressed})" if reason else None
    for name, flag in (
        ("an unspecified address", address.is_unspecified),
        ("a loopback address", address.is_loopback),
        ("a link-local address", address.is_link_local),
        ("a multicast address", address.is_multicast),
        ("a private address", address.is_private),
        ("a reserved address", address.is_reserved),
    ):
        if flag:
            return name
    if not address.is_global:  # shared address space (100.64/10), documentation ranges...
        return "not a public address"
    return None


def parse_address(host: str) -> IPAddress | None:
    """The host as an IP address when it is one (``[::1]`` brackets allowed), else None."""
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def check_url(url: str | httpx.URL) -> httpx.URL:
    """The URL parsed, when its scheme is http or https and it names a host; else BadUrlError."""
    text = str(url)
    try:
        parsed = httpx.URL(text)
    except (httpx.InvalidURL, ValueError, TypeError) as exc:
        raise BadUrlError(f"not a valid address ({exc})", text) from exc
    if parsed.scheme not in SCHEMES:
        raise BadUrlError(f"only http and https addresses are fetched, not {parsed.scheme or 'none'!r}", text)
    if not parsed.host:
        raise BadUrlError("the address names no host", text)
    return parsed


def checked_address(host: str, resolver: Resolver, allow_private: bool, source: str) -> str:
    """The address to connect to for ``host``: every address it resolves to must be public (unless
    ``allow_private``); the first one is used. Raises RefusedAddressError or FetchError."""
    literal = parse_address(host)
    if literal is not None:
        addresses: list[IPAddress] = [literal]
    else:
        try:
            answers = list(resolver(host))
        except (OSError, UnicodeError) as exc:
            raise FetchError(f"host {host!r} not found ({exc})", source) from exc
        addresses = [a for a in (parse_address(str(x)) for x in answers) if a is not None]
        if not addresses:
            raise FetchError(f"host {host!r} has no address", source)
    if not allow_private:
        for address in addresses:
            reason = refusal(address)
            if reason:
                shown = host if literal is not None else f"{host} ({address.compressed})"
                raise RefusedAddressError(
                    f"refused: {shown} is {reason} (use --allow-private to fetch it)", source
                )
    return addresses[0].compressed
