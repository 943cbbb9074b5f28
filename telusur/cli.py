"""The ``telusur`` command: index folders, search from a terminal, or open the app."""
from __future__ import annotations

import argparse
import html
import json
import re
import sys
from datetime import date
from pathlib import Path

from telusur.index import IndexBusyError, IndexDirError, Library, RebuildReason, SyncProgress, SyncReport
from telusur.index.library_file import display_path
from telusur.searcher.dates import DateError, parse_day_bounds
from telusur.searcher.engine import SORTS, SearchEngine, SearchRequest, SearchResult

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
_MARK = re.compile(r"</?mark>")


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--index-dir", type=Path, default=argparse.SUPPRESS,
        help="where the index lives (default: the user data directory)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="telusur", description="Full-text search for Indonesian news archives.")
    _common(parser)
    sub = parser.add_subparsers(dest="command")

    p_index = sub.add_parser("index", help="add folders to the library and (re)index them")
    p_index.add_argument("folders", nargs="*", type=Path, help="folders of articles (default: the whole library)")
    p_index.add_argument("--json", action="store_true", help="print a JSON summary")
    _common(p_index)

    p_search = sub.add_parser("search", help="search the index")
    p_search.add_argument("query", nargs="+", help="words, \"phrases\", AND/OR/NOT, -word, judul:, isi:, kata*, kata~")
    p_search.add_argument("--from", dest="date_from", help="first day, e.g. 2024-07-01 or '1 Juli 2024'")
    p_search.add_argument("--to", dest="date_to", help="last day (inclusive)")
    p_search.add_argument("--sort", choices=SORTS, default="relevance")
    p_search.add_argument("--limit", type=int, default=10, help="hits per page (default 10)")
    p_search.add_argument("--page", type=int, default=1)
    p_search.add_argument("--json", action="store_true", help="print results as JSON")
    _common(p_search)

    p_remove = sub.add_parser("remove", help="remove a folder from the library (its files are not touched)")
    p_remove.add_argument("folder", type=Path)
    _common(p_remove)

    p_folders = sub.add_parser("folders", help="list the library's folders")
    _common(p_folders)

    p_gui = sub.add_parser("gui", help="open the desktop app (the default)")
    p_gui.add_argument("folders", nargs="*", type=Path, help="folders to add to the library first")
    _common(p_gui)
    return parser


def _err(message: str) -> None:
    print(f"telusur: {message}", file=sys.stderr)


def _progress_bar(enabled: bool):
    """A tqdm bar on a terminal; nothing when output is piped or JSON."""
    if not enabled:
        return None, lambda: None
    from tqdm import tqdm

    bar = tqdm(total=0, unit="file", file=sys.stderr, dynamic_ncols=True, leave=False)

    def update(p: SyncProgress) -> None:
        if bar.total != p.total:
            bar.total = p.total
            bar.refresh()
        bar.update(p.done - bar.n)

    return update, bar.close


def _say_rebuilt(library: Library) -> None:
    if library.rebuilt_reason and library.rebuilt_reason.reason is not RebuildReason.NO_INDEX:
        _err(f"{library.rebuilt_reason}; rebuilding it from the library's folders")


def _report_dict(report: SyncReport) -> dict:
    return {
        "added": report.added,
        "updated": report.updated,
        "removed": report.removed,
        "unchanged": report.unchanged,
        "skipped": [{"path": display_path(s.path), "reason": s.reason} for s in report.skipped],
        "warnings": [{"path": display_path(w.path), "message": w.message} for w in report.warnings],
        "elapsed_s": round(report.elapsed_s, 3),
    }


def cmd_index(library: Library, args: argparse.Namespace) -> int:
    folders = [f for f in args.folders]
    for folder in folders:
        if not folder.is_dir():
            _err(f"{folder} is not a folder")
            return EXIT_ERROR
    if folders:
        library.add_folders(folders)
    elif not library.folders:
        _err("the library has no folders yet; give one: telusur index FOLDER")
        return EXIT_USAGE
    library.whoosh_index()
    _say_rebuilt(library)
    update, close = _progress_bar(sys.stderr.isatty() and not args.json)
    try:
        report = library.sync(folders or None, progress=update)
    finally:
        close()
    if args.json:
        print(json.dumps(_report_dict(report), ensure_ascii=False, indent=2))
    else:
        print(
            f"{report.added} added, {report.updated} updated, {report.removed} removed, "
            f"{report.unchanged} unchanged, {len(report.skipped)} skipped in {report.elapsed_s:.1f} s"
        )
        for skipped in report.skipped:
            print(f"  skipped {display_path(skipped.path)}: {skipped.reason}")
        for warning in report.warnings[:20]:
            print(f"  warning {display_path(warning.path)}: {warning.message}")
        if len(report.warnings) > 20:
            print(f"  … and {len(report.warnings) - 20} more warnings (see --json)")
    return EXIT_OK


