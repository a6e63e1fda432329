# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
"""``FakeHubster``: the Hubster Portal API v1 (integrations) as a stateful in-memory server.

Tests of code that uses ``hubster_client`` need a server that keeps state and answers with the
documented quirks. Sources: the current docs, hubsterio/docs at e4a87dd
(docs/api/portal/2_integration.rst, "2_integration.rst:N" below; docs/api/0_overview.rst;
docs/api/6_error_codes.rst), the same integrations page as it was at 0b41be3 ("0b41be3:N" below;
the page this repository started from, hence ``answers="seed"``) and the vendor's SDK,
hubsterio/Hubster.Abstractions. Proven by tests/testing/test_fake_hubster.py.

Two generations of answers: ``FakeHubster()`` answers as the current docs do;
``FakeHubster(answers="seed")`` as the page at 0b41be3 did (numbers for ``channelId`` and
``integrationTypeId`` on reads, ``AcccountSid``, 400 for "not found": it lists no 404,
0b41be3:701-722; proven by the ``test_with_seed_answers_*`` tests). Everything else is shared.

What it does, as documented:

- Hubs must exist: ``fake.add_hub()`` makes one and returns its id.
- ``POST /api/v1/integrations/hubs/{hubId}`` creates (answer 200, the docs' status). Names are
  unique per hub (400 PRT000700). The answer has ``channelId`` and ``integrationTypeId`` as names
  and adds the server's fields as the docs' examples do: ``phoneNumber``/``capabilities``
  (TwilioSMS), ``appId``/``pageId`` (Messenger), ``echo`` (WebChat), the signing keys (System,
  and Direct with a webhook: 2_webhooks.rst:28-33), the Slack tokens and team for the OAuth
  ``code`` with ``nonce`` (current docs, 2_integration.rst:369-388) or ``state`` (0b41be3:358-375).
  Configuration keys are camelCase, except WebChat's, which the docs' create and update answers
  spell in PascalCase (``AllowedOrigins``, ``Echo``, ``Start``).
- ``POST /api/v1/integrations/hubs/{integrationId}`` updates: the same method and path template
  as create. The fake tells them apart by the id: a hub's id creates, an integration's updates.
  An id that is neither answers PRT000699 (hub not found) when the body has a ``channelId`` (a
  create body), else PRT000799 (integration not found): 404, as 6_error_codes.rst:149-160 say
  (400 with ``answers="seed"``). Update merges ``name`` (still unique) and ``statusId``; a
  ``configuration`` replaces the stored one (the signing keys stay unless ``regenerateKeys`` is
  true), except for TwilioSMS, Messenger and Slack, whose configuration update is ignored, as the
  docs warn.
- ``GET /api/v1/integrations/{integrationId}`` answers the integration as the docs' GET examples
  spell it (2_integration.rst:763-896): names; PascalCase for TwilioSMS (``AccountSid``, plus
  ``inboundId``), Messenger (plus ``inboundId``, the page id), Slack and Direct (``WebhookUrl``,
  ``Echo``, ``WelcomeMessage``; the signing keys camelCase, no ``integrationType``); camelCase
  for WebChat and System. With ``answers="seed"``: numbers, ``AcccountSid``, and Direct in
  camelCase with its ``integrationType`` (0b41be3:679-854). An unknown id answers
  PRT000799.
- ``GET /api/v1/integrations/hubs/{hubId}/{channelType}`` answers, as a plain array, the hub's
  integrations of that channel type (a name, any case, or its numeric code) in the GET shape
  (2_integration.rst:900-964). An unknown hub answers PRT000699; an unknown channel type 400
  PRT000201.
- ``GET /api/v1/integrations?hubId=&pageNumber=&pageSize=`` answers one page
  ``{"pageNumber", "pageSize", "total", "results"}`` (0_overview.rst:127-179) of every
  integration, or of one hub's (an unknown hub has none), in creation order and the GET shape.
  pageNumber defaults to 0, pageSize to 50 (the docs' example). pageNumber < 0 answers 400
  PRT000209, a pageSize outside 1..100 400 PRT000206, a value that is not a whole number 400
  PRT000210 (2_integration.rst:1020-1025; 6_error_codes.rst:89-103), every problem in one answer.
- Configuration keys in requests match case-insensitively (the docs' update example sends
  ``Echo``), as the .NET server binds them.
- ``POST /connect/token`` plays the identity service (hubsterio/docs, docs/api/identity/
  0_auth.rst:9-63): a ``client_credentials`` form with the id and secret of a client added with
  ``add_client`` answers a new token as the docs' example does, ``expires_in`` being
  ``fake.token_expires_in`` (2592000, the docs' 30 days; None leaves it out). The docs show no
  failure: the fake answers 400 ``{"error": "invalid_client"}`` / ``"unsupported_grant_type"``
  as OAuth 2 does (RFC 6749, section 5.2). ``fake.token_url`` is its URL; ``expire_tokens()``
  expires every token, ``fake.token`` included; ``token_requests`` counts the token requests.
- ``Authorization: Bearer <token>`` (``fake.token`` or one issued); otherwise 401. Every error is
  ``{"status": <http status>, "errors": [{"code": n, "description": "... (code: PRT00000n)"}]}``.
- Bodies are checked with the wire models (``CreateIntegrationRequest``, ``Update*Integration``);
  a refused body answers 400 with PRT000301 for each missing property and PRT000302 for each
  invalid one.

Status codes follow 6_error_codes.rst:38-67: PRT000100 500, PRT000101 403, PRT000102 401,
PRT000103 501, PRT000104 410, PRT000105 404, PRT000106 409, PRT000107 417, PRT000108 408. Codes
that are the fake's own (Hubster documents none for these): PRT000300 a generic 400, PRT000103
for 405 (the nearest documented one, "not implemented"), PRT000111 for 429 and PRT000112 for 503.
Integration type numbers are the SDK's (Hubster.Abstractions/Enums/IntegrationType.cs:12-17):
None 0, Hubster 1, Customer 2, Agent 3, Bot 4, System 5.
"""

