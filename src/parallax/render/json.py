"""The report as JSON: exactly the pydantic models (schema in docs/schema.json)."""

from __future__ import annotations

from parallax.model import Report


def render_json(report: Report, indent: int | None = 2) -> str:
    """The report as a JSON document (``schema_version``, ``articles``, ``rejected``, ``stories``)."""
    return report.model_dump_json(indent=indent)
