"""The API reference of a package (``api.md``), from the same resource methods as ``_client.py``.

``build_reference`` turns each ``Method`` of ``_resources.py`` (built from the operation table)
into what ``templates/sdk/api.md.jinja`` prints: the signature in the order ``_client.py`` declares
its arguments, the parameters, the return type and the errors of every status the spec documents
for the operation. tests/generator/test_api_docs.py checks that every operation of the table is
listed and that each signature equals the generated method's, so the reference cannot drift.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ._operations import text
from ._resources import Argument, Method, Resource
from ._settings import ApiSettings

# The keyword arguments every method takes last, as _client.py.jinja declares them.
CALL_OPTIONS: tuple[str, ...] = (
    "timeout: float | httpx.Timeout | None = None",
    "max_retries: int | None = None",
    "extra_headers: Mapping[str, str] | None = None",
    "extra_query: Mapping[str, Any] | None = None",
    "extra_body: Mapping[str, Any] | None = None",
)


def readable(annotation: str) -> str:
    """An annotation as a reader writes it, on one line: ``builtins.list`` (which _client.py
    needs, its classes having a method ``list``) as ``list``."""
    return re.sub(r"\bbuiltins\.", "", " ".join(annotation.split()))


def one_line(value: Any) -> str:
    """Text on one line, with ``|`` escaped: fit for a cell of a Markdown table."""
    return " ".join(text(value).split()).replace("|", "\\|")


@dataclass(frozen=True)
class Parameter:
    """One argument of a method as the reference lists it."""

    name: str
    annotation: str
    where: str  # "path", "query", "body" or "body field"
    required: bool
    description: str


@dataclass(frozen=True)
class ErrorCase:
    """A status the spec documents for the operation and the exception the client raises."""

    status: str
    exception: str
    description: str


@dataclass(frozen=True)
class MethodReference:
    """One method of the reference: ``client.<resource>.<name>()``."""

    call: str  # "client.connectors.licenses.get"
    method: Method
    signature: list[str]  # "name: annotation[ = default]" and "*", in declaration order
    returns: str
    returns_description: str
    raw_returns: str  # what client.<resource>.with_raw_response.<name>() returns
    parameters: list[Parameter]
    errors: list[ErrorCase]
    idempotent: bool

    @property
    def operation(self) -> Any:
        return self.method.operation


@dataclass(frozen=True)
class ResourceReference:
    """A resource (``client.connectors.licenses``) and its methods."""

    path: str  # "client.connectors.licenses"
    class_name: str
    methods: list[MethodReference]


def body_annotation(method: Method) -> str:
    """The body argument's annotation: a union of models also takes a dict."""
    assert method.body is not None
    annotation = readable(method.body.annotation)
    return f"{annotation} | Mapping[str, Any]" if method.body_union else annotation


def signature(method: Method) -> list[str]:
    """The parameters of ``method`` in the order _client.py.jinja declares them."""
    parts = [f"{a.name}: {readable(a.annotation)}" for a in method.path_args]
    if method.body and not method.flatten:
        parts.append(f"{method.body.name}: {body_annotation(method)}")
    parts.append("*")
    parts += [f"{a.name}: {readable(a.annotation)}" for a in method.flatten if a.required]
    parts += [
        f"{a.name}: {readable(a.annotation)} = UNSET" for a in method.flatten if not a.required
    ]
    parts += [f"{a.name}: {readable(a.annotation)}" for a in method.query_args if a.required]
    parts += [
        f"{a.name}: {readable(a.optional_annotation)} = None"
        for a in method.query_args
        if not a.required
    ]
    return parts + list(CALL_OPTIONS)


def _parameter(argument: Argument, where: str, annotation: str | None = None) -> Parameter:
    return Parameter(
        argument.name,
        readable(annotation or argument.annotation),
        where,
        argument.required,
        " ".join(argument.description.split()),
    )


