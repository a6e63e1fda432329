# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
"""``FakeAutobutler``: the Autobutler Mechanics API v2 as a stateful in-memory server.

Tests of code that uses ``autobutler_client`` need a server that keeps state the way the
vendor's docs describe: autobutler/mechanics_api_docs, source/includes/_mechanic_integrations.md
(the integrations and their actions; "lines N" below), _tokens.md (sign-in) and
_authentication.md (the token). Proven by tests/testing/test_fake_autobutler.py.

What it does, as documented:

- The catalogue holds the three integrations of the docs' list example (lines 35-100:
  Au2office, Crmp, TWM); Crmp starts configured (``id`` 3), as in the example, so the next
  configuration gets ``id`` 4 (the PATCH example's, line 173).
- ``GET /mechanic_integrations`` lists every integration; active ones carry ``configuration``.
- ``PATCH /mechanic_integrations/{name}`` switches one on or replaces its stored values. Every
  ``authenticationFields`` entry must be present and non-empty, else
  ``{"success": false, "errors": {"<field>": ["must be filled out"]}}`` (lines 195-204). The
  docs do not say which status carries that body and the spec declares it on 200 and on 422:
  the fake answers 422 (``validation_status=200`` makes it answer 200 instead). The answer's
  ``integrationDetails`` leaves out ``countries``, as the docs' PATCH example does (lines
  167-190).
- ``DELETE /mechanic_integrations/{name}`` switches it off: ``{"success": true}``; an unknown
  name answers ``{"success": false}`` (200, the only status the spec declares for it).
- ``GET /mechanic_integrations/{name}/job_urls/{id}`` and ``.../car_urls/{id}`` answer
  ``{"url": ...}`` for an integration that supports the action, made from its URL template
  (``{id}`` replaced by the id) and sent as it is: ``|`` and custom schemes included. By
  default Crmp opens jobs with a URL shaped like the docs' example
  (autobutler/mechanics_api_docs, source/includes/_mechanic_integrations.md, lines 293 and
  319-323); ``add_integration`` adds one that opens cars, such as the docs' Autofrontal (lines
  353 and 379-383), and ``set_actions`` changes what an integration supports.
- ``POST /mechanic_integrations/{name}/offers`` checks the body with the wire model
  ``OfferRequest`` and answers ``{"offer": ..., "success": true}``: the docs' offer (lines
  447-677) with the quotation id sent and the integration's name put in. By default TWM builds
  offers (line 413). Every offer built is kept (``offers()``): building is a create.
- An action answers 400 with ``{"success": false, "errors": {"<field>": [...]}}`` (the docs'
  failure body, lines 195-204; the docs document 400 as "does not support", lines 342-346,
  402-406, 700-704) when the integration does not support it, is not switched on (the actions
  use the stored configuration), is unknown, when the id in the path is not an integer, or when
  the offer body is refused (the API answers validation failures with 400).
- ``POST /tokens`` signs in a user added with ``add_user`` and hands out a new token and the
  documented ``user`` (_tokens.md, lines 40-53 and 79-83). Wrong credentials answer 401 with no
  body (_tokens.md line 89); so does a body ``TokenRequest`` refuses, because the spec declares
  no other failure status for this operation.
- Authentication is the raw token in ``Authorization`` (no ``Bearer``: _authentication.md lines
  5-20); a missing, wrong or expired token answers 401 with no body (lines 26-29; the spec
  declares no body).
- Names contain ``::``; a path segment is percent-decoded once before lookup, so
  ``MechanicIntegrations::TWMIntegration`` and ``MechanicIntegrations%3A%3ATWMIntegration``
  name the same integration.
- PATCH bodies are checked with the wire model ``IntegrationUpdate``; a body it refuses (or
  one that is not JSON) answers 422 ``{"success": false, "errors": {"<field>": [...]}}``.
"""

from __future__ import annotations

import copy
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final, Literal

from . import _wire_models as wire
from ._server import DEFAULT_TOKEN, FakeServer, Reply, Request, Route, empty_reply, json_reply
from ._validation import Problem, validate

# The docs' list example (_mechanic_integrations.md lines 35-100), copied as data: the fake's
# starting catalogue. Test: tests/testing/test_fake_autobutler.py::
# test_list_answers_the_documented_catalogue_with_crmp_configured.
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

MUST_BE_FILLED_OUT: Final = "must be filled out"  # _mechanic_integrations.md line 199

CRMP: Final = "MechanicIntegrations::CrmpIntegration"
TWM: Final = "MechanicIntegrations::TWMIntegration"
AUTOFRONTAL: Final = "MechanicIntegrations::AutofrontalIntegration"

