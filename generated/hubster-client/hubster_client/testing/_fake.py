# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
"""``FakeHubster``: the Hubster Portal API v1 (integrations) as a stateful in-memory server.

Why (issue: test bed): tests of code that uses ``hubster_client`` need a server that keeps state
and answers with the documented quirks (shared/seeds/003_cfd0551e43a1ca90.txt; API-FACTS.md,
Hubster). Proven by tests/testing/test_fake_hubster.py.

What it does, as documented:

- Hubs must exist: ``fake.add_hub()`` makes one and returns its id.
- ``POST /api/v1/integrations/hubs/{hubId}`` creates (answer 200, the docs' status). Names are
  unique per hub (400 PRT000700). The answer has ``channelId`` and ``integrationTypeId`` as names
  and adds the server's fields as the docs' examples do: ``phoneNumber``/``capabilities``
  (TwilioSMS), ``appId``/``pageId`` (Messenger), ``echo`` (WebChat), the signing keys (Direct,
  System), the Slack tokens and team for the OAuth ``code``/``state`` (Slack). Configuration keys
  are camelCase, except WebChat's, which the docs' create and update answers spell in
  PascalCase (``AllowedOrigins``, ``Echo``, ``Start``).
- ``POST /api/v1/integrations/hubs/{integrationId}`` updates: the same method and path template
  as create. The fake tells them apart by the id: a hub's id creates, an integration's updates.
  An id that is neither answers 400 PRT000699 (hub not found) when the body has a
  ``channelId`` (a create body), else 400 PRT000799 (integration not found). Update merges
  ``name`` (still unique) and ``statusId``; a ``configuration`` replaces the stored one (the
  signing keys stay unless ``regenerateKeys`` is true), except for TwilioSMS, Messenger and
  Slack, whose configuration update is ignored, as the docs warn.
- ``GET /api/v1/integrations/{integrationId}`` answers ``channelId`` and ``integrationTypeId``
  as numbers, and spells configuration keys as the docs' GET examples do: PascalCase for
  TwilioSMS (with the misspelt ``AcccountSid``, plus ``inboundId``), Messenger and Slack;
  camelCase for WebChat, Direct and System. An unknown id answers 400 PRT000799.
- Configuration keys in requests match case-insensitively (the docs' update example sends
  ``Echo``), as the .NET server binds them.
- ``Authorization: Bearer <token>``; otherwise 401. Every error is
  ``{"status": <http status>, "errors": [{"code": n, "description": "... (code: PRT00000n)"}]}``.
- Bodies are checked with the wire models (``CreateIntegrationRequest``, ``Update*Integration``);
  a refused body answers 400 with PRT000301 for each missing property and PRT000302 for each
  invalid one.

Codes the docs document: PRT000301, 699, 700, 799, 105, 106, 108. Codes that are the fake's own
(Hubster documents none for these): PRT000302 invalid property, PRT000100 server error,
PRT000101 unauthorized, PRT000102 forbidden, PRT000103 method not allowed, PRT000107 too many
requests, PRT000109 unavailable. Integration type numbers are not documented either: the fake
answers Agent 1, Customer 2 (the docs' TwilioSMS GET answers 2 for a Customer integration),
Bot 3, System 4.
"""

from __future__ import annotations

import copy
import secrets
import uuid
from collections.abc import Iterable
from typing import Any, Final

from pydantic import BaseModel

from . import _wire_models as wire
from ._server import DEFAULT_TOKEN, FakeServer, Reply, Request, Route, json_reply
from ._validation import Problem, validate

# API-FACTS, Hubster "Channel types (name, numeric value)".
CHANNEL_CODES: Final = {
    "Direct": 1,
    "Bot": 2,
    "System": 3,
    "Messenger": 101,
    "TwilioSMS": 102,
    "Line": 103,
    "Telegram": 104,
    "Kik": 105,
    "WebChat": 106,
    "Slack": 1001,
}
# Not documented (API-FACTS); Customer = 2 follows from the docs' TwilioSMS GET example.
INTEGRATION_TYPE_CODES: Final = {"Agent": 1, "Customer": 2, "Bot": 3, "System": 4}

ACTIVE: Final = 3000  # API-FACTS: Active 3000, Paused 3002; create defaults to Active

# Documented Portal error codes (API-FACTS) and the fake's own, by name.
REQUIRED: Final = 301
INVALID: Final = 302  # the fake's own
HUB_NOT_FOUND: Final = 699
NAME_TAKEN: Final = 700
INTEGRATION_NOT_FOUND: Final = 799
_STATUS_CODES: Final = {
    400: 300,  # the fake's own
    401: 101,  # the fake's own
    403: 102,  # the fake's own
    404: 105,
    405: 103,  # the fake's own
    408: 108,
    409: 106,
    429: 107,  # the fake's own
    503: 109,  # the fake's own
}

