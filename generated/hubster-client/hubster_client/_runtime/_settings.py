# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
"""Client settings: arguments, then the environment, then the API's defaults, checked once.

Everything here runs when a client is built, so that a bad setting (no token source, a base URL
with a password in it, an unknown region, a negative ``max_retries``) fails there with a
``ConfigurationError`` that says what to change, not at the first request.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping

import httpx

from ._auth import TokenAuth, TokenProvider, check_token
from ._config import ClientConfig
from ._constants import (
    BASE_URL_ENV_SUFFIX,
    DEFAULT_ACCEPT,
    DEFAULT_TIMEOUT,
    REGION_ENV_SUFFIX,
    TOKEN_ENV_SUFFIX,
)
from ._errors import ConfigurationError
from ._rate_limit import RateLimit
from ._redaction import redact_url

Auth = TokenAuth | TokenProvider


def resolve_auth(config: ClientConfig, token: str | Auth | None) -> Auth | None:
    """The client's credentials: ``token``, else ``<PREFIX>_TOKEN``, else None (no token yet)."""
    scheme = config.auth_scheme
    if token is None:
        variable = config.env_prefix + TOKEN_ENV_SUFFIX
        value = os.environ.get(variable)
        if value is None:
            return None  # Raised at the first request that needs a token.
        return TokenAuth(check_token(value, f"the {variable} environment variable"), scheme)
    if isinstance(token, str):
        return TokenAuth(check_token(token, "the token argument"), scheme)
    if isinstance(token, TokenAuth):
        return TokenAuth(check_token(token.token, "the token argument"), token.scheme)
    if isinstance(token, TokenProvider):
        return token
    raise ConfigurationError(
        f"token must be a str, TokenAuth or TokenProvider, not {type(token).__name__}."
    )


def missing_token(config: ClientConfig, client_name: str) -> ConfigurationError:
    """The error for a call that needs a token when the client has none."""
    return ConfigurationError(
        f"No {config.api_name} token was given. Pass token=... to {client_name}(...) or set "
        f"the {config.env_prefix}{TOKEN_ENV_SUFFIX} environment variable."
    )


def _region_url(config: ClientConfig, region: str, source: str) -> str:
    regions = config.regions
    if not regions:
        raise ConfigurationError(
            f"{source} names a region, but {config.api_name} has none to choose from. Remove "
            "it, or pass base_url= instead."
        )
    url = regions.get(region.strip().lower())
    if url is None:
        raise ConfigurationError(
            f"{source} is {region!r}, which is not a region of {config.api_name}. Use one of "
            f"{', '.join(repr(name) for name in regions)}, or pass base_url=."
        )
    return url


def resolve_base_url(config: ClientConfig, base_url: str | None, region: str | None) -> httpx.URL:
    """The API's base URL, without a trailing slash.

    An argument beats the environment, and ``base_url`` beats ``region`` at the same level:
    ``base_url``, ``region``, ``<PREFIX>_BASE_URL``, ``<PREFIX>_REGION``, the default.
    """
    variable = config.env_prefix + BASE_URL_ENV_SUFFIX
    region_variable = config.env_prefix + REGION_ENV_SUFFIX
    source = "The base_url argument"
    if base_url is not None and region is not None:
        raise ConfigurationError(
            "Both base_url and region were given; they say the same thing. Pass only one."
        )
    if base_url is None and region is not None:
        source = "The region argument"
        base_url = _region_url(config, region, source)
    if base_url is None:
        base_url = os.environ.get(variable) or None
        source = f"The {variable} environment variable"
    if base_url is None and os.environ.get(region_variable):
        source = f"The {region_variable} environment variable"
        base_url = _region_url(config, os.environ[region_variable], source)
    if base_url is None:
        base_url, source = config.default_base_url, "The default base URL"
    # Messages show redact_url(): never user info or query values, which may be secrets.
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError):
        raise ConfigurationError(
            f"{source} is not a valid URL. Pass an https:// URL such as "
            f"{config.default_base_url!r}."
        ) from None
    problem = None
    if url.scheme not in ("http", "https") or not url.host:
        problem = "must be an absolute http:// or https:// URL"
    elif url.userinfo:
        problem = "must not contain a user name or password; pass the token with token="
    elif url.query or url.fragment:
        problem = "must not contain a query string or fragment"
    if problem:
        raise ConfigurationError(
            f"{source} ({redact_url(url)}) {problem}. Fix it, or leave it unset to use "
            f"{config.default_base_url!r}."
        )
    return url.copy_with(raw_path=url.raw_path.rstrip(b"/") or b"/")


