# Generated from specs/integratorio.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/integratorio/ or generator/ and run `make generate`.
"""``IntegratorClient`` and ``AsyncIntegratorClient``: resource clients for the Celigo integrator.io API.

Each method builds its request with its operation module's ``_get_kwargs`` and sends it through
the shared runtime (timeouts, retries, auth, rate limit, logging, typed errors), the package's
only way to send (tests/clients/test_one_request_path.py).

A method imports its operation's module (and so its models) on its first call, not with this
module: ``import integratorio_client`` then loads only the clients and the runtime, whatever the
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
    api_name="integrator.io",
    package="integratorio_client",
    env_prefix="INTEGRATORIO",
    default_base_url="https://api.integrator.io/v1",
    auth_scheme="bearer",
    user_agent="integratorio-client/1.1.0",
    default_rate_limit=RateLimit(capacity=1000, rate_per_second=300),
    sensitive_fields=frozenset([]),
    idempotent_methods=frozenset(["DELETE", "GET", "HEAD", "OPTIONS", "PUT"]),
    regions={
        "us": "https://api.integrator.io/v1",
        "eu": "https://api.eu.integrator.io/v1",
    },
)


class Integrations(SyncAPIResource):
    """``client.integrations``: list, get, create, update, delete, clone."""

    @property
    def with_raw_response(self) -> IntegrationsWithRawResponse:
        """These methods with the same arguments, each answering the response itself (status,
        headers, request); ``parse()`` on it gives what the method returns."""
        from ._raw_client import IntegrationsWithRawResponse

        return IntegrationsWithRawResponse(self._client)

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
    ) -> SyncPager[Integration]:
        """List integrations

        Answers the account's integrations, one page of at most 1,000 at a time. When more
        exist, the `Link` header's `rel="next"` URL fetches the next page.

        Returns a pager; nothing is sent until it is iterated.
        Iterating yields every record of every page, fetching a page only when the one before
        it is consumed; ``.pages()`` yields the pages with their response headers.

        Operation ``listIntegrations``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return self._client.paginate_kwargs(
            OPERATION,
            kwargs,
            parse=_parse_success,
            paging=LinkPaging(),
            options=options,
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
    ) -> Integration:
        """Get an integration

        Answers one integration. SmartConnector installs carry extra fields (`_connectorId`,
        `install`, `mode`, `settings`, `version`, `updateInProgress`).

        Operation ``getIntegration``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return self._client.send_kwargs(
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
    ) -> Integration:
        """Create an integration

        Creates an integration from the fields sent and answers it with its new `_id`.

        Operation ``createIntegration``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return self._client.send_kwargs(
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
    ) -> Integration:
        """Replace an integration

        Replaces the integration with the body. Fields left out are dropped, so send the whole
        resource as read, with your changes applied.

        Operation ``updateIntegration``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return self._client.send_kwargs(
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
    ) -> None:
        """Delete an integration

        Deletes the integration.

        Operation ``deleteIntegration``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return self._client.send_kwargs(
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
    ) -> Integration:
        """Clone an integration

        Makes a copy of the integration and answers the copy. The page documents no request
        body for this call.

        Operation ``cloneIntegration``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return self._client.send_kwargs(
            OPERATION,
            kwargs,
            parse=_parse_success,
            options=options,
        )


class ConnectorsLicenses(SyncAPIResource):
    """``client.connectors.licenses``: list, create, get, update, delete."""

    @property
    def with_raw_response(self) -> ConnectorsLicensesWithRawResponse:
        """These methods with the same arguments, each answering the response itself (status,
        headers, request); ``parse()`` on it gives what the method returns."""
        from ._raw_client import ConnectorsLicensesWithRawResponse

        return ConnectorsLicensesWithRawResponse(self._client)

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
    ) -> SyncPager[License]:
        """List a connector's licenses

        Answers the licenses issued for the connector, one page of at most 1,000 at a time.
        When more exist, the `Link` header's `rel="next"` URL fetches the next page.

        Returns a pager; nothing is sent until it is iterated.
        Iterating yields every record of every page, fetching a page only when the one before
        it is consumed; ``.pages()`` yields the pages with their response headers.

        Operation ``listConnectorLicenses``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return self._client.paginate_kwargs(
            OPERATION,
            kwargs,
            parse=_parse_success,
            paging=LinkPaging(),
            options=options,
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
    ) -> License:
        """Create a license

        Issues a license for the connector to the integrator.io user with the given e-mail
        address. The server looks the user up by e-mail; the answer shows that user under `user`
        (only the e-mail until the user installs the connector).

        Operation ``createConnectorLicense``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return self._client.send_kwargs(
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
    ) -> License:
        """Get a license

        Answers one license of the connector.

        Operation ``getConnectorLicense``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return self._client.send_kwargs(
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
    ) -> License:
        """Update a license

        Changes a license, e.g. its expiry or its editions. Unlike creation, no e-mail address
        is needed.

        Operation ``updateConnectorLicense``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return self._client.send_kwargs(
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
    ) -> None:
        """Delete a license

        Deletes the license.

        Operation ``deleteConnectorLicense``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return self._client.send_kwargs(
            OPERATION,
            kwargs,
            parse=_parse_success,
            options=options,
        )


