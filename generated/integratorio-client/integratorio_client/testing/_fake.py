# Generated from specs/integratorio.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/integratorio/ or generator/ and run `make generate`.
"""``FakeIntegrator``: the Celigo integrator.io API v1 as a stateful in-memory server.

Tests of code that uses ``integratorio_client`` need a server that keeps state the way the docs
describe: celigo/integrator-api-docs (``integration.md``, ``connector.md``, ``readme.md``) and
developer.celigo.com ("Pagination", "Rate limits", "Errors & status codes", API reference
"Connectors"). Proven by tests/testing/test_fake_integrator.py.

What it does, as documented:

- Integrations: list, create (201), get, update (PUT replaces the whole resource; every field
  sent is kept, known to the spec or not; fields left out are gone), delete (204), clone (201,
  a copy with a new ``_id``).
- Connectors: the same five, plus ``installBase`` (the integrations installed from the
  connector, i.e. with its ``_connectorId``) and push update (``PUT /connectors/{id}/update``
  sets ``updateInProgress: true`` on each of ``_integrationIds``; 200 with no body). ``name``
  is required on create; ``handle`` is generated and read-only; answers carry ``numInstalls``
  (the connector's installs).
- Licenses under a connector: list, create (201; ``email`` must name a user added with
  ``add_user``, else 400 with the docs' ``invalid_user`` body), get, update (no ``email``
  needed; read-only fields stay), delete (204).
- Every list pages (developer.celigo.com "Pagination"): one answer holds at most ``page_size``
  records (default and most 1,000); ``limit`` (1 to 1,000, else 400) asks for fewer and
  ``skip`` (0 or more, else 400) passes records over. The ``Link`` header (RFC 8288) holds
  absolute URLs built from the request's own ``Host`` and path, carrying ``skip`` and
  ``limit``: ``rel="next"`` while more records exist, ``rel="prev"`` when ``skip`` > 0.
- Ids are 24 hex digits (``_id``); ``lastModified``/``created`` are set by the server.
- ``Authorization: Bearer <token>``; otherwise 401. Errors are
  ``{"errors": [{code, message, field?}]}``.
- The per-account leaky bucket (default 1,000 requests, refilled at 300 per second:
  celigo/integrator-api-docs ``readme.md`` line 118) answers 429 with ``Retry-After`` (whole
  seconds) and code ``rate_limited`` once it is full; ``rate_limit=None`` turns it off. Every
  429 of the fake carries ``Retry-After`` (1 for an injected one, unless it names another).
- Bodies are checked with the wire models; a body that is not JSON answers 400 ``invalid_json``,
  one they refuse 422 with one ``errors`` entry per problem (with ``field``, its path). The
  docs show ``invalid_user`` and ``rate_limited``; the fake's other codes (``invalid_json``,
  ``missing_value``, ``invalid_value``, ``not_found``, ``unauthorized``,
  ``invalid_integration``, ...) are its own.
- Test helpers store many records at once without requests: ``add_integrations(n)``,
  ``add_connectors(n)``.
"""

from __future__ import annotations

import collections
import copy
import re
import secrets
import urllib.parse
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any, Final

from pydantic import BaseModel

from .._runtime import RateLimit
from . import _wire_models as wire
from ._bucket import RateLimitSettings
from ._server import (
    DEFAULT_TOKEN,
    HOST,
    FakeServer,
    Reply,
    Request,
    Route,
    empty_reply,
    json_reply,
)
from ._validation import validate

# The per-account leaky bucket: 1,000 requests, refilling at 300 per second
# (celigo/integrator-api-docs readme.md line 118, "Rate Limiting"; developer.celigo.com "Rate
# limits"). Test:
# tests/testing/test_fake_integrator.py::test_the_default_bucket_answers_429_past_1000_requests.
DOCUMENTED_RATE_LIMIT: Final = RateLimit(capacity=1000, rate_per_second=300)

# One answer of a list holds at most 1,000 records (docs.celigo.com "Manage pagination in a REST
# API call"; developer.celigo.com "Pagination"); `limit` asks for 1 to 1,000.
MAX_PAGE_SIZE: Final = 1000

