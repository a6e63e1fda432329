# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
"""Authentication: a static token, or a provider that fetches and renews one.

The client asks its auth for the ``Authorization`` header value before every attempt. With a
``TokenProvider`` a 401 answer makes the client ask once for a fresh token and resend; a static
token cannot get better by asking again, so a 401 is raised at once.

One renewal per expired token: after a 401 the client tells a ``CachedTokenProvider`` which
token the failed request carried (``get_token(force_refresh=True, stale=...)``), and the
provider renews only while that token is still its current one. Requests that failed with the
same token therefore share one renewal, however late their 401s arrive; a request whose 401
comes back after another request renewed simply resends with the new token. A provider of one's
own (anything with ``get_token``/``aget_token``/``invalidate``) is asked
``get_token(force_refresh=True)`` as before. Tests: tests/runtime/test_auth_renewal.py.

``CachedTokenProvider`` runs at most one refresh at a time across threads *and* asyncio tasks:
a single ``threading.Lock`` guards the refresh; threads block on it, tasks poll it with
``asyncio.sleep`` so that the event loop never blocks.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Literal, Protocol, runtime_checkable

from ._constants import TOKEN_LOCK_POLL_INTERVAL, TOKEN_REFRESH_MARGIN
from ._errors import ConfigurationError
from ._redaction import REDACTED

AuthScheme = Literal["bearer", "raw"]


def check_token(token: str, source: str) -> str:
    """Return ``token`` without surrounding whitespace, or raise if it cannot be a header value.

    ``source`` names where the token came from, for the message; the token itself is never shown.
    """
    token = token.strip()
    if not token:
        raise ConfigurationError(f"The token from {source} is empty. Pass the API token.")
    if any(not (" " <= char <= "~") for char in token):
        # httpx would reject it later with a message that may quote the header value.
        raise ConfigurationError(
            f"The token from {source} contains a line break, control or non-ASCII character, "
            "so it cannot be sent in a header. Check that the right value was copied."
        )
    return token


def format_authorization(token: str, scheme: AuthScheme) -> str:
    """The ``Authorization`` header value for ``token``."""
    return f"Bearer {token}" if scheme == "bearer" else token


def sent_token(authorization: str | None, scheme: AuthScheme) -> str | None:
    """The token in an ``Authorization`` header value made by ``format_authorization``."""
    if authorization is not None and scheme == "bearer":
        return authorization.removeprefix("Bearer ")
    return authorization


@dataclass(frozen=True, repr=False)
class TokenAuth:
    """A static token, sent as ``Authorization: Bearer <token>`` or ``Authorization: <token>``."""

    token: str
    scheme: AuthScheme = "bearer"

    def authorization(self) -> str:
        """The ``Authorization`` header value."""
        return format_authorization(self.token, self.scheme)

    def __repr__(self) -> str:
        return f"TokenAuth(token={REDACTED!r}, scheme={self.scheme!r})"


@runtime_checkable
class TokenProvider(Protocol):
    """Supplies tokens that can be renewed; ``force_refresh`` asks for a new one.

    ``CachedTokenProvider`` also takes ``stale=``, the token a request was refused with (see the
    module docstring); this protocol leaves it out so that providers written for it still fit.
    """

    def get_token(self, force_refresh: bool = False) -> str: ...

    async def aget_token(self, force_refresh: bool = False) -> str: ...

    def invalidate(self) -> None: ...


@dataclass(frozen=True, repr=False)
class IssuedToken:
    """A token as issued, with its lifetime in seconds when the issuer said so."""

    value: str
    expires_in: float | None = None

    def __repr__(self) -> str:
        return f"IssuedToken(value={REDACTED!r}, expires_in={self.expires_in!r})"


class CachedTokenProvider:
    """Caches a token from ``fetch``/``afetch`` and renews it shortly before it expires.

    Pass ``fetch`` (used by the sync client, and by the async client in a worker thread),
    ``afetch`` (async client only), or both; or subclass and override ``_fetch``/``_afetch``.
    """

    def __init__(
        self,
        fetch: Callable[[], IssuedToken] | None = None,
        afetch: Callable[[], Awaitable[IssuedToken]] | None = None,
        *,
        refresh_margin: float = TOKEN_REFRESH_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        overridden = type(self)._fetch is not CachedTokenProvider._fetch
        if fetch is None and afetch is None and not overridden:
            raise TypeError(f"{type(self).__name__} needs fetch=, afetch= or both.")
        self._fetch_fn = fetch
        self._afetch_fn = afetch
        self._refresh_margin = refresh_margin
        self._clock = clock
        self._refresh_lock = threading.Lock()
        # (token, monotonic time to renew at or None); replaced as a whole so readers never
        # see a token paired with another token's expiry.
        self._state: tuple[str, float | None] | None = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"

    def _fetch(self) -> IssuedToken:
        if self._fetch_fn is None:
            raise ConfigurationError(
                f"{type(self).__name__} was given only an async fetch function, so it works only "
                "with the async client. Pass fetch= as well, or use the async client."
            )
        return self._fetch_fn()

    async def _afetch(self) -> IssuedToken:
        if self._afetch_fn is not None:
            return await self._afetch_fn()
        import asyncio  # lazily: sync users never pay its import time

        return await asyncio.to_thread(self._fetch)

    def _cached(self) -> str | None:
        state = self._state
        if state is None:
            return None
        token, renew_at = state
        return token if renew_at is None or self._clock() < renew_at else None

    def _store(self, issued: IssuedToken) -> str:
        token = check_token(issued.value, f"{type(self).__name__}'s token source")
        renew_at = None
        lifetime = issued.expires_in
        # A lifetime of zero or less (or NaN, or infinity) says nothing usable: taken at its
        # word, every request would fetch a new token. Such a token, like one whose answer has
        # no expires_in (optional in RFC 6749, section 5.1), is kept until the API answers 401.
        if lifetime is not None and 0 < lifetime < float("inf"):
            # Short-lived tokens renew at half-life, not never-valid.
            margin = min(self._refresh_margin, lifetime / 2)
            renew_at = self._clock() + lifetime - margin
        self._state = (token, renew_at)
        return token

    def _reuse(self, force_refresh: bool, stale: str | None) -> str | None:
        # Called holding the refresh lock. A forced refresh is skipped when the token has
        # changed since the caller saw it (``stale``): requests refused with one token share one
        # refresh, however late their 401s arrive.
        cached = self._cached()
        if cached is not None and (not force_refresh or cached != stale):
            return cached
        return None

    def _stale(self, stale: str | None) -> str | None:
        # Without ``stale=`` a forced refresh replaces the token current at the call.
        if stale is not None:
            return stale
        state = self._state
        return state[0] if state else None

    def get_token(self, force_refresh: bool = False, stale: str | None = None) -> str:
        """The cached token, fetching a new one if there is none or it expires.

        ``force_refresh=True`` fetches a new one, unless the token has changed since it was
        seen: ``stale`` is the token a request was refused with (by default, the current one).
        """
        stale = self._stale(stale) if force_refresh else None
        if not force_refresh and (cached := self._cached()) is not None:
            return cached
        with self._refresh_lock:
            if (reused := self._reuse(force_refresh, stale)) is not None:
                return reused
            return self._store(self._fetch())

    async def aget_token(self, force_refresh: bool = False, stale: str | None = None) -> str:
        """Async version of ``get_token``."""
        stale = self._stale(stale) if force_refresh else None
        if not force_refresh and (cached := self._cached()) is not None:
            return cached
        while not self._refresh_lock.acquire(blocking=False):
            import asyncio  # lazily: sync users never pay its import time

            await asyncio.sleep(TOKEN_LOCK_POLL_INTERVAL)
        try:
            if (reused := self._reuse(force_refresh, stale)) is not None:
                return reused
            return self._store(await self._afetch())
        finally:
            self._refresh_lock.release()

    def invalidate(self) -> None:
        """Forget the cached token; the next request fetches a new one."""
        self._state = None


def renew_token(auth: TokenProvider, stale: str | None) -> None:
    """After a 401: renew ``auth``'s token, unless it already replaced ``stale`` (sync)."""
    if isinstance(auth, CachedTokenProvider):  # a class check: cheap, unlike the protocol's
        auth.get_token(force_refresh=True, stale=stale)
    else:
        auth.get_token(force_refresh=True)


async def arenew_token(auth: TokenProvider, stale: str | None) -> None:
    """After a 401: renew ``auth``'s token, unless it already replaced ``stale`` (async)."""
    if isinstance(auth, CachedTokenProvider):
        await auth.aget_token(force_refresh=True, stale=stale)
    else:
        await auth.aget_token(force_refresh=True)


class LoginTokenProvider(CachedTokenProvider):
    """Gets a token by calling ``login`` (or ``alogin``), and again after a 401.

    For APIs whose token comes from a login endpoint, such as a generated ``from_login``.
    """

    def __init__(
        self,
        login: Callable[[], str],
        alogin: Callable[[], Awaitable[str]] | None = None,
        *,
        expires_in: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        async def afetch() -> IssuedToken:
            assert alogin is not None
            return IssuedToken(await alogin(), expires_in)

        super().__init__(
            lambda: IssuedToken(login(), expires_in),
            afetch if alogin is not None else None,
            clock=clock,
        )
