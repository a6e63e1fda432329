# Generated from specs/integratorio.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/integratorio/ or generator/ and run `make generate`.
"""Logging: one logger per generated package, switched on by an environment variable.

``<ENV_PREFIX>_CLIENT_LOG=debug|info|warning`` (for example ``ACME_CLIENT_LOG=info``)
sets the package logger's level and attaches one stderr handler. Without it the package logs
through the standard ``logging`` tree like any library and shows nothing by default.

At INFO every attempt is logged: method, redacted URL, status, attempt number, elapsed time.
At DEBUG the redacted headers and bodies are logged too. Nothing logged contains a secret of the
call: each DEBUG line goes through the call's ``Scrubber`` (``_redaction``), so a token or a body
value the server echoes back, under any key or in a header, is replaced too.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
import warnings

import httpx

from ._constants import LOG_BODY_LIMIT, LOG_ENV_SUFFIX, LOG_FORMAT, LOG_LEVELS
from ._redaction import Scrubber, redact_form, redact_headers, redact_url

# Two clients created at once in two threads must still add only one handler.
_configure_lock = threading.Lock()


class _RuntimeHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The stderr handler added by the environment variable; marked so it is added once."""


def get_logger(package: str) -> logging.Logger:
    """The logger of a generated package, named after it (``acme_client``)."""
    return logging.getLogger(package)


def configure_logging(package: str, env_prefix: str) -> logging.Logger:
    """Apply ``<env_prefix>_CLIENT_LOG`` to the package logger and return the logger."""
    logger = get_logger(package)
    variable = env_prefix + LOG_ENV_SUFFIX
    value = os.environ.get(variable, "").strip().lower()
    if not value:
        return logger
    level = LOG_LEVELS.get(value)
    if level is None:
        warnings.warn(
            f"{variable}={value!r} is not one of {', '.join(LOG_LEVELS)}; logging is left as "
            "it is. Set it to one of those values or unset it.",
            stacklevel=3,
        )
        return logger
    with _configure_lock:
        logger.setLevel(level)
        if not any(isinstance(handler, _RuntimeHandler) for handler in logger.handlers):
            handler = _RuntimeHandler(sys.stderr)
            handler.setFormatter(logging.Formatter(LOG_FORMAT))
            logger.addHandler(handler)
    return logger


def describe_body(
    content: bytes,
    content_type: str | None,
    extra_keys: frozenset[str] = frozenset(),
    *,
    answer: bool = False,
    scrubber: Scrubber | None = None,
) -> str:
    """A redacted, scrubbed, length-limited rendering of a body for DEBUG logs.

    ``answer``: the body is an API's answer, whose ``code`` and ``state`` are error codes, not
    secrets. ``scrubber`` holds the call's secrets; they are replaced before the body is cut,
    so that no part of one is left at the cut.
    """
    if not content:
        return "(empty)"
    scrubber = scrubber or Scrubber((), extra_keys)
    kind = (content_type or "").split(";", 1)[0].strip().lower()
    text = content.decode("utf-8", errors="replace")
    if kind == "application/json" or kind.endswith("+json") or kind.startswith("text/"):
        text = scrubber.body(text, answer=answer)
    elif kind == "application/x-www-form-urlencoded":
        text = scrubber.literal(redact_form(text, extra_keys))
    else:
        # Multipart uploads and binary bodies: their size is all a log needs.
        return f"({len(content)} bytes of {kind or 'unknown type'})"
    if len(text) > LOG_BODY_LIMIT:
        text = text[:LOG_BODY_LIMIT] + f"... ({len(text)} characters)"
    return text


def request_body(request: httpx.Request) -> bytes:
    """The body of a request whose content is in memory, or nothing for a stream."""
    try:
        return request.content
    except httpx.RequestNotRead:
        return b""


class AttemptLog:
    """The log lines of a client's attempts, redacted, for one package logger.

    A successful attempt is routine (DEBUG); a failed one and every retry are worth noticing
    (INFO). Formatting a line per call costs about a tenth of a call's CPU (``make bench``), so
    INFO stays quiet while all is well. DEBUG adds the redacted headers and bodies, with every
    secret of the request scrubbed, since a server may echo the token under any key.
    """

    def __init__(self, logger: logging.Logger, sensitive_fields: frozenset[str]) -> None:
        self.logger = logger
        self._extra = sensitive_fields
        # The scrubber of the request logged last: its answer's line needs the same one.
        self._last: tuple[httpx.Request, Scrubber] | None = None

    def _scrubber(self, request: httpx.Request) -> Scrubber:
        last = self._last  # one read: another thread may replace it meanwhile
        if last is not None and last[0] is request:
            return last[1]
        scrubber = Scrubber.for_request(request, self._extra)
        self._last = (request, scrubber)
        return scrubber

    def _debug(
        self,
        what: str,
        request: httpx.Request,
        headers: httpx.Headers,
        content: bytes,
        answer: bool,
    ) -> None:
        scrubber = self._scrubber(request)
        body = describe_body(
            content, headers.get("content-type"), self._extra, answer=answer, scrubber=scrubber
        )
        # Header values are scrubbed too: a server may echo the token in any header.
        line = f"{what} headers: {redact_headers(headers, self._extra)}; body: {body}"
        self.logger.debug("%s", scrubber.literal(line))

    def request(self, request: httpx.Request) -> None:
        if self.logger.isEnabledFor(logging.DEBUG):
            self._debug("Request", request, request.headers, request_body(request), False)

    def attempt(
        self,
        operation_id: str,
        request: httpx.Request,
        attempt: int,
        started: float,
        response: httpx.Response | None = None,
        error: Exception | None = None,
    ) -> None:
        level = logging.DEBUG if response is not None and response.is_success else logging.INFO
        if not self.logger.isEnabledFor(level):
            return
        elapsed_ms = (time.monotonic() - started) * 1000
        outcome = (
            f"{response.status_code} {httpx.codes.get_reason_phrase(response.status_code)}"
            if response is not None
            else type(error).__name__
        )
        self.logger.log(
            level,
            "%s: %s %s -> %s (attempt %d, %.0f ms)",
            operation_id,
            request.method,
            redact_url(request.url),
            outcome,
            attempt,
            elapsed_ms,
        )
        if response is not None and self.logger.isEnabledFor(logging.DEBUG):
            self._debug("Response", request, response.headers, response.content, True)

    def retry(
        self, operation_id: str, delay: float, reason: str, retry: int, max_retries: int
    ) -> None:
        self.logger.info(
            "%s: retrying in %.2f s after %s (retry %d of %d)",
            operation_id,
            delay,
            reason,
            retry,
            max_retries,
        )

    def renew(self, operation_id: str) -> None:
        self.logger.info("%s: 401, renewing the token and resending", operation_id)