def to_timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    """``value`` as an ``httpx.Timeout``; None is the default, never "wait forever".

    An ``httpx.Timeout`` with a phase of None (``httpx.Timeout(None)`` has four) would let a
    call hang on a server that never answers, so it is refused like a negative number.
    """
    if value is None:
        return DEFAULT_TIMEOUT
    if isinstance(value, httpx.Timeout):
        for phase, seconds in value.as_dict().items():
            _check_seconds(seconds, f"the {phase} timeout of {value!r}")
        return value
    _check_seconds(value, f"timeout={value!r}")
    return httpx.Timeout(value)


def _check_seconds(seconds: object, what: str) -> None:
    if (
        isinstance(seconds, bool)
        or not isinstance(seconds, int | float)
        or not math.isfinite(seconds)
        or seconds <= 0
    ):
        unlimited = " (no limit)" if seconds is None else ""
        raise ConfigurationError(
            f"{what} is not a number of seconds greater than 0{unlimited}. These clients never "
            "wait without a limit: pass seconds, such as timeout=30.0 or "
            "httpx.Timeout(30.0, connect=5.0), or leave it unset for the default "
            f"({DEFAULT_TIMEOUT.read} s, {DEFAULT_TIMEOUT.connect} s to connect)."
        )


def check_rate_limit(value: object) -> RateLimit | None:
    """``rate_limit=`` as given, when it is a ``RateLimit`` or None (no limit)."""
    if value is None or isinstance(value, RateLimit):
        return value
    raise ConfigurationError(
        f"rate_limit is {value!r}; pass RateLimit(capacity=..., rate_per_second=...), or None "
        "to send requests as fast as they are made. A bare number does not say whether it is "
        "the burst or the rate."
    )


def check_max_retries(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigurationError(
            f"max_retries is {value!r}; pass a whole number of 0 or more (0 turns retries off)."
        )
    return value


def standard_headers(config: ClientConfig) -> dict[str, str]:
    """The headers every request carries besides ``Authorization``."""
    user_agent = config.user_agent or f"{config.package} python-httpx/{httpx.__version__}"
    return {"User-Agent": user_agent, "Accept": DEFAULT_ACCEPT}


def closed_client(client_name: str) -> ConfigurationError:
    """The error for a call on a client whose connection pool was closed."""
    return ConfigurationError(
        f"This {client_name} is closed: its connection pool was closed by close(), aclose() or "
        "the end of its `with` block. Create a new client, or keep the `with` block open for "
        "as long as you make calls."
    )


# Headers the API and its operators rely on: a default may not replace them unnoticed. A call's
# extra_headers still may, explicitly, for that one call.
_PROTECTED_HEADERS = frozenset({"authorization", "user-agent"})


def check_default_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    """``default_headers=`` as a dict, refusing the headers the client sets itself."""
    if not headers:
        return {}
    protected = sorted(name for name in headers if name.lower() in _PROTECTED_HEADERS)
    if protected:
        raise ConfigurationError(
            f"default_headers may not set {', '.join(protected)}: the client sets them itself "
            "(the token through token=, the User-Agent from the package). Pass the token with "
            "token=, or, to change them for one call, pass extra_headers= to that call."
        )
    return dict(headers)
