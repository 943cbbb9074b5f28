"""The ``telusur`` command: index folders, search from a terminal, or open the app.

Shaped like sqlite-utils' cli.py: each sub-command declares its arguments
beside the function that runs it, calls the library (or the search engine),
and reports through ``CliError``; ``main`` maps library errors to plain
messages on stderr and exit codes, so no traceback reaches the user.
"""
from __future__ import annotations

import argparse
import html
import json
import re
import sys
from collections.abc import Callable
from datetime import date
from enum import IntEnum
from pathlib import Path
from typing import Any

from telusur.index import (
    IndexBusyError,
    IndexDamagedError,
    IndexDirError,
    Library,
    RebuildReason,
    SyncPhase,
    SyncProgress,
    SyncReport,
)
from telusur.index.library_file import display_path
from telusur.index.paths import normalize_folder
from telusur.searcher import SORTS, SearchEngine, SearchRequest, SearchResult
from telusur.searcher.dates import DateError, parse_day_bounds


class Exit(IntEnum):
    """The command's exit codes (README: "Command line")."""

    OK = 0
    ERROR = 1  # folders, a busy index, files that cannot be read
    USAGE = 2  # a query, date or command line that cannot be read
    INTERRUPTED = 130  # Ctrl+C, as shells report SIGINT


EXIT_OK, EXIT_ERROR, EXIT_USAGE = Exit.OK, Exit.ERROR, Exit.USAGE
MAX_WARNINGS_SHOWN = 20
NOTHING_INDEXED = "nothing indexed yet: run telusur index FOLDER"
# A search on an index that has to be rebuilt never waits for a busy indexing run.
SEARCH_REBUILD_WAIT_S = 0.0
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
    for note in report.notes:
        _err(note)
    if args.json:
        print(json.dumps(_report_dict(report), ensure_ascii=False, indent=2))
    else:
        _print_report(report)
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
    p.add_argument("--no-expand", action="append", default=[], metavar="WORD",
                   help="do not also search WORD's acronym, long form or synonyms (repeatable)")
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
                "score": round(hit.score, 4),
                "snippet": hit.snippet_html,
            }
            for hit in result.hits
        ],
    }


def _print_result(result: SearchResult) -> None:
    tty = sys.stdout.isatty()
    if result.relaxed:
        print("No article has every word; showing articles with some of them.")
    print(f"{_plural(result.total, 'hit')} · {result.elapsed_ms:.0f} ms")
    if result.suggestion:
        print(f"Did you mean: {result.suggestion}")
    for e in result.expanded:
        print(f"Also searched: {e.source} -> {', '.join(e.forms)} ({e.why.value}; --no-expand {e.source!r} to skip)")
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
    reason = library.open(wait=0)  # a search never waits for a writer
    # An outdated or damaged index is rebuilt here; a missing one is the first
    # indexing run's to make (it may be starting right now), not a search's.
    if library.needs_rebuild and getattr(reason, "reason", None) is not RebuildReason.NO_INDEX:
        _say_rebuilt(reason)
        _rebuild_for_search(library)
    engine = SearchEngine(library)
    if engine.document_count() == 0:
        raise _nothing_indexed(library)
    request = SearchRequest(
        " ".join(args.query), date_from, date_to, args.sort, page=max(1, args.page), page_size=max(1, args.limit),
        no_expand=frozenset(args.no_expand),
    )
    try:
        result = engine.search(request)
    except IndexDamagedError as err:
        _say_rebuilt(library.start_over_damaged(str(err)))
        _rebuild_for_search(library)
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


def _rebuild_for_search(library: Library) -> None:
    """Rebuild before searching, unless another run holds the index: then search what is there."""
    try:
        library.sync(lock_timeout=SEARCH_REBUILD_WAIT_S)
    except IndexBusyError:
        _err("another indexing run is rebuilding the index; results may be incomplete until it ends")


# --- telusur check ------------------------------------------------------------


def _add_check(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="verify the index (checksums, then a full read)")
    _index_dir_option(p)
    p.set_defaults(run=cmd_check)


def cmd_check(library: Library, args: argparse.Namespace) -> int:
    report = library.check()
    if not report.exists:
        raise CliError("there is no index yet; build one with: telusur index FOLDER")
    if report.problems:
        for problem in report.problems:
            _err(problem)
        raise CliError("the index is damaged; `telusur index` rebuilds it from the library's folders")
    print(f"the index is sound: {report.articles} articles, every file matches its checksum")
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


# --- telusur synonyms ---------------------------------------------------------


def _add_synonyms(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("synonyms", help="show the synonym files, their problems and the expansions in use")
    p.add_argument("--json", action="store_true", help="print as JSON")
    _index_dir_option(p)
    p.set_defaults(run=cmd_synonyms)


def cmd_synonyms(library: Library, args: argparse.Namespace) -> int:
    """Exit 1 when the user file has lines that were skipped, so a script notices."""
    from telusur.searcher.lookups import synonym_sources

    sources = synonym_sources(library.synonyms_file)
    rules = {" ".join(key): [e.phrase for e in found] for key, found in sources.active.rules.items()}
    user_rules = {" ".join(key): [e.phrase for e in found] for key, found in sources.user.rules.items()}
    library.open()
    learnt = library.acronym_table().expansions()
    acronyms = {d.acronym: d.chosen.long for d in learnt.decisions.values() if d.chosen is not None}
    if args.json:
        print(json.dumps({
            "user_file": str(sources.user_file),
            "user_file_exists": sources.user_file.exists(),
            "errors": [{"line": e.line, "message": e.message} for e in sources.errors],
            "user_rules": user_rules,
            "active": rules,
            "acronyms": acronyms,
        }, ensure_ascii=False, indent=2))
    else:
        state = "" if sources.user_file.exists() else " (not there yet; create it to add your own)"
        print(f"user synonym file: {sources.user_file}{state}")
        print("  format: 'rusuh, ricuh' (each finds the others) or 'narkoba => sabu, ganja' (one way); # comments")
        for error in sources.errors:
            print(f"  skipped line {error}")
        print(f"{len(user_rules)} rules from your file, {len(rules)} active with the shipped list:")
        for key, forms in sorted(rules.items()):
            print(f"  {key} -> {', '.join(forms)}")
        print(f"{len(acronyms)} acronyms learnt from the archive expand:")
        for short, long in sorted(acronyms.items(), key=lambda kv: kv[0].lower()):
            print(f"  {short} <-> {long}")
    return Exit.ERROR if sources.errors else Exit.OK


# --- the parser and main ------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="telusur", description="Full-text search for Indonesian news archives.")
    _index_dir_option(parser)
    sub = parser.add_subparsers(dest="command")
    for add in (_add_index, _add_search, _add_check, _add_remove, _add_folders, _add_synonyms, _add_gui):
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
    except (IndexBusyError, IndexDirError, IndexDamagedError) as err:
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
