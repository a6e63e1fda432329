# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
"""Configuration objects: what the generated code tells the runtime about an API."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from ._auth import AuthScheme
from ._constants import DEFAULT_IDEMPOTENT_METHODS
from ._rate_limit import RateLimit


@dataclass(frozen=True)
class ClientConfig:
    """What the runtime knows about one API; the generated package passes it in."""

    api_name: str  # "Acme": used in messages
    package: str  # "acme_client": the logger name
    env_prefix: str  # "ACME": reads ACME_TOKEN, ACME_BASE_URL, ACME_CLIENT_LOG
    default_base_url: str
    auth_scheme: AuthScheme = "bearer"
    user_agent: str | None = None  # None: "<package> python-httpx/<version>"
    default_rate_limit: RateLimit | None = None
    sensitive_fields: frozenset[str] = frozenset()
    idempotent_methods: frozenset[str] = DEFAULT_IDEMPOTENT_METHODS
    # Region name -> base URL, for APIs that serve accounts of each region on their own host
    # (chosen with region= or <PREFIX>_REGION). The first is the default_base_url's region.
    regions: Mapping[str, str] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        # Frozen, so normalise through object.__setattr__: methods compare in upper case.
        object.__setattr__(
            self, "idempotent_methods", frozenset(m.upper() for m in self.idempotent_methods)
        )


@dataclass(frozen=True)
class Operation:
    """One operation of the API description."""

    operation_id: str
    method: str
    path_template: str
    # None: idempotent when the method is in ClientConfig.idempotent_methods.
    idempotent: bool | None = None
    # False for operations such as a login, which are called without a token.
    requires_auth: bool = True
    # Every value of the JSON body is a secret (a free-form object of credentials): the
    # scrubber looks for all of them in what the server answers.
    secret_body: bool = False
    # Status -> a sentence the error message adds: what that status means for this operation
    # (Autobutler's 400 on an action: the integration does not support it).
    status_hints: Mapping[int, str] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class RequestOptions:
    """Per-call overrides; None keeps the client's setting."""

    timeout: float | httpx.Timeout | None = None
    max_retries: int | None = None
    extra_headers: Mapping[str, str] | None = None
    # Query parameters and JSON body keys the API description does not list (yet): added to
    # the call's own, and winning over them.
    extra_query: Mapping[str, Any] | None = None
    extra_body: Mapping[str, Any] | None = None
