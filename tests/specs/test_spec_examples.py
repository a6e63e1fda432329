"""Every example in every spec validates against the schema it illustrates.

The walker finds media-type and parameter examples (`example`, named `examples`, `$ref`s into
components/examples resolved) and JSON Schema `examples` arrays on schemas. Each example is its
own test, identified by spec and JSON pointer. Validation is JSON Schema draft 2020-12 with
format checking (date-time, email), against the whole spec as one resource so `$ref`s resolve.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator, ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parents[2]
SPEC_NAMES = ("autobutler", "integratorio", "hubster")


@cache
def load(name: str) -> dict[str, Any]:
    with (ROOT / "specs" / f"{name}.yaml").open(encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.safe_load(handle)
    return data


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def resolve(spec: dict[str, Any], ref: str) -> Any:
    assert ref.startswith("#/"), ref
    node: Any = spec
    for token in ref[2:].split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def examples_of(spec: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """Yield (pointer of the example, pointer of its schema, example value)."""

    def visit(node: Any, pointer: str, parent_key: str | None) -> Iterator[tuple[str, str, Any]]:
        if isinstance(node, dict):
            in_property_map = parent_key in ("properties", "patternProperties", "$defs")
            if not in_property_map and pointer != "/components/examples":
                if "schema" in node and isinstance(node["schema"], dict):
                    schema_pointer = f"{pointer}/schema"
                    if "example" in node:
                        yield f"{pointer}/example", schema_pointer, node["example"]
                    named = node.get("examples")
                    if isinstance(named, dict):
                        for name, example in named.items():
                            if "$ref" in example:
                                example = resolve(spec, example["$ref"])
                            yield (
                                f"{pointer}/examples/{escape(name)}",
                                schema_pointer,
                                example["value"],
                            )
                elif isinstance(node.get("examples"), list):
                    for index, value in enumerate(node["examples"]):
                        yield f"{pointer}/examples/{index}", pointer, value
                elif "example" in node and parent_key != "examples":
                    yield f"{pointer}/example", pointer, node["example"]
            for key, value in node.items():
                if key in ("examples", "example") and not in_property_map:
                    continue
                yield from visit(value, f"{pointer}/{escape(str(key))}", key)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from visit(value, f"{pointer}/{index}", None)

    yield from visit(spec, "", None)


@cache
def validator_for(name: str, schema_pointer: str) -> Draft202012Validator:
    uri = f"urn:spec:{name}"
    registry: Registry[Any] = Registry().with_resource(
        uri, Resource.from_contents(load(name), default_specification=DRAFT202012)
    )
    return Draft202012Validator(
        {"$ref": f"{uri}#{schema_pointer}"},
        registry=registry,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


CASES = [
    pytest.param(name, example_pointer, schema_pointer, id=f"{name}:{example_pointer}")
    for name in SPEC_NAMES
    for example_pointer, schema_pointer, _ in examples_of(load(name))
]


def example_value(name: str, example_pointer: str) -> Any:
    for pointer, _, value in examples_of(load(name)):
        if pointer == example_pointer:
            return value
    raise KeyError(example_pointer)


@pytest.mark.parametrize(("name", "example_pointer", "schema_pointer"), CASES)
def test_example_matches_schema(name: str, example_pointer: str, schema_pointer: str) -> None:
    value = example_value(name, example_pointer)
    errors = [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in validator_for(name, schema_pointer).iter_errors(value)
    ]
    assert errors == []


def test_walker_finds_every_kind_of_example() -> None:
    counts = {name: len(list(examples_of(load(name)))) for name in SPEC_NAMES}
    # media-type examples, a parameter `example` and schema `examples` all count
    assert counts["autobutler"] >= 6
    assert counts["integratorio"] >= 15
    assert counts["hubster"] >= 30
    kinds = {
        pointer.split("/")[1] for name in SPEC_NAMES for pointer, _, _ in examples_of(load(name))
    }
    assert kinds == {"paths", "components"}


def test_every_component_example_is_used() -> None:
    for name in SPEC_NAMES:
        spec = load(name)
        text = yaml.safe_dump(spec["paths"]) + yaml.safe_dump(spec["components"].get("responses"))
        for example in spec["components"].get("examples", {}):
            assert f"#/components/examples/{example}" in text, (name, example)


def broken(name: str, example_pointer: str) -> tuple[Any, str]:
    for pointer, schema_pointer, value in examples_of(load(name)):
        if pointer == example_pointer:
            return copy.deepcopy(value), schema_pointer
    raise KeyError(example_pointer)


def test_a_wrong_type_fails() -> None:
    pointer = (
        "/paths/~1mechanic_integrations/get/responses/200/content/application~1json"
        "/examples/integrationList"
    )
    value, schema_pointer = broken("autobutler", pointer)
    validator = validator_for("autobutler", schema_pointer)
    assert validator.is_valid(value)
    value["mechanicIntegrations"][1]["configuration"]["id"] = "3"
    with pytest.raises(ValidationError):
        validator.validate(value)


def test_a_wrong_enum_and_a_bad_date_fail() -> None:
    pointer = (
        "/paths/~1integrations~1{_id}/get/responses/200/content/application~1json"
        "/examples/smartConnectorIntegration"
    )
    value, schema_pointer = broken("integratorio", pointer)
    validator = validator_for("integratorio", schema_pointer)
    assert validator.is_valid(value)
    wrong_mode = copy.deepcopy(value)
    wrong_mode["mode"] = "installing"
    assert not validator.is_valid(wrong_mode)
    bad_date = copy.deepcopy(value)
    bad_date["lastModified"] = "15/09/2017"
    assert not validator.is_valid(bad_date)


def test_a_hubster_response_with_a_foreign_channel_fails() -> None:
    pointer = (
        "/paths/~1api~1v1~1integrations~1hubs~1{hubId}/post/responses/200/content"
        "/application~1json/examples/slackIntegration"
    )
    value, schema_pointer = broken("hubster", pointer)
    validator = validator_for("hubster", schema_pointer)
    assert validator.is_valid(value)
    value["channelId"] = "Line"  # a channel type without a documented integration variant
    assert not validator.is_valid(value)
    value["channelId"] = 1001  # Slack by its numeric code is accepted
    assert validator.is_valid(value)
