"""``telusur watch``: saved searches that report new articles after each index run."""
from __future__ import annotations

import argparse
import dataclasses
import shlex
import sys

from telusur.cli.errors import CliError, Exit, err
from telusur.cli.open_index import check_query, engine_for
from telusur.cli.options import day_range, positive_int, query_options, source_option
from telusur.cli.output import print_json, print_short_hit, shown
from telusur.index import Library
from telusur.index.saved_searches import (
    SavedSearch,
    SavedSearchError,
    add_search,
    check_name,
    mark_seen,
    read_saved,
    read_saved_file,
    remove_search,
)
from telusur.index.saved_searches import find as find_saved
from telusur.searcher import QueryError, SearchRequest, watch
from telusur.searcher.export import hit_record


def add_watch(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("watch", help="saved searches that report new articles after each index run")
    wsub = p.add_subparsers(dest="watch_command", required=True)
    add = wsub.add_parser("add", help="save a query (with its filters) under a name")
    add.add_argument("name")
    query_options(add, query_help=None, from_help="first day", sort=False)
    source_option(add, help=None)
    add.set_defaults(run=cmd_watch_add)
    lst = wsub.add_parser("list", help="the saved searches, with how many new articles each has")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(run=cmd_watch_list)
    show = wsub.add_parser("show", help="a saved search's articles, new ones first; marks them seen")
    show.add_argument("name")
    show.add_argument("--limit", type=positive_int, default=20, help="at most this many hits (default 20)")
    show.add_argument("--json", action="store_true")
    show.set_defaults(run=cmd_watch_show)
    remove = wsub.add_parser("remove", help="forget a saved search")
    remove.add_argument("name")
    remove.set_defaults(run=cmd_watch_remove)


def cmd_watch_add(library: Library, args: argparse.Namespace) -> int:
    date_from, date_to = day_range(args)
    saved = SavedSearch(check_name(args.name), " ".join(args.query), date_from, date_to, tuple(args.sources))
    engine = engine_for(library)
    check_query(engine, SearchRequest(saved.query, date_from, date_to))
    add_search(library.index_dir, saved)
    # What matches now is what the user has in front of them: only later articles are new.
    keys = engine.matching_keys(watch.request_of(saved))
    mark_seen(library.index_dir, saved.name, keys)
    print(f"saved {saved.name!r}: {len(keys)} articles match now; new ones are counted after each index run")
    return Exit.OK


def _statuses(library: Library) -> list[watch.WatchStatus]:
    saved = read_saved_file(library.index_dir)
    for problem in saved.problems:
        err(problem)
    searches = saved.searches
    if not searches:
        return []
    engine = engine_for(library)
    return [watch.status(engine, saved) for saved in searches]


def cmd_watch_list(library: Library, args: argparse.Namespace) -> int:
    statuses = _statuses(library)
    if args.json:
        # "problem" only for a saved query that cannot run (the contract's keys stay as they were)
        print_json([{k: v for k, v in dataclasses.asdict(s).items() if k != "problem" or v} for s in statuses])
    elif not statuses:
        print("no saved searches; add one with: telusur watch add NAME QUERY")
    for s in statuses if not args.json else ():
        if s.problem:
            print(shown(f"{s.name}: cannot run ({s.problem})  ({s.query})"))
        else:
            print(shown(f"{s.name}: {s.new} new of {s.total}  ({s.query})"))
    return Exit.OK


def cmd_watch_show(library: Library, args: argparse.Namespace) -> int:
    saved = find_saved(read_saved(library.index_dir), args.name)
    try:
        view = watch.look(engine_for(library), saved, limit=max(1, min(args.limit, 500)))
    except QueryError as error:
        raise CliError(f"the saved search {saved.name!r} cannot run: {error}", Exit.USAGE) from None
    mark_seen(library.index_dir, saved.name, view.keys)
    if args.json:
        out = {
            **{k: v for k, v in dataclasses.asdict(view.status).items() if k != "problem" or v},
            "hits": [{**hit_record(h), "new": n < view.new_shown} for n, h in enumerate(view.hits)],
        }
        print_json(out)
        return Exit.OK
    print(shown(f"{view.status.name}: {view.status.new} new of {view.status.total}  ({view.status.query})"))
    tty = sys.stdout.isatty()
    for n, hit in enumerate(view.hits):
        print_short_hit("NEW " if n < view.new_shown else "", hit, tty=tty)
    return Exit.OK


def cmd_watch_remove(library: Library, args: argparse.Namespace) -> int:
    remove_search(library.index_dir, args.name)
    print(f"removed the saved search {args.name!r}")
    return Exit.OK


def print_watches_with_news(library: Library) -> None:
    """After an index run: the saved searches that have new articles."""
    try:
        statuses = [s for s in _statuses(library) if s.new]
    except SavedSearchError as error:
        err(str(error))
        return
    if statuses:
        print("Saved searches with new articles:")
    for s in statuses:
        print(shown(f"  {s.name}: {s.new} new  (telusur watch show {shlex.quote(s.name)})"))
