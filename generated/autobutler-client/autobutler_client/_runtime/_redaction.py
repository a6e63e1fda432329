# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
"""Keep secrets out of logs, reprs and exception messages.

A key is secret when its *normalised* name (lower case, without ``_`` and ``-``) is in
``SECRET_KEYS`` or ends with one of ``SECRET_SUFFIXES``; so ``accessToken``, ``access_token``,
``AccessToken`` and ``ACCESS-TOKEN`` are all caught by the single entry ``accesstoken``. Each
generated package adds its own names through ``ClientConfig.sensitive_fields``.

Redaction replaces values, never keys, so a log still shows *which* fields were sent.

``code`` and ``state`` are secret in what the client *sends* (an OAuth 2 authorization code and
its state, RFC 6749 section 4.1.2; Hubster's Slack configuration, specs/hubster.yaml) but name
error codes in what APIs *answer* (integrator.io's ``"code": "invalid_ref"``, Hubster's
``"code": 301``). Redaction of an answer (``answer=True``) therefore shows them; the values the
client sent under them are still scrubbed wherever they reappear, as every secret of the call
is (``Scrubber``).

A ``Scrubber`` is the one way text about a call leaves the client (exception messages, bodies,
details, the exception chain, log lines): it knows every secret of the call (``request_secrets``:
the token of the ``Authorization`` header, query and body values under secret keys) and replaces
each wherever it appears, also as JSON, URL, HTML or ``repr`` escaping writes it, since servers
echo what they were sent (tests/runtime/test_secret_scrubbing.py).
"""

from __future__ import annotations

import base64
import binascii
import functools
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Final, NoReturn
from urllib.parse import parse_qsl, quote, quote_plus, unquote_plus, urlencode

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
# Secret in requests, error codes and states in answers (see the module docstring).
_REQUEST_ONLY_KEYS: Final = frozenset({"code", "state"})
# Secrets shorter than this are not scrubbed from free text: replacing "ab" everywhere would
# mangle messages without protecting anything worth protecting.
_MIN_SCRUB_LENGTH: Final = 4


@functools.lru_cache(maxsize=32)
def _normalised_set(names: frozenset[str]) -> frozenset[str]:
    return frozenset(normalise_key(name) for name in names)


def is_secret_key(
    key: str, extra_keys: frozenset[str] = frozenset(), *, answer: bool = False
) -> bool:
    """Tell whether a field, header or parameter called ``key`` holds a secret.

    ``answer``: the key is in what an API answered, where ``code`` and ``state`` are not secret.
    """
    normalised = normalise_key(key)
    if answer and normalised in _REQUEST_ONLY_KEYS:
        return False
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


def redact_json(
    value: object, extra_keys: frozenset[str] = frozenset(), *, answer: bool = False
) -> object:
    """Return a deep copy of a decoded JSON value with every secret value replaced by ``***``.

    ``answer``: the value is an API's answer, whose ``code`` and ``state`` are not secret.
    """
    if isinstance(value, Mapping):
        redacted: dict[object, object] = {}
        for key, item in value.items():
            if isinstance(key, str) and normalise_key(key) in _SECRET_CONTAINERS:
                redacted[key] = _redact_everything(item)
            elif (
                isinstance(key, str)
                and item is not None
                and is_secret_key(key, extra_keys, answer=answer)
            ):
                # None stays visible: "the token was null" is useful and reveals nothing.
                redacted[key] = REDACTED
            else:
                redacted[key] = redact_json(item, extra_keys, answer=answer)
        return redacted
    if isinstance(value, list | tuple):
        return [redact_json(item, extra_keys, answer=answer) for item in value]
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


