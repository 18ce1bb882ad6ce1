from __future__ import annotations

import pytest

from parallax.cleaning.html import extract_html
from parallax.errors import CleanError

PAGE = """<!doctype html><html lang="en"><head><title>Dam opens after repairs - The River Gazette</title>
<meta property="og:site_name" content="The River Gazette">
<meta name="author" content="Mara Quill">
<meta property="article:published_time" content="2021-03-04T08:00:00Z">
<link rel="canonical" href="https://gazette.example/dam"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Dam opens after repairs</h1>
<p>The Wexmoor dam reopened on Monday after six months of repairs, the water board said.</p>
<p>"We are relieved," said engineer Tomas Brell, who led the works. The repairs cost 4 million euros.</p>
<p>Farmers downstream had complained about low water for most of the summer.</p></article>
<footer>Subscribe to our newsletter. &copy; 2021 The River Gazette</footer></body></html>"""


def test_extracts_body_and_metadata() -> None:
    page = extract_html(PAGE, "dam.html")
    assert page.title == "Dam opens after repairs"
    assert page.byline == "Mara Quill"
    assert page.outlet == "The River Gazette"
    assert page.published is not None and page.published.startswith("2021-03-04")
    assert page.url == "https://gazette.example/dam"
    assert page.paragraphs[0].startswith("The Wexmoor dam reopened on Monday")
    assert any("Farmers downstream" in p for p in page.paragraphs)
    body = "\n".join(page.paragraphs)
    assert "Subscribe" not in body and "Home" not in body and "Dam opens after repairs" not in body


def test_truncated_html_still_gives_what_is_there() -> None:
    cut = PAGE[: PAGE.index("Farmers downstream") + 20]
    page = extract_html(cut, "cut.html")
    assert page.paragraphs[0].startswith("The Wexmoor dam reopened")


def test_html_without_article_is_a_clean_error() -> None:
    with pytest.raises(CleanError, match="no article text"):
        extract_html("<html><body><nav>Home</nav></body></html>", "empty.html")
    with pytest.raises(CleanError):
        extract_html("<html><he", "broken.html")
