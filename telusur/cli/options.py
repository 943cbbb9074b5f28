"""Argument groups several commands share, and reading them back into a request.

search, export and watch add take the same query and day range; search and
export the same archive filters. Declared once here, so the commands cannot
drift apart (help texts stay each command's own where they differ).
"""
from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from telusur.cli.errors import CliError, Exit
from telusur.searcher import SearchRequest
from telusur.searcher.day_ranges import DateError, parse_day_bounds
from telusur.searcher.messages import QueryError
from telusur.searcher.requests import DateUnit, SortOrder

T = TypeVar("T")


def positive_int(text: str) -> int:
    """An argparse type for --limit and --page: a whole number of 1 or more (else exit 2, with why)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is too small: give 1 or more")
    return value


def index_dir_everywhere(parser: argparse.ArgumentParser) -> None:
    """--index-dir on the parser and every sub-command's, before or after the command word.

    Added after each parser's own options, so help lists it last.
    """
    parser.add_argument(
        "--index-dir", type=Path, default=argparse.SUPPRESS,
        help="where the index lives (default: the user data directory)",
    )
    # argparse lists sub-parsers only through its private action (as tests/test_docs.py does).
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                index_dir_everywhere(child)


def query_options(parser: argparse.ArgumentParser, *, query_help: str | None, from_help: str, sort: bool) -> None:
    """The query words, --from and --to (and --sort where the order matters)."""
    parser.add_argument("query", nargs="+", help=query_help)
    parser.add_argument("--from", dest="date_from", help=from_help)
    parser.add_argument("--to", dest="date_to", help="last day (inclusive)")
    if sort:
        parser.add_argument(
            "--sort", type=_named(SortOrder.named), choices=list(SortOrder), default=SortOrder.RELEVANCE
        )


def _named(parse: Callable[[str], T]) -> Callable[[str], T]:
    """An argparse ``type`` that reads an enum's value; an unknown one is a usage error with its message."""

    def read(text: str) -> T:
        try:
            return parse(text)
        except QueryError as err:
            raise argparse.ArgumentTypeError(str(err)) from None

    read.__name__ = parse.__qualname__.split(".")[0]  # argparse names the type in some errors
    return read


def source_option(parser: argparse.ArgumentParser, *, help: str | None) -> None:
    parser.add_argument("--source", dest="sources", action="append", default=[], metavar="SOURCE", help=help)


def archive_options(parser: argparse.ArgumentParser, *, facets: bool) -> None:
    source_option(parser, help="only articles from this source (repeat for several): kompas matches kompas.com too")
    parser.add_argument("--no-group", dest="group", action="store_false", help="list wire copies as hits of their own")
    if facets:
        parser.add_argument("--facets", action="store_true", help="count all matches by source and by date")
        parser.add_argument(
            "--date-unit", type=_named(DateUnit.named), choices=list(DateUnit),
            help="date facet buckets (default: from the span)",
        )


def _day(text: str | None, *, last: bool) -> date | None:
    """The first (or ``last``) day ``text`` names; a date that cannot be read is a usage error."""
    if not text:
        return None
    try:
        bounds = parse_day_bounds(text)
    except DateError as err:
        raise CliError(str(err), Exit.USAGE) from None
    return bounds.last if last else bounds.first


def day_range(args: argparse.Namespace) -> tuple[date | None, date | None]:
    """--from's first day and --to's last; read before the index is opened, so a bad date fails fast."""
    return _day(args.date_from, last=False), _day(args.date_to, last=True)


def search_request(args: argparse.Namespace, **fields: Any) -> SearchRequest:
    """The request query_options, --sort and archive_options describe, plus ``fields``."""
    date_from, date_to = day_range(args)
    return SearchRequest(
        " ".join(args.query), date_from, date_to, args.sort,
        sources=tuple(args.sources), group_copies=args.group, facets=getattr(args, "facets", False),
        date_unit=getattr(args, "date_unit", None), **fields,
    )
