# Generated from specs/integratorio.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/integratorio/ or generator/ and run `make generate`.
"""Base classes of the generated resource namespaces (``client.integrations.list()``)."""

from __future__ import annotations

from ._async_client import AsyncAPIClient
from ._sync_client import SyncAPIClient


class SyncAPIResource:
    """A group of operations; each method calls ``self._client.send_kwargs(...)`` (or
    ``paginate_kwargs`` for a list); a raw twin (``with_raw_response``) ``send_kwargs_raw``."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client


class AsyncAPIResource:
    """A group of operations; each method awaits ``self._client.send_kwargs(...)`` (or returns
    ``paginate_kwargs(...)``, a pager, for a list); a raw twin awaits ``send_kwargs_raw``."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