# Who each channel speaks for when created (the docs' create answers); Direct says it itself.
_CHANNEL_TYPES: Final = {
    "TwilioSMS": "Customer",
    "Messenger": "Customer",
    "WebChat": "Customer",
    "System": "System",
    "Slack": "Agent",
}
# Configuration keys each channel knows (requests bind them case-insensitively).
_KNOWN_KEYS: Final[dict[str, tuple[str, ...]]] = {
    "TwilioSMS": ("authToken", "accountSid", "numberSid"),
    "Messenger": ("pageAccessToken",),
    "WebChat": ("allowedOrigins", "echo", "start"),
    "Direct": ("integrationType", "echo", "webhookUrl", "regenerateKeys", "start"),
    "System": ("webhookUrl", "events", "regenerateKeys"),
    "Slack": ("code", "state"),
}
# Channels whose configuration an update ignores (seed 003, lines 462-470).
_FROZEN_CONFIGURATION: Final = frozenset({"TwilioSMS", "Messenger", "Slack"})
# Channels whose GET answer spells configuration keys in PascalCase (seed 003, lines 679-854).
_PASCAL_ON_GET: Final = frozenset({"TwilioSMS", "Messenger", "Slack"})

_UPDATE_MODELS: Final[dict[str, type[BaseModel]]] = {
    "TwilioSMS": wire.UpdateTwilioSmsIntegration,
    "Messenger": wire.UpdateMessengerIntegration,
    "WebChat": wire.UpdateWebChatIntegration,
    "Direct": wire.UpdateDirectIntegration,
    "System": wire.UpdateSystemIntegration,
    "Slack": wire.UpdateSlackIntegration,
}


def _pascal_key(key: str) -> str:
    # The docs' GET answers misspell the account SID with three c's (seed 003, line 688).
    if key == "accountSid":
        return "AcccountSid"
    return key[:1].upper() + key[1:]


def _pascal(value: Any) -> Any:
    if isinstance(value, dict):
        return {_pascal_key(k): _pascal(v) for k, v in value.items()}
    return value


def _signing_key() -> str:
    return secrets.token_hex(16).upper()  # 32 hex digits, as in the docs' System example


def _digits(count: int) -> str:
    return "".join(secrets.choice("0123456789") for _ in range(count))


def _normalise_keys(config: Any, known: Iterable[str]) -> Any:
    """Spell known keys as the docs do (``Echo`` -> ``echo``); other keys stay as sent."""
    if not isinstance(config, dict):
        return config
    by_lower = {key.lower(): key for key in known}
    return {by_lower.get(key.lower(), key): value for key, value in config.items()}


