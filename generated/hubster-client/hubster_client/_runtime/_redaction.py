# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
"""Keep secrets out of logs, reprs and exception messages.

A key is secret when its *normalised* name (lower case, without ``_`` and ``-``) is in
``SECRET_KEYS`` or ends with one of ``SECRET_SUFFIXES``; so ``accessToken``, ``access_token``,
``AccessToken`` and ``ACCESS-TOKEN`` are all caught by the single entry ``accesstoken``. Each
generated package adds its own names through ``ClientConfig.sensitive_fields``.

Redaction replaces values, never keys, so a log still shows *which* fields were sent.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping
from typing import Final
from urllib.parse import parse_qsl, urlencode

import httpx

REDACTED: Final = "***"

# Written as they appear in the APIs; compared after normalisation.
_SECRET_NAMES: Final = (
    "authorization",
    "proxy-authorization",
    "cookie",
    "set-cookie",
    "x-api-key",
    "api_key",
    "token",
    "accessToken",
    "access_token",
    "refreshToken",
    "refresh_token",
    "idToken",
    "authToken",
    "sessionToken",
    "pageAccessToken",
    "botAccessToken",
    "appAccessToken",
    "password",
    "passwd",
    "secret",
    "client_secret",
    "privateSigningKey",
    "privateKey",
    "signingKey",
    "code",
    "state",
    "credentials",
)


def normalise_key(key: str) -> str:
    """Return ``key`` in the form used for comparison: lower case, no ``_`` or ``-``."""
    return key.lower().replace("_", "").replace("-", "")


SECRET_KEYS: Final = frozenset(normalise_key(name) for name in _SECRET_NAMES)
# Catches names nobody listed yet, such as ``webhookVerifyToken`` or ``x-auth-token``.
SECRET_SUFFIXES: Final = ("token", "secret", "password", "apikey", "privatekey", "signingkey")
# Objects under these keys are secret as a whole: every value inside is replaced.
_SECRET_CONTAINERS: Final = frozenset({"credentials"})
# Secrets shorter than this are not scrubbed from free text: replacing "ab" everywhere would
# mangle messages without protecting anything worth protecting.
_MIN_SCRUB_LENGTH: Final = 4


@functools.lru_cache(maxsize=32)
def _normalised_set(names: frozenset[str]) -> frozenset[str]:
    return frozenset(normalise_key(name) for name in names)


def is_secret_key(key: str, extra_keys: frozenset[str] = frozenset()) -> bool:
    """Tell whether a field, header or parameter called ``key`` holds a secret."""
    normalised = normalise_key(key)
    if normalised in SECRET_KEYS or normalised.endswith(SECRET_SUFFIXES):
        return True
    return bool(extra_keys) and normalised in _normalised_set(extra_keys)


def redact_headers(
    headers: Mapping[str, str] | httpx.Headers, extra_keys: frozenset[str] = frozenset()
) -> dict[str, str]:
    """Return a plain dict of ``headers`` with every secret value replaced by ``***``."""
    return {
        key: (REDACTED if is_secret_key(key, extra_keys) else value)
        for key, value in headers.items()
    }


def redact_json(value: object, extra_keys: frozenset[str] = frozenset()) -> object:
    """Return a deep copy of a decoded JSON value with every secret value replaced by ``***``."""
    if isinstance(value, Mapping):
        redacted: dict[object, object] = {}
        for key, item in value.items():
            if isinstance(key, str) and normalise_key(key) in _SECRET_CONTAINERS:
                redacted[key] = _redact_everything(item)
            elif isinstance(key, str) and is_secret_key(key, extra_keys) and item is not None:
                # None stays visible: "the token was null" is useful and reveals nothing.
                redacted[key] = REDACTED
            else:
                redacted[key] = redact_json(item, extra_keys)
        return redacted
    if isinstance(value, list | tuple):
        return [redact_json(item, extra_keys) for item in value]
    return value


def _redact_everything(value: object) -> object:
    if isinstance(value, Mapping):
        return {key: _redact_everything(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_redact_everything(item) for item in value]
    return None if value is None else REDACTED


def redact_url(url: httpx.URL | str) -> str:
    """Return ``url`` without user info, fragment and query *values* (query keys stay)."""
    try:
        parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        # Unparseable: showing any part of it could show a secret.
        return "<unparseable URL>"
    query = ""
    if parsed.query:
        keys = [key for key, _ in parse_qsl(parsed.query.decode("ascii"), keep_blank_values=True)]
        query = "?" + "&".join(f"{key}={REDACTED}" for key in keys)
    port = f":{parsed.port}" if parsed.port is not None else ""
    path = parsed.raw_path.split(b"?", 1)[0].decode("ascii")
    return f"{parsed.scheme}://{parsed.host}{port}{path}{query}"


def redact_form(body: str, extra_keys: frozenset[str] = frozenset()) -> str:
    """Redact an ``application/x-www-form-urlencoded`` body."""
    pairs = parse_qsl(body, keep_blank_values=True)
    return urlencode(
        [(key, REDACTED if is_secret_key(key, extra_keys) else value) for key, value in pairs]
    )


_TEXT_PATTERNS: Final = (
    # "key": "value" inside JSON-like text that failed to parse as JSON.
    re.compile(r'"(?P<key>[A-Za-z0-9_\-]+)"\s*:\s*"(?P<value>[^"]*)"'),
    # key=value inside query strings and form bodies.
    re.compile(r"(?P<key>[A-Za-z0-9_\-]+)=(?P<value>[^&\s\"']*)"),
)
_BEARER_PATTERN: Final = re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=\-]+")


def redact_text(text: str, extra_keys: frozenset[str] = frozenset()) -> str:
    """Redact secrets in free text, such as a body that is not valid JSON.

    Valid JSON is redacted structurally; anything else by pattern: ``"key": "value"``,
    ``key=value`` and ``Bearer <token>``.
    """
    try:
        decoded = json.loads(text)
    except ValueError:
        pass
    else:
        if isinstance(decoded, dict | list):
            return json.dumps(redact_json(decoded, extra_keys), ensure_ascii=False)

    def replace(match: re.Match[str]) -> str:
        whole = match.group(0)
        if not is_secret_key(match.group("key"), extra_keys):
            return whole
        start, end = (offset - match.start() for offset in match.span("value"))
        return whole[:start] + REDACTED + whole[end:]

    for pattern in _TEXT_PATTERNS:
        text = pattern.sub(replace, text)
    return _BEARER_PATTERN.sub(lambda m: f"{m.group(1)} {REDACTED}", text)


def scrub_secrets(text: str, secrets: Iterable[str]) -> str:
    """Replace every literal occurrence of a known secret (a token we hold) in ``text``.

    Servers sometimes echo the token they rejected; this keeps it out of our messages.
    """
    for secret in secrets:
        if len(secret) >= _MIN_SCRUB_LENGTH:
            text = text.replace(secret, REDACTED)
    return text


def safe_repr(value: object, extra_keys: frozenset[str] = frozenset()) -> str:
    """``repr`` of a JSON-like value with every secret replaced by ``***``."""
    return repr(redact_json(value, extra_keys))
