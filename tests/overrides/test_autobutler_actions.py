"""The three actions of a configured Autobutler integration, on the wire, sync and async.

``client.mechanic_integrations.job_url(name, job_id)``, ``.car_url(name, car_id)`` and
``.build_offer(name, *, job_id, remote_id)`` (autobutler/mechanics_api_docs,
source/includes/_mechanic_integrations.md, lines 288-704). Every test talks to a real HTTP
server on 127.0.0.1: the scripted ``server`` where the raw bytes matter, ``FakeAutobutler`` where
state and faults do. Fixes: specs/autobutler.yaml (the operations, ``IntegrationUrl``
without ``format: uri``, ``TokenUser``), overrides/autobutler/sdk.yaml (``job_url``,
``car_url``, ``build_offer`` with their ``status_hints``; ``path_safe_characters``; POST left
out of ``idempotent_methods``).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from typing import Any, TypeVar

import pytest
from autobutler_client import (
    APIConnectionError,
    AsyncAutobutlerClient,
    AutobutlerClient,
    BadRequestError,
    IntegrationName,
    InternalServerError,
)
from autobutler_client.models import (
    IntegrationUrl,
    Offer,
    OfferLineItem,
    OfferResult,
    TokenResponse,
    TokenUser,
)
from autobutler_client.testing import AUTOFRONTAL_CAR_URL, FakeAutobutler

from tests.support import Reply, ScriptedServer, vendor_example

from .test_autobutler_quirks import HOSTILE_NAMES

T = TypeVar("T")

TOKEN = "abt-token-0123456789"
PREFIX = "/api/v2/mechanics"
COLLECTION = f"{PREFIX}/mechanic_integrations"
CRMP = IntegrationName.CRMP
TWM = IntegrationName.TWM
AUTOFRONTAL = IntegrationName.AUTOFRONTAL


def docs_block(block_id: str) -> Any:
    """A JSON block of the vendor's current docs by id (``"_tokens.md:L41"``), deep-copied."""
    return vendor_example("autobutler", block_id)


JOB_URL = docs_block("_mechanic_integrations.md:L320")  # {"url": "http://APP.crmp.com/...|..."}
CAR_URL = docs_block("_mechanic_integrations.md:L380")  # {"url": "autofrontal:/REG=AD61451"}
OFFER = docs_block("_mechanic_integrations.md:L448")  # {"offer": {...}, "success": true}
REFUSAL = docs_block("_mechanic_integrations.md:L196")  # {"errors": {...}, "success": false}

# One call per action, for the sync client and the async one alike (an async client's methods
# return awaitables). ("name", id) as the docs' examples send them (lines 293, 353, 413-416).
Action = Callable[[Any, str], Any]
ACTIONS: dict[str, Action] = {
    "job_url": lambda c, name: c.mechanic_integrations.job_url(name, 565973),
    "car_url": lambda c, name: c.mechanic_integrations.car_url(name, 407340),
    "build_offer": lambda c, name: c.mechanic_integrations.build_offer(
        name, job_id=565973, remote_id="10391678"
    ),
}
# What each action sends, after the integration's name (docs lines 293, 353, 413).
TAILS = {"job_url": "/job_urls/565973", "car_url": "/car_urls/407340", "build_offer": "/offers"}
METHODS = {"job_url": "GET", "car_url": "GET", "build_offer": "POST"}
ANSWERS = {"job_url": JOB_URL, "car_url": CAR_URL, "build_offer": OFFER}
# The docs' meaning of each action's 400 (lines 346, 406, 704), which the hint repeats.
UNSUPPORTED = {
    "job_url": "does not support opening jobs",
    "car_url": "does not support opening cars",
    "build_offer": "does not support building offers",
}


@pytest.fixture
def fake() -> Iterator[FakeAutobutler]:
    with FakeAutobutler(token=TOKEN) as running:
        running.add_integration(AUTOFRONTAL, car_url=AUTOFRONTAL_CAR_URL)
        yield running


