"""Observability of the generated clients, against the packages' fakes over real sockets.

Two ways to watch the attempts, neither of which may show a secret:

- ``on_attempt=``, forwarded by every client's constructor, by ``from_login()`` and
  ``from_client_credentials()``, and by ``with_options()``; the runtime's side is in
  tests/runtime/test_on_attempt.py.
- OpenTelemetry, through ``opentelemetry-instrumentation-httpx`` on the client's pool
  (``client.http_client``) or on an ``http_client=`` of one's own: one span per attempt, retries
  and the resend after a token renewal included. The spans are collected by the SDK's
  ``InMemorySpanExporter`` and searched, serialised, for the token, the client secret and the
  password, also with every request header captured and ``authorization`` sanitised, as the
  README recommends.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from autobutler_client import AsyncAutobutlerClient, AutobutlerClient
from autobutler_client.testing import FakeAutobutler
from hubster_client import AsyncHubsterClient, HubsterClient
from hubster_client.testing import FakeHubster
from integratorio_client import (
    AsyncIntegratorClient,
    AttemptInfo,
    IntegratorClient,
    NotFoundError,
)
from integratorio_client.testing import FakeIntegrator
from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

CLIENT_ID = "hubster.portal.api.0000000"
CLIENT_SECRET = "SMWvD7W-client-SECRET-4c1e"
EMAIL = "workshop@example.dk"
PASSWORD = "pw-SECRET-workshop-9a7b"


class Recorder(list[AttemptInfo]):
    """An ``on_attempt`` hook that keeps what it is given."""

    def __call__(self, info: AttemptInfo) -> None:
        self.append(info)


class Traces:
    """A tracer provider whose finished spans stay in memory."""

    def __init__(self) -> None:
        self.exporter = InMemorySpanExporter()
        self.provider = TracerProvider()
        self.provider.add_span_processor(SimpleSpanProcessor(self.exporter))

    def instrument(self, http_client: httpx.Client | httpx.AsyncClient) -> None:
        HTTPXClientInstrumentor.instrument_client(http_client, tracer_provider=self.provider)

    @property
    def spans(self) -> tuple[ReadableSpan, ...]:
        return self.exporter.get_finished_spans()

    def summary(self) -> list[tuple[Any, Any, str]]:
        """(method, status, URL path) of each span, oldest first."""
        return [
            (
                _attribute(span, "http.request.method", "http.method"),
                _attribute(span, "http.response.status_code", "http.status_code"),
                httpx.URL(str(_attribute(span, "url.full", "http.url"))).path,
            )
            for span in self.spans
        ]

    def assert_nothing_secret(self, secrets: set[str]) -> None:
        serialised = [span.to_json() for span in self.spans]
        assert serialised, "no span was recorded"
        for secret in secrets:
            assert len(secret) >= 8, secret  # a short one could match by chance
            for text in serialised:
                assert secret not in text, f"{secret!r} in a span: {text}"


def _attribute(span: ReadableSpan, new: str, old: str) -> Any:
    """An attribute under its current semantic-convention name or the older one."""
    attributes = span.attributes or {}
    return attributes.get(new, attributes.get(old))


def _summary(infos: list[AttemptInfo]) -> list[tuple[str, int, int | None, str]]:
    return [(i.operation_id, i.attempt, i.status_code, i.decision) for i in infos]


def _sent_tokens(fake: Any) -> set[str]:
    """Every token the fake received in an Authorization header."""
    found = {r.headers.get("authorization", "") for r in fake.requests}
    return {value.removeprefix("Bearer ") for value in found if value}


def _no_sleep(client: Any) -> None:
    """Retry at once: the delays are the runtime tests' business."""
    if isinstance(client, AsyncIntegratorClient):

        async def skip(seconds: float) -> None:
            pass

        client._sleep = skip
    else:
        client._sleep = lambda seconds: None


@pytest.fixture
def traces() -> Iterator[Traces]:
    running = Traces()
    yield running
    running.provider.shutdown()


@pytest.fixture
def integrator() -> Iterator[FakeIntegrator]:
    with FakeIntegrator(rate_limit=None) as fake:
        yield fake


# --- integrator.io: a 503, then the answer ----------------------------------------------------


