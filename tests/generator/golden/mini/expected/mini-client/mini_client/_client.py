# Generated from specs/mini.yaml + overrides/mini/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/mini/ or generator/ and run `make generate`.
"""``MiniClient`` and ``AsyncMiniClient``: resource clients for the Mini Widgets API.

Each method builds its request with its operation module's ``_get_kwargs`` and sends it through
the shared runtime (timeouts, retries, auth, rate limit, logging, typed errors), the package's
only way to send (tests/clients/test_one_request_path.py).

A method imports its operation's module (and so its models) on its first call, not with this
module: ``import mini_client`` then loads only the clients and the runtime, whatever the
number of operations and models (import time is a ``make bench`` figure). The import costs
about a microsecond on later calls. Annotations name the models through the imports under
``TYPE_CHECKING``; they are never evaluated at run time. The raw twins of the methods
(``client.<resource>.with_raw_response``) are in ``_raw_client`` and wait for first use too.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ._runtime import (
    NOT_GIVEN,
    AsyncAPIClient,
    AsyncAPIResource,
    AsyncPager,
    ClientConfig,
    LinkPaging,
    NotGiven,
    OnAttempt,
    RateLimit,
    RequestOptions,
    SyncAPIClient,
    SyncAPIResource,
    SyncPager,
    TokenProvider,
)
from .types import UNSET

if TYPE_CHECKING:
    from ._raw_client import *  # noqa: F403 - annotations name the raw twins
    from .models import *  # noqa: F403 - annotations name any model

CONFIG = ClientConfig(
    api_name="Mini",
    package="mini_client",
    env_prefix="MINI",
    default_base_url="https://widgets.example.test/v1",
    auth_scheme="bearer",
    user_agent="mini-client/0.1.0",
    default_rate_limit=None,
    sensitive_fields=frozenset(["apiKey"]),
    idempotent_methods=frozenset(["DELETE", "GET", "HEAD", "OPTIONS", "PUT"]),
    regions={
        "world": "https://widgets.example.test/v1",
        "eu": "https://eu.widgets.example.test/v1",
    },
)


class Widgets(SyncAPIResource):
    """``client.widgets``: list, create, get, delete."""

    @property
    def with_raw_response(self) -> WidgetsWithRawResponse:
        """These methods with the same arguments, each answering the response itself (status,
        headers, request); ``parse()`` on it gives what the method returns."""
        from ._raw_client import WidgetsWithRawResponse

        return WidgetsWithRawResponse(self._client)

    def list(
        self,
        *,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPager[Widget]:
        """Call ``list_widgets``.

        Returns a pager; nothing is sent until it is iterated.
        Iterating yields every record of every page, fetching a page only when the one before
        it is consumed; ``.pages()`` yields the pages with their response headers.

        Operation ``listWidgets``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return self._client.paginate_kwargs(
            OPERATION,
            kwargs,
            parse=_parse_success,
            paging=LinkPaging(),
            options=options,
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
    ) -> Widget:
        """Call ``create_widget``.

        Operation ``createWidget``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return self._client.send_kwargs(
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
    ) -> Widget:
        """Call ``get_widget``.

        Operation ``getWidget``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return self._client.send_kwargs(
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
    ) -> None:
        """Call ``delete_widget``.

        Operation ``deleteWidget``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return self._client.send_kwargs(
            OPERATION,
            kwargs,
            parse=_parse_success,
            options=options,
        )


class MiniClient(SyncAPIClient):
    """Synchronous client for the Mini Widgets API.

    Arguments fall back to the environment: ``token`` to ``MINI_TOKEN`` and
    ``base_url`` to ``MINI_BASE_URL`` (default ``https://widgets.example.test/v1``).
    ``region`` (``'world'``, ``'eu'``) picks the
    server of the account's region instead; it falls back to ``MINI_REGION``.
    ``default_headers`` and ``default_query`` are sent with every call (a call's own arguments
    and ``extra_*`` win); the ``Authorization`` and ``User-Agent`` headers are not among them.
    """

    widgets: Widgets

    def __init__(
        self,
        *,
        token: str | TokenProvider | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        http_client: httpx.Client | None = None,
        rate_limit: RateLimit | None | NotGiven = NOT_GIVEN,
        region: str | None = None,
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
            region=region,
            default_headers=default_headers,
            default_query=default_query,
            on_attempt=on_attempt,
        )
        self._bind_resources()

    def _bind_resources(self) -> None:
        # Called here and by with_options(), whose copy needs namespaces bound to the copy.
        self.widgets = Widgets(self)


class AsyncWidgets(AsyncAPIResource):
    """``client.widgets``: list, create, get, delete."""

    @property
    def with_raw_response(self) -> AsyncWidgetsWithRawResponse:
        """These methods with the same arguments, each answering the response itself (status,
        headers, request); ``parse()`` on it gives what the method returns."""
        from ._raw_client import AsyncWidgetsWithRawResponse

        return AsyncWidgetsWithRawResponse(self._client)

    def list(
        self,
        *,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[Widget]:
        """Call ``list_widgets``.

        Returns a pager; nothing is sent until it is iterated (``async for``, no ``await``).
        Iterating yields every record of every page, fetching a page only when the one before
        it is consumed; ``.pages()`` yields the pages with their response headers.

        Operation ``listWidgets``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return self._client.paginate_kwargs(
            OPERATION,
            kwargs,
            parse=_parse_success,
            paging=LinkPaging(),
            options=options,
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
    ) -> Widget:
        """Call ``create_widget``.

        Operation ``createWidget``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return await self._client.send_kwargs(
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
    ) -> Widget:
        """Call ``get_widget``.

        Operation ``getWidget``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return await self._client.send_kwargs(
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
    ) -> None:
        """Call ``delete_widget``.

        Operation ``deleteWidget``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return await self._client.send_kwargs(
            OPERATION,
            kwargs,
            parse=_parse_success,
            options=options,
        )


class AsyncMiniClient(AsyncAPIClient):
    """Asynchronous client for the Mini Widgets API.

    Arguments fall back to the environment: ``token`` to ``MINI_TOKEN`` and
    ``base_url`` to ``MINI_BASE_URL`` (default ``https://widgets.example.test/v1``).
    ``region`` (``'world'``, ``'eu'``) picks the
    server of the account's region instead; it falls back to ``MINI_REGION``.
    ``default_headers`` and ``default_query`` are sent with every call (a call's own arguments
    and ``extra_*`` win); the ``Authorization`` and ``User-Agent`` headers are not among them.
    """

    widgets: AsyncWidgets

    def __init__(
        self,
        *,
        token: str | TokenProvider | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        http_client: httpx.AsyncClient | None = None,
        rate_limit: RateLimit | None | NotGiven = NOT_GIVEN,
        region: str | None = None,
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
            region=region,
            default_headers=default_headers,
            default_query=default_query,
            on_attempt=on_attempt,
        )
        self._bind_resources()

    def _bind_resources(self) -> None:
        # Called here and by with_options(), whose copy needs namespaces bound to the copy.
        self.widgets = AsyncWidgets(self)


__all__ = [
    "CONFIG",
    "AsyncMiniClient",
    "AsyncWidgets",
    "MiniClient",
    "Widgets",
]
