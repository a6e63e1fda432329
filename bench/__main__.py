"""``python -m bench`` (``make bench``); see ``bench._runner``."""

import sys

from ._runner import main

sys.exit(main())