from __future__ import annotations

import copy
import secrets
import urllib.parse
import uuid
from collections.abc import Iterable
from typing import Any, Final, Literal

from pydantic import BaseModel

from . import _wire_models as wire
from ._server import DEFAULT_TOKEN, FakeServer, Reply, Request, Route, json_reply
from ._validation import Problem, validate

# hubsterio/docs, docs/api/5_types.rst:21-71; Hubster 0 from the SDK,
# Hubster.Abstractions/Enums/ChannelType.cs:8-25.
CHANNEL_CODES: Final = {
    "Hubster": 0,
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
# Hubster.Abstractions/Enums/IntegrationType.cs:12-17.
INTEGRATION_TYPE_CODES: Final = {
    "None": 0,
    "Hubster": 1,
    "Customer": 2,
    "Agent": 3,
    "Bot": 4,
    "System": 5,
}

Answers = Literal["current", "seed"]

# The identity service's token endpoint and the lifetime of its example answer, 30 days
# (identity/0_auth.rst:9 and 60).
TOKEN_PATH: Final = "/connect/token"
DOCUMENTED_EXPIRES_IN: Final = 2592000

ACTIVE: Final = 3000  # 2_integration.rst:55-61: Active 3000 (default), Paused 3002

# Documented Portal error codes (6_error_codes.rst) and the fake's own, by name.
INVALID_FORMAT: Final = 201
OUT_OF_RANGE: Final = 206
NOT_NEGATIVE: Final = 209
NOT_A_NUMBER: Final = 210
REQUIRED: Final = 301
INVALID: Final = 302
HUB_NOT_FOUND: Final = 699
NAME_TAKEN: Final = 700
INTEGRATION_NOT_FOUND: Final = 799
_STATUS_CODES: Final = {
    400: 300,  # the fake's own
    401: 102,
    403: 101,
    404: 105,
    405: 103,  # the fake's own
    408: 108,
    409: 106,
    410: 104,
    417: 107,
    429: 111,  # the fake's own
    501: 103,
    503: 112,  # the fake's own
}

# The collection's page size when none is asked for: the docs' example (0_overview.rst:144).
DEFAULT_PAGE_SIZE: Final = 50
MAX_PAGE_SIZE: Final = 100  # 2_integration.rst:1023-1025

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
    "Slack": ("code", "nonce", "state"),
}
# Channels whose configuration an update ignores (2_integration.rst:487-495).
_FROZEN_CONFIGURATION: Final = frozenset({"TwilioSMS", "Messenger", "Slack"})
# Channels whose GET answer spells configuration keys in PascalCase: the current docs
# (2_integration.rst:763-896) and the older page (0b41be3:679-854).
_PASCAL_ON_GET: Final[dict[str, frozenset[str]]] = {
    "current": frozenset({"TwilioSMS", "Messenger", "Slack", "Direct"}),
    "seed": frozenset({"TwilioSMS", "Messenger", "Slack"}),
}

