# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
"""Where the shared bucket lives: its Redis keys, its Lua script, and the connection to Redis.

``RedisStore`` runs the script for ``SharedBucket`` (``_shared_bucket``), sync or async: one
round trip, atomic, on Redis's clock (``TIME``), so processes on several hosts agree. The state
is that of ``_rate_limit.LeakyBucket`` (tickets issued, answered, drained, as running counts) in
one hash; a sorted set says when each client last called. A client reports the requests it has
finished (its running count) with its next call, so finishing one costs no round trip; a client
silent for ``RATE_LIMIT_SHARED_LEASE`` has its unreported requests counted as answered. The
redis package is imported only when a client with a shared bucket is built.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any, Final

from ._auth import TokenAuth
from ._constants import (
    RATE_LIMIT_REDIS_CONNECTIONS,
    RATE_LIMIT_REDIS_TIMEOUT,
    RATE_LIMIT_SHARED_LEASE,
)
from ._errors import ConfigurationError
from ._redaction import redact_url

if TYPE_CHECKING:
    import httpx

    from ._auth import TokenProvider
    from ._config import ClientConfig

# KEYS[1]: the bucket (a hash), KEYS[2]: when each client last called (a sorted set).
# ARGV: capacity, rate, client id, the client's running count of finished requests, lease,
# mode, ticket, now ("" = Redis's TIME), the units the bucket holds at least (else 0: see
# SharedBucket._request), count. Modes: "acquire" issues `count` tickets; "try" issues one if
# it fits now (else ticket 0); "check" answers for `ticket` (0 when the bucket was reset
# since); "report" only reports.
# Returns the (first) ticket, the units drained and answered (running counts: a ticket n goes
# once drained >= n - capacity), the units in the bucket and the clients that called lately.
SCRIPT: Final = """
local capacity, rate = tonumber(ARGV[1]), tonumber(ARGV[2])
local client, finished, lease = ARGV[3], tonumber(ARGV[4]), tonumber(ARGV[5])
local mode, ticket, now = ARGV[6], tonumber(ARGV[7]), tonumber(ARGV[8])
local count = tonumber(ARGV[10])
if not now then
  local t = redis.call('TIME')
  now = tonumber(t[1]) + tonumber(t[2]) / 1000000
end
local function num(x) return string.format('%.17g', x) end
local s = redis.call('HMGET', KEYS[1], 'issued', 'answered', 'drained', 'updated',
  'c:' .. client, 'f:' .. client)
local issued, answered = tonumber(s[1]) or 0, tonumber(s[2]) or 0
local drained, updated = tonumber(s[3]) or 0, tonumber(s[4]) or now
local mine, known = tonumber(s[5]) or 0, tonumber(s[6])
if now > updated then
  drained = math.min(answered, drained + (now - updated) * rate)
  updated = now
end
local extra = math.ceil(tonumber(ARGV[9]) - (issued - drained))
if extra > 0 then
  issued = issued + extra
  answered = answered + extra
