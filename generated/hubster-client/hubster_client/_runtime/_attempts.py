# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
"""The attempt policy: what one attempt's outcome decides for its call.

``request()`` is a loop of attempts. The sync and async clients run the same loop, differing
only in how they wait (``time.sleep`` or ``asyncio.sleep``), send and renew a token; what each
outcome means is decided here, once, by ``Attempts``:

=========================================  ===============================================
outcome of the attempt                     decision
=========================================  ===============================================
2xx                                        ``DONE``: parse the answer
401, a ``TokenProvider``, not yet renewed  ``RENEW``: renew the token, resend (not a retry)
retryable status or transport failure      ``WAIT``: sleep ``delay``, then send again
anything else, or no retry left            ``FAIL``: raise ``error``
=========================================  ===============================================

Which statuses and failures are retryable, and how long to wait, is ``_retries``' business
(policy constants in ``_constants``); the exception raised is ``_translate``'s.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Final

import httpx

from ._auth import TokenProvider
from ._config import ClientConfig
from ._errors import APIError
from ._logging import AttemptLog
from ._request import Call
from ._retries import delay_after_exception, delay_after_status
from ._translate import status_error, transport_error


class Action:
    """The four decisions (plain strings: an ``enum.Enum`` costs import time on every package)."""

    DONE: Final = "done"
    RENEW: Final = "renew"
    WAIT: Final = "wait"
    FAIL: Final = "fail"


class Decision:
    """What to do after an attempt: ``delay`` goes with WAIT, ``error`` with FAIL."""

    __slots__ = ("action", "delay", "error")

    def __init__(self, action: str, delay: float = 0.0, error: APIError | None = None) -> None:
        self.action = action
        self.delay = delay
        self.error = error


_DONE = Decision(Action.DONE)
_RENEW = Decision(Action.RENEW)


class Attempts:
    """The attempts of one call: counts them, logs them and decides after each."""

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
    ) -> None:
        self.call = call
        self._config = config
        self._base_url = base_url
        self._log = log
        self._auth = auth
        self._renewed = False
        self._random = random
        self._now = now
        self.number = 0
        self.retries_taken = 0
        self._started = 0.0

    def begin(self, request: httpx.Request) -> None:
        """Count and log an attempt that is about to be sent."""
        self.number += 1
        self._log.request(request)
        self._started = time.monotonic()

    def after_response(self, request: httpx.Request, response: httpx.Response) -> Decision:
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
            return _RENEW
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

    def after_error(self, request: httpx.Request, exc: Exception) -> Decision:
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