def run_sync(base_url: str, call: Callable[[AutobutlerClient], T], **options: Any) -> T:
    with AutobutlerClient(token=TOKEN, base_url=base_url, **options) as client:
        return call(client)


def run_async(
    base_url: str, call: Callable[[AsyncAutobutlerClient], Awaitable[T]], **options: Any
) -> T:
    import asyncio

    async def main() -> T:
        async with AsyncAutobutlerClient(token=TOKEN, base_url=base_url, **options) as client:
            return await call(client)

    return asyncio.run(main())


def call_action(base_url: str, action: str, name: str, flavour: str, **options: Any) -> Any:
    """Run one action with the sync or the async client; return its result."""
    if flavour == "sync":
        return run_sync(base_url, lambda c: ACTIONS[action](c, name), **options)
    return run_async(base_url, lambda c: ACTIONS[action](c, name), **options)


FLAVOURS = ["sync", "async"]


# --- the request line is the docs' ------------------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    ("action", "name"),
    [("job_url", CRMP), ("car_url", AUTOFRONTAL), ("build_offer", TWM)],
)
def test_each_action_sends_the_documented_request(
    server: ScriptedServer, action: str, name: str, flavour: str
) -> None:
    # The docs' examples byte for byte: `::` raw, the id where the template says `{id}` (the
    # spec's jobId/carId are names only), the offer body as JSON (lines 293, 353, 413-416).
    server.reply(Reply(200, ANSWERS[action]))
    call_action(server.url + PREFIX, action, name, flavour, max_retries=0)

    (seen,) = server.requests
    line = f"{METHODS[action]} {COLLECTION}/{name}{TAILS[action]} HTTP/1.1\r\n"
    assert seen.raw_request_line == line.encode("ascii")
    assert seen.header("authorization") == TOKEN  # raw, no "Bearer"
    if action == "build_offer":
        assert seen.json() == {"jobId": 565973, "remoteId": "10391678"}
        assert seen.header("content-type") == "application/json"
    else:
        assert seen.body == b""


@pytest.mark.parametrize("action", sorted(ACTIONS))
@pytest.mark.parametrize(
    ("name", "segment"), HOSTILE_NAMES, ids=[repr(n) for n, _ in HOSTILE_NAMES]
)
def test_hostile_names_reach_the_wire_encoded_in_every_action(
    server: ScriptedServer, action: str, name: str, segment: str
) -> None:
    # Quirk 1 holds for the new paths too: only ":" stays literal in `{name}`.
    server.reply(Reply(200, ANSWERS[action]))
    call_action(server.url + PREFIX, action, name, "sync", max_retries=0)

    (seen,) = server.requests
    line = f"{METHODS[action]} {COLLECTION}/{segment}{TAILS[action]} HTTP/1.1\r\n"
    assert seen.raw_request_line == line.encode("ascii")
    assert "x-injected" not in {key.lower() for key, _ in seen.raw_headers}


