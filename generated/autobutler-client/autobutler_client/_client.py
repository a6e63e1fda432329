# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
"""``AutobutlerClient`` and ``AsyncAutobutlerClient``: resource clients for the Autobutler Mechanics API.

Each method builds its request with its operation module's ``_get_kwargs`` and sends it through
the shared runtime (timeouts, retries, auth, rate limit, logging, typed errors), the package's
only way to send (tests/clients/test_one_request_path.py).

A method imports its operation's module (and so its models) on its first call, not with this
module: ``import autobutler_client`` then loads only the clients and the runtime, whatever the
number of operations and models (import time is a ``make bench`` figure). The import costs
about a microsecond on later calls. Annotations name the models through the imports under
``TYPE_CHECKING``; they are never evaluated at run time. The raw twins of the methods
(``client.<resource>.with_raw_response``) are in ``_raw_client`` and wait for first use too.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ._login import AsyncAutobutlerLogin, AutobutlerLogin
from ._runtime import (
    NOT_GIVEN,
    AsyncAPIClient,
    AsyncAPIResource,
    ClientConfig,
    NotGiven,
    OnAttempt,
    RateLimit,
    RequestOptions,
    SyncAPIClient,
    SyncAPIResource,
    TokenProvider,
)

if TYPE_CHECKING:
    from ._raw_client import *  # noqa: F403 - annotations name the raw twins
    from .models import *  # noqa: F403 - annotations name any model

CONFIG = ClientConfig(
    api_name="Autobutler",
    package="autobutler_client",
    env_prefix="AUTOBUTLER",
    default_base_url="https://www.autobutler.dk/api/v2/mechanics",
    auth_scheme="raw",
    user_agent="autobutler-client/1.1.0",
    default_rate_limit=None,
    sensitive_fields=frozenset(["password", "refreshToken", "token"]),
    idempotent_methods=frozenset(["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "PUT"]),
)


class MechanicIntegrations(SyncAPIResource):
    """``client.mechanic_integrations``: list, update, deactivate, job_url, car_url, build_offer."""

    @property
    def with_raw_response(self) -> MechanicIntegrationsWithRawResponse:
        """These methods with the same arguments, each answering the response itself (status,
        headers, request); ``parse()`` on it gives what the method returns."""
        from ._raw_client import MechanicIntegrationsWithRawResponse

        return MechanicIntegrationsWithRawResponse(self._client)

    def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> MechanicIntegrationList:
        """List the integrations available to the workshop

        Answers every integration the workshop may use. Integrations the workshop has already
        switched on also carry their stored `configuration`; the others come without it.

        Operation ``listMechanicIntegrations``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return self._client.send_kwargs(
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
    ) -> IntegrationUpdateResult:
        """Switch an integration on, or change its settings

        Switches the named integration on for the workshop, or replaces the values stored for
        an integration that is already on. Which fields `fields` needs depends on the
        integration: its `authenticationFields` and `optionFields` from `list()` name them.
        `name` is an `IntegrationName` member or any integration name as a string; its `::`
        is sent as is, as the API expects.

        Returns the stored configuration and the integration's details. When Autobutler
        refuses the values (`"success": false` with `errors`, whatever the HTTP status) this
        raises an `UnprocessableEntityError` whose `field_errors` maps each field to its
        messages: `IntegrationValidationError` for a 2xx answer, `UnprocessableEntityError`
        itself for a 422.

        Operation ``updateMechanicIntegration``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return self._client.send_kwargs(
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
    ) -> DeactivationResult:
        """Switch an integration off

        Switches the named integration off for the workshop.

        Operation ``deactivateMechanicIntegration``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return self._client.send_kwargs(
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
    ) -> IntegrationUrl:
        """Get a URL that opens a job in the integration's system

        Answers a URL that opens the given job in the garage system behind a configured
        integration. The URL is the integration's own and is returned as it is: it need not be
        an `http(s)` URL (`autofrontal:/REG=...`) and may hold characters such as `|` unencoded.
        An integration that cannot open jobs answers `400`.

        Operation ``getMechanicIntegrationJobUrl``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return self._client.send_kwargs(
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
    ) -> IntegrationUrl:
        """Get a URL that opens a car in the integration's system

        Answers a URL that opens the given car in the garage system behind a configured
        integration. The URL is the integration's own and is returned as it is; it need not be
        an `http(s)` URL (the docs' example is `autofrontal:/REG=AD61451`). An integration that
        cannot open cars answers `400`.

        Operation ``getMechanicIntegrationCarUrl``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return self._client.send_kwargs(
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
    ) -> OfferResult:
        """Build an offer from a quotation in the integration's system

        Builds an offer for a job from the details of a quotation (`remoteId`) stored in the
        garage system behind a configured integration, and answers the offer with `success`.
        Each call builds an offer: it is not safe to repeat.

        An integration that cannot build offers answers `400`. Values Autobutler refuses come
        with `400` as well, with the messages per field in `errors`.

        Operation ``createMechanicIntegrationOffer``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return self._client.send_kwargs(
            OPERATION,
            kwargs,
            parse=_parse_success,
            options=options,
        )


class Tokens(SyncAPIResource):
    """``client.tokens``: create."""

    @property
    def with_raw_response(self) -> TokensWithRawResponse:
        """These methods with the same arguments, each answering the response itself (status,
        headers, request); ``parse()`` on it gives what the method returns."""
        from ._raw_client import TokensWithRawResponse

        return TokensWithRawResponse(self._client)

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
    ) -> TokenResponse:
        """Sign in and get a token

        Exchanges the workshop's e-mail address and password for a short-lived token (and a
        token to renew it). Needs no token itself.

        Operation ``createToken``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return self._client.send_kwargs(
            OPERATION,
            kwargs,
            parse=_parse_success,
            options=options,
        )


