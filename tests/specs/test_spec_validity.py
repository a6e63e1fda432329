"""The three hand-curated specs are valid OpenAPI 3.1 and hold what the client generator needs.

Operation ids become the public module and method names of the generated clients, component
schema names become class names: both are asserted as exact sets, so a rename is a deliberate,
reviewed change.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import OpenAPIV31SpecValidator

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"

HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}

# spec -> {operationId: (method, path, tag)}
OPERATIONS: dict[str, dict[str, tuple[str, str, str]]] = {
    "autobutler": {
        "listMechanicIntegrations": ("get", "/mechanic_integrations", "mechanic_integrations"),
        "updateMechanicIntegration": (
            "patch",
            "/mechanic_integrations/{name}",
            "mechanic_integrations",
        ),
        "deactivateMechanicIntegration": (
            "delete",
            "/mechanic_integrations/{name}",
            "mechanic_integrations",
        ),
        "createToken": ("post", "/tokens", "tokens"),
        # autobutler/mechanics_api_docs, _mechanic_integrations.md lines 327, 387, 685 (`{id}`
        # there; the name of a path parameter is not on the wire).
        "getMechanicIntegrationJobUrl": (
            "get",
            "/mechanic_integrations/{name}/job_urls/{jobId}",
            "mechanic_integrations",
        ),
        "getMechanicIntegrationCarUrl": (
            "get",
            "/mechanic_integrations/{name}/car_urls/{carId}",
            "mechanic_integrations",
        ),
        "createMechanicIntegrationOffer": (
            "post",
            "/mechanic_integrations/{name}/offers",
            "mechanic_integrations",
        ),
    },
    "integratorio": {
        "listIntegrations": ("get", "/integrations", "integrations"),
        "getIntegration": ("get", "/integrations/{_id}", "integrations"),
        "createIntegration": ("post", "/integrations", "integrations"),
        "updateIntegration": ("put", "/integrations/{_id}", "integrations"),
        "deleteIntegration": ("delete", "/integrations/{_id}", "integrations"),
        "cloneIntegration": ("post", "/integrations/{_id}/clone", "integrations"),
        "listConnectors": ("get", "/connectors", "connectors"),
        "getConnector": ("get", "/connectors/{_id}", "connectors"),
        "createConnector": ("post", "/connectors", "connectors"),
        "updateConnector": ("put", "/connectors/{_id}", "connectors"),
        "deleteConnector": ("delete", "/connectors/{_id}", "connectors"),
        "getConnectorInstallBase": ("get", "/connectors/{_id}/installBase", "connectors"),
        "pushConnectorUpdate": ("put", "/connectors/{_id}/update", "connectors"),
        "listConnectorLicenses": ("get", "/connectors/{_id}/licenses", "licenses"),
        "createConnectorLicense": ("post", "/connectors/{_id}/licenses", "licenses"),
        "getConnectorLicense": (
            "get",
            "/connectors/{_id}/licenses/{_id_of_license}",
            "licenses",
        ),
        "updateConnectorLicense": (
            "put",
            "/connectors/{_id}/licenses/{_id_of_license}",
            "licenses",
        ),
        "deleteConnectorLicense": (
            "delete",
            "/connectors/{_id}/licenses/{_id_of_license}",
            "licenses",
        ),
    },
    "hubster": {
        "createIntegration": ("post", "/api/v1/integrations/hubs/{hubId}", "integrations"),
        "updateIntegration": ("post", "/api/v1/integrations/hubs/{integrationId}", "integrations"),
        "getIntegration": ("get", "/api/v1/integrations/{integrationId}", "integrations"),
        "listIntegrationsByChannelType": (
            "get",
            "/api/v1/integrations/hubs/{hubId}/{channelType}",
            "integrations",
        ),
        "listIntegrations": ("get", "/api/v1/integrations", "integrations"),
    },
}

TAGS = {
    "autobutler": {"mechanic_integrations", "tokens"},
    "integratorio": {"integrations", "connectors", "licenses"},
    "hubster": {"integrations"},
}

SERVERS = {
    "autobutler": {"https://www.autobutler.dk/api/v2/mechanics"},
    "integratorio": {"https://api.integrator.io/v1", "https://api.eu.integrator.io/v1"},
    "hubster": {"https://portal-api.hubster.io", "https://demo-portal-api.hubster.io"},
}

# Component schema names that the design fixes (they are public class names). Specs may hold
# more (nested helpers), never fewer.
SCHEMAS = {
    "autobutler": {
        "MechanicIntegrationList",
        "MechanicIntegration",
        "IntegrationDetails",
        "IntegrationFeatures",
        "IntegrationConfiguration",
        "IntegrationUpdate",
        "IntegrationUpdateResult",
        "DeactivationResult",
        "TokenRequest",
        "TokenResponse",
        "TokenUser",
        "ValidationErrorBody",
        "IntegrationUrl",
        "OfferRequest",
        "OfferResult",
        "Offer",
    },
    "integratorio": {
        "Integration",
        "InstallStep",
        "Connector",
        "IClientIdMapEntry",
        "License",
        "LicenseOptions",
        "AddonLicense",
        "LicenseUser",
        "LicenseCreate",
        "LicenseUpdate",
        "InstallBaseEntry",
        "ConnectorUpdateRequest",
        "ConnectorCreate",
        "ErrorBody",
    },
    "hubster": {
        "Integration",
        "TwilioSmsIntegration",
        "MessengerIntegration",
        "WebChatIntegration",
        "DirectIntegration",
        "SystemIntegration",
        "SlackIntegration",
        "TwilioSmsConfiguration",
        "MessengerConfiguration",
        "WebChatConfiguration",
        "DirectConfiguration",
        "SystemConfiguration",
        "SlackConfiguration",
        "CreateIntegrationRequest",
        "CreateTwilioSmsIntegration",
        "CreateMessengerIntegration",
        "CreateWebChatIntegration",
        "CreateDirectIntegration",
        "CreateSystemIntegration",
        "CreateSlackIntegration",
        "TwilioSmsCreateConfiguration",
        "MessengerCreateConfiguration",
        "WebChatCreateConfiguration",
        "DirectCreateConfiguration",
        "SystemCreateConfiguration",
        "SlackCreateConfiguration",
        "UpdateIntegrationRequest",
        "UpdateWebChatIntegration",
        "UpdateDirectIntegration",
        "UpdateSystemIntegration",
        "UpdateTwilioSmsIntegration",
        "UpdateMessengerIntegration",
        "UpdateSlackIntegration",
        "ChannelName",
        "ChannelCode",
        "IntegrationStatus",
        "IntegrationTypeName",
        "IntegrationTypeCode",
        "PaginatedIntegrations",
        "ErrorResponse",
        "Message",
    },
}


def load(name: str) -> dict[str, Any]:
    with (SPECS / f"{name}.yaml").open(encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.safe_load(handle)
    return data


def operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    found: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method in HTTP_METHODS:
                assert operation["operationId"] not in found, operation["operationId"]
                found[operation["operationId"]] = (method, path, operation)
    return found


def walk(node: Any) -> Any:
    yield node
    if isinstance(node, dict):
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_openapi_spec_validator_accepts(name: str) -> None:
    spec = load(name)
    assert spec["openapi"].startswith("3.1.")
    errors = [str(error) for error in OpenAPIV31SpecValidator(spec).iter_errors()]
    assert errors == []


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_operation_ids_paths_and_tags(name: str) -> None:
    found = operations(load(name))
    assert set(found) == set(OPERATIONS[name])
    for operation_id, (method, path, tag) in OPERATIONS[name].items():
        got_method, got_path, operation = found[operation_id]
        assert (got_method, got_path) == (method, path), operation_id
        assert operation["tags"] == [tag], operation_id
        assert operation.get("summary"), operation_id
        assert operation.get("description"), operation_id


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_tags_servers_and_info(name: str) -> None:
    spec = load(name)
    assert {tag["name"] for tag in spec["tags"]} == TAGS[name]
    assert all(tag.get("description") for tag in spec["tags"])
    assert {server["url"] for server in spec["servers"]} == SERVERS[name]
    assert spec["info"]["version"]
    assert spec["info"]["description"]


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_component_schema_names(name: str) -> None:
    schemas = load(name)["components"]["schemas"]
    assert SCHEMAS[name] <= set(schemas), SCHEMAS[name] - set(schemas)


def test_autobutler_security() -> None:
    spec = load("autobutler")
    schemes = spec["components"]["securitySchemes"]
    assert schemes == {
        "tokenAuth": {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": schemes["tokenAuth"]["description"],
        }
    }
    assert spec["security"] == [{"tokenAuth": []}]
    found = operations(spec)
    assert found["createToken"][2]["security"] == []
    for operation_id, (_, _, operation) in found.items():
        if operation_id != "createToken":
            assert "security" not in operation
            assert "401" in operation["responses"], operation_id
    assert "422" in found["updateMechanicIntegration"][2]["responses"]


def test_integratorio_security_and_errors() -> None:
    spec = load("integratorio")
    schemes = spec["components"]["securitySchemes"]
    assert schemes["bearerAuth"]["type"] == "http"
    assert schemes["bearerAuth"]["scheme"] == "bearer"
    assert spec["security"] == [{"bearerAuth": []}]
    for operation_id, (_, _, operation) in operations(spec).items():
        assert {"400", "401", "404", "422", "429", "default"} <= set(operation["responses"]), (
            operation_id
        )


def test_integratorio_lists_page_and_429_says_when_to_retry() -> None:
    # developer.celigo.com "Pagination" and "Rate limits"; readme.md line 118.
    spec = load("integratorio")
    assert spec["servers"][0]["url"] == "https://api.integrator.io/v1"  # the default
    components = spec["components"]
    assert components["parameters"]["Limit"]["schema"] == {
        "type": "integer",
        "minimum": 1,
        "maximum": 1000,
    }
    assert components["parameters"]["Skip"]["schema"] == {"type": "integer", "minimum": 0}
    lists = {
        "listIntegrations",
        "listConnectors",
        "listConnectorLicenses",
        "getConnectorInstallBase",
    }
    for operation_id, (_, _, operation) in operations(spec).items():
        refs = {p.get("$ref") for p in operation.get("parameters", [])}
        paged = {"#/components/parameters/Limit", "#/components/parameters/Skip"} <= refs
        assert paged == (operation_id in lists), operation_id
        if paged:
            link = operation["responses"]["200"]["headers"]["Link"]
            assert link == {"$ref": "#/components/headers/Link"}, operation_id
    too_many = components["responses"]["TooManyRequests"]
    assert too_many["headers"]["Retry-After"] == {"$ref": "#/components/headers/RetryAfter"}
    assert components["headers"]["RetryAfter"]["schema"]["type"] == "integer"
    entry = components["schemas"]["ErrorBody"]["properties"]["errors"]["items"]
    assert entry["required"] == ["code"]
    assert set(entry["properties"]) == {"code", "message", "field"}
    description = spec["info"]["description"]
    assert "1,000 requests that refills at 300 per second" in " ".join(description.split())


def test_hubster_security_and_errors() -> None:
    spec = load("hubster")
    schemes = spec["components"]["securitySchemes"]
    assert schemes["bearerAuth"]["type"] == "http"
    assert schemes["bearerAuth"]["scheme"] == "bearer"
    flow = schemes["clientCredentials"]["flows"]["clientCredentials"]
    assert flow["tokenUrl"].startswith("https://identity.hubster.io/")
    assert spec["security"] == [{"bearerAuth": []}, {"clientCredentials": []}]
    # The docs' status table (create and get) plus 404 (hubsterio/docs, 6_error_codes.rst).
    documented = {"400", "401", "403", "404", "408", "429", "500", "503"}
    for operation_id, (_, _, operation) in operations(spec).items():
        assert documented <= set(operation["responses"]), operation_id


def test_no_openapi_30_nullable() -> None:
    for name in OPERATIONS:
        for node in walk(load(name)):
            if isinstance(node, dict):
                assert "nullable" not in node, name


def test_integratorio_resources_keep_unknown_fields() -> None:
    schemas = load("integratorio")["components"]["schemas"]
    for name, schema in schemas.items():
        if name != "ErrorBody":
            assert schema.get("additionalProperties") is True, name


def test_hubster_response_configurations_are_open_and_optional() -> None:
    schemas = load("hubster")["components"]["schemas"]
    for channel in ("TwilioSms", "Messenger", "WebChat", "Direct", "System", "Slack"):
        configuration = schemas[f"{channel}Configuration"]
        assert configuration.get("additionalProperties") is True, channel
        assert "required" not in configuration, channel
        assert all(key[0].islower() for key in configuration["properties"]), channel


def test_hubster_unions_cover_every_channel() -> None:
    schemas = load("hubster")["components"]["schemas"]
    channels = ("TwilioSms", "Messenger", "WebChat", "Direct", "System", "Slack")
    for union, pattern in (
        ("Integration", "#/components/schemas/{}Integration"),
        ("CreateIntegrationRequest", "#/components/schemas/Create{}Integration"),
        ("UpdateIntegrationRequest", "#/components/schemas/Update{}Integration"),
    ):
        variants = schemas[union].get("oneOf") or schemas[union]["anyOf"]
        assert {variant["$ref"] for variant in variants} == {
            pattern.format(channel) for channel in channels
        }
    # Requests name the channel, so the create union has a discriminator. Responses may carry
    # the numeric code (GET answers 102), which a discriminator cannot map: the response union
    # is keyed by channelId through each variant accepting only its own name and code.
    assert schemas["CreateIntegrationRequest"]["discriminator"]["propertyName"] == "channelId"
    assert "discriminator" not in schemas["Integration"]
    accepted: dict[str, set[object]] = {}
    for channel in channels:
        channel_id = schemas[f"{channel}Integration"]["properties"]["channelId"]
        values: set[object] = set()
        for option in channel_id["anyOf"]:
            target = schemas[option["$ref"].rsplit("/", 1)[1]] if "$ref" in option else option
            values.update([target["const"]] if "const" in target else target["enum"])
        accepted[channel] = values
    for channel, values in accepted.items():
        others = set().union(*(v for c, v in accepted.items() if c != channel))
        assert values and not values & others, channel
    # Configurations of these channels cannot be changed; their update bodies do not offer one.
    for channel in ("TwilioSms", "Messenger", "Slack"):
        assert "configuration" not in schemas[f"Update{channel}Integration"]["properties"]
    for channel in ("WebChat", "Direct", "System"):
        assert "configuration" in schemas[f"Update{channel}Integration"]["properties"]
