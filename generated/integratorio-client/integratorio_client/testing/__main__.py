# Generated from specs/integratorio.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/integratorio/ or generator/ and run `make generate`.
"""``python -m integratorio_client.testing``: run FakeIntegrator until Ctrl-C.

``--user EMAIL`` (repeatable) adds users that licenses can be issued to; ``--capacity`` and
``--rate`` set the leaky bucket (default 100 and 30 per second), ``--no-rate-limit`` removes it.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from .._runtime import RateLimit
from ._cli import make_parser, serve
from ._fake import DOCUMENTED_RATE_LIMIT, FakeIntegrator


def main(argv: Sequence[str] | None = None) -> int:
    parser = make_parser("python -m integratorio_client.testing", "Run a fake integrator.io API.")
    parser.add_argument(
        "--user", action="append", default=[], metavar="EMAIL", help="a user (repeatable)"
    )
    parser.add_argument("--capacity", type=int, default=DOCUMENTED_RATE_LIMIT.capacity)
    parser.add_argument("--rate", type=float, default=DOCUMENTED_RATE_LIMIT.rate_per_second)
    parser.add_argument("--no-rate-limit", action="store_true", help="never answer 429")
    args = parser.parse_args(argv)
    limit = None if args.no_rate_limit else RateLimit(args.capacity, args.rate)
    fake = FakeIntegrator(port=args.port, token=args.token, rate_limit=limit)
    for email in args.user:
        fake.add_user(email)
    return serve(fake)


if __name__ == "__main__":
    sys.exit(main())
