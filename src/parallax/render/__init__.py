"""Renderers for the analysis report: JSON, Markdown, a self-contained HTML page, and the terminal."""

from __future__ import annotations

from parallax.render.html import render_html
from parallax.render.json import render_json
from parallax.render.markdown import render_markdown
from parallax.render.terminal import render_terminal

__all__ = ["render_html", "render_json", "render_markdown", "render_terminal"]
