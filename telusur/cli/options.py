"""Argument groups several commands share, and reading them back into requests."""
from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from telusur.cli.errors import CliError, Exit
from telusur.searcher.dates import DateError, parse_day_bounds
from telusur.searcher.records import DateUnit


def index_dir_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--index-dir", type=Path, default=argparse.SUPPRESS,
        help="where the index lives (default: the user data directory)",
    )


def archive_options(parser: argparse.ArgumentParser, *, facets: bool) -> None:
    parser.add_argument(
        "--source", dest="sources", action="append", default=[], metavar="SOURCE",
        help="only articles from this source (repeat for several): kompas matches kompas.com too",
    )
    parser.add_argument("--no-group", dest="group", action="store_false", help="list wire copies as hits of their own")
    if facets:
        parser.add_argument("--facets", action="store_true", help="count all matches by source and by date")
        parser.add_argument(
            "--date-unit", choices=[u.value for u in DateUnit], help="date facet buckets (default: from the span)"
        )


def archive_request(args: argparse.Namespace) -> dict[str, Any]:
    """The SearchRequest fields the archive options set."""
    return {
        "sources": tuple(getattr(args, "sources", ())),
        "group_copies": getattr(args, "group", True),
        "facets": getattr(args, "facets", False),
        "date_unit": getattr(args, "date_unit", None),
    }


def day(text: str | None, *, last: bool) -> date | None:
    """The first (or ``last``) day ``text`` names; a date that cannot be read is a usage error."""
    if not text:
        return None
    try:
        bounds = parse_day_bounds(text)
    except DateError as err:
        raise CliError(str(err), Exit.USAGE) from None
    return bounds.last if last else bounds.first