def test_a_retried_read_is_one_span_and_one_report_per_attempt(
    integrator: FakeIntegrator, traces: Traces
) -> None:
    [integration_id] = integrator.add_integrations(1)
    seen = Recorder()
    with IntegratorClient(
        token=integrator.token, base_url=integrator.base_url, on_attempt=seen
    ) as client:
        _no_sleep(client)
        traces.instrument(client.http_client)
        integrator.fail_next(1, status=503)
        assert client.integrations.get(integration_id).id == integration_id

    path = f"/v1/integrations/{integration_id}"
    assert _summary(seen) == [
        ("getIntegration", 1, 503, "retry"),
        ("getIntegration", 2, 200, "done"),
    ]
    assert all(info.url.endswith(path) and info.method == "GET" for info in seen)
    assert traces.summary() == [("GET", 503, path), ("GET", 200, path)]
    traces.assert_nothing_secret({integrator.token})


def test_async_a_retried_read_is_one_span_and_one_report_per_attempt(
    integrator: FakeIntegrator, traces: Traces
) -> None:
    [integration_id] = integrator.add_integrations(1)
    seen = Recorder()

    async def run() -> None:
        async with AsyncIntegratorClient(
            token=integrator.token, base_url=integrator.base_url, on_attempt=seen
        ) as client:
            _no_sleep(client)
            traces.instrument(client.http_client)
            integrator.fail_next(1, status=503)
            assert (await client.integrations.get(integration_id)).id == integration_id

    asyncio.run(run())
    path = f"/v1/integrations/{integration_id}"
    assert _summary(seen) == [
        ("getIntegration", 1, 503, "retry"),
        ("getIntegration", 2, 200, "done"),
    ]
    assert traces.summary() == [("GET", 503, path), ("GET", 200, path)]
    traces.assert_nothing_secret({integrator.token})


def test_a_404_is_reported_as_fail_and_with_options_replaces_the_hook(
    integrator: FakeIntegrator,
) -> None:
    first, second = Recorder(), Recorder()
    with IntegratorClient(
        token=integrator.token, base_url=integrator.base_url, on_attempt=first
    ) as client:
        copy = client.with_options(on_attempt=second)
        with pytest.raises(NotFoundError):
            copy.integrations.get("5e1f0c0a9b8f4a00deadbeef")
        next(client.integrations.list().pages())  # the first page: one request
    assert _summary(second) == [("getIntegration", 1, 404, "fail")]
    assert _summary(first) == [("listIntegrations", 1, 200, "done")]


