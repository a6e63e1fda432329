"""Every operation of every client against ``prism mock specs/<api>.yaml``.

Prism answers each documented response example in turn (``Prefer: code=..., example=...``;
schema-generated bodies where an answer has no example), and the client must parse it without
losing or inventing a field. Each operation is also asked for one documented error status, which
the client must raise as a typed ``APIStatusError`` with that status. Prism validates every
request against the spec as well, so a request the client builds wrongly is a violation here.

Prism serves paths without the server URL's base path (see _prism.py), so the clients get
``base_url=prism.url``; the token is any value, as Prism only checks that the scheme's header is
there (Autobutler: raw ``Authorization``; the others: ``Bearer``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from . import _hubster
from ._compare import differences, to_wire
from ._operations import APIS, calls, make_client, spec_operations
from ._prism import SPECS, PrismServer, ViolationRecorder, prism_missing_reason, prism_mock

pytestmark = pytest.mark.skipif(
    prism_missing_reason() is not None, reason=str(prism_missing_reason())
)

TOKEN = "prism-test-token"
# Documented 2xx answers that say the request was refused: the client raises them as
# UnprocessableEntityError with the body's field errors (Autobutler's `success: false`, see
# autobutler_client/_validation.py), instead of returning them.
REFUSALS = {("autobutler", "updateMechanicIntegration", "validationFailed")}


def _cases() -> Iterator[Any]:
    for api in APIS:
        for op_id, op in spec_operations(api).items():
            for status, example, _ in op.response_examples():
                label = f"{api}-{op_id}-{status}-{example or 'schema'}"
                yield pytest.param(api, op_id, status, example, id=label)


def _error_cases() -> Iterator[Any]:
    for api in APIS:
        for op_id, op in spec_operations(api).items():
            status = op.error_statuses()[0]
            yield pytest.param(api, op_id, status, id=f"{api}-{op_id}-{status}")


@pytest.fixture(scope="module")
def mocks(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, PrismServer]]:
    """One Prism per spec (Hubster: one per view, see _hubster.py), for the whole module."""
    logs = tmp_path_factory.mktemp("prism-mock")
    specs = {
        "autobutler": SPECS / "autobutler.yaml",
        "integratorio": SPECS / "integratorio.yaml",
        "hubster": SPECS / "hubster.yaml",
        "hubster:create": _hubster.write_view("create", logs),
        "hubster:update": _hubster.write_view("update", logs),
    }
    with (
        prism_mock(specs["autobutler"], logs) as autobutler,
        prism_mock(specs["integratorio"], logs) as integratorio,
        prism_mock(specs["hubster"], logs) as hubster,
        prism_mock(specs["hubster:create"], logs) as hubster_create,
        prism_mock(specs["hubster:update"], logs) as hubster_update,
    ):
        yield {
            "autobutler": autobutler,
            "integratorio": integratorio,
            "hubster": hubster,
            "hubster:create": hubster_create,
            "hubster:update": hubster_update,
        }


def _server_for(mocks: dict[str, PrismServer], api: str, op_id: str) -> PrismServer:
    if api == "hubster":
        return mocks[f"hubster:{_hubster.VIEW_OF_OPERATION.get(op_id, 'create')}"]
    return mocks[api]


@pytest.mark.parametrize("api", APIS)
def test_the_call_table_covers_every_operation(api: str) -> None:
    assert sorted(calls(api)) == sorted(spec_operations(api))


@pytest.mark.parametrize(("api", "op_id", "status", "example"), list(_cases()))
def test_every_documented_answer_parses(
    recorder: ViolationRecorder,
    mocks: dict[str, PrismServer],
    api: str,
    op_id: str,
    status: int,
    example: str | None,
) -> None:
    prism = _server_for(mocks, api, op_id)
    prefer = f"code={status}" + (f", example={example}" if example else "")
    with make_client(
        api, token=TOKEN, base_url=prism.url, http_client=recorder.http_client()
    ) as client:
        if (api, op_id, example) in REFUSALS:
            package = __import__(f"{api}_client")
            with pytest.raises(package.UnprocessableEntityError) as raised:
                calls(api)[op_id](client, {"Prefer": prefer})
            result: object = raised.value
        else:
            result = calls(api)[op_id](client, {"Prefer": prefer})

    assert recorder.violations == [], recorder.report()
    answer = recorder.last_response
    assert answer is not None and answer.status_code == status
    wire = answer.json() if answer.content else None
    if (api, op_id, example) in REFUSALS:
        assert isinstance(wire, dict)
        assert getattr(result, "status_code", None) == status
        assert getattr(result, "field_errors", None) == wire["errors"]
    elif api == "hubster":
        # Loose on purpose: one integration, an array of them or a page (see _hubster.py).
        _hubster.assert_answer(result, wire)
    else:
        assert differences(to_wire(result), wire) == []
        if wire is not None:
            assert result is not None


@pytest.mark.parametrize(("api", "op_id", "status"), list(_error_cases()))
def test_a_documented_error_raises_a_typed_error(
    recorder: ViolationRecorder, mocks: dict[str, PrismServer], api: str, op_id: str, status: int
) -> None:
    prism = _server_for(mocks, api, op_id)
    package = __import__(f"{api}_client")
    with (
        make_client(api, token=TOKEN, base_url=prism.url, http_client=recorder.http_client()) as c,
        pytest.raises(package.APIStatusError) as raised,
    ):
        calls(api)[op_id](c, {"Prefer": f"code={status}"})

    assert raised.value.status_code == status
    assert recorder.violations == [], recorder.report()


def test_a_missing_token_is_refused_by_prism(
    recorder: ViolationRecorder, mocks: dict[str, PrismServer]
) -> None:
    """The security scheme is enforced, so the other tests' tokens are really checked for."""
    from autobutler_client import AuthenticationError

    with (
        make_client(
            "autobutler",
            token=TOKEN,
            base_url=mocks["autobutler"].url,
            http_client=recorder.http_client(),
        ) as client,
        pytest.raises(AuthenticationError),
    ):
        # Sending an empty Authorization header overrides the token the client adds.
        client.mechanic_integrations.list(extra_headers={"Authorization": ""})
    # The spec documents a 401, so Prism answers it and reports the violation in the header.
    assert [v.status for v in recorder.violations] == [401]
    assert "Invalid security scheme used" in recorder.violations[0].detail