# The docs' answer for a license e-mail with no account (celigo/integrator-api-docs connector.md,
# lines 271-278), verbatim. Test: tests/testing/test_fake_integrator.py::
# test_license_for_an_unknown_user_answers_the_documented_invalid_user.
INVALID_USER_MESSAGE: Final = (
    "We were not able to find any user with the provided email address.  Please ask the user "
    "to first create an integrator.io account."
)

_ERROR_CODES: Final = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    422: "invalid_value",
    429: "rate_limited",  # developer.celigo.com "Rate limits"
}

# Server-managed fields a client cannot set (readOnly in the spec).
_READ_ONLY: Final = frozenset({"_id", "lastModified"})
_CONNECTOR_READ_ONLY: Final = frozenset({"_id", "lastModified", "handle", "numInstalls"})
_LICENSE_READ_ONLY: Final = frozenset({"_id", "created", "user", "_integrationId"})


def new_id() -> str:
    """A new resource id: 24 hexadecimal digits, like integrator.io's."""
    return secrets.token_hex(12)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _errors(*entries: tuple[str, str]) -> dict[str, Any]:
    return {"errors": [{"code": code, "message": message} for code, message in entries]}


def _error(code: str, message: str, field: str) -> dict[str, Any]:
    """One error entry naming the field at fault (developer.celigo.com "Errors & status codes")."""
    entry: dict[str, Any] = {"code": code, "message": message}
    if field:
        entry["field"] = field
    return entry


def _slug(name: Any) -> str:
    text = re.sub(r"[^a-z0-9]+", "-", str(name).lower()).strip("-")[:24].strip("-")
    return text or "connector"


