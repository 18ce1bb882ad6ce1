"""`parallax add URL` and `parallax add --feed URL` put fetched pages into the store."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from fetch.site import Site, rss
from fetch.stories import bridge_page, ferry_page, library_page
from parallax.cli import app
from parallax.store.db import make_engine
from parallax.store.schema import ArticleRow

runner = CliRunner()


def _rows(url: str) -> list[ArticleRow]:
    engine = make_engine(url)
    with Session(engine) as session:
        rows = list(session.scalars(select(ArticleRow).order_by(ArticleRow.pk)))
    engine.dispose()
    return rows


def test_add_a_page_by_its_address(site: Site, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'web.db'}"
    site.page("/2026/03/ferry-aground", ferry_page())
    page = site.url("/2026/03/ferry-aground")
    result = runner.invoke(app, ["add", page, "--allow-private", "--delay", "0", "--db", db])
    assert result.exit_code == 0, result.output
    assert "fetched 1 page\n" in result.output and "added 1 article and" in result.output
    (row,) = _rows(db)
    assert row.title == "Ferry runs aground outside Tollen harbour"
    assert row.outlet == "The Tollen Courier"
    assert row.published is not None and row.published.startswith("2026-03-02")
    assert row.source == page and row.url == page
    # Again: the same content, nothing new.
    result = runner.invoke(app, ["add", page, "--allow-private", "--delay", "0", "--db", db])
    assert result.exit_code == 0 and "1 already stored" in result.output


def test_private_addresses_need_the_flag(site: Site, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'web.db'}"
    site.page("/a", ferry_page())
    result = runner.invoke(app, ["add", site.url("/a"), "--delay", "0", "--db", db])
    assert result.exit_code == 2
    assert f"parallax: {site.url('/a')}: refused: 127.0.0.1 is a loopback address" in result.output
    assert "[E601, fetch]" in result.output
    assert site.hits == [] and _rows(db) == []


def test_a_password_written_into_an_address_is_not_shown(site: Site, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'web.db'}"
    site.page("/a", ferry_page())
    url = site.url("/a").replace("http://", "http://reader:hunter2@")
    result = runner.invoke(app, ["add", url, "--delay", "0", "--db", db])
    assert result.exit_code == 2
    assert "hunter2" not in result.output and "reader" not in result.output
    assert site.url("/a").replace("http://", "http://***@") in result.output
    assert "[E601, fetch]" in result.output


def test_one_failed_address_does_not_stop_the_run(site: Site, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'web.db'}"
    site.page("/bridge", bridge_page())
    result = runner.invoke(
        app,
        [
            "add",
            site.url("/gone"),
            "ftp://files.example/x",
            site.url("/bridge"),
            "--allow-private",
            "--delay",
            "0",
            "--db",
            db,
        ],
    )
    assert result.exit_code == 1, result.output
    assert f"parallax: {site.url('/gone')}: HTTP 404" in result.output and "[E603, fetch]" in result.output
    assert (
        "parallax: ftp://files.example/x: only http and https" in result.output
        and "[E606, fetch]" in result.output
    )
    assert [r.url for r in _rows(db)] == [site.url("/bridge")]
    # The failures come first, the summary last (the line a user reads at the end).
    lines = result.output.strip().splitlines()
    assert lines[-1].startswith("added 1 article and") and lines[-2].startswith("fetched 1 page"), lines


def test_feed_second_run_adds_only_new_items(site: Site, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'web.db'}"
    site.page("/ferry", ferry_page())
    site.page("/bridge", bridge_page())
    site.page("/library", library_page())
    feed = site.url("/rss")
    items = [("urn:1", site.url("/ferry"), "Ferry"), ("urn:2", site.url("/bridge"), "Bridge")]
    site.page("/rss", rss("Invented Wire", items), "application/rss+xml")
    args = ["add", "--feed", feed, "--allow-private", "--delay", "0", "--db", db]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "added 2 articles" in result.output
    site.page(
        "/rss",
        rss("Invented Wire", [("urn:3", site.url("/library"), "Library"), *items]),
        "application/rss+xml",
    )
    site.hits.clear()
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "added 1 article and" in result.output and "1 new item," in result.output
    assert "/ferry" not in site.paths() and "/bridge" not in site.paths()
    assert {r.outlet for r in _rows(db)} == {"The Tollen Courier", "Fendale Evening Post", "Wendholm Weekly"}
    # Nothing new: not a failure.
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "0 new items" in result.output
