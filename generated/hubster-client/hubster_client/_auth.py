# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
"""``HubsterClient.from_client_credentials``: Portal tokens by the OAuth 2 client-credentials grant.

Portal access tokens come from the Hubster identity service by the ``client_credentials``
grant (hubsterio/docs, docs/api/identity/0_auth.rst lines 9-63), live up to 30 days, and an
expired one is answered with 401 (docs/api/0_overview.rst lines 78-81; specs/hubster.yaml
``securitySchemes``). The runtime's ``ClientCredentialsProvider`` fetches the token, caches it,
renews it shortly before ``expires_in`` runs out, and once more after a 401; requests refused
with the same token share that one token request. An answer whose ``expires_in`` is missing,
zero or negative keeps its token until the API answers 401. A token request that meets a connect
error, a timeout, 408, 429 or 5xx is retried up to the client's ``max_retries``. These mixins
are listed in ``overrides/hubster/sdk.yaml`` (``client_mixins``/``async_client_mixins``) and
proven by ``tests/overrides/test_hubster_auth.py`` and ``test_hubster_token_retries.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Final, Self

import httpx

from ._runtime import ClientCredentialsProvider, TokenProvider

DEFAULT_TOKEN_URL: Final = "https://identity.hubster.io/connect/token"
"""Token endpoint of the production identity service.

An assumption, not something the Portal API docs state: the host is the identity service named
in the Hubster docs (``https://identity.hubster.io``), and the path ``/connect/token`` is the
``tokenUrl`` of the spec's ``clientCredentials`` security scheme, taken from Hubster's public
identity docs (hubster.readthedocs.io, api/identity/0_auth). Pass ``token_url=`` if yours
differs, e.g. ``DEMO_TOKEN_URL`` for the demo servers.
"""

DEMO_TOKEN_URL: Final = "https://demo-identity.hubster.io/connect/token"
"""Token endpoint of the demo identity service (same assumption as ``DEFAULT_TOKEN_URL``)."""


class _ClientCredentialsAuth:
    """``from_client_credentials`` for a client class; the two subclasses differ only in which
    kind of ``httpx`` client may also send the token requests."""

    # The kind of http_client the client takes, and the provider argument that receives it.
    _http_client_type: ClassVar[type[httpx.Client] | type[httpx.AsyncClient]]
    _provider_argument: ClassVar[str]

    if TYPE_CHECKING:
        # The client class this is mixed into takes these; declared for the type checker only,
        # so that the mixin adds no __init__ to the client's method resolution order.
        def __init__(self, *, token: str | TokenProvider | None = None, **kwargs: Any) -> None: ...

    @classmethod
    def from_client_credentials(
        cls,
        client_id: str,
        client_secret: str,
        token_url: str = DEFAULT_TOKEN_URL,
        *,
        scope: str | None = None,
        **client_kwargs: Any,
    ) -> Self:
        """Create a client that gets its Portal access token by the client-credentials grant.

        The token is fetched from ``token_url`` at the first request, cached, renewed shortly
        before it expires (``expires_in`` of the token answer) and fetched again once when the
        API answers 401 (Hubster answers an expired token with 401). Requests refused with the
        same token share one renewal, however late their 401s come back; a token answer without
        a positive ``expires_in`` keeps its token until a 401.

        ``token_url`` defaults to ``DEFAULT_TOKEN_URL``
        (``https://identity.hubster.io/connect/token``), an assumption taken from the spec's
        ``securitySchemes`` and Hubster's public identity docs; use ``DEMO_TOKEN_URL`` with the
        demo servers. ``scope`` is sent when given. Every other keyword argument (``base_url``,
        ``timeout``, ``max_retries``, ``http_client``, ``rate_limit``) goes to the client; an
        ``http_client`` given there also sends the token requests, so they use the same proxy
        and certificate settings; ``max_retries`` also bounds the retries of a token request
        that meets a connect error, a timeout, 408, 429 or 5xx (never 400, 401 or 403: refused
        credentials fail at once), and ``timeout`` each token attempt.
        """
        if "token" in client_kwargs:
            raise TypeError(
                "from_client_credentials() makes the token itself from client_id and "
                "client_secret; leave out token=, or create the client with its constructor to "
                "pass a token."
            )
        http_client = client_kwargs.get("http_client")
        shared: dict[str, Any] = (
            {cls._provider_argument: http_client}
            if isinstance(http_client, cls._http_client_type)
            else {}
        )
        # The client's retry budget and timeout are also its token requests' (retried like a
        # read, each attempt held to the timeout's deadline): tests/overrides/
        # test_hubster_token_retries.py.
        for setting in ("max_retries", "timeout"):
            if client_kwargs.get(setting) is not None:
                shared[setting] = client_kwargs[setting]
        provider = ClientCredentialsProvider(client_id, client_secret, token_url, scope, **shared)
        return cls(token=provider, **client_kwargs)


class ClientCredentialsAuth(_ClientCredentialsAuth):
    """Adds ``from_client_credentials`` to ``HubsterClient``."""

    _http_client_type = httpx.Client
    _provider_argument = "http_client"


class AsyncClientCredentialsAuth(_ClientCredentialsAuth):
    """Adds ``from_client_credentials`` to ``AsyncHubsterClient``."""

    _http_client_type = httpx.AsyncClient
    _provider_argument = "async_http_client"


__all__ = [
    "DEFAULT_TOKEN_URL",
    "DEMO_TOKEN_URL",
    "AsyncClientCredentialsAuth",
    "ClientCredentialsAuth",
]
