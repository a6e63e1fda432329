"""``python -m <package>.testing``: run a fake standalone until Ctrl-C (or SIGTERM).

Prints ``base_url: ...`` and ``token: ...`` (and whatever the API's fake adds, such as a hub id)
one per line, flushed, so that a script or a test can read them and point a client there.
"""

from __future__ import annotations

import argparse
import signal
import threading
from collections.abc import Callable, Mapping
from typing import Any

from ._server import DEFAULT_TOKEN, FakeServer


def make_parser(prog: str, description: str) -> argparse.ArgumentParser:
    """The options every fake takes (``--port``, ``--token``); add the API's own to it."""
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument(
        "--port",
        type=int,
        default=0,
        help="port on 127.0.0.1 to listen on (default 0: any free port, printed at start)",
    )
    parser.add_argument(
        "--token",
        default=DEFAULT_TOKEN,
        help=f"the token the fake accepts (default {DEFAULT_TOKEN!r})",
    )
    return parser


def serve(fake: FakeServer, setup: Callable[[FakeServer], Mapping[str, str]] | None = None) -> int:
    """Start ``fake``, print where it is, and serve until Ctrl-C or SIGTERM; returns 0."""
    stop = threading.Event()

    def on_signal(signum: int, frame: Any) -> None:
        stop.set()

    previous = signal.signal(signal.SIGTERM, on_signal)
    try:
        with fake:
            extra = dict(setup(fake)) if setup is not None else {}
            print(f"{type(fake).__name__} ({fake.api_name}) is running.", flush=True)
            print(f"base_url: {fake.base_url}", flush=True)
            print(f"token: {fake.token}", flush=True)
            for name, value in extra.items():
                print(f"{name}: {value}", flush=True)
            print("Press Ctrl-C to stop it.", flush=True)
            try:
                while not stop.wait(0.2):
                    pass
            except KeyboardInterrupt:
                pass
    finally:
        signal.signal(signal.SIGTERM, previous)
    return 0
