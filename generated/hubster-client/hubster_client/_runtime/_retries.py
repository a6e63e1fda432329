# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
"""When to retry and how long to wait; the numbers live in ``_constants``.

The rule behind every decision: retry only when a second attempt cannot make the server act
twice. A request that never left (connection refused, connect timeout) and a 429 (the server
refused it) are always safe; a 5xx, a 408 or a read timeout may follow a request the server did
act on, so they are retried for idempotent operations only. A POST that creates something is
never retried after a 5xx or a read timeout.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx

from ._constants import (
    ALWAYS_RETRYABLE_STATUS_CODES,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    RETRY_JITTER_FRACTION,
    RETRYABLE_BEFORE_SEND,
    RETRYABLE_IF_IDEMPOTENT,
    RETRYABLE_STATUS_CODES,
)
from ._error_answers import parse_retry_after


def backoff_delay(retries_taken: int, random: Callable[[], float]) -> float:
    """Exponential backoff: 0.5 s, 1 s, 2 s, ... at most 8 s, each stretched by up to 25 %."""
    nominal = INITIAL_RETRY_DELAY * 2.0 ** min(retries_taken, 30)
    return min(MAX_RETRY_DELAY, nominal * (1.0 + RETRY_JITTER_FRACTION * random()))


def status_is_retryable(status_code: int, idempotent: bool) -> bool:
    """Whether a response with ``status_code`` may be retried."""
    if status_code in ALWAYS_RETRYABLE_STATUS_CODES:
        return True
    return idempotent and (status_code in RETRYABLE_STATUS_CODES or status_code >= 500)


def exception_is_retryable(exc: Exception, idempotent: bool) -> bool:
    """Whether a request that failed with ``exc`` (no HTTP answer) may be retried."""
    if isinstance(exc, RETRYABLE_BEFORE_SEND):
        return True
    return idempotent and isinstance(exc, RETRYABLE_IF_IDEMPOTENT)


def delay_after_status(
    response: httpx.Response,
    *,
    idempotent: bool,
    retries_taken: int,
    max_retries: int,
    random: Callable[[], float],
    now: Callable[[], float],
) -> float | None:
    """Seconds to wait before retrying after ``response``, or None to raise now.

    ``Retry-After`` is honoured up to ``MAX_RETRY_AFTER``; a longer wait means None: the caller
    raises at once with ``retry_after`` set instead of blocking for minutes.
    """
    if retries_taken >= max_retries or not status_is_retryable(response.status_code, idempotent):
        return None
    retry_after = parse_retry_after(response.headers, now)
    if retry_after is not None and retry_after > MAX_RETRY_AFTER:
        return None
    if retry_after:
        return retry_after
    # No (or a zero) Retry-After: back off anyway, so that a struggling server gets air.
    return backoff_delay(retries_taken, random)


def delay_after_exception(
    exc: Exception,
    *,
    idempotent: bool,
    retries_taken: int,
    max_retries: int,
    random: Callable[[], float],
) -> float | None:
    """Seconds to wait before retrying after a transport failure, or None to raise now."""
    if retries_taken >= max_retries or not exception_is_retryable(exc, idempotent):
        return None
    return backoff_delay(retries_taken, random)