class AutobutlerClient(AutobutlerLogin, SyncAPIClient):
    """Synchronous client for the Autobutler Mechanics API.

    Arguments fall back to the environment: ``token`` to ``AUTOBUTLER_TOKEN`` and
    ``base_url`` to ``AUTOBUTLER_BASE_URL`` (default ``https://www.autobutler.dk/api/v2/mechanics``).
    ``default_headers`` and ``default_query`` are sent with every call (a call's own arguments
    and ``extra_*`` win); the ``Authorization`` and ``User-Agent`` headers are not among them.
    """

    mechanic_integrations: MechanicIntegrations
    tokens: Tokens

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
        self.mechanic_integrations = MechanicIntegrations(self)
        self.tokens = Tokens(self)


class AsyncMechanicIntegrations(AsyncAPIResource):
    """``client.mechanic_integrations``: list, update, deactivate, job_url, car_url, build_offer."""

    @property
    def with_raw_response(self) -> AsyncMechanicIntegrationsWithRawResponse:
        """These methods with the same arguments, each answering the response itself (status,
        headers, request); ``parse()`` on it gives what the method returns."""
        from ._raw_client import AsyncMechanicIntegrationsWithRawResponse

        return AsyncMechanicIntegrationsWithRawResponse(self._client)

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> MechanicIntegrationList:
        """List the integrations available to the workshop

        Answers every integration the workshop may use. Integrations the workshop has already
        switched on also carry their stored `configuration`; the others come without it.

        Operation ``listMechanicIntegrations``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return await self._client.send_kwargs(
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
    ) -> IntegrationUpdateResult:
        """Switch an integration on, or change its settings

        Switches the named integration on for the workshop, or replaces the values stored for
        an integration that is already on. Which fields `fields` needs depends on the
        integration: its `authenticationFields` and `optionFields` from `list()` name them.
        `name` is an `IntegrationName` member or any integration name as a string; its `::`
        is sent as is, as the API expects.

        Returns the stored configuration and the integration's details. When Autobutler
        refuses the values (`"success": false` with `errors`, whatever the HTTP status) this
        raises an `UnprocessableEntityError` whose `field_errors` maps each field to its
        messages: `IntegrationValidationError` for a 2xx answer, `UnprocessableEntityError`
        itself for a 422.

        Operation ``updateMechanicIntegration``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return await self._client.send_kwargs(
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
    ) -> DeactivationResult:
        """Switch an integration off

        Switches the named integration off for the workshop.

        Operation ``deactivateMechanicIntegration``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return await self._client.send_kwargs(
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
    ) -> IntegrationUrl:
        """Get a URL that opens a job in the integration's system

        Answers a URL that opens the given job in the garage system behind a configured
        integration. The URL is the integration's own and is returned as it is: it need not be
        an `http(s)` URL (`autofrontal:/REG=...`) and may hold characters such as `|` unencoded.
        An integration that cannot open jobs answers `400`.

        Operation ``getMechanicIntegrationJobUrl``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return await self._client.send_kwargs(
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
    ) -> IntegrationUrl:
        """Get a URL that opens a car in the integration's system

        Answers a URL that opens the given car in the garage system behind a configured
        integration. The URL is the integration's own and is returned as it is; it need not be
        an `http(s)` URL (the docs' example is `autofrontal:/REG=AD61451`). An integration that
        cannot open cars answers `400`.

        Operation ``getMechanicIntegrationCarUrl``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return await self._client.send_kwargs(
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
    ) -> OfferResult:
        """Build an offer from a quotation in the integration's system

        Builds an offer for a job from the details of a quotation (`remoteId`) stored in the
        garage system behind a configured integration, and answers the offer with `success`.
        Each call builds an offer: it is not safe to repeat.

        An integration that cannot build offers answers `400`. Values Autobutler refuses come
        with `400` as well, with the messages per field in `errors`.

        Operation ``createMechanicIntegrationOffer``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return await self._client.send_kwargs(
            OPERATION,
            kwargs,
            parse=_parse_success,
            options=options,
        )