# URL templates shaped like the docs' answers (autobutler/mechanics_api_docs,
# source/includes/_mechanic_integrations.md, lines 321 and 381); "{id}" becomes the id asked for.
CRMP_JOB_URL: Final = (
    "http://APP.crmp.com/Login.aspx?Un=admin|1233213&PS=12345123&aup=123123123|{id}"
)
AUTOFRONTAL_CAR_URL: Final = "autofrontal:/REG={id}"


@dataclass(frozen=True)
class Actions:
    """What an integration can do once it is switched on (None / False: not supported)."""

    job_url: str | None = None  # URL template, "{id}" replaced by the job's id
    car_url: str | None = None  # URL template, "{id}" replaced by the car's id
    offers: bool = False


# Who does what by default, as the docs' examples show (autobutler/mechanics_api_docs,
# source/includes/_mechanic_integrations.md): Crmp opens a job (line 293), TWM builds an offer
# (line 413). The docs' car example uses Autofrontal (line 353), which the docs' list (lines
# 35-100) does not offer: add_integration(AUTOFRONTAL, car_url=AUTOFRONTAL_CAR_URL).
DEFAULT_ACTIONS: Final[dict[str, Actions]] = {
    CRMP: Actions(job_url=CRMP_JOB_URL),
    TWM: Actions(offers=True),
}

# The docs' offer built from TWM quotation 10391678 (autobutler/mechanics_api_docs,
# source/includes/_mechanic_integrations.md, lines 447-677), as data: its three lines (TEST 1-3)
# are made from their quantity and price. The fake answers it with the quotation id sent in
# place of 10391678 and the integration's name in place of TWM's. That it equals the docs' block
# is tested: tests/testing/test_fake_autobutler.py::test_build_offer_answers_the_documented_offer.
DOCUMENTED_REMOTE_ID: Final = "10391678"


def _twm_line(no: int, quantity: int, price: int, wire_unit: str) -> dict[str, Any]:
    return {
        "case_id": DOCUMENTED_REMOTE_ID,
        "discount_percent": "0",
        "product_category_no": "101",
        "product_no": f"00{no}",
        "product_text": f"TEST {no}",
        "quantity": str(quantity),
        "quotation_line_id": str(no),
        "sub_total": f"{quantity * price}.0000",
        "sub_total_incl_vat": f"{quantity * price * 5 // 4}.0000",
        "unit": wire_unit,
        "unit_sales_price": f"{price}.0000",
        "unit_sales_price_incl_vat": f"{price * 5 // 4}.0000",
        "user_id": "21505",
    }


def _line_item(raw: dict[str, Any], unit: str) -> dict[str, Any]:
    price = float(raw["unit_sales_price"])
    quantity = float(raw["quantity"])
    return {
        "articleNumber": raw["product_no"],
        "category": None,
        "createdAt": None,
        "customerPrice": price,
        "description": raw["product_text"],
        "discountPercent": 0.0,
        "discountedCustomerPrice": price,
        "discountedCustomerPriceWithVat": price * 1.25,
        "grossPrice": price,
        "id": None,
        "manufacturer": None,
        "mechanicIntegrationData": {TWM: dict(raw)},
        "netPrice": price,
        "partnerData": {},
        "quantity": quantity,
        "subtotal": price * quantity,
        "subtotalWithVat": price * quantity * 1.25,
        "type": "",
        "unit": unit,
    }


_TWM_LINES: Final = [
    (_twm_line(1, 1, 100, "Stk."), "pcs"),
    (_twm_line(2, 2, 200, "Stk."), "pcs"),
    (_twm_line(3, 3, 300, "Timer"), "hours"),
]

