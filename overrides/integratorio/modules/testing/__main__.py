"""``python -m integratorio_client.testing``: run FakeIntegrator until Ctrl-C.

``--user EMAIL`` (repeatable) adds users that licenses can be issued to; ``--capacity`` and
``--rate`` set the leaky bucket (default 1,000 and 300 per second, the documented per-account
limit), ``--no-rate-limit`` removes it; ``--page-size`` sets the most records one answer of a
list holds (default 1,000).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from .._runtime import RateLimit
from ._cli import make_parser, serve
from ._fake import DOCUMENTED_RATE_LIMIT, MAX_PAGE_SIZE, FakeIntegrator


def main(argv: Sequence[str] | None = None) -> int:
    parser = make_parser("python -m integratorio_client.testing", "Run a fake integrator.io API.")
    parser.add_argument(
        "--user", action="append", default=[], metavar="EMAIL", help="a user (repeatable)"
    )
    parser.add_argument("--capacity", type=int, default=DOCUMENTED_RATE_LIMIT.capacity)
    parser.add_argument("--rate", type=float, default=DOCUMENTED_RATE_LIMIT.rate_per_second)
    parser.add_argument("--no-rate-limit", action="store_true", help="never answer 429")
    parser.add_argument(
        "--page-size", type=int, default=MAX_PAGE_SIZE, help="most records in one list answer"
    )
    args = parser.parse_args(argv)
    limit = None if args.no_rate_limit else RateLimit(args.capacity, args.rate)
    fake = FakeIntegrator(
        port=args.port, token=args.token, rate_limit=limit, page_size=args.page_size
    )
    for email in args.user:
        fake.add_user(email)
    return serve(fake)


if __name__ == "__main__":
    sys.exit(main())
