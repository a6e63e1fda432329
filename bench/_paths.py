"""Where the repository and the generated packages are, and how to import the packages.

The bench imports the packages straight from ``generated/`` (as the tests do, see
tests/conftest.py), so it measures exactly what ``make check`` vouches for.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
GENERATED = REPO_ROOT / "generated"
RESULTS_DIR = Path(__file__).resolve().parent / "results"
APIS = ("autobutler", "integratorio", "hubster")


def dist_dirs(root: Path = REPO_ROOT) -> list[Path]:
    """The ``generated/<api>-client`` folders, which hold the importable packages."""
    return [root / "generated" / f"{api}-client" for api in APIS]


def use_generated_packages() -> None:
    """Make ``import <api>_client`` find the packages in generated/ (this process)."""
    missing = [d for d in dist_dirs() if not d.is_dir()]
    if missing:
        raise SystemExit(f"{missing[0]} does not exist; run `make generate` before `make bench`.")
    for dist in dist_dirs():
        if str(dist) not in sys.path:
            sys.path.insert(0, str(dist))


def child_env(*, write_bytecode: bool = False, **extra: str) -> dict[str, str]:
    """Environment for a child Python that imports the generated packages and this bench.

    ``write_bytecode`` drops ``PYTHONDONTWRITEBYTECODE``: with it set, every interpreter compiles
    every module from source again, which no installed package does (pip compiles on install),
    so import and regeneration times would measure the compiler.
    """
    env = dict(os.environ)
    if write_bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    paths = [str(d) for d in dist_dirs()] + [str(REPO_ROOT)]
    if env.get("PYTHONPATH"):
        paths.append(env["PYTHONPATH"])
    env["PYTHONPATH"] = os.pathsep.join(paths)
    # A client log variable in the caller's shell would add a stderr handler and skew the CPU
    # figures; every side of a figure sets up its logging explicitly.
    for name in list(env):
        if name.endswith("_CLIENT_LOG"):
            del env[name]
    env.update(extra)
    return env
