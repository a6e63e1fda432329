"""Describe the resource clients (``client.<resource>.<method>()``) from the operation table.

Per method, sdk.yaml's ``body`` renames the body argument, ``flatten_body: true`` turns the body
model's fields into arguments, and ``parse``/``returns`` name hooks in override modules
(``"module:function"``) for quirks the spec cannot express. Which operation a method calls, its
2xx type and its paging come from the operation table (``_operations.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ._errors import GenerationError
from ._operations import OperationRow, OperationTable, builtin_lists, code, text
from ._settings import ApiSettings, ResourceSettings


@dataclass
class Argument:
    """One method argument: its Python name, type annotation and wire name."""

    name: str
    annotation: str
    required: bool
    wire_name: str = ""
    description: str = ""  # the spec's, for the API reference (api.md)

    @property
    def optional_annotation(self) -> str:
        """The annotation of an optional argument whose default is ``None`` (not ``UNSET``)."""
        bare = re.sub(r"\s*\|\s*Unset\b", "", self.annotation)
        return f"{bare} | None"


@dataclass
class Method:
    """One resource method: its operation's row and the arguments it takes."""

    name: str
    operation: OperationRow
    summary: str
    docstring: str
    path_args: list[Argument]
    query_args: list[Argument]
    body: Argument | None
    body_model: str | None
    body_is_model: bool
    flatten: list[Argument]
    returns: str
    parse: str

    @property
    def body_union(self) -> list[str]:
        """The model classes of a body the spec allows in several shapes (Hubster's create and
        update: one class per channel), sorted; empty for any other body. _client.py.jinja's
        ``body_union`` macro says the same (it then also takes a dict), and api.md reads this."""
        if self.body is None or self.body_is_model or self.flatten:
            return []
        members = getattr(self.operation.endpoint.bodies[0].prop, "inner_properties", None) or []
        if not members or not all(hasattr(member, "class_info") for member in members):
            return []
        return sorted(str(member.class_info.name) for member in members)


@dataclass
class Resource:
    """A namespace of methods (and nested namespaces) on the client."""

    attribute: str
    class_name: str
    dotted: str = ""
    methods: list[Method] = field(default_factory=list)
    children: list[Resource] = field(default_factory=list)


def _annotation(value: Any) -> str:
    return builtin_lists(code(value))


def _pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.replace("-", "_").split("_"))


def _argument(prop: Any, required: bool) -> Argument:
    return Argument(
        str(prop.python_name),
        _annotation(prop.get_type_string()),
        required,
        text(prop.name),
        text(prop.description),
    )


def _method(where: str, row: OperationRow) -> Method:
    from openapi_python_client.parser.properties import ModelProperty

    assert row.settings is not None and row.method is not None
    settings, endpoint = row.settings, row.endpoint
    path_args = [_argument(p, True) for p in endpoint.path_parameters]
    hidden = row.pagination.hidden_query if row.pagination else frozenset()
    query_args = [
        _argument(p, bool(p.required))
        for p in endpoint.query_parameters
        if text(p.name) not in hidden
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
        body = Argument(settings.body, annotation, True)
        if settings.flatten_body:
            if not body_is_model:
                raise GenerationError(
                    "resources", f"{where}.flatten_body: the body is not one model."
                )
            declared = prop.required_properties + prop.optional_properties
            flatten = [_argument(p, bool(p.required)) for p in declared]
    return Method(
        name=row.method,
        operation=row,
        summary=text(endpoint.summary) or f"Call ``{endpoint.name}``.",
        docstring=(settings.doc or text(endpoint.description)).strip(),
        path_args=path_args,
        query_args=query_args,
        body=body,
        body_model=body_model,
        body_is_model=body_is_model,
        flatten=flatten,
        returns=settings.returns or builtin_lists(row.success_type),
        parse=settings.parse or "",
    )


def build_resources(settings: ApiSettings, table: OperationTable, display: str) -> list[Resource]:
    """The resource tree of sdk.yaml, each method built from its operation's row."""
    rows = {(row.resource, row.method): row for row in table.mapped}

    def build(
        attribute: str, resource: ResourceSettings, prefix: str, parent: str, key_path: str
    ) -> Resource:
        class_name = resource.class_name or f"{prefix}{_pascal(attribute)}"
        dotted = f"{parent}.{attribute}" if parent else attribute
        node = Resource(attribute, class_name, dotted)
        for name in resource.methods:
            where = f"{display}: {key_path}.methods.{name}"
            node.methods.append(_method(where, rows[(dotted, name)]))
        for child, child_settings in resource.resources.items():
            here = f"{key_path}.resources.{child}"
            node.children.append(build(child, child_settings, class_name, dotted, here))
        return node

    return [
        build(attribute, resource, "", "", f"resources.{attribute}")
        for attribute, resource in (settings.resources or {}).items()
    ]


def flatten_resources(resources: list[Resource]) -> list[Resource]:
    """Children before parents, so generated classes are defined before they are used."""
    ordered: list[Resource] = []
    for resource in resources:
        ordered.extend(flatten_resources(resource.children))
        ordered.append(resource)
    return ordered
