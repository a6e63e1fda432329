"""MkDocs hook: the reference site's pages, made from what the repository already holds.

Nothing under docs/ repeats a README or a package: at build time this adds README.md as the
home page and, for every package in generated/, its README, its ``api.md`` (rendered by the
generator from the operation table, like the client) and three mkdocstrings pages (clients,
errors, models) listing the package's public classes. A new package, model or resource class
appears without an edit here. ``make docs`` builds the site with ``--strict`` (any warning, such
as a broken link or an object mkdocstrings cannot find, fails it), and ``make test`` runs it.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

REPO = Path(__file__).resolve().parent.parent
GENERATED = REPO / "generated"


def _names_in_all(module: Path) -> list[str]:
    """``__all__`` of a module, read without importing it."""
    for node in ast.parse(module.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__all__" for target in node.targets
        ):
            value = ast.literal_eval(node.value)
            return [str(name) for name in value]
    raise ValueError(f"{module} has no __all__; the reference lists a module's __all__.")


def _public_classes(module: Path) -> list[str]:
    """The public classes a module defines (a generated model module defines one or two)."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    return [n.name for n in tree.body if isinstance(n, ast.ClassDef) and not n.name.startswith("_")]


def _page(title: str, intro: str, objects: list[str], options: str = "") -> str:
    blocks = [f"::: {name}{options}" for name in objects]
    return f"# {title}\n\n{intro}\n\n" + "\n\n".join(blocks) + "\n"


def package_pages(dist: Path) -> dict[str, str]:
    """The mkdocstrings pages of one generated distribution, by their path in the site."""
    (package_dir,) = [p for p in dist.iterdir() if (p / "_client.py").is_file()]
    package, name = package_dir.name, dist.name
    # The clients, then the resource classes; each sync class before its async twin.
    public = [n for n in _names_in_all(package_dir / "_client.py") if n != "CONFIG"]
    public.sort(key=lambda n: (n.removeprefix("Async"), n.startswith("Async")))
    clients = [n for n in public if n.endswith("Client")]
    resources = [n for n in public if n not in clients]
    models = sorted(
        f"{package}.models.{path.stem}.{cls}"
        for path in (package_dir / "models").glob("*.py")
        if path.stem != "__init__"
        for cls in _public_classes(path)
    )
    inherited = "\n    options:\n      inherited_members: true"
    return {
        f"{name}/clients.md": _page(
            f"{name}: clients",
            f"`{package}`'s clients and the resource classes behind `client.<resource>`. "
            "Every method's HTTP operation and documented errors are in the "
            "[API reference](api.md).",
            [f"{package}.{n}" for n in clients],
            inherited,
        )
        + "\n"
        + "\n\n".join(f"::: {package}._client.{n}" for n in resources)
        + "\n",
        f"{name}/errors.md": _page(
            f"{name}: errors",
            f"Every error `{package}` raises on purpose derives from `APIError`.",
            [f"{package}.errors"],
        ),
        f"{name}/models.md": _page(
            f"{name}: models",
            f"Importable from `{package}.models`.",
            models,
        ),
    }


PAGES = (
    ("Overview", "index.md"),
    ("API reference", "api.md"),
    ("Clients", "clients.md"),
    ("Errors", "errors.md"),
    ("Models", "models.md"),
)


def on_config(config: MkDocsConfig, **_: Any) -> MkDocsConfig:
    """The navigation: the home page, then each package's pages in PAGES order."""
    nav: list[Any] = [{"Home": "index.md"}]
    for dist in sorted(GENERATED.glob("*-client")):
        nav.append({dist.name: [{title: f"{dist.name}/{uri}"} for title, uri in PAGES]})
    config["nav"] = nav
    return config


def on_files(files: Files, config: MkDocsConfig, **_: Any) -> Files:
    """Add the home page, and each package's README, api.md and reference pages."""
    files.append(File.generated(config, "index.md", abs_src_path=str(REPO / "README.md")))
    for dist in sorted(GENERATED.glob("*-client")):
        for source, target in (("README.md", "index.md"), ("api.md", "api.md")):
            path = dist / source
            files.append(File.generated(config, f"{dist.name}/{target}", abs_src_path=str(path)))
        for uri, content in package_pages(dist).items():
            files.append(File.generated(config, uri, content=content))
    return files