class AsyncTokens(AsyncAPIResource):
    """``client.tokens``: create."""

    @property
    def with_raw_response(self) -> AsyncTokensWithRawResponse:
        """These methods with the same arguments, each answering the response itself (status,
        headers, request); ``parse()`` on it gives what the method returns."""
        from ._raw_client import AsyncTokensWithRawResponse

        return AsyncTokensWithRawResponse(self._client)

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
    ) -> TokenResponse:
        """Sign in and get a token

        Exchanges the workshop's e-mail address and password for a short-lived token (and a
        token to renew it). Needs no token itself.

        Operation ``createToken``. ``timeout``, ``max_retries`` and
        ``extra_headers``/``extra_query``/``extra_body`` (added to the request's own) apply to
        this call only.
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
        return await self._client.send_kwargs(
            OPERATION,
            kwargs,
            parse=_parse_success,
            options=options,
        )


class AsyncAutobutlerClient(AsyncAutobutlerLogin, AsyncAPIClient):
    """Asynchronous client for the Autobutler Mechanics API.

    Arguments fall back to the environment: ``token`` to ``AUTOBUTLER_TOKEN`` and
    ``base_url`` to ``AUTOBUTLER_BASE_URL`` (default ``https://www.autobutler.dk/api/v2/mechanics``).
    ``default_headers`` and ``default_query`` are sent with every call (a call's own arguments
    and ``extra_*`` win); the ``Authorization`` and ``User-Agent`` headers are not among them.
    """

    mechanic_integrations: AsyncMechanicIntegrations
    tokens: AsyncTokens

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
        self.mechanic_integrations = AsyncMechanicIntegrations(self)
        self.tokens = AsyncTokens(self)


__all__ = [
    "CONFIG",
    "AsyncAutobutlerClient",
    "AsyncMechanicIntegrations",
    "AsyncTokens",
    "AutobutlerClient",
    "MechanicIntegrations",
    "Tokens",
]