class Connectors(SyncAPIResource):
    """``client.connectors``: list, get, create, update, delete, install_base, push_update."""

    @property
    def with_raw_response(self) -> ConnectorsWithRawResponse:
        """These methods with the same arguments, each answering the response itself (status,
        headers, request); ``parse()`` on it gives what the method returns."""
        from ._raw_client import ConnectorsWithRawResponse

        return ConnectorsWithRawResponse(self._client)

    @property
    def licenses(self) -> ConnectorsLicenses:
        """``client.connectors.licenses``."""
        # A property, not an attribute: a client copy from with_options() rebinds only the
        # top-level resources, and this way nested ones always follow their parent's client.
        return ConnectorsLicenses(self._client)

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
    ) -> SyncPager[Connector]:
        """List connectors

        Answers the SmartConnectors published from the account, one page of at most 1,000 at a
        time. When more exist, the `Link` header's `rel="next"` URL fetches the next page.

        Returns a pager; nothing is sent until it is iterated.
        Iterating yields every record of every page, fetching a page only when the one before
        it is consumed; ``.pages()`` yields the pages with their response headers.

        Operation ``listConnectors``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return self._client.paginate_kwargs(
            OPERATION,
            kwargs,
            parse=_parse_success,
            paging=LinkPaging(),
            options=options,
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
    ) -> Connector:
        """Get a connector

        Answers one SmartConnector.

        Operation ``getConnector``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return self._client.send_kwargs(
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
    ) -> Connector:
        """Create a connector

        Creates a SmartConnector from the fields sent; `name` is required. The server generates
        the `handle`.

        Operation ``createConnector``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return self._client.send_kwargs(
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
    ) -> Connector:
        """Replace a connector

        Replaces the connector with the body. Fields left out are dropped, so send the whole
        resource as read, with your changes applied.

        Operation ``updateConnector``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return self._client.send_kwargs(
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
    ) -> None:
        """Delete a connector

        Deletes the connector.

        Operation ``deleteConnector``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return self._client.send_kwargs(
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
    ) -> SyncPager[InstallBaseEntry]:
        """Get a connector's install base

        Answers the installs of the connector in users' accounts, at most 1,000 per answer;
        when more exist, the `Link` header's `rel="next"` URL fetches the next page.

        Returns a pager; nothing is sent until it is iterated.
        Iterating yields every record of every page, fetching a page only when the one before
        it is consumed; ``.pages()`` yields the pages with their response headers.

        Operation ``getConnectorInstallBase``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return self._client.paginate_kwargs(
            OPERATION,
            kwargs,
            parse=_parse_success,
            paging=LinkPaging(),
            options=options,
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
    ) -> None:
        """Push an update to installs

        Pushes a managed update of the connector to the integrations listed in
        `_integrationIds`. Each of them gets `updateInProgress: true` until the update is done.
        The page documents no response body.

        Operation ``pushConnectorUpdate``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return self._client.send_kwargs(
            OPERATION,
            kwargs,
            parse=_parse_success,
            options=options,
        )


class IntegratorClient(SyncAPIClient):
    """Synchronous client for the Celigo integrator.io API.

    Arguments fall back to the environment: ``token`` to ``INTEGRATORIO_TOKEN`` and
    ``base_url`` to ``INTEGRATORIO_BASE_URL`` (default ``https://api.integrator.io/v1``).
    ``region`` (``'us'``, ``'eu'``) picks the
    server of the account's region instead; it falls back to ``INTEGRATORIO_REGION``.
    ``default_headers`` and ``default_query`` are sent with every call (a call's own arguments
    and ``extra_*`` win); the ``Authorization`` and ``User-Agent`` headers are not among them.
    """

    integrations: Integrations
    connectors: Connectors

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
        self.integrations = Integrations(self)
        self.connectors = Connectors(self)


class AsyncIntegrations(AsyncAPIResource):
    """``client.integrations``: list, get, create, update, delete, clone."""

    @property
    def with_raw_response(self) -> AsyncIntegrationsWithRawResponse:
        """These methods with the same arguments, each answering the response itself (status,
        headers, request); ``parse()`` on it gives what the method returns."""
        from ._raw_client import AsyncIntegrationsWithRawResponse

        return AsyncIntegrationsWithRawResponse(self._client)

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
    ) -> AsyncPager[Integration]:
        """List integrations

        Answers the account's integrations, one page of at most 1,000 at a time. When more
        exist, the `Link` header's `rel="next"` URL fetches the next page.

        Returns a pager; nothing is sent until it is iterated (``async for``, no ``await``).
        Iterating yields every record of every page, fetching a page only when the one before
        it is consumed; ``.pages()`` yields the pages with their response headers.

        Operation ``listIntegrations``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return self._client.paginate_kwargs(
            OPERATION,
            kwargs,
            parse=_parse_success,
            paging=LinkPaging(),
            options=options,
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
    ) -> Integration:
        """Get an integration

        Answers one integration. SmartConnector installs carry extra fields (`_connectorId`,
        `install`, `mode`, `settings`, `version`, `updateInProgress`).

        Operation ``getIntegration``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return await self._client.send_kwargs(
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
    ) -> Integration:
        """Create an integration

        Creates an integration from the fields sent and answers it with its new `_id`.

        Operation ``createIntegration``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return await self._client.send_kwargs(
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
    ) -> Integration:
        """Replace an integration

        Replaces the integration with the body. Fields left out are dropped, so send the whole
        resource as read, with your changes applied.

        Operation ``updateIntegration``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return await self._client.send_kwargs(
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
    ) -> None:
        """Delete an integration

        Deletes the integration.

        Operation ``deleteIntegration``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return await self._client.send_kwargs(
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
    ) -> Integration:
        """Clone an integration

        Makes a copy of the integration and answers the copy. The page documents no request
        body for this call.

        Operation ``cloneIntegration``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return await self._client.send_kwargs(
            OPERATION,
            kwargs,
            parse=_parse_success,
            options=options,
        )


class AsyncConnectorsLicenses(AsyncAPIResource):
    """``client.connectors.licenses``: list, create, get, update, delete."""

    @property
    def with_raw_response(self) -> AsyncConnectorsLicensesWithRawResponse:
        """These methods with the same arguments, each answering the response itself (status,
        headers, request); ``parse()`` on it gives what the method returns."""
        from ._raw_client import AsyncConnectorsLicensesWithRawResponse

        return AsyncConnectorsLicensesWithRawResponse(self._client)

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
    ) -> AsyncPager[License]:
        """List a connector's licenses

        Answers the licenses issued for the connector, one page of at most 1,000 at a time.
        When more exist, the `Link` header's `rel="next"` URL fetches the next page.

        Returns a pager; nothing is sent until it is iterated (``async for``, no ``await``).
        Iterating yields every record of every page, fetching a page only when the one before
        it is consumed; ``.pages()`` yields the pages with their response headers.

        Operation ``listConnectorLicenses``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return self._client.paginate_kwargs(
            OPERATION,
            kwargs,
            parse=_parse_success,
            paging=LinkPaging(),
            options=options,
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
    ) -> License:
        """Create a license

        Issues a license for the connector to the integrator.io user with the given e-mail
        address. The server looks the user up by e-mail; the answer shows that user under `user`
        (only the e-mail until the user installs the connector).

        Operation ``createConnectorLicense``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return await self._client.send_kwargs(
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
    ) -> License:
        """Get a license

        Answers one license of the connector.

        Operation ``getConnectorLicense``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return await self._client.send_kwargs(
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
    ) -> License:
        """Update a license

        Changes a license, e.g. its expiry or its editions. Unlike creation, no e-mail address
        is needed.

        Operation ``updateConnectorLicense``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return await self._client.send_kwargs(
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
    ) -> None:
        """Delete a license

        Deletes the license.

        Operation ``deleteConnectorLicense``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return await self._client.send_kwargs(
            OPERATION,
            kwargs,
            parse=_parse_success,
            options=options,
        )


class AsyncConnectors(AsyncAPIResource):
    """``client.connectors``: list, get, create, update, delete, install_base, push_update."""

    @property
    def with_raw_response(self) -> AsyncConnectorsWithRawResponse:
        """These methods with the same arguments, each answering the response itself (status,
        headers, request); ``parse()`` on it gives what the method returns."""
        from ._raw_client import AsyncConnectorsWithRawResponse

        return AsyncConnectorsWithRawResponse(self._client)

    @property
    def licenses(self) -> AsyncConnectorsLicenses:
        """``client.connectors.licenses``."""
        # A property, not an attribute: a client copy from with_options() rebinds only the
        # top-level resources, and this way nested ones always follow their parent's client.
        return AsyncConnectorsLicenses(self._client)

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
    ) -> AsyncPager[Connector]:
        """List connectors

        Answers the SmartConnectors published from the account, one page of at most 1,000 at a
        time. When more exist, the `Link` header's `rel="next"` URL fetches the next page.

        Returns a pager; nothing is sent until it is iterated (``async for``, no ``await``).
        Iterating yields every record of every page, fetching a page only when the one before
        it is consumed; ``.pages()`` yields the pages with their response headers.

        Operation ``listConnectors``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return self._client.paginate_kwargs(
            OPERATION,
            kwargs,
            parse=_parse_success,
            paging=LinkPaging(),
            options=options,
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
    ) -> Connector:
        """Get a connector

        Answers one SmartConnector.

        Operation ``getConnector``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return await self._client.send_kwargs(
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
    ) -> Connector:
        """Create a connector

        Creates a SmartConnector from the fields sent; `name` is required. The server generates
        the `handle`.

        Operation ``createConnector``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return await self._client.send_kwargs(
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
    ) -> Connector:
        """Replace a connector

        Replaces the connector with the body. Fields left out are dropped, so send the whole
        resource as read, with your changes applied.

        Operation ``updateConnector``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return await self._client.send_kwargs(
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
    ) -> None:
        """Delete a connector

        Deletes the connector.

        Operation ``deleteConnector``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return await self._client.send_kwargs(
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
    ) -> AsyncPager[InstallBaseEntry]:
        """Get a connector's install base

        Answers the installs of the connector in users' accounts, at most 1,000 per answer;
        when more exist, the `Link` header's `rel="next"` URL fetches the next page.

        Returns a pager; nothing is sent until it is iterated (``async for``, no ``await``).
        Iterating yields every record of every page, fetching a page only when the one before
        it is consumed; ``.pages()`` yields the pages with their response headers.

        Operation ``getConnectorInstallBase``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return self._client.paginate_kwargs(
            OPERATION,
            kwargs,
            parse=_parse_success,
            paging=LinkPaging(),
            options=options,
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
    ) -> None:
        """Push an update to installs

        Pushes a managed update of the connector to the integrations listed in
        `_integrationIds`. Each of them gets `updateInProgress: true` until the update is done.
        The page documents no response body.

        Operation ``pushConnectorUpdate``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return await self._client.send_kwargs(
            OPERATION,
            kwargs,
            parse=_parse_success,
            options=options,
        )


class AsyncIntegratorClient(AsyncAPIClient):
    """Asynchronous client for the Celigo integrator.io API.

    Arguments fall back to the environment: ``token`` to ``INTEGRATORIO_TOKEN`` and
    ``base_url`` to ``INTEGRATORIO_BASE_URL`` (default ``https://api.integrator.io/v1``).
    ``region`` (``'us'``, ``'eu'``) picks the
    server of the account's region instead; it falls back to ``INTEGRATORIO_REGION``.
    ``default_headers`` and ``default_query`` are sent with every call (a call's own arguments
    and ``extra_*`` win); the ``Authorization`` and ``User-Agent`` headers are not among them.
    """

    integrations: AsyncIntegrations
    connectors: AsyncConnectors

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
        self.integrations = AsyncIntegrations(self)
        self.connectors = AsyncConnectors(self)


__all__ = [
    "CONFIG",
    "AsyncConnectors",
    "AsyncConnectorsLicenses",
    "AsyncIntegrations",
    "AsyncIntegratorClient",
    "Connectors",
    "ConnectorsLicenses",
    "Integrations",
    "IntegratorClient",
]