# --- answers --------------------------------------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    "url",
    [
        JOB_URL["url"],  # "|" unencoded in the query (docs line 321)
        CAR_URL["url"],  # a scheme of its own (docs line 381)
        "crmp://job 565973?a=b|c#frag",  # not a valid URI at all: still handed on as it is
    ],
)
def test_a_url_comes_back_verbatim(server: ScriptedServer, url: str, flavour: str) -> None:
    server.reply(Reply(200, {"url": url}), Reply(200, {"url": url}))
    job = call_action(server.url + PREFIX, "job_url", CRMP, flavour, max_retries=0)
    car = call_action(server.url + PREFIX, "car_url", AUTOFRONTAL, flavour, max_retries=0)

    assert isinstance(job, IntegrationUrl) and isinstance(car, IntegrationUrl)
    assert job.url == url and car.url == url
    assert job.to_dict() == {"url": url}


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_build_offer_returns_the_documented_offer_typed(
    server: ScriptedServer, flavour: str
) -> None:
    server.reply(Reply(200, OFFER))
    result = call_action(server.url + PREFIX, "build_offer", TWM, flavour, max_retries=0)

    assert isinstance(result, OfferResult)
    assert result.success is True
    assert isinstance(result.offer, Offer)
    assert result.offer.draft is False and result.offer.id is None
    items = result.offer.price_details.line_items  # type: ignore[union-attr]
    assert isinstance(items, list) and all(isinstance(i, OfferLineItem) for i in items)
    assert [i.description for i in items] == ["TEST 1", "TEST 2", "TEST 3"]
    assert items[2].unit == "hours" and items[2].subtotal_with_vat == 1125.0
    assert result.offer.price_details.total_price == 1789.0  # type: ignore[union-attr]
    twm = result.offer.mechanic_integration_data["MechanicIntegrations::TWMIntegration"]  # type: ignore[index]
    assert twm["remote_id"] == "10391678"
    # Nothing lost or invented: the model writes back the docs' answer.
    assert result.to_dict() == OFFER


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_sign_in_answers_a_typed_user_that_keeps_unknown_keys(
    server: ScriptedServer, flavour: str
) -> None:
    # docs _tokens.md lines 41-53, plus a key the docs do not list.
    answer = docs_block("_tokens.md:L41")
    answer["user"]["garageChain"] = "Autofit"
    server.reply(Reply(200, answer))

    def sign_in(client: Any) -> Any:
        return client.tokens.create(email="workshop@email.dk", password="qwerty")

    if flavour == "sync":
        result = run_sync(server.url + PREFIX, sign_in, max_retries=0)
    else:
        result = run_async(server.url + PREFIX, sign_in, max_retries=0)

    assert isinstance(result, TokenResponse)
    user = result.user
    assert isinstance(user, TokenUser)
    assert (user.name, user.country_id, user.locale) == ("Workshop Name", 1, "da")
    assert user.vat_factor == 0.25 and user.require_automatic_payment is True
    assert user.additional_properties == {"garageChain": "Autofit"}
    assert result.to_dict() == answer


# --- a 400 means "not supported"; its body carries field_errors --------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_a_400_says_the_integration_does_not_support_the_action(
    fake: FakeAutobutler, action: str, flavour: str
) -> None:
    # Au2office is offered but supports none of the three actions (the fake's default).
    with pytest.raises(BadRequestError) as caught:
        call_action(fake.base_url, action, IntegrationName.AU2OFFICE, flavour, max_retries=0)

    error = caught.value
    assert error.status_code == 400
    assert error.field_errors == {"name": [UNSUPPORTED[action]]}
    message = str(error)
    # The sdk.yaml hint replaces the generic advice for a 400 of these operations.
    assert f"The integration {UNSUPPORTED[action]}" in message
    assert BadRequestError.hint not in message
    assert len(fake.requests) == 1  # an answer, not a failure: never retried


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_400_of_the_documented_failure_shape_carries_field_errors(
    server: ScriptedServer, flavour: str
) -> None:
    # The docs' failure body (lines 195-204) with 400, as Autobutler sends validation failures.
    body = {"success": False, "errors": {"jobId": ["must be filled out"], "remoteId": ["is bad"]}}
    server.reply(Reply(400, body), Reply(400, REFUSAL))
    with pytest.raises(BadRequestError) as offer:
        call_action(server.url + PREFIX, "build_offer", TWM, flavour, max_retries=0)
    with pytest.raises(BadRequestError) as job:
        call_action(server.url + PREFIX, "job_url", CRMP, flavour, max_retries=0)

    assert offer.value.field_errors == {"jobId": ["must be filled out"], "remoteId": ["is bad"]}
    assert [(d.field, d.message) for d in offer.value.details] == [
        ("jobId", "jobId must be filled out"),
        ("remoteId", "remoteId is bad"),
    ]
    assert "jobId must be filled out. remoteId is bad." in str(offer.value)
    assert offer.value.body == body
    assert job.value.field_errors == {"username": ["must be filled out"]}


