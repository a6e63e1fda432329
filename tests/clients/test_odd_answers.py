"""Odd 2xx answers never lose data: they parse faithfully or raise a typed error at read time.

A read-modify-write sends back what the read built, so a read that invents or drops a value
would overwrite the stored resource with it (integrator.io's PUT replaces the whole resource,
celigo/integrator-api-docs integration.md). Every test goes over a real socket to the scripted
server (tests/support/server.py), through the sync and the async client.

- An answer of the wrong JSON type (a list where the spec says object, an object where it says
  array), at the top or nested, raises ``APIResponseValidationError`` naming the JSON path:
  generator/templates/model.py.jinja and property_templates/.
- A value Python reads but cannot write back: a number past a float's range (or the NaN and
  Infinity literals) fails at read time; a lone surrogate escape survives the round trip
  (generator/runtime/_json.py, the fallback in generator/runtime/_request.py).
- Hubster configuration keys that normalise to one name both survive, and keys inside objects
  the spec does not describe are left alone (overrides/hubster/modules/_channels.py).
- A 2xx status the spec does not list is still a success (generator/templates/
  endpoint_module.py.jinja, ``_parse_success``).
- Nesting deeper than Python can read is an ``APIResponseValidationError`` that says what to do
  (generator/runtime/_translate.py, ``parse_answer``).
"""

from __future__ import annotations

import asyncio
import copy
import importlib
import json
from collections.abc import Callable
from typing import Any

import pytest

from tests.support import Reply, ScriptedServer, seed_example

MODES = ["sync", "async"]
CLIENTS = {
    "autobutler_client": ("AutobutlerClient", "AsyncAutobutlerClient"),
    "integratorio_client": ("IntegratorClient", "AsyncIntegratorClient"),
    "hubster_client": ("HubsterClient", "AsyncHubsterClient"),
}
INTEGRATION_ID = "554155c853bb53af2900000b"
INTEGRATION_PATH = f"/integrations/{INTEGRATION_ID}"
HUBSTER_ID = "99999999-8888-7777-6666-555555555555"
HUBSTER_GET = f"/api/v1/integrations/{HUBSTER_ID}"


def through(mode: str, package: str, server: ScriptedServer, action: Callable[[Any], Any]) -> Any:
    """``action(client)`` with the sync or the async client of ``package``; pagers are drained."""
    module = importlib.import_module(package)
    sync_name, async_name = CLIENTS[package]
    options: dict[str, Any] = {"token": "t0ken-value", "base_url": server.url, "max_retries": 0}
    if mode == "sync":
        with getattr(module, sync_name)(**options) as client:
            result = action(client)
            return list(result) if hasattr(result, "pages") else result

    async def main() -> Any:
        async with getattr(module, async_name)(**options) as client:
            result = action(client)
            if hasattr(result, "__aiter__"):
                return [item async for item in result]
            return await result

    return asyncio.run(main())


def validation_error(package: str) -> type[Exception]:
    error: type[Exception] = importlib.import_module(package).APIResponseValidationError
    return error


def get_integration(client: Any) -> Any:
    return client.integrations.get(INTEGRATION_ID)


