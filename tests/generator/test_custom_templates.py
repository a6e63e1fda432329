"""Our templates (generator/templates) against stock openapi-python-client output.

The test renders the mini fixture twice, with and without our templates, and states exactly
which generated files differ and why. A template that stops changing its files, or a change
that leaks into files it should not touch, fails here.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from generator._apis import discover_apis
from generator._codegen import TEMPLATE_DIR, run_openapi_python_client
from generator._postprocess import run_ruff

from ._support import fixture_root, snapshot

# File (relative to the package) -> the template that changes it, and why.
EXPECTED_DIFFERENCES = {
    # endpoint_module.py.jinja: path params through encode_path_segment (not quote(safe="")),
    # an OPERATION descriptor and _parse_success for the resource clients, and no sync()/
    # asyncio() functions (they sent around the runtime; tests/clients/test_one_request_path.py).
    "api/widgets/create_widget.py": "endpoint_module.py.jinja",
    "api/widgets/delete_widget.py": "endpoint_module.py.jinja",
    "api/widgets/get_widget.py": "endpoint_module.py.jinja",
    "api/widgets/list_widgets.py": "endpoint_module.py.jinja",
    # str_enum.py.jinja / int_enum.py.jinja: unknown values are kept (_missing_).
    "models/color.py": "str_enum.py.jinja",
    "models/size.py": "int_enum.py.jinja",
    # types.py.jinja: the stock types plus WireDateTime, parse_datetime and format_datetime, so
    # that a date-time read from the API is written back in the same text (integrator.io
    # quirk 5, whole-resource PUT); File and Response are dataclasses, not attrs (import time).
    "types.py": "types.py.jinja",
}
# Templates whose effect the mini fixture cannot show (it has no such property), and the test
# that shows it in a real package instead.
TESTED_ELSEWHERE = {
    # date-times through parse_datetime/format_datetime (types.py.jinja).
    "property_templates/datetime_property.py.jinja": (
        "tests/overrides/test_integratorio_quirks.py::test_put_sends_back_every_field_read"
    ),
    # only an array is read as a list, with the index of a bad item in the error's path.
    "property_templates/list_property.py.jinja": (
        "tests/clients/test_odd_answers.py::test_a_nested_value_of_the_wrong_type_raises_with_its_path"
    ),
}
# Our own templates that replace stock files wholesale (present in both trees, always differ).
REPLACED = {
    "errors.py": "errors.py.jinja",
    "__init__.py": "package_init.py.jinja",  # errors and clients eager, the rest on first use
    "models/__init__.py": "models_init.py.jinja",  # each model imported on first use
    "models/widget.py": "model.py.jinja",  # every model: a redacting __repr__
    "models/widget_settings.py": "model.py.jinja",
    "models/part.py": "model.py.jinja",  # also: refers to Widget and itself (imports at the end)
    "models/error.py": "model.py.jinja",
}


def _render(tmp_path: Path, template_dir: Path | None, label: str) -> dict[str, bytes]:
    root = fixture_root(tmp_path / label)
    (api,) = discover_apis(root)
    spec = yaml.safe_load(api.spec.read_text())
    package_dir = tmp_path / label / "out" / api.package
    run_openapi_python_client(api, spec, package_dir, template_dir)
    run_ruff([package_dir])
    return snapshot(package_dir)


def test_custom_templates_change_exactly_the_stated_files(tmp_path: Path) -> None:
    stock = _render(tmp_path, None, "stock")
    ours = _render(tmp_path, TEMPLATE_DIR, "ours")
    assert sorted(stock) == sorted(ours), "our templates must not add or drop stock files"
    differing = {name for name in stock if stock[name] != ours[name]}
    overridden = {
        name: template
        for name, template in {**EXPECTED_DIFFERENCES, **REPLACED}.items()
        if (TEMPLATE_DIR / template).is_file()
    }
    assert differing == set(overridden), (
        f"unexpected: {sorted(differing - set(overridden))}; "
        f"unchanged although a template should change them: {sorted(set(overridden) - differing)}"
    )


def test_every_custom_template_is_accounted_for() -> None:
    stated = set(EXPECTED_DIFFERENCES.values()) | set(REPLACED.values()) | set(TESTED_ELSEWHERE)
    present = {
        p.relative_to(TEMPLATE_DIR).as_posix()
        for p in [*TEMPLATE_DIR.glob("*.jinja"), *TEMPLATE_DIR.glob("property_templates/*.jinja")]
    }
    assert present <= stated, f"templates with no stated effect: {sorted(present - stated)}"


def test_path_parameters_keep_only_the_configured_safe_characters(tmp_path: Path) -> None:
    ours = _render(tmp_path, TEMPLATE_DIR, "ours")
    source = ours["api/widgets/get_widget.py"].decode()
    assert "quote(" not in source
    assert 'encode_path_segment(name, safe=":")' in source
