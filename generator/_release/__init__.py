"""Releases: the next version of each package from what changed since its last release.

``releases/<api>/`` records the last release (``_baseline``); a new one is compared with it on the
wire (``_wire``, the overlaid spec) and in Python (``_python_api``, griffe), which sets the level
of the release (``_bump``) and the section of the changelog (``_changelog``). ``_releaser`` runs
it: ``python -m generator release [--check | --init-baseline]`` (``make release``).
"""

from ._releaser import check as check_releases
from ._releaser import init_baseline, release

__all__ = ["check_releases", "init_baseline", "release"]
