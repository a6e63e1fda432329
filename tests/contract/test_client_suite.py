"""The client test suite, run twice: straight against each fake, and through Prism's proxy.

Every operation of every client is called on its happy path, plus one documented error per
resource. In ``proxy`` mode each request goes client -> Prism -> fake and back, and Prism checks
both directions against specs/<api>.yaml; a violation comes back as an error status with an
``sl-violations`` header (or a Prism problem body), which the ``recorder`` hook on the client's
httpx client records. Every test ends by asserting that nothing was recorded, and in proxy mode
that the traffic really went through Prism.

One fake (and its proxies) per API serves the module; ``fake.reset()`` gives each test a fresh
state. Hubster's create and update share one path template that Prism cannot tell apart, so its
proxy mode runs two proxies on two views of the spec (see _hubster.py) and sends each operation
through the one that checks it against its own schemas.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from . import _hubster
from ._operations import TWM, make_client
from ._prism import SPECS, ViolationRecorder, prism_missing_reason, prism_proxy

MODES = ("direct", "proxy")


@dataclass
class Stack:
    """A fake and, per spec view, the URL clients use to reach it in each mode."""

    fake: Any
    proxy_urls: dict[str, str]  # view ("default", "create", "update") -> Prism proxy URL


@dataclass
class Ctx:
    mode: str
    fake: Any
    recorder: ViolationRecorder
    clients: dict[str, Any]  # view -> client

    @property
    def client(self) -> Any:
        return self.clients["default"]

    def client_for(self, view: str) -> Any:
        return self.clients.get(view, self.client)


def _stack(api: str, fake: Any, logs: Path) -> Iterator[Stack]:
    with ExitStack() as stack:
        urls: dict[str, str] = {}
        if prism_missing_reason() is None:
            if api == "hubster":
                for view in ("create", "update"):
                    spec = _hubster.write_view(view, logs)
                    urls[view] = stack.enter_context(prism_proxy(spec, fake.base_url, logs)).url
                urls["default"] = urls["create"]
            else:
                spec = SPECS / f"{api}.yaml"
                urls["default"] = stack.enter_context(prism_proxy(spec, fake.base_url, logs)).url
        yield Stack(fake, urls)


@pytest.fixture(scope="module")
def autobutler_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    from autobutler_client.testing import FakeAutobutler

    with FakeAutobutler() as fake:
        yield from _stack("autobutler", fake, tmp_path_factory.mktemp("proxy-autobutler"))


@pytest.fixture(scope="module")
def integratorio_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    from integratorio_client.testing import FakeIntegrator

    # No rate limit: this suite checks shapes, the bucket has its own tests.
    with FakeIntegrator(rate_limit=None) as fake:
        yield from _stack("integratorio", fake, tmp_path_factory.mktemp("proxy-integratorio"))


@pytest.fixture(scope="module")
def hubster_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    from hubster_client.testing import FakeHubster

    with FakeHubster() as fake:
        yield from _stack("hubster", fake, tmp_path_factory.mktemp("proxy-hubster"))


def _ctx(api: str, stack: Stack, mode: str, recorder: ViolationRecorder) -> Iterator[Ctx]:
    if mode == "proxy" and (reason := prism_missing_reason()) is not None:
        pytest.skip(reason)
    stack.fake.reset()
    views = stack.proxy_urls if mode == "proxy" else {"default": stack.fake.base_url}
    clients = {
        view: make_client(
            api, token=stack.fake.token, base_url=url, http_client=recorder.http_client()
        )
        for view, url in views.items()
    }
    yield Ctx(mode, stack.fake, recorder, clients)
    for client in clients.values():
        client.close()
    assert recorder.violations == [], f"Prism reported violations:\n{recorder.report()}"
    if mode == "proxy":
        assert recorder.responses > 0 and stack.fake.requests, "nothing went through Prism"


@pytest.fixture(params=MODES)
def ab(
    request: pytest.FixtureRequest, autobutler_stack: Stack, recorder: ViolationRecorder
) -> Iterator[Ctx]:
    yield from _ctx("autobutler", autobutler_stack, request.param, recorder)


@pytest.fixture(params=MODES)
def io(
    request: pytest.FixtureRequest, integratorio_stack: Stack, recorder: ViolationRecorder
) -> Iterator[Ctx]:
    yield from _ctx("integratorio", integratorio_stack, request.param, recorder)


@pytest.fixture(params=MODES)
def hub(
    request: pytest.FixtureRequest, hubster_stack: Stack, recorder: ViolationRecorder
) -> Iterator[Ctx]:
    yield from _ctx("hubster", hubster_stack, request.param, recorder)


# ----- Autobutler ------------------------------------------------------------------------------


def test_autobutler_sign_in(ab: Ctx) -> None:
    from autobutler_client import AuthenticationError

    ab.fake.add_user("workshop@example.com", "right-password")
    answer = ab.client.tokens.create(email="workshop@example.com", password="right-password")
    assert answer.status.value == "ok"
    assert isinstance(answer.token, str) and answer.token
    # The token it handed out works as the Authorization value.
    signed_in = ab.client.with_options(token=answer.token)
    assert signed_in.mechanic_integrations.list().mechanic_integrations

    with pytest.raises(AuthenticationError) as raised:
        ab.client.tokens.create(email="workshop@example.com", password="wrong-password")
    assert raised.value.status_code == 401


def test_autobutler_switch_an_integration_on_and_off(ab: Ctx) -> None:
    offered = ab.client.mechanic_integrations.list().mechanic_integrations
    names = [i.integration_details.name for i in offered]
    assert TWM in names

    result = ab.client.mechanic_integrations.update(TWM, {"username": "foo", "token": "bar"})
    assert result.success is True
    assert result.configuration.credentials.additional_properties == {
        "username": "foo",
        "token": "bar",
    }
    assert result.integration_details.name == TWM
    listed = {
        i.integration_details.name: i
        for i in ab.client.mechanic_integrations.list().mechanic_integrations
    }
    assert listed[TWM].configuration is not None

    assert ab.client.mechanic_integrations.deactivate(TWM).success is True


def test_autobutler_refused_values_raise_with_field_errors(ab: Ctx) -> None:
    from autobutler_client import UnprocessableEntityError

    with pytest.raises(UnprocessableEntityError) as raised:
        ab.client.mechanic_integrations.update(TWM, {"username": "", "token": "bar"})
    assert "username" in (raised.value.field_errors or {})


def test_autobutler_expired_token_is_401(ab: Ctx) -> None:
    from autobutler_client import AuthenticationError

    ab.fake.expire_tokens()
    with pytest.raises(AuthenticationError) as raised:
        ab.client.mechanic_integrations.list()
    assert raised.value.status_code == 401


def test_autobutler_actions_of_a_configured_integration(ab: Ctx) -> None:
    # autobutler/mechanics_api_docs, source/includes/_mechanic_integrations.md, lines 288-704.
    from autobutler_client import BadRequestError
    from autobutler_client.testing import AUTOFRONTAL_CAR_URL

    from ._operations import AUTOFRONTAL, CRMP

    ab.fake.add_integration(AUTOFRONTAL, car_url=AUTOFRONTAL_CAR_URL)
    methods = ab.client.mechanic_integrations
    methods.update(TWM, {"username": "foo", "token": "bar"})
    methods.update(AUTOFRONTAL, {"username": "foo", "password": "bar"})
    assert "|565973" in methods.job_url(CRMP, 565973).url
    assert methods.car_url(AUTOFRONTAL, 407340).url == "autofrontal:/REG=407340"
    built = methods.build_offer(TWM, job_id=565973, remote_id="10391678")
    assert built.success is True and built.offer.price_details.total_price == 1789.0

    with pytest.raises(BadRequestError) as raised:
        methods.car_url(CRMP, 407340)  # Crmp opens jobs only: the documented 400
    assert raised.value.field_errors == {"name": ["does not support opening cars"]}


# ----- integrator.io ---------------------------------------------------------------------------


def test_integratorio_integrations(io: Ctx) -> None:
    from integratorio_client import NotFoundError

    integrations = io.client.integrations
    created = integrations.create({"name": "Licensing and Usage", "readme": "mission critical"})
    assert isinstance(created.id, str) and created.id
    assert created.name == "Licensing and Usage"
    assert created.id in [i.id for i in integrations.list()]

    got = integrations.get(created.id)
    assert got.readme == "mission critical"
    # PUT replaces the whole resource: send it back as read, with the change applied.
    body = got.to_dict()
    body["name"] = "Renamed"
    for read_only in ("_id", "lastModified"):
        body.pop(read_only, None)
    updated = integrations.update(created.id, body)
    assert updated.name == "Renamed" and updated.readme == "mission critical"

    copy = integrations.clone(created.id)
    assert copy.id != created.id

    assert integrations.delete(created.id) is None
    with pytest.raises(NotFoundError) as raised:
        integrations.get(created.id)
    assert raised.value.status_code == 404


def test_integratorio_connectors(io: Ctx) -> None:
    from integratorio_client import NotFoundError

    connectors = io.client.connectors
    created = connectors.create({"name": "Shopify - NetSuite", "published": False})
    install = io.client.integrations.create(
        {"name": "install of the connector", "_connectorId": created.id}
    )
    assert isinstance(created.id, str) and created.id
    assert created.id in [c.id for c in connectors.list()]
    got = connectors.get(created.id)
    assert got.name == "Shopify - NetSuite"

    body = got.to_dict()
    for read_only in ("_id", "lastModified"):
        body.pop(read_only, None)
    body["published"] = True
    assert connectors.update(created.id, body).published is True

    assert isinstance(list(connectors.install_base(created.id)), list)
    assert connectors.push_update(created.id, {"_integrationIds": [install.id]}) is None

    assert connectors.delete(created.id) is None
    with pytest.raises(NotFoundError):
        connectors.get(created.id)


def test_integratorio_licenses(io: Ctx) -> None:
    from integratorio_client import BadRequestError

    io.fake.add_user("customer@example.com")
    connector = io.client.connectors.create({"name": "Shopify - NetSuite"})
    licenses = io.client.connectors.licenses

    created = licenses.create(
        connector.id, {"email": "customer@example.com", "expires": "2027-01-01T00:00:00.000Z"}
    )
    assert isinstance(created.id, str) and created.id
    assert created.user.email == "customer@example.com"
    assert created.id in [item.id for item in licenses.list(connector.id)]
    assert licenses.get(connector.id, created.id).id == created.id

    updated = licenses.update(connector.id, created.id, {"opts": {"connectorEdition": "premium"}})
    assert updated.opts.connector_edition == "premium"
    assert licenses.delete(connector.id, created.id) is None

    with pytest.raises(BadRequestError) as raised:
        licenses.create(connector.id, {"email": "nobody@example.com"})
    assert raised.value.status_code == 400
    assert "invalid_user" in [getattr(d, "code", None) for d in raised.value.details]


# ----- Hubster ---------------------------------------------------------------------------------

CREATE_BODIES: dict[str, dict[str, Any]] = {
    "TwilioSMS": {
        "channelId": "TwilioSMS",
        "name": "Twilio line",
        "configuration": {"authToken": "cb8c53", "accountSid": "AC1fc1", "numberSid": "PN6674"},
    },
    "Messenger": {
        "channelId": "Messenger",
        "name": "Messenger page",
        "configuration": {"pageAccessToken": "EAAFBm"},
    },
    "WebChat": {
        "channelId": "WebChat",
        "name": "Web chat",
        "configuration": {
            "allowedOrigins": ["localhost", "hubster.io"],
            "start": [{"type": "text", "text": "Welcome!"}],
        },
    },
    "Direct": {
        "channelId": "Direct",
        "name": "Own client",
        "configuration": {"integrationType": "Agent", "echo": True},
    },
    "System": {
        "channelId": "System",
        "name": "Webhook",
        "configuration": {"webhookUrl": "https://example.com/hook", "events": ["message:agent"]},
    },
    "Slack": {
        "channelId": "Slack",
        "name": "Slack workspace",
        "configuration": {"code": "slack-oauth-code", "state": "slack-oauth-state"},
    },
}


def _create_body(channel: str, name: str | None = None) -> Any:
    from hubster_client import models

    data = dict(CREATE_BODIES[channel], **({"name": name} if name else {}))
    model = getattr(models, "Create" + _hubster.CLASS_OF_CHANNEL[channel])
    return model.from_dict(data)


@pytest.mark.parametrize("channel", sorted(CREATE_BODIES))
def test_hubster_create_and_get_each_channel(hub: Ctx, channel: str) -> None:
    hub_id = hub.fake.add_hub()
    created = hub.client_for("create").integrations.create(hub_id, _create_body(channel))
    _hubster.assert_integration(created, channel=channel, name=CREATE_BODIES[channel]["name"])
    assert created.hub_id == hub_id

    got = hub.client.integrations.get(created.integration_id)
    _hubster.assert_integration(got, channel=channel, name=CREATE_BODIES[channel]["name"])


def test_hubster_update(hub: Ctx) -> None:
    from hubster_client import models

    hub_id = hub.fake.add_hub()
    created = hub.client_for("create").integrations.create(hub_id, _create_body("Direct"))
    change = models.UpdateDirectIntegration.from_dict(
        {
            "name": "Own client (paused)",
            "statusId": 3002,
            "configuration": {"integrationType": "Agent", "webhookUrl": "https://example.com/a"},
        }
    )
    updated = hub.client_for("update").integrations.update(created.integration_id, change)
    _hubster.assert_integration(updated, channel="Direct", name="Own client (paused)")
    assert int(updated.status_id) == 3002


def test_hubster_documented_errors(hub: Ctx) -> None:
    from hubster_client import BadRequestError, NotFoundError, models

    hub_id = hub.fake.add_hub()
    create = hub.client_for("create").integrations.create
    create(hub_id, _create_body("WebChat", name="Same name"))
    with pytest.raises(BadRequestError) as duplicate:
        create(hub_id, _create_body("WebChat", name="Same name"))
    assert "PRT000700" in str(duplicate.value)

    # PRT000799 answers 404 (hubsterio/docs, docs/api/6_error_codes.rst:158-160).
    with pytest.raises(NotFoundError) as unknown:
        hub.client_for("update").integrations.update(
            "11111111-2222-3333-4444-555555555555",
            models.UpdateWebChatIntegration.from_dict({"name": "nothing to rename"}),
        )
    assert "PRT000799" in str(unknown.value)


def test_the_proxy_reports_an_answer_that_breaks_the_spec(
    autobutler_stack: Stack, recorder: ViolationRecorder
) -> None:
    """The zero-violation assertions above are not vacuous: a fake answering an HTML page with
    200 (``malformed_next``) is caught by Prism and by the recorder."""
    if (reason := prism_missing_reason()) is not None:
        pytest.skip(reason)
    from autobutler_client import APIError

    fake = autobutler_stack.fake
    fake.reset()
    fake.malformed_next(1, kind="html")
    with (
        make_client(
            "autobutler",
            token=fake.token,
            base_url=autobutler_stack.proxy_urls["default"],
            http_client=recorder.http_client(),
        ) as client,
        pytest.raises(APIError),
    ):
        client.mechanic_integrations.list()
    assert len(recorder.violations) == 1, recorder.report()
    assert recorder.violations[0].status == 500
    assert "response" in recorder.violations[0].detail