# --- the wrong JSON type ------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "body",
    [[], [["_id", INTEGRATION_ID], ["name", "Orders"]], b'"Orders"', 5, None],
    ids=["empty-array", "array-of-pairs", "string", "number", "null"],
)
def test_an_answer_that_is_not_an_object_raises(
    server: ScriptedServer, mode: str, body: object
) -> None:
    # Before: [] became an empty Integration and the pairs a made-up one, which update() would
    # PUT back over the stored integration.
    server.always(Reply(200, body))
    with pytest.raises(validation_error("integratorio_client")) as caught:
        through(mode, "integratorio_client", server, get_integration)
    assert caught.value.path == "$"  # type: ignore[attr-defined]
    assert "Expected an object at $" in str(caught.value)
    assert len(server.requests) == 1


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("package", "action", "body"),
    [
        ("autobutler_client", lambda c: c.mechanic_integrations.deactivate("twm"), []),
        ("autobutler_client", lambda c: c.mechanic_integrations.job_url("twm", 1), [["a", 1]]),
        ("integratorio_client", lambda c: c.connectors.get("54fa0b38a7044f9252000036"), []),
    ],
    ids=["autobutler-deactivate", "autobutler-job-url", "integratorio-connector"],
)
def test_every_package_refuses_an_array_for_an_object(
    server: ScriptedServer, mode: str, package: str, action: Callable[[Any], Any], body: object
) -> None:
    server.always(Reply(200, body))
    with pytest.raises(validation_error(package)) as caught:
        through(mode, package, server, action)
    assert "Expected an object at $" in str(caught.value)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("change", "path", "expected"),
    [
        ({"settings": []}, "$.settings", "an object"),
        ({"settings": [["general", {}]]}, "$.settings", "an object"),
        ({"install": {}}, "$.install", "an array"),
        ({"install": {"0": {"name": "step"}}}, "$.install", "an array"),
        ({"install": [{"name": "Verify"}, "Verify"]}, "$.install[1]", "an object"),
        ({"install": [{"name": "Verify"}, []]}, "$.install[1]", "an object"),
    ],
    ids=["settings-[]", "settings-pairs", "install-{}", "install-object", "step-str", "step-[]"],
)
def test_a_nested_value_of_the_wrong_type_raises_with_its_path(
    server: ScriptedServer, mode: str, change: dict[str, Any], path: str, expected: str
) -> None:
    # Before: "settings": [] came back as IntegrationSettings() and was PUT back as {}, and
    # "install": {} as an empty list.
    answer = {**seed_example("001:L59"), **change}
    server.always(Reply(200, answer))
    with pytest.raises(validation_error("integratorio_client")) as caught:
        through(mode, "integratorio_client", server, get_integration)
    assert caught.value.path == path  # type: ignore[attr-defined]
    assert f"Expected {expected}" in str(caught.value) and f" at {path}," in str(caught.value)
    assert caught.value.body == answer  # type: ignore[attr-defined]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("body", [{}, {"0": {"_id": INTEGRATION_ID}}], ids=["{}", "object"])
def test_an_object_where_the_spec_says_array_raises(
    server: ScriptedServer, mode: str, body: object
) -> None:
    # Before: {} was an empty list of integrations (an empty account, as far as the caller knew).
    server.always(Reply(200, body))
    with pytest.raises(validation_error("integratorio_client")) as caught:
        through(mode, "integratorio_client", server, lambda c: c.integrations.list())
    assert "Expected an array at $" in str(caught.value)


def test_a_dict_from_the_wire_is_never_guessed_from_pairs() -> None:
    from integratorio_client.models import Integration

    with pytest.raises(ValueError, match="Expected an object at \\$"):
        Integration.from_dict([["_id", "x"]])  # type: ignore[arg-type]


# --- values Python reads but cannot write back ---------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("raw", "path"),
    [
        (b'{"_id": "x", "name": "n", "weight": 1e400}', "$.weight"),
        (b'{"_id": "x", "name": "n", "weight": -2.5E+999}', "$.weight"),
        (b'{"_id": "x", "name": "n", "weight": 1e-400}', "$.weight"),
        (b'{"_id": "x", "extra": [1, {"v": 123e9999}]}', "$.extra[1].v"),
        (b'{"_id": "x", "score": NaN}', "$.score"),
        (b'{"_id": "x", "score": -Infinity}', "$.score"),
    ],
    ids=["1e400", "-2.5E+999", "1e-400", "nested", "NaN", "-Infinity"],
)
def test_a_number_python_cannot_write_back_fails_at_read_time(
    server: ScriptedServer, mode: str, raw: bytes, path: str
) -> None:
    # Before: the read worked and the update raised a raw ValueError ("Out of range float values
    # are not JSON compliant"), or 1e-400 went back as 0.0.
    server.always(Reply(200, raw))
    with pytest.raises(validation_error("integratorio_client")) as caught:
        through(mode, "integratorio_client", server, get_integration)
    assert caught.value.path == path  # type: ignore[attr-defined]
    message = str(caught.value)
    assert f"at {path}" in message and "float" in message
    assert len(server.requests) == 1