def test_captured_request_headers_show_no_token_when_authorization_is_sanitised(
    integrator: FakeIntegrator, traces: Traces, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The README's advice to whoever captures request headers: sanitise authorization.
    monkeypatch.setenv("OTEL_INSTRUMENTATION_HTTP_CAPTURE_HEADERS_CLIENT_REQUEST", ".*")
    monkeypatch.setenv("OTEL_INSTRUMENTATION_HTTP_CAPTURE_HEADERS_SANITIZE_FIELDS", "authorization")
    [integration_id] = integrator.add_integrations(1)
    with IntegratorClient(token=integrator.token, base_url=integrator.base_url) as client:
        traces.instrument(client.http_client)
        client.integrations.get(integration_id)
    [span] = traces.spans
    assert _attribute(span, "http.request.header.authorization", "") == ("[REDACTED]",)
    traces.assert_nothing_secret({integrator.token})


# --- Hubster: a token by client credentials, renewed after a 401 -------------------------------


def test_hubster_renewal_is_reported_and_traced_without_secrets(traces: Traces) -> None:
    seen = Recorder()
    with FakeHubster() as fake, httpx.Client() as http:
        fake.add_client(CLIENT_ID, CLIENT_SECRET)
        [integration_id] = fake.add_integrations(fake.add_hub(), 1)
        traces.instrument(http)  # an http_client of one's own also sends the token requests
        with HubsterClient.from_client_credentials(
            CLIENT_ID,
            CLIENT_SECRET,
            fake.token_url,
            base_url=fake.base_url,
            http_client=http,
            on_attempt=seen,
        ) as client:
            client.integrations.get(integration_id)
            fake.expire_tokens()
            client.integrations.get(integration_id)
        tokens = _sent_tokens(fake)
        token_path = httpx.URL(fake.token_url).path

    assert _summary(seen) == [
        ("getIntegration", 1, 200, "done"),
        ("getIntegration", 1, 401, "renew"),
        ("getIntegration", 2, 200, "done"),
    ]
    path = f"/api/v1/integrations/{integration_id}"
    assert traces.summary() == [
        ("POST", 200, token_path),
        ("GET", 200, path),
        ("GET", 401, path),
        ("POST", 200, token_path),
        ("GET", 200, path),
    ]
    assert len(tokens) == 2  # the first token and the renewed one
    traces.assert_nothing_secret({CLIENT_SECRET, *tokens})
    reports = repr(list(seen))
    assert all(secret not in reports for secret in (CLIENT_SECRET, *tokens))


def test_async_hubster_renewal_is_reported_and_traced_without_secrets(traces: Traces) -> None:
    seen = Recorder()

    async def run(fake: FakeHubster, integration_id: str) -> None:
        async with httpx.AsyncClient() as http:
            traces.instrument(http)
            async with AsyncHubsterClient.from_client_credentials(
                CLIENT_ID,
                CLIENT_SECRET,
                fake.token_url,
                base_url=fake.base_url,
                http_client=http,
                on_attempt=seen,
            ) as client:
                await client.integrations.get(integration_id)
                fake.expire_tokens()
                await client.integrations.get(integration_id)

    with FakeHubster() as fake:
        fake.add_client(CLIENT_ID, CLIENT_SECRET)
        [integration_id] = fake.add_integrations(fake.add_hub(), 1)
        asyncio.run(run(fake, integration_id))
        tokens = _sent_tokens(fake)

    assert [(i.attempt, i.status_code, i.decision) for i in seen] == [
        (1, 200, "done"),
        (1, 401, "renew"),
        (2, 200, "done"),
    ]
    assert [method for method, _, _ in traces.summary()] == ["POST", "GET", "GET", "POST", "GET"]
    traces.assert_nothing_secret({CLIENT_SECRET, *tokens})


# --- Autobutler: the sign-in is an API call too ------------------------------------------------


def test_autobutler_sign_in_is_reported_and_traced_without_the_password(traces: Traces) -> None:
    seen = Recorder()
    with FakeAutobutler() as fake:
        fake.add_user(EMAIL, PASSWORD)
        with AutobutlerClient.from_login(
            EMAIL, PASSWORD, base_url=fake.base_url, on_attempt=seen
        ) as client:
            traces.instrument(client.http_client)
            client.mechanic_integrations.list()
            fake.expire_tokens()
            client.mechanic_integrations.list()
        tokens = _sent_tokens(fake)

    assert [(i.operation_id, i.status_code, i.decision) for i in seen] == [
        ("createToken", 200, "done"),
        ("listMechanicIntegrations", 200, "done"),
        ("listMechanicIntegrations", 401, "renew"),
        ("createToken", 200, "done"),
        ("listMechanicIntegrations", 200, "done"),
    ]
    assert [method for method, _, _ in traces.summary()] == ["POST", "GET", "GET", "POST", "GET"]
    traces.assert_nothing_secret({PASSWORD, *tokens})
    assert PASSWORD not in repr(list(seen))


def test_async_autobutler_sign_in_is_reported_and_traced_without_the_password(
    traces: Traces,
) -> None:
    seen = Recorder()

    async def run(fake: FakeAutobutler) -> None:
        async with AsyncAutobutlerClient.from_login(
            EMAIL, PASSWORD, base_url=fake.base_url, on_attempt=seen
        ) as client:
            traces.instrument(client.http_client)
            await client.mechanic_integrations.list()

    with FakeAutobutler() as fake:
        fake.add_user(EMAIL, PASSWORD)
        asyncio.run(run(fake))
        tokens = _sent_tokens(fake)

    assert [(i.operation_id, i.decision) for i in seen] == [
        ("createToken", "done"),
        ("listMechanicIntegrations", "done"),
    ]
    assert len(traces.spans) == 2
    traces.assert_nothing_secret({PASSWORD, *tokens})


def test_spans_serialise_to_json_with_the_attempts_status(
    integrator: FakeIntegrator, traces: Traces
) -> None:
    # What an exporter sends: plain JSON, one span per attempt, the failed one marked.
    [integration_id] = integrator.add_integrations(1)
    with IntegratorClient(token=integrator.token, base_url=integrator.base_url) as client:
        _no_sleep(client)
        traces.instrument(client.http_client)
        integrator.fail_next(1, status=503)
        client.integrations.get(integration_id)
    first, second = (json.loads(span.to_json()) for span in traces.spans)
    assert first["status"]["status_code"] == "ERROR"
    assert second["status"]["status_code"] == "UNSET"
