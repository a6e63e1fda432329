"""What many tests share: the scripted HTTP server and the vendors' JSON examples.

The ``server`` fixture (tests/conftest.py) gives each test a running ``ScriptedServer``.
"""

from __future__ import annotations

from .examples import (
    seed_blocks,
    seed_document,
    seed_example,
    vendor_blocks,
    vendor_document,
    vendor_example,
)
from .server import Recorded, Reply, Responder, ScriptedServer, closed_port

__all__ = [
    "Recorded",
    "Reply",
    "Responder",
    "ScriptedServer",
    "closed_port",
    "seed_blocks",
    "seed_document",
    "seed_example",
    "vendor_blocks",
    "vendor_document",
    "vendor_example",
]
