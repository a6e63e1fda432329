# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
"""``FakeAutobutler``: the Autobutler Mechanics API v2 as a stateful in-memory server.

Why (issue: test bed): tests of code that uses ``autobutler_client`` need a server that keeps
state the way the docs describe (shared/seeds/000_dedd011e6b30ecef.txt; API-FACTS.md,
Autobutler). Proven by tests/testing/test_fake_autobutler.py.

What it does, as documented:

- The catalogue holds the three integrations of the docs' list example (Au2office, Crmp, TWM);
  Crmp starts configured (``id`` 3), as in the example, so the next configuration gets ``id`` 4
  (the PATCH example's).
- ``GET /mechanic_integrations`` lists every integration; active ones carry ``configuration``.
- ``PATCH /mechanic_integrations/{name}`` switches one on or replaces its stored values. Every
  ``authenticationFields`` entry must be present and non-empty, else
  ``{"success": false, "errors": {"<field>": ["must be filled out"]}}``. The docs do not say
  which status carries that body and the spec declares it on 200 and on 422: the fake answers
  422 (``validation_status=200`` makes it answer 200 instead). The answer's
  ``integrationDetails`` leaves out ``countries``, as the docs' PATCH example does.
- ``DELETE /mechanic_integrations/{name}`` switches it off: ``{"success": true}``; an unknown
  name answers ``{"success": false}`` (200, the only status the spec declares for it).
- ``POST /tokens`` signs in a user added with ``add_user`` and hands out a new token. Wrong
  credentials answer 401 with no body; so does a body ``TokenRequest`` refuses, because the
  spec declares no other failure status for this operation.
- Authentication is the raw token in ``Authorization`` (no ``Bearer``); a missing, wrong or
  expired token answers 401 with no body (the spec declares none).
- Names contain ``::``; a path segment is percent-decoded once before lookup, so
  ``MechanicIntegrations::TWMIntegration`` and ``MechanicIntegrations%3A%3ATWMIntegration``
  name the same integration.
- PATCH bodies are checked with the wire model ``IntegrationUpdate``; a body it refuses (or
  one that is not JSON) answers 422 ``{"success": false, "errors": {"<field>": [...]}}``.
"""

from __future__ import annotations

import copy
import secrets
from typing import Any, Final, Literal

from . import _wire_models as wire
from ._server import DEFAULT_TOKEN, FakeServer, Reply, Request, Route, empty_reply, json_reply
from ._validation import Problem, validate

# The docs' list example (seed 000, lines 35-100), copied as data: the fake's starting catalogue.
SEED_INTEGRATIONS: Final[list[dict[str, Any]]] = [
    {
        "integrationDetails": {
            "authenticationFields": ["username", "password"],
            "authenticationType": "simple",
            "countries": ["dk"],
            "features": {"supportsCustomerLookup": False, "supportsOpenJob": True},
            "name": "MechanicIntegrations::Au2officeIntegration",
            "optionFields": [],
        }
    },
    {
        "configuration": {
            "credentials": {"password": "bar", "username": "foo"},
            "id": 3,
            "options": {},
        },
        "integrationDetails": {
            "authenticationFields": ["username", "password"],
            "authenticationType": "simple",
            "countries": ["dk", "se"],
            "features": {"supportsCustomerLookup": True, "supportsOpenJob": True},
            "name": "MechanicIntegrations::CrmpIntegration",
            "optionFields": [],
        },
    },
    {
        "integrationDetails": {
            "authenticationFields": ["username", "token"],
            "authenticationType": "simple",
            "countries": ["dk"],
            "features": {"supportsCustomerLookup": False, "supportsOpenJob": True},
            "name": "MechanicIntegrations::TWMIntegration",
            "optionFields": [],
        }
    },
]

MUST_BE_FILLED_OUT: Final = "must be filled out"  # the docs' message (seed 000, line 199)


