"""A fetched page is cleaned like an HTML file: title, author, date and outlet from its metadata."""

from __future__ import annotations

import dataclasses

from fetch.site import Site
from fetch.stories import FERRY, ferry_page, orchard_page
from parallax.config import Settings
from parallax.fetch.client import FetchOptions, PoliteClient
from parallax.fetch.page import fetch_page
from parallax.model import Article
from parallax.pipeline import clean


def test_page_to_article_with_its_metadata(site: Site, local_options: FetchOptions) -> None:
    site.page("/news/ferry-aground", ferry_page())
    site.redirect("/f", "/news/ferry-aground")
    with PoliteClient(local_options) as client:
        document = fetch_page(client, site.url("/f"))
    assert document.kind == "html" and document.source == site.url("/f")
    assert document.url == site.url("/news/ferry-aground")  # where it came from, after the redirect
    (article,) = clean([document], Settings()).articles
    assert isinstance(article, Article)
    assert article.title == "Ferry runs aground outside Tollen harbour"
    assert article.byline == "Maren Oakhurst"
    assert article.outlet == "The Tollen Courier"
    assert article.published is not None and article.published.startswith("2026-03-02")
    assert article.source == site.url("/f") and article.url == site.url("/news/ferry-aground")
    assert article.text.split("\n\n") == FERRY


def test_outlet_from_the_host_when_the_page_names_none(site: Site, local_options: FetchOptions) -> None:
    site.page("/2026/frost", orchard_page(site_name=None))
    options = dataclasses.replace(local_options, resolver=lambda host: ["127.0.0.1"])
    with PoliteClient(options) as client:
        document = fetch_page(client, site.url("/2026/frost", host="www.orvale-herald.test"))
    (article,) = clean([document], Settings()).articles
    assert isinstance(article, Article)
    assert article.outlet == "Orvale Herald"


def test_the_servers_charset_is_used(site: Site, local_options: FetchOptions) -> None:
    page = ferry_page().replace("Ilse Varron", "Ilse Varrón").replace('<meta charset="utf-8">', "")
    site.routes["/latin"] = lambda r: r.answer(200, "text/html; charset=windows-1252", page.encode("cp1252"))
    with PoliteClient(local_options) as client:
        document = fetch_page(client, site.url("/latin"))
    assert document.html is not None and "Ilse Varrón" in document.html
    assert document.encoding == "cp1252"


def test_host_names_made_readable() -> None:
    from parallax.cleaning.outlets import outlet_from_host

    assert outlet_from_host("https://www.harbour-gazette.co.uk/a/b") == "Harbour Gazette"
    assert outlet_from_host("https://news.tollencourier.com/") == "Tollencourier"
    assert outlet_from_host("https://www.kbx.com/") == "KBX"  # initials
    assert outlet_from_host("https://www.fen.com/") == "Fen"  # a word, not initials
    assert outlet_from_host("https://radio4u.example/") == "radio4u.example"  # nothing better than the host
    assert outlet_from_host("http://127.0.0.1:8000/a") is None
