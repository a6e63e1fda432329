# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
"""``python -m hubster_client.testing``: run FakeHubster until Ctrl-C.

Creates the hubs given with ``--hub`` (repeatable), or one new hub; prints their ids as
``hub_id: ...`` lines after ``base_url`` and ``token``. ``--answers seed`` answers as the
seed's older docs did (numeric ids on reads, 400 for "not found"); see ``FakeHubster``.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence

from ._cli import make_parser, serve
from ._fake import FakeHubster
from ._server import FakeServer


def main(argv: Sequence[str] | None = None) -> int:
    parser = make_parser("python -m hubster_client.testing", "Run a fake Hubster Portal API.")
    parser.add_argument(
        "--hub", action="append", default=[], metavar="HUB_ID", help="a hub id (repeatable)"
    )
    parser.add_argument(
        "--answers",
        choices=("current", "seed"),
        default="current",
        help="answer as the current docs do (default) or as the seed's older page did",
    )
    args = parser.parse_args(argv)
    fake = FakeHubster(port=args.port, token=args.token, answers=args.answers)
    hubs = [fake.add_hub(hub) for hub in args.hub] or [fake.add_hub()]

    def describe(_: FakeServer) -> Mapping[str, str]:
        return {"hub_id": ", ".join(hubs)}

    return serve(fake, describe)


if __name__ == "__main__":
    sys.exit(main())