def _text(value: Any) -> str:
    # Stored credentials are strings on the wire (IntegrationConfiguration.credentials).
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class FakeAutobutler(FakeServer):
    """The Autobutler Mechanics API v2 on 127.0.0.1; see the module docstring."""

    api_name = "Autobutler Mechanics API"
    base_path = "/api/v2/mechanics"

    def __init__(
        self,
        *,
        port: int = 0,
        token: str = DEFAULT_TOKEN,
        validation_status: Literal[200, 422] = 422,
    ) -> None:
        if validation_status not in (200, 422):
            raise ValueError(
                f"validation_status is {validation_status}; the spec declares the failure body "
                "on 200 and on 422 only."
            )
        self.validation_status = validation_status
        super().__init__(port=port, token=token)

    # --- test helpers ----------------------------------------------------------------------

    def add_user(self, email: str, password: str) -> None:
        """Let ``POST /tokens`` sign in with this e-mail address and password."""
        with self._lock:
            self._users[email] = {"password": password, "id": len(self._users) + 1}

    def expire_tokens(self) -> None:
        """Expire every token, ``fake.token`` included: 401 until a new ``POST /tokens``."""
        with self._lock:
            self._issued.clear()
            self._static_token_valid = False

    def configuration(self, name: str) -> dict[str, Any] | None:
        """The stored configuration of an integration (a copy), or None if it is off."""
        with self._lock:
            stored = self._configurations.get(name)
            return copy.deepcopy(stored)

    # --- FakeServer hooks ------------------------------------------------------------------

    def _reset_state(self) -> None:
        self._details: dict[str, dict[str, Any]] = {}
        self._configurations: dict[str, dict[str, Any]] = {}
        for entry in copy.deepcopy(SEED_INTEGRATIONS):
            name = entry["integrationDetails"]["name"]
            self._details[name] = entry["integrationDetails"]
            if "configuration" in entry:
                self._configurations[name] = entry["configuration"]
        self._next_id = 1 + max((c["id"] for c in self._configurations.values()), default=0)
        self._users: dict[str, dict[str, Any]] = {}
        self._issued: set[str] = set()
        self._static_token_valid = True

    def _build_routes(self) -> list[Route]:
        return [
            Route("GET", "/mechanic_integrations", self._list),
            Route("PATCH", "/mechanic_integrations/{name}", self._update),
            Route("DELETE", "/mechanic_integrations/{name}", self._deactivate),
            Route("POST", "/tokens", self._create_token, public=True),
        ]

    def _is_authorized(self, request: Request) -> bool:
        # The raw token is the whole header value (API-FACTS: no "Bearer" in front of it).
        sent = request.headers.get("authorization", "").strip()
        if not sent:
            return False
        if sent in self._issued:
            return True
        return self._static_token_valid and secrets.compare_digest(
            sent.encode(), self.token.encode()
        )

    def _error_reply(self, status: int, message: str) -> Reply:
        if status == 401:
            return empty_reply(401)  # the spec documents no 401 body
        return json_reply(status, {"success": False, "errors": {"base": [message]}})

    # --- operations ------------------------------------------------------------------------

    def _failed(self, errors: dict[str, list[str]], status: int | None = None) -> Reply:
        body = {"errors": errors, "success": False}
        return json_reply(self.validation_status if status is None else status, body)

    @staticmethod
    def _field_errors(found: list[Problem]) -> dict[str, list[str]]:
        # Keyed by the body's top-level field, as the docs' `errors` are; pydantic's deeper
        # location parts (the union member tried) are not field names.
        errors: dict[str, list[str]] = {}
        for problem in found:
            field = str(problem.location[0]) if problem.location else "base"
            messages = errors.setdefault(field, [])
            if problem.message not in messages:
                messages.append(problem.message)
        return errors

    def _list(self, request: Request) -> Reply:
        entries: list[dict[str, Any]] = []
        for name, details in self._details.items():
            entry: dict[str, Any] = {}
            if name in self._configurations:
                entry["configuration"] = copy.deepcopy(self._configurations[name])
            entry["integrationDetails"] = copy.deepcopy(details)
            entries.append(entry)
        return json_reply(200, {"mechanicIntegrations": entries})

    def _update(self, request: Request) -> Reply:
        name = request.params["name"]
        details = self._details.get(name)
        if details is None:
            known = ", ".join(self._details)
            return self._failed({"name": [f"is not an available integration (known: {known})"]})
        try:
            body = request.json()
        except ValueError as exc:
            return self._failed({"base": [str(exc)]}, 422)
        found = validate(wire.IntegrationUpdate, body)
        if found:
            return self._failed(self._field_errors(found), 422)
        assert isinstance(body, dict)
        missing = {
            field: [MUST_BE_FILLED_OUT]
            for field in details["authenticationFields"]
            if body.get(field) is None or _text(body[field]).strip() == ""
        }
        if missing:
            return self._failed(missing)
        options = {k: v for k, v in body.items() if k in details["optionFields"]}
        # Everything else is a credential: the docs warn that credentials may hold keys beyond
        # authenticationFields.
        credentials = {
            k: _text(v)
            for k, v in body.items()
            if k not in details["optionFields"] and v is not None
        }
        previous = self._configurations.get(name)
        if previous is None:
            config_id = self._next_id
            self._next_id += 1
        else:
            config_id = previous["id"]
        stored = {"credentials": credentials, "id": config_id, "options": options}
        self._configurations[name] = stored
        # The docs' PATCH answer repeats the details without `countries` (seed 000, line 176).
        answered_details = {k: v for k, v in details.items() if k != "countries"}
        return json_reply(
            200,
            {
                "configuration": copy.deepcopy(stored),
                "integrationDetails": copy.deepcopy(answered_details),
                "success": True,
            },
        )

    def _deactivate(self, request: Request) -> Reply:
        name = request.params["name"]
        if name not in self._details:
            return json_reply(200, {"success": False})
        self._configurations.pop(name, None)
        return json_reply(200, {"success": True})

    def _create_token(self, request: Request) -> Reply:
        # The spec declares only 401 for a failed sign-in (no 422 on this operation), so a body
        # that is not JSON or that TokenRequest refuses is a failed sign-in too.
        try:
            body = request.json()
        except ValueError:
            return empty_reply(401)
        if validate(wire.TokenRequest, body):
            return empty_reply(401)
        assert isinstance(body, dict)
        user = self._users.get(body["email"])
        if user is None or not secrets.compare_digest(
            user["password"].encode(), body["password"].encode()
        ):
            return empty_reply(401)  # API-FACTS: bad credentials answer 401
        token = secrets.token_urlsafe(24)
        self._issued.add(token)
        return json_reply(
            200,
            {
                "status": "ok",
                "token": token,
                "refreshToken": secrets.token_urlsafe(24),
                "user": {"id": user["id"], "email": body["email"]},
            },
        )
