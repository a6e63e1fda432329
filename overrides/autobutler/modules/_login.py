"""``AutobutlerClient.from_login``: a token from e-mail and password, renewed after a 401.

Autobutler tokens come from ``POST /tokens`` with the workshop's ``email`` and ``password``,
are short-lived, and an expired one is answered with 401 (autobutler/mechanics_api_docs,
source/includes/_tokens.md lines 55-63 and _authentication.md lines 26-29; specs/autobutler.yaml
``createToken``). ``from_login`` gives the client the runtime's ``LoginTokenProvider``: it signs
in at the first request, reuses the token, and signs in once more when a request is answered
401. Requests refused with the same token share that one sign-in, however late their 401s come
back (the runtime's ``_auth``). The sign-in goes through the same client, so it uses the same
``base_url``, ``http_client``, timeouts and logging, and it is sent without an
``Authorization`` header, so it never asks the provider for a token (which would recurse). The
password is kept out of logs, reprs and exception messages. Whether a sign-in is retried, and
why: see ``_sign_in_operation``.

The mixins are listed in overrides/autobutler/sdk.yaml (``client_mixins``/
``async_client_mixins``) and proven by tests/overrides/test_autobutler_auth.py.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import weakref
from typing import TYPE_CHECKING, Any, ClassVar, Self

import httpx

from ._runtime import (
    REDACTED,
    APIStatusError,
    AsyncAPIClient,
    AuthenticationError,
    ConfigurationError,
    LoginTokenProvider,
    SyncAPIClient,
    TokenProvider,
    redact_json,
)
from ._runtime._redaction import scrub_secrets

if TYPE_CHECKING:
    from ._runtime import Operation

# The generated createToken module and the token models are imported at the first sign-in,
# not here: this module is a base class of the client, so whatever it imports, every
# `import autobutler_client` pays for (make bench measures import time).
_TOKEN_KEYS = frozenset({"token", "refreshToken", "password"})


def _scrub(value: object, secret: str) -> object:
    if isinstance(value, str):
        return scrub_secrets(value, (secret,))
    if isinstance(value, dict):
        return {key: _scrub(item, secret) for key, item in value.items()}
    if isinstance(value, list):
        return [_scrub(item, secret) for item in value]
    return value


def _without_password(exc: APIStatusError, password: str) -> APIStatusError:
    # A server may echo the credentials it rejected; keep the password out of the exception.
    exc.message = scrub_secrets(exc.message, (password,))
    exc.args = (exc.message,)
    exc.body = _scrub(exc.body, password)
    return exc


class _PasswordFilter(logging.Filter):
    """Replaces the passwords of live ``from_login`` clients in the package's log records.

    The runtime already redacts the ``password`` field of the sign-in request; this also
    catches a server that echoes the password back under some other name in a logged body.
    """

    def __init__(self) -> None:
        super().__init__()
        self._credentials: weakref.WeakSet[_Credentials] = weakref.WeakSet()

    def watch(self, credentials: _Credentials) -> None:
        self._credentials.add(credentials)
        logger = logging.getLogger(__package__ or __name__.rpartition(".")[0])
        if self not in logger.filters:
            logger.addFilter(self)

    def filter(self, record: logging.LogRecord) -> bool:
        passwords = [c._password for c in list(self._credentials)]
        if passwords:
            message = record.getMessage()
            scrubbed = scrub_secrets(message, passwords)
            if scrubbed != message:
                record.msg, record.args = scrubbed, None
        return True


_PASSWORD_FILTER = _PasswordFilter()


@functools.cache
def _sign_in_operation() -> Operation:
    from .api.tokens.create_token import OPERATION  # noqa: PLC0415 - see the note on imports

    # The sign-in needs no token: the generated operation already says so (``security: []``
    # in the spec gives ``requires_auth=False``), so it never asks the token provider for one.
    #
    # A sign-in is retried like a GET, although it is a POST: after a dropped connection, a
    # timeout, 408, 429 or 5xx, up to the client's max_retries. The docs describe
    # ``POST /tokens`` as handing out a token for the credentials and nothing else
    # (autobutler/mechanics_api_docs, source/includes/_tokens.md line 55), and a new request to
    # it is how a token is renewed (lines 58-59; _authentication.md lines 26-29): a repeat only
    # hands out one more short-lived token, which nobody uses and which expires. A refused
    # sign-in (401, "The provided credentials were incorrect", line 89; or "status": "failed",
    # line 76) is never repeated: the same password stays wrong, and repeated failed sign-ins
    # would look like password guessing. Tests: tests/overrides/test_autobutler_auth.py::
    # test_a_sign_in_that_meets_a_503_or_a_dropped_connection_is_retried and
    # ::test_a_refused_sign_in_is_not_retried.
    assert not OPERATION.requires_auth, "createToken must not need a token (security: [])"
    return dataclasses.replace(OPERATION, idempotent=True)


def _read_token(response: httpx.Response) -> str:
    """The token from a 2xx answer of ``POST /tokens``, or an ``AuthenticationError``."""
    from .models import TokenResponse  # noqa: PLC0415 - see the note on imports

    body = response.json()
    result = TokenResponse.from_dict(body)
    if result.status == "ok" and isinstance(result.token, str) and result.token:
        return result.token
    reason = f'"status": "{result.status}"' if result.status != "ok" else 'no "token" in the answer'
    raise AuthenticationError(
        f"Autobutler refused the sign-in (POST /tokens answered {response.status_code} with "
        f"{reason}). Check the e-mail address and password passed to from_login().",
        response=response,
        body=redact_json(body, _TOKEN_KEYS),
    )


def _sign_in_failed(exc: APIStatusError, password: str) -> APIStatusError:
    if isinstance(exc, AuthenticationError):
        refused = AuthenticationError(
            f"Autobutler refused the sign-in (POST /tokens answered {exc.status_code}). Check "
            "the e-mail address and password passed to from_login().",
            response=exc.response,
            body=exc.body,
            details=exc.details,
            field_errors=exc.field_errors,
        )
        return _without_password(refused, password)
    return _without_password(exc, password)


class _Credentials:
    """The sign-in details and the client that sends the sign-in; never shown."""

    def __init__(self, email: str, password: str) -> None:
        self.email = email
        self._password = password
        self.client: object = None
        _PASSWORD_FILTER.watch(self)

    def __repr__(self) -> str:
        return f"_Credentials(email={self.email!r}, password={REDACTED!r})"

    def _kwargs(self) -> dict[str, Any]:
        from .api.tokens.create_token import _get_kwargs  # noqa: PLC0415 - see the note on imports
        from .models import TokenRequest  # noqa: PLC0415

        return _get_kwargs(body=TokenRequest(email=self.email, password=self._password))

    def login(self) -> str:
        client = self.client
        if not isinstance(client, SyncAPIClient):
            raise ConfigurationError(
                "This token provider signs in through a synchronous Autobutler client; create "
                "the client with AutobutlerClient.from_login()."
            )
        try:
            return client.send_kwargs(_sign_in_operation(), self._kwargs(), parse=_read_token)
        except APIStatusError as exc:
            raise _sign_in_failed(exc, self._password) from None

    async def alogin(self) -> str:
        client = self.client
        if not isinstance(client, AsyncAPIClient):
            raise ConfigurationError(
                "This token provider signs in through an asynchronous Autobutler client; create "
                "the client with AsyncAutobutlerClient.from_login()."
            )
        try:
            return await client.send_kwargs(_sign_in_operation(), self._kwargs(), parse=_read_token)
        except APIStatusError as exc:
            raise _sign_in_failed(exc, self._password) from None


class _Login:
    """``from_login`` for a client class; the subclasses differ only in how they sign in."""

    _signs_in_async: ClassVar[bool]

    if TYPE_CHECKING:
        # The client class this is mixed into takes these; declared for the type checker only,
        # so that the mixin adds no __init__ to the client's method resolution order.
        def __init__(self, *, token: str | TokenProvider | None = None, **kwargs: Any) -> None: ...

    @classmethod
    def from_login(cls, email: str, password: str, **client_kwargs: Any) -> Self:
        """Create a client that signs in with the workshop's e-mail address and password.

        The client signs in (``POST /tokens``) at its first request, reuses the token, and
        signs in once more when a request is answered 401, as happens when the short-lived
        token has run out; requests refused with the same token share that one sign-in, and a
        second 401 raises ``AuthenticationError``. A sign-in that meets a dropped connection,
        a timeout, 429 or 5xx is retried like any idempotent request. Wrong credentials raise
        ``AuthenticationError`` at the first request, without a retry. Every other keyword argument
        (``base_url``, ``timeout``, ``max_retries``, ``http_client``, ``rate_limit``) goes to
        the client, and the sign-in uses the same settings.
        """
        if "token" in client_kwargs:
            raise TypeError(
                "from_login() gets the token itself from the e-mail address and password; leave "
                "out token=, or create the client with its constructor to pass a token."
            )
        credentials = _Credentials(email, password)
        alogin = credentials.alogin if cls._signs_in_async else None
        client = cls(token=LoginTokenProvider(credentials.login, alogin), **client_kwargs)
        credentials.client = client
        return client


class AutobutlerLogin(_Login):
    """Adds ``from_login`` to ``AutobutlerClient``."""

    _signs_in_async = False


class AsyncAutobutlerLogin(_Login):
    """Adds ``from_login`` to ``AsyncAutobutlerClient``."""

    _signs_in_async = True


__all__ = ["AsyncAutobutlerLogin", "AutobutlerLogin"]
