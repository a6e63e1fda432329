# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
"""``HubsterClient`` and ``AsyncHubsterClient``: resource clients for the Hubster Portal API.

Each method builds its request with its operation module's ``_get_kwargs`` and sends it through
the shared runtime (timeouts, retries, auth, rate limit, logging, typed errors), the package's
only way to send (tests/clients/test_one_request_path.py).

A method imports its operation's module (and so its models) on its first call, not with this
module: ``import hubster_client`` then loads only the clients and the runtime, whatever the
number of operations and models (import time is a ``make bench`` figure). The import costs
about a microsecond on later calls. Annotations name the models through the imports under
``TYPE_CHECKING``; they are never evaluated at run time. The raw twins of the methods
(``client.<resource>.with_raw_response``) are in ``_raw_client`` and wait for first use too.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ._auth import AsyncClientCredentialsAuth, ClientCredentialsAuth
from ._runtime import (
    NOT_GIVEN,
    AsyncAPIClient,
    AsyncAPIResource,
    AsyncPager,
    ClientConfig,
    NotGiven,
    OnAttempt,
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
    from ._raw_client import *  # noqa: F403 - annotations name the raw twins
    from .models import *  # noqa: F403 - annotations name any model

CONFIG = ClientConfig(
    api_name="Hubster",
    package="hubster_client",
    env_prefix="HUBSTER",
    default_base_url="https://portal-api.hubster.io",
    auth_scheme="bearer",
    user_agent="hubster-client/1.1.0",
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

    @property
    def with_raw_response(self) -> IntegrationsWithRawResponse:
        """These methods with the same arguments, each answering the response itself (status,
        headers, request); ``parse()`` on it gives what the method returns."""
        from ._raw_client import IntegrationsWithRawResponse

        return IntegrationsWithRawResponse(self._client)

    def create(
        self,
        hub_id: str,
        body: CreateDirectIntegration
        | CreateMessengerIntegration
        | CreateSlackIntegration
        | CreateSystemIntegration
        | CreateTwilioSmsIntegration
        | CreateWebChatIntegration
        | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Integration:
        """Create an integration

        Creates an integration of the given channel in the hub (POST
        /api/v1/integrations/hubs/{hubId}). Pass the request class of the channel, e.g.
        `CreateTwilioSmsIntegration(name=..., configuration=TwilioSmsCreateConfiguration(...))`;
        its configuration class is the only one it accepts, and channelId is filled in.
        Returns the integration as the class of its channel (`TwilioSmsIntegration`, ...), or
        `UnknownIntegration` for a channel this client does not know.

        Operation ``createIntegration``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
        """
        from ._channels import parse_integration_response
        from .api.integrations.create_integration import OPERATION, _get_kwargs
        from .models import (
            CreateDirectIntegration,
            CreateMessengerIntegration,
            CreateSlackIntegration,
            CreateSystemIntegration,
            CreateTwilioSmsIntegration,
            CreateWebChatIntegration,
        )

        if not isinstance(hub_id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(hub_id, "integrations.create", "hub_id")
        sent: Any = body
        classes = (
            CreateDirectIntegration,
            CreateMessengerIntegration,
            CreateSlackIntegration,
            CreateSystemIntegration,
            CreateTwilioSmsIntegration,
            CreateWebChatIntegration,
        )
        if not isinstance(body, classes):
            from ._runtime._arguments import union_body

            sent = union_body(classes, body, "integrations.create", "body")
        try:
            kwargs = _get_kwargs(
                hub_id=hub_id,
                body=sent,
            )
        except AttributeError as exc:
            # A field of the body holds a dict where a model is due, or a str for an enum.
            from ._runtime._arguments import nested_type_error

            raise nested_type_error(exc, "integrations.create", "body") from None
        options = RequestOptions(
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
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
        | UpdateWebChatIntegration
        | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
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

        Operation ``updateIntegration``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
        """
        from ._channels import parse_integration_response
        from .api.integrations.update_integration import OPERATION, _get_kwargs
        from .models import (
            UpdateDirectIntegration,
            UpdateMessengerIntegration,
            UpdateSlackIntegration,
            UpdateSystemIntegration,
            UpdateTwilioSmsIntegration,
            UpdateWebChatIntegration,
        )

        if not isinstance(integration_id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(integration_id, "integrations.update", "integration_id")
        sent: Any = body
        classes = (
            UpdateDirectIntegration,
            UpdateMessengerIntegration,
            UpdateSlackIntegration,
            UpdateSystemIntegration,
            UpdateTwilioSmsIntegration,
            UpdateWebChatIntegration,
        )
        if not isinstance(body, classes):
            from ._runtime._arguments import union_body

            sent = union_body(classes, body, "integrations.update", "body")
        try:
            kwargs = _get_kwargs(
                integration_id=integration_id,
                body=sent,
            )
        except AttributeError as exc:
            # A field of the body holds a dict where a model is due, or a str for an enum.
            from ._runtime._arguments import nested_type_error

            raise nested_type_error(exc, "integrations.update", "body") from None
        options = RequestOptions(
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
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
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Integration:
        """Get an integration

        Answers one integration as the class of its channel, whether the server gives
        channelId by name or by numeric code (the documented answer gives 102 for TwilioSMS)
        and configuration keys in camelCase or PascalCase (`AcccountSid` included).
        `channel_id` on the result is always the name; an unknown channel gives an
        `UnknownIntegration` that keeps every field.

        Operation ``getIntegration``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
        """
        from ._channels import parse_integration_response
        from .api.integrations.get_integration import OPERATION, _get_kwargs

        if not isinstance(integration_id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(integration_id, "integrations.get", "integration_id")
        kwargs = _get_kwargs(
            integration_id=integration_id,
        )
        options = RequestOptions(
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
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
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPager[Integration]:
        """List integrations, a page at a time

        Lists the integrations the token can see, or those of one hub (`hub_id`), a page of
        `page_size` (1 to 100) at a time. Each integration comes as the class of its channel,
        whether the server names the channel or gives its numeric code, and an unknown
        channel gives an `UnknownIntegration` that keeps every field.

        Returns a pager; nothing is sent until it is iterated.
        Iterating yields every record of every page, fetching a page only when the one before
        it is consumed; ``.pages()`` yields the pages with their response headers.

        Operation ``listIntegrations``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
        """
        from ._channels import parse_integration_page_response
        from .api.integrations.list_integrations import OPERATION, _get_kwargs

        kwargs = _get_kwargs(
            hub_id=UNSET if hub_id is None else hub_id,
            page_size=UNSET if page_size is None else page_size,
        )
        options = RequestOptions(
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
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
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> builtins.list[Integration]:
        """List a hub's integrations of one channel type

        Answers every integration of the hub whose channel is `channel_type` (a `ChannelName`
        such as `ChannelName.DIRECT`), as a list (not paginated). Each integration comes as
        the class of its channel, as `get` answers it.

        Operation ``listIntegrationsByChannelType``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
        """
        from ._channels import parse_integration_list_response
        from .api.integrations.list_integrations_by_channel_type import OPERATION, _get_kwargs

        if not isinstance(hub_id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(hub_id, "integrations.list_by_channel_type", "hub_id")
        if not isinstance(channel_type, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(channel_type, "integrations.list_by_channel_type", "channel_type")
        kwargs = _get_kwargs(
            hub_id=hub_id,
            channel_type=channel_type,
        )
        options = RequestOptions(
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
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
    ``default_headers`` and ``default_query`` are sent with every call (a call's own arguments
    and ``extra_*`` win); the ``Authorization`` and ``User-Agent`` headers are not among them.
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
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, Any] | None = None,
        on_attempt: OnAttempt | None = None,
    ) -> None:
        super().__init__(
            config=CONFIG,
            token=token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            rate_limit=rate_limit,
            default_headers=default_headers,
            default_query=default_query,
            on_attempt=on_attempt,
        )
        self._bind_resources()

    def _bind_resources(self) -> None:
        # Called here and by with_options(), whose copy needs namespaces bound to the copy.
        self.integrations = Integrations(self)


class AsyncIntegrations(AsyncAPIResource):
    """``client.integrations``: create, update, get, list, list_by_channel_type."""

    @property
    def with_raw_response(self) -> AsyncIntegrationsWithRawResponse:
        """These methods with the same arguments, each answering the response itself (status,
        headers, request); ``parse()`` on it gives what the method returns."""
        from ._raw_client import AsyncIntegrationsWithRawResponse

        return AsyncIntegrationsWithRawResponse(self._client)

    async def create(
        self,
        hub_id: str,
        body: CreateDirectIntegration
        | CreateMessengerIntegration
        | CreateSlackIntegration
        | CreateSystemIntegration
        | CreateTwilioSmsIntegration
        | CreateWebChatIntegration
        | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Integration:
        """Create an integration

        Creates an integration of the given channel in the hub (POST
        /api/v1/integrations/hubs/{hubId}). Pass the request class of the channel, e.g.
        `CreateTwilioSmsIntegration(name=..., configuration=TwilioSmsCreateConfiguration(...))`;
        its configuration class is the only one it accepts, and channelId is filled in.
        Returns the integration as the class of its channel (`TwilioSmsIntegration`, ...), or
        `UnknownIntegration` for a channel this client does not know.

        Operation ``createIntegration``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
        """
        from ._channels import parse_integration_response
        from .api.integrations.create_integration import OPERATION, _get_kwargs
        from .models import (
            CreateDirectIntegration,
            CreateMessengerIntegration,
            CreateSlackIntegration,
            CreateSystemIntegration,
            CreateTwilioSmsIntegration,
            CreateWebChatIntegration,
        )

        if not isinstance(hub_id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(hub_id, "integrations.create", "hub_id")
        sent: Any = body
        classes = (
            CreateDirectIntegration,
            CreateMessengerIntegration,
            CreateSlackIntegration,
            CreateSystemIntegration,
            CreateTwilioSmsIntegration,
            CreateWebChatIntegration,
        )
        if not isinstance(body, classes):
            from ._runtime._arguments import union_body

            sent = union_body(classes, body, "integrations.create", "body")
        try:
            kwargs = _get_kwargs(
                hub_id=hub_id,
                body=sent,
            )
        except AttributeError as exc:
            # A field of the body holds a dict where a model is due, or a str for an enum.
            from ._runtime._arguments import nested_type_error

            raise nested_type_error(exc, "integrations.create", "body") from None
        options = RequestOptions(
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
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
        | UpdateWebChatIntegration
        | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
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

        Operation ``updateIntegration``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
        """
        from ._channels import parse_integration_response
        from .api.integrations.update_integration import OPERATION, _get_kwargs
        from .models import (
            UpdateDirectIntegration,
            UpdateMessengerIntegration,
            UpdateSlackIntegration,
            UpdateSystemIntegration,
            UpdateTwilioSmsIntegration,
            UpdateWebChatIntegration,
        )

        if not isinstance(integration_id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(integration_id, "integrations.update", "integration_id")
        sent: Any = body
        classes = (
            UpdateDirectIntegration,
            UpdateMessengerIntegration,
            UpdateSlackIntegration,
            UpdateSystemIntegration,
            UpdateTwilioSmsIntegration,
            UpdateWebChatIntegration,
        )
        if not isinstance(body, classes):
            from ._runtime._arguments import union_body

            sent = union_body(classes, body, "integrations.update", "body")
        try:
            kwargs = _get_kwargs(
                integration_id=integration_id,
                body=sent,
            )
        except AttributeError as exc:
            # A field of the body holds a dict where a model is due, or a str for an enum.
            from ._runtime._arguments import nested_type_error

            raise nested_type_error(exc, "integrations.update", "body") from None
        options = RequestOptions(
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
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
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Integration:
        """Get an integration

        Answers one integration as the class of its channel, whether the server gives
        channelId by name or by numeric code (the documented answer gives 102 for TwilioSMS)
        and configuration keys in camelCase or PascalCase (`AcccountSid` included).
        `channel_id` on the result is always the name; an unknown channel gives an
        `UnknownIntegration` that keeps every field.

        Operation ``getIntegration``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
        """
        from ._channels import parse_integration_response
        from .api.integrations.get_integration import OPERATION, _get_kwargs

        if not isinstance(integration_id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(integration_id, "integrations.get", "integration_id")
        kwargs = _get_kwargs(
            integration_id=integration_id,
        )
        options = RequestOptions(
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
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
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[Integration]:
        """List integrations, a page at a time

        Lists the integrations the token can see, or those of one hub (`hub_id`), a page of
        `page_size` (1 to 100) at a time. Each integration comes as the class of its channel,
        whether the server names the channel or gives its numeric code, and an unknown
        channel gives an `UnknownIntegration` that keeps every field.

        Returns a pager; nothing is sent until it is iterated (``async for``, no ``await``).
        Iterating yields every record of every page, fetching a page only when the one before
        it is consumed; ``.pages()`` yields the pages with their response headers.

        Operation ``listIntegrations``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
        """
        from ._channels import parse_integration_page_response
        from .api.integrations.list_integrations import OPERATION, _get_kwargs

        kwargs = _get_kwargs(
            hub_id=UNSET if hub_id is None else hub_id,
            page_size=UNSET if page_size is None else page_size,
        )
        options = RequestOptions(
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
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
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> builtins.list[Integration]:
        """List a hub's integrations of one channel type

        Answers every integration of the hub whose channel is `channel_type` (a `ChannelName`
        such as `ChannelName.DIRECT`), as a list (not paginated). Each integration comes as
        the class of its channel, as `get` answers it.

        Operation ``listIntegrationsByChannelType``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
        """
        from ._channels import parse_integration_list_response
        from .api.integrations.list_integrations_by_channel_type import OPERATION, _get_kwargs

        if not isinstance(hub_id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(hub_id, "integrations.list_by_channel_type", "hub_id")
        if not isinstance(channel_type, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(channel_type, "integrations.list_by_channel_type", "channel_type")
        kwargs = _get_kwargs(
            hub_id=hub_id,
            channel_type=channel_type,
        )
        options = RequestOptions(
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
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
    ``default_headers`` and ``default_query`` are sent with every call (a call's own arguments
    and ``extra_*`` win); the ``Authorization`` and ``User-Agent`` headers are not among them.
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
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, Any] | None = None,
        on_attempt: OnAttempt | None = None,
    ) -> None:
        super().__init__(
            config=CONFIG,
            token=token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            rate_limit=rate_limit,
            default_headers=default_headers,
            default_query=default_query,
            on_attempt=on_attempt,
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
