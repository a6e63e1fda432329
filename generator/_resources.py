"""Describe the resource clients (``client.<resource>.<method>()``) from sdk.yaml + the parser.

sdk.yaml maps operations to resources and method names::

    resources:
      connectors:
        methods:
          get: {operation: getConnector}
          update: {operation: updateConnector, body: connector}
        resources:
          licenses:
            methods: {list: {operation: listConnectorLicenses}}

Every operation of the spec must be mapped exactly once, so a new operation cannot be forgotten.
Per method, ``body`` renames the body argument, ``flatten_body: true`` turns the body model's
fields into arguments, and ``parse``/``returns`` name hooks in override modules
(``"module:function"``) for quirks the spec cannot express.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ._apis import ApiInputs
from ._errors import GenerationError


@dataclass
class Argument:
    """One method argument: its Python name, type annotation and wire name."""

    name: str
    annotation: str
    required: bool
    wire_name: str = ""

    @property
    def optional_annotation(self) -> str:
        """The annotation of an optional argument whose default is ``None`` (not ``UNSET``)."""
        bare = re.sub(r"\s*\|\s*Unset\b", "", self.annotation)
        return f"{bare} | None"


@dataclass
class Pagination:
    """How a list method pages: the runtime ``Paging`` it builds and the type of one record."""

    paging: str  # Python source of the Paging object, e.g. "LinkPaging()"
    item_type: str
    hidden_query: frozenset[str] = frozenset()  # wire names the pager sets itself


@dataclass
class Method:
    """One resource method and how it maps to a generated endpoint module."""

    name: str
    operation_id: str
    module: str
    summary: str
    path_args: list[Argument]
    query_args: list[Argument]
    body: Argument | None
    body_model: str | None
    body_is_model: bool
    flatten: list[Argument]
    returns: str
    parse: str
    http_method: str
    path: str
    docstring: str
    pagination: Pagination | None = None


@dataclass
class Resource:
    """A namespace of methods (and nested namespaces) on the client."""

    attribute: str
    class_name: str
    dotted: str = ""
    methods: list[Method] = field(default_factory=list)
    children: list[Resource] = field(default_factory=list)


def _code(value: Any) -> str:
    """Source text of an openapi-python-client PythonCode (types are code, not text)."""
    as_code = getattr(value, "as_unembedded_code", None)
    return str(as_code()) if callable(as_code) else str(value)


def _annotation(value: Any) -> str:
    """A type annotation usable inside a resource class.

    Resource classes have methods named ``list``, so a bare ``list[...]`` in an annotation would
    name the method; spell the builtin out.
    """
    return re.sub(r"(?<![\w.])list\[", "builtins.list[", _code(value))


def _text(value: Any) -> str:
    """Plain text of an UntrustedString (names, descriptions); templates escape it."""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter()) if callable(getter) else ("" if value is None else str(value))


def _pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.replace("-", "_").split("_"))


def _hook(spec: str) -> tuple[str, str]:
    module, _, function = spec.partition(":")
    return module, function


def _success_type(endpoint: Any) -> str:
    types: list[str] = []
    for response in endpoint.responses.patterns:
        low, high = response.status_code.range
        if 200 <= low and high <= 299:
            text = _annotation(response.prop.get_type_string())
            if text in ("Any",):
                text = "None"
            if text not in types:
                types.append(text)
    return " | ".join(types) or "None"


def _success_prop(endpoint: Any) -> Any:
    for response in endpoint.responses.patterns:
        low, high = response.status_code.range
        if 200 <= low and high <= 299:
            return response.prop
    return None


def _pagination(api: ApiInputs, name: str, settings: Any, endpoint: Any) -> Pagination:
    """The pager of a ``paginate:`` method: ``link`` or ``{style: page_number, ...}``."""
    from openapi_python_client.parser.properties import ModelProperty
    from openapi_python_client.parser.properties.list_property import ListProperty

    where = f"overrides/{api.name}/sdk.yaml, method {name}, paginate"
    options: dict[str, Any] = {"style": settings} if isinstance(settings, str) else dict(settings)
    style = options.pop("style", None)
    item_type = options.pop("item_type", None)
    prop = _success_prop(endpoint)
    if style == "link":
        if not isinstance(prop, ListProperty):
            raise GenerationError("resources", f"{where}: link paging needs a 2xx list answer.")
        paging, items = "LinkPaging()", prop
        hidden: frozenset[str] = frozenset()
    elif style == "page_number":
        page_param = str(options.pop("page_param", ""))
        attribute = str(options.pop("items", "items"))
        wire = {_text(p.name) for p in endpoint.query_parameters}
        if page_param not in wire:
            raise GenerationError(
                "resources", f"{where}: page_param {page_param!r} is not a query parameter."
            )
        fields: dict[str, Any] = {}
        if isinstance(prop, ModelProperty):
            declared = (prop.required_properties or []) + (prop.optional_properties or [])
            fields = {str(p.python_name): p for p in declared}
        found = fields.get(attribute)
        if not isinstance(found, ListProperty):
            raise GenerationError(
                "resources", f"{where}: the 2xx answer has no list attribute {attribute!r}."
            )
        items = found
        paging = f"PageNumberPaging(page_param={page_param!r}, items_attribute={attribute!r})"
        hidden = frozenset({page_param})
    else:
        raise GenerationError(
            "resources", f"{where}: style is {style!r}; use 'link' or 'page_number'."
        )
    if options:
        raise GenerationError("resources", f"{where}: unknown keys {sorted(options)}.")
    inner = _annotation(items.inner_property.get_type_string(no_optional=True))
    return Pagination(paging, str(item_type or inner), hidden)


def _method(api: ApiInputs, name: str, settings: dict[str, Any], endpoint: Any, tag: str) -> Method:
    from openapi_python_client.parser.properties import ModelProperty

    module = f"api.{tag}.{endpoint.name}"
    path_args = [
        Argument(str(p.python_name), _annotation(p.get_type_string()), True, _text(p.name))
        for p in endpoint.path_parameters
    ]
    query_args = [
        Argument(
            str(p.python_name), _annotation(p.get_type_string()), bool(p.required), _text(p.name)
        )
        for p in endpoint.query_parameters
    ]
    body: Argument | None = None
    body_model: str | None = None
    body_is_model = False
    flatten: list[Argument] = []
    if endpoint.bodies:
        prop = endpoint.bodies[0].prop
        body_type = _annotation(prop.get_type_string(no_optional=True))
        body_is_model = isinstance(prop, ModelProperty)
        body_model = str(prop.class_info.name) if body_is_model else None
        annotation = f"{body_type} | Mapping[str, Any]" if body_is_model else body_type
        body = Argument(str(settings.get("body", "body")), annotation, True)
        if settings.get("flatten_body"):
            if not body_is_model:
                raise GenerationError(
                    "resources", f"{api.name}: {name} flattens a body that is not one model."
                )
            flatten = [
                Argument(
                    str(p.python_name),
                    _annotation(p.get_type_string()),
                    bool(p.required),
                    _text(p.name),
                )
                for p in prop.required_properties + prop.optional_properties
            ]
    pagination = None
    if settings.get("paginate"):
        pagination = _pagination(api, name, settings["paginate"], endpoint)
        query_args = [a for a in query_args if a.wire_name not in pagination.hidden_query]
    returns = str(settings.get("returns") or _success_type(endpoint))
    parse = str(settings.get("parse") or "")
    summary = _text(endpoint.summary) or f"Call ``{endpoint.name}``."
    description = (str(settings.get("doc") or "") or _text(endpoint.description)).strip()
    return Method(
        name=name,
        operation_id=str(endpoint.name),
        module=module,
        summary=summary,
        path_args=path_args,
        query_args=query_args,
        body=body,
        body_model=body_model,
        body_is_model=body_is_model,
        flatten=flatten,
        returns=returns,
        parse=parse,
        docstring=description,
        http_method=_text(endpoint.method).upper(),
        path=_text(endpoint.path),
        pagination=pagination,
    )


def build_resources(api: ApiInputs, openapi: Any, spec: dict[str, Any]) -> list[Resource]:
    """Map every operation to a resource method, or raise naming what is unmapped."""
    # The parser keeps snake_case names; sdk.yaml speaks operationIds, so look them up by
    # method and path in the (overlaid) spec.
    # The parser also renames path parameters ({hubId} -> {hub_id}); compare with the
    # parameters' wire names put back.
    by_place: dict[tuple[str, str], str] = {}
    for path, item in (spec.get("paths") or {}).items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                by_place[(str(path), method.lower())] = str(operation["operationId"])
    endpoints: dict[str, tuple[str, Any]] = {}
    for tag, collection in openapi.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            path = _text(endpoint.path)
            for param in endpoint.path_parameters:
                path = path.replace(
                    "{" + str(param.python_name) + "}", "{" + _text(param.name) + "}"
                )
            operation_id = by_place[(path, _text(endpoint.method).lower())]
            endpoints[operation_id] = (str(tag), endpoint)
    used: set[str] = set()

    def build(attribute: str, settings: dict[str, Any], prefix: str, parent: str = "") -> Resource:
        class_name = settings.get("class") or f"{prefix}{_pascal(attribute)}"
        dotted = f"{parent}.{attribute}" if parent else attribute
        resource = Resource(attribute, class_name, dotted)
        for method_name, method_settings in (settings.get("methods") or {}).items():
            operation_id = method_settings["operation"]
            if operation_id not in endpoints:
                raise GenerationError(
                    "resources",
                    f"overrides/{api.name}/sdk.yaml maps {attribute}.{method_name} to "
                    f"{operation_id!r}, which the spec does not define.",
                )
            if operation_id in used:
                raise GenerationError(
                    "resources", f"overrides/{api.name}/sdk.yaml maps {operation_id!r} twice."
                )
            used.add(operation_id)
            tag, endpoint = endpoints[operation_id]
            method = _method(api, method_name, method_settings, endpoint, tag)
            method.operation_id = operation_id
            resource.methods.append(method)
        for child, child_settings in (settings.get("resources") or {}).items():
            resource.children.append(build(child, child_settings, class_name, dotted))
        return resource

    resources = [
        build(attribute, settings, "")
        for attribute, settings in (api.sdk.get("resources") or {}).items()
    ]
    unmapped = sorted(set(endpoints) - used)
    if unmapped and api.sdk.get("resources") is not None:
        raise GenerationError(
            "resources",
            f"overrides/{api.name}/sdk.yaml maps no resource method to {', '.join(unmapped)}. "
            "Add each operation under 'resources' so the client offers it.",
        )
    return resources


def flatten_resources(resources: list[Resource]) -> list[Resource]:
    """Children before parents, so generated classes are defined before they are used."""
    ordered: list[Resource] = []
    for resource in resources:
        ordered.extend(flatten_resources(resource.children))
        ordered.append(resource)
    return ordered