def test_prism_cannot_tell_hubster_create_from_update(
    recorder: ViolationRecorder, mocks: dict[str, PrismServer]
) -> None:
    """Documents the ambiguity _hubster.py works around (see its docstring).

    On the unmodified spec, a create whose documented answer exists only under createIntegration
    (twilioSmsIntegration) cannot be served: Prism routed the request to updateIntegration.
    If a later Prism routes it right, this test fails and the views can go.
    """
    with make_client(
        "hubster", token=TOKEN, base_url=mocks["hubster"].url, http_client=recorder.http_client()
    ) as client:
        from hubster_client import InternalServerError

        with pytest.raises(InternalServerError):
            calls("hubster")["createIntegration"](
                client, {"Prefer": "code=200, example=twilioSmsIntegration"}
            )
        # The same request answered from update's examples: Prism took it for an update.
        result = calls("hubster")["createIntegration"](
            client, {"Prefer": "code=200, example=webChatIntegration"}
        )
    _hubster.assert_integration(result, channel="WebChat")
    assert [v.status for v in recorder.violations] == [500]
    assert "NOT_FOUND" in recorder.violations[0].detail


def test_views_route_each_hubster_operation_to_its_own_schema(
    recorder: ViolationRecorder, mocks: dict[str, PrismServer], tmp_path: Path
) -> None:
    """On the create view, create's own examples (twilioSms) are reachable and an update body
    (no channelId) is refused as a create: Prism validates against create's schema there."""
    with make_client(
        "hubster",
        token=TOKEN,
        base_url=mocks["hubster:create"].url,
        http_client=recorder.http_client(),
    ) as client:
        from hubster_client import BadRequestError

        result = calls("hubster")["createIntegration"](
            client, {"Prefer": "code=200, example=twilioSmsIntegration"}
        )
        _hubster.assert_integration(result, channel="TwilioSMS")
        assert recorder.violations == []
        # The spec documents a 400, so Prism answers its example (PRT000301) and reports the
        # violation only in the sl-violations header: the recorder is what catches it.
        with pytest.raises(BadRequestError):
            calls("hubster")["updateIntegration"](client, {})
    assert len(recorder.violations) == 1
    assert "must have required property 'channelId'" in recorder.violations[0].detail


@pytest.mark.asyncio
@pytest.mark.parametrize("api", APIS)
async def test_the_async_clients_call_every_operation(
    mocks: dict[str, PrismServer], api: str
) -> None:
    """Same table, async clients: every operation's first documented answer parses."""
    recorder = ViolationRecorder()
    try:
        for op_id, op in spec_operations(api).items():
            status, example, _ = next(op.response_examples())
            prefer = f"code={status}" + (f", example={example}" if example else "")
            async with make_client(
                api,
                token=TOKEN,
                base_url=_server_for(mocks, api, op_id).url,
                http_client=recorder.async_http_client(),
                use_async=True,
            ) as client:
                result = await calls(api)[op_id](client, {"Prefer": prefer})
            answer = recorder.last_response
            assert answer is not None and answer.status_code == status, op_id
            wire = answer.json() if answer.content else None
            if api == "hubster":
                _hubster.assert_answer(result, wire)
            else:
                assert differences(to_wire(result), wire) == [], op_id
        assert recorder.violations == [], recorder.report()
    finally:
        await recorder.aclose()
