"""Where each API's inputs live and what its package is called.

An API is a folder ``overrides/<api>/`` holding ``sdk.yaml`` (our settings), ``config.yaml``
(openapi-python-client's), ``overlay.yaml`` and optionally ``modules/*.py``; its spec is
``specs/<api>.yaml``. Adding an API means adding those files, not editing this module.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._errors import PipelineError

REPO_ROOT = Path(__file__).resolve().parent.parent
GENERATOR_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class ApiInputs:
    """Every input of one generated package."""

    name: str
    root: Path
    spec: Path
    overrides: Path
    sdk: dict[str, Any] = field(hash=False, compare=False)

    @property
    def overlay(self) -> Path:
        return self.overrides / "overlay.yaml"

    @property
    def oapc_config(self) -> Path:
        return self.overrides / "config.yaml"

    @property
    def modules_dir(self) -> Path:
        return self.overrides / "modules"

    @property
    def distribution(self) -> str:
        return str(self.sdk["distribution"])

    @property
    def package(self) -> str:
        return str(self.sdk["package"])

    def rel(self, path: Path) -> str:
        """A path relative to the repository root, with forward slashes, for messages."""
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()


def discover_apis(root: Path = REPO_ROOT, only: list[str] | None = None) -> list[ApiInputs]:
    """Return the APIs under ``root/overrides`` (sorted), optionally only the named ones."""
    import yaml

    overrides_root = root / "overrides"
    apis: list[ApiInputs] = []
    for sdk_file in sorted(overrides_root.glob("*/sdk.yaml")):
        name = sdk_file.parent.name
        if only and name not in only:
            continue
        sdk = yaml.safe_load(sdk_file.read_text(encoding="utf-8"))
        for key in ("distribution", "package", "api_name", "env_prefix", "auth_scheme"):
            if key not in sdk:
                raise PipelineError("config", f"{sdk_file}: missing required key {key!r}.")
        apis.append(ApiInputs(name, root, root / "specs" / f"{name}.yaml", sdk_file.parent, sdk))
    if only:
        unknown = sorted(set(only) - {api.name for api in apis})
        if unknown:
            known = ", ".join(api.name for api in discover_apis(root)) or "none"
            raise PipelineError(
                "config", f"Unknown API {', '.join(unknown)}; the APIs are: {known}."
            )
    return apis
