"""The ``telusur`` command: index folders, search from a terminal, or open the app.

Shaped like sqlite-utils' cli.py: each sub-command declares its arguments
beside the function that runs it, calls the library (or the search engine),
and reports through ``CliError``; ``main`` maps library errors to plain
messages on stderr and exit codes, so no traceback reaches the user.
"""
from __future__ import annotations

import argparse
import dataclasses
import html
import io
import json
import os
import re
import shlex
import sys
from collections.abc import Callable
from datetime import date
from enum import IntEnum
from pathlib import Path
from typing import Any

from telusur.index import (
    IndexBusyError,
    IndexDirError,
    Library,
    RebuildReason,
    SyncPhase,
    SyncProgress,
    SyncReport,
)
from telusur.index.library_file import display_path
from telusur.index.paths import normalize_folder
from telusur.index.saved_searches import (
    SavedSearch,
    SavedSearchError,
    add_search,
    check_name,
    mark_seen,
    read_saved,
    remove_search,
)
from telusur.index.saved_searches import find as find_saved
from telusur.searcher import SORTS, SearchEngine, SearchRequest, SearchResult, watch
from telusur.searcher.dates import DateError, parse_day_bounds
from telusur.searcher.export import ExportFormat, copy_record, export, hit_record
from telusur.searcher.records import DateUnit, Facets, Hit


class Exit(IntEnum):
    """The command's exit codes (README: "Command line")."""

    OK = 0
    ERROR = 1  # folders, a busy index, files that cannot be read
    USAGE = 2  # a query, date or command line that cannot be read
    INTERRUPTED = 130  # Ctrl+C, as shells report SIGINT


EXIT_OK, EXIT_ERROR, EXIT_USAGE = Exit.OK, Exit.ERROR, Exit.USAGE
MAX_WARNINGS_SHOWN = 20
NOTHING_INDEXED = "nothing indexed yet: run telusur index FOLDER"
# A search on an index that has to be rebuilt waits this long for a busy indexing run.
SEARCH_REBUILD_WAIT_S = 2.0
_MARK = re.compile(r"</?mark>")

Command = Callable[[Library, argparse.Namespace], int]


class CliError(Exception):
    """A plain message for stderr and the exit code to end with."""

    def __init__(self, message: str, code: Exit = Exit.ERROR) -> None:
        super().__init__(message)
        self.code = code


def _err(message: str) -> None:
    print(f"telusur: {message}", file=sys.stderr)


def _say_rebuilt(reason: str | None) -> None:
    """Tell the user why the index is being rebuilt; a first index needs no word."""
    if reason and getattr(reason, "reason", None) is not RebuildReason.NO_INDEX:
        _err(f"{reason}; rebuilding it from the library's folders")


def _index_dir_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--index-dir", type=Path, default=argparse.SUPPRESS,
        help="where the index lives (default: the user data directory)",
    )


# --- telusur index ------------------------------------------------------------


