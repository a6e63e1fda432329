"""Command line: ``python -m generator COMMAND [API ...]``: generate, check, release, ..."""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from ._apis import REPO_ROOT, ApiInputs, discover_apis
from ._errors import PipelineError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="regenerate packages whose inputs changed")
    gen.add_argument("--force", action="store_true", help="rebuild even if nothing changed")
    sub.add_parser("check", help="regenerate into a temporary tree and compare with generated/")
    sub.add_parser("overrides-report", help="say what every overlay action does")
    sub.add_parser("validate", help="validate the specs and apply the overlays, write nothing")
    rel = sub.add_parser(
        "release", help="set the next version of each package that changed since its release"
    )
    mode = rel.add_mutually_exclusive_group()
    mode.add_argument(
        "--check", action="store_true", help="fail if a package needs a release not made yet"
    )
    mode.add_argument(
        "--init-baseline", action="store_true", help="record generated/ as released as it is"
    )
    rel.add_argument("--date", help="release date for the changelog, YYYY-MM-DD (default: today)")
    rel.add_argument(
        "--note", action="append", default=[], help="a sentence for each new changelog section"
    )
    for command in sub.choices.values():
        command.add_argument("apis", nargs="*", help="API names (default: all)")
    args = parser.parse_args(argv)

    out_root = REPO_ROOT / "generated"
    started = time.perf_counter()
    try:
        apis = discover_apis(REPO_ROOT, args.apis or None)
        if args.command == "generate":
            from ._pipeline import generate

            rebuilt = generate(apis, out_root, force=args.force)
            elapsed = time.perf_counter() - started
            if rebuilt:
                print(f"generated {', '.join(rebuilt)} in {elapsed:.2f}s")
            else:
                print(f"generated/ is up to date ({elapsed:.2f}s)")
        elif args.command == "check":
            from ._pipeline import check

            drift = check(apis, out_root, every_api=not args.apis)
            if drift:
                print("\n".join(drift), file=sys.stderr)
                print(
                    f"\nERROR: generated/ differs from what the specs, overrides and generator "
                    f"produce ({len(drift)} file(s)). Run `make generate` and commit the result; "
                    "never edit generated/ by hand.",
                    file=sys.stderr,
                )
                return 1
            print(f"generated/ matches a fresh generation ({len(apis)} packages)")
        elif args.command == "overrides-report":
            from ._pipeline import overlay_report

            lines, failed = overlay_report(apis)
            print("\n".join(lines))
            return 1 if failed else 0
        elif args.command == "release":
            return _release(args, apis, out_root)
        elif args.command == "validate":
            from ._pipeline import prepare_spec

            for api in apis:
                prepare_spec(api)
                print(f"{api.rel(api.spec)}: valid (overlay applied and re-validated)")
                # Reading the settings validates them (a bad key raises, naming it).
                print(f"{api.rel(api.settings_file)}: valid ({api.settings.client_class})")
    except PipelineError as exc:
        print(f"generation failed: {exc}\ngenerated/ was left unchanged.", file=sys.stderr)
        return 2
    return 0


def _release(args: argparse.Namespace, apis: list[ApiInputs], out_root: Path) -> int:
    import datetime

    from ._release import check_releases, init_baseline, release

    if args.check:
        problems = check_releases(apis, out_root)
        if problems:
            print("\n\n".join(problems), file=sys.stderr)
            return 1
        print(f"every package matches its last release ({len(apis)} packages)")
        return 0
    date = args.date
    if date is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        print(
            f"--date {date!r} is not YYYY-MM-DD; pass a date such as 2026-12-01.", file=sys.stderr
        )
        return 2
    if args.init_baseline:
        lines = init_baseline(apis, out_root, date=date)
    else:
        today = datetime.datetime.now(datetime.UTC).date().isoformat()
        lines = release(apis, out_root, date=date or today, notes=args.note)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
