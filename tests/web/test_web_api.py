"""The JSON API on SQLite and on PostgreSQL: reads, the models of parallax.model, adding with a token,
the body limit and bad input."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from parallax.model import Story
from web.conftest import story_id_titled

TOKEN = "test-token-for-adding"
ADDED_TEXT = (
    "The Orlenbeck county council approved a new footbridge over the Tamsel river on Thursday.\n\n"
    "Council leader Henrike Saalfeld said the footbridge would cost 3.1 million euros and open in 2027.\n\n"
    "About 2,000 people a day are expected to cross it, the council said."
)


@pytest.fixture(scope="module")
def api(store_url: str) -> Iterator[object]:
    from fastapi.testclient import TestClient

    from parallax.web import create_app

    with TestClient(create_app(store_url)) as test_client:
        yield test_client


def test_health(api) -> None:  # type: ignore[no-untyped-def]
    response = api.get("/api/health")
    assert response.status_code == 200 and response.json() == {"status": "ok"}


def test_list_search_and_read_stories(api) -> None:  # type: ignore[no-untyped-def]
    listed = api.get("/api/stories").json()
    assert listed["total"] == 2 and len(listed["stories"]) == 2
    sizes = {s["title"].split()[0]: s["articles"] for s in listed["stories"]}
    assert sorted(sizes.values()) == [3, 5]
    found = api.get("/api/stories", params={"q": "commuters bridge"}).json()
    assert [s["title"] for s in found["stories"]] == ["Harbour bridge shut over cracked supports"]
    assert api.get("/api/stories", params={"q": "zzzyxwv"}).json() == {"total": 0, "stories": []}
    story_id = story_id_titled(api, "bridge")
    story = Story.model_validate(
        api.get(f"/api/stories/{story_id}").json()
    )  # the model analyze --json writes
    assert len(story.article_ids) == 5 and story.comparisons and story.claims
    assert api.get("/api/stories/nope").status_code == 404


def test_read_an_article_with_its_annotation(api) -> None:  # type: ignore[no-untyped-def]
    story = api.get(f"/api/stories/{story_id_titled(api, 'Vellmoor')}").json()
    article = api.get(f"/api/articles/{story['article_ids'][0]}").json()
    assert article["story_id"] == story["id"]
    assert article["article"]["text"] == article["annotation"]["text"]
    assert article["annotation"]["sentences"]
    assert api.get("/api/articles/nope").status_code == 404


def test_entities_resolved_over_the_store(api) -> None:  # type: ignore[no-untyped-def]
    listed = api.get("/api/entities", params={"limit": 1000}).json()
    assert listed["total"] == len(listed["entities"]) > 5
    names = {e["name"] for e in listed["entities"]}
    assert {"Ilse Marbeck", "Saltmarsh Bridge"} <= names
    one = listed["entities"][0]
    assert api.get(f"/api/entities/{one['id']}").json() == one
    assert api.get("/api/entities/nope").status_code == 404


def test_openapi_schema_uses_the_models_of_parallax_model(api) -> None:  # type: ignore[no-untyped-def]
    schema = api.get("/api/openapi.json").json()
    assert {"/api/health", "/api/stories", "/api/stories/{story_id}", "/api/articles"} <= set(schema["paths"])
    assert {"Story", "Claim", "Comparison", "Article", "Annotation"} <= set(schema["components"]["schemas"])
    assert not [p for p in schema["paths"] if not p.startswith("/api/")]  # the pages are not API
    assert api.get("/docs").status_code == 404  # no interactive page loading scripts from the network


def test_adding_is_off_without_a_token(api) -> None:  # type: ignore[no-untyped-def]
    response = api.post("/api/articles", json={"text": ADDED_TEXT})
    assert response.status_code == 403 and "PARALLAX_TOKEN" in response.json()["detail"]


@pytest.fixture
def token_client(tmp_path: Path) -> Iterator[object]:
    from fastapi.testclient import TestClient

    from parallax.web import create_app

    with TestClient(create_app(f"sqlite:///{tmp_path / 'adds.db'}", token=TOKEN, max_body=20_000)) as c:
        yield c


def test_adding_text_with_the_token_makes_a_story(token_client) -> None:  # type: ignore[no-untyped-def]
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert "no story yet" in token_client.get("/").text  # rendered (and cached) before the add
    assert token_client.post("/api/articles", json={"text": ADDED_TEXT}).status_code == 401
    wrong = {"Authorization": "Bearer not-the-token"}
    assert token_client.post("/api/articles", json={"text": ADDED_TEXT}, headers=wrong).status_code == 401
    body = {"text": ADDED_TEXT, "title": "Orlenbeck approves footbridge", "outlet": "Tamsel Echo"}
    created = token_client.post("/api/articles", json={**body, "published": "2026-06-04"}, headers=auth)
    assert created.status_code == 201, created.text
    assert len(created.json()["added"]) == 1 and len(created.json()["stories_created"]) == 1
    stories = token_client.get("/api/stories").json()["stories"]
    assert [s["title"] for s in stories] == ["Orlenbeck approves footbridge"]
    assert stories[0]["outlets"] == ["Tamsel Echo"]
    assert "Orlenbeck approves footbridge" in token_client.get("/").text  # the page follows the store
    again = token_client.post("/api/articles", json=body, headers=auth)
    assert again.status_code == 200 and again.json()["duplicates"] and not again.json()["added"]
    html = (
        "<html><head><title>Footbridge</title></head><body><article><p>"
        + ADDED_TEXT.replace("\n\n", "</p><p>")
        + "</p></article></body></html>"
    )
    by_html = token_client.post("/api/articles", json={"html": html, "outlet": "Orlen Radio"}, headers=auth)
    assert by_html.status_code in (200, 201), by_html.text


def test_bad_input_is_a_422_with_a_message(token_client) -> None:  # type: ignore[no-untyped-def]
    auth = {"Authorization": f"Bearer {TOKEN}"}
    cases = [
        ({"text": ADDED_TEXT, "html": "<p>x</p>"}, "exactly one"),
        ({}, "exactly one"),
        ({"text": "   "}, "empty"),
        ({"text": ADDED_TEXT, "published": "last Tuesday-ish"}, "not a date"),
        ({"text": ADDED_TEXT, "colour": "red"}, "Extra inputs"),
        ({"url": "ftp://example.org/a"}, "http"),
    ]
    for body, words in cases:
        response = token_client.post("/api/articles", json=body, headers=auth)
        assert response.status_code == 422, body
        assert words in str(response.json()["detail"]), response.json()
    not_json = token_client.post(
        "/api/articles", content=b"{not json", headers={**auth, "content-type": "application/json"}
    )
    assert not_json.status_code == 422
    assert token_client.get("/api/stories", params={"limit": 0}).status_code == 422


def test_adding_a_url_fetches_the_page_and_refuses_private_addresses(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from fetch.site import start_site
    from fetch.stories import ferry_page
    from parallax.fetch.client import FetchOptions
    from parallax.web import create_app

    auth = {"Authorization": f"Bearer {TOKEN}"}
    site, stop = start_site()
    try:
        site.page("/news/ferry", ferry_page())
        site.status("/gone", 404)
        url = site.url("/news/ferry")
        # The default options refuse the loopback address the local site listens on.
        with TestClient(create_app(f"sqlite:///{tmp_path / 'guarded.db'}", token=TOKEN)) as guarded:
            refused = guarded.post("/api/articles", json={"url": url}, headers=auth)
            assert refused.status_code == 422 and "E601" in refused.json()["detail"], refused.text
            assert guarded.get("/api/stories").json()["total"] == 0
        allowed = FetchOptions(delay=0.0, allow_private=True, retries=0, connect_timeout=2.0, read_timeout=2.0)
        app = create_app(f"sqlite:///{tmp_path / 'open.db'}", token=TOKEN, fetch_options=allowed)
        with TestClient(app) as client:
            created = client.post("/api/articles", json={"url": url}, headers=auth)
            assert created.status_code == 201, created.text
            article = client.get(f"/api/articles/{created.json()['added'][0]}").json()
            assert article["article"]["title"] == "Ferry runs aground outside Tollen harbour"
            assert article["article"]["outlet"] == "The Tollen Courier"
            assert client.post("/api/articles", json={"url": url}, headers=auth).status_code == 200
            missing = client.post("/api/articles", json={"url": site.url("/gone")}, headers=auth)
            assert missing.status_code == 502 and "E603" in missing.json()["detail"], missing.text
    finally:
        stop()


def test_bodies_over_the_limit_are_refused_before_they_are_read(token_client) -> None:  # type: ignore[no-untyped-def]
    auth = {"Authorization": f"Bearer {TOKEN}", "content-type": "application/json"}
    big = b'{"text": "' + b"word " * 10_000 + b'"}'
    response = token_client.post("/api/articles", content=big, headers=auth)
    assert response.status_code == 413
    assert "default-src 'self'" in response.headers["content-security-policy"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        yield b'{"text": "'
        for _ in range(100):
            yield b"word " * 100
        yield b'"}'

    assert token_client.post("/api/articles", content=chunks(), headers=auth).status_code == 413
    # Without the token the answer is the same 403 whatever the body.
    assert (
        token_client.post(
            "/api/articles", content=b"{}", headers={"content-type": "application/json"}
        ).status_code
        == 401
    )