# Each with a character that text it can match must contain.
_TEXT_PATTERNS: Final = (
    # "key": "value" inside JSON-like text that failed to parse as JSON.
    (re.compile(r'"(?P<key>[A-Za-z0-9_\-]+)"\s*:\s*"(?P<value>[^"]*)"'), ":"),
    # key=value inside query strings and form bodies. The key starts where a word starts: a
    # match tried at every letter of a long word would take time quadratic in its length.
    (re.compile(r"(?<![A-Za-z0-9_\-])(?P<key>[A-Za-z0-9_\-]+)=(?P<value>[^&\s\"']*)"), "="),
)
_BEARER_PATTERN: Final = re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=\-]+")


def redact_text(
    text: str, extra_keys: frozenset[str] = frozenset(), *, answer: bool = False
) -> str:
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
            return json.dumps(redact_json(decoded, extra_keys, answer=answer), ensure_ascii=False)
    return _redact_patterns(text, extra_keys, answer)


def _redact_patterns(text: str, extra_keys: frozenset[str], answer: bool) -> str:
    def replace(match: re.Match[str]) -> str:
        whole = match.group(0)
        if not is_secret_key(match.group("key"), extra_keys, answer=answer):
            return whole
        start, end = (offset - match.start() for offset in match.span("value"))
        return whole[:start] + REDACTED + whole[end:]

    # Each pattern runs only when the text has the character it needs: a regex tries every
    # position of a megabyte-long error page, a substring test is many times faster.
    for pattern, needed in _TEXT_PATTERNS:
        if needed in text:
            text = pattern.sub(replace, text)
    lowered = text.lower()
    if "bearer" not in lowered and "basic" not in lowered:
        return text
    return _BEARER_PATTERN.sub(lambda m: f"{m.group(1)} {REDACTED}", text)


def scrub_secrets(text: str, secrets: Iterable[str]) -> str:
    """Replace every occurrence of a known secret (a token we hold) in ``text``.

    Servers sometimes echo the token they rejected; this keeps it out of our messages.
    """
    return Scrubber(secrets).literal(text)


# --- The secrets of one call, and the scrubber they feed ----------------------------------------


# A request extension (set by _request.build_request) saying that every value of the JSON body
# is a secret: Autobutler's integration settings, a free-form object of credentials.
SECRET_BODY: Final = "integration_clients.secret_body"


def request_secrets(
    request: httpx.Request, extra_keys: frozenset[str] = frozenset()
) -> tuple[str, ...]:
    """Every secret ``request`` carries, as sent and decoded.

    That is the value of every secret header (and the credential after the scheme of an
    ``Authorization``, the password of a Basic one), and the values of the query and of a JSON
    or form body under secret keys (``code`` and ``state`` included: in a request they are
    OAuth's), every value inside a ``credentials`` object among them.
    """
    found: list[str] = []
    for name, value in request.headers.items():
        if name.lower() == "cookie":
            found += [value, *(c.partition("=")[2].strip() for c in value.split(";"))]
        elif is_secret_key(name, extra_keys):
            found += _header_credentials(value)
    found += _pairs_secrets(request.url.query.decode("ascii", errors="replace"), extra_keys)
    try:
        content = request.content
    except httpx.RequestNotRead:  # A streamed body: nothing in memory to look at.
        content = b""
    if content:
        kind = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
        text = content.decode("utf-8", errors="replace")
        if kind == "application/json" or kind.endswith("+json"):
            try:
                # Every value of a body the API description marks sensitive as a whole.
                every_value = bool(request.extensions.get(SECRET_BODY))
                found += _json_secrets(json.loads(text), extra_keys, every_value)
            except ValueError:
                pass
        elif kind == "application/x-www-form-urlencoded":
            found += _pairs_secrets(text, extra_keys)
    return tuple(found)


