# Generated from specs/mini.yaml + overrides/mini/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/mini/ or generator/ and run `make generate`.
"""The raw twins of the resource methods of ``_client``: ``client.<resource>.with_raw_response``.

Each method takes the same arguments as its twin and builds the same request (both are rendered
from one template macro), but answers an ``APIResponse``: the status, headers and request of the
answer, and ``parse()`` for what the plain method returns. A list method's twin sends the request
of the first page only and answers it. Imported on the first ``with_raw_response``, so that
``import mini_client`` does not pay for classes most programs never use.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ._runtime import (
    APIResponse,
    AsyncAPIResource,
    LinkPaging,
    RequestOptions,
    SyncAPIResource,
)
from .types import UNSET

if TYPE_CHECKING:
    from .models import *  # noqa: F403 - annotations name any model


class WidgetsWithRawResponse(SyncAPIResource):
    """``client.widgets.with_raw_response``: each method answers an ``APIResponse``."""

    def list(
        self,
        *,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[builtins.list[Widget]]:
        """``widgets.list()``, answering the response itself: status, headers and request.

        Sends the request of the first page only; ``parse()`` gives that page as the operation
        answers it.
        """
        from .api.widgets.list_widgets import OPERATION, _get_kwargs, _parse_success

        kwargs = _get_kwargs(
            limit=UNSET if limit is None else limit,
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
            parse=_parse_success,
            options=options,
            paging=LinkPaging(),
        )

    def create(
        self,
        widget: Widget | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[Widget]:
        """``widgets.create()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``widgets.create()`` returns.
        """
        from .api.widgets.create_widget import OPERATION, _get_kwargs, _parse_success
        from .models import Widget

        if not isinstance(widget, Widget):
            from ._runtime._arguments import model_body

            widget = model_body(Widget, widget, "widgets.create", "widget")
        try:
            kwargs = _get_kwargs(
                body=widget,
            )
        except AttributeError as exc:
            # A field of the body holds a dict where a model is due, or a str for an enum.
            from ._runtime._arguments import nested_type_error

            raise nested_type_error(exc, "widgets.create", "widget") from None
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
            parse=_parse_success,
            options=options,
        )

    def get(
        self,
        name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[Widget]:
        """``widgets.get()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``widgets.get()`` returns.
        """
        from .api.widgets.get_widget import OPERATION, _get_kwargs, _parse_success

        if not isinstance(name, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(name, "widgets.get", "name")
        kwargs = _get_kwargs(
            name=name,
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
            parse=_parse_success,
            options=options,
        )

    def delete(
        self,
        name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[None]:
        """``widgets.delete()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``widgets.delete()`` returns.
        """
        from .api.widgets.delete_widget import OPERATION, _get_kwargs, _parse_success

        if not isinstance(name, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(name, "widgets.delete", "name")
        kwargs = _get_kwargs(
            name=name,
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
            parse=_parse_success,
            options=options,
        )


class AsyncWidgetsWithRawResponse(AsyncAPIResource):
    """``client.widgets.with_raw_response``: each method answers an ``APIResponse``."""

    async def list(
        self,
        *,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[builtins.list[Widget]]:
        """``widgets.list()``, answering the response itself: status, headers and request.

        Sends the request of the first page only; ``parse()`` gives that page as the operation
        answers it.
        """
        from .api.widgets.list_widgets import OPERATION, _get_kwargs, _parse_success

        kwargs = _get_kwargs(
            limit=UNSET if limit is None else limit,
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
            parse=_parse_success,
            options=options,
            paging=LinkPaging(),
        )

    async def create(
        self,
        widget: Widget | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[Widget]:
        """``widgets.create()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``widgets.create()`` returns.
        """
        from .api.widgets.create_widget import OPERATION, _get_kwargs, _parse_success
        from .models import Widget

        if not isinstance(widget, Widget):
            from ._runtime._arguments import model_body

            widget = model_body(Widget, widget, "widgets.create", "widget")
        try:
            kwargs = _get_kwargs(
                body=widget,
            )
        except AttributeError as exc:
            # A field of the body holds a dict where a model is due, or a str for an enum.
            from ._runtime._arguments import nested_type_error

            raise nested_type_error(exc, "widgets.create", "widget") from None
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
            parse=_parse_success,
            options=options,
        )

    async def get(
        self,
        name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[Widget]:
        """``widgets.get()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``widgets.get()`` returns.
        """
        from .api.widgets.get_widget import OPERATION, _get_kwargs, _parse_success

        if not isinstance(name, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(name, "widgets.get", "name")
        kwargs = _get_kwargs(
            name=name,
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
            parse=_parse_success,
            options=options,
        )

    async def delete(
        self,
        name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[None]:
        """``widgets.delete()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``widgets.delete()`` returns.
        """
        from .api.widgets.delete_widget import OPERATION, _get_kwargs, _parse_success

        if not isinstance(name, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(name, "widgets.delete", "name")
        kwargs = _get_kwargs(
            name=name,
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
            parse=_parse_success,
            options=options,
        )


__all__ = [
    "AsyncWidgetsWithRawResponse",
    "WidgetsWithRawResponse",
]