# --- building an offer is a create: never retried once sent -----------------------------------


def _no_sleep(client: Any) -> None:
    # Retries would back off for half a second and more; the count is what matters here.
    if isinstance(client, AsyncAutobutlerClient):

        async def skip(seconds: float) -> None:
            return None

        client._sleep = skip  # type: ignore[method-assign]
    else:
        client._sleep = lambda seconds: None  # type: ignore[method-assign]


def _attempts(fake: FakeAutobutler, action: str, flavour: str) -> type[Exception] | None:
    def call(client: Any) -> Any:
        _no_sleep(client)
        return ACTIONS[action](client, TWM if action == "build_offer" else CRMP)

    try:
        if flavour == "sync":
            run_sync(fake.base_url, call, max_retries=2)
        else:
            run_async(fake.base_url, call, max_retries=2)
    except Exception as exc:  # noqa: BLE001 - the test compares the class
        return type(exc)
    return None


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    ("fault", "raised"),
    [
        (lambda fake: fake.fail_next(1, status=503), InternalServerError),
        (lambda fake: fake.drop_next(1), APIConnectionError),
    ],
    ids=["503", "dropped-connection"],
)
def test_build_offer_is_not_retried_once_sent(
    fake: FakeAutobutler,
    fault: Callable[[FakeAutobutler], None],
    raised: type[Exception],
    flavour: str,
) -> None:
    fake.reset()
    fake.set_actions(TWM, offers=True)
    run_sync(
        fake.base_url,
        lambda c: c.mechanic_integrations.update(TWM, {"username": "u", "token": "t"}),
    )
    sent_before = len(fake.requests)

    # A GET (job_url) meeting the same fault is retried: the client does retry here...
    fault(fake)
    assert _attempts(fake, "job_url", flavour) is None
    assert len(fake.requests) - sent_before == 2

    # ... but a POST that builds an offer is sent once: the server may already have built it.
    fault(fake)
    assert _attempts(fake, "build_offer", flavour) is raised
    assert len(fake.requests) - sent_before == 3
    assert [r.method for r in fake.requests[sent_before:]] == ["GET", "GET", "POST"]
    assert fake.offers() == []  # the faulted request reached no state


# --- the actions against the fake, end to end ---------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_every_action_works_against_the_fake(fake: FakeAutobutler, flavour: str) -> None:
    async def async_flow(client: AsyncAutobutlerClient) -> list[Any]:
        methods = client.mechanic_integrations
        await methods.update(TWM, {"username": "u", "token": "t"})
        await methods.update(AUTOFRONTAL, {"username": "u", "password": "p"})
        return [
            await methods.job_url(CRMP, 352253),
            await methods.car_url(AUTOFRONTAL, 407340),
            await methods.build_offer(TWM, job_id=565973, remote_id="10391678"),
        ]

    def sync_flow(client: AutobutlerClient) -> list[Any]:
        methods = client.mechanic_integrations
        methods.update(TWM, {"username": "u", "token": "t"})
        methods.update(AUTOFRONTAL, {"username": "u", "password": "p"})
        return [
            methods.job_url(CRMP, 352253),
            methods.car_url(AUTOFRONTAL, 407340),
            methods.build_offer(TWM, job_id=565973, remote_id="10391678"),
        ]

    if flavour == "sync":
        job, car, offer = run_sync(fake.base_url, sync_flow, max_retries=0)
    else:
        job, car, offer = run_async(fake.base_url, async_flow, max_retries=0)

    # The fake's Crmp template ends with the job id where the docs' URL ends (line 321).
    assert job.url == JOB_URL["url"]
    assert car.url == "autofrontal:/REG=407340"
    assert offer.to_dict() == OFFER
    assert [(o["name"], o["jobId"], o["remoteId"]) for o in fake.offers()] == [
        (TWM, 565973, "10391678")
    ]
