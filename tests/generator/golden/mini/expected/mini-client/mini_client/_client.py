# Generated from specs/mini.yaml + overrides/mini/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/mini/ or generator/ and run `make generate`.
"""``MiniClient`` and ``AsyncMiniClient``: resource clients for the Mini Widgets API.

Each method builds its request with the generated module function's ``_get_kwargs`` and sends it
through the shared runtime (timeouts, retries, auth, rate limit, logging, typed errors).

A method imports its operation's module (and so its models) on its first call, not with this
module: ``import mini_client`` then loads only the clients and the runtime, whatever the
number of operations and models (import time is a ``make bench`` figure). The import costs
about a microsecond on later calls. Annotations name the models through the imports under
``TYPE_CHECKING``; they are never evaluated at run time.
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
    RateLimit,
    RequestOptions,
    SyncAPIClient,
    SyncAPIResource,
    SyncPager,
    TokenProvider,
)
from .types import UNSET

if TYPE_CHECKING:
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

    def list(
        self,
        *,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPager[Widget]:
        """Call ``list_widgets``.

        Returns a pager; nothing is sent until it is iterated.
        Iterating yields every record of every page, fetching a page only when the one before
        it is consumed; ``.pages()`` yields the pages with their response headers.

        Operation ``listWidgets``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.widgets.list_widgets import OPERATION, _get_kwargs, _parse_success

        kwargs = _get_kwargs(
            limit=UNSET if limit is None else limit,
        )
        options = RequestOptions(
            timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
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
    ) -> Widget:
        """Call ``create_widget``.

        Operation ``createWidget``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.widgets.create_widget import OPERATION, _get_kwargs, _parse_success
        from .models import Widget

        if isinstance(widget, Mapping):
            widget = Widget.from_dict(widget)
        kwargs = _get_kwargs(
            body=widget,
        )
        options = RequestOptions(
            timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
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
    ) -> Widget:
        """Call ``get_widget``.

        Operation ``getWidget``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.widgets.get_widget import OPERATION, _get_kwargs, _parse_success

        kwargs = _get_kwargs(
            name=name,
        )
        options = RequestOptions(
            timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
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
    ) -> None:
        """Call ``delete_widget``.

        Operation ``deleteWidget``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.widgets.delete_widget import OPERATION, _get_kwargs, _parse_success

        kwargs = _get_kwargs(
            name=name,
        )
        options = RequestOptions(
            timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
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
        )
        self._bind_resources()

    def _bind_resources(self) -> None:
        # Called here and by with_options(), whose copy needs namespaces bound to the copy.
        self.widgets = Widgets(self)


class AsyncWidgets(AsyncAPIResource):
    """``client.widgets``: list, create, get, delete."""

    def list(
        self,
        *,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[Widget]:
        """Call ``list_widgets``.

        Returns a pager; nothing is sent until it is iterated (``async for``, no ``await``).
        Iterating yields every record of every page, fetching a page only when the one before
        it is consumed; ``.pages()`` yields the pages with their response headers.

        Operation ``listWidgets``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.widgets.list_widgets import OPERATION, _get_kwargs, _parse_success

        kwargs = _get_kwargs(
            limit=UNSET if limit is None else limit,
        )
        options = RequestOptions(
            timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
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
    ) -> Widget:
        """Call ``create_widget``.

        Operation ``createWidget``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.widgets.create_widget import OPERATION, _get_kwargs, _parse_success
        from .models import Widget

        if isinstance(widget, Mapping):
            widget = Widget.from_dict(widget)
        kwargs = _get_kwargs(
            body=widget,
        )
        options = RequestOptions(
            timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
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
    ) -> Widget:
        """Call ``get_widget``.

        Operation ``getWidget``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.widgets.get_widget import OPERATION, _get_kwargs, _parse_success

        kwargs = _get_kwargs(
            name=name,
        )
        options = RequestOptions(
            timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
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
    ) -> None:
        """Call ``delete_widget``.

        Operation ``deleteWidget``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.widgets.delete_widget import OPERATION, _get_kwargs, _parse_success

        kwargs = _get_kwargs(
            name=name,
        )
        options = RequestOptions(
            timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
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
