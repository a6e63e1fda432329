"""The operation table: one row per operation of the spec, built once per API.

A row joins the three views of an operation: the spec's (operationId, ``security: []``), the
parser's (snake_case name, tag, path, 2xx answers and their type) and ``sdk.yaml``'s (resource
and method name, paging, status hints). Every template reads the rows: the endpoint modules'
``OPERATION`` and ``_parse_success``, the resource clients in ``_client.py`` and the package
README's list of operations. sdk.yaml maps operations to ``client.<resource>.<method>()``::

    resources:
      connectors:
        methods:
          get: {operation: getConnector}
        resources:
          licenses:
            methods: {list: {operation: listConnectorLicenses, paginate: link}}

Every operation of the spec must be mapped exactly once, so a new operation cannot be forgotten.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from ._apis import ApiInputs
from ._errors import GenerationError
from ._settings import MethodSettings, ResourceSettings


def code(value: Any) -> str:
    """Source text of an openapi-python-client PythonCode (types are code, not text)."""
    as_code = getattr(value, "as_unembedded_code", None)
    return str(as_code()) if callable(as_code) else str(value)


def text(value: Any) -> str:
    """Plain text of an UntrustedString (names, descriptions); templates escape it."""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter()) if callable(getter) else ("" if value is None else str(value))


def builtin_lists(annotation: str) -> str:
    """An annotation usable inside a resource class.

    Resource classes have methods named ``list``, so a bare ``list[...]`` in an annotation would
    name the method; spell the builtin out.
    """
    return re.sub(r"(?<![\w.])list\[", "builtins.list[", annotation)


@dataclass(frozen=True)
class Pagination:
    """How a list method pages: the runtime ``Paging`` it builds and the type of one record."""

    paging: str  # Python source of the Paging object, e.g. "LinkPaging()"
    item_type: str
    hidden_query: frozenset[str] = frozenset()  # wire names the pager sets itself


@dataclass(frozen=True)
class OperationRow:
    """One operation: what the endpoint module, the resource method and the README say of it."""

    operation_id: str
    name: str  # the parser's snake_case name: the module api/<tag>/<name>.py
    tag: str
    http_method: str  # upper case
    path: str  # as the endpoint module formats it (path parameters by their Python names)
    success_type: str  # what _parse_success returns: the 2xx answers' types, "None" for none
    success_responses: tuple[Any, ...]  # the parser's 2xx responses, in the spec's order
    requires_auth: bool  # False when the spec says `security: []` (a login)
    endpoint: Any = field(repr=False)  # the parser's Endpoint (parameters, bodies, docs)
    # From sdk.yaml; None for an operation no resource method maps (no `resources:` at all).
    resource: str | None = None  # dotted: "connectors.licenses"
    method: str | None = None
    settings: MethodSettings | None = None
    pagination: Pagination | None = None
    status_hints: Mapping[int, str] = field(default_factory=dict)
    idempotent: bool | None = None  # None: by the HTTP method
    # The request body is a free-form object whose every value the spec marks sensitive
    # (`additionalProperties: {x-sensitive: true}`): all of them are secrets of the call.
    secret_body: bool = False

    @property
    def module(self) -> str:
        """The endpoint module, relative to the package."""
        return f"api.{self.tag}.{self.name}"


@dataclass(frozen=True)
class OperationTable:
    """The rows in sdk.yaml's order (resource by resource), then any unmapped ones."""

    rows: tuple[OperationRow, ...]

    def __iter__(self) -> Iterator[OperationRow]:
        return iter(self.rows)

    @cached_property
    def by_name(self) -> dict[str, OperationRow]:
        """Rows by the parser's snake_case name, which is what the endpoint templates see."""
        return {row.name: row for row in self.rows}

    @property
    def mapped(self) -> list[OperationRow]:
        return [row for row in self.rows if row.method is not None]


def _success(endpoint: Any) -> tuple[str, tuple[Any, ...]]:
    responses = tuple(
        r
        for r in endpoint.responses.patterns
        if 200 <= r.status_code.range[0] and r.status_code.range[1] <= 299
    )
    types: list[str] = []
    for response in responses:
        # An answer without a schema parses to Any in the parser; it returns None here.
        type_string = code(response.prop.get_type_string())
        type_string = "None" if type_string == "Any" else type_string
        if type_string not in types:
            types.append(type_string)
    return " | ".join(types) or "None", responses


def _wire_path(endpoint: Any) -> str:
    """The parser renames path parameters ({hubId} -> {hub_id}); put the wire names back."""
    path = text(endpoint.path)
    for param in endpoint.path_parameters:
        path = path.replace("{" + str(param.python_name) + "}", "{" + text(param.name) + "}")
    return path


