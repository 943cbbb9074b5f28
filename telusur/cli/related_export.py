"""``telusur related`` (articles on one article's topic) and ``telusur export`` (every match to a file)."""
from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

from telusur.analysis.safe_write import write_text_atomic
from telusur.cli.errors import CliError, Exit, err
from telusur.cli.open_index import check_query, engine_for
from telusur.cli.options import archive_options, positive_int, query_options, search_request
from telusur.cli.output import print_json, print_short_hit, shown
from telusur.cli.search import nothing_indexed
from telusur.index import Library
from telusur.searcher.export import ExportFormat, export, hit_record


def _article_path(path: Path) -> str:
    """The path as the index holds it: absolute, its folder's symlinks resolved."""
    path = path.expanduser()
    return os.path.join(os.path.realpath(path.parent), path.name)


# telusur related


def add_related(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("related", help="articles on the same topic as one article")
    p.add_argument("path", type=Path, help="the article's file")
    p.add_argument("--record", type=int, help="the record number, for an article in a data-set file")
    p.add_argument("--days", type=int, help="only articles published within this many days of it")
    p.add_argument("--limit", type=positive_int, default=10, help="at most this many (default 10)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(run=cmd_related)


def cmd_related(library: Library, args: argparse.Namespace) -> int:
    if args.days is not None and args.days < 0:
        raise CliError("--days must be 0 or more", Exit.USAGE)
    engine = engine_for(library)
    related = engine.related(_article_path(args.path), args.record, days=args.days, limit=max(1, min(args.limit, 50)))
    if related.article is None:
        raise CliError(related.message or f"{args.path} is not in the index")
    article = related.article
    if args.json:
        out = {
            "article": {"path": article.path, "headline": article.headline,
                        "date": article.date.isoformat() if article.date else None},
            "hits": [hit_record(hit) for hit in related.hits],
        }
        print_json(out)
        return Exit.OK
    print(f"Related to: {shown(article.headline)}")
    tty = sys.stdout.isatty()
    for rank, hit in enumerate(related.hits, 1):
        print_short_hit(f"{rank}. ", hit, tty=tty)
    if not related.hits:
        print("no related articles")
    return Exit.OK


# telusur export


def add_export(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="write every match of a query to a CSV, JSON or RIS file")
    query_options(p, query_help="the query, as for telusur search", from_help="first day", sort=True)
    p.add_argument("--format", choices=[f.value for f in ExportFormat], default="csv", help="csv (default), json, ris")
    p.add_argument("-o", "--output", required=True, help="the file to write, or - for standard output")
    archive_options(p, facets=False)
    p.set_defaults(run=cmd_export)


def cmd_export(library: Library, args: argparse.Namespace) -> int:
    request = search_request(args)
    if args.output != "-":
        folder = Path(args.output).expanduser().parent
        if not folder.is_dir():  # said before the index is opened, and never about a temporary file
            raise CliError(f"cannot write {args.output}: the folder {folder} does not exist")
    engine = engine_for(library)
    if engine.document_count() == 0:  # as telusur search: an empty library is an error, not an empty file
        raise nothing_indexed(library)
    check_query(engine, request)
    fmt = ExportFormat(args.format)
    hits = engine.every_hit(request)
    if args.output == "-":
        out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
        try:
            n = export(hits, fmt, out)
        finally:
            out.flush()
            out.detach()
    else:
        # Atomic for a new or regular file; a FIFO, device or symlink is written through (issue 26).
        n = write_text_atomic(args.output, lambda handle: export(hits, fmt, handle), newline="", shared=True)
    err(f"exported {n} {'results' if request.group_copies else 'articles'} as {fmt.value}"
        + (f" to {args.output}" if args.output != "-" else ""))
    return Exit.OK
