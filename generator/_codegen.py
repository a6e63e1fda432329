"""Run openapi-python-client in-process with our templates, then add the hand-written code.

In-process rather than through its CLI: the spec is already loaded and overlaid in memory, so it
never touches disk between steps, and we reuse the parser's view of the API (endpoints, python
names, types) to render our own files with the same Jinja environment.
"""

from __future__ import annotations

import contextlib
import io
import shutil
from pathlib import Path
from typing import Any

from ._apis import GENERATOR_DIR, ApiInputs
from ._errors import GenerationError

TEMPLATE_DIR = GENERATOR_DIR / "templates"
RUNTIME_DIR = GENERATOR_DIR / "runtime"
# Shared code of the fake servers; copied into <package>/testing/.
TESTING_DIR = GENERATOR_DIR / "testing"

# openapi-python-client's low-level client module, which every package leaves out.
STOCK_CLIENT_MODULE = "client.py"

# Our own templates, rendered with openapi-python-client's environment after it has run:
# (template name, output path relative to the distribution folder; {package} is substituted).
SDK_TEMPLATES: tuple[tuple[str, str], ...] = (
    ("sdk/pyproject.toml.jinja", "pyproject.toml"),
    ("sdk/README.md.jinja", "README.md"),
    ("sdk/api.md.jinja", "api.md"),
    ("sdk/py.typed.jinja", "{package}/py.typed"),
    ("sdk/_client.py.jinja", "{package}/_client.py"),
    ("sdk/_raw_client.py.jinja", "{package}/_raw_client.py"),
)


def oapc_config(api: ApiInputs, output_path: Path) -> Any:
    """openapi-python-client's Config, derived from sdk.yaml (names + ``codegen:``)."""
    from openapi_python_client.config import Config, ConfigFile, MetaType

    config_file = ConfigFile(
        project_name_override=api.distribution,
        package_name_override=api.package,
        # We format once for all packages ourselves (faster, and with our pinned ruff config).
        post_hooks=[],
        **api.settings.codegen.model_dump(),
    )
    return Config.from_sources(
        config_file, MetaType.NONE, api.spec, "utf-8", overwrite=True, output_path=output_path
    )


def run_openapi_python_client(
    api: ApiInputs,
    spec: dict[str, Any],
    package_dir: Path,
    template_dir: Path | None = TEMPLATE_DIR,
) -> Any:
    """Run openapi-python-client into ``package_dir``; return its Project (for its Jinja env).

    The spec is parsed once; the templates' context (``_context.py``) is built from that parse
    before anything is rendered, so every template sees the same values. ``template_dir=None``
    uses only the stock templates (the custom-template test compares both).
    """
    from openapi_python_client import Project
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError

    from ._context import build_context

    config = oapc_config(api, package_dir)
    openapi = GeneratorData.from_dict(spec, config=config)
    if isinstance(openapi, GeneratorError):
        raise GenerationError(
            "openapi-python-client", f"{api.rel(api.spec)}: {openapi.header}: {openapi.detail}"
        )
    context = build_context(api, spec, openapi)
    project = Project(openapi=openapi, config=config, custom_template_path=template_dir)
    project.env.globals.update(context.globals())
    package_dir.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.redirect_stdout(io.StringIO()):
        problems = project.build()
    if problems:
        # Any warning means part of the spec was dropped (an endpoint or schema skipped):
        # a client that silently lacks an operation is worse than no new client.
        listing = "\n  - ".join(f"{p.header}: {p.detail}" for p in problems)
        raise GenerationError(
            "openapi-python-client",
            f"{api.rel(api.spec)} could not be generated completely:\n  - {listing}\n"
            "Fix the spec or its overlay so that every schema and operation is supported.",
        )
    return project


def generate_package(api: ApiInputs, spec: dict[str, Any], dist_dir: Path) -> None:
    """Write the distribution for ``api`` into ``dist_dir`` (which must not exist yet)."""
    package_dir = dist_dir / api.package
    project = run_openapi_python_client(api, spec, package_dir)
    # openapi-python-client always writes its own Client and AuthenticatedClient; the package
    # sends every request through its runtime instead, so they are not shipped
    # (tests/clients/test_one_request_path.py).
    (package_dir / STOCK_CLIENT_MODULE).unlink()
    for template_name, relative in SDK_TEMPLATES:
        target = dist_dir / relative.format(package=api.package)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(project.env.get_template(template_name).render(), encoding="utf-8")
    _inject_hand_written(api, package_dir)
    generate_wire_models(api, spec, package_dir)