LONE_SURROGATES = (
    '{"_id":"x","name":"caf\\ud800","readme":"\\uDFFF and \u00e9 and \\ud83d\\ude00",'
    '"deep":{"k\\udc00":["\\ud801"]}}'
).encode()


def _surrogate_store(server: ScriptedServer) -> list[bytes]:
    puts: list[bytes] = []

    def answer(seen: Any) -> Reply:
        if seen.method == "PUT":
            puts.append(seen.body)
            return Reply(200, seen.body)
        return Reply(200, LONE_SURROGATES)

    server.always(Reply(599))
    server.on("GET", INTEGRATION_PATH, answer)
    server.on("PUT", INTEGRATION_PATH, answer)
    return puts


def _check_surrogates_survived(puts: list[bytes], integration: Any) -> None:
    assert integration.name == "caf\ud800"
    (put,) = puts
    # The lone surrogates go back as the escapes they came as (hex in lower case), every other
    # character as it came: the UTF-8 of é and of the pair's 😀 are unchanged bytes.
    assert b'"name":"caf\\ud800"' in put
    assert '"readme":"\\udfff and \u00e9 and \U0001f600"'.encode() in put
    assert b'"deep":{"k\\udc00":["\\ud801"]}' in put
    assert json.loads(put) == json.loads(LONE_SURROGATES)


def test_lone_surrogates_survive_a_read_modify_write(server: ScriptedServer) -> None:
    # Before: update() raised a raw UnicodeEncodeError ('surrogates not allowed').
    from integratorio_client import IntegratorClient

    puts = _surrogate_store(server)
    with IntegratorClient(token="t0ken-value", base_url=server.url, max_retries=0) as client:
        integration = client.integrations.get(INTEGRATION_ID)
        updated = client.integrations.update(INTEGRATION_ID, integration)
    _check_surrogates_survived(puts, integration)
    assert updated.to_dict() == integration.to_dict()


def test_lone_surrogates_survive_a_read_modify_write_async(server: ScriptedServer) -> None:
    from integratorio_client import AsyncIntegratorClient

    puts = _surrogate_store(server)

    async def main() -> Any:
        async with AsyncIntegratorClient(
            token="t0ken-value", base_url=server.url, max_retries=0
        ) as client:
            integration = await client.integrations.get(INTEGRATION_ID)
            await client.integrations.update(INTEGRATION_ID, integration)
            return integration

    _check_surrogates_survived(puts, asyncio.run(main()))


# --- Hubster keys that normalise to one name ----------------------------------------------------


def _twilio_answer() -> dict[str, Any]:
    answer: dict[str, Any] = seed_example("003:L679")  # channelId 102, AcccountSid
    assert "AcccountSid" in answer["configuration"]
    return answer


@pytest.mark.parametrize("mode", MODES)
def test_two_spellings_of_one_key_both_survive(server: ScriptedServer, mode: str) -> None:
    # Before: AcccountSid and AccountSid both became accountSid and one value was lost.
    answer = _twilio_answer()
    misspelt = answer["configuration"]["AcccountSid"]
    answer["configuration"]["AccountSid"] = "AC-the-second-spelling"
    server.on("GET", HUBSTER_GET, Reply(200, answer))
    result = through(mode, "hubster_client", server, lambda c: c.integrations.get(HUBSTER_ID))
    configuration = result.configuration
    # The documented spelling (PascalCase of accountSid) wins; the misspelling is kept as sent.
    assert configuration.account_sid == "AC-the-second-spelling"
    assert configuration.additional_properties == {"AcccountSid": misspelt}
    written = result.to_dict()["configuration"]
    assert written["accountSid"] == "AC-the-second-spelling"
    assert written["AcccountSid"] == misspelt


