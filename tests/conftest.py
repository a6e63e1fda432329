"""Make the generated packages importable in tests without installing them.

The wheel tests (tests/packaging) install the real wheels into fresh virtual environments; every
other test imports the packages straight from generated/, which is what `make check` vouches for.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
for dist in sorted((REPO_ROOT / "generated").glob("*-client")):
    if str(dist) not in sys.path:
        sys.path.insert(0, str(dist))