class FakeIntegrator(FakeServer):
    """The integrator.io API v1 on 127.0.0.1; see the module docstring."""

    api_name = "integrator.io API"
    base_path = "/v1"

    def __init__(
        self,
        *,
        port: int = 0,
        token: str = DEFAULT_TOKEN,
        rate_limit: RateLimitSettings | None = DOCUMENTED_RATE_LIMIT,
        page_size: int = MAX_PAGE_SIZE,
    ) -> None:
        self.rate_limit = rate_limit
        self.page_size = page_size
        super().__init__(port=port, token=token, rate_limit=rate_limit)

    @property
    def page_size(self) -> int:
        """Most records in one answer of a list, and its size without ``limit`` (1 to 1,000)."""
        return self._page_size

    @page_size.setter
    def page_size(self, value: int) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_PAGE_SIZE:
            raise ValueError(
                f"page_size is {value!r}; integrator.io answers 1 to {MAX_PAGE_SIZE} records a "
                "page, so use an integer in that range (small ones make paging tests quick)."
            )
        self._page_size = value

    # --- test helpers ----------------------------------------------------------------------

    def add_integrations(self, count: int, fields: Mapping[str, Any] | None = None) -> list[str]:
        """Store ``count`` integrations at once, without requests; returns their ids in order.

        Each is a copy of ``fields`` (wire keys, e.g. ``{"_connectorId": ...}``) with a new
        ``_id`` and ``lastModified``, named ``Integration <n>`` unless ``fields`` has a ``name``.
        For tests that list many records (``add_integrations(2500)``) without 2,500 POSTs.
        """
        return self._add_many(self._integrations, "Integration", count, fields, _READ_ONLY)

    def add_connectors(self, count: int, fields: Mapping[str, Any] | None = None) -> list[str]:
        """Store ``count`` connectors at once, without requests; returns their ids in order.

        Like ``add_integrations``; each connector also gets its generated ``handle``.
        """
        ids = self._add_many(self._connectors, "Connector", count, fields, _CONNECTOR_READ_ONLY)
        with self._lock:
            for connector_id in ids:
                connector = self._connectors[connector_id]
                connector["handle"] = self._new_handle(connector.get("name"))
                self._licenses[connector_id] = {}
        return ids

    def _add_many(
        self,
        collection: dict[str, dict[str, Any]],
        kind: str,
        count: int,
        fields: Mapping[str, Any] | None,
        read_only: frozenset[str],
    ) -> list[str]:
        if count < 0:
            raise ValueError(f"count is {count}; give how many to add (0 or more).")
        template = self._writable(dict(fields or {}), read_only)
        ids: list[str] = []
        with self._lock:
            start = len(collection)
            for index in range(start + 1, start + count + 1):
                resource = {
                    "_id": new_id(),
                    "lastModified": _now(),
                    "name": f"{kind} {index}",
                    **copy.deepcopy(template),
                }
                collection[resource["_id"]] = resource
                ids.append(resource["_id"])
        return ids

    def add_user(self, email: str, *, name: str | None = None) -> str:
        """Add an integrator.io user, so licenses can be issued to ``email``; returns its id."""
        with self._lock:
            user = self._users.setdefault(email, {"_id": new_id(), "name": name or email})
            return str(user["_id"])

    def install_license(self, connector_id: str, license_id: str) -> str:
        """Play the user clicking "install": create the integration and link the license.

        The license then shows the user's ``_id`` and ``name`` and ``_integrationId`` (as the
        docs' update example does); returns the new integration's id.
        """
        with self._lock:
            connector = self._connectors.get(connector_id)
            license_ = self._licenses.get(connector_id, {}).get(license_id)
            if connector is None or license_ is None:
                raise KeyError(
                    f"No license {license_id!r} under connector {connector_id!r}; create both "
                    "through the API first (POST /connectors, POST /connectors/{id}/licenses)."
                )
            integration_id = new_id()
            self._integrations[integration_id] = {
                "_id": integration_id,
                "lastModified": _now(),
                "name": connector.get("name", "SmartConnector install"),
                "_connectorId": connector_id,
                "mode": "install",
            }
            email = license_["user"]["email"]
            user = self._users.get(email, {"_id": new_id(), "name": email})
            license_["user"] = {"email": email, "_id": user["_id"], "name": user["name"]}
            license_["_integrationId"] = integration_id
            return integration_id

    # --- FakeServer hooks ------------------------------------------------------------------

    def _reset_state(self) -> None:
        self._integrations: dict[str, dict[str, Any]] = {}
        self._connectors: dict[str, dict[str, Any]] = {}
        self._licenses: dict[str, dict[str, dict[str, Any]]] = {}
        self._users: dict[str, dict[str, Any]] = {}

    def _build_routes(self) -> list[Route]:
        return [
            Route("GET", "/integrations", self._list_integrations),
            Route("POST", "/integrations", self._create_integration),
            Route("GET", "/integrations/{_id}", self._get_integration),
            Route("PUT", "/integrations/{_id}", self._update_integration),
            Route("DELETE", "/integrations/{_id}", self._delete_integration),
            Route("POST", "/integrations/{_id}/clone", self._clone_integration),
            Route("GET", "/connectors", self._list_connectors),
            Route("POST", "/connectors", self._create_connector),
            Route("GET", "/connectors/{_id}", self._get_connector),
            Route("PUT", "/connectors/{_id}", self._update_connector),
            Route("DELETE", "/connectors/{_id}", self._delete_connector),
            Route("GET", "/connectors/{_id}/installBase", self._install_base),
            Route("PUT", "/connectors/{_id}/update", self._push_update),
            Route("GET", "/connectors/{_id}/licenses", self._list_licenses),
            Route("POST", "/connectors/{_id}/licenses", self._create_license),
            Route("GET", "/connectors/{_id}/licenses/{_id_of_license}", self._get_license),
            Route("PUT", "/connectors/{_id}/licenses/{_id_of_license}", self._update_license),
            Route("DELETE", "/connectors/{_id}/licenses/{_id_of_license}", self._delete_license),
        ]

    def _is_authorized(self, request: Request) -> bool:
        scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
        return scheme.lower() == "bearer" and secrets.compare_digest(
            credentials.strip().encode(), self.token.encode()
        )

    def _error_reply(self, status: int, message: str) -> Reply:
        code = _ERROR_CODES.get(status, "server_error" if status >= 500 else "error")
        reply = json_reply(status, _errors((code, message)))
        if status == 429:
            # Every 429 says when to retry (developer.celigo.com "Rate limits"); the bucket and
            # `fail_next(..., retry_after=...)` put their own value over this one.
            reply.headers["Retry-After"] = "1"
        return reply

    # --- shared steps ----------------------------------------------------------------------

    def _body(self, request: Request, model: type[BaseModel]) -> dict[str, Any] | Reply:
        """The JSON object sent, or the error answer: 400 not JSON, 422 refused by ``model``."""
        try:
            body = request.json()
        except ValueError as exc:
            return json_reply(400, _errors(("invalid_json", str(exc))))
        found = validate(model, body)
        if found:
            entries = [
                _error(
                    "missing_value" if p.missing else "invalid_value",
                    f"{p.field or 'body'}: {p.message}",
                    p.field,
                )
                for p in found
            ]
            return json_reply(422, {"errors": entries})
        assert isinstance(body, dict)
        return body

    def _page(
        self,
        request: Request,
        records: list[dict[str, Any]],
        answer: Callable[[list[dict[str, Any]]], list[dict[str, Any]]] | None = None,
    ) -> Reply:
        """One page of ``records`` with its ``Link`` header, or 400 for a bad ``limit``/``skip``.

        developer.celigo.com "Pagination": at most ``page_size`` records; ``rel="next"`` while
        more exist and ``rel="prev"`` past the first record, absolute URLs on the request's own
        host and path, carrying ``skip`` and ``limit``.
        """
        limit = self._query_int(request, "limit", 1, MAX_PAGE_SIZE)
        if isinstance(limit, Reply):
            return limit
        skip = self._query_int(request, "skip", 0, None)
        if isinstance(skip, Reply):
            return skip
        skip = skip or 0
        size = min(limit or self.page_size, self.page_size)
        page = records[skip : skip + size]
        asked = limit or self.page_size
        links: list[str] = []
        if skip + len(page) < len(records):
            links.append(f'<{self._page_url(request, skip + len(page), asked)}>; rel="next"')
        if skip > 0:
            links.append(f'<{self._page_url(request, max(0, skip - asked), asked)}>; rel="prev"')
        body = answer(page) if answer is not None else page
        return json_reply(200, body, {"Link": ", ".join(links)} if links else None)

    @staticmethod
    def _query_int(request: Request, name: str, low: int, high: int | None) -> int | None | Reply:
        values = request.query.get(name)
        if not values:
            return None
        text = values[-1]
        bounds = f"from {low} to {high}" if high is not None else f"of {low} or more"
        if re.fullmatch(r"[+-]?[0-9]+", text.strip()) is not None:
            value = int(text)
            if value >= low and (high is None or value <= high):
                return value
        return json_reply(
            400,
            {
                "errors": [
                    _error(
                        "invalid_value", f"{name} must be an integer {bounds}; got {text!r}.", name
                    )
                ]
            },
        )

    def _page_url(self, request: Request, skip: int, limit: int) -> str:
        host = request.headers.get("host") or f"{HOST}:{self.port}"
        kept = [(k, v) for k, vs in request.query.items() if k not in ("skip", "limit") for v in vs]
        query = urllib.parse.urlencode([*kept, ("skip", skip), ("limit", limit)])
        return f"http://{host}{self.base_path}{request.path}?{query}"

    def _not_found(self, kind: str, resource_id: str) -> Reply:
        return self._error_reply(404, f"No {kind} has the _id {resource_id!r}.")

    @staticmethod
    def _writable(body: dict[str, Any], read_only: frozenset[str] = _READ_ONLY) -> dict[str, Any]:
        return {k: v for k, v in body.items() if k not in read_only}

    # --- integrations ----------------------------------------------------------------------

    def _list_integrations(self, request: Request) -> Reply:
        return self._page(request, list(self._integrations.values()))

    def _create_integration(self, request: Request) -> Reply:
        body = self._body(request, wire.Integration)
        if isinstance(body, Reply):
            return body
        resource = {"_id": new_id(), "lastModified": _now(), **self._writable(body)}
        self._integrations[resource["_id"]] = resource
        return json_reply(201, resource)

    def _get_integration(self, request: Request) -> Reply:
        resource = self._integrations.get(request.params["_id"])
        if resource is None:
            return self._not_found("integration", request.params["_id"])
        return json_reply(200, resource)

    def _update_integration(self, request: Request) -> Reply:
        resource_id = request.params["_id"]
        if resource_id not in self._integrations:
            return self._not_found("integration", resource_id)
        body = self._body(request, wire.Integration)
        if isinstance(body, Reply):
            return body
        # PUT is a full replace (developer.celigo.com "API conventions"): what was left out is gone.
        resource = {"_id": resource_id, "lastModified": _now(), **self._writable(body)}
        self._integrations[resource_id] = resource
        return json_reply(200, resource)

    def _delete_integration(self, request: Request) -> Reply:
        if self._integrations.pop(request.params["_id"], None) is None:
            return self._not_found("integration", request.params["_id"])
        return empty_reply(204)

    def _clone_integration(self, request: Request) -> Reply:
        original = self._integrations.get(request.params["_id"])
        if original is None:
            return self._not_found("integration", request.params["_id"])
        clone = copy.deepcopy(original)
        clone["_id"] = new_id()
        clone["lastModified"] = _now()
        self._integrations[clone["_id"]] = clone
        return json_reply(201, clone)

    # --- connectors ------------------------------------------------------------------------

    # `name` is required on create, `handle` is generated and read-only, answers carry
    # `numInstalls` (developer.celigo.com, API reference "Connectors").

    def _new_handle(self, name: Any) -> str:
        base = _slug(name)
        taken = {c.get("handle") for c in self._connectors.values()}
        handle, n = base, 1
        while handle in taken:
            n += 1
            handle = f"{base}-{n}"
        return handle

    def _connector_answer(self, resource: dict[str, Any]) -> dict[str, Any]:
        return self._connector_answers([resource])[0]

    def _connector_answers(self, resources: list[dict[str, Any]]) -> list[dict[str, Any]]:
        installs = collections.Counter(i.get("_connectorId") for i in self._integrations.values())
        return [{**r, "numInstalls": installs[r["_id"]]} for r in resources]

    def _list_connectors(self, request: Request) -> Reply:
        return self._page(request, list(self._connectors.values()), self._connector_answers)

    def _create_connector(self, request: Request) -> Reply:
        body = self._body(request, wire.ConnectorCreate)
        if isinstance(body, Reply):
            return body
        resource = {
            "_id": new_id(),
            "lastModified": _now(),
            **self._writable(body, _CONNECTOR_READ_ONLY),
            "handle": self._new_handle(body["name"]),
        }
        self._connectors[resource["_id"]] = resource
        self._licenses[resource["_id"]] = {}
        return json_reply(201, self._connector_answer(resource))

    def _get_connector(self, request: Request) -> Reply:
        resource = self._connectors.get(request.params["_id"])
        if resource is None:
            return self._not_found("connector", request.params["_id"])
        return json_reply(200, self._connector_answer(resource))

    def _update_connector(self, request: Request) -> Reply:
        resource_id = request.params["_id"]
        stored = self._connectors.get(resource_id)
        if stored is None:
            return self._not_found("connector", resource_id)
        body = self._body(request, wire.Connector)
        if isinstance(body, Reply):
            return body
        # PUT replaces what the client may set; the generated handle stays.
        resource = {
            "_id": resource_id,
            "lastModified": _now(),
            **self._writable(body, _CONNECTOR_READ_ONLY),
            "handle": stored["handle"],
        }
        self._connectors[resource_id] = resource
        return json_reply(200, self._connector_answer(resource))

    def _delete_connector(self, request: Request) -> Reply:
        resource_id = request.params["_id"]
        if self._connectors.pop(resource_id, None) is None:
            return self._not_found("connector", resource_id)
        self._licenses.pop(resource_id, None)
        return empty_reply(204)

    def _installs(self, connector_id: str) -> list[dict[str, Any]]:
        return [i for i in self._integrations.values() if i.get("_connectorId") == connector_id]

    def _install_base(self, request: Request) -> Reply:
        connector_id = request.params["_id"]
        if connector_id not in self._connectors:
            return self._not_found("connector", connector_id)
        users = {
            lic.get("_integrationId"): lic["user"]
            for lic in self._licenses.get(connector_id, {}).values()
        }
        entries: list[dict[str, Any]] = []
        for install in self._installs(connector_id):
            entry: dict[str, Any] = {"_integrationId": install["_id"]}
            for key in ("name", "version", "updateInProgress"):
                if key in install:
                    entry[key] = install[key]
            user = users.get(install["_id"])
            if user is not None:
                entry["email"] = user["email"]
            entries.append(entry)
        return self._page(request, entries)

    def _push_update(self, request: Request) -> Reply:
        connector_id = request.params["_id"]
        if connector_id not in self._connectors:
            return self._not_found("connector", connector_id)
        body = self._body(request, wire.ConnectorUpdateRequest)
        if isinstance(body, Reply):
            return body
        installs = {i["_id"] for i in self._installs(connector_id)}
        unknown = [i for i in body["_integrationIds"] if i not in installs]
        if unknown:
            return json_reply(
                422,
                _errors(
                    *(
                        (
                            "invalid_integration",
                            f"{i!r} is not an install of connector {connector_id!r}.",
                        )
                        for i in unknown
                    )
                ),
            )
        for integration_id in body["_integrationIds"]:
            install = self._integrations[integration_id]
            install["updateInProgress"] = True
            install["lastModified"] = _now()
        return empty_reply(200)  # the docs show no body for this answer

    # --- licenses --------------------------------------------------------------------------

    def _connector_licenses(self, request: Request) -> dict[str, dict[str, Any]] | Reply:
        connector_id = request.params["_id"]
        if connector_id not in self._connectors:
            return self._not_found("connector", connector_id)
        return self._licenses.setdefault(connector_id, {})

    def _license(self, request: Request) -> dict[str, Any] | Reply:
        licenses = self._connector_licenses(request)
        if isinstance(licenses, Reply):
            return licenses
        license_ = licenses.get(request.params["_id_of_license"])
        if license_ is None:
            return self._not_found("license", request.params["_id_of_license"])
        return license_

    def _list_licenses(self, request: Request) -> Reply:
        licenses = self._connector_licenses(request)
        if isinstance(licenses, Reply):
            return licenses
        return self._page(request, list(licenses.values()))

    def _create_license(self, request: Request) -> Reply:
        licenses = self._connector_licenses(request)
        if isinstance(licenses, Reply):
            return licenses
        body = self._body(request, wire.LicenseCreate)
        if isinstance(body, Reply):
            return body
        email = body["email"]
        if email not in self._users:
            return json_reply(400, _errors(("invalid_user", INVALID_USER_MESSAGE)))
        fields = {k: v for k, v in body.items() if k != "email" and k not in _LICENSE_READ_ONLY}
        # The user shows only its e-mail until it installs the connector (connector.md line 135).
        license_ = {"_id": new_id(), "created": _now(), **fields, "user": {"email": email}}
        licenses[license_["_id"]] = license_
        return json_reply(201, license_)

    def _get_license(self, request: Request) -> Reply:
        license_ = self._license(request)
        if isinstance(license_, Reply):
            return license_
        return json_reply(200, license_)

    def _update_license(self, request: Request) -> Reply:
        license_ = self._license(request)
        if isinstance(license_, Reply):
            return license_
        body = self._body(request, wire.LicenseUpdate)
        if isinstance(body, Reply):
            return body
        # PUT replaces what the client may set; the server's fields (id, created, the user and
        # its install) stay. `email` is not needed here (connector.md line 189) and is ignored.
        kept = {k: v for k, v in license_.items() if k in _LICENSE_READ_ONLY}
        changes = {k: v for k, v in body.items() if k != "email" and k not in _LICENSE_READ_ONLY}
        license_.clear()
        license_.update({"_id": kept["_id"], **changes})
        license_.update({k: v for k, v in kept.items() if k != "_id"})
        return json_reply(200, license_)

    def _delete_license(self, request: Request) -> Reply:
        licenses = self._connector_licenses(request)
        if isinstance(licenses, Reply):
            return licenses
        if licenses.pop(request.params["_id_of_license"], None) is None:
            return self._not_found("license", request.params["_id_of_license"])
        return empty_reply(204)
