"""Every JSON block of the vendors' current docs validates against the operation it illustrates.

tests/data/vendor_examples/<api>.json holds the blocks (written by
tools/extract_vendor_examples.py from the vendors' documentation repositories, which the
repository does not need). Each block's `place` names an operation's request body, an operation's
answer for one status, or a component schema, and the block (or the part its JSON pointer
selects) must validate there: JSON Schema draft 2020-12 with format checking, against the whole
spec so `$ref`s resolve. A block that illustrates nothing on the wire says why (`none`).
"""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema import Draft202012Validator

from tests.support import vendor_blocks

from .test_spec_examples import escape, load, resolve, validator_for

APIS = ("autobutler", "integratorio", "hubster")


def blocks(api: str) -> list[dict[str, Any]]:
    return vendor_blocks(api)


def operation(spec: dict[str, Any], operation_id: str) -> tuple[str, str]:
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return path, method
    raise AssertionError(f"the spec has no operation {operation_id!r}")


def schema_pointer(api: str, place: dict[str, Any]) -> str:
    """The JSON pointer, in the spec, of the schema a block's place names."""
    spec = load(api)
    if "schema" in place:
        assert place["schema"] in spec["components"]["schemas"], place
        return f"/components/schemas/{escape(place['schema'])}"
    path, method = operation(spec, place["operation"])
    base = f"/paths/{escape(path)}/{method}"
    if place.get("request"):
        body = spec["paths"][path][method]["requestBody"]
        base += "/requestBody"
        if "$ref" in body:
            base, body = body["$ref"][1:], resolve(spec, body["$ref"])
    else:
        status = str(place["response"])
        answer = spec["paths"][path][method]["responses"][status]
        base += f"/responses/{status}"
        if "$ref" in answer:
            base, answer = answer["$ref"][1:], resolve(spec, answer["$ref"])
        body = answer
    assert "application/json" in body["content"], f"{place} has no JSON body in the spec"
    return f"{base}/content/application~1json/schema"


def select(value: Any, pointer: str) -> Any:
    for token in [t for t in pointer.split("/") if t]:
        value = value[int(token)] if isinstance(value, list) else value[token]
    return value


CASES = [
    pytest.param(api, block, id=f"{api}:{block['id']}") for api in APIS for block in blocks(api)
]


@pytest.mark.parametrize(("api", "block"), CASES)
def test_block_validates_where_it_belongs(api: str, block: dict[str, Any]) -> None:
    place = block["place"]
    assert place, f"{block['id']} has no place in tools/vendor_examples/{api}.yaml"
    if "none" in place:
        assert len(str(place["none"])) > 20, "say why the block illustrates nothing"
        return
    value = select(block["value"], place.get("pointer", ""))
    validator = validator_for(api, schema_pointer(api, place))
    errors = [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in validator.iter_errors(value)
    ]
    assert errors == []


def test_every_doc_file_gave_blocks() -> None:
    for api in APIS:
        files = {block["file"] for block in blocks(api)}
        assert len(files) >= 2, f"{api}: blocks from {files} only"


def test_a_block_that_breaks_its_schema_fails() -> None:
    # The check can fail: a string where an answer's list or object belongs is refused.
    for api in APIS:
        for block in blocks(api):
            place = block["place"] or {}
            if "operation" in place and "response" in place:
                pointer = schema_pointer(api, place)
                validator: Draft202012Validator = validator_for(api, pointer)
                assert not validator.is_valid(12345), (api, block["id"])
                break
        else:
            pytest.fail(f"{api}: no block placed on an operation's answer")
