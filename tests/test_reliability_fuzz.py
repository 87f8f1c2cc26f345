"""The JSON API fuzzed from its own OpenAPI schema (issue 8), with schemathesis.

Every ``/api/*`` operation gets a bounded, derandomised set of generated requests against a
live server; no answer may be a 5xx and every answer must match the schema of its status.
The SPARQL and Graph Store routes follow their W3C protocols rather than the schema and are
probed by ``test_reliability_hostile.py`` instead.
"""

from __future__ import annotations

import imkg_test_reliability as rel
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from imkg.api.app import create_app

EXAMPLES = 100 if rel.SLOW else 25


# The schema comes from the app itself (no server needed to collect the tests); the
# requests go to a live server.
schema = schemathesis.openapi.from_dict(create_app().openapi()).include(path_regex="^/api/")


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
def test_json_api_fuzzed_gives_no_5xx_and_matches_its_schema(case, live_server) -> None:
    case.call_and_validate(
        base_url=live_server,
        checks=[not_a_server_error, response_schema_conformance],
        timeout=30,
    )