DOCUMENTED_OFFER: Final[dict[str, Any]] = {
    "acceptanceText": None,
    "acceptedToCompleteAt": None,
    "availableOn": None,
    "body": None,
    "cancelComment": None,
    "cancelledAt": None,
    "carPickupAt": None,
    "completionNote": None,
    "completionTimeOfDay": None,
    "courtesyCar": False,
    "createdAt": None,
    "declinedAt": None,
    "draft": False,
    "expirationDate": None,
    "guaranteeOnParts": None,
    "guaranteeOnWork": None,
    "id": None,
    "jobWillBeCompletedOn": None,
    "lost": False,
    "marketPrice": None,
    "mechanicIntegrationData": {
        TWM: {
            "raw_quotation": {
                "case_id": DOCUMENTED_REMOTE_ID,
                "case_no": "99",
                "comments": None,
                "internal_comments": (
                    "Anhængertræk - Fastmonteret, 7-pole - Skal bruges til montering af "
                    "cykelanhænger.\n"
                ),
                "make_and_model": None,
                "offer_length": None,
                "our_ref": None,
                "quotation_date": "2017-02-16T15:17:35.000+00:00",
                "quotation_lines": {"quotation_line": [raw for raw, _ in _TWM_LINES]},
                "user_id": "21505",
                "your_ref": None,
            },
            "remote_id": DOCUMENTED_REMOTE_ID,
        }
    },
    "pickupTimeOfDay": None,
    "priceDetails": {
        "lineItems": [_line_item(raw, unit) for raw, unit in _TWM_LINES],
        "pricing": "LINE_ITEMS",
        "subtotal": 1431.2,
        "totalNumberOfHours": 3.0,
        "totalPrice": 1789.0,
        "totalsExcludingVat": {
            "priceOfCourtesyCar": 0.0,
            "priceOfParts": 500.0,
            "priceOfWork": 900.0,
            "priceOfWorkPerHour": 300.0,
            "serviceFee": 31.2,
        },
        "totalsIncludingVat": {
            "priceOfCourtesyCar": 0.0,
            "priceOfParts": 625.0,
            "priceOfWork": 1125.0,
            "priceOfWorkPerHour": 375.0,
            "serviceFee": 39.0,
        },
        "vat": 357.8,
        "vatFactor": 0.25,
    },
    "qualityOfParts": None,
    "rejectedExplanation": None,
    "rejectedReason": None,
}

# The documented user of a sign-in (autobutler/mechanics_api_docs, source/includes/_tokens.md,
# lines 45-51).
DOCUMENTED_USER: Final[dict[str, Any]] = {
    "name": "Workshop Name",
    "countryId": 1,
    "locale": "da",
    "vatFactor": 0.25,
    "requireAutomaticPayment": True,
}


