"""A broken spec fails with a message that names the file and the place."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator._errors import SpecError
from generator._specfile import load_spec
from generator._validate import validate_spec

from ._support import GOLDEN_ROOT

MINI = (GOLDEN_ROOT / "mini" / "input" / "specs" / "mini.yaml").read_text()


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "broken.yaml"
    path.write_text(text)
    return path


def _line_of(text: str, needle: str, occurrence: int = 1) -> int:
    lines = [i + 1 for i, line in enumerate(text.splitlines()) if needle in line]
    return lines[occurrence - 1]


def test_the_fixture_spec_is_valid() -> None:
    validate_spec(load_spec(GOLDEN_ROOT / "mini" / "input" / "specs" / "mini.yaml"))


def test_yaml_syntax_error_names_file_line_and_column(tmp_path: Path) -> None:
    text = MINI.replace("  /widgets:\n", "  /widgets:\n   bad: [unclosed\n", 1)
    path = _write(tmp_path, text)
    with pytest.raises(SpecError) as info:
        load_spec(path)
    assert f"{path}:" in str(info.value)
    assert str(info.value).split(f"{path}:", 1)[1].split(":")[0].isdigit()


def test_duplicate_operation_id_names_both_places(tmp_path: Path) -> None:
    text = MINI.replace("operationId: deleteWidget", "operationId: getWidget")
    path = _write(tmp_path, text)
    with pytest.raises(SpecError) as info:
        validate_spec(load_spec(path))
    message = str(info.value)
    assert "duplicate operationId 'getWidget'" in message
    assert f"{path}:{_line_of(text, 'operationId: getWidget', 2)}" in message
    assert f"{path}:{_line_of(text, 'operationId: getWidget', 1)}" in message
    assert "/paths/~1widgets~1{name}/delete/operationId" in message


def test_dangling_ref_names_line_and_pointer(tmp_path: Path) -> None:
    text = MINI.replace('$ref: "#/components/schemas/Error"', '$ref: "#/components/schemas/Nope"')
    path = _write(tmp_path, text)
    with pytest.raises(SpecError) as info:
        validate_spec(load_spec(path))
    message = str(info.value)
    assert "'#/components/schemas/Nope' points to nothing" in message
    assert f"{path}:{_line_of(text, 'schemas/Nope')}" in message


def test_schema_violation_names_the_pointer(tmp_path: Path) -> None:
    text = MINI.replace(
        "        required: true\n        schema: {type: string}",
        "        schema: {type: string}",
        1,
    )
    path = _write(tmp_path, text)
    with pytest.raises(SpecError) as info:
        validate_spec(load_spec(path))
    assert str(path) in str(info.value)
    assert "/paths/~1widgets~1{name}/parameters/0" in str(info.value)


def test_duplicate_yaml_key_is_an_error(tmp_path: Path) -> None:
    text = MINI.replace("  /widgets:\n", "  /widgets:\n    summary: a\n    summary: b\n", 1)
    with pytest.raises(SpecError, match="duplicate key 'summary'"):
        load_spec(_write(tmp_path, text))
