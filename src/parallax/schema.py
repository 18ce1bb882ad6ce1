"""JSON Schema of Parallax's outputs, generated from the pydantic models.

``python -m parallax.schema > docs/schema.json`` writes it; a test keeps the file up to date.
Top-level definitions: ``Report`` (``parallax analyze --json``), ``Annotation`` (``parallax annotate``)
and ``Article`` (``parallax clean --json`` writes a list of them).
"""

from __future__ import annotations

import json
from typing import Any

from parallax.model import SCHEMA_VERSION, Annotation, Article, Report


def build_schema() -> dict[str, Any]:
    from pydantic.json_schema import models_json_schema

    _, schema = models_json_schema(
        [(Report, "validation"), (Annotation, "validation"), (Article, "validation")],
        title=f"Parallax outputs (schema_version {SCHEMA_VERSION})",
    )
    schema["oneOf"] = [{"$ref": f"#/$defs/{name}"} for name in ("Report", "Annotation", "Article")]
    return schema


def main() -> None:
    print(json.dumps(build_schema(), indent=2, sort_keys=True))


if __name__ == "__main__":
    main()
