# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
"""Every policy decision of the runtime, as named constants in one place.

Change behaviour here, not in the modules that use these values, so that the three generated
clients stay consistent and a reviewer can see the whole policy on one screen.
"""

from __future__ import annotations

from typing import Final

import httpx

# --- Timeouts -------------------------------------------------------------------------------

# A connection that cannot be opened in 5 s will not open at all; a slow report endpoint can
# legitimately take tens of seconds to answer, hence the long read timeout.
DEFAULT_TIMEOUT: Final = httpx.Timeout(60.0, connect=5.0)

# --- Retries --------------------------------------------------------------------------------

DEFAULT_MAX_RETRIES: Final = 2
INITIAL_RETRY_DELAY: Final = 0.5
MAX_RETRY_DELAY: Final = 8.0
# Each backoff delay is stretched by up to this fraction at random, so that many clients that
# failed together do not all come back at the same instant. Delays never exceed MAX_RETRY_DELAY.
RETRY_JITTER_FRACTION: Final = 0.25
# A server asking us to wait longer than this is treated as "not now": we raise at once with
# `retry_after` set rather than block the caller for minutes.
MAX_RETRY_AFTER: Final = 60.0

# Statuses that mean "try again". Any other status >= 500 is treated like these.
RETRYABLE_STATUS_CODES: Final = frozenset({408, 429, 500, 502, 503, 504})
# Statuses that prove the server did not act on the request, so retrying is safe even for a
# POST that creates something.
ALWAYS_RETRYABLE_STATUS_CODES: Final = frozenset({429})

# Methods that may be repeated without changing the result (RFC 9110, section 9.2.2). An API
# whose PATCH is idempotent adds it through ClientConfig.idempotent_methods.
DEFAULT_IDEMPOTENT_METHODS: Final = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})

# --- Rate limits ------------------------------------------------------------------------------

# The client's leaky bucket is smaller than the API's documented one (LeakyBucket.for_client) by
# the requests that arrive in this many seconds at the documented rate, and by at least
# RATE_LIMIT_HEADROOM; never more than a tenth of the bucket. The bucket counts requests in
# flight, so late arrivals need no margin; this one covers what the client cannot see (the
# API's bucket draining in steps rather than smoothly, clocks ticking apart). Measured by
# `make bench` against the fake before requests in flight were counted: at 1,000 + 300/s,
# 1-3 answers of 429 with a margin of 2 units (6.7 ms), none with 10 or 15.
RATE_LIMIT_HEADROOM: Final = 2
RATE_LIMIT_HEADROOM_SECONDS: Final = 0.05
# The shared bucket in Redis (_shared_bucket): a Redis call that takes longer than this is
# "slow" (a loopback or LAN round trip takes well under a millisecond), and the call goes on
# under the client's own bucket; Redis is asked again after RATE_LIMIT_REDIS_RETRY_INTERVAL.
RATE_LIMIT_REDIS_TIMEOUT: Final = 0.25
RATE_LIMIT_REDIS_RETRY_INTERVAL: Final = 1.0
# Connections to Redis per client, taken in turns: a round trip holds one for well under a
# millisecond, so 8 serve thousands of acquisitions a second.
RATE_LIMIT_REDIS_CONNECTIONS: Final = 8
# A process reports the requests it has finished with its next call to Redis. One that has not
# called for this long (it stopped, or went idle) has its unreported requests counted as
# answered. Longer than DEFAULT_TIMEOUT's connect + read (65 s), so that a live client whose
# every request is a slow one does not lose them.
RATE_LIMIT_SHARED_LEASE: Final = 75.0

# --- Authentication -------------------------------------------------------------------------

# A cached token is renewed this many seconds before it expires, so that a request started just
# before expiry does not arrive with a dead token.
TOKEN_REFRESH_MARGIN: Final = 30.0
# How often an asyncio task re-checks a refresh lock held by another thread or task.
TOKEN_LOCK_POLL_INTERVAL: Final = 0.01

# --- Environment variables (prefixed with ClientConfig.env_prefix) ---------------------------

TOKEN_ENV_SUFFIX: Final = "_TOKEN"
BASE_URL_ENV_SUFFIX: Final = "_BASE_URL"
REGION_ENV_SUFFIX: Final = "_REGION"
LOG_ENV_SUFFIX: Final = "_CLIENT_LOG"
RATE_LIMIT_REDIS_URL_ENV_SUFFIX: Final = "_RATE_LIMIT_REDIS_URL"

# --- Logging and messages ---------------------------------------------------------------------

LOG_LEVELS: Final = {"debug": 10, "info": 20, "warning": 30}
LOG_FORMAT: Final = "%(asctime)s %(name)s %(levelname)s %(message)s"
# DEBUG logs show bodies up to this many characters; longer bodies are cut.
LOG_BODY_LIMIT: Final = 2000
# Error messages quote at most this many characters of an unexpected body.
BODY_PREVIEW_CHARS: Final = 200
# An error message shows at most this many of the API's error details, each cut to this many
# characters, and is itself cut to MAX_ERROR_MESSAGE_CHARS: a server answering a 200-field
# validation failure or a megabyte of text must not make a log line of that size. The details
# and the body stay whole (scrubbed) on the exception.
MAX_DETAILS_IN_MESSAGE: Final = 5
ERROR_DETAIL_CHARS: Final = 300
MAX_ERROR_MESSAGE_CHARS: Final = 4000

# --- Default headers ------------------------------------------------------------------------

DEFAULT_ACCEPT: Final = "application/json"

# --- Which transport failures are retried ------------------------------------------------------

# The request never left: retrying cannot make the server act twice, whatever the method.
RETRYABLE_BEFORE_SEND: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# The request may have reached the server and been acted on: retried for idempotent operations
# only.
RETRYABLE_IF_IDEMPOTENT: Final = (
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
)