_SIGNING_KEYS: Final = frozenset({"publicSigningKey", "privateSigningKey"})

_UPDATE_MODELS: Final[dict[str, type[BaseModel]]] = {
    "TwilioSMS": wire.UpdateTwilioSmsIntegration,
    "Messenger": wire.UpdateMessengerIntegration,
    "WebChat": wire.UpdateWebChatIntegration,
    "Direct": wire.UpdateDirectIntegration,
    "System": wire.UpdateSystemIntegration,
    "Slack": wire.UpdateSlackIntegration,
}


def _pascal(value: Any, misspelt: bool = False, keep: frozenset[str] = frozenset()) -> Any:
    """``value`` with its keys in PascalCase at every depth, except the top-level ``keep``."""
    if isinstance(value, dict):
        result: dict[str, Any] = {}
        for key, item in value.items():
            name = key if key in keep else key[:1].upper() + key[1:]
            if key == "accountSid" and misspelt:
                # The older page's GET answer misspells the account SID with three c's
                # (0b41be3:688); the current docs spell it right (2_integration.rst:778).
                name = "AcccountSid"
            result[name] = _pascal(item, misspelt)
        return result
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


def _welcome_text(start: Any) -> str | None:
    """The text of the first text message of ``start``, which Direct reads answer as
    ``WelcomeMessage`` (2_integration.rst:851)."""
    if isinstance(start, list):
        for message in start:
            if isinstance(message, dict) and message.get("type") == "text":
                text = message.get("text")
                if isinstance(text, str):
                    return text
    return None