def _copy_python_tree(source: Path, destination: Path) -> None:
    for path in sorted(source.rglob("*")):
        if "__pycache__" in path.parts or path.suffix == ".pyc":
            continue
        relative = path.relative_to(source)
        if path.is_dir():
            (destination / relative).mkdir(parents=True, exist_ok=True)
        elif path.suffix in {".py", ".typed"}:
            (destination / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, destination / relative)


def _inject_hand_written(api: ApiInputs, package_dir: Path) -> None:
    """Copy the shared runtime and this API's override modules into the package."""
    if not (RUNTIME_DIR / "__init__.py").is_file():
        raise GenerationError(
            "inject", f"{RUNTIME_DIR} has no __init__.py; the runtime is missing."
        )
    _copy_python_tree(RUNTIME_DIR, package_dir / "_runtime")
    if TESTING_DIR.is_dir():
        _copy_python_tree(TESTING_DIR, package_dir / "testing")
    if not api.modules_dir.is_dir():
        return
    for module in sorted(api.modules_dir.rglob("*.py")):
        if "__pycache__" in module.parts:
            continue
        target = package_dir / module.relative_to(api.modules_dir)
        if target.exists():
            raise GenerationError(
                "inject",
                f"{api.rel(module)} would replace the generated {target.relative_to(package_dir)}; "
                "override modules may only add files. Change the template instead.",
            )
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(module, target)


WIRE_MODELS_HEADER = (
    '"""Pydantic v2 models of the wire format, made by datamodel-code-generator from the same\n'
    "overlaid spec as the client: a second, independent reading of it. The fake server validates\n"
    'request bodies with them, so a disagreement between the two generators fails a test."""'
)


def generate_wire_models(api: ApiInputs, spec: dict[str, Any], package_dir: Path) -> None:
    """Write ``testing/_wire_models.py`` (pydantic v2) from the overlaid spec."""
    import datamodel_code_generator as dcg
    from datamodel_code_generator.enums import (
        DataModelType,
        InputFileType,
        TargetPydanticVersion,
    )
    from datamodel_code_generator.format import PythonVersion

    target = package_dir / "testing" / "_wire_models.py"
    if target.exists():
        raise GenerationError("wire-models", f"{target} is generated; remove the override file.")
    try:
        source = dcg.generate(
            spec,
            input_file_type=InputFileType.OpenAPI,
            output_model_type=DataModelType.PydanticV2BaseModel,
            target_python_version=PythonVersion.PY_311,
            disable_timestamp=True,
            formatters=[],
            # Enum-typed defaults as members (IntegrationStatus.3000), not bare ints: mypy --strict.
            set_default_enum_member=True,
            # Optional fields default to pydantic's MISSING, not None: an explicit null for a
            # field the spec does not make nullable is then refused, as the spec says
            # (schemathesis found fakes storing and echoing such nulls).
            use_missing_sentinel=True,
            # 2.14 imports MISSING from pydantic itself; the experimental path warns there.
            target_pydantic_version=TargetPydanticVersion.V2_14,
            custom_file_header=WIRE_MODELS_HEADER,
        )
    except Exception as exc:  # the library raises many types; all mean the same here
        raise GenerationError(
            "datamodel-code-generator", f"{api.rel(api.spec)}: {type(exc).__name__}: {exc}"
        ) from exc
    if not isinstance(source, str):
        raise GenerationError("datamodel-code-generator", "expected one module of source text.")
    target.parent.mkdir(parents=True, exist_ok=True)
    if not (target.parent / "__init__.py").exists():
        (target.parent / "__init__.py").write_text(
            '"""Test helpers for downstream code: the fake server lives here."""\n',
            encoding="utf-8",
        )
    target.write_text(source, encoding="utf-8")