def parameters(method: Method) -> list[Parameter]:
    """Every argument of the operation, path first, as the signature orders them."""
    found = [_parameter(a, "path") for a in method.path_args]
    if method.body and not method.flatten:
        described = method.body.description or (
            f"`{method.body_model}`, or a dict of its fields by their wire names."
            if method.body_model
            else ""
        )
        if method.body_union and not described:
            described = "One of " + ", ".join(f"`{name}`" for name in method.body_union)
            described += ", or a dict of one's fields by their wire names."
        found.append(Parameter(method.body.name, body_annotation(method), "body", True, described))
    found += [_parameter(a, "body field") for a in method.flatten if a.required]
    found += [_parameter(a, "body field") for a in method.flatten if not a.required]
    found += [_parameter(a, "query") for a in method.query_args if a.required]
    found += [
        _parameter(a, "query", a.optional_annotation) for a in method.query_args if not a.required
    ]
    return found


def exception_for(status: str) -> str:
    """The exception the runtime raises for a documented status (``404``, ``4XX``, ``default``)."""
    from .runtime._errors import status_error_class

    if status.isdigit():
        return status_error_class(int(status)).__name__
    if status.upper() == "5XX":
        return status_error_class(500).__name__
    return "APIStatusError"  # 4XX or default: the class of the status that arrives


def errors(method: Method) -> list[ErrorCase]:
    """Every error status the spec documents for the operation, and those sdk.yaml gives a hint
    for (``status_hints``: what the status means for this operation)."""
    cases: list[ErrorCase] = []
    for response in method.operation.endpoint.responses.patterns:
        status = str(response.status_code.pattern)
        if status.startswith("2"):
            continue
        description = one_line(response.data.description)
        if status.isdigit() and int(status) in method.operation.status_hints:
            hint = one_line(method.operation.status_hints[int(status)])
            description = f"{description} {hint}".strip()
        cases.append(ErrorCase(status, exception_for(status), description))
    documented = {case.status for case in cases}
    for code, hint in sorted(method.operation.status_hints.items()):
        if str(code) not in documented:  # a status the API answers that the spec leaves out
            cases.append(ErrorCase(str(code), exception_for(str(code)), one_line(hint)))
    return sorted(cases, key=lambda case: case.status)


def _returns(method: Method) -> tuple[str, str]:
    pagination = method.operation.pagination
    answers = "; ".join(
        one_line(r.data.description)
        for r in method.operation.success_responses
        if one_line(r.data.description)
    )
    if pagination is not None:
        item = readable(pagination.item_type)
        return f"SyncPager[{item}]", (
            f"A pager: iterating it yields every `{item}` of every page, fetching a page only "
            "when the records before it are consumed; `.pages()` yields the pages with their "
            "headers. Nothing is sent until it is iterated."
            + (f" Each page: {answers}" if answers else "")
        )
    return readable(method.returns), answers


def _parents_first(resources: list[Resource]) -> Iterator[Resource]:
    for resource in resources:
        yield resource
        yield from _parents_first(resource.children)


def build_reference(settings: ApiSettings, resources: list[Resource]) -> list[ResourceReference]:
    """The reference of every resource, parents before children, in sdk.yaml's order."""
    idempotent_methods = settings.idempotent_methods or frozenset()
    references: list[ResourceReference] = []
    for resource in _parents_first(resources):
        path = f"client.{resource.dotted}"
        methods: list[MethodReference] = []
        for method in resource.methods:
            row = method.operation
            declared = row.settings.idempotent if row.settings is not None else None
            returns, returns_description = _returns(method)
            methods.append(
                MethodReference(
                    call=f"{path}.{method.name}",
                    method=method,
                    signature=signature(method),
                    returns=returns,
                    returns_description=returns_description,
                    raw_returns=f"APIResponse[{readable(method.returns)}]",
                    parameters=parameters(method),
                    errors=errors(method),
                    idempotent=(
                        declared if declared is not None else row.http_method in idempotent_methods
                    ),
                )
            )
        references.append(ResourceReference(path, resource.class_name, methods))
    return references
