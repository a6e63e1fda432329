"""sdk.yaml is a typed model: a misspelt or mistyped key stops generation and names its place.

Each broken setting is written into a copy of the mini fixture after a first generation; the
second generation must fail with a GenerationError of the form ``file: key.path: problem`` and
leave the generated tree exactly as it was.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator._apis import REPO_ROOT, discover_apis
from generator._codegen import oapc_config
from generator._context import with_runtime_defaults
from generator._errors import GenerationError
from generator._pipeline import generate
from generator._settings import ApiSettings, CodegenSettings
from generator.runtime._constants import DEFAULT_IDEMPOTENT_METHODS

from ._support import fixture_root, snapshot

FILE = "overrides/mini/sdk.yaml"


def _generated(tmp_path: Path) -> tuple[Path, Path, dict[str, bytes]]:
    root = fixture_root(tmp_path)
    out = tmp_path / "out"
    generate(discover_apis(root), out)
    return root, out, snapshot(out)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "create: {operation: createWidget, body: widget}",
            "create: {operation: createWidget, body: widget, flaten_body: true}",
            "resources.widgets.methods.create.flaten_body: unknown key",
        ),
        (
            "fake_class: FakeMini",
            "fake_class: FakeMini\nfake_klass: FakeMini",
            "fake_klass: unknown key",
        ),
        (
            "list: {operation: listWidgets, paginate: link}",
            "list: {operation: listWidgets, paginate: {style: link, item: Widget}}",
            "resources.widgets.methods.list.paginate.item: unknown key",
        ),
        (
            "  widgets:\n",
            "  widgets:\n    klass: Widgets\n",
            "resources.widgets.klass: unknown key",
        ),
        (
            "auth_scheme: bearer",
            "auth_scheme: bearer\ncodegen: {field_prefx: ''}",
            "codegen.field_prefx: unknown key",
        ),
    ],
    ids=["method", "top-level", "paginate", "resource", "codegen"],
)
def test_an_unknown_key_fails_generation_naming_its_path_and_keeps_tree(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    root, out, before = _generated(tmp_path)
    sdk = root / FILE
    assert old in sdk.read_text()
    sdk.write_text(sdk.read_text().replace(old, new, 1))
    with pytest.raises(GenerationError) as raised:
        generate(discover_apis(root), out)
    assert f"{FILE}: {message}" in str(raised.value)
    assert raised.value.step == "settings"
    assert snapshot(out) == before


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "create: {operation: createWidget, body: widget}",
            "create: {operation: createWidget, body: widget, flatten_body: 'yes'}",
            "resources.widgets.methods.create.flatten_body: Input should be a valid boolean "
            "(got 'yes')",
        ),
        (
            'path_safe_characters: ":"',
            "path_safe_characters: 1",
            "path_safe_characters: Input should be a valid string (got 1)",
        ),
        (
            "auth_scheme: bearer",
            "auth_scheme: basic",
            "auth_scheme: Input should be 'bearer' or 'raw' (got 'basic')",
        ),
        (
            "auth_scheme: bearer",
            "auth_scheme: bearer\nrate_limit: {capacity: many, rate_per_second: 3}",
            "rate_limit.capacity: Input should be a valid integer (got 'many')",
        ),
        (
            "auth_scheme: bearer",
            "auth_scheme: bearer\nidempotent_methods: [GET, FETCH]",
            "idempotent_methods.1: Input should be 'GET', ",
        ),
        (
            'get: {operation: getWidget, status_hints: {400: "Widgets',
            'get: {operation: getWidget, status_hints: {200: "Widgets',
            "resources.widgets.methods.get.status_hints.200.[key]: Input should be greater than "
            "or equal to 400 (got 200)",
        ),
        ("env_prefix: MINI\n", "", "env_prefix: missing required key"),
    ],
    ids=["bool", "string", "literal", "nested-int", "method-list", "status", "missing"],
)
def test_a_wrong_type_fails_generation_naming_its_path_and_keeps_tree(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    root, out, before = _generated(tmp_path)
    sdk = root / FILE
    assert old in sdk.read_text()
    sdk.write_text(sdk.read_text().replace(old, new, 1))
    with pytest.raises(GenerationError) as raised:
        generate(discover_apis(root), out)
    assert f"{FILE}: {message}" in str(raised.value)
    assert snapshot(out) == before


def test_every_bad_key_is_listed_at_once(tmp_path: Path) -> None:
    root = fixture_root(tmp_path)
    sdk = root / FILE
    sdk.write_text(sdk.read_text() + "versoin: 2\nauth_notes: 3\n")
    (api,) = discover_apis(root)
    with pytest.raises(GenerationError) as raised:
        assert api.settings
    assert str(raised.value).splitlines() == [
        f"[settings] {FILE}: auth_notes: Input should be a valid string (got 3)",
        f"{FILE}: versoin: unknown key",
    ]


def test_a_left_over_config_yaml_is_refused(tmp_path: Path) -> None:
    root = fixture_root(tmp_path)
    (root / "overrides" / "mini" / "config.yaml").write_text('field_prefix: ""\n')
    with pytest.raises(GenerationError, match=r"overrides/mini/config.yaml is not read.*codegen:"):
        discover_apis(root)


def test_the_repository_settings_load_and_name_their_packages() -> None:
    apis = {api.name: api for api in discover_apis(REPO_ROOT)}
    assert {name: api.package for name, api in apis.items()} == {
        "autobutler": "autobutler_client",
        "hubster": "hubster_client",
        "integratorio": "integratorio_client",
    }
    # integrator.io's `_id` keys become `id` (quirk 4); the others keep the default prefix.
    assert apis["integratorio"].settings.codegen.field_prefix == ""
    assert apis["hubster"].settings.codegen.field_prefix == "field_"


def test_openapi_python_client_config_is_derived_from_the_settings(tmp_path: Path) -> None:
    root = fixture_root(tmp_path)
    sdk = root / FILE
    sdk.write_text(sdk.read_text() + 'codegen: {field_prefix: "", literal_enums: true}\n')
    (api,) = discover_apis(root)
    config = oapc_config(api, tmp_path / "out")
    assert (config.project_name_override, config.package_name_override) == (
        "mini-client",
        "mini_client",
    )
    assert config.field_prefix == "" and config.literal_enums is True
    assert config.post_hooks == []


def test_codegen_settings_are_openapi_python_clients_options_with_its_defaults() -> None:
    from openapi_python_client.config import ConfigFile

    derived = {"project_name_override", "package_name_override", "post_hooks"}
    # Not offered: our pyproject.toml carries `version`, and no spec is fetched over HTTP.
    left_out = {"package_version_override", "http_timeout"}
    ours = CodegenSettings.model_fields
    assert set(ours) == set(ConfigFile.model_fields) - derived - left_out
    defaults = CodegenSettings().model_dump()
    for name, value in defaults.items():
        default = ConfigFile.model_fields[name].default
        assert ({} if default is None else default) == value, (
            name
        )  # None: openapi-python-client's "no overrides"


def test_idempotent_methods_default_to_the_runtimes() -> None:
    settings = ApiSettings.model_validate(
        {
            "api_name": "X",
            "distribution": "x-client",
            "package": "x_client",
            "client_class": "XClient",
            "async_client_class": "AsyncXClient",
            "fake_class": "FakeX",
            "env_prefix": "X",
            "auth_scheme": "bearer",
        }
    )
    assert settings.idempotent_methods is None
    assert with_runtime_defaults(settings).idempotent_methods == DEFAULT_IDEMPOTENT_METHODS
    patched = settings.model_copy(update={"idempotent_methods": frozenset({"PATCH"})})
    assert with_runtime_defaults(patched).idempotent_methods == {"PATCH"}
