# Generated from specs/integratorio.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/integratorio/ or generator/ and run `make generate`.
"""Building requests: from a generated ``_get_kwargs()`` dict to the ``httpx.Request`` sent.

A ``Call`` holds what stays the same across the attempts of one call (operation, URL, body,
headers, timeout, retry budget); each attempt builds its ``httpx.Request`` from it with the
``Authorization`` of that moment, since a renewed token changes it between attempts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from ._config import ClientConfig, Operation, RequestOptions
from ._paths import join_path, url_with_path
from ._redaction import SECRET_BODY
from ._settings import check_max_retries, to_timeout

# Keys of openapi-python-client's `_get_kwargs()` dict that `send_kwargs` understands, and
# those of them that go to httpx's build_request as they are.
_SEND_KEYS = frozenset({"params", "json", "content", "data", "files", "cookies"})
_KWARGS_KEYS = _SEND_KEYS | {"method", "url", "headers"}
_NO_OPTIONS = RequestOptions()


@dataclass
class Call:
    """Everything about one call that stays the same across its attempts."""

    op: Operation
    url: httpx.URL
    idempotent: bool
    timeout: httpx.Timeout
    max_retries: int
    send: dict[str, Any] = field(default_factory=dict)
    # A plain dict when the call adds no headers (the fast path), else httpx.Headers.
    headers: Mapping[str, str] = field(default_factory=dict)
    # Pages after the first of a Link-paged list: the first request's query parameters, sent
    # again under each next link's own (_pagination.LinkPaging).
    first_query: httpx.QueryParams | None = None

    def where(self) -> str:
        """``"listThings (GET /things)"``: how messages name the call, without the query."""
        path = self.url.raw_path.split(b"?", 1)[0].decode("ascii")
        return f"{self.op.operation_id} ({self.op.method.upper()} {path})"


class CallDefaults:
    """What a client adds to every call unless the call says otherwise."""

    __slots__ = ("base_url", "config", "headers", "max_retries", "query", "timeout")

    def __init__(
        self,
        config: ClientConfig,
        base_url: httpx.URL,
        headers: dict[str, str],
        timeout: httpx.Timeout,
        max_retries: int,
        query: Mapping[str, Any] | None = None,
    ) -> None:
        self.config = config
        self.base_url = base_url
        self.headers = headers
        self.timeout = timeout
        self.max_retries = max_retries
        self.query = query or {}


def prepare(
    defaults: CallDefaults,
    op: Operation,
    path: str,
    send: dict[str, Any],
    headers: Mapping[str, str] | None,
    options: RequestOptions | None,
) -> Call:
    """The ``Call`` of ``op`` on the encoded ``path`` with the client's defaults and ``options``."""
    options = options or _NO_OPTIONS
    if defaults.query or options.extra_query:
        send["params"] = {
            **defaults.query,
            **(send.get("params") or {}),
            **(options.extra_query or {}),
        }
    if options.extra_body:
        send["json"] = _with_extra_body(op, send, options.extra_body)
    idempotent = op.idempotent
    if idempotent is None:
        idempotent = op.method.upper() in defaults.config.idempotent_methods
    base = defaults.base_url
    url = url_with_path(base, join_path(base.raw_path, path))
    call_headers: Mapping[str, str] = defaults.headers
    if headers or options.extra_headers:
        # httpx.Headers, so that a caller's "accept" replaces our "Accept" instead of adding
        # a second one (header names are case-insensitive; dict keys are not).
        merged = httpx.Headers(defaults.headers)
        merged.update(headers or {})
        merged.update(options.extra_headers or {})
        call_headers = merged
    return Call(
        op=op,
        url=url,
        idempotent=idempotent,
        timeout=defaults.timeout if options.timeout is None else to_timeout(options.timeout),
        max_retries=(
            defaults.max_retries
            if options.max_retries is None
            else check_max_retries(options.max_retries)
        ),
        send={k: v for k, v in send.items() if v is not None},
        headers=call_headers,
    )


def _with_extra_body(op: Operation, send: Mapping[str, Any], extra: Mapping[str, Any]) -> Any:
    """The call's JSON body with ``extra``'s keys added (and winning)."""
    body = send.get("json")
    if body is None and send.get("content") is None and send.get("data") is None:
        return dict(extra)
    if isinstance(body, dict):
        return {**body, **extra}
    sent = "a form or raw body" if body is None else f"a JSON {type(body).__name__}"
    raise TypeError(
        f"extra_body adds keys to a JSON object body, but {op.operation_id} sends {sent}. "
        "Pass the values in the method's own arguments instead."
    )


def build_request(
    http: httpx.Client | httpx.AsyncClient, call: Call, authorization: str | None
) -> httpx.Request:
    """One attempt's request: the call's headers, with ``authorization`` unless they have one."""
    headers: Mapping[str, str]
    if isinstance(call.headers, httpx.Headers):
        merged = httpx.Headers()
        if authorization is not None:
            merged["Authorization"] = authorization
        # An explicit Authorization in the call's headers wins over the configured one.
        merged.update(call.headers)
        headers = merged
    elif authorization is not None:
        headers = {"Authorization": authorization, **call.headers}
    else:
        headers = call.headers
    try:
        if call.op.secret_body:
            return http.build_request(
                call.op.method.upper(),
                call.url,
                headers=headers,
                timeout=call.timeout,
                extensions={SECRET_BODY: True},
                **call.send,
            )
        return http.build_request(
            call.op.method.upper(), call.url, headers=headers, timeout=call.timeout, **call.send
        )
    except UnicodeEncodeError:
        if call.send.get("json") is None:
            raise
        _escape_lone_surrogates(call)
        return build_request(http, call, authorization)


def _escape_lone_surrogates(call: Call) -> None:
    """Send the call's JSON body with its lone surrogates written as JSON escapes.

    A string read from an answer may hold one (``"\\ud800"`` is valid JSON text), and httpx's
    UTF-8 encoding of a ``json=`` body refuses it; ``encode_json`` writes it back as the escape
    it came as (tests/clients/test_odd_answers.py). Done once per call, off the common path.
    """
    from ._json import encode_json  # noqa: PLC0415 - only for such a body; import time

    send = dict(call.send)
    send["content"] = encode_json(send.pop("json"))
    headers = httpx.Headers(call.headers)
    headers.setdefault("Content-Type", "application/json")
    call.send, call.headers = send, headers


def send_args(
    kwargs: Mapping[str, Any], op: Operation
) -> tuple[str, dict[str, Any], Mapping[str, str] | None]:
    """Path, httpx arguments and headers from the dict of a generated ``_get_kwargs()``."""
    if not _KWARGS_KEYS.issuperset(kwargs):
        unknown = set(kwargs) - _KWARGS_KEYS
        raise ValueError(
            f"send_kwargs() got keys it does not know: {sorted(unknown)}. It accepts the dict of "
            f"an openapi-python-client _get_kwargs(): {sorted(_KWARGS_KEYS)}."
        )
    method = kwargs.get("method", op.method)
    if method != op.method and str(method).upper() != op.method.upper():
        raise ValueError(
            f"send_kwargs() got method {method!r} for operation {op.operation_id}, which is "
            f"{op.method.upper()}. Pass the Operation that matches the kwargs."
        )
    url = kwargs.get("url")
    if not isinstance(url, str):
        raise ValueError(
            f"send_kwargs() needs the formatted path under 'url' for {op.operation_id}, got "
            f"{type(url).__name__}. Pass the dict _get_kwargs() returns."
        )
    send = {k: v for k, v in kwargs.items() if k in _SEND_KEYS}
    return url, send, kwargs.get("headers")
