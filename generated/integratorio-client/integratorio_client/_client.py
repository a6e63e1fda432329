# Generated from specs/integratorio.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/integratorio/ or generator/ and run `make generate`.
"""``IntegratorClient`` and ``AsyncIntegratorClient``: resource clients for the Celigo integrator.io API.

Each method builds its request with the generated module function's ``_get_kwargs`` and sends it
through the shared runtime (timeouts, retries, auth, rate limit, logging, typed errors).

A method imports its operation's module (and so its models) on its first call, not with this
module: ``import integratorio_client`` then loads only the clients and the runtime, whatever the
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
    api_name="integrator.io",
    package="integratorio_client",
    env_prefix="INTEGRATORIO",
    default_base_url="https://api.integrator.io/v1",
    auth_scheme="bearer",
    user_agent="integratorio-client/1.0.0",
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

    def list(
        self,
        *,
        limit: int | None = None,
        skip: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPager[Integration]:
        """List integrations

        Answers the account's integrations, one page of at most 1,000 at a time. When more
        exist, the `Link` header's `rel="next"` URL fetches the next page.

        Returns a pager; nothing is sent until it is iterated.
        Iterating yields every record of every page, fetching a page only when the one before
        it is consumed; ``.pages()`` yields the pages with their response headers.

        Operation ``listIntegrations``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.integrations.list_integrations import OPERATION, _get_kwargs, _parse_success

        kwargs = _get_kwargs(
            limit=UNSET if limit is None else limit,
            skip=UNSET if skip is None else skip,
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

    def get(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Integration:
        """Get an integration

        Answers one integration. SmartConnector installs carry extra fields (`_connectorId`,
        `install`, `mode`, `settings`, `version`, `updateInProgress`).

        Operation ``getIntegration``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.integrations.get_integration import OPERATION, _get_kwargs, _parse_success

        kwargs = _get_kwargs(
            id=id,
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

    def create(
        self,
        integration: Integration | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Integration:
        """Create an integration

        Creates an integration from the fields sent and answers it with its new `_id`.

        Operation ``createIntegration``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.integrations.create_integration import OPERATION, _get_kwargs, _parse_success
        from .models import Integration

        if isinstance(integration, Mapping):
            integration = Integration.from_dict(integration)
        kwargs = _get_kwargs(
            body=integration,
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

    def update(
        self,
        id: str,
        integration: Integration | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Integration:
        """Replace an integration

        Replaces the integration with the body. Fields left out are dropped, so send the whole
        resource as read, with your changes applied.

        Operation ``updateIntegration``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.integrations.update_integration import OPERATION, _get_kwargs, _parse_success
        from .models import Integration

        if isinstance(integration, Mapping):
            integration = Integration.from_dict(integration)
        kwargs = _get_kwargs(
            id=id,
            body=integration,
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
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete an integration

        Deletes the integration.

        Operation ``deleteIntegration``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.integrations.delete_integration import OPERATION, _get_kwargs, _parse_success

        kwargs = _get_kwargs(
            id=id,
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

    def clone(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Integration:
        """Clone an integration

        Makes a copy of the integration and answers the copy. The page documents no request
        body for this call.

        Operation ``cloneIntegration``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.integrations.clone_integration import OPERATION, _get_kwargs, _parse_success

        kwargs = _get_kwargs(
            id=id,
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


class ConnectorsLicenses(SyncAPIResource):
    """``client.licenses``: list, create, get, update, delete."""

    def list(
        self,
        id: str,
        *,
        limit: int | None = None,
        skip: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPager[License]:
        """List a connector's licenses

        Answers the licenses issued for the connector, one page of at most 1,000 at a time.
        When more exist, the `Link` header's `rel="next"` URL fetches the next page.

        Returns a pager; nothing is sent until it is iterated.
        Iterating yields every record of every page, fetching a page only when the one before
        it is consumed; ``.pages()`` yields the pages with their response headers.

        Operation ``listConnectorLicenses``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.licenses.list_connector_licenses import OPERATION, _get_kwargs, _parse_success

        kwargs = _get_kwargs(
            id=id,
            limit=UNSET if limit is None else limit,
            skip=UNSET if skip is None else skip,
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
        id: str,
        license: LicenseCreate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> License:
        """Create a license

        Issues a license for the connector to the integrator.io user with the given e-mail
        address. The server looks the user up by e-mail; the answer shows that user under `user`
        (only the e-mail until the user installs the connector).

        Operation ``createConnectorLicense``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.licenses.create_connector_license import OPERATION, _get_kwargs, _parse_success
        from .models import LicenseCreate

        if isinstance(license, Mapping):
            license = LicenseCreate.from_dict(license)
        kwargs = _get_kwargs(
            id=id,
            body=license,
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
        id: str,
        id_of_license: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> License:
        """Get a license

        Answers one license of the connector.

        Operation ``getConnectorLicense``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.licenses.get_connector_license import OPERATION, _get_kwargs, _parse_success

        kwargs = _get_kwargs(
            id=id,
            id_of_license=id_of_license,
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

    def update(
        self,
        id: str,
        id_of_license: str,
        license: LicenseUpdate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> License:
        """Update a license

        Changes a license, e.g. its expiry or its editions. Unlike creation, no e-mail address
        is needed.

        Operation ``updateConnectorLicense``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.licenses.update_connector_license import OPERATION, _get_kwargs, _parse_success
        from .models import LicenseUpdate

        if isinstance(license, Mapping):
            license = LicenseUpdate.from_dict(license)
        kwargs = _get_kwargs(
            id=id,
            id_of_license=id_of_license,
            body=license,
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
        id: str,
        id_of_license: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a license

        Deletes the license.

        Operation ``deleteConnectorLicense``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.licenses.delete_connector_license import OPERATION, _get_kwargs, _parse_success

        kwargs = _get_kwargs(
            id=id,
            id_of_license=id_of_license,
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


class Connectors(SyncAPIResource):
    """``client.connectors``: list, get, create, update, delete, install_base, push_update."""

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
    ) -> SyncPager[Connector]:
        """List connectors

        Answers the SmartConnectors published from the account, one page of at most 1,000 at a
        time. When more exist, the `Link` header's `rel="next"` URL fetches the next page.

        Returns a pager; nothing is sent until it is iterated.
        Iterating yields every record of every page, fetching a page only when the one before
        it is consumed; ``.pages()`` yields the pages with their response headers.

        Operation ``listConnectors``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.connectors.list_connectors import OPERATION, _get_kwargs, _parse_success

        kwargs = _get_kwargs(
            limit=UNSET if limit is None else limit,
            skip=UNSET if skip is None else skip,
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

    def get(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Connector:
        """Get a connector

        Answers one SmartConnector.

        Operation ``getConnector``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.connectors.get_connector import OPERATION, _get_kwargs, _parse_success

        kwargs = _get_kwargs(
            id=id,
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

    def create(
        self,
        connector: ConnectorCreate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Connector:
        """Create a connector

        Creates a SmartConnector from the fields sent; `name` is required. The server generates
        the `handle`.

        Operation ``createConnector``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.connectors.create_connector import OPERATION, _get_kwargs, _parse_success
        from .models import ConnectorCreate

        if isinstance(connector, Mapping):
            connector = ConnectorCreate.from_dict(connector)
        kwargs = _get_kwargs(
            body=connector,
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

    def update(
        self,
        id: str,
        connector: Connector | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Connector:
        """Replace a connector

        Replaces the connector with the body. Fields left out are dropped, so send the whole
        resource as read, with your changes applied.

        Operation ``updateConnector``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.connectors.update_connector import OPERATION, _get_kwargs, _parse_success
        from .models import Connector

        if isinstance(connector, Mapping):
            connector = Connector.from_dict(connector)
        kwargs = _get_kwargs(
            id=id,
            body=connector,
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
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a connector

        Deletes the connector.

        Operation ``deleteConnector``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.connectors.delete_connector import OPERATION, _get_kwargs, _parse_success

        kwargs = _get_kwargs(
            id=id,
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

    def install_base(
        self,
        id: str,
        *,
        limit: int | None = None,
        skip: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPager[InstallBaseEntry]:
        """Get a connector's install base

        Answers the installs of the connector in users' accounts, at most 1,000 per answer;
        when more exist, the `Link` header's `rel="next"` URL fetches the next page.

        Returns a pager; nothing is sent until it is iterated.
        Iterating yields every record of every page, fetching a page only when the one before
        it is consumed; ``.pages()`` yields the pages with their response headers.

        Operation ``getConnectorInstallBase``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.connectors.get_connector_install_base import (
            OPERATION,
            _get_kwargs,
            _parse_success,
        )

        kwargs = _get_kwargs(
            id=id,
            limit=UNSET if limit is None else limit,
            skip=UNSET if skip is None else skip,
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

    def push_update(
        self,
        id: str,
        body: ConnectorUpdateRequest | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Push an update to installs

        Pushes a managed update of the connector to the integrations listed in
        `_integrationIds`. Each of them gets `updateInProgress: true` until the update is done.
        The page documents no response body.

        Operation ``pushConnectorUpdate``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.connectors.push_connector_update import OPERATION, _get_kwargs, _parse_success
        from .models import ConnectorUpdateRequest

        if isinstance(body, Mapping):
            body = ConnectorUpdateRequest.from_dict(body)
        kwargs = _get_kwargs(
            id=id,
            body=body,
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


class IntegratorClient(SyncAPIClient):
    """Synchronous client for the Celigo integrator.io API.

    Arguments fall back to the environment: ``token`` to ``INTEGRATORIO_TOKEN`` and
    ``base_url`` to ``INTEGRATORIO_BASE_URL`` (default ``https://api.integrator.io/v1``).
    ``region`` (``'us'``, ``'eu'``) picks the
    server of the account's region instead; it falls back to ``INTEGRATORIO_REGION``.
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
        self.integrations = Integrations(self)
        self.connectors = Connectors(self)


class AsyncIntegrations(AsyncAPIResource):
    """``client.integrations``: list, get, create, update, delete, clone."""

    def list(
        self,
        *,
        limit: int | None = None,
        skip: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[Integration]:
        """List integrations

        Answers the account's integrations, one page of at most 1,000 at a time. When more
        exist, the `Link` header's `rel="next"` URL fetches the next page.

        Returns a pager; nothing is sent until it is iterated (``async for``, no ``await``).
        Iterating yields every record of every page, fetching a page only when the one before
        it is consumed; ``.pages()`` yields the pages with their response headers.

        Operation ``listIntegrations``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.integrations.list_integrations import OPERATION, _get_kwargs, _parse_success

        kwargs = _get_kwargs(
            limit=UNSET if limit is None else limit,
            skip=UNSET if skip is None else skip,
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

    async def get(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Integration:
        """Get an integration

        Answers one integration. SmartConnector installs carry extra fields (`_connectorId`,
        `install`, `mode`, `settings`, `version`, `updateInProgress`).

        Operation ``getIntegration``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.integrations.get_integration import OPERATION, _get_kwargs, _parse_success

        kwargs = _get_kwargs(
            id=id,
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

    async def create(
        self,
        integration: Integration | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Integration:
        """Create an integration

        Creates an integration from the fields sent and answers it with its new `_id`.

        Operation ``createIntegration``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.integrations.create_integration import OPERATION, _get_kwargs, _parse_success
        from .models import Integration

        if isinstance(integration, Mapping):
            integration = Integration.from_dict(integration)
        kwargs = _get_kwargs(
            body=integration,
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

    async def update(
        self,
        id: str,
        integration: Integration | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Integration:
        """Replace an integration

        Replaces the integration with the body. Fields left out are dropped, so send the whole
        resource as read, with your changes applied.

        Operation ``updateIntegration``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.integrations.update_integration import OPERATION, _get_kwargs, _parse_success
        from .models import Integration

        if isinstance(integration, Mapping):
            integration = Integration.from_dict(integration)
        kwargs = _get_kwargs(
            id=id,
            body=integration,
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
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete an integration

        Deletes the integration.

        Operation ``deleteIntegration``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.integrations.delete_integration import OPERATION, _get_kwargs, _parse_success

        kwargs = _get_kwargs(
            id=id,
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

    async def clone(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Integration:
        """Clone an integration

        Makes a copy of the integration and answers the copy. The page documents no request
        body for this call.

        Operation ``cloneIntegration``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.integrations.clone_integration import OPERATION, _get_kwargs, _parse_success

        kwargs = _get_kwargs(
            id=id,
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


class AsyncConnectorsLicenses(AsyncAPIResource):
    """``client.licenses``: list, create, get, update, delete."""

    def list(
        self,
        id: str,
        *,
        limit: int | None = None,
        skip: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[License]:
        """List a connector's licenses

        Answers the licenses issued for the connector, one page of at most 1,000 at a time.
        When more exist, the `Link` header's `rel="next"` URL fetches the next page.

        Returns a pager; nothing is sent until it is iterated (``async for``, no ``await``).
        Iterating yields every record of every page, fetching a page only when the one before
        it is consumed; ``.pages()`` yields the pages with their response headers.

        Operation ``listConnectorLicenses``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.licenses.list_connector_licenses import OPERATION, _get_kwargs, _parse_success

        kwargs = _get_kwargs(
            id=id,
            limit=UNSET if limit is None else limit,
            skip=UNSET if skip is None else skip,
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
        id: str,
        license: LicenseCreate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> License:
        """Create a license

        Issues a license for the connector to the integrator.io user with the given e-mail
        address. The server looks the user up by e-mail; the answer shows that user under `user`
        (only the e-mail until the user installs the connector).

        Operation ``createConnectorLicense``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.licenses.create_connector_license import OPERATION, _get_kwargs, _parse_success
        from .models import LicenseCreate

        if isinstance(license, Mapping):
            license = LicenseCreate.from_dict(license)
        kwargs = _get_kwargs(
            id=id,
            body=license,
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
        id: str,
        id_of_license: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> License:
        """Get a license

        Answers one license of the connector.

        Operation ``getConnectorLicense``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.licenses.get_connector_license import OPERATION, _get_kwargs, _parse_success

        kwargs = _get_kwargs(
            id=id,
            id_of_license=id_of_license,
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

    async def update(
        self,
        id: str,
        id_of_license: str,
        license: LicenseUpdate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> License:
        """Update a license

        Changes a license, e.g. its expiry or its editions. Unlike creation, no e-mail address
        is needed.

        Operation ``updateConnectorLicense``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.licenses.update_connector_license import OPERATION, _get_kwargs, _parse_success
        from .models import LicenseUpdate

        if isinstance(license, Mapping):
            license = LicenseUpdate.from_dict(license)
        kwargs = _get_kwargs(
            id=id,
            id_of_license=id_of_license,
            body=license,
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
        id: str,
        id_of_license: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a license

        Deletes the license.

        Operation ``deleteConnectorLicense``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.licenses.delete_connector_license import OPERATION, _get_kwargs, _parse_success

        kwargs = _get_kwargs(
            id=id,
            id_of_license=id_of_license,
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


class AsyncConnectors(AsyncAPIResource):
    """``client.connectors``: list, get, create, update, delete, install_base, push_update."""

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
    ) -> AsyncPager[Connector]:
        """List connectors

        Answers the SmartConnectors published from the account, one page of at most 1,000 at a
        time. When more exist, the `Link` header's `rel="next"` URL fetches the next page.

        Returns a pager; nothing is sent until it is iterated (``async for``, no ``await``).
        Iterating yields every record of every page, fetching a page only when the one before
        it is consumed; ``.pages()`` yields the pages with their response headers.

        Operation ``listConnectors``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.connectors.list_connectors import OPERATION, _get_kwargs, _parse_success

        kwargs = _get_kwargs(
            limit=UNSET if limit is None else limit,
            skip=UNSET if skip is None else skip,
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

    async def get(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Connector:
        """Get a connector

        Answers one SmartConnector.

        Operation ``getConnector``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.connectors.get_connector import OPERATION, _get_kwargs, _parse_success

        kwargs = _get_kwargs(
            id=id,
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

    async def create(
        self,
        connector: ConnectorCreate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Connector:
        """Create a connector

        Creates a SmartConnector from the fields sent; `name` is required. The server generates
        the `handle`.

        Operation ``createConnector``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.connectors.create_connector import OPERATION, _get_kwargs, _parse_success
        from .models import ConnectorCreate

        if isinstance(connector, Mapping):
            connector = ConnectorCreate.from_dict(connector)
        kwargs = _get_kwargs(
            body=connector,
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

    async def update(
        self,
        id: str,
        connector: Connector | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Connector:
        """Replace a connector

        Replaces the connector with the body. Fields left out are dropped, so send the whole
        resource as read, with your changes applied.

        Operation ``updateConnector``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.connectors.update_connector import OPERATION, _get_kwargs, _parse_success
        from .models import Connector

        if isinstance(connector, Mapping):
            connector = Connector.from_dict(connector)
        kwargs = _get_kwargs(
            id=id,
            body=connector,
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
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a connector

        Deletes the connector.

        Operation ``deleteConnector``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.connectors.delete_connector import OPERATION, _get_kwargs, _parse_success

        kwargs = _get_kwargs(
            id=id,
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

    def install_base(
        self,
        id: str,
        *,
        limit: int | None = None,
        skip: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[InstallBaseEntry]:
        """Get a connector's install base

        Answers the installs of the connector in users' accounts, at most 1,000 per answer;
        when more exist, the `Link` header's `rel="next"` URL fetches the next page.

        Returns a pager; nothing is sent until it is iterated (``async for``, no ``await``).
        Iterating yields every record of every page, fetching a page only when the one before
        it is consumed; ``.pages()`` yields the pages with their response headers.

        Operation ``getConnectorInstallBase``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.connectors.get_connector_install_base import (
            OPERATION,
            _get_kwargs,
            _parse_success,
        )

        kwargs = _get_kwargs(
            id=id,
            limit=UNSET if limit is None else limit,
            skip=UNSET if skip is None else skip,
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

    async def push_update(
        self,
        id: str,
        body: ConnectorUpdateRequest | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Push an update to installs

        Pushes a managed update of the connector to the integrations listed in
        `_integrationIds`. Each of them gets `updateInProgress: true` until the update is done.
        The page documents no response body.

        Operation ``pushConnectorUpdate``. ``timeout``, ``max_retries`` and ``extra_headers``
        apply to this call only.
        """
        from .api.connectors.push_connector_update import OPERATION, _get_kwargs, _parse_success
        from .models import ConnectorUpdateRequest

        if isinstance(body, Mapping):
            body = ConnectorUpdateRequest.from_dict(body)
        kwargs = _get_kwargs(
            id=id,
            body=body,
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


class AsyncIntegratorClient(AsyncAPIClient):
    """Asynchronous client for the Celigo integrator.io API.

    Arguments fall back to the environment: ``token`` to ``INTEGRATORIO_TOKEN`` and
    ``base_url`` to ``INTEGRATORIO_BASE_URL`` (default ``https://api.integrator.io/v1``).
    ``region`` (``'us'``, ``'eu'``) picks the
    server of the account's region instead; it falls back to ``INTEGRATORIO_REGION``.
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
