"""What our templates read, built once per API: settings, spec facts, operations, errors.

``build_context`` runs after openapi-python-client has parsed the spec and before it renders,
so the endpoint modules (rendered by openapi-python-client with our templates) and our own files
(``_client.py``, README, ...) see the same values. The Jinja globals are:

- ``sdk``: the validated ``sdk.yaml`` (``_settings.ApiSettings``), the runtime's defaults filled in
- ``sdk_spec``: facts from the spec (title, servers, secret fields, ...)
- ``sdk_policy``: the runtime's retry and timeout constants, for the README
- ``sdk_operations``: the operation table (``_operations.py``)
- ``sdk_resources``, ``sdk_resources_flat``, ``sdk_public_names``: the resource clients
- ``sdk_errors``: the error hierarchy of the runtime's ``ERROR_TREE``, as a docstring tree and a
  Markdown table
- ``sdk_reference``: the API reference of every resource method (``_reference.py``, for api.md)
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._apis import ApiInputs
from ._errors import GenerationError
from ._operations import OperationTable, build_operation_table
from ._reference import ResourceReference, build_reference
from ._resources import Resource, build_resources, flatten_resources
from ._settings import ApiSettings

if TYPE_CHECKING:
    from .runtime._errors import ErrorKind


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


def with_runtime_defaults(settings: ApiSettings) -> ApiSettings:
    """``settings`` with what it leaves to the runtime spelt out (the generated CONFIG says it)."""
    from .runtime._constants import DEFAULT_IDEMPOTENT_METHODS

    if settings.idempotent_methods is not None:
        return settings
    return settings.model_copy(update={"idempotent_methods": DEFAULT_IDEMPOTENT_METHODS})


@dataclass(frozen=True)
class SpecFacts:
    """What the templates take from the (overlaid) spec rather than from sdk.yaml."""

    title: str
    api_version: str
    description: str
    servers: list[dict[str, Any]]
    default_base_url: str
    sensitive_fields: list[str]
    spec_path: str
    overlay_path: str | None


def spec_facts(api: ApiInputs, spec: dict[str, Any]) -> SpecFacts:
    servers = [s for s in spec.get("servers", []) if isinstance(s, dict) and "url" in s]
    info = spec.get("info", {})
    known = {str(server["url"]) for server in servers}
    for name, url in api.settings.regions.items():
        if url not in known:
            raise GenerationError(
                "settings",
                f"{api.rel(api.settings_file)}: regions.{name}: {url} is not one of the spec's "
                f"servers ({', '.join(sorted(known))}). Add it to the spec first.",
            )
    return SpecFacts(
        title=str(info.get("title", api.settings.api_name)),
        api_version=str(info.get("version", "")),
        description=str(info.get("description", "")).strip(),
        servers=servers,
        default_base_url=str(servers[0]["url"]) if servers else "",
        sensitive_fields=sensitive_fields(spec),
        spec_path=api.rel(api.spec),
        overlay_path=api.rel(api.overlay) if api.overlay.is_file() else None,
    )


# --- The error hierarchy ------------------------------------------------------------------------


def _rst(markdown: str) -> str:
    """Markdown code spans as reStructuredText literals (docstrings use the latter)."""
    return re.sub(r"`([^`]+)`", r"``\1``", markdown)


def error_tree_lines(tree: Sequence[ErrorKind], width: int = 96) -> list[str]:
    """The hierarchy drawn as ASCII art, each class with when it is raised (wrapped)."""
    children: dict[str | None, list[ErrorKind]] = {}
    for kind in tree:
        children.setdefault(kind.parent, []).append(kind)
    rows: list[tuple[str, str, str]] = []  # (prefix + name, continuation prefix, text)

    def walk(kind: ErrorKind, bars: str, last: bool, depth: int) -> None:
        if depth == 0:
            head, more, below = kind.name, " |   " if children.get(kind.name) else "", ""
        else:
            head = f"{bars} +-- {kind.name}"
            more = bars + ("     " if last else " |   ")
            below = more
        rows.append((head, more, _rst(kind.raised_for)))
        kids = children.get(kind.name, [])
        for index, child in enumerate(kids):
            walk(child, below, index == len(kids) - 1, depth + 1)

    for root in children.get(None, []):
        walk(root, "", True, 0)
    column = max(len(head) for head, _, _ in rows) + 2
    lines: list[str] = []
    for head, more, description in rows:
        wrapped = textwrap.wrap(description, max(width - column, 30)) or [""]
        lines.append(f"{head:<{column}}{wrapped[0]}".rstrip())
        lines += [f"{more:<{column}}{line}".rstrip() for line in wrapped[1:]]
    return lines


def error_table(tree: Sequence[ErrorKind]) -> str:
    """The Markdown table of the READMEs: exception, parent, when it is raised."""
    lines = ["| exception | derives from | raised for |", "| --- | --- | --- |"]
    lines += [
        f"| `{kind.name}` | `{kind.parent or 'Exception'}` | {kind.raised_for} |" for kind in tree
    ]
    return "\n".join(lines)


@dataclass(frozen=True)
class ErrorDocs:
    """``sdk_errors``: the runtime's ERROR_TREE as the templates print it."""

    names: list[str]  # every class, sorted (errors.py imports and exports them)
    tree: list[str]  # the docstring tree of errors.py
    table: str  # the README table


def error_docs() -> ErrorDocs:
    from .runtime._errors import ERROR_TREE

    return ErrorDocs(
        names=sorted(kind.name for kind in ERROR_TREE),
        tree=error_tree_lines(ERROR_TREE),
        table=error_table(ERROR_TREE),
    )


# --- The context --------------------------------------------------------------------------------


@dataclass(frozen=True)
class TemplateContext:
    """Everything our templates read; ``globals()`` is what the Jinja environment gets."""

    settings: ApiSettings
    spec: SpecFacts
    policy: dict[str, Any]
    operations: OperationTable
    resources: list[Resource]
    errors: ErrorDocs
    reference: list[ResourceReference]

    def globals(self) -> dict[str, Any]:
        flat = flatten_resources(self.resources)
        classes = [r.class_name for r in flat] + [f"Async{r.class_name}" for r in flat]
        clients = [self.settings.client_class, self.settings.async_client_class]
        return {
            "sdk": self.settings,
            "sdk_spec": self.spec,
            "sdk_policy": self.policy,
            "sdk_operations": self.operations,
            "sdk_resources": self.resources,
            "sdk_resources_flat": flat,
            "sdk_public_names": clients + classes,
            "sdk_errors": self.errors,
            "sdk_reference": self.reference,
        }


def build_context(api: ApiInputs, spec: dict[str, Any], openapi: Any) -> TemplateContext:
    """The context of one API, from its settings, its overlaid spec and the parser's view."""
    operations = build_operation_table(api, spec, openapi)
    settings = with_runtime_defaults(api.settings)
    resources = build_resources(api.settings, operations, api.rel(api.settings_file))
    return TemplateContext(
        settings=settings,
        spec=spec_facts(api, spec),
        policy=runtime_policy(),
        operations=operations,
        resources=resources,
        errors=error_docs(),
        reference=build_reference(settings, resources),
    )
