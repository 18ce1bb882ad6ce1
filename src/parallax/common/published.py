"""Publication dates as given by inputs (ISO dates and datetimes, or any common written form)."""

from __future__ import annotations

import datetime as dt

__all__ = ["normalize_published", "parse_published"]


def normalize_published(value: str | None) -> str | None:
    """An ISO date (YYYY-MM-DD) for a publication date given in any common form, else None."""
    if not value or not value.strip():
        return None
    text = value.strip()
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        pass
    import dateparser

    parsed = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date().isoformat() if parsed else None


def parse_published(value: str | None) -> dt.date | None:
    """The date part of an ISO date or datetime (as the records carry it after cleaning), or None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
