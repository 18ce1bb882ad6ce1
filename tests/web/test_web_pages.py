"""The HTML pages through FastAPI's TestClient on a SQLite store: content, links, escaping, headers."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from web.conftest import story_id_titled
from web.web_corpus import HOSTILE_LINE, HOSTILE_TITLE


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the ids on the page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def ids(self) -> set[str]:
        return {a["id"] for _, a in self.tags if a.get("id")}  # type: ignore[misc]


def tags(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    return parser


def test_stories_page_lists_each_story_with_its_outlets_counts_and_disputes(client) -> None:  # type: ignore[no-untyped-def]
    page = client.get("/")
    assert page.status_code == 200
    html = page.text
    assert "Harbour bridge" in html and "Vellmoor" in html
    bridge = html[html.index("Harbour bridge") :]
    line = bridge[: bridge.index("</li>")]
    assert "5 articles" in line and "5 outlets" in line and "Meridian Wire" in line
    assert "open dispute" in line
    assert "schema" not in html.casefold()


def test_stories_page_sorts_by_size_and_by_disputes(client) -> None:  # type: ignore[no-untyped-def]
    by_size = client.get("/", params={"sort": "size"}).text
    assert by_size.index("Harbour bridge") < by_size.index("Vellmoor")  # 5 articles before 3
    stories = client.get("/api/stories", params={"sort": "disputes"}).json()["stories"]
    disputes = [s["disputes"] for s in stories]
    assert disputes == sorted(disputes, reverse=True)
    assert client.get("/", params={"sort": "nonsense"}).status_code == 422


def test_search_finds_the_story_by_words_of_its_articles(client) -> None:  # type: ignore[no-untyped-def]
    found = client.get("/", params={"q": "librarian books"}).text
    assert "Vellmoor" in found and "Harbour bridge" not in found
    found = client.get("/", params={"q": "commuters"}).text
    assert "Harbour bridge" in found and "Vellmoor" not in found
    # Search syntax never reaches the database.
    for query in ['"bridge', "bridge OR *", "NEAR(a b)", "-x", "'; drop table stories; --"]:
        assert client.get("/", params={"q": query}).status_code == 200


def test_story_page_shows_the_report_and_cites_every_point_with_its_outlet(client) -> None:  # type: ignore[no-untyped-def]
    story_id = story_id_titled(client, "bridge")
    page = client.get(f"/stories/{story_id}")
    assert page.status_code == 200
    html = page.text
    for heading in ("Comparison", "Disputes", "Agreements", "Summary", "Timeline", "Entities"):
        assert f">{heading}</h" in html, heading
    assert 'class="overview"' in html
    found = tags(html)
    cites = [a for t, a in found.tags if t == "a" and a.get("class") == "cite"]
    assert len(cites) >= 10
    outlets = {"The Coastal Courier", "The Elvan Herald", "Meridian Wire", "Port Elvan Daily", "The Lantern"}
    checked = 0
    for attrs in cites:
        label = attrs.get("aria-label") or ""
        assert attrs.get("title") == label and re.fullmatch(r"\[\d+\] .+", label), label
        assert any(outlet in label for outlet in outlets), label
        href = attrs.get("href") or ""
        assert href.startswith("/articles/"), href
        if "#" in href and checked < 5:  # the cited sentence is on the article page under that anchor
            path, anchor = href.split("#")
            article = client.get(path)
            assert article.status_code == 200
            marks = [a for t, a in tags(article.text).tags if t == "mark" and a.get("id") == anchor]
            assert marks and marks[0].get("class") == "claim"
            checked += 1
    assert checked == 5
    assert "schema" not in html.casefold()


def test_a_point_quotes_a_sentence_once_when_a_copy_carries_it(client) -> None:  # type: ignore[no-untyped-def]
    # The example's wire story is carried word for word by a second outlet: under each point, a quote is
    # listed once (under its source's number), never once per carrier.
    html = client.get(f"/stories/{story_id_titled(client, 'bridge')}").text
    points = re.findall(r'<div class="point [a-z]+".*?</ul>', html, flags=re.S)
    assert points
    for point in points:
        quotes = [
            re.sub(r"<[^>]+>", "", li).split(":", 1)[-1].strip()
            for li in re.findall(r"<li>(.*?)</li>", point, flags=re.S)
        ]
        assert len(quotes) == len(set(quotes)), quotes


def test_article_page_anchors_every_sentence_and_marks_the_claims(client) -> None:  # type: ignore[no-untyped-def]
    story = client.get(f"/api/stories/{story_id_titled(client, 'bridge')}").json()
    article_id = story["article_ids"][0]
    own_claims = [c for c in story["claims"] if c["article_id"] == article_id]
    stored = client.get(f"/api/articles/{article_id}").json()
    html = client.get(f"/articles/{article_id}").text
    found = tags(html)
    ids = found.ids()
    sentences = len(stored["annotation"]["sentences"])
    marks = [a for t, a in found.tags if t == "mark"]
    spans = [a for t, a in found.tags if t == "span" and a.get("class") == "sentence"]
    assert len(marks) == len(own_claims) and marks
    assert len(marks) + len(spans) == sentences
    assert "s1" in ids or any(c["start"] == 0 for c in own_claims)
    assert f'href="/stories/{story["id"]}"' in html


def test_entity_page_lists_its_variants_and_its_stories(client) -> None:  # type: ignore[no-untyped-def]
    entities = client.get("/api/entities", params={"q": "Kovalenco"}).json()["entities"]
    assert len(entities) == 1
    entity = entities[0]
    # One person: the typo, the other transliteration of the given name and the bare surname included.
    assert {v["text"] for v in entity["variants"]} == {
        "Oleksandr Kovalenko",
        "Oleksandr Kovalenco",
        "Aleksandr Kovalenko",
        "Kovalenko",
    }
    html = client.get(f"/entities/{entity['id']}").text
    assert "Oleksandr Kovalenco" in html and "Oleksandr Kovalenko" in html
    assert f'href="/stories/{entity["story_ids"][0]}"' in html
    # The story page links its entities to their store-wide pages.
    story_html = client.get(f"/stories/{entity['story_ids'][0]}").text
    assert f'href="/entities/{entity["id"]}"' in story_html
    assert client.get("/entities").status_code == 200


def test_hostile_article_text_is_escaped_everywhere(client) -> None:  # type: ignore[no-untyped-def]
    story_id = story_id_titled(client, "Vellmoor")
    story = client.get(f"/api/stories/{story_id}").json()
    pages = ["/", "/?q=Vellmoor", f"/stories/{story_id}"]
    pages += [f"/articles/{a}" for a in story["article_ids"]]
    seen_title = seen_line = False
    for path in pages:
        html = client.get(path).text
        assert "<script" not in html.casefold(), path
        assert "onerror" not in {k for _, a in tags(html).tags for k in a}, path
        assert "onmouseover" not in {k for _, a in tags(html).tags for k in a}, path
        assert "<b onmouseover" not in html and "<img src=x" not in html
        seen_title |= "Library fire &lt;script&gt;window.__pwned = 1&lt;/script&gt; in Vellmoor" in html
        seen_line |= "&lt;img src=x onerror=" in html
    assert seen_title and seen_line
    assert HOSTILE_TITLE and HOSTILE_LINE


def test_no_page_loads_anything_from_another_origin(client) -> None:  # type: ignore[no-untyped-def]
    story_id = story_id_titled(client, "bridge")
    for path in ["/", f"/stories/{story_id}", "/entities"]:
        for tag, attrs in tags(client.get(path).text).tags:
            for name in ("src", "href"):
                value = attrs.get(name) or ""
                if tag in {"script", "img", "link", "iframe", "style"} or (tag == "a" and name == "src"):
                    assert not re.match(r"(?i)(https?:)?//", value), (path, tag, value)
    css = client.get("/static/app.css")
    assert css.status_code == 200 and "http" not in css.text and "@import" not in css.text


def test_every_response_carries_the_security_headers(client) -> None:  # type: ignore[no-untyped-def]
    for path in [
        "/",
        "/api/health",
        "/static/app.css",
        "/stories/nope",
        "/api/stories/nope",
        "/no/such/page",
    ]:
        response = client.get(path)
        csp = response.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "unsafe-inline" not in csp and "object-src 'none'" in csp
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "no-referrer"
    assert client.get("/stories/nope").status_code == 404
    assert client.get("/articles/nope").status_code == 404
    assert client.get("/entities/nope").status_code == 404


def test_pages_need_no_inline_script_or_style(client) -> None:  # type: ignore[no-untyped-def]
    story_id = story_id_titled(client, "bridge")
    for path in ["/", f"/stories/{story_id}"]:
        found = tags(client.get(path).text)
        assert not [t for t, _ in found.tags if t in {"script", "style"}]
        assert not [a for _, a in found.tags if "style" in a]


def test_skip_link_comes_first(client) -> None:  # type: ignore[no-untyped-def]
    found = tags(client.get("/").text)
    links = [a for t, a in found.tags if t == "a"]
    assert links[0].get("class") == "skip" and links[0].get("href") == "#content"
    assert "content" in found.ids()


def test_a_mistyped_page_address_is_a_page_and_the_api_stays_json(client) -> None:  # type: ignore[no-untyped-def]
    for path, params, status in [
        ("/", {"sort": "nonsense"}, 422),
        ("/", {"page": "0"}, 422),
        ("/", {"page": "two"}, 422),
        ("/no-such-page", {}, 404),
        ("/stories", {}, 404),
    ]:
        answer = client.get(path, params=params)
        assert answer.status_code == status, path
        assert answer.headers["content-type"].startswith("text/html"), path
        assert '<a class="skip"' in answer.text and "All stories" in answer.text
        assert "{&quot;detail&quot;" not in answer.text and '"detail"' not in answer.text
        assert "content-security-policy" in answer.headers
    assert "sort" in client.get("/", params={"sort": "nonsense"}).text  # names what was wrong
    posted = client.post("/")
    assert posted.status_code == 405 and posted.headers["content-type"].startswith("text/html")
    assert posted.headers["allow"] == "GET"
    for path in ["/api/no-such-route", "/api/stories?sort=nonsense", "/static/none.css"]:
        answer = client.get(path)
        assert answer.status_code in {404, 422}
        assert answer.headers["content-type"].startswith("application/json"), path
        assert "detail" in answer.json()


def test_a_page_past_the_last_says_so_and_links_back(client) -> None:  # type: ignore[no-untyped-def]
    total = client.get("/api/stories").json()["total"]
    assert total > 0
    html = client.get("/", params={"page": "40", "sort": "size"}).text
    assert "There is no page 40" in html
    assert "holds no story yet" not in html
    assert 'href="/?sort=size"' in html
    searched = client.get("/", params={"q": "bridge", "page": "40"}).text
    assert "There is no page 40" in searched and "No story matches" not in searched


def test_entities_are_shown_with_kinds_a_reader_knows_and_each_source_number_once(client) -> None:  # type: ignore[no-untyped-def]
    import re

    story_id = story_id_titled(client, "Harbour bridge")
    html = client.get(f"/stories/{story_id}").text
    table = html[html.index('id="entities"') : html.index('id="history"')]
    assert ">person<" in table and ">PERSON<" not in table and ">GPE<" not in table
    groups = re.findall(r"\(([\d, ?]+)\)", table)
    assert groups
    for group in groups:
        numbers = [int(n) for n in group.split(", ") if n.isdigit()]
        assert numbers == sorted(set(numbers)), group  # ascending, no number twice (copies share one)
    assert " UTC</time>" in html  # times say their zone
    listing = client.get("/entities").text
    assert ">PERSON<" not in listing and ">person<" in listing
    assert (
        client.get(f"/entities/{client.get('/api/entities').json()['entities'][0]['id']}").status_code == 200
    )


def test_entities_page_finds_a_name(client) -> None:  # type: ignore[no-untyped-def]
    found = client.get("/entities", params={"q": "kovalenc"}).text
    assert "Kovalenco" in found and "Marbeck" not in found
    assert "1 entity found" in found
    none = client.get("/entities", params={"q": "Zzyxq Nobody"}).text
    assert "No entity is written with" in none and "Zzyxq Nobody" in none
    assert client.get("/entities", params={"q": "x" * 201}).status_code == 422


def test_every_scrolling_table_can_be_reached_by_keyboard(client) -> None:  # type: ignore[no-untyped-def]
    import re

    story_id = story_id_titled(client, "Harbour bridge")
    for path in [f"/stories/{story_id}", "/entities"]:
        html = client.get(path).text
        boxes = re.findall(r'<div class="table-wrap"[^>]*>', html)
        assert boxes, path
        for box in boxes:  # a box that scrolls sideways must take focus (arrow keys) and be named
            assert 'tabindex="0"' in box and 'role="region"' in box and "aria-label=" in box, box


def test_paging_shows_each_story_once_across_pages(sqlite_store: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import re

    from fastapi.testclient import TestClient

    from parallax.web import create_app, pages

    monkeypatch.setattr(pages, "PAGE_SIZE", 1)
    with TestClient(create_app(sqlite_store, page_cache=0)) as one_a_page:
        total = one_a_page.get("/api/stories").json()["total"]
        assert total >= 2
        seen = []
        for number in range(1, total + 1):
            html = one_a_page.get("/", params={"sort": "size", "page": number}).text
            assert f'aria-current="page">{number}</a>' in html
            assert f'href="/?sort=size&amp;page={total}"' in html  # links to every page keep the sort
            seen += re.findall(r'<li class="story-line" data-id="([^"]+)"', html)
        assert len(seen) == total == len(set(seen))