def _header_credentials(value: str) -> list[str]:
    scheme, _, credential = value.partition(" ")
    found = [value, credential.strip()]
    if scheme.lower() == "basic":
        try:
            decoded = base64.b64decode(credential.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return found
        found += [decoded, decoded.partition(":")[2]]
    return found


def _pairs_secrets(text: str, extra_keys: frozenset[str]) -> Iterator[str]:
    # Query strings and form bodies: each secret value as sent (percent-encoded) and decoded.
    for pair in text.split("&") if text else ():
        key, _, raw = pair.partition("=")
        if is_secret_key(unquote_plus(key), extra_keys):
            yield raw
            yield unquote_plus(raw)


def _json_secrets(value: object, extra_keys: frozenset[str], inside: bool = False) -> Iterator[str]:
    if isinstance(value, Mapping):
        for key, item in value.items():
            secret = inside or (
                isinstance(key, str)
                and (normalise_key(key) in _SECRET_CONTAINERS or is_secret_key(key, extra_keys))
            )
            yield from _json_secrets(item, extra_keys, secret)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _json_secrets(item, extra_keys, inside)
    elif inside and isinstance(value, str | int | float) and not isinstance(value, bool):
        yield str(value)


def _json(text: str) -> str:
    return json.dumps(text)[1:-1]


def _html(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;")


# The ways a server may write back what it was sent. An echo may nest two of them: a debug page
# shows the JSON body it got HTML-escaped, an HTTP parser's error the bytes it refused as repr.
_ESCAPES: Final[tuple[Callable[[str], str], ...]] = (
    _json,
    lambda text: json.dumps(text, ensure_ascii=False)[1:-1],
    # JSON writers that escape the slash (PHP), or <, > and & (Rails) as well.
    lambda text: _json(text).replace("/", "\\/"),
    lambda text: (
        _json(text).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    ),
    lambda text: quote(text, safe=""),
    quote_plus,
    _html,
    lambda text: _html(text).replace("'", "&#x27;"),
    lambda text: _html(text).replace("'", "&#39;"),
    # repr() quotes with ' unless the text has a ' and no ", so a ' may come escaped or not.
    lambda text: repr(text)[1:-1],
    lambda text: text.replace("\\", "\\\\").replace("'", "\\'"),
)


def _written_forms(secret: str) -> set[str]:
    """``secret`` as an echo may write it: as is, escaped once, or escaped twice."""
    once = {secret} | {escape(secret) for escape in _ESCAPES}
    return once | {escape(form) for form in once for escape in _ESCAPES}


# Replacing a secret cannot reveal another, unless secrets contain "***"; a few passes settle it.
_MAX_SCRUB_PASSES: Final = 3


class Scrubber:
    """Every secret the client knows for one call, and the one way text about it leaves.

    ``literal`` replaces each secret (in every written form) wherever it appears; ``text`` also
    redacts values that follow secret keys in free text, ``value`` scrubs the keys and strings of
    a decoded JSON value, keeping its shape, and ``exception`` the text of an exception chain.
    Scrub first, cut after: a secret cut in half is no longer found.
    """

    __slots__ = ("_forms", "_pattern", "extra_keys")

    def __init__(
        self, secrets: Iterable[str] = (), extra_keys: frozenset[str] = frozenset()
    ) -> None:
        self.extra_keys = extra_keys
        forms = {
            form
            for secret in secrets
            if len(secret) >= _MIN_SCRUB_LENGTH
            for form in _written_forms(secret)
        }
        # Longest first, so that a secret containing a shorter one is replaced whole.
        self._forms = sorted(forms, key=len, reverse=True)
        self._pattern = re.compile("|".join(map(re.escape, self._forms)))

    def __reduce__(self) -> NoReturn:
        # Pickled, the secrets would be written out; errors pickle without it (_pickling).
        raise TypeError(
            "A Scrubber holds the secrets of a call, so it cannot be pickled or copied. "
            "Pickle what it scrubbed instead (an error pickles without its scrubber)."
        )

    @classmethod
    def for_request(
        cls,
        request: httpx.Request | None,
        extra_keys: frozenset[str] = frozenset(),
        secrets: Iterable[str] = (),
    ) -> Scrubber:
        """The scrubber of a call: ``request``'s secrets and ``secrets`` besides."""
        found = request_secrets(request, extra_keys) if request is not None else ()
        return cls((*found, *secrets), extra_keys)

    @classmethod
    def for_response(
        cls,
        response: httpx.Response | None,
        extra_keys: frozenset[str] = frozenset(),
        secrets: Iterable[str] = (),
    ) -> Scrubber:
        """The scrubber of the call ``response`` answers (a hand-made one has no request)."""
        try:
            request = response.request if response is not None else None
        except RuntimeError:
            request = None
        return cls.for_request(request, extra_keys, secrets)

    def literal(self, text: str) -> str:
        """``text`` with every known secret replaced by ``***``."""
        for _ in range(_MAX_SCRUB_PASSES):
            # Substring tests first: much faster than the regex over a long text without secrets.
            if not any(form in text for form in self._forms):
                break
            text = self._pattern.sub(REDACTED, text)
        return text

    def text(self, text: str, *, answer: bool = True) -> str:
        """Free text: known secrets and values after secret keys replaced.

        Known secrets go first: a pattern replacing part of one (``Bearer`` stops at a ``:``)
        would leave the rest where it can no longer be recognised. ``answer``: the text comes
        from a server, whose ``code`` and ``state`` are not secret.
        """
        return _redact_patterns(self.literal(text), self.extra_keys, answer)

    def body(self, text: str, *, answer: bool = True) -> str:
        """A body as text: structurally when it is JSON, else as free text.

        JSON is scrubbed decoded, before it is written again: written, a secret inside a string
        that is itself JSON (an echoed request body) would be escaped twice.
        """
        text = self.literal(text)
        try:
            decoded = json.loads(text)
        except ValueError:
            return _redact_patterns(text, self.extra_keys, answer)
        if not isinstance(decoded, dict | list):
            return _redact_patterns(text, self.extra_keys, answer)
        redacted = redact_json(decoded, self.extra_keys, answer=answer)
        return json.dumps(self.value(redacted, answer=answer), ensure_ascii=False)

    def value(self, value: object, *, answer: bool = True) -> object:
        """A copy of a decoded JSON value with every key and string scrubbed."""
        if isinstance(value, str):
            return self.text(value, answer=answer)
        if isinstance(value, Mapping):
            return {
                (self.literal(k) if isinstance(k, str) else k): self.value(v, answer=answer)
                for k, v in value.items()
            }
        if isinstance(value, list | tuple):
            return [self.value(item, answer=answer) for item in value]
        return value

    def exception(self, exc: BaseException | None) -> None:
        """Scrub the text of ``exc`` and of its ``__cause__``/``__context__`` chain, in place.

        Tracebacks print every link: an ``httpx.RemoteProtocolError`` quotes the header line
        it refused, a parser's ``ValueError`` the value it could not read.
        """
        todo = [exc]
        seen: set[int] = set()
        while todo:
            link = todo.pop()
            if link is None or id(link) in seen:
                continue
            seen.add(id(link))
            args = tuple(self._arg(arg, todo) for arg in link.args)
            if args != link.args:
                link.args = args
            notes = getattr(link, "__notes__", None)
            if isinstance(notes, list):
                link.__notes__ = [self.text(n) if isinstance(n, str) else n for n in notes]
            todo += (link.__cause__, link.__context__)

    def _arg(self, arg: object, todo: list[BaseException | None]) -> object:
        if isinstance(arg, str):
            return self.text(arg)
        if isinstance(arg, BaseException):  # httpcore wraps h11's error as its argument
            todo.append(arg)
            return arg
        shown = arg.decode("latin-1") if isinstance(arg, bytes | bytearray) else repr(arg)
        return arg if self.text(shown) == shown else REDACTED


def scrub_handled_exception(scrubber: Scrubber) -> None:
    """Scrub the exception being handled, which an error raised now gets as its context."""
    scrubber.exception(sys.exception())


def safe_repr(value: object, extra_keys: frozenset[str] = frozenset()) -> str:
    """``repr`` of a JSON-like value with every secret replaced by ``***``."""
    return repr(redact_json(value, extra_keys))
