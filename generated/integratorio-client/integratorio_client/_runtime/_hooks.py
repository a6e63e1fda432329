# Generated from specs/integratorio.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/integratorio/ or generator/ and run `make generate`.
"""``on_attempt``: a function of the caller's that sees every attempt of every call.

A client built with ``on_attempt=report`` calls ``report(AttemptInfo)`` once per attempt, after
the attempt policy (``_attempts``) has decided what the outcome means and before the client acts
on it (sleeps, renews the token, raises or parses). What it is given holds no secret: the URL is
redacted (``_redaction.redact_url``) and a transport failure's text is scrubbed of the call's
secrets, as the error the call raises is.

The hook is called synchronously, by the sync and the async clients alike: an awaitable hook
would tie the runtime to an event loop and add a scheduling point to every attempt, and a plain
function can still hand the information to a queue or a task. An ``async def`` hook is refused
when the client is built, rather than left as coroutines nobody awaits.

A hook that raises does not break the call: observing a call must not change its outcome. The
first failure of a client's hook is logged as a WARNING on the package logger (naming the
exception's type only: its message is the hook's, and may hold anything); later ones are not,
so a broken hook cannot flood the logs. ``KeyboardInterrupt`` and ``SystemExit`` go through.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeAlias

from ._errors import ConfigurationError

if TYPE_CHECKING:
    from typing import Literal

    # For type checkers only: building a Literal costs about 50 µs of import time.
    AttemptDecision: TypeAlias = Literal["done", "retry", "renew", "fail"]


class AttemptInfo:
    """One attempt of a call, as ``on_attempt`` receives it.

    - ``operation_id``: the operation of the API description (``"getIntegration"``).
    - ``method``: the HTTP method, upper case.
    - ``url``: the URL sent, without user info and with every query value replaced by ``***``.
    - ``attempt``: 1 for the first attempt of the call, 2 for the next, and so on; the resend
      after a token renewal is an attempt too.
    - ``status_code``: the status of the answer, or None when no answer came.
    - ``exception``: when no answer came, the transport failure (an ``httpx.RequestError``:
      ``httpx.ConnectError``, ``httpx.ReadTimeout``, ...) with its text scrubbed of the call's
      secrets; the ``APIConnectionError`` or ``APITimeoutError`` a failing call raises has the
      last one as its ``__cause__``. None when the server answered: ``status_code`` says how.
    - ``duration``: seconds from sending the request to having read the answer (or failed),
      the wait for the rate limiter excluded.
    - ``decision``: ``"done"`` (a 2xx: the answer is parsed and returned), ``"retry"`` (sent
      again after ``retry_delay`` seconds), ``"renew"`` (a 401: the token is renewed and the
      request sent again at once), ``"fail"`` (the call raises).
    - ``retry_delay``: seconds the client waits before the next attempt; None unless retrying.
    """

    __slots__ = (
        "attempt",
        "decision",
        "duration",
        "exception",
        "method",
        "operation_id",
        "retry_delay",
        "status_code",
        "url",
    )

    def __init__(
        self,
        *,
        operation_id: str,
        method: str,
        url: str,
        attempt: int,
        status_code: int | None,
        exception: Exception | None,
        duration: float,
        decision: AttemptDecision,
        retry_delay: float | None,
    ) -> None:
        self.operation_id = operation_id
        self.method = method
        self.url = url
        self.attempt = attempt
        self.status_code = status_code
        self.exception = exception
        self.duration = duration
        self.decision: AttemptDecision = decision
        self.retry_delay = retry_delay

    def __repr__(self) -> str:
        outcome = (
            f"status_code={self.status_code}"
            if self.exception is None
            else f"exception={type(self.exception).__name__}({str(self.exception)!r})"
        )
        delay = "" if self.retry_delay is None else f", retry_delay={self.retry_delay:.3f}"
        return (
            f"AttemptInfo({self.operation_id} {self.method} {self.url}, attempt={self.attempt}, "
            f"{outcome}, duration={self.duration:.3f}, decision={self.decision!r}{delay})"
        )


OnAttempt: TypeAlias = Callable[[AttemptInfo], object]


class AttemptHook:
    """A client's ``on_attempt`` function, called so that it cannot break a call."""

    __slots__ = ("_logger", "_warned", "function")

    def __init__(self, function: OnAttempt, logger: logging.Logger) -> None:
        self.function = function
        self._logger = logger
        self._warned = False

    @classmethod
    def of(cls, function: OnAttempt | None, logger: logging.Logger) -> AttemptHook | None:
        """The hook of ``on_attempt=function``, checked; None without one."""
        if function is None:
            return None
        if not callable(function):
            raise ConfigurationError(
                f"on_attempt must be a function taking an AttemptInfo, not "
                f"{type(function).__name__}. Pass a function, or leave on_attempt out."
            )
        import inspect  # here: only clients given a hook need it

        if inspect.iscoroutinefunction(function) or inspect.iscoroutinefunction(
            getattr(function, "__call__", None)  # noqa: B004 - an instance with async __call__
        ):
            raise ConfigurationError(
                "on_attempt must be a plain function: the client calls it synchronously, also "
                "from the async client's event loop, and would never await a coroutine. Use a "
                "def that hands the AttemptInfo on (for example to an asyncio.Queue with "
                "put_nowait) instead of an async def."
            )
        return cls(function, logger)

    def report(self, info: AttemptInfo) -> None:
        try:
            self.function(info)
        except Exception as exc:  # noqa: BLE001 - a broken hook must not break the call
            if not self._warned:
                self._warned = True  # a benign race: at worst two threads warn once each
                self._logger.warning(
                    "The on_attempt hook %s raised %s for %s (attempt %d); the call goes on. "
                    "Later failures of this client's hook are not logged. Catch the exception "
                    "in the hook to see it.",
                    getattr(self.function, "__qualname__", type(self.function).__name__),
                    type(exc).__name__,
                    info.operation_id,
                    info.attempt,
                )
