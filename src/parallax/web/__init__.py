"""The local web app (``parallax serve``): stories, story, entity and article pages and a JSON API.

``create_app`` is imported on first use, so that the command line does not load FastAPI to start.
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from parallax.web.app import create_app

        return create_app
    raise AttributeError(name)
