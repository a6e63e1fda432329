"""Validate a spec and report every problem with its file, line and JSON pointer.

Three checks run before openapi-spec-validator, because its own messages for them do not say
where the problem is: duplicate operationIds (openapi-python-client would silently overwrite one
with the other), ``$ref``s that point nowhere, and path parameters without a declaration.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ._errors import SpecError
from ._specfile import SpecDocument

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def iter_operations(data: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield ``(path, method, operation)`` for every operation in ``paths``."""
    for path, item in (data.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield path, method, operation


def _iter_refs(value: Any, parts: list[str | int]) -> Iterator[tuple[str, list[str | int]]]:
    if isinstance(value, dict):
        ref = value.get("$ref")
        if isinstance(ref, str):
            yield ref, [*parts, "$ref"]
        for key, child in value.items():
            yield from _iter_refs(child, [*parts, key])
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _iter_refs(child, [*parts, index])


def resolve_pointer(data: Any, ref: str) -> Any:
    """Resolve a local ``#/a/b`` reference; raise KeyError when it points nowhere."""
    if not ref.startswith("#"):
        raise KeyError(ref)
    node = data
    for raw in ref[1:].split("/")[1:]:
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list):
            node = node[int(token)]
        elif isinstance(node, dict) and token in node:
            node = node[token]
        else:
            raise KeyError(ref)
    return node


def _structural_problems(doc: SpecDocument) -> list[str]:
    problems: list[str] = []
    seen: dict[str, list[str | int]] = {}
    for path, method, operation in iter_operations(doc.data):
        op_id = operation.get("operationId")
        place: list[str | int] = ["paths", path, method, "operationId"]
        if not isinstance(op_id, str):
            problems.append(f"{doc.where(place[:-1])}: operation has no operationId; add one.")
            continue
        if op_id in seen:
            problems.append(
                f"{doc.where(place)}: duplicate operationId {op_id!r}, first used at "
                f"{doc.where(seen[op_id])}. Give each operation its own operationId."
            )
        else:
            seen[op_id] = place
    for ref, parts in _iter_refs(doc.data, []):
        try:
            resolve_pointer(doc.data, ref)
        except (KeyError, IndexError, ValueError):
            problems.append(
                f"{doc.where(parts)}: $ref {ref!r} points to nothing in this file. "
                "Fix the reference or add the component it names."
            )
    return problems


def _validator_problems(doc: SpecDocument) -> list[str]:
    # Imported here: openapi-spec-validator is slow to import and only needed when generating.
    from openapi_spec_validator import OpenAPIV31SpecValidator

    problems: list[str] = []
    validator = OpenAPIV31SpecValidator(doc.data)
    for error in validator.iter_errors():
        parts = [p for p in getattr(error, "absolute_path", []) or [] if isinstance(p, (str, int))]
        message = getattr(error, "message", None) or str(error)
        problems.append(f"{doc.where(parts)}: {message}")
    return problems


def validate_spec(doc: SpecDocument, *, stage: str = "validate") -> None:
    """Raise SpecError listing every problem found in ``doc`` (none found: return)."""
    if str(doc.data.get("openapi", "")).split(".")[:2] != ["3", "1"]:
        raise SpecError(
            stage,
            f"{doc.where(['openapi'])}: expected 'openapi: 3.1.x', found "
            f"{doc.data.get('openapi')!r}. These specs are written for OpenAPI 3.1.",
        )
    problems = _structural_problems(doc)
    if not problems:
        problems = _validator_problems(doc)
    if problems:
        listing = "\n  - ".join(problems)
        raise SpecError(stage, f"{doc.path} is not a valid OpenAPI 3.1 document:\n  - {listing}")