def _day(text: str | None, last: bool) -> date | None:
    if not text:
        return None
    first_day, last_day = parse_day_bounds(text)
    return last_day if last else first_day


def _plain(snippet_html: str, tty: bool) -> str:
    text = _MARK.sub(lambda m: ("\033[1;33m" if m.group() == "<mark>" else "\033[0m") if tty else "", snippet_html)
    return html.unescape(text)


def _hit_dict(result: SearchResult) -> dict:
    return {
        "query": result.request.text,
        "total": result.total,
        "elapsed_ms": round(result.elapsed_ms, 2),
        "suggestion": result.suggestion,
        "relaxed": result.relaxed,
        "hits": [
            {
                "path": hit.path,
                "headline": hit.headline,
                "date": hit.date.isoformat() if hit.date else None,
                "score": round(hit.score, 4),
                "snippet": hit.snippet_html,
            }
            for hit in result.hits
        ],
    }


def cmd_search(library: Library, args: argparse.Namespace) -> int:
    try:
        date_from, date_to = _day(args.date_from, False), _day(args.date_to, True)
    except DateError as err:
        _err(str(err))
        return EXIT_USAGE
    library.whoosh_index()
    if library.needs_rebuild:
        _say_rebuilt(library)
        library.sync()
    engine = SearchEngine(library)
    request = SearchRequest(
        " ".join(args.query), date_from, date_to, args.sort, max(1, args.page), max(1, args.limit)
    )
    result = engine.search(request)
    if result.message:
        _err(result.message)
        return EXIT_USAGE
    for note in result.notes:
        _err(note)
    if args.json:
        print(json.dumps(_hit_dict(result), ensure_ascii=False, indent=2))
        return EXIT_OK
    tty = sys.stdout.isatty()
    if engine.document_count() == 0:
        _err("the index is empty; add articles with: telusur index FOLDER")
    if result.relaxed:
        print("No article has every word; showing articles with some of them.")
    print(f"{result.total} hits · {result.elapsed_ms:.0f} ms")
    if result.suggestion:
        print(f"Did you mean: {result.suggestion}")
    first = (request.page - 1) * request.page_size
    for rank, hit in enumerate(result.hits, first + 1):
        when = hit.date.strftime("%Y-%m-%d %H:%M" if hit.has_time else "%Y-%m-%d") if hit.date else "no date"
        print(f"\n{rank}. {_plain(hit.headline_html, tty)}  ({when})")
        print(f"   {hit.path}")
        if hit.snippet_html:
            print(f"   {_plain(hit.snippet_html, tty)}")
    return EXIT_OK


def cmd_remove(library: Library, args: argparse.Namespace) -> int:
    removed = library.remove_folder(args.folder)
    print(f"removed {args.folder} from the library ({removed} documents dropped from the index; files untouched)")
    return EXIT_OK


def cmd_gui(library: Library, args: argparse.Namespace) -> int:
    from telusur.gui.app import run  # imported here: the CLI must work without a display

    return run(index_dir=library.index_dir, folders=[str(f) for f in getattr(args, "folders", [])])


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    library = Library(getattr(args, "index_dir", None))
    commands = {"index": cmd_index, "search": cmd_search, "remove": cmd_remove, "gui": cmd_gui}
    try:
        if args.command in ("index", "search", "remove", "folders") and (problem := library.library_problem):
            _err(f"{problem}; treating the library as empty (the file is kept as library.json.invalid when changed)")
        if args.command == "folders":
            for folder in library.folders:
                print(display_path(folder))
            return EXIT_OK
        return commands.get(args.command or "gui", cmd_gui)(library, args)
    except (IndexBusyError, IndexDirError) as err:
        _err(str(err))
        return EXIT_ERROR
    except KeyboardInterrupt:
        _err("interrupted; the index keeps its last complete state")
        return 130
    except OSError as err:
        _err(f"{err.strerror or err}: {err.filename or ''}".rstrip(": "))
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