@pytest.mark.parametrize("mode", MODES)
def test_keys_inside_unknown_objects_are_left_alone(server: ScriptedServer, mode: str) -> None:
    # Before: every key that looked like a known one was renamed at any depth, in objects the
    # spec says nothing about too.
    answer = _twilio_answer()
    unknown = {
        "AuthToken": "inner-token",
        "Sms": True,
        "Routes": [{"WebhookUrl": "https://example.test/hook", "Echo": False}],
    }
    answer["configuration"]["Extension"] = copy.deepcopy(unknown)
    answer["Metadata"] = {"AccountSid": "AC-meta", "Capabilities": {"Mms": True}}
    server.on("GET", HUBSTER_GET, Reply(200, answer))
    result = through(mode, "hubster_client", server, lambda c: c.integrations.get(HUBSTER_ID))
    configuration = result.configuration
    assert configuration.additional_properties == {"Extension": unknown}
    assert result.additional_properties["Metadata"] == answer["Metadata"]
    # The keys the spec names are still read, nested known objects included.
    assert configuration.auth_token == answer["configuration"]["AuthToken"]
    assert configuration.capabilities.mms is True
    assert result.to_dict()["configuration"]["Extension"] == unknown


# --- 2xx statuses the spec does not list ---------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_a_create_answered_200_instead_of_201_is_a_success(
    server: ScriptedServer, mode: str
) -> None:
    # Before: UnexpectedStatus, an APIStatusError, for an integration the server had made; a
    # caller retrying it would create a second one.
    created = {**seed_example("001:L39"), "_id": "5f0000000000000000000001"}
    server.on("POST", "/integrations", Reply(200, created))
    result = through(
        mode, "integratorio_client", server, lambda c: c.integrations.create({"name": "Orders"})
    )
    assert result.id == "5f0000000000000000000001"
    assert result.to_dict() == created
    assert [r.method for r in server.requests] == ["POST"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "reply",
    [Reply(200, {"deleted": True}), Reply(200, b""), Reply(202, b"accepted")],
    ids=["200-json", "200-empty", "202-text"],
)
def test_a_delete_answered_with_another_2xx_is_a_success(
    server: ScriptedServer, mode: str, reply: Reply
) -> None:
    server.on("DELETE", INTEGRATION_PATH, reply)
    result = through(
        mode, "integratorio_client", server, lambda c: c.integrations.delete(INTEGRATION_ID)
    )
    assert result is None
    assert [r.method for r in server.requests] == ["DELETE"]


@pytest.mark.parametrize("mode", MODES)
def test_an_empty_2xx_where_a_body_is_due_says_so(server: ScriptedServer, mode: str) -> None:
    server.on("POST", "/integrations", Reply(204, b""))
    with pytest.raises(validation_error("integratorio_client")) as caught:
        through(mode, "integratorio_client", server, lambda c: c.integrations.create({"name": "O"}))
    assert "204" in str(caught.value) and "empty body" in str(caught.value)
    assert [r.method for r in server.requests] == ["POST"]


# --- nesting deeper than Python reads ---------------------------------------------------------


def _deep(levels: int) -> bytes:
    return b'{"_id": "x", "name": "n", "deep": ' + b"[" * levels + b"]" * levels + b"}"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("levels", [5_000, 100_000])
def test_nesting_deeper_than_python_reads_is_a_typed_error(
    server: ScriptedServer, mode: str, levels: int
) -> None:
    # Before: a raw RecursionError from the JSON decoder.
    server.always(Reply(200, _deep(levels)))
    with pytest.raises(validation_error("integratorio_client")) as caught:
        through(mode, "integratorio_client", server, get_integration)
    message = str(caught.value)
    assert "nests" in message and "sys.setrecursionlimit" in message
    assert len(server.requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_deep_unknown_configuration_is_kept_or_refused_typed(
    server: ScriptedServer, mode: str
) -> None:
    # Deep enough for the JSON decoder, too deep for a recursive copy (copy.deepcopy takes
    # several frames per level). Before: a raw RecursionError from the Hubster parser.
    answer = json.dumps(_twilio_answer())
    nested = "[" * 500 + "]" * 500
    raw = answer.replace('"configuration": {', '"configuration": {"Deep": ' + nested + ", ", 1)
    server.on("GET", HUBSTER_GET, Reply(200, raw.encode()))
    result = through(mode, "hubster_client", server, lambda c: c.integrations.get(HUBSTER_ID))
    deep = result.configuration.additional_properties["Deep"]
    for _ in range(499):
        (deep,) = deep
    assert deep == []