end
local stale = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', '(' .. num(now - lease))
for _, id in ipairs(stale) do
  if id ~= client then
    answered = answered + (tonumber(redis.call('HGET', KEYS[1], 'c:' .. id)) or 0)
    redis.call('HDEL', KEYS[1], 'c:' .. id, 'f:' .. id)
    redis.call('ZREM', KEYS[2], id)
  end
end
if known and finished > known then
  local done = math.min(mine, finished - known)
  answered = answered + done
  mine = mine - done
end
if mode == 'acquire' then
  ticket = issued + 1
  issued = issued + count
  mine = mine + count
elseif mode == 'try' then
  ticket = issued + 1
  if ticket - capacity - drained > 1e-6 then
    ticket = 0
  else
    issued = ticket
    mine = mine + 1
  end
elseif mode == 'check' and ticket > issued then
  ticket = 0
end
redis.call('HSET', KEYS[1], 'issued', num(issued), 'answered', num(answered),
  'drained', num(drained), 'updated', num(updated), 'c:' .. client, num(mine),
  'f:' .. client, num(finished))
redis.call('ZADD', KEYS[2], num(now), client)
local ttl = math.ceil(1000 * math.max(lease, capacity / rate + 1))
redis.call('PEXPIRE', KEYS[1], ttl)
redis.call('PEXPIRE', KEYS[2], ttl)
return {num(ticket), num(drained), num(answered), num(issued - drained),
  redis.call('ZCARD', KEYS[2])}
"""


class Answer:
    """What the script answered: the ticket and the bucket's counts as of the call."""

    __slots__ = ("answered", "drained", "level", "sharers", "ticket")

    def __init__(self, reply: Any) -> None:
        ticket, drained, answered, level, sharers = reply
        self.ticket = int(float(ticket))
        self.drained = float(drained)
        self.answered = float(answered)
        self.level = float(level)
        self.sharers = max(1, int(sharers))


class RedisUnavailable(Exception):
    """Redis did not answer (in time); ``__cause__`` says why."""


class RedisStore:
    """One bucket's keys in Redis and the script that changes them (sync or async client)."""

    def __init__(self, redis: Any, key: str, capacity: int, rate_per_second: float) -> None:
        from redis.exceptions import RedisError

        self.redis = redis
        self._script = redis.register_script(SCRIPT)
        self._keys = [f"{key}:bucket", f"{key}:clients"]
        self._fixed: list[str | float] = [capacity, repr(rate_per_second)]
        # OSError: socket failures the client did not wrap (and TimeoutError is one).
        self._errors: tuple[type[BaseException], ...] = (RedisError, OSError)

    def _args(
        self, client: str, finished: int, mode: str, ticket: int, count: int, now: str, seed: float
    ) -> list[str | float]:
        lease = repr(RATE_LIMIT_SHARED_LEASE)
        return [*self._fixed, client, finished, lease, mode, ticket, now, repr(seed), count]

    def call(
        self,
        client: str,
        finished: int,
        mode: str,
        *,
        ticket: int = 0,
        count: int = 1,
        now: str = "",
        seed: float = 0.0,
    ) -> Answer:
        args = self._args(client, finished, mode, ticket, count, now, seed)
        try:
            return Answer(self._script(keys=self._keys, args=args))
        except self._errors as exc:
            raise RedisUnavailable from exc

    async def acall(
        self,
        client: str,
        finished: int,
        mode: str,
        *,
        ticket: int = 0,
        count: int = 1,
        now: str = "",
        seed: float = 0.0,
    ) -> Answer:
        args = self._args(client, finished, mode, ticket, count, now, seed)
        try:
            return Answer(await self._script(keys=self._keys, args=args))
        except self._errors as exc:
            raise RedisUnavailable from exc


def bucket_key(
    config: ClientConfig,
    base_url: httpx.URL | str,
    auth: TokenAuth | TokenProvider | None,
    account: str | None,
) -> str:
    """The Redis key prefix of an API account's bucket: a hash, never the token itself.

    The braces make the bucket's two keys one Redis Cluster hash slot, as a script needs.
    """
    if account is None:
        if isinstance(auth, TokenAuth):
            account = auth.token
        elif auth is not None:
            raise ConfigurationError(
                "A shared rate limit needs to know the account, and a TokenProvider's token "
                "changes. Pass RateLimit(..., account='<a name for the account>')."
            )
        else:
            account = ""
    digest = hashlib.sha256(f"{base_url}\n{account}".encode()).hexdigest()[:32]
    return f"{config.package}:rate-limit:{{{digest}}}"


def describe(exc: BaseException | None) -> str:
    """The exception's class and first line, for a log. redis-py's messages name the host and
    port, never the password, and the URL is never part of them."""
    if exc is None:
        return "no answer"
    text = str(exc).strip()
    text = text.splitlines()[0][:120] if text else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def connect(config: ClientConfig, url: str, source: str, asynchronous: bool) -> Any:
    """A Redis client for ``url`` that fails fast: short timeouts, no retries of its own, and a
    few connections taken in turns."""
    try:
        if asynchronous:
            import redis.asyncio as redis_module
            from redis.asyncio.retry import Retry
        else:
            import redis as redis_module  # type: ignore[no-redef]
            from redis.retry import Retry  # type: ignore[assignment]
        from redis.backoff import NoBackoff
    except ImportError:
        distribution = config.package.replace("_", "-")
        raise ConfigurationError(
            f"{source} asks for a rate limit shared through Redis, but the redis package is not "
            f"installed. Install it with pip install '{distribution}[redis]', or unset it."
        ) from None
    try:
        pool = redis_module.BlockingConnectionPool.from_url(
            url,
            max_connections=RATE_LIMIT_REDIS_CONNECTIONS,
            timeout=RATE_LIMIT_REDIS_TIMEOUT,
            socket_timeout=RATE_LIMIT_REDIS_TIMEOUT,
            socket_connect_timeout=RATE_LIMIT_REDIS_TIMEOUT,
            retry=Retry(NoBackoff(), 0),
        )
    except ValueError:
        raise ConfigurationError(
            f"{source} ({redact_url(url)}) is not a Redis URL. Use redis://host:port/db, "
            "rediss://... or unix://..."
        ) from None
    return redis_module.Redis(connection_pool=pool)


def check_kind(redis: Any, asynchronous: bool) -> None:
    """Refuse a Redis client the API client cannot use, when the API client is built."""
    import inspect

    # redis.asyncio's clients run commands through a coroutine, redis-py's sync ones do not.
    execute = getattr(type(redis), "execute_command", None)
    if execute is None or not hasattr(redis, "register_script"):
        raise ConfigurationError(
            f"RateLimit(redis=...) must be a redis.Redis or redis.asyncio.Redis, not "
            f"{type(redis).__name__}."
        )
    if inspect.iscoroutinefunction(execute) != asynchronous:
        wanted, other = (
            ("redis.asyncio.Redis", "redis.Redis")
            if asynchronous
            else ("redis.Redis", "redis.asyncio.Redis")
        )
        raise ConfigurationError(
            f"RateLimit(redis=...) holds a {other}, which this "
            f"{'async' if asynchronous else 'sync'} client cannot use. Pass a {wanted}, or "
            "redis_url=... and the client makes the right one."
        )
