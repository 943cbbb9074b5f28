"""``telusur search``: one page of hits as text or JSON, with copies and facets."""
from __future__ import annotations

import argparse
import sys
from typing import Any

from telusur.cli.errors import CliError, Exit, err
from telusur.cli.open_index import NOTHING_INDEXED, say_rebuilt
from telusur.cli.options import archive_options, positive_int, query_options, search_request
from telusur.cli.output import plain, plural, print_json, shown, shown_path
from telusur.index import IndexDamagedError, Library, Opened, OpenState
from telusur.index.library_file import display_path
from telusur.searcher import SearchEngine, SearchResult
from telusur.searcher.export import copy_record
from telusur.searcher.highlight import marked_html
from telusur.searcher.requests import Facets, Hit, relevance

# A search never waits for a writer: not to open, not for a busy indexing run's rebuild.
SEARCH_REBUILD_WAIT_S = 0.0
SEARCH_OPEN: dict[str, Any] = {
    "wait": 0, "sync_new": False, "sync_wait": SEARCH_REBUILD_WAIT_S, "before_sync": say_rebuilt,
}


def add_search(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("search", help="search the index")
    query_options(
        p, query_help="words, \"phrases\", AND/OR/NOT, -word, judul:, isi:, kata*, kata~",
        from_help="first day, e.g. 2024-07-01 or '1 Juli 2024'", sort=True,
    )
    p.add_argument("--limit", type=positive_int, default=10, help="hits per page (default 10)")
    p.add_argument("--page", type=positive_int, default=1, help="which page of hits (default 1)")
    p.add_argument("--json", action="store_true", help="print results as JSON")
    p.add_argument("--no-expand", action="append", default=[], metavar="WORD",
                   help="do not also search WORD's acronym, long form or synonyms (repeatable)")
    p.add_argument("--as-typed", action="store_true",
                   help="when the query finds nothing, do not show its suggestion's results instead")
    archive_options(p, facets=True)
    p.set_defaults(run=cmd_search)


def _result_dict(result: SearchResult) -> dict[str, Any]:
    return {
        "query": result.request.text,
        "searched": result.searched or result.request.text,
        "total": result.total,
        "elapsed_ms": round(result.elapsed_ms, 2),
        "suggestion": result.suggestion,
        "relaxed": result.relaxed,
        "expanded": [e.to_json() for e in result.expanded],
        "hits": [
            {
                "path": display_path(hit.path),
                "record": hit.record,
                "headline": hit.headline,
                "date": hit.date.isoformat() if hit.date else None,
                "source": hit.source,
                "url": hit.url,
                "format": hit.format,
                "score": None if relevance(hit.score) is None else round(hit.score, 4),
                "snippet": marked_html(hit.snippet),
                **_hit_archive_dict(hit),
            }
            for hit in result.hits
        ],
        **_result_archive_dict(result),
    }


def _print_result(result: SearchResult) -> None:
    tty = sys.stdout.isatty()
    if result.relaxed:
        print("No article has every word; showing articles with some of them.")
    if result.searched:
        print(shown(f"Nothing matches {result.request.text!r}; showing results for {result.searched!r} "
                    "(--as-typed to search only what you typed)."))
    print(f"{plural(result.total, 'hit')} · {result.elapsed_ms:.0f} ms")
    if result.suggestion:
        print(f"Did you mean: {shown(result.suggestion)}")
    for e in result.expanded:
        also = f"{e.source} -> {', '.join(e.forms)} ({e.why.value}; --no-expand {e.source!r} to skip)"
        print(shown(f"Also searched: {also}"))
    request = result.request
    first = (request.page - 1) * request.page_size
    for rank, hit in enumerate(result.hits, first + 1):
        when = "no date"
        if hit.date:  # isoformat: year 1 as 0001 (strftime gives 1)
            when = hit.date.isoformat(" ", "minutes") if hit.has_time else hit.date.date().isoformat()
        about = shown(" · ".join(part for part in (hit.source, when) if part))
        print(f"\n{rank}. {plain(hit.headline_marked, tty=tty)}  ({about})")
        print(f"   {shown_path(hit.path)}" + (f" record {hit.record}" if hit.record is not None else ""))
        if hit.url:
            print(f"   {shown(hit.url)}")
        if hit.snippet:
            print(f"   {plain(hit.snippet, tty=tty)}")
        _print_copies(hit)
    _print_facets(result)


def nothing_indexed(library: Library) -> CliError:
    """Before the first index, while it runs, or after it was interrupted."""
    if library.folders:
        return CliError(
            f"{NOTHING_INDEXED} (an indexing run may be busy: search again when it ends; "
            "an interrupted one goes on with: telusur index)"
        )
    return CliError(NOTHING_INDEXED)


def cmd_search(library: Library, args: argparse.Namespace) -> int:
    request = search_request(
        args, page=max(1, args.page), page_size=max(1, args.limit), no_expand=frozenset(args.no_expand),
        as_typed=args.as_typed
    )
    if library.index_missing():  # the first indexing run's to make: a search creates nothing
        raise nothing_indexed(library)
    # An outdated or damaged index is rebuilt here; a missing one is the first
    # indexing run's to make (it may be starting right now), not a search's.
    _warn_if_busy(library.open_index(**SEARCH_OPEN))  # a search never waits for a writer
    engine = SearchEngine(library)
    if engine.document_count() == 0:
        raise nothing_indexed(library)
    try:
        result = engine.search(request)
    except IndexDamagedError as error:
        _warn_if_busy(library.open_index(damaged=str(error), **SEARCH_OPEN))
        result = engine.search(request)
    if result.message:
        raise CliError(result.message, Exit.USAGE)
    for note in result.notes:
        err(note)
    if args.json:
        print_json(_result_dict(result))
    else:
        _print_result(result)
    return Exit.OK


def _warn_if_busy(opened: Opened) -> None:
    """Another run holds the index while it is rebuilt: what is there is searched."""
    if opened.state is OpenState.BUSY:
        err("another indexing run is rebuilding the index; results may be incomplete until it ends")


# --- copies and facets (issue 12) ---------------------------------------------


def _hit_archive_dict(hit: Hit) -> dict[str, Any]:
    return {"group": hit.group, "copies": [copy_record(c) for c in hit.copies]}


def _facets_dict(facets: Facets) -> dict[str, Any]:
    return {
        "source": [{"value": f.value, "count": f.count} for f in facets.source],
        "date": {
            "unit": facets.date.unit.value,
            "buckets": [{"start": b.start.isoformat(), "count": b.count} for b in facets.date.buckets],
            "undated": facets.date.undated,
        },
    }


def _result_archive_dict(result: SearchResult) -> dict[str, Any]:
    out: dict[str, Any] = {"groups": result.groups}
    if result.facets is not None:
        out["facets"] = _facets_dict(result.facets)
    return out


def _print_copies(hit: Hit) -> None:
    if hit.copies:
        names = ", ".join(shown(c.source) or shown_path(c.path) for c in hit.copies[:5])
        more = f" and {len(hit.copies) - 5} more" if len(hit.copies) > 5 else ""
        print(f"   also published as {len(hit.copies)} wire copies: {names}{more}")


def _print_facets(result: SearchResult) -> None:
    if result.facets is None:
        return
    print("\nBy source: " + ", ".join(f"{shown(f.value) or '(unknown)'} {f.count}" for f in result.facets.source))
    date_facet = result.facets.date
    print(f"By {date_facet.unit.value}: " + ", ".join(f"{b.start} {b.count}" for b in date_facet.buckets if b.count)
          + (f", undated {date_facet.undated}" if date_facet.undated else ""))