class FakeHubster(FakeServer):
    """The Hubster Portal API v1 (integrations) on 127.0.0.1; see the module docstring."""

    api_name = "Hubster Portal API"
    base_path = ""

    def __init__(self, *, port: int = 0, token: str = DEFAULT_TOKEN) -> None:
        super().__init__(port=port, token=token)

    # --- test helpers ----------------------------------------------------------------------

    def add_hub(self, hub_id: str | None = None) -> str:
        """Create a hub (a new UUID unless ``hub_id`` is given) and return its id."""
        hub = hub_id or str(uuid.uuid4())
        with self._lock:
            self._hubs.add(hub)
        return hub

    def stored(self, integration_id: str) -> dict[str, Any] | None:
        """The integration as the fake stores it (names, camelCase; a copy), or None."""
        with self._lock:
            return copy.deepcopy(self._integrations.get(integration_id))

    # --- FakeServer hooks ------------------------------------------------------------------

    def _reset_state(self) -> None:
        self._hubs: set[str] = set()
        self._integrations: dict[str, dict[str, Any]] = {}

    def _build_routes(self) -> list[Route]:
        return [
            Route("POST", "/api/v1/integrations/hubs/{id}", self._create_or_update),
            Route("GET", "/api/v1/integrations/{integrationId}", self._get),
        ]

    def _is_authorized(self, request: Request) -> bool:
        scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
        return scheme.lower() == "bearer" and secrets.compare_digest(
            credentials.strip().encode(), self.token.encode()
        )

    def _error_reply(self, status: int, message: str) -> Reply:
        code = _STATUS_CODES.get(status, 100 if status >= 500 else 300)
        return self._errors(status, [(code, message)])

    # --- answers ---------------------------------------------------------------------------

    @staticmethod
    def _errors(status: int, entries: list[tuple[int, str]]) -> Reply:
        errors = [
            {"code": code, "description": f"{text} (code: PRT{code:06d})"} for code, text in entries
        ]
        return json_reply(status, {"status": status, "errors": errors})

    def _invalid(self, found: list[Problem], strip_tag: str | None = None) -> Reply:
        entries: list[tuple[int, str]] = []
        for problem in found:
            location = problem.location
            if strip_tag is not None and location[:1] == (strip_tag,):
                location = location[1:]  # pydantic puts the union's tag first
            field = Problem(location, problem.message, problem.missing).field
            if problem.message.startswith("Unable to extract tag"):
                entries.append((REQUIRED, "Property 'channelId' is required."))
            elif "does not match any of the expected tags" in problem.message:
                names = ", ".join(_KNOWN_KEYS)
                entries.append((INVALID, f"Property 'channelId' must be one of {names}."))
            elif problem.missing:
                entries.append((REQUIRED, f"Property '{field}' is required."))
            elif field:
                entries.append((INVALID, f"Property '{field}' is not valid: {problem.message}."))
            else:
                entries.append((INVALID, f"The body is not valid: {problem.message}."))
        return self._errors(400, entries)

    @staticmethod
    def _as_created(integration: dict[str, Any]) -> dict[str, Any]:
        """The create/update answer: names, camelCase (WebChat: PascalCase, as documented)."""
        answer = copy.deepcopy(integration)
        if answer["channelId"] == "WebChat":
            answer["configuration"] = _pascal(answer["configuration"])
        return answer

    @staticmethod
    def _as_read(integration: dict[str, Any]) -> dict[str, Any]:
        """The GET answer: numeric codes, and PascalCase where the docs' GET shows it."""
        channel = integration["channelId"]
        config = copy.deepcopy(integration["configuration"])
        answer: dict[str, Any] = {
            "integrationId": integration["integrationId"],
            "hubId": integration["hubId"],
        }
        if channel == "TwilioSMS":
            answer["inboundId"] = config.get("accountSid", "")
        answer.update(
            {
                "integrationTypeId": INTEGRATION_TYPE_CODES[integration["integrationTypeId"]],
                "channelId": CHANNEL_CODES[channel],
                "name": integration["name"],
                "statusId": integration["statusId"],
                "configuration": _pascal(config) if channel in _PASCAL_ON_GET else config,
            }
        )
        return answer

    def _name_taken(self, hub_id: str, name: str, other_than: str | None = None) -> bool:
        return any(
            i["hubId"] == hub_id and i["name"] == name and i["integrationId"] != other_than
            for i in self._integrations.values()
        )

    # --- operations ------------------------------------------------------------------------

    def _create_or_update(self, request: Request) -> Reply:
        target = request.params["id"]
        try:
            body = request.json()
        except ValueError as exc:
            return self._errors(400, [(INVALID, str(exc))])
        if target in self._integrations:
            return self._update(self._integrations[target], body)
        if target in self._hubs:
            return self._create(target, body)
        if isinstance(body, dict) and "channelId" in body:
            return self._errors(400, [(HUB_NOT_FOUND, f"Hub '{target}' was not found.")])
        return self._errors(
            400, [(INTEGRATION_NOT_FOUND, f"Integration '{target}' was not found.")]
        )

    def _create(self, hub_id: str, body: Any) -> Reply:
        channel = body.get("channelId") if isinstance(body, dict) else None
        if isinstance(body, dict) and isinstance(channel, str) and channel in _KNOWN_KEYS:
            body = {
                **body,
                "configuration": _normalise_keys(body.get("configuration"), _KNOWN_KEYS[channel]),
            }
        found = validate(wire.CreateIntegrationRequest, body)
        if found:
            return self._invalid(found, strip_tag=channel if isinstance(channel, str) else None)
        assert isinstance(body, dict) and isinstance(channel, str)
        name = body["name"]
        if self._name_taken(hub_id, name):
            return self._errors(
                400,
                [(NAME_TAKEN, f"An integration named '{name}' already exists in this hub.")],
            )
        sent = body["configuration"]
        config = self._new_configuration(channel, sent)
        integration_type = (
            sent["integrationType"] if channel == "Direct" else _CHANNEL_TYPES[channel]
        )
        integration = {
            "integrationId": str(uuid.uuid4()),
            "hubId": hub_id,
            "integrationTypeId": integration_type,
            "channelId": channel,
            "name": name,
            "statusId": body.get("statusId") or ACTIVE,
            "configuration": config,
        }
        self._integrations[integration["integrationId"]] = integration
        return json_reply(200, self._as_created(integration))

    @staticmethod
    def _new_configuration(channel: str, sent: dict[str, Any]) -> dict[str, Any]:
        """What the server stores for a new integration (the docs' create answers)."""
        if channel == "TwilioSMS":
            return {
                "accountSid": sent["accountSid"],
                "authToken": sent["authToken"],
                "numberSid": sent["numberSid"],
                "phoneNumber": "+1647" + _digits(7),
                "capabilities": {"mms": True, "sms": True, "voice": True},
            }
        if channel == "Messenger":
            return {
                "appId": _digits(14),
                "pageId": _digits(15),
                "pageAccessToken": sent["pageAccessToken"],
            }
        if channel == "WebChat":
            echo = sent.get("echo")
            config = {"allowedOrigins": sent["allowedOrigins"], "echo": echo in (True, None)}
            if "start" in sent:
                config["start"] = sent["start"]
            return config
        if channel == "Direct":
            config = {"integrationType": sent["integrationType"]}
            for key in ("echo", "webhookUrl"):
                if key in sent:
                    config[key] = sent[key]
            config["publicSigningKey"] = _signing_key()
            config["privateSigningKey"] = _signing_key()
            if "start" in sent:
                config["start"] = sent["start"]
            return config
        if channel == "System":
            return {
                "events": sent["events"],
                "webhookUrl": sent["webhookUrl"],
                "publicSigningKey": _signing_key(),
                "privateSigningKey": _signing_key(),
            }
        # Slack: the server trades the OAuth code for tokens (the docs' create answer).
        return {
            "botAccessToken": f"xoxb-{_digits(12)}-{secrets.token_hex(12)}",
            "appAccessToken": f"xoxp-{_digits(12)}-{secrets.token_hex(12)}",
            "defaultPublicChannel": "general",
            "teamId": "T" + secrets.token_hex(4).upper(),
            "botName": "Hubster.io",
        }

    def _update(self, integration: dict[str, Any], body: Any) -> Reply:
        channel = integration["channelId"]
        frozen = channel in _FROZEN_CONFIGURATION
        if isinstance(body, dict):
            if frozen:
                # Ignored, as the docs warn (seed 003, lines 462-470): not even validated.
                body = {k: v for k, v in body.items() if k != "configuration"}
            elif "configuration" in body:
                body = {
                    **body,
                    "configuration": _normalise_keys(body["configuration"], _KNOWN_KEYS[channel]),
                }
        found = validate(_UPDATE_MODELS[channel], body)
        if found:
            return self._invalid(found)
        assert isinstance(body, dict)
        name = body.get("name")
        if name is not None:
            if self._name_taken(integration["hubId"], name, integration["integrationId"]):
                return self._errors(
                    400,
                    [(NAME_TAKEN, f"An integration named '{name}' already exists in this hub.")],
                )
            integration["name"] = name
        if body.get("statusId") is not None:
            integration["statusId"] = body["statusId"]
        sent = body.get("configuration")
        if isinstance(sent, dict) and not frozen:
            integration["configuration"] = self._replaced_configuration(channel, integration, sent)
        return json_reply(200, self._as_created(integration))

    @staticmethod
    def _replaced_configuration(
        channel: str, integration: dict[str, Any], sent: dict[str, Any]
    ) -> dict[str, Any]:
        """A sent configuration replaces the stored one; the server's own fields stay."""
        old = integration["configuration"]
        config = {k: v for k, v in sent.items() if k != "regenerateKeys"}
        if channel == "Direct":
            # The docs' own update example leaves integrationType out: keep the stored one.
            if config.get("integrationType") is None:
                config["integrationType"] = old.get("integrationType")
            integration["integrationTypeId"] = config["integrationType"]
        if channel == "WebChat" and not isinstance(config.get("echo", True), bool):
            del config["echo"]  # unchecked by the model (extra key): keep answers schema-valid
        if channel in ("Direct", "System"):
            regenerate = sent.get("regenerateKeys") is True
            for key in ("publicSigningKey", "privateSigningKey"):
                config[key] = _signing_key() if regenerate else old[key]
        return config

    def _get(self, request: Request) -> Reply:
        integration = self._integrations.get(request.params["integrationId"])
        if integration is None:
            return self._errors(
                400,
                [
                    (
                        INTEGRATION_NOT_FOUND,
                        f"Integration '{request.params['integrationId']}' was not found.",
                    )
                ],
            )
        return json_reply(200, self._as_read(integration))
