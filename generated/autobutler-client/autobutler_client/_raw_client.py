# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
"""The raw twins of the resource methods of ``_client``: ``client.<resource>.with_raw_response``.

Each method takes the same arguments as its twin and builds the same request (both are rendered
from one template macro), but answers an ``APIResponse``: the status, headers and request of the
answer, and ``parse()`` for what the plain method returns. A list method's twin sends the request
of the first page only and answers it. Imported on the first ``with_raw_response``, so that
``import autobutler_client`` does not pay for classes most programs never use.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ._runtime import (
    APIResponse,
    AsyncAPIResource,
    RequestOptions,
    SyncAPIResource,
)

if TYPE_CHECKING:
    from .models import *  # noqa: F403 - annotations name any model


class MechanicIntegrationsWithRawResponse(SyncAPIResource):
    """``client.mechanic_integrations.with_raw_response``: each method answers an ``APIResponse``."""

    def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[MechanicIntegrationList]:
        """``mechanic_integrations.list()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``mechanic_integrations.list()`` returns.
        """
        from .api.mechanic_integrations.list_mechanic_integrations import (
            OPERATION,
            _get_kwargs,
            _parse_success,
        )

        kwargs = _get_kwargs()
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

    def update(
        self,
        name: str,
        fields: IntegrationUpdate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[IntegrationUpdateResult]:
        """``mechanic_integrations.update()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``mechanic_integrations.update()`` returns.
        """
        from ._validation import parse_update_result
        from .api.mechanic_integrations.update_mechanic_integration import OPERATION, _get_kwargs
        from .models import IntegrationUpdate

        if not isinstance(name, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(name, "mechanic_integrations.update", "name")
        if not isinstance(fields, IntegrationUpdate):
            from ._runtime._arguments import model_body

            fields = model_body(IntegrationUpdate, fields, "mechanic_integrations.update", "fields")
        try:
            kwargs = _get_kwargs(
                name=name,
                body=fields,
            )
        except AttributeError as exc:
            # A field of the body holds a dict where a model is due, or a str for an enum.
            from ._runtime._arguments import nested_type_error

            raise nested_type_error(exc, "mechanic_integrations.update", "fields") from None
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
            parse=parse_update_result,
            options=options,
        )

    def deactivate(
        self,
        name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[DeactivationResult]:
        """``mechanic_integrations.deactivate()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``mechanic_integrations.deactivate()`` returns.
        """
        from .api.mechanic_integrations.deactivate_mechanic_integration import (
            OPERATION,
            _get_kwargs,
            _parse_success,
        )

        if not isinstance(name, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(name, "mechanic_integrations.deactivate", "name")
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

    def job_url(
        self,
        name: str,
        job_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[IntegrationUrl]:
        """``mechanic_integrations.job_url()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``mechanic_integrations.job_url()`` returns.
        """
        from .api.mechanic_integrations.get_mechanic_integration_job_url import (
            OPERATION,
            _get_kwargs,
            _parse_success,
        )

        if not isinstance(name, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(name, "mechanic_integrations.job_url", "name")
        if not isinstance(job_id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(job_id, "mechanic_integrations.job_url", "job_id")
        kwargs = _get_kwargs(
            name=name,
            job_id=job_id,
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

    def car_url(
        self,
        name: str,
        car_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[IntegrationUrl]:
        """``mechanic_integrations.car_url()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``mechanic_integrations.car_url()`` returns.
        """
        from .api.mechanic_integrations.get_mechanic_integration_car_url import (
            OPERATION,
            _get_kwargs,
            _parse_success,
        )

        if not isinstance(name, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(name, "mechanic_integrations.car_url", "name")
        if not isinstance(car_id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(car_id, "mechanic_integrations.car_url", "car_id")
        kwargs = _get_kwargs(
            name=name,
            car_id=car_id,
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

    def build_offer(
        self,
        name: str,
        *,
        job_id: int,
        remote_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[OfferResult]:
        """``mechanic_integrations.build_offer()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``mechanic_integrations.build_offer()`` returns.
        """
        from .api.mechanic_integrations.create_mechanic_integration_offer import (
            OPERATION,
            _get_kwargs,
            _parse_success,
        )
        from .models import OfferRequest

        if not isinstance(name, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(name, "mechanic_integrations.build_offer", "name")
        body = OfferRequest(
            job_id=job_id,
            remote_id=remote_id,
        )
        try:
            kwargs = _get_kwargs(
                name=name,
                body=body,
            )
        except AttributeError as exc:
            # A field of the body holds a dict where a model is due, or a str for an enum.
            from ._runtime._arguments import nested_type_error

            raise nested_type_error(exc, "mechanic_integrations.build_offer", "") from None
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


class TokensWithRawResponse(SyncAPIResource):
    """``client.tokens.with_raw_response``: each method answers an ``APIResponse``."""

    def create(
        self,
        *,
        email: str,
        password: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[TokenResponse]:
        """``tokens.create()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``tokens.create()`` returns.
        """
        from .api.tokens.create_token import OPERATION, _get_kwargs, _parse_success
        from .models import TokenRequest

        body = TokenRequest(
            email=email,
            password=password,
        )
        try:
            kwargs = _get_kwargs(
                body=body,
            )
        except AttributeError as exc:
            # A field of the body holds a dict where a model is due, or a str for an enum.
            from ._runtime._arguments import nested_type_error

            raise nested_type_error(exc, "tokens.create", "") from None
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


class AsyncMechanicIntegrationsWithRawResponse(AsyncAPIResource):
    """``client.mechanic_integrations.with_raw_response``: each method answers an ``APIResponse``."""

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[MechanicIntegrationList]:
        """``mechanic_integrations.list()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``mechanic_integrations.list()`` returns.
        """
        from .api.mechanic_integrations.list_mechanic_integrations import (
            OPERATION,
            _get_kwargs,
            _parse_success,
        )

        kwargs = _get_kwargs()
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

    async def update(
        self,
        name: str,
        fields: IntegrationUpdate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[IntegrationUpdateResult]:
        """``mechanic_integrations.update()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``mechanic_integrations.update()`` returns.
        """
        from ._validation import parse_update_result
        from .api.mechanic_integrations.update_mechanic_integration import OPERATION, _get_kwargs
        from .models import IntegrationUpdate

        if not isinstance(name, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(name, "mechanic_integrations.update", "name")
        if not isinstance(fields, IntegrationUpdate):
            from ._runtime._arguments import model_body

            fields = model_body(IntegrationUpdate, fields, "mechanic_integrations.update", "fields")
        try:
            kwargs = _get_kwargs(
                name=name,
                body=fields,
            )
        except AttributeError as exc:
            # A field of the body holds a dict where a model is due, or a str for an enum.
            from ._runtime._arguments import nested_type_error

            raise nested_type_error(exc, "mechanic_integrations.update", "fields") from None
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
            parse=parse_update_result,
            options=options,
        )

    async def deactivate(
        self,
        name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[DeactivationResult]:
        """``mechanic_integrations.deactivate()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``mechanic_integrations.deactivate()`` returns.
        """
        from .api.mechanic_integrations.deactivate_mechanic_integration import (
            OPERATION,
            _get_kwargs,
            _parse_success,
        )

        if not isinstance(name, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(name, "mechanic_integrations.deactivate", "name")
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

    async def job_url(
        self,
        name: str,
        job_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[IntegrationUrl]:
        """``mechanic_integrations.job_url()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``mechanic_integrations.job_url()`` returns.
        """
        from .api.mechanic_integrations.get_mechanic_integration_job_url import (
            OPERATION,
            _get_kwargs,
            _parse_success,
        )

        if not isinstance(name, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(name, "mechanic_integrations.job_url", "name")
        if not isinstance(job_id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(job_id, "mechanic_integrations.job_url", "job_id")
        kwargs = _get_kwargs(
            name=name,
            job_id=job_id,
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

    async def car_url(
        self,
        name: str,
        car_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[IntegrationUrl]:
        """``mechanic_integrations.car_url()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``mechanic_integrations.car_url()`` returns.
        """
        from .api.mechanic_integrations.get_mechanic_integration_car_url import (
            OPERATION,
            _get_kwargs,
            _parse_success,
        )

        if not isinstance(name, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(name, "mechanic_integrations.car_url", "name")
        if not isinstance(car_id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(car_id, "mechanic_integrations.car_url", "car_id")
        kwargs = _get_kwargs(
            name=name,
            car_id=car_id,
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

    async def build_offer(
        self,
        name: str,
        *,
        job_id: int,
        remote_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[OfferResult]:
        """``mechanic_integrations.build_offer()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``mechanic_integrations.build_offer()`` returns.
        """
        from .api.mechanic_integrations.create_mechanic_integration_offer import (
            OPERATION,
            _get_kwargs,
            _parse_success,
        )
        from .models import OfferRequest

        if not isinstance(name, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(name, "mechanic_integrations.build_offer", "name")
        body = OfferRequest(
            job_id=job_id,
            remote_id=remote_id,
        )
        try:
            kwargs = _get_kwargs(
                name=name,
                body=body,
            )
        except AttributeError as exc:
            # A field of the body holds a dict where a model is due, or a str for an enum.
            from ._runtime._arguments import nested_type_error

            raise nested_type_error(exc, "mechanic_integrations.build_offer", "") from None
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


class AsyncTokensWithRawResponse(AsyncAPIResource):
    """``client.tokens.with_raw_response``: each method answers an ``APIResponse``."""

    async def create(
        self,
        *,
        email: str,
        password: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[TokenResponse]:
        """``tokens.create()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``tokens.create()`` returns.
        """
        from .api.tokens.create_token import OPERATION, _get_kwargs, _parse_success
        from .models import TokenRequest

        body = TokenRequest(
            email=email,
            password=password,
        )
        try:
            kwargs = _get_kwargs(
                body=body,
            )
        except AttributeError as exc:
            # A field of the body holds a dict where a model is due, or a str for an enum.
            from ._runtime._arguments import nested_type_error

            raise nested_type_error(exc, "tokens.create", "") from None
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
    "AsyncMechanicIntegrationsWithRawResponse",
    "AsyncTokensWithRawResponse",
    "MechanicIntegrationsWithRawResponse",
    "TokensWithRawResponse",
]