def _rebuilt(value: Any, name: str, remote_id: str) -> Any:
    # The docs' offer with the quotation id and the integration's name of this request.
    if isinstance(value, dict):
        return {
            (name if key == TWM else key): _rebuilt(item, name, remote_id)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_rebuilt(item, name, remote_id) for item in value]
    if value == DOCUMENTED_REMOTE_ID:
        return remote_id
    return value


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

    def add_user(self, email: str, password: str, **user: Any) -> None:
        """Let ``POST /tokens`` sign in with this e-mail address and password.

        The sign-in answers the docs' ``user`` (``DOCUMENTED_USER``), with any wire keys given
        here (``name="Garage A/S"``, ``countryId=2``) in place of its values.
        """
        with self._lock:
            self._users[email] = {"password": password, "user": {**DOCUMENTED_USER, **user}}

    def expire_tokens(self) -> None:
        """Expire every token, ``fake.token`` included: 401 until a new ``POST /tokens``."""
        with self._lock:
            self._issued.clear()
            self._static_token_valid = False

    @property
    def sign_ins(self) -> int:
        """How many sign-ins (``POST /tokens``) the fake has received, refused ones included."""
        path = f"{self.base_path}/tokens"
        return sum(r.method == "POST" and r.path == path for r in self.requests)

    def configuration(self, name: str) -> dict[str, Any] | None:
        """The stored configuration of an integration (a copy), or None if it is off."""
        with self._lock:
            stored = self._configurations.get(name)
            return copy.deepcopy(stored)

    def add_integration(
        self,
        name: str,
        *,
        authentication_fields: Sequence[str] = ("username", "password"),
        option_fields: Sequence[str] = (),
        countries: Sequence[str] = ("dk",),
        job_url: str | None = None,
        car_url: str | None = None,
        offers: bool = False,
    ) -> None:
        """Offer one more integration (switched off), with the actions it supports.

        ``job_url`` / ``car_url`` are URL templates whose ``{id}`` becomes the id asked for
        (``AUTOFRONTAL_CAR_URL`` is the docs' car example); ``offers`` lets it build offers.
        """
        with self._lock:
            if name in self._details:
                raise ValueError(f"{name} is already offered; use set_actions() to change it.")
            self._details[name] = {
                "authenticationFields": list(authentication_fields),
                "authenticationType": "simple",
                "countries": list(countries),
                # The docs do not tie supportsOpenJob to job URLs; the fake does.
                "features": {
                    "supportsCustomerLookup": False,
                    "supportsOpenJob": job_url is not None,
                },
                "name": name,
                "optionFields": list(option_fields),
            }
            self._actions[name] = Actions(job_url, car_url, offers)

    def set_actions(
        self,
        name: str,
        *,
        job_url: str | None = None,
        car_url: str | None = None,
        offers: bool = False,
    ) -> None:
        """Replace what an offered integration supports (all off unless given)."""
        with self._lock:
            if name not in self._details:
                raise KeyError(f"{name} is not offered; add it with add_integration() first.")
            self._actions[name] = Actions(job_url, car_url, offers)

    def offers(self) -> list[dict[str, Any]]:
        """Every offer built so far, oldest first (copies): name, jobId, remoteId, offer."""
        with self._lock:
            return copy.deepcopy(self._offers)

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
        self._actions: dict[str, Actions] = dict(DEFAULT_ACTIONS)  # Actions is frozen
        self._offers: list[dict[str, Any]] = []
        self._users: dict[str, dict[str, Any]] = {}
        self._issued: set[str] = set()
        self._static_token_valid = True

    def _build_routes(self) -> list[Route]:
        return [
            Route("GET", "/mechanic_integrations", self._list),
            Route("PATCH", "/mechanic_integrations/{name}", self._update),
            Route("DELETE", "/mechanic_integrations/{name}", self._deactivate),
            Route("GET", "/mechanic_integrations/{name}/job_urls/{id}", self._job_url),
            Route("GET", "/mechanic_integrations/{name}/car_urls/{id}", self._car_url),
            Route("POST", "/mechanic_integrations/{name}/offers", self._build_offer),
            Route("POST", "/tokens", self._create_token, public=True),
        ]

    def _is_authorized(self, request: Request) -> bool:
        # The raw token is the whole header value, no "Bearer" (_authentication.md lines 5-20).
        # Test: tests/testing/test_fake_autobutler.py::
        # test_without_the_raw_token_the_answer_is_401_with_no_body.
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
        # The docs' PATCH answer repeats the details without `countries` (lines 176-186).
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

    # --- the actions of a configured integration ---------------------------------------------

    def _action_refusal(self, name: str, action: str, supported: bool) -> Reply | None:
        # The 400 of an action (docs: "does not support ..."), or None when it may go ahead.
        if name not in self._details:
            known = ", ".join(self._details)
            return self._failed(
                {"name": [f"is not an available integration (known: {known})"]}, 400
            )
        if not supported:
            return self._failed({"name": [f"does not support {action}"]}, 400)
        if name not in self._configurations:
            return self._failed(
                {"name": ["is not active for the workshop; switch it on first (PATCH)"]}, 400
            )
        return None

    def _url(self, request: Request, action: str, template: str | None) -> Reply:
        refused = self._action_refusal(request.params["name"], action, template is not None)
        if refused is not None:
            return refused
        raw_id = request.params["id"]
        if not raw_id.isascii() or not raw_id.isdigit():
            return self._failed({"id": ["must be an integer"]}, 400)
        assert template is not None
        # Sent as it is: the URL is the integration's own ("|" and custom schemes included).
        return json_reply(200, {"url": template.replace("{id}", str(int(raw_id)))})

    def _job_url(self, request: Request) -> Reply:
        actions = self._actions.get(request.params["name"], Actions())
        return self._url(request, "opening jobs", actions.job_url)

    def _car_url(self, request: Request) -> Reply:
        actions = self._actions.get(request.params["name"], Actions())
        return self._url(request, "opening cars", actions.car_url)

    def _build_offer(self, request: Request) -> Reply:
        name = request.params["name"]
        supported = self._actions.get(name, Actions()).offers
        refused = self._action_refusal(name, "building offers", supported)
        if refused is not None:
            return refused
        try:
            body = request.json()
        except ValueError as exc:
            return self._failed({"base": [str(exc)]}, 400)
        found = validate(wire.OfferRequest, body)
        if found:
            errors = self._field_errors(
                [Problem(p.location, MUST_BE_FILLED_OUT, True) if p.missing else p for p in found]
            )
            return self._failed(errors, 400)
        assert isinstance(body, dict)
        offer = _rebuilt(DOCUMENTED_OFFER, name, body["remoteId"])
        self._offers.append(
            {
                "name": name,
                "jobId": body["jobId"],
                "remoteId": body["remoteId"],
                "offer": copy.deepcopy(offer),
            }
        )
        return json_reply(200, {"offer": offer, "success": True})

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
            # _tokens.md line 89: "The provided credentials were incorrect". Test:
            # tests/testing/test_fake_autobutler.py::test_tokens_refuses_bad_credentials_with_401.
            return empty_reply(401)
        token = secrets.token_urlsafe(24)
        self._issued.add(token)
        return json_reply(
            200,
            {
                "status": "ok",
                "token": token,
                "refreshToken": secrets.token_urlsafe(24),
                "user": copy.deepcopy(user["user"]),
            },
        )
