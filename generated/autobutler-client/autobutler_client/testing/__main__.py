# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
"""``python -m autobutler_client.testing``: run FakeAutobutler until Ctrl-C.

``--user EMAIL:PASSWORD`` (repeatable) lets POST /tokens sign those users in.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from ._cli import make_parser, serve
from ._fake import FakeAutobutler


def main(argv: Sequence[str] | None = None) -> int:
    parser = make_parser(
        "python -m autobutler_client.testing", "Run a fake Autobutler Mechanics API."
    )
    parser.add_argument(
        "--user",
        action="append",
        default=[],
        metavar="EMAIL:PASSWORD",
        help="a user POST /tokens signs in (repeatable)",
    )
    args = parser.parse_args(argv)
    fake = FakeAutobutler(port=args.port, token=args.token)
    for user in args.user:
        email, sep, password = user.partition(":")
        if not sep:
            parser.error(f"--user {user!r}: give it as EMAIL:PASSWORD.")
        fake.add_user(email, password)
    return serve(fake)


if __name__ == "__main__":
    sys.exit(main())
