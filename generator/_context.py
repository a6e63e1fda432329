"""The values our own templates read: per-API settings (``sdk.yaml``) plus facts from the spec."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ._apis import ApiInputs
from ._errors import GenerationError


def _iter_schema_properties(value: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(value, dict):
        properties = value.get("properties")
        if isinstance(properties, dict):
            for name, schema in properties.items():
                if isinstance(schema, dict):
                    yield str(name), schema
        for child in value.values():
            yield from _iter_schema_properties(child)
    elif isinstance(value, list):
        for child in value:
            yield from _iter_schema_properties(child)


def sensitive_fields(spec: dict[str, Any]) -> list[str]:
    """Wire names of properties the spec marks secret (``format: password``/``x-sensitive``)."""
    names = {
        name
        for name, schema in _iter_schema_properties(spec)
        if schema.get("format") == "password" or schema.get("x-sensitive") is True
    }
    return sorted(names)


def _snake(operation_id: str) -> str:
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(operation_id, prefix=""))


def _operation_ids(spec: dict[str, Any]) -> dict[str, str]:
    """snake_case endpoint name -> operationId, for messages and logs in generated code."""
    return {
        _snake(str(op["operationId"])): str(op["operationId"])
        for path_item in (spec.get("paths") or {}).values()
        if isinstance(path_item, dict)
        for op in path_item.values()
        if isinstance(op, dict) and "operationId" in op
    }


def _method_settings(resources: Any) -> Iterator[dict[str, Any]]:
    for settings in (resources or {}).values():
        yield from (settings.get("methods") or {}).values()
        yield from _method_settings(settings.get("resources"))


def _status_hints(api: ApiInputs) -> dict[str, dict[int, str]]:
    """snake_case endpoint name -> {status: sentence} from the methods' ``status_hints``."""
    return {
        _snake(str(method["operation"])): {
            int(status): " ".join(str(text).split())
            for status, text in method["status_hints"].items()
        }
        for method in _method_settings(api.sdk.get("resources"))
        if method.get("status_hints")
    }


def _regions(api: ApiInputs, servers: list[dict[str, Any]]) -> dict[str, str]:
    """``regions:`` of sdk.yaml; every URL must be one of the spec's servers."""
    regions = {str(k): str(v) for k, v in (api.sdk.get("regions") or {}).items()}
    known = {str(server["url"]) for server in servers}
    for name, url in regions.items():
        if url not in known:
            raise GenerationError(
                "sdk",
                f"overrides/{api.name}/sdk.yaml: region {name!r} is {url}, which is not one of "
                f"the spec's servers ({', '.join(sorted(known))}). Add it to the spec first.",
            )
    return regions


def runtime_policy() -> dict[str, Any]:
    """The runtime's policy constants, for the package READMEs (docs cannot drift from code)."""
    from .runtime import _constants as c

    return {
        "timeout": c.DEFAULT_TIMEOUT.read,
        "connect_timeout": c.DEFAULT_TIMEOUT.connect,
        "max_retries": c.DEFAULT_MAX_RETRIES,
        "initial_delay": c.INITIAL_RETRY_DELAY,
        "max_delay": c.MAX_RETRY_DELAY,
        "jitter_percent": round(c.RETRY_JITTER_FRACTION * 100),
        "max_retry_after": c.MAX_RETRY_AFTER,
        "retryable_statuses": sorted(c.RETRYABLE_STATUS_CODES),
    }


def build_sdk_context(api: ApiInputs, spec: dict[str, Any]) -> dict[str, Any]:
    """Everything under ``sdk.`` in our templates."""
    sdk = dict(api.sdk)
    servers = [s for s in spec.get("servers", []) if isinstance(s, dict) and "url" in s]
    info = spec.get("info", {})
    sdk.setdefault("version", "1.0.0")
    sdk.setdefault("path_safe_characters", "")
    sdk.setdefault("idempotent_methods", ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"])
    sdk.setdefault("rate_limit", None)
    sdk.update(
        name=api.name,
        spec_path=api.rel(api.spec),
        overlay_path=api.rel(api.overlay) if api.overlay.is_file() else None,
        title=str(info.get("title", api.sdk["api_name"])),
        api_version=str(info.get("version", "")),
        description=str(info.get("description", "")).strip(),
        servers=servers,
        default_base_url=str(servers[0]["url"]) if servers else "",
        sensitive_fields=sensitive_fields(spec),
        regions=_regions(api, servers),
        status_hints=_status_hints(api),
        policy=runtime_policy(),
        # Keyed by the parser's snake_case endpoint name, which is what the templates see.
        operation_ids=_operation_ids(spec),
        public_operations=sorted(
            _snake(str(op.get("operationId")))
            for path_item in (spec.get("paths") or {}).values()
            if isinstance(path_item, dict)
            for op in path_item.values()
            if isinstance(op, dict) and op.get("security") == []
        ),
    )
    return sdk
