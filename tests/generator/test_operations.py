"""The operation table (generator/_operations.py): built once per API, read by every template.

The endpoint modules (``OPERATION``, ``_parse_success``), the resource clients (``_client.py``)
and the package README of each generated package must say what the table says; sdk.yaml must map
every operation exactly once, or generation stops naming the key and leaves the tree alone.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from generator._apis import REPO_ROOT, ApiInputs, discover_apis
from generator._codegen import oapc_config
from generator._errors import GenerationError
from generator._operations import OperationTable, build_operation_table
from generator._pipeline import generate, prepare_spec

from ._support import fixture_root, snapshot


def _table(api: ApiInputs, tmp_path: Path) -> OperationTable:
    from openapi_python_client.parser import GeneratorData

    spec = prepare_spec(api).data
    openapi = GeneratorData.from_dict(spec, config=oapc_config(api, tmp_path / api.package))
    return build_operation_table(api, spec, openapi)


def _module(dist: Path, package: str, module: str) -> ast.Module:
    path = dist / package / Path(*module.split(".")).with_suffix(".py")
    return ast.parse(path.read_text(encoding="utf-8"))


def _operation_call(tree: ast.Module) -> dict[str, object]:
    for node in tree.body:
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "OPERATION":
            assert isinstance(node.value, ast.Call)
            return {k.arg: ast.literal_eval(k.value) for k in node.value.keywords if k.arg}
    raise AssertionError("no OPERATION")


def _return_annotation(tree: ast.Module, function: str) -> str:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == function:
            assert node.returns is not None
            return ast.unparse(node.returns)
    raise AssertionError(f"no {function}")


@pytest.mark.parametrize("name", ["autobutler", "hubster", "integratorio"])
def test_every_template_says_what_the_operation_table_says(tmp_path: Path, name: str) -> None:
    (api,) = discover_apis(REPO_ROOT, [name])
    table = _table(api, tmp_path)
    dist = REPO_ROOT / "generated" / api.distribution
    client = (dist / api.package / "_client.py").read_text(encoding="utf-8")
    readme = (dist / "README.md").read_text(encoding="utf-8")
    assert table.rows and len(table.mapped) == len(table.rows)  # every operation is mapped
    for row in table:
        module = _module(dist, api.package, row.module)
        expected: dict[str, object] = {
            "operation_id": row.operation_id,
            "method": row.http_method,
            "path_template": row.path,
        }
        if not row.requires_auth:
            expected["requires_auth"] = False
        if row.status_hints:
            expected["status_hints"] = dict(row.status_hints)
        if row.idempotent is not None:
            expected["idempotent"] = row.idempotent
        if row.secret_body:
            expected["secret_body"] = True
        assert _operation_call(module) == expected, row.operation_id
        assert _return_annotation(module, "_parse_success") == row.success_type
        assert f"from .{row.module} import" in client
        assert f"Operation ``{row.operation_id}``." in client
        line = f"| `client.{row.resource}.{row.method}()` | `{row.http_method} {row.path}` |"
        assert f"{line} `{row.operation_id}` |" in readme


def test_a_row_joins_the_spec_the_parser_and_sdk_yaml(tmp_path: Path) -> None:
    (api,) = discover_apis(fixture_root(tmp_path))
    rows = {row.operation_id: row for row in _table(api, tmp_path)}
    assert list(rows) == ["listWidgets", "createWidget", "getWidget", "deleteWidget"]
    listing, get, delete = rows["listWidgets"], rows["getWidget"], rows["deleteWidget"]
    assert (listing.name, listing.module, listing.resource, listing.method) == (
        "list_widgets",
        "api.widgets.list_widgets",
        "widgets",
        "list",
    )
    assert listing.success_type == "list[Widget]"
    assert listing.pagination is not None and listing.pagination.paging == "LinkPaging()"
    assert (get.http_method, get.path, get.success_type) == ("GET", "/widgets/{name}", "Widget")
    assert get.status_hints == {400: "Widgets of this kind cannot be read."}
    assert delete.success_type == "None" and delete.requires_auth


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "get: {operation: getWidget,",
            "get: {operation: getWidgets,",
            "overrides/mini/sdk.yaml: resources.widgets.methods.get.operation: 'getWidgets' is "
            "not an operationId of specs/mini.yaml.",
        ),
        (
            "delete: {operation: deleteWidget}",
            "delete: {operation: deleteWidget}\n      remove: {operation: deleteWidget}",
            "overrides/mini/sdk.yaml: resources.widgets.methods.remove.operation: 'deleteWidget' "
            "is mapped twice.",
        ),
        (
            "      delete: {operation: deleteWidget}\n",
            "",
            "overrides/mini/sdk.yaml maps no resource method to deleteWidget.",
        ),
    ],
    ids=["unknown-operation", "mapped-twice", "unmapped"],
)
def test_a_bad_mapping_fails_generation_naming_the_key_and_keeps_tree(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    root = fixture_root(tmp_path)
    out = tmp_path / "out"
    generate(discover_apis(root), out)
    before = snapshot(out)
    sdk = root / "overrides" / "mini" / "sdk.yaml"
    assert old in sdk.read_text()
    sdk.write_text(sdk.read_text().replace(old, new, 1))
    with pytest.raises(GenerationError) as raised:
        generate(discover_apis(root), out)
    assert message in str(raised.value)
    assert snapshot(out) == before