def _parsed_rows(api: ApiInputs, spec: dict[str, Any], openapi: Any) -> dict[str, OperationRow]:
    """operationId -> row, for every endpoint the parser made (in its order)."""
    by_place: dict[tuple[str, str], dict[str, Any]] = {
        (str(path), method.lower()): operation
        for path, item in (spec.get("paths") or {}).items()
        if isinstance(item, dict)
        for method, operation in item.items()
        if isinstance(operation, dict) and "operationId" in operation
    }
    rows: dict[str, OperationRow] = {}
    for tag, collection in openapi.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            method = text(endpoint.method)
            operation = by_place.get((_wire_path(endpoint), method.lower()))
            if operation is None:
                raise GenerationError(
                    "operations",
                    f"{api.rel(api.spec)}: {method.upper()} {_wire_path(endpoint)} has no "
                    "operationId; give every operation one (sdk.yaml maps them by it).",
                )
            operation_id = str(operation["operationId"])
            if operation_id in rows:  # the same operation under a second tag
                continue
            success_type, responses = _success(endpoint)
            rows[operation_id] = OperationRow(
                operation_id=operation_id,
                name=str(endpoint.name),
                tag=str(tag),
                http_method=method.upper(),
                path=text(endpoint.path),
                success_type=success_type,
                success_responses=responses,
                requires_auth=operation.get("security") != [],
                endpoint=endpoint,
                secret_body=_secret_body(spec, operation),
            )
    return rows


def _secret_body(spec: dict[str, Any], operation: dict[str, Any]) -> bool:
    """Whether the JSON body's schema keeps only sensitive values under keys of any name."""
    content = ((operation.get("requestBody") or {}).get("content") or {}).get("application/json")
    schema = _resolve(spec, (content or {}).get("schema") or {})
    values = _resolve(spec, schema.get("additionalProperties") or {})
    return isinstance(values, dict) and values.get("x-sensitive") is True


def _resolve(spec: dict[str, Any], schema: Any) -> Any:
    """``schema`` with a local ``$ref`` followed (``#/components/schemas/X``)."""
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        target: Any = spec
        for part in schema["$ref"].removeprefix("#/").split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        schema = target
    return schema


def _pagination(where: str, settings: MethodSettings, row: OperationRow) -> Pagination | None:
    """The pager of a ``paginate:`` method, checked against the operation's 2xx answer."""
    from openapi_python_client.parser.properties import ModelProperty
    from openapi_python_client.parser.properties.list_property import ListProperty

    options = settings.paginate
    if options is None:
        return None
    where = f"{where}.paginate"
    prop = row.success_responses[0].prop if row.success_responses else None
    hidden: frozenset[str] = frozenset()
    if options.style == "link":
        if not isinstance(prop, ListProperty):
            raise GenerationError("operations", f"{where}: link paging needs a 2xx list answer.")
        items: Any = prop
        paging = "LinkPaging()"
    else:
        page_param = str(options.page_param)
        attribute = options.items or "items"
        wire = {text(p.name) for p in row.endpoint.query_parameters}
        if page_param not in wire:
            raise GenerationError(
                "operations", f"{where}.page_param: {page_param!r} is not a query parameter."
            )
        fields: dict[str, Any] = {}
        if isinstance(prop, ModelProperty):
            declared = (prop.required_properties or []) + (prop.optional_properties or [])
            fields = {str(p.python_name): p for p in declared}
        items = fields.get(attribute)
        if not isinstance(items, ListProperty):
            raise GenerationError(
                "operations", f"{where}.items: the 2xx answer has no list attribute {attribute!r}."
            )
        paging = f"PageNumberPaging(page_param={page_param!r}, items_attribute={attribute!r})"
        hidden = frozenset({page_param})
    inner = code(items.inner_property.get_type_string(no_optional=True))
    return Pagination(paging, options.item_type or builtin_lists(inner), hidden)


def _walk(
    resources: Mapping[str, ResourceSettings], key_path: str, dotted: str
) -> Iterator[tuple[str, str, str, MethodSettings]]:
    """(key path, dotted resource, method name, settings) of every method, in file order."""
    for attribute, resource in resources.items():
        here = f"{key_path}.{attribute}"
        name = f"{dotted}.{attribute}" if dotted else attribute
        for method, settings in resource.methods.items():
            yield f"{here}.methods.{method}", name, method, settings
        yield from _walk(resource.resources, f"{here}.resources", name)


def build_operation_table(api: ApiInputs, spec: dict[str, Any], openapi: Any) -> OperationTable:
    """Every operation with its sdk.yaml mapping; raise naming what is unmapped or mapped twice."""
    parsed = _parsed_rows(api, spec, openapi)
    display = api.rel(api.settings_file)
    mapped: dict[str, OperationRow] = {}
    for where, resource, method, settings in _walk(api.settings.resources or {}, "resources", ""):
        where = f"{display}: {where}"
        row = parsed.get(settings.operation)
        if row is None:
            raise GenerationError(
                "operations",
                f"{where}.operation: {settings.operation!r} is not an operationId of "
                f"{api.rel(api.spec)}.",
            )
        if settings.operation in mapped:
            raise GenerationError(
                "operations", f"{where}.operation: {settings.operation!r} is mapped twice."
            )
        mapped[settings.operation] = replace(
            row,
            resource=resource,
            method=method,
            settings=settings,
            pagination=_pagination(where, settings, row),
            status_hints={
                status: " ".join(hint.split()) for status, hint in settings.status_hints.items()
            },
            idempotent=settings.idempotent,
        )
    unmapped = [operation_id for operation_id in parsed if operation_id not in mapped]
    if unmapped and api.settings.resources is not None:
        raise GenerationError(
            "operations",
            f"{display} maps no resource method to {', '.join(sorted(unmapped))}. "
            "Add each operation under 'resources' so the client offers it.",
        )
    return OperationTable(tuple(mapped.values()) + tuple(parsed[o] for o in unmapped))
