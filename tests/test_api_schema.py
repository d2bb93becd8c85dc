"""The read API against its own OpenAPI document: no server errors, and every response,
error or not, conforms to the schema it publishes (its status code, content type, headers
and body). How lenient the API is with odd input (a number as a timestamp) is not checked."""

import pytest
import schemathesis
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from negotiations.wsgi import application
from tests.test_api import newsroom  # noqa: F401  (the records the API serves)

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)


@pytest.fixture
def connection_kept():
    """Keep the test's database connection across requests, as Django's test client does:
    the WSGI handler would close it at the end of each one."""
    from django.core import signals
    from django.db import close_old_connections

    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


@pytest.mark.django_db
@schema.parametrize()
@hypothesis_settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_the_api_keeps_to_its_openapi_document(case, settings, newsroom, connection_kept):  # noqa: F811
    settings.API_RATE_LIMIT = "100000/s"
    case.call_and_validate(checks=CHECKS)
