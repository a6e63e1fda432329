"""Every operation of every client, as one call each, for the contract tests.

``CALLS[api][operationId]`` calls the client method that implements the operation, with
arguments the spec accepts (the spec's own request examples where it has them). The tests check
that this table covers every operationId in ``specs/<api>.yaml``, so a new operation without a
call here fails them instead of going untested.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ._prism import SPECS

Headers = Mapping[str, str]
Invoke = Callable[[Any, Headers], Any]  # a result, or an awaitable of one for async clients


def every_page(pager: Any) -> Any:
    """A list method's records: the list for a sync pager, an awaitable of it for an async one."""
    if hasattr(pager, "__aiter__"):

        async def collect() -> list[Any]:
            return [item async for item in pager]

        return collect()
    return list(pager)


HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
APIS = ("autobutler", "integratorio", "hubster")

TWM = "MechanicIntegrations::TWMIntegration"
CRMP = "MechanicIntegrations::CrmpIntegration"
AUTOFRONTAL = "MechanicIntegrations::AutofrontalIntegration"
INTEGRATION_ID = "554155c853bb53af2900000b"
CONNECTOR_ID = "54fa0b38a7044f9252000036"
LICENSE_ID = "59ef68b384b38c7986d54549"
HUB_ID = "00000000-0000-0000-0000-000000000000"


@dataclass(frozen=True)
class SpecOperation:
    api: str
    operation_id: str
    method: str
    path: str
    raw: dict[str, Any]

    def response_examples(self) -> Iterator[tuple[int, str | None, Any]]:
        """(status, example name or None, example value) for each 2xx answer it documents."""
        for status, response in self.raw["responses"].items():
            if not str(status).startswith("2"):
                continue
            content = (response.get("content") or {}).get("application/json") or {}
            examples = content.get("examples") or {}
            if not examples:
                yield int(status), None, None
            for name, example in examples.items():
                yield int(status), name, example["value"]

    def error_statuses(self) -> list[int]:
        return sorted(int(s) for s in self.raw["responses"] if str(s)[0] in "45")

    def request_example(self, name: str | None = None) -> Any:
        content = ((self.raw.get("requestBody") or {}).get("content") or {}).get(
            "application/json"
        ) or {}
        examples = content.get("examples") or {}
        if not examples:
            return None
        return examples[name]["value"] if name else next(iter(examples.values()))["value"]


def load_spec(api: str, path: Path | None = None) -> dict[str, Any]:
    with (path or SPECS / f"{api}.yaml").open() as file:
        spec: dict[str, Any] = yaml.safe_load(file)
    return spec


def spec_operations(api: str) -> dict[str, SpecOperation]:
    operations: dict[str, SpecOperation] = {}
    for path, item in load_spec(api)["paths"].items():
        for method, raw in item.items():
            if method in HTTP_METHODS:
                op = SpecOperation(api, raw["operationId"], method.upper(), path, raw)
                operations[op.operation_id] = op
    return operations


def _autobutler_calls() -> dict[str, Invoke]:
    ops = spec_operations("autobutler")
    twm_fields = ops["updateMechanicIntegration"].request_example()
    offer = ops["createMechanicIntegrationOffer"].request_example()
    return {
        "listMechanicIntegrations": lambda c, h: c.mechanic_integrations.list(extra_headers=h),
        "updateMechanicIntegration": lambda c, h: c.mechanic_integrations.update(
            TWM, twm_fields, extra_headers=h
        ),
        "deactivateMechanicIntegration": lambda c, h: c.mechanic_integrations.deactivate(
            TWM, extra_headers=h
        ),
        "createToken": lambda c, h: c.tokens.create(
            email="workshop@example.com", password="s3cret-pw", extra_headers=h
        ),
        "getMechanicIntegrationJobUrl": lambda c, h: c.mechanic_integrations.job_url(
            CRMP, 565973, extra_headers=h
        ),
        "getMechanicIntegrationCarUrl": lambda c, h: c.mechanic_integrations.car_url(
            AUTOFRONTAL, 407340, extra_headers=h
        ),
        "createMechanicIntegrationOffer": lambda c, h: c.mechanic_integrations.build_offer(
            TWM, job_id=offer["jobId"], remote_id=offer["remoteId"], extra_headers=h
        ),
    }


