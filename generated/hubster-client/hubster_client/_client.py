# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
"""``HubsterClient`` and ``AsyncHubsterClient``: resource clients for the Hubster Portal API.

Each method builds its request with the generated module function's ``_get_kwargs`` and sends it
through the shared runtime (timeouts, retries, auth, rate limit, logging, typed errors).

A method imports its operation's module (and so its models) on its first call, not with this
module: ``import hubster_client`` then loads only the clients and the runtime, whatever the
number of operations and models (import time is a ``make bench`` figure). The import costs
about a microsecond on later calls. Annotations name the models through the imports under
``TYPE_CHECKING``; they are never evaluated at run time.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING

import httpx

from ._auth import AsyncClientCredentialsAuth, ClientCredentialsAuth
from ._runtime import (
    NOT_GIVEN,
    AsyncAPIClient,
    AsyncAPIResource,
    AsyncPager,
    ClientConfig,
    NotGiven,
    PageNumberPaging,
    RateLimit,
    RequestOptions,
    SyncAPIClient,
    SyncAPIResource,
    SyncPager,
    TokenProvider,
)
from .types import UNSET

if TYPE_CHECKING:
    from ._channels import Integration
    from .models import *  # noqa: F403 - annotations name any model

CONFIG = ClientConfig(
    api_name="Hubster",
    package="hubster_client",
    env_prefix="HUBSTER",
    default_base_url="https://portal-api.hubster.io",
    auth_scheme="bearer",
    user_agent="hubster-client/1.0.0",
    default_rate_limit=None,
    sensitive_fields=frozenset(
        [
            "appAccessToken",
            "authToken",
            "botAccessToken",
            "code",
            "nonce",
            "pageAccessToken",
            "privateSigningKey",
            "state",
        ]
    ),
    idempotent_methods=frozenset(["DELETE", "GET", "HEAD", "OPTIONS", "PUT"]),
)


class Integrations(SyncAPIResource):
    """``client.integrations``: create, update, get, list, list_by_channel_type."""

    def create(
        self,
        hub_id: str,
        body: CreateDirectIntegration
        | CreateMessengerIntegration
        | CreateSlackIntegration
        | CreateSystemIntegration
        | CreateTwilioSmsIntegration
        | CreateWebChatIntegration,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Integration:
        """Create an integration

        Creates an integration of the given channel in the hub (POST
        /api/v1/integrations/hubs/{hubId}). Pass the request class of the channel, e.g.
        `CreateTwilioSmsIntegration(name=..., configuration=TwilioSmsCreateConfiguration(...))`;
        its configuration class is the only one it accepts, and channelId is filled in.
        Returns the integration as the class of its channel (`TwilioSmsIntegration`, ...), or
        `UnknownIntegration` for a channel this client does not know.

        Operation ``createIntegration``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from ._channels import parse_integration_response
        from .api.integrations.create_integration import OPERATION, _get_kwargs

        kwargs = _get_kwargs(
            hub_id=hub_id,
            body=body,
        )
        options = RequestOptions(
            timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return self._client.send_kwargs(
            OPERATION,
            kwargs,
            parse=parse_integration_response,
            options=options,
        )

    def update(
        self,
        integration_id: str,
        body: UpdateDirectIntegration
        | UpdateMessengerIntegration
        | UpdateSlackIntegration
        | UpdateSystemIntegration
        | UpdateTwilioSmsIntegration
        | UpdateWebChatIntegration,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Integration:
        """Update an integration

        Changes the name, the status or the configuration of an integration (POST
        /api/v1/integrations/hubs/{integrationId}: the same path template as create, with
        the integration's id in place of the hub's). Only the fields set on the body are
        sent. A configuration sent replaces the stored one as a whole, so send every value
        the channel requires.

        TwilioSMS, Messenger and Slack configurations cannot be updated: the server ignores
        them, so `UpdateTwilioSmsIntegration`, `UpdateMessengerIntegration` and
        `UpdateSlackIntegration` offer only name and status. To change such a
        configuration, delete the integration and create it again.

        Operation ``updateIntegration``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from ._channels import parse_integration_response
        from .api.integrations.update_integration import OPERATION, _get_kwargs

        kwargs = _get_kwargs(
            integration_id=integration_id,
            body=body,
        )
        options = RequestOptions(
            timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return self._client.send_kwargs(
            OPERATION,
            kwargs,
            parse=parse_integration_response,
            options=options,
        )

    def get(
        self,
        integration_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Integration:
        """Get an integration

        Answers one integration as the class of its channel, whether the server gives
        channelId by name or by numeric code (the documented answer gives 102 for TwilioSMS)
        and configuration keys in camelCase or PascalCase (`AcccountSid` included).
        `channel_id` on the result is always the name; an unknown channel gives an
        `UnknownIntegration` that keeps every field.

        Operation ``getIntegration``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from ._channels import parse_integration_response
        from .api.integrations.get_integration import OPERATION, _get_kwargs

        kwargs = _get_kwargs(
            integration_id=integration_id,
        )
        options = RequestOptions(
            timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return self._client.send_kwargs(
            OPERATION,
            kwargs,
            parse=parse_integration_response,
            options=options,
        )

    def list(
        self,
        *,
        hub_id: str | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPager[Integration]:
        """List integrations, a page at a time

        Lists the integrations the token can see, or those of one hub (`hub_id`), a page of
        `page_size` (1 to 100) at a time. Each integration comes as the class of its channel,
        whether the server names the channel or gives its numeric code, and an unknown
        channel gives an `UnknownIntegration` that keeps every field.

        Returns a pager; nothing is sent until it is iterated.
        Iterating yields every record of every page, fetching a page only when the one before
        it is consumed; ``.pages()`` yields the pages with their response headers.

        Operation ``listIntegrations``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from ._channels import parse_integration_page_response
        from .api.integrations.list_integrations import OPERATION, _get_kwargs

        kwargs = _get_kwargs(
            hub_id=UNSET if hub_id is None else hub_id,
            page_size=UNSET if page_size is None else page_size,
        )
        options = RequestOptions(
            timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return self._client.paginate_kwargs(
            OPERATION,
            kwargs,
            parse=parse_integration_page_response,
            paging=PageNumberPaging(page_param="pageNumber", items_attribute="results"),
            options=options,
        )

    def list_by_channel_type(
        self,
        hub_id: str,
        channel_type: ChannelName,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> builtins.list[Integration]:
        """List a hub's integrations of one channel type

        Answers every integration of the hub whose channel is `channel_type` (a `ChannelName`
        such as `ChannelName.DIRECT`), as a list (not paginated). Each integration comes as
        the class of its channel, as `get` answers it.

        Operation ``listIntegrationsByChannelType``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from ._channels import parse_integration_list_response
        from .api.integrations.list_integrations_by_channel_type import OPERATION, _get_kwargs

        kwargs = _get_kwargs(
            hub_id=hub_id,
            channel_type=channel_type,
        )
        options = RequestOptions(
            timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return self._client.send_kwargs(
            OPERATION,
            kwargs,
            parse=parse_integration_list_response,
            options=options,
        )


class HubsterClient(ClientCredentialsAuth, SyncAPIClient):
    """Synchronous client for the Hubster Portal API.

    Arguments fall back to the environment: ``token`` to ``HUBSTER_TOKEN`` and
    ``base_url`` to ``HUBSTER_BASE_URL`` (default ``https://portal-api.hubster.io``).
    """

    integrations: Integrations

    def __init__(
        self,
        *,
        token: str | TokenProvider | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        http_client: httpx.Client | None = None,
        rate_limit: RateLimit | None | NotGiven = NOT_GIVEN,
    ) -> None:
        super().__init__(
            config=CONFIG,
            token=token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            rate_limit=rate_limit,
        )
        self._bind_resources()

    def _bind_resources(self) -> None:
        # Called here and by with_options(), whose copy needs namespaces bound to the copy.
        self.integrations = Integrations(self)


class AsyncIntegrations(AsyncAPIResource):
    """``client.integrations``: create, update, get, list, list_by_channel_type."""

    async def create(
        self,
        hub_id: str,
        body: CreateDirectIntegration
        | CreateMessengerIntegration
        | CreateSlackIntegration
        | CreateSystemIntegration
        | CreateTwilioSmsIntegration
        | CreateWebChatIntegration,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Integration:
        """Create an integration

        Creates an integration of the given channel in the hub (POST
        /api/v1/integrations/hubs/{hubId}). Pass the request class of the channel, e.g.
        `CreateTwilioSmsIntegration(name=..., configuration=TwilioSmsCreateConfiguration(...))`;
        its configuration class is the only one it accepts, and channelId is filled in.
        Returns the integration as the class of its channel (`TwilioSmsIntegration`, ...), or
        `UnknownIntegration` for a channel this client does not know.

        Operation ``createIntegration``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from ._channels import parse_integration_response
        from .api.integrations.create_integration import OPERATION, _get_kwargs

        kwargs = _get_kwargs(
            hub_id=hub_id,
            body=body,
        )
        options = RequestOptions(
            timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return await self._client.send_kwargs(
            OPERATION,
            kwargs,
            parse=parse_integration_response,
            options=options,
        )

    async def update(
        self,
        integration_id: str,
        body: UpdateDirectIntegration
        | UpdateMessengerIntegration
        | UpdateSlackIntegration
        | UpdateSystemIntegration
        | UpdateTwilioSmsIntegration
        | UpdateWebChatIntegration,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Integration:
        """Update an integration

        Changes the name, the status or the configuration of an integration (POST
        /api/v1/integrations/hubs/{integrationId}: the same path template as create, with
        the integration's id in place of the hub's). Only the fields set on the body are
        sent. A configuration sent replaces the stored one as a whole, so send every value
        the channel requires.

        TwilioSMS, Messenger and Slack configurations cannot be updated: the server ignores
        them, so `UpdateTwilioSmsIntegration`, `UpdateMessengerIntegration` and
        `UpdateSlackIntegration` offer only name and status. To change such a
        configuration, delete the integration and create it again.

        Operation ``updateIntegration``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from ._channels import parse_integration_response
        from .api.integrations.update_integration import OPERATION, _get_kwargs

        kwargs = _get_kwargs(
            integration_id=integration_id,
            body=body,
        )
        options = RequestOptions(
            timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return await self._client.send_kwargs(
            OPERATION,
            kwargs,
            parse=parse_integration_response,
            options=options,
        )

    async def get(
        self,
        integration_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Integration:
        """Get an integration

        Answers one integration as the class of its channel, whether the server gives
        channelId by name or by numeric code (the documented answer gives 102 for TwilioSMS)
        and configuration keys in camelCase or PascalCase (`AcccountSid` included).
        `channel_id` on the result is always the name; an unknown channel gives an
        `UnknownIntegration` that keeps every field.

        Operation ``getIntegration``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from ._channels import parse_integration_response
        from .api.integrations.get_integration import OPERATION, _get_kwargs

        kwargs = _get_kwargs(
            integration_id=integration_id,
        )
        options = RequestOptions(
            timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return await self._client.send_kwargs(
            OPERATION,
            kwargs,
            parse=parse_integration_response,
            options=options,
        )

    def list(
        self,
        *,
        hub_id: str | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[Integration]:
        """List integrations, a page at a time

        Lists the integrations the token can see, or those of one hub (`hub_id`), a page of
        `page_size` (1 to 100) at a time. Each integration comes as the class of its channel,
        whether the server names the channel or gives its numeric code, and an unknown
        channel gives an `UnknownIntegration` that keeps every field.

        Returns a pager; nothing is sent until it is iterated (``async for``, no ``await``).
        Iterating yields every record of every page, fetching a page only when the one before
        it is consumed; ``.pages()`` yields the pages with their response headers.

        Operation ``listIntegrations``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from ._channels import parse_integration_page_response
        from .api.integrations.list_integrations import OPERATION, _get_kwargs

        kwargs = _get_kwargs(
            hub_id=UNSET if hub_id is None else hub_id,
            page_size=UNSET if page_size is None else page_size,
        )
        options = RequestOptions(
            timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return self._client.paginate_kwargs(
            OPERATION,
            kwargs,
            parse=parse_integration_page_response,
            paging=PageNumberPaging(page_param="pageNumber", items_attribute="results"),
            options=options,
        )

    async def list_by_channel_type(
        self,
        hub_id: str,
        channel_type: ChannelName,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> builtins.list[Integration]:
        """List a hub's integrations of one channel type

        Answers every integration of the hub whose channel is `channel_type` (a `ChannelName`
        such as `ChannelName.DIRECT`), as a list (not paginated). Each integration comes as
        the class of its channel, as `get` answers it.

        Operation ``listIntegrationsByChannelType``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from ._channels import parse_integration_list_response
        from .api.integrations.list_integrations_by_channel_type import OPERATION, _get_kwargs

        kwargs = _get_kwargs(
            hub_id=hub_id,
            channel_type=channel_type,
        )
        options = RequestOptions(
            timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return await self._client.send_kwargs(
            OPERATION,
            kwargs,
            parse=parse_integration_list_response,
            options=options,
        )


class AsyncHubsterClient(AsyncClientCredentialsAuth, AsyncAPIClient):
    """Asynchronous client for the Hubster Portal API.

    Arguments fall back to the environment: ``token`` to ``HUBSTER_TOKEN`` and
    ``base_url`` to ``HUBSTER_BASE_URL`` (default ``https://portal-api.hubster.io``).
    """

    integrations: AsyncIntegrations

    def __init__(
        self,
        *,
        token: str | TokenProvider | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        http_client: httpx.AsyncClient | None = None,
        rate_limit: RateLimit | None | NotGiven = NOT_GIVEN,
    ) -> None:
        super().__init__(
            config=CONFIG,
            token=token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            rate_limit=rate_limit,
        )
        self._bind_resources()

    def _bind_resources(self) -> None:
        # Called here and by with_options(), whose copy needs namespaces bound to the copy.
        self.integrations = AsyncIntegrations(self)


__all__ = [
    "CONFIG",
    "AsyncHubsterClient",
    "AsyncIntegrations",
    "HubsterClient",
    "Integrations",
]
