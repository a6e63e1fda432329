# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
"""The attempt policy: what one attempt's outcome decides for its call.

``request()`` is a loop of attempts. The sync and async clients run the same loop, differing
only in how they wait (``time.sleep`` or ``asyncio.sleep``), send and renew a token; what each
outcome means is decided here, once, by ``Attempts``:

=========================================  ===============================================
outcome of the attempt                     decision
=========================================  ===============================================
2xx                                        ``DONE``: parse the answer
401, a ``TokenProvider``, not yet renewed  ``RENEW``: renew ``stale``, resend (not a retry)
retryable status or transport failure      ``WAIT``: sleep ``delay``, then send again
anything else, or no retry left            ``FAIL``: raise ``error``
=========================================  ===============================================

``stale`` is the token the refused request carried: the provider renews only while it is still
the current token, so that requests refused with one token share one renewal (``_auth``).

Which statuses and failures are retryable, and how long to wait, is ``_retries``' business
(policy constants in ``_constants``); the exception raised is ``_translate``'s. Each decision is
reported to the client's ``on_attempt`` hook, if it has one (``_hooks``), before it is acted on.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

import httpx

from ._auth import TokenProvider, sent_token
from ._config import ClientConfig
from ._errors import APIError
from ._hooks import AttemptHook, AttemptInfo
from ._logging import AttemptLog
from ._redaction import Scrubber, redact_url
from ._request import Call
from ._retries import delay_after_exception, delay_after_status
from ._translate import status_error, transport_error

if TYPE_CHECKING:
    from ._hooks import AttemptDecision


class Action:
    """The four decisions (plain strings: an ``enum.Enum`` costs import time on every package)."""

    DONE: Final = "done"
    RENEW: Final = "renew"
    WAIT: Final = "wait"
    FAIL: Final = "fail"


class Decision:
    """What to do after an attempt: ``delay`` goes with WAIT, ``error`` with FAIL, ``stale``
    (the token the refused request carried) with RENEW."""

    __slots__ = ("action", "delay", "error", "stale")

    def __init__(
        self,
        action: str,
        delay: float = 0.0,
        error: APIError | None = None,
        stale: str | None = None,
    ) -> None:
        self.action = action
        self.delay = delay
        self.error = error
        self.stale = stale


_DONE = Decision(Action.DONE)

# What ``on_attempt`` calls each action: "retry" says more to a reader than "wait".
_REPORTED: Final[dict[str, AttemptDecision]] = {
    Action.DONE: "done",
    Action.RENEW: "renew",
    Action.WAIT: "retry",
    Action.FAIL: "fail",
}


class Attempts:
    """The attempts of one call: counts them, logs them, decides after each and reports the
    decision to the client's ``on_attempt`` hook, if any."""

    def __init__(
        self,
        call: Call,
        *,
        config: ClientConfig,
        base_url: httpx.URL,
        log: AttemptLog,
        auth: object,
        random: Callable[[], float],
        now: Callable[[], float],
        hook: AttemptHook | None = None,
    ) -> None:
        self.call = call
        self._config = config
        self._base_url = base_url
        self._log = log
        self._auth = auth
        self._renewed = False
        self._random = random
        self._now = now
        self._hook = hook
        self.number = 0
        self.retries_taken = 0
        self._started = 0.0

    def begin(self, request: httpx.Request) -> None:
        """Count and log an attempt that is about to be sent."""
        self.number += 1
        self._log.request(request)
        self._started = time.monotonic()

    def after_response(self, request: httpx.Request, response: httpx.Response) -> Decision:
        hook = self._hook
        if hook is None:  # the one cost of on_attempt to a client without one
            return self._after_response(request, response)
        duration = time.monotonic() - self._started
        decision = self._after_response(request, response)
        self._report(hook, request, decision, duration, response.status_code, None)
        return decision

    def after_error(self, request: httpx.Request, exc: Exception) -> Decision:
        hook = self._hook
        if hook is None:
            return self._after_error(request, exc)
        duration = time.monotonic() - self._started
        decision = self._after_error(request, exc)
        if decision.error is None:  # else the error raised has scrubbed it (``_translate``)
            Scrubber.for_request(request, self._config.sensitive_fields).exception(exc)
        self._report(hook, request, decision, duration, None, exc)
        return decision

    def _report(
        self,
        hook: AttemptHook,
        request: httpx.Request,
        decision: Decision,
        duration: float,
        status_code: int | None,
        exc: Exception | None,
    ) -> None:
        hook.report(
            AttemptInfo(
                operation_id=self.call.op.operation_id,
                method=request.method,
                url=redact_url(request.url),
                attempt=self.number,
                status_code=status_code,
                exception=exc,
                duration=duration,
                decision=_REPORTED[decision.action],
                retry_delay=decision.delay if decision.action == Action.WAIT else None,
            )
        )

    def _after_response(self, request: httpx.Request, response: httpx.Response) -> Decision:
        call = self.call
        self._log.attempt(
            call.op.operation_id, request, self.number, self._started, response=response
        )
        if response.is_success:
            return _DONE
        # Checked only on a 401: isinstance() against the TokenProvider protocol costs about
        # 10 µs, too much for every call (make bench, per-call CPU).
        if (
            response.status_code == 401
            and not self._renewed
            and call.op.requires_auth
            and isinstance(self._auth, TokenProvider)
        ):
            self._renewed = True  # once per call: a second 401 is the caller's to see
            self._log.renew(call.op.operation_id)
            stale = sent_token(request.headers.get("Authorization"), self._config.auth_scheme)
            return Decision(Action.RENEW, stale=stale)
        delay = delay_after_status(
            response,
            idempotent=call.idempotent,
            retries_taken=self.retries_taken,
            max_retries=call.max_retries,
            random=self._random,
            now=self._now,
        )
        if delay is None:
            return Decision(
                Action.FAIL, error=status_error(self._config, call, response, self._now)
            )
        return self._wait(delay, str(response.status_code))

    def _after_error(self, request: httpx.Request, exc: Exception) -> Decision:
        call = self.call
        self._log.attempt(call.op.operation_id, request, self.number, self._started, error=exc)
        delay = delay_after_exception(
            exc,
            idempotent=call.idempotent,
            retries_taken=self.retries_taken,
            max_retries=call.max_retries,
            random=self._random,
        )
        if delay is None:
            error = transport_error(
                self._config, self._base_url, call, request, exc, self.retries_taken
            )
            return Decision(Action.FAIL, error=error)
        return self._wait(delay, type(exc).__name__)

    def _wait(self, delay: float, reason: str) -> Decision:
        self.retries_taken += 1
        self._log.retry(
            self.call.op.operation_id, delay, reason, self.retries_taken, self.call.max_retries
        )
        return Decision(Action.WAIT, delay=delay)