def _integratorio_calls() -> dict[str, Invoke]:
    ops = spec_operations("integratorio")
    license_create = ops["createConnectorLicense"].request_example("standardLicense")
    license_update = ops["updateConnectorLicense"].request_example()
    integration = {"name": "Licensing and Usage", "readme": "Keeps the licensing data."}
    connector = {"name": "Shopify - NetSuite", "published": False, "applications": ["shopify"]}
    return {
        "listIntegrations": lambda c, h: every_page(c.integrations.list(extra_headers=h)),
        "createIntegration": lambda c, h: c.integrations.create(integration, extra_headers=h),
        "getIntegration": lambda c, h: c.integrations.get(INTEGRATION_ID, extra_headers=h),
        "updateIntegration": lambda c, h: c.integrations.update(
            INTEGRATION_ID, integration, extra_headers=h
        ),
        "deleteIntegration": lambda c, h: c.integrations.delete(INTEGRATION_ID, extra_headers=h),
        "cloneIntegration": lambda c, h: c.integrations.clone(INTEGRATION_ID, extra_headers=h),
        "listConnectors": lambda c, h: every_page(c.connectors.list(extra_headers=h)),
        "createConnector": lambda c, h: c.connectors.create(connector, extra_headers=h),
        "getConnector": lambda c, h: c.connectors.get(CONNECTOR_ID, extra_headers=h),
        "updateConnector": lambda c, h: c.connectors.update(
            CONNECTOR_ID, connector, extra_headers=h
        ),
        "deleteConnector": lambda c, h: c.connectors.delete(CONNECTOR_ID, extra_headers=h),
        "getConnectorInstallBase": lambda c, h: every_page(
            c.connectors.install_base(CONNECTOR_ID, extra_headers=h)
        ),
        "pushConnectorUpdate": lambda c, h: c.connectors.push_update(
            CONNECTOR_ID, {"_integrationIds": [INTEGRATION_ID]}, extra_headers=h
        ),
        "listConnectorLicenses": lambda c, h: every_page(
            c.connectors.licenses.list(CONNECTOR_ID, extra_headers=h)
        ),
        "createConnectorLicense": lambda c, h: c.connectors.licenses.create(
            CONNECTOR_ID, license_create, extra_headers=h
        ),
        "getConnectorLicense": lambda c, h: c.connectors.licenses.get(
            CONNECTOR_ID, LICENSE_ID, extra_headers=h
        ),
        "updateConnectorLicense": lambda c, h: c.connectors.licenses.update(
            CONNECTOR_ID, LICENSE_ID, license_update, extra_headers=h
        ),
        "deleteConnectorLicense": lambda c, h: c.connectors.licenses.delete(
            CONNECTOR_ID, LICENSE_ID, extra_headers=h
        ),
    }


def _hubster_page_or_records(result: Any) -> Any:
    return every_page(result) if hasattr(result, "pages") else result


def _hubster_calls() -> dict[str, Invoke]:
    from hubster_client import models

    ops = spec_operations("hubster")
    create_body = models.CreateTwilioSmsIntegration.from_dict(
        ops["createIntegration"].request_example()
    )
    update_body = models.UpdateDirectIntegration.from_dict(
        ops["updateIntegration"].request_example()
    )
    return {
        "createIntegration": lambda c, h: c.integrations.create(
            HUB_ID, create_body, extra_headers=h
        ),
        "updateIntegration": lambda c, h: c.integrations.update(
            HUB_ID, update_body, extra_headers=h
        ),
        "getIntegration": lambda c, h: c.integrations.get(HUB_ID, extra_headers=h),
        # A page (IntegrationPage), or every record once `list` is a pager.
        "listIntegrations": lambda c, h: _hubster_page_or_records(
            c.integrations.list(extra_headers=h)
        ),
        "listIntegrationsByChannelType": lambda c, h: c.integrations.list_by_channel_type(
            HUB_ID, models.ChannelName.DIRECT, extra_headers=h
        ),
    }


def calls(api: str) -> dict[str, Invoke]:
    return {
        "autobutler": _autobutler_calls,
        "integratorio": _integratorio_calls,
        "hubster": _hubster_calls,
    }[api]()


CLIENT_CLASSES = {
    "autobutler": ("autobutler_client", "AutobutlerClient", "AsyncAutobutlerClient"),
    "integratorio": ("integratorio_client", "IntegratorClient", "AsyncIntegratorClient"),
    "hubster": ("hubster_client", "HubsterClient", "AsyncHubsterClient"),
}


def make_client(
    api: str, *, token: str, base_url: str, http_client: Any = None, use_async: bool = False
) -> Any:
    """The API's client (sync or async) with retries off: every request is one answer to check.

    The call table works for both: an async client's methods return awaitables.
    """
    module, sync_name, async_name = CLIENT_CLASSES[api]
    client_class = getattr(importlib.import_module(module), async_name if use_async else sync_name)
    options: dict[str, Any] = {}
    if api == "integratorio":
        # The client's own leaky bucket is off: Prism has no rate limit, and the fakes' limit is
        # exercised by their own tests.
        options["rate_limit"] = None
    return client_class(
        token=token, base_url=base_url, max_retries=0, http_client=http_client, **options
    )