class FakeHubster(FakeServer):
    """The Hubster Portal API v1 (integrations) on 127.0.0.1; see the module docstring.

    ``answers="current"`` (the default) answers as the current docs do; ``answers="seed"`` as
    the older page did (hubsterio/docs at 0b41be3: numeric ``channelId``/``integrationTypeId``
    on reads, the misspelt ``AcccountSid``, 400 for PRT000699/PRT000799).
    """

    api_name = "Hubster Portal API"
    base_path = ""

    def __init__(
        self,
        *,
        port: int = 0,
        token: str = DEFAULT_TOKEN,
        answers: Answers = "current",
        token_expires_in: float | None = DOCUMENTED_EXPIRES_IN,
    ) -> None:
        if answers not in ("current", "seed"):
            raise ValueError(f"answers is {answers!r}; use 'current' or 'seed'.")
        self.answers: Answers = answers
        # The token answer's expires_in (None: left out); any number, to test clients with it.
        self.token_expires_in = token_expires_in
        super().__init__(port=port, token=token)

    @property
    def token_url(self) -> str:
        """The URL of the fake identity service's token endpoint (``POST /connect/token``)."""
        return self.base_url + TOKEN_PATH

    @property
    def token_requests(self) -> int:
        """How many requests the token endpoint has received."""
        return sum(r.method == "POST" and r.path == TOKEN_PATH for r in self.requests)

    # --- test helpers ----------------------------------------------------------------------

    def add_hub(self, hub_id: str | None = None) -> str:
        """Create a hub (a new UUID unless ``hub_id`` is given) and return its id."""
        hub = hub_id or str(uuid.uuid4())
        with self._lock:
            self._hubs.add(hub)
        return hub

    def add_integrations(
        self, hub_id: str, count: int, *, channel: str = "Direct", name: str = "Integration {n}"
    ) -> list[str]:
        """Store ``count`` integrations of ``channel`` in the hub at once; return their ids.

        For listing tests: no request is made. Names are ``name.format(n=1..count)``, continuing
        after the hub's integrations of that pattern, so that they stay unique.
        """
        if channel not in _KNOWN_KEYS:
            raise ValueError(f"channel is {channel!r}; use one of {', '.join(_KNOWN_KEYS)}.")
        samples: dict[str, dict[str, Any]] = {
            "TwilioSMS": {"authToken": "token", "accountSid": "AC0", "numberSid": "PN0"},
            "Messenger": {"pageAccessToken": "EAA0"},
            "WebChat": {"allowedOrigins": ["localhost"]},
            "Direct": {"integrationType": "Agent", "echo": True},
            "System": {"webhookUrl": "https://example.com/hook", "events": ["message"]},
            "Slack": {"code": "code", "nonce": "nonce"},
        }
        with self._lock:
            self.add_hub(hub_id)
            ids: list[str] = []
            number = 0
            while len(ids) < count:
                number += 1
                label = name.format(n=number)
                if self._name_taken(hub_id, label):
                    continue
                integration = self._new_integration(hub_id, channel, label, samples[channel])
                ids.append(integration["integrationId"])
            return ids

    def add_client(self, client_id: str, client_secret: str) -> None:
        """Let ``POST /connect/token`` issue tokens to this client id and secret."""
        with self._lock:
            self._clients[client_id] = client_secret

    def expire_tokens(self) -> None:
        """Expire every token, ``fake.token`` included: 401 until a new token is fetched."""
        with self._lock:
            self._issued.clear()
            self._static_token_valid = False

    def stored(self, integration_id: str) -> dict[str, Any] | None:
        """The integration as the fake stores it (names, camelCase; a copy), or None."""
        with self._lock:
            return copy.deepcopy(self._integrations.get(integration_id))

    # --- FakeServer hooks ------------------------------------------------------------------

    def _reset_state(self) -> None:
        self._hubs: set[str] = set()
        # Insertion order is creation order, the collection's order.
        self._integrations: dict[str, dict[str, Any]] = {}
        self._clients: dict[str, str] = {}
        self._issued: set[str] = set()
        self._static_token_valid = True

    def _build_routes(self) -> list[Route]:
        return [
            Route("POST", "/api/v1/integrations/hubs/{id}", self._create_or_update),
            Route("GET", "/api/v1/integrations/hubs/{hubId}/{channelType}", self._by_channel),
            Route("GET", "/api/v1/integrations", self._collection),
            Route("GET", "/api/v1/integrations/{integrationId}", self._get),
            Route("POST", TOKEN_PATH, self._issue_token, public=True),
        ]

    def _is_authorized(self, request: Request) -> bool:
        scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer":
            return False
        sent = credentials.strip()
        if sent in self._issued:
            return True
        return self._static_token_valid and secrets.compare_digest(
            sent.encode(), self.token.encode()
        )

    def _issue_token(self, request: Request) -> Reply:
        # identity/0_auth.rst:9-63; failures as OAuth 2 words them (RFC 6749, section 5.2).
        form = urllib.parse.parse_qs(request.body.decode("utf-8", "replace"))
        sent = {key: values[0] for key, values in form.items()}
        if sent.get("grant_type") != "client_credentials":
            return json_reply(400, {"error": "unsupported_grant_type"})
        secret = self._clients.get(sent.get("client_id", ""))
        if secret is None or not secrets.compare_digest(
            secret.encode(), sent.get("client_secret", "").encode()
        ):
            return json_reply(400, {"error": "invalid_client"})
        token = secrets.token_urlsafe(24)
        self._issued.add(token)
        answer: dict[str, Any] = {"access_token": token}
        if self.token_expires_in is not None:
            answer["expires_in"] = self.token_expires_in
        answer.update(token_type="Bearer", scope="hubster-portal-api")
        return json_reply(200, answer)

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

    @property
    def _not_found_status(self) -> int:
        # 6_error_codes.rst:149-151, 158-160 (404); the page at 0b41be3 lists 400 and no 404.
        return 400 if self.answers == "seed" else 404

    def _hub_not_found(self, hub_id: str) -> Reply:
        return self._errors(
            self._not_found_status, [(HUB_NOT_FOUND, f"Hub '{hub_id}' was not found.")]
        )

    def _integration_not_found(self, integration_id: str) -> Reply:
        return self._errors(
            self._not_found_status,
            [(INTEGRATION_NOT_FOUND, f"Integration '{integration_id}' was not found.")],
        )

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

    def _as_read(self, integration: dict[str, Any]) -> dict[str, Any]:
        """The GET (and list) answer, as the docs' GET examples spell it."""
        seed = self.answers == "seed"
        channel = integration["channelId"]
        config = copy.deepcopy(integration["configuration"])
        answer: dict[str, Any] = {
            "integrationId": integration["integrationId"],
            "hubId": integration["hubId"],
        }
        if channel == "TwilioSMS":
            answer["inboundId"] = config.get("accountSid", "")
        elif channel == "Messenger" and not seed:
            answer["inboundId"] = config.get("pageId", "")  # 2_integration.rst:797, 804
        if channel == "Direct" and not seed:
            # 2_integration.rst:846-851 and 945-962: no integrationType; WelcomeMessage for
            # the greeting; an integration without a webhook holds only Echo.
            read: dict[str, Any] = {}
            if "webhookUrl" in config:
                read["webhookUrl"] = config["webhookUrl"]
            for key in ("publicSigningKey", "privateSigningKey"):
                if key in config:
                    read[key] = config[key]
            read["echo"] = config.get("echo") is True
            welcome = _welcome_text(config.get("start"))
            if welcome is not None:
                read["welcomeMessage"] = welcome
            config = read
        if channel in _PASCAL_ON_GET[self.answers]:
            # Direct reads keep the signing keys in camelCase (2_integration.rst:848-849).
            config = _pascal(config, misspelt=seed, keep=_SIGNING_KEYS)
        type_name = integration["integrationTypeId"]
        answer.update(
            {
                "integrationTypeId": INTEGRATION_TYPE_CODES[type_name] if seed else type_name,
                "channelId": CHANNEL_CODES[channel] if seed else channel,
                "name": integration["name"],
                "statusId": integration["statusId"],
                "configuration": config,
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
            return self._hub_not_found(target)
        return self._integration_not_found(target)

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
        sent = body["configuration"]
        if channel == "Slack" and "nonce" not in sent and "state" not in sent:
            # Current docs: code and nonce (2_integration.rst:383-388); 0b41be3:358-375: code and
            # state. Test: test_fake_hubster.py::test_create_slack_takes_nonce_or_state.
            return self._errors(400, [(REQUIRED, "Property 'configuration.nonce' is required.")])
        name = body["name"]
        if self._name_taken(hub_id, name):
            return self._errors(
                400,
                [(NAME_TAKEN, f"An integration named '{name}' already exists in this hub.")],
            )
        integration = self._new_integration(hub_id, channel, name, sent, body.get("statusId"))
        return json_reply(200, self._as_created(integration))

    def _new_integration(
        self,
        hub_id: str,
        channel: str,
        name: str,
        sent: dict[str, Any],
        status: int | None = None,
    ) -> dict[str, Any]:
        config = self._new_configuration(channel, sent)
        integration_type = (
            sent["integrationType"] if channel == "Direct" else _CHANNEL_TYPES[channel]
        )
        integration: dict[str, Any] = {
            "integrationId": str(uuid.uuid4()),
            "hubId": hub_id,
            "integrationTypeId": integration_type,
            "channelId": channel,
            "name": name,
            "statusId": status or ACTIVE,
            "configuration": config,
        }
        self._integrations[integration["integrationId"]] = integration
        return integration

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
            if "webhookUrl" in sent:
                # Signing keys sign webhook posts; websockets need none (2_webhooks.rst:15-33).
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
                # Ignored, as the docs warn (2_integration.rst:487-495): not even validated.
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
        if channel == "System" or (channel == "Direct" and "webhookUrl" in config):
            regenerate = sent.get("regenerateKeys") is True
            for key in ("publicSigningKey", "privateSigningKey"):
                config[key] = _signing_key() if regenerate or key not in old else old[key]
        return config

    def _get(self, request: Request) -> Reply:
        integration_id = request.params["integrationId"]
        integration = self._integrations.get(integration_id)
        if integration is None:
            return self._integration_not_found(integration_id)
        return json_reply(200, self._as_read(integration))

    def _by_channel(self, request: Request) -> Reply:
        hub_id = request.params["hubId"]
        asked = request.params["channelType"]
        if hub_id not in self._hubs:
            return self._hub_not_found(hub_id)
        # ASP.NET binds an enum from its name (any case) or its number.
        by_lower = {name.lower(): name for name in CHANNEL_CODES}
        by_code = {str(code): name for name, code in CHANNEL_CODES.items()}
        channel = by_lower.get(asked.lower()) or by_code.get(asked)
        if channel is None:
            return self._errors(
                400,
                [(INVALID_FORMAT, f"Value '{asked}' is not a valid channel type.")],
            )
        found = [
            self._as_read(integration)
            for integration in self._integrations.values()
            if integration["hubId"] == hub_id and integration["channelId"] == channel
        ]
        return json_reply(200, found)

    def _collection(self, request: Request) -> Reply:
        problems: list[tuple[int, str]] = []
        numbers: dict[str, int] = {}
        for name, default in (("pageNumber", 0), ("pageSize", DEFAULT_PAGE_SIZE)):
            values = request.query.get(name)
            if not values:
                numbers[name] = default
                continue
            text = values[-1].strip()
            try:
                numbers[name] = int(text, 10)
            except ValueError:
                problems.append((NOT_A_NUMBER, f"Value '{text}' of '{name}' is not a number."))
                numbers[name] = default
        if numbers["pageNumber"] < 0:
            problems.append(
                (NOT_NEGATIVE, f"Value '{numbers['pageNumber']}' of 'pageNumber' is below 0.")
            )
        if not 1 <= numbers["pageSize"] <= MAX_PAGE_SIZE:
            problems.append((OUT_OF_RANGE, f"Value '{numbers['pageSize']}' is not valid."))
        if problems:
            return self._errors(400, problems)
        hubs = request.query.get("hubId")
        hub_filter = hubs[-1] if hubs else None
        chosen = [
            integration
            for integration in self._integrations.values()
            if hub_filter is None or integration["hubId"] == hub_filter
        ]
        size, number = numbers["pageSize"], numbers["pageNumber"]
        page = chosen[number * size : (number + 1) * size]
        return json_reply(
            200,
            {
                "pageNumber": number,
                "pageSize": size,
                "total": len(chosen),
                "results": [self._as_read(integration) for integration in page],
            },
        )