def _add_index(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("index", help="add folders to the library and (re)index them")
    p.add_argument("folders", nargs="*", type=Path, help="folders of articles (default: the whole library)")
    p.add_argument("--json", action="store_true", help="print a JSON summary")
    _index_dir_option(p)
    p.set_defaults(run=cmd_index)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _progress_bar(*, enabled: bool) -> tuple[Callable[[SyncProgress], None] | None, Callable[[], None]]:
    """A tqdm bar on a terminal; nothing when output is piped or JSON.

    Time left comes from the throughput so far (``smoothing=0``: the average
    rate of the whole run, not the last burst); writing the index after the
    last file is its own step, so the bar does not sit at 98 % in silence.
    """
    if not enabled:
        return None, lambda: None
    from tqdm import tqdm

    bar = tqdm(total=0, unit="file", file=sys.stderr, dynamic_ncols=True, leave=False, smoothing=0, desc="reading")

    def update(p: SyncProgress) -> None:
        if bar.total != p.total:
            bar.total = p.total
            bar.refresh()
        bar.update(p.done - bar.n)
        if p.phase is SyncPhase.COMMITTING:
            bar.set_description_str("writing the index")  # redrawn now: no file will move the bar

    return update, bar.close


def _report_dict(report: SyncReport) -> dict[str, Any]:
    return {
        "added": report.added,
        "updated": report.updated,
        "removed": report.removed,
        "unchanged": report.unchanged,
        "skipped": [
            {"path": display_path(s.path), "record": s.record, "reason": s.reason} for s in report.skipped
        ],
        "warnings": [{"path": display_path(w.path), "message": w.message} for w in report.warnings],
        "elapsed_s": round(report.elapsed_s, 3),
    }


def _print_report(report: SyncReport) -> None:
    print(
        f"{report.added} added, {report.updated} updated, {report.removed} removed, "
        f"{report.unchanged} unchanged, {len(report.skipped)} skipped in {report.elapsed_s:.1f} s"
    )
    for skipped in report.skipped:
        where = display_path(skipped.path) + (f" record {skipped.record}" if skipped.record is not None else "")
        print(f"  skipped {where}: {skipped.reason}")
    for warning in report.warnings[:MAX_WARNINGS_SHOWN]:
        print(f"  warning {display_path(warning.path)}: {warning.message}")
    if len(report.warnings) > MAX_WARNINGS_SHOWN:
        print(f"  … and {len(report.warnings) - MAX_WARNINGS_SHOWN} more warnings (see --json)")


def cmd_index(library: Library, args: argparse.Namespace) -> int:
    folders: list[str | Path] = list(args.folders)
    for folder in args.folders:
        if not folder.is_dir():
            raise CliError(f"{folder} is not a folder")
    if folders:
        library.add_folders(folders)
    elif not library.folders:
        raise CliError("the library has no folders yet; give one: telusur index FOLDER")
    _say_rebuilt(library.open())
    update, close = _progress_bar(enabled=sys.stderr.isatty() and not args.json)
    try:
        report = library.sync(folders or None, progress=update)
    finally:
        close()
    if args.json:
        print(json.dumps(_report_dict(report), ensure_ascii=False, indent=2))
    else:
        _print_report(report)
        _print_watches_with_news(library)
    return Exit.OK


# --- telusur search -----------------------------------------------------------


def _add_search(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("search", help="search the index")
    p.add_argument("query", nargs="+", help="words, \"phrases\", AND/OR/NOT, -word, judul:, isi:, kata*, kata~")
    p.add_argument("--from", dest="date_from", help="first day, e.g. 2024-07-01 or '1 Juli 2024'")
    p.add_argument("--to", dest="date_to", help="last day (inclusive)")
    p.add_argument("--sort", choices=SORTS, default="relevance")
    p.add_argument("--limit", type=int, default=10, help="hits per page (default 10)")
    p.add_argument("--page", type=int, default=1)
    p.add_argument("--json", action="store_true", help="print results as JSON")
    _archive_options(p, facets=True)
    _index_dir_option(p)
    p.set_defaults(run=cmd_search)


def _day(text: str | None, *, last: bool) -> date | None:
    """The first (or ``last``) day ``text`` names; a date that cannot be read is a usage error."""
    if not text:
        return None
    try:
        bounds = parse_day_bounds(text)
    except DateError as err:
        raise CliError(str(err), Exit.USAGE) from None
    return bounds.last if last else bounds.first


def _plain(snippet_html: str, *, tty: bool) -> str:
    """Marked HTML as terminal text: matches in bold yellow on a terminal."""
    text = _MARK.sub(lambda m: ("\033[1;33m" if m.group() == "<mark>" else "\033[0m") if tty else "", snippet_html)
    return html.unescape(text)


def _result_dict(result: SearchResult) -> dict[str, Any]:
    return {
        "query": result.request.text,
        "total": result.total,
        "elapsed_ms": round(result.elapsed_ms, 2),
        "suggestion": result.suggestion,
        "relaxed": result.relaxed,
        "hits": [
            {
                "path": display_path(hit.path),
                "record": hit.record,
                "headline": hit.headline,
                "date": hit.date.isoformat() if hit.date else None,
                "source": hit.source,
                "url": hit.url,
                "format": hit.format,
                "score": round(hit.score, 4),
                "snippet": hit.snippet_html,
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
    print(f"{_plural(result.total, 'hit')} · {result.elapsed_ms:.0f} ms")
    if result.suggestion:
        print(f"Did you mean: {result.suggestion}")
    request = result.request
    first = (request.page - 1) * request.page_size
    for rank, hit in enumerate(result.hits, first + 1):
        when = hit.date.strftime("%Y-%m-%d %H:%M" if hit.has_time else "%Y-%m-%d") if hit.date else "no date"
        about = " · ".join(part for part in (hit.source, when) if part)
        print(f"\n{rank}. {_plain(hit.headline_html, tty=tty)}  ({about})")
        print(f"   {display_path(hit.path)}" + (f" record {hit.record}" if hit.record is not None else ""))
        if hit.url:
            print(f"   {hit.url}")
        if hit.snippet_html:
            print(f"   {_plain(hit.snippet_html, tty=tty)}")
        _print_copies(hit)
    _print_facets(result)


def _nothing_indexed(library: Library) -> CliError:
    """Before the first index, while it runs, or after it was interrupted."""
    if library.folders:
        return CliError(
            f"{NOTHING_INDEXED} (an indexing run may be busy: search again when it ends; "
            "an interrupted one goes on with: telusur index)"
        )
    return CliError(NOTHING_INDEXED)


def cmd_search(library: Library, args: argparse.Namespace) -> int:
    date_from, date_to = _day(args.date_from, last=False), _day(args.date_to, last=True)
    reason = library.open()
    # An outdated or damaged index is rebuilt here; a missing one is the first
    # indexing run's to make (it may be starting right now), not a search's.
    if library.needs_rebuild and getattr(reason, "reason", None) is not RebuildReason.NO_INDEX:
        _say_rebuilt(reason)
        try:
            library.sync(lock_timeout=SEARCH_REBUILD_WAIT_S)
        except IndexBusyError:  # another run is rebuilding it: search what is there
            pass
    engine = SearchEngine(library)
    if engine.document_count() == 0:
        raise _nothing_indexed(library)
    request = SearchRequest(
        " ".join(args.query), date_from, date_to, args.sort, page=max(1, args.page), page_size=max(1, args.limit),
        **_archive_request(args),
    )
    result = engine.search(request)
    if result.message:
        raise CliError(result.message, Exit.USAGE)
    for note in result.notes:
        _err(note)
    if args.json:
        print(json.dumps(_result_dict(result), ensure_ascii=False, indent=2))
    else:
        _print_result(result)
    return Exit.OK


# --- telusur remove, folders, gui ---------------------------------------------


def _add_remove(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("remove", help="remove a folder from the library (its files are not touched)")
    p.add_argument("folder", type=Path)
    _index_dir_option(p)
    p.set_defaults(run=cmd_remove)


def cmd_remove(library: Library, args: argparse.Namespace) -> int:
    if normalize_folder(args.folder) not in library.folders:
        listed = "; the library's folders: telusur folders" if library.folders else "; the library has no folders"
        raise CliError(f"{args.folder} is not in the library{listed}")
    removed = library.remove_folder(args.folder)
    print(
        f"removed {args.folder} from the library "
        f"({_plural(removed, 'document')} dropped from the index; files untouched)"
    )
    return Exit.OK


def _add_folders(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("folders", help="list the library's folders")
    _index_dir_option(p)
    p.set_defaults(run=cmd_folders)


def cmd_folders(library: Library, args: argparse.Namespace) -> int:
    for folder in library.folders:
        print(display_path(folder))
    return Exit.OK


def _add_gui(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gui", help="open the desktop app (the default)")
    p.add_argument("folders", nargs="*", type=Path, help="folders to add to the library first")
    _index_dir_option(p)
    p.set_defaults(run=cmd_gui)


def cmd_gui(library: Library, args: argparse.Namespace) -> int:
    from telusur.gui.app import run  # imported here: the CLI must work without a display

    return run(index_dir=library.index_dir, folders=[str(f) for f in getattr(args, "folders", [])])


# --- facets, copies, related, export, saved searches (issue 12) -------------


def _archive_options(parser: argparse.ArgumentParser, *, facets: bool) -> None:
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


def _archive_request(args: argparse.Namespace) -> dict[str, Any]:
    """The SearchRequest fields the archive options set."""
    return {
        "sources": tuple(getattr(args, "sources", ())),
        "group_copies": getattr(args, "group", True),
        "facets": getattr(args, "facets", False),
        "date_unit": getattr(args, "date_unit", None),
    }


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
        shown = ", ".join(c.source or display_path(c.path) for c in hit.copies[:5])
        more = f" and {len(hit.copies) - 5} more" if len(hit.copies) > 5 else ""
        print(f"   also published as {len(hit.copies)} wire copies: {shown}{more}")


def _print_facets(result: SearchResult) -> None:
    if result.facets is None:
        return
    print("\nBy source: " + ", ".join(f"{f.value or '(unknown)'} {f.count}" for f in result.facets.source))
    date_facet = result.facets.date
    print(f"By {date_facet.unit.value}: " + ", ".join(f"{b.start} {b.count}" for b in date_facet.buckets if b.count)
          + (f", undated {date_facet.undated}" if date_facet.undated else ""))


def _engine_for(library: Library) -> SearchEngine:
    """The search engine, after resyncing an index that had to be started over."""
    reason = library.open()
    if library.needs_rebuild:
        _say_rebuilt(reason)
        library.sync()
    return SearchEngine(library)


def _article_path(path: Path) -> str:
    """The path as the index holds it: absolute, its folder's symlinks resolved."""
    path = path.expanduser()
    return os.path.join(os.path.realpath(path.parent), path.name)


# telusur related


def _add_related(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("related", help="articles on the same topic as one article")
    p.add_argument("path", type=Path, help="the article's file")
    p.add_argument("--record", type=int, help="the record number, for an article in a data-set file")
    p.add_argument("--days", type=int, help="only articles published within this many days of it")
    p.add_argument("--limit", type=int, default=10, help="at most this many (default 10)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    _index_dir_option(p)
    p.set_defaults(run=cmd_related)


def cmd_related(library: Library, args: argparse.Namespace) -> int:
    if args.days is not None and args.days < 0:
        raise CliError("--days must be 0 or more", Exit.USAGE)
    engine = _engine_for(library)
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
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return Exit.OK
    print(f"Related to: {article.headline}")
    tty = sys.stdout.isatty()
    for rank, hit in enumerate(related.hits, 1):
        when = hit.date.strftime("%Y-%m-%d") if hit.date else "no date"
        print(f"\n{rank}. {_plain(hit.headline_html, tty=tty)}  ({when})\n   {hit.path}")
    if not related.hits:
        print("no related articles")
    return Exit.OK


# telusur export


def _add_export(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="write every match of a query to a CSV, JSON or RIS file")
    p.add_argument("query", nargs="+", help="the query, as for telusur search")
    p.add_argument("--from", dest="date_from", help="first day")
    p.add_argument("--to", dest="date_to", help="last day (inclusive)")
    p.add_argument("--sort", choices=SORTS, default="relevance")
    p.add_argument("--format", choices=[f.value for f in ExportFormat], default="csv", help="csv (default), json, ris")
    p.add_argument("-o", "--output", required=True, help="the file to write, or - for standard output")
    _archive_options(p, facets=False)
    _index_dir_option(p)
    p.set_defaults(run=cmd_export)


def cmd_export(library: Library, args: argparse.Namespace) -> int:
    date_from, date_to = _day(args.date_from, last=False), _day(args.date_to, last=True)
    engine = _engine_for(library)
    request = SearchRequest(" ".join(args.query), date_from, date_to, args.sort, **_archive_request(args))
    checked = engine.search(dataclasses.replace(request, page_size=1, snippets=False, group_copies=False))
    if checked.message:
        raise CliError(checked.message, Exit.USAGE)
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
        target = Path(args.output)
        tmp = target.with_name(target.name + ".part")
        try:
            with open(tmp, "w", encoding="utf-8", newline="") as handle:
                n = export(hits, fmt, handle)
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
    _err(f"exported {n} {'results' if request.group_copies else 'articles'} as {fmt.value}"
         + (f" to {args.output}" if args.output != "-" else ""))
    return Exit.OK


# telusur watch


def _add_watch(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("watch", help="saved searches that report new articles after each index run")
    _index_dir_option(p)
    wsub = p.add_subparsers(dest="watch_command", required=True)
    add = wsub.add_parser("add", help="save a query (with its filters) under a name")
    add.add_argument("name")
    add.add_argument("query", nargs="+")
    add.add_argument("--from", dest="date_from", help="first day")
    add.add_argument("--to", dest="date_to", help="last day (inclusive)")
    add.add_argument("--source", dest="sources", action="append", default=[], metavar="SOURCE")
    _index_dir_option(add)
    add.set_defaults(run=cmd_watch_add)
    lst = wsub.add_parser("list", help="the saved searches, with how many new articles each has")
    lst.add_argument("--json", action="store_true")
    _index_dir_option(lst)
    lst.set_defaults(run=cmd_watch_list)
    show = wsub.add_parser("show", help="a saved search's articles, new ones first; marks them seen")
    show.add_argument("name")
    show.add_argument("--limit", type=int, default=20, help="at most this many hits (default 20)")
    show.add_argument("--json", action="store_true")
    _index_dir_option(show)
    show.set_defaults(run=cmd_watch_show)
    remove = wsub.add_parser("remove", help="forget a saved search")
    remove.add_argument("name")
    _index_dir_option(remove)
    remove.set_defaults(run=cmd_watch_remove)


def cmd_watch_add(library: Library, args: argparse.Namespace) -> int:
    date_from, date_to = _day(args.date_from, last=False), _day(args.date_to, last=True)
    saved = SavedSearch(check_name(args.name), " ".join(args.query), date_from, date_to, tuple(args.sources))
    engine = _engine_for(library)
    checked = engine.search(SearchRequest(saved.query, date_from, date_to, page_size=1, snippets=False))
    if checked.message:
        raise CliError(checked.message, Exit.USAGE)
    add_search(library.index_dir, saved)
    # What matches now is what the user has in front of them: only later articles are new.
    keys = engine.matching_keys(watch.request_of(saved))
    mark_seen(library.index_dir, saved.name, keys)
    print(f"saved {saved.name!r}: {len(keys)} articles match now; new ones are counted after each index run")
    return Exit.OK


def _statuses(library: Library) -> list[watch.WatchStatus]:
    searches = read_saved(library.index_dir)
    if not searches:
        return []
    engine = _engine_for(library)
    return [watch.status(engine, saved) for saved in searches]


def cmd_watch_list(library: Library, args: argparse.Namespace) -> int:
    statuses = _statuses(library)
    if args.json:
        print(json.dumps([dataclasses.asdict(s) for s in statuses], ensure_ascii=False, indent=2))
    elif not statuses:
        print("no saved searches; add one with: telusur watch add NAME QUERY")
    for s in statuses if not args.json else ():
        print(f"{s.name}: {s.new} new of {s.total}  ({s.query})")
    return Exit.OK


def cmd_watch_show(library: Library, args: argparse.Namespace) -> int:
    saved = find_saved(read_saved(library.index_dir), args.name)
    view = watch.look(_engine_for(library), saved, limit=max(1, min(args.limit, 500)))
    mark_seen(library.index_dir, saved.name, view.keys)
    if args.json:
        out = {
            **dataclasses.asdict(view.status),
            "hits": [{**hit_record(h), "new": n < view.new_shown} for n, h in enumerate(view.hits)],
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return Exit.OK
    print(f"{view.status.name}: {view.status.new} new of {view.status.total}  ({view.status.query})")
    tty = sys.stdout.isatty()
    for n, hit in enumerate(view.hits):
        when = hit.date.strftime("%Y-%m-%d") if hit.date else "no date"
        flag = "NEW " if n < view.new_shown else ""
        print(f"\n{flag}{_plain(hit.headline_html, tty=tty)}  ({when})\n   {hit.path}")
    return Exit.OK


def cmd_watch_remove(library: Library, args: argparse.Namespace) -> int:
    remove_search(library.index_dir, args.name)
    print(f"removed the saved search {args.name!r}")
    return Exit.OK


def _print_watches_with_news(library: Library) -> None:
    """After an index run: the saved searches that have new articles."""
    try:
        statuses = [s for s in _statuses(library) if s.new]
    except SavedSearchError as err:
        _err(str(err))
        return
    if statuses:
        print("Saved searches with new articles:")
    for s in statuses:
        print(f"  {s.name}: {s.new} new  (telusur watch show {shlex.quote(s.name)})")


# --- the parser and main ------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="telusur", description="Full-text search for Indonesian news archives.")
    _index_dir_option(parser)
    sub = parser.add_subparsers(dest="command")
    for add in (_add_index, _add_search, _add_remove, _add_folders, _add_gui, _add_related, _add_export, _add_watch):
        add(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    library = Library(getattr(args, "index_dir", None))
    command: Command = getattr(args, "run", cmd_gui)  # no sub-command: the app
    try:
        if command is not cmd_gui and (problem := library.library_problem):
            _err(f"{problem}; treating the library as empty (the file is kept as library.json.invalid when changed)")
        return command(library, args)
    except CliError as err:
        _err(str(err))
        return err.code
    except (IndexBusyError, IndexDirError, SavedSearchError) as err:
        _err(str(err))
        return Exit.ERROR
    except KeyboardInterrupt:
        _err("interrupted; the index keeps its last complete state")
        return Exit.INTERRUPTED
    except OSError as err:
        _err(f"{err.strerror or err}: {err.filename or ''}".rstrip(": "))
        return Exit.ERROR


if __name__ == "__main__":
    sys.exit(main())
