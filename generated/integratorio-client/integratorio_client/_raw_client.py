# Generated from specs/integratorio.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/integratorio/ or generator/ and run `make generate`.
"""The raw twins of the resource methods of ``_client``: ``client.<resource>.with_raw_response``.

Each method takes the same arguments as its twin and builds the same request (both are rendered
from one template macro), but answers an ``APIResponse``: the status, headers and request of the
answer, and ``parse()`` for what the plain method returns. A list method's twin sends the request
of the first page only and answers it. Imported on the first ``with_raw_response``, so that
``import integratorio_client`` does not pay for classes most programs never use.
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


class IntegrationsWithRawResponse(SyncAPIResource):
    """``client.integrations.with_raw_response``: each method answers an ``APIResponse``."""

    def list(
        self,
        *,
        limit: int | None = None,
        skip: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[builtins.list[Integration]]:
        """``integrations.list()``, answering the response itself: status, headers and request.

        Sends the request of the first page only; ``parse()`` gives that page as the operation
        answers it.
        """
        from .api.integrations.list_integrations import OPERATION, _get_kwargs, _parse_success

        kwargs = _get_kwargs(
            limit=UNSET if limit is None else limit,
            skip=UNSET if skip is None else skip,
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

    def get(
        self,
        id: str,
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
        from .api.integrations.get_integration import OPERATION, _get_kwargs, _parse_success

        if not isinstance(id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(id, "integrations.get", "id")
        kwargs = _get_kwargs(
            id=id,
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

    def create(
        self,
        integration: Integration | Mapping[str, Any],
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
        from .api.integrations.create_integration import OPERATION, _get_kwargs, _parse_success
        from .models import Integration

        if not isinstance(integration, Integration):
            from ._runtime._arguments import model_body

            integration = model_body(Integration, integration, "integrations.create", "integration")
        try:
            kwargs = _get_kwargs(
                body=integration,
            )
        except AttributeError as exc:
            # A field of the body holds a dict where a model is due, or a str for an enum.
            from ._runtime._arguments import nested_type_error

            raise nested_type_error(exc, "integrations.create", "integration") from None
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
        id: str,
        integration: Integration | Mapping[str, Any],
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
        from .api.integrations.update_integration import OPERATION, _get_kwargs, _parse_success
        from .models import Integration

        if not isinstance(id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(id, "integrations.update", "id")
        if not isinstance(integration, Integration):
            from ._runtime._arguments import model_body

            integration = model_body(Integration, integration, "integrations.update", "integration")
        try:
            kwargs = _get_kwargs(
                id=id,
                body=integration,
            )
        except AttributeError as exc:
            # A field of the body holds a dict where a model is due, or a str for an enum.
            from ._runtime._arguments import nested_type_error

            raise nested_type_error(exc, "integrations.update", "integration") from None
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
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[None]:
        """``integrations.delete()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``integrations.delete()`` returns.
        """
        from .api.integrations.delete_integration import OPERATION, _get_kwargs, _parse_success

        if not isinstance(id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(id, "integrations.delete", "id")
        kwargs = _get_kwargs(
            id=id,
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

    def clone(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[Integration]:
        """``integrations.clone()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``integrations.clone()`` returns.
        """
        from .api.integrations.clone_integration import OPERATION, _get_kwargs, _parse_success

        if not isinstance(id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(id, "integrations.clone", "id")
        kwargs = _get_kwargs(
            id=id,
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


class ConnectorsLicensesWithRawResponse(SyncAPIResource):
    """``client.connectors.licenses.with_raw_response``: each method answers an ``APIResponse``."""

    def list(
        self,
        id: str,
        *,
        limit: int | None = None,
        skip: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[builtins.list[License]]:
        """``connectors.licenses.list()``, answering the response itself: status, headers and request.

        Sends the request of the first page only; ``parse()`` gives that page as the operation
        answers it.
        """
        from .api.licenses.list_connector_licenses import OPERATION, _get_kwargs, _parse_success

        if not isinstance(id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(id, "connectors.licenses.list", "id")
        kwargs = _get_kwargs(
            id=id,
            limit=UNSET if limit is None else limit,
            skip=UNSET if skip is None else skip,
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
        id: str,
        license: LicenseCreate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[License]:
        """``connectors.licenses.create()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``connectors.licenses.create()`` returns.
        """
        from .api.licenses.create_connector_license import OPERATION, _get_kwargs, _parse_success
        from .models import LicenseCreate

        if not isinstance(id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(id, "connectors.licenses.create", "id")
        if not isinstance(license, LicenseCreate):
            from ._runtime._arguments import model_body

            license = model_body(LicenseCreate, license, "connectors.licenses.create", "license")
        try:
            kwargs = _get_kwargs(
                id=id,
                body=license,
            )
        except AttributeError as exc:
            # A field of the body holds a dict where a model is due, or a str for an enum.
            from ._runtime._arguments import nested_type_error

            raise nested_type_error(exc, "connectors.licenses.create", "license") from None
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
        id: str,
        id_of_license: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[License]:
        """``connectors.licenses.get()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``connectors.licenses.get()`` returns.
        """
        from .api.licenses.get_connector_license import OPERATION, _get_kwargs, _parse_success

        if not isinstance(id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(id, "connectors.licenses.get", "id")
        if not isinstance(id_of_license, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(id_of_license, "connectors.licenses.get", "id_of_license")
        kwargs = _get_kwargs(
            id=id,
            id_of_license=id_of_license,
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

    def update(
        self,
        id: str,
        id_of_license: str,
        license: LicenseUpdate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[License]:
        """``connectors.licenses.update()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``connectors.licenses.update()`` returns.
        """
        from .api.licenses.update_connector_license import OPERATION, _get_kwargs, _parse_success
        from .models import LicenseUpdate

        if not isinstance(id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(id, "connectors.licenses.update", "id")
        if not isinstance(id_of_license, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(id_of_license, "connectors.licenses.update", "id_of_license")
        if not isinstance(license, LicenseUpdate):
            from ._runtime._arguments import model_body

            license = model_body(LicenseUpdate, license, "connectors.licenses.update", "license")
        try:
            kwargs = _get_kwargs(
                id=id,
                id_of_license=id_of_license,
                body=license,
            )
        except AttributeError as exc:
            # A field of the body holds a dict where a model is due, or a str for an enum.
            from ._runtime._arguments import nested_type_error

            raise nested_type_error(exc, "connectors.licenses.update", "license") from None
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
        id: str,
        id_of_license: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[None]:
        """``connectors.licenses.delete()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``connectors.licenses.delete()`` returns.
        """
        from .api.licenses.delete_connector_license import OPERATION, _get_kwargs, _parse_success

        if not isinstance(id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(id, "connectors.licenses.delete", "id")
        if not isinstance(id_of_license, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(id_of_license, "connectors.licenses.delete", "id_of_license")
        kwargs = _get_kwargs(
            id=id,
            id_of_license=id_of_license,
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


class ConnectorsWithRawResponse(SyncAPIResource):
    """``client.connectors.with_raw_response``: each method answers an ``APIResponse``."""

    @property
    def licenses(self) -> ConnectorsLicensesWithRawResponse:
        """``client.connectors.with_raw_response.licenses``."""
        return ConnectorsLicensesWithRawResponse(self._client)

    def list(
        self,
        *,
        limit: int | None = None,
        skip: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[builtins.list[Connector]]:
        """``connectors.list()``, answering the response itself: status, headers and request.

        Sends the request of the first page only; ``parse()`` gives that page as the operation
        answers it.
        """
        from .api.connectors.list_connectors import OPERATION, _get_kwargs, _parse_success

        kwargs = _get_kwargs(
            limit=UNSET if limit is None else limit,
            skip=UNSET if skip is None else skip,
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

    def get(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[Connector]:
        """``connectors.get()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``connectors.get()`` returns.
        """
        from .api.connectors.get_connector import OPERATION, _get_kwargs, _parse_success

        if not isinstance(id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(id, "connectors.get", "id")
        kwargs = _get_kwargs(
            id=id,
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

    def create(
        self,
        connector: ConnectorCreate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[Connector]:
        """``connectors.create()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``connectors.create()`` returns.
        """
        from .api.connectors.create_connector import OPERATION, _get_kwargs, _parse_success
        from .models import ConnectorCreate

        if not isinstance(connector, ConnectorCreate):
            from ._runtime._arguments import model_body

            connector = model_body(ConnectorCreate, connector, "connectors.create", "connector")
        try:
            kwargs = _get_kwargs(
                body=connector,
            )
        except AttributeError as exc:
            # A field of the body holds a dict where a model is due, or a str for an enum.
            from ._runtime._arguments import nested_type_error

            raise nested_type_error(exc, "connectors.create", "connector") from None
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
        id: str,
        connector: Connector | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[Connector]:
        """``connectors.update()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``connectors.update()`` returns.
        """
        from .api.connectors.update_connector import OPERATION, _get_kwargs, _parse_success
        from .models import Connector

        if not isinstance(id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(id, "connectors.update", "id")
        if not isinstance(connector, Connector):
            from ._runtime._arguments import model_body

            connector = model_body(Connector, connector, "connectors.update", "connector")
        try:
            kwargs = _get_kwargs(
                id=id,
                body=connector,
            )
        except AttributeError as exc:
            # A field of the body holds a dict where a model is due, or a str for an enum.
            from ._runtime._arguments import nested_type_error

            raise nested_type_error(exc, "connectors.update", "connector") from None
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
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[None]:
        """``connectors.delete()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``connectors.delete()`` returns.
        """
        from .api.connectors.delete_connector import OPERATION, _get_kwargs, _parse_success

        if not isinstance(id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(id, "connectors.delete", "id")
        kwargs = _get_kwargs(
            id=id,
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

    def install_base(
        self,
        id: str,
        *,
        limit: int | None = None,
        skip: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[builtins.list[InstallBaseEntry]]:
        """``connectors.install_base()``, answering the response itself: status, headers and request.

        Sends the request of the first page only; ``parse()`` gives that page as the operation
        answers it.
        """
        from .api.connectors.get_connector_install_base import (
            OPERATION,
            _get_kwargs,
            _parse_success,
        )

        if not isinstance(id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(id, "connectors.install_base", "id")
        kwargs = _get_kwargs(
            id=id,
            limit=UNSET if limit is None else limit,
            skip=UNSET if skip is None else skip,
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

    def push_update(
        self,
        id: str,
        body: ConnectorUpdateRequest | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[None]:
        """``connectors.push_update()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``connectors.push_update()`` returns.
        """
        from .api.connectors.push_connector_update import OPERATION, _get_kwargs, _parse_success
        from .models import ConnectorUpdateRequest

        if not isinstance(id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(id, "connectors.push_update", "id")
        if not isinstance(body, ConnectorUpdateRequest):
            from ._runtime._arguments import model_body

            body = model_body(ConnectorUpdateRequest, body, "connectors.push_update", "body")
        try:
            kwargs = _get_kwargs(
                id=id,
                body=body,
            )
        except AttributeError as exc:
            # A field of the body holds a dict where a model is due, or a str for an enum.
            from ._runtime._arguments import nested_type_error

            raise nested_type_error(exc, "connectors.push_update", "body") from None
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


class AsyncIntegrationsWithRawResponse(AsyncAPIResource):
    """``client.integrations.with_raw_response``: each method answers an ``APIResponse``."""

    async def list(
        self,
        *,
        limit: int | None = None,
        skip: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[builtins.list[Integration]]:
        """``integrations.list()``, answering the response itself: status, headers and request.

        Sends the request of the first page only; ``parse()`` gives that page as the operation
        answers it.
        """
        from .api.integrations.list_integrations import OPERATION, _get_kwargs, _parse_success

        kwargs = _get_kwargs(
            limit=UNSET if limit is None else limit,
            skip=UNSET if skip is None else skip,
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

    async def get(
        self,
        id: str,
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
        from .api.integrations.get_integration import OPERATION, _get_kwargs, _parse_success

        if not isinstance(id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(id, "integrations.get", "id")
        kwargs = _get_kwargs(
            id=id,
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

    async def create(
        self,
        integration: Integration | Mapping[str, Any],
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
        from .api.integrations.create_integration import OPERATION, _get_kwargs, _parse_success
        from .models import Integration

        if not isinstance(integration, Integration):
            from ._runtime._arguments import model_body

            integration = model_body(Integration, integration, "integrations.create", "integration")
        try:
            kwargs = _get_kwargs(
                body=integration,
            )
        except AttributeError as exc:
            # A field of the body holds a dict where a model is due, or a str for an enum.
            from ._runtime._arguments import nested_type_error

            raise nested_type_error(exc, "integrations.create", "integration") from None
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
        id: str,
        integration: Integration | Mapping[str, Any],
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
        from .api.integrations.update_integration import OPERATION, _get_kwargs, _parse_success
        from .models import Integration

        if not isinstance(id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(id, "integrations.update", "id")
        if not isinstance(integration, Integration):
            from ._runtime._arguments import model_body

            integration = model_body(Integration, integration, "integrations.update", "integration")
        try:
            kwargs = _get_kwargs(
                id=id,
                body=integration,
            )
        except AttributeError as exc:
            # A field of the body holds a dict where a model is due, or a str for an enum.
            from ._runtime._arguments import nested_type_error

            raise nested_type_error(exc, "integrations.update", "integration") from None
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
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[None]:
        """``integrations.delete()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``integrations.delete()`` returns.
        """
        from .api.integrations.delete_integration import OPERATION, _get_kwargs, _parse_success

        if not isinstance(id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(id, "integrations.delete", "id")
        kwargs = _get_kwargs(
            id=id,
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

    async def clone(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[Integration]:
        """``integrations.clone()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``integrations.clone()`` returns.
        """
        from .api.integrations.clone_integration import OPERATION, _get_kwargs, _parse_success

        if not isinstance(id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(id, "integrations.clone", "id")
        kwargs = _get_kwargs(
            id=id,
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


class AsyncConnectorsLicensesWithRawResponse(AsyncAPIResource):
    """``client.connectors.licenses.with_raw_response``: each method answers an ``APIResponse``."""

    async def list(
        self,
        id: str,
        *,
        limit: int | None = None,
        skip: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[builtins.list[License]]:
        """``connectors.licenses.list()``, answering the response itself: status, headers and request.

        Sends the request of the first page only; ``parse()`` gives that page as the operation
        answers it.
        """
        from .api.licenses.list_connector_licenses import OPERATION, _get_kwargs, _parse_success

        if not isinstance(id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(id, "connectors.licenses.list", "id")
        kwargs = _get_kwargs(
            id=id,
            limit=UNSET if limit is None else limit,
            skip=UNSET if skip is None else skip,
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
        id: str,
        license: LicenseCreate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[License]:
        """``connectors.licenses.create()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``connectors.licenses.create()`` returns.
        """
        from .api.licenses.create_connector_license import OPERATION, _get_kwargs, _parse_success
        from .models import LicenseCreate

        if not isinstance(id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(id, "connectors.licenses.create", "id")
        if not isinstance(license, LicenseCreate):
            from ._runtime._arguments import model_body

            license = model_body(LicenseCreate, license, "connectors.licenses.create", "license")
        try:
            kwargs = _get_kwargs(
                id=id,
                body=license,
            )
        except AttributeError as exc:
            # A field of the body holds a dict where a model is due, or a str for an enum.
            from ._runtime._arguments import nested_type_error

            raise nested_type_error(exc, "connectors.licenses.create", "license") from None
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
        id: str,
        id_of_license: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[License]:
        """``connectors.licenses.get()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``connectors.licenses.get()`` returns.
        """
        from .api.licenses.get_connector_license import OPERATION, _get_kwargs, _parse_success

        if not isinstance(id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(id, "connectors.licenses.get", "id")
        if not isinstance(id_of_license, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(id_of_license, "connectors.licenses.get", "id_of_license")
        kwargs = _get_kwargs(
            id=id,
            id_of_license=id_of_license,
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

    async def update(
        self,
        id: str,
        id_of_license: str,
        license: LicenseUpdate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[License]:
        """``connectors.licenses.update()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``connectors.licenses.update()`` returns.
        """
        from .api.licenses.update_connector_license import OPERATION, _get_kwargs, _parse_success
        from .models import LicenseUpdate

        if not isinstance(id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(id, "connectors.licenses.update", "id")
        if not isinstance(id_of_license, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(id_of_license, "connectors.licenses.update", "id_of_license")
        if not isinstance(license, LicenseUpdate):
            from ._runtime._arguments import model_body

            license = model_body(LicenseUpdate, license, "connectors.licenses.update", "license")
        try:
            kwargs = _get_kwargs(
                id=id,
                id_of_license=id_of_license,
                body=license,
            )
        except AttributeError as exc:
            # A field of the body holds a dict where a model is due, or a str for an enum.
            from ._runtime._arguments import nested_type_error

            raise nested_type_error(exc, "connectors.licenses.update", "license") from None
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
        id: str,
        id_of_license: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[None]:
        """``connectors.licenses.delete()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``connectors.licenses.delete()`` returns.
        """
        from .api.licenses.delete_connector_license import OPERATION, _get_kwargs, _parse_success

        if not isinstance(id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(id, "connectors.licenses.delete", "id")
        if not isinstance(id_of_license, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(id_of_license, "connectors.licenses.delete", "id_of_license")
        kwargs = _get_kwargs(
            id=id,
            id_of_license=id_of_license,
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


class AsyncConnectorsWithRawResponse(AsyncAPIResource):
    """``client.connectors.with_raw_response``: each method answers an ``APIResponse``."""

    @property
    def licenses(self) -> AsyncConnectorsLicensesWithRawResponse:
        """``client.connectors.with_raw_response.licenses``."""
        return AsyncConnectorsLicensesWithRawResponse(self._client)

    async def list(
        self,
        *,
        limit: int | None = None,
        skip: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[builtins.list[Connector]]:
        """``connectors.list()``, answering the response itself: status, headers and request.

        Sends the request of the first page only; ``parse()`` gives that page as the operation
        answers it.
        """
        from .api.connectors.list_connectors import OPERATION, _get_kwargs, _parse_success

        kwargs = _get_kwargs(
            limit=UNSET if limit is None else limit,
            skip=UNSET if skip is None else skip,
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

    async def get(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[Connector]:
        """``connectors.get()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``connectors.get()`` returns.
        """
        from .api.connectors.get_connector import OPERATION, _get_kwargs, _parse_success

        if not isinstance(id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(id, "connectors.get", "id")
        kwargs = _get_kwargs(
            id=id,
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

    async def create(
        self,
        connector: ConnectorCreate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[Connector]:
        """``connectors.create()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``connectors.create()`` returns.
        """
        from .api.connectors.create_connector import OPERATION, _get_kwargs, _parse_success
        from .models import ConnectorCreate

        if not isinstance(connector, ConnectorCreate):
            from ._runtime._arguments import model_body

            connector = model_body(ConnectorCreate, connector, "connectors.create", "connector")
        try:
            kwargs = _get_kwargs(
                body=connector,
            )
        except AttributeError as exc:
            # A field of the body holds a dict where a model is due, or a str for an enum.
            from ._runtime._arguments import nested_type_error

            raise nested_type_error(exc, "connectors.create", "connector") from None
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
        id: str,
        connector: Connector | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[Connector]:
        """``connectors.update()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``connectors.update()`` returns.
        """
        from .api.connectors.update_connector import OPERATION, _get_kwargs, _parse_success
        from .models import Connector

        if not isinstance(id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(id, "connectors.update", "id")
        if not isinstance(connector, Connector):
            from ._runtime._arguments import model_body

            connector = model_body(Connector, connector, "connectors.update", "connector")
        try:
            kwargs = _get_kwargs(
                id=id,
                body=connector,
            )
        except AttributeError as exc:
            # A field of the body holds a dict where a model is due, or a str for an enum.
            from ._runtime._arguments import nested_type_error

            raise nested_type_error(exc, "connectors.update", "connector") from None
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
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[None]:
        """``connectors.delete()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``connectors.delete()`` returns.
        """
        from .api.connectors.delete_connector import OPERATION, _get_kwargs, _parse_success

        if not isinstance(id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(id, "connectors.delete", "id")
        kwargs = _get_kwargs(
            id=id,
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

    async def install_base(
        self,
        id: str,
        *,
        limit: int | None = None,
        skip: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[builtins.list[InstallBaseEntry]]:
        """``connectors.install_base()``, answering the response itself: status, headers and request.

        Sends the request of the first page only; ``parse()`` gives that page as the operation
        answers it.
        """
        from .api.connectors.get_connector_install_base import (
            OPERATION,
            _get_kwargs,
            _parse_success,
        )

        if not isinstance(id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(id, "connectors.install_base", "id")
        kwargs = _get_kwargs(
            id=id,
            limit=UNSET if limit is None else limit,
            skip=UNSET if skip is None else skip,
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

    async def push_update(
        self,
        id: str,
        body: ConnectorUpdateRequest | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[None]:
        """``connectors.push_update()``, answering the response itself: status, headers and request.

        ``parse()`` gives what ``connectors.push_update()`` returns.
        """
        from .api.connectors.push_connector_update import OPERATION, _get_kwargs, _parse_success
        from .models import ConnectorUpdateRequest

        if not isinstance(id, str):
            from ._runtime._arguments import check_path_argument

            check_path_argument(id, "connectors.push_update", "id")
        if not isinstance(body, ConnectorUpdateRequest):
            from ._runtime._arguments import model_body

            body = model_body(ConnectorUpdateRequest, body, "connectors.push_update", "body")
        try:
            kwargs = _get_kwargs(
                id=id,
                body=body,
            )
        except AttributeError as exc:
            # A field of the body holds a dict where a model is due, or a str for an enum.
            from ._runtime._arguments import nested_type_error

            raise nested_type_error(exc, "connectors.push_update", "body") from None
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
    "AsyncConnectorsWithRawResponse",
    "AsyncConnectorsLicensesWithRawResponse",
    "AsyncIntegrationsWithRawResponse",
    "ConnectorsWithRawResponse",
    "ConnectorsLicensesWithRawResponse",
    "IntegrationsWithRawResponse",
]
