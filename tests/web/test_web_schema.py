"""Property tests from the app's own OpenAPI schema (schemathesis, in process): no server error, and
every answer as the schema documents it. Bounded to a few examples per operation (well under a minute)."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings

EXAMPLES = 40


def test_api_answers_every_generated_request_as_documented(sqlite_store: str) -> None:
    from parallax.web import create_app

    schema = schemathesis.openapi.from_asgi("/api/openapi.json", create_app(sqlite_store))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 7
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None
        )
        def check(case) -> None:  # type: ignore[no-untyped-def]
            case.call_and_validate()

        check()
