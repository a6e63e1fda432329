# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
"""The raw twins of the resource methods of ``_client``: ``client.<resource>.with_raw_response``.

Each method takes the same arguments as its twin and builds the same request (both are rendered
from one template macro), but answers an ``APIResponse``: the status, headers and request of the
answer, and ``parse()`` for what the plain method returns. A list method's twin sends the request
of the first page only and answers it. Imported on the first ``with_raw_response``, so that
``import hubster_client`` does not pay for classes most programs never use.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ._runtime import (
    APIResponse,
    AsyncAPIResource,
    PageNumberPaging,
    RequestOptions,
    SyncAPIResource,
)
from .types import UNSET

if TYPE_CHECKING:
    from ._channels import Integration, IntegrationPage
    from .models import *  # noqa: F403 - annotations name any model


class IntegrationsWithRawResponse(SyncAPIResource):
    """``client.integrations.with_raw_response``: each method answers an ``APIResponse``."""

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
    ) -> APIResponse[Integration]:
        """``integrations.create()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``integrations.create()`` returns.
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
        return self._client.send_kwargs_raw(
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
    ) -> APIResponse[Integration]:
        """``integrations.update()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``integrations.update()`` returns.
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
        return self._client.send_kwargs_raw(
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
    ) -> APIResponse[Integration]:
        """``integrations.get()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``integrations.get()`` returns.
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
        return self._client.send_kwargs_raw(
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
    ) -> APIResponse[IntegrationPage]:
        """``integrations.list()``, answering the response itself: status, headers and request.

        Sends the request of the first page only; ``parse()`` gives that page as the operation
        answers it.
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
        return self._client.send_kwargs_raw(
            OPERATION,
            kwargs,
            parse=parse_integration_page_response,
            options=options,
            paging=PageNumberPaging(page_param="pageNumber", items_attribute="results"),
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
    ) -> APIResponse[builtins.list[Integration]]:
        """``integrations.list_by_channel_type()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``integrations.list_by_channel_type()`` returns.
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
        return self._client.send_kwargs_raw(
            OPERATION,
            kwargs,
            parse=parse_integration_list_response,
            options=options,
        )


class AsyncIntegrationsWithRawResponse(AsyncAPIResource):
    """``client.integrations.with_raw_response``: each method answers an ``APIResponse``."""

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
    ) -> APIResponse[Integration]:
        """``integrations.create()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``integrations.create()`` returns.
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
        return await self._client.send_kwargs_raw(
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
    ) -> APIResponse[Integration]:
        """``integrations.update()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``integrations.update()`` returns.
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
        return await self._client.send_kwargs_raw(
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
    ) -> APIResponse[Integration]:
        """``integrations.get()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``integrations.get()`` returns.
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
        return await self._client.send_kwargs_raw(
            OPERATION,
            kwargs,
            parse=parse_integration_response,
            options=options,
        )

    async def list(
        self,
        *,
        hub_id: str | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[IntegrationPage]:
        """``integrations.list()``, answering the response itself: status, headers and request.

        Sends the request of the first page only; ``parse()`` gives that page as the operation
        answers it.
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
        return await self._client.send_kwargs_raw(
            OPERATION,
            kwargs,
            parse=parse_integration_page_response,
            options=options,
            paging=PageNumberPaging(page_param="pageNumber", items_attribute="results"),
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
    ) -> APIResponse[builtins.list[Integration]]:
        """``integrations.list_by_channel_type()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``integrations.list_by_channel_type()`` returns.
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
        return await self._client.send_kwargs_raw(
            OPERATION,
            kwargs,
            parse=parse_integration_list_response,
            options=options,
        )


__all__ = [
    "AsyncIntegrationsWithRawResponse",
    "IntegrationsWithRawResponse",
]
