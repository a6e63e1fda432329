"""One source for the error hierarchy: the runtime's ERROR_TREE, checked against the classes.

ERROR_TREE (generator/runtime/_errors.py) is rendered into each package's ``errors.py`` (the
docstring tree, the imports and ``__all__``) and its README's Errors table; the top-level
README.md carries the same table. Every copy is read back here and must name every APIError
subclass of the runtime with its parent, and nothing else.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from generator._apis import REPO_ROOT, discover_apis
from generator._context import error_docs, error_table, error_tree_lines
from generator.runtime import _errors
from generator.runtime._errors import ERROR_TREE, APIError, ErrorKind, status_error_class

TABLE_ROW = re.compile(r"^\| `(?P<name>\w+)` \| `(?P<parent>\w+)` \| .+ \|$")
TREE_NODE = re.compile(r"^    (?:(?P<bars>[ |]*)\+-- )?(?P<name>[A-Z]\w+)(?:\s|$)")


def _hierarchy() -> dict[str, str]:
    """Every APIError subclass the runtime defines -> its parent's name (APIError -> Exception)."""
    found: dict[str, str] = {}
    pending: list[type[BaseException]] = [APIError]
    while pending:
        cls = pending.pop()
        if cls.__module__ == _errors.__name__:
            found[cls.__name__] = cls.__bases__[0].__name__
        pending += cls.__subclasses__()
    return found


def _tree(kinds: tuple[ErrorKind, ...]) -> dict[str, str]:
    return {kind.name: kind.parent or "Exception" for kind in kinds}


def _table(markdown: str) -> dict[str, str]:
    section = markdown.split("## Errors\n", 1)[1].split("\n## ", 1)[0]
    rows = [m for line in section.splitlines() if (m := TABLE_ROW.match(line))]
    return {m["name"]: m["parent"] for m in rows}


def _docstring_tree(source: str) -> dict[str, str]:
    """Read the ASCII tree of an errors.py docstring back into name -> parent."""
    docstring = ast.get_docstring(ast.parse(source), clean=False) or ""
    parents: dict[str, str] = {}
    path: list[str] = []
    for line in docstring.split("::\n\n", 1)[1].split("\n\n", 1)[0].splitlines():
        match = TREE_NODE.match(line)
        if not match:
            continue  # a wrapped description
        depth = 0 if match["bars"] is None else len(match["bars"]) // 5 + 1
        path = [*path[:depth], match["name"]]
        parents[match["name"]] = path[depth - 1] if depth else "Exception"
    return parents


def _packages() -> list[tuple[Path, str]]:
    return [
        (REPO_ROOT / "generated" / api.distribution, api.package)
        for api in discover_apis(REPO_ROOT)
    ]


def test_error_tree_describes_every_runtime_error_class_with_its_parent() -> None:
    assert _tree(ERROR_TREE) == _hierarchy()
    names = [kind.name for kind in ERROR_TREE]
    assert len(names) == len(set(names)), "a class is listed twice"
    for index, kind in enumerate(ERROR_TREE):
        assert kind.parent is None or kind.parent in names[:index], f"{kind.name} before its parent"
        assert kind.raised_for.strip(), kind.name


def test_statuses_in_the_tree_are_the_ones_the_client_maps() -> None:
    for kind in ERROR_TREE:
        if kind.status is not None:
            assert status_error_class(kind.status).__name__ == kind.name
            assert kind.raised_for.startswith(str(kind.status)), kind.name


def test_rendered_tree_and_table_agree_with_the_classes() -> None:
    docs = error_docs()
    hierarchy = _hierarchy()
    assert (
        _docstring_tree(
            '"""x::\n\n' + "\n".join(f"    {line}" for line in docs.tree) + '\n\ny\n"""'
        )
        == hierarchy
    )
    assert _table(f"## Errors\n\n{docs.table}\n") == hierarchy
    assert docs.names == sorted(hierarchy)


def test_the_top_level_readme_table_is_the_rendered_one() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    expected = error_table(ERROR_TREE)
    assert expected in readme, (
        "README.md's Errors table differs from generator/runtime/_errors.py ERROR_TREE; paste:\n"
        + expected
    )
    assert _table(readme) == _hierarchy()


@pytest.mark.parametrize(("dist", "package"), _packages(), ids=lambda v: str(getattr(v, "name", v)))
def test_each_generated_package_documents_and_exports_every_error(dist: Path, package: str) -> None:
    hierarchy = _hierarchy()
    source = (dist / package / "errors.py").read_text(encoding="utf-8")
    assert _docstring_tree(source) == hierarchy
    exported = ast.literal_eval(source.split("__all__ = ", 1)[1])
    assert set(exported) == set(hierarchy) | {"ErrorDetail"}
    assert _table((dist / "README.md").read_text(encoding="utf-8")) == hierarchy


def test_a_long_description_wraps_under_its_column_and_keeps_the_tree_lines() -> None:
    kinds = (
        ErrorKind("Root", None, "root"),
        ErrorKind("Child", "Root", "word " * 30),
        ErrorKind("Last", "Root", "last"),
    )
    lines = error_tree_lines(kinds, width=60)
    column = lines[0].index("root")
    assert all(len(line) <= 60 for line in lines)
    assert lines[1].startswith(" +-- Child")
    continuation = lines[2]
    assert continuation.startswith(" |") and continuation[column:].startswith("word")
    assert lines[-1].startswith(" +-- Last")
