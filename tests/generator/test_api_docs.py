"""Each package's ``api.md`` (generator/templates/sdk/api.md.jinja) says what the client does.

It is rendered from the same operation table and resource methods as ``_client.py``
(generator/_reference.py). These tests hold it to that: every operation of the table has its
section, and every signature in it is the generated method's own, read with ``inspect``.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import re
from pathlib import Path
from typing import Any

import pytest

from generator._apis import REPO_ROOT, ApiInputs, discover_apis
from generator._codegen import oapc_config
from generator._operations import OperationTable, build_operation_table
from generator._pipeline import prepare_spec

APIS = ["autobutler", "hubster", "integratorio"]
# One section per method: its heading and its signature, a stub that ruff formats like code.
SECTION = re.compile(
    r"^### `(?P<call>client(?:\.\w+)+)\(\)`\n\n```python\n(?P<stub>def .+?: \.\.\.)\n```",
    re.M | re.S,
)


# The raw twin of a method, in its section: "`client.x.with_raw_response.get()` returns `...`".
RAW = re.compile(
    r"^`(?P<call>client(?:\.\w+)+)\.with_raw_response\.(?P<name>\w+)\(\)` returns "
    r"`(?P<returns>[^`]+)`",
    re.M,
)


def _table(api: ApiInputs, tmp_path: Path) -> OperationTable:
    from openapi_python_client.parser import GeneratorData

    spec = prepare_spec(api).data
    openapi = GeneratorData.from_dict(spec, config=oapc_config(api, tmp_path / api.package))
    return build_operation_table(api, spec, openapi)


def _api_md(api: ApiInputs) -> str:
    return (REPO_ROOT / "generated" / api.distribution / "api.md").read_text(encoding="utf-8")


def missing_operations(api_md: str, table: OperationTable) -> list[str]:
    """The operations of ``table`` that ``api_md`` has no section for (heading + operationId)."""
    sections = {match["call"]: match.end() for match in SECTION.finditer(api_md)}
    missing = []
    for row in table:
        call = f"client.{row.resource}.{row.method}"
        end = sections.get(call)
        said = f"`{row.http_method} {row.path}` (operation `{row.operation_id}`)"
        if end is None or said not in api_md[end : end + 4000]:
            missing.append(f"{row.operation_id} ({call}())")
    return missing


def _code(annotation: Any) -> str:
    """Source text in one canonical form (``builtins.list`` as ``list``), wherever it came from."""
    text = annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)
    return re.sub(r"\bbuiltins\.", "", ast.unparse(ast.parse(text.strip(), mode="eval")))


def documented_lines(stub: str) -> tuple[list[str], str]:
    """The parameters (``self`` left out, ``*`` kept) and return annotation of a stub."""
    (function,) = ast.parse(stub).body
    assert isinstance(function, ast.FunctionDef) and function.returns is not None
    arguments = function.args
    lines = [
        f"{a.arg}: {_code(ast.unparse(a.annotation))}" for a in arguments.args[1:] if a.annotation
    ]
    lines.append("*")
    for argument, default in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True):
        assert argument.annotation is not None
        line = f"{argument.arg}: {_code(ast.unparse(argument.annotation))}"
        lines.append(line if default is None else f"{line} = {ast.unparse(default)}")
    return lines, _code(ast.unparse(function.returns))


def signature_lines(function: Any) -> tuple[list[str], str]:
    """The parameters and return annotation of a bound method, as ``documented_lines`` says them."""
    signature = inspect.signature(function)
    lines: list[str] = []
    for parameter in signature.parameters.values():
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY and "*" not in lines:
            lines.append("*")
        line = f"{parameter.name}: {_code(parameter.annotation)}"
        if parameter.default is not inspect.Parameter.empty:
            default = parameter.default
            line += f" = {'UNSET' if type(default).__name__ == 'Unset' else repr(default)}"
        lines.append(line)
    if "*" not in lines:
        lines.append("*")
    return lines, _code(signature.return_annotation)


@pytest.mark.parametrize("name", APIS)
def test_api_md_has_a_section_for_every_operation_of_the_table(tmp_path: Path, name: str) -> None:
    (api,) = discover_apis(REPO_ROOT, [name])
    table = _table(api, tmp_path)
    api_md = _api_md(api)
    assert table.rows and len(table.mapped) == len(table.rows)
    assert missing_operations(api_md, table) == []
    assert len(SECTION.findall(api_md)) == len(table.rows), "a section for no operation"


def test_a_missing_operation_is_reported(tmp_path: Path) -> None:
    (api,) = discover_apis(REPO_ROOT, ["integratorio"])
    table = _table(api, tmp_path)
    api_md = _api_md(api)
    start = api_md.index("### `client.connectors.push_update()`")
    end = api_md.index("### ", start + 4)
    assert missing_operations(api_md[:start] + api_md[end:], table) == [
        "pushConnectorUpdate (client.connectors.push_update())"
    ]


@pytest.mark.parametrize("name", APIS)
def test_api_md_signatures_are_the_generated_methods(name: str) -> None:
    (api,) = discover_apis(REPO_ROOT, [name])
    package = importlib.import_module(api.package)
    sync_class = getattr(package, api.settings.client_class)
    async_class = getattr(package, api.settings.async_client_class)
    api_md = _api_md(api)
    sections = list(SECTION.finditer(api_md))
    assert sections
    with sync_class(token="t", base_url="http://127.0.0.1:9") as client:
        async_client = async_class(token="t", base_url="http://127.0.0.1:9")
        for section in sections:
            documented = documented_lines(section["stub"])
            targets = []
            for root in (client, async_client):
                target = root
                for attribute in section["call"].split(".")[1:]:
                    target = getattr(target, attribute)
                targets.append(target)
            parameters, returns = signature_lines(targets[0])
            assert documented == (parameters, returns), section["call"]
            assert signature_lines(targets[1])[0] == parameters, f"async {section['call']}"
            # The raw twin: the same parameters, its return type as the section says it.
            end = api_md.find("\n### ", section.end())
            raw = RAW.search(api_md, section.end(), end if end != -1 else len(api_md))
            assert raw is not None, f"{section['call']}: no with_raw_response line"
            resource, _, name = section["call"].rpartition(".")
            assert (raw["call"], raw["name"]) == (resource, name)
            for target in targets:
                twin = getattr(target.__self__.with_raw_response, name)
                raw_parameters, raw_returns = signature_lines(twin)
                assert raw_parameters == parameters, f"raw {section['call']}"
                assert raw_returns == _code(raw["returns"]), f"raw {section['call']}"
