"""Where each API's inputs live and what its package is called.

An API is a folder ``overrides/<api>/`` holding ``sdk.yaml`` (its settings, openapi-python-client's
included under ``codegen:``; see ``_settings.py``), optionally ``overlay.yaml`` and
``modules/*.py``; its spec is ``specs/<api>.yaml``. Adding an API means adding those files, not
editing this module.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._errors import GenerationError, PipelineError

if TYPE_CHECKING:
    from ._settings import ApiSettings

REPO_ROOT = Path(__file__).resolve().parent.parent
GENERATOR_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class ApiInputs:
    """Every input of one generated package."""

    name: str
    root: Path
    spec: Path
    overrides: Path
    # sdk.yaml as read; ``settings`` validates it on first use. Deciding that nothing changed
    # needs only the distribution's name, so a no-op `make generate` never loads the model (a
    # changed sdk.yaml changes the inputs' hash, so it is always validated before it is used).
    raw_settings: dict[str, Any] = field(hash=False, compare=False, repr=False)

    @cached_property
    def settings(self) -> ApiSettings:
        """The validated sdk.yaml; a bad key raises a GenerationError naming file and key."""
        from ._settings import validate_settings

        return validate_settings(self.raw_settings, self.rel(self.settings_file))

    @property
    def overlay(self) -> Path:
        return self.overrides / "overlay.yaml"

    @property
    def settings_file(self) -> Path:
        return self.overrides / "sdk.yaml"

    @property
    def modules_dir(self) -> Path:
        return self.overrides / "modules"

    @property
    def distribution(self) -> str:
        value = self.raw_settings.get("distribution")
        return value if isinstance(value, str) else self.settings.distribution

    @property
    def package(self) -> str:
        return self.settings.package

    def rel(self, path: Path) -> str:
        """A path relative to the repository root, with forward slashes, for messages."""
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()


def read_settings(path: Path, display: str) -> dict[str, Any]:
    """The YAML of ``sdk.yaml``, not yet validated (``ApiInputs.settings`` does that)."""
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise GenerationError("settings", f"{display}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise GenerationError("settings", f"{display}: expected a mapping of settings.")
    return data


def discover_apis(root: Path = REPO_ROOT, only: list[str] | None = None) -> list[ApiInputs]:
    """Return the APIs under ``root/overrides`` (sorted), optionally only the named ones.

    Each one's ``sdk.yaml`` is read here and validated on first use of ``settings``.
    """

    overrides_root = root / "overrides"
    apis: list[ApiInputs] = []
    for sdk_file in sorted(overrides_root.glob("*/sdk.yaml")):
        name = sdk_file.parent.name
        if only and name not in only:
            continue
        if (sdk_file.parent / "config.yaml").exists():
            raise GenerationError(
                "settings",
                f"overrides/{name}/config.yaml is not read: openapi-python-client's options go "
                f"under `codegen:` in overrides/{name}/sdk.yaml (its names come from "
                "`distribution` and `package`). Move them there and delete the file.",
            )
        data = read_settings(sdk_file, f"overrides/{name}/sdk.yaml")
        apis.append(ApiInputs(name, root, root / "specs" / f"{name}.yaml", sdk_file.parent, data))
    if only:
        unknown = sorted(set(only) - {api.name for api in apis})
        if unknown:
            known = ", ".join(api.name for api in discover_apis(root)) or "none"
            raise PipelineError(
                "config", f"Unknown API {', '.join(unknown)}; the APIs are: {known}."
            )
    return apis
