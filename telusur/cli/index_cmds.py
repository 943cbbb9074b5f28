"""``telusur index`` (add folders, sync them, with a progress bar) and ``telusur check``."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from telusur.cli.errors import CliError, Exit, err
from telusur.cli.open_index import say_rebuilt
from telusur.cli.output import print_json, shown
from telusur.cli.saved import print_watches_with_news
from telusur.index import Library, SyncPhase, SyncProgress, SyncReport
from telusur.index.library_file import display_path

MAX_WARNINGS_SHOWN = 20


# --- telusur index ------------------------------------------------------------


def add_index(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("index", help="add folders to the library and (re)index them")
    p.add_argument("folders", nargs="*", type=Path, help="folders of articles (default: the whole library)")
    p.add_argument("--json", action="store_true", help="print a JSON summary")
    p.set_defaults(run=cmd_index)


def progress_bar(*, enabled: bool) -> tuple[Callable[[SyncProgress], None] | None, Callable[[], None]]:
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
        print(shown(f"  skipped {where}: {skipped.reason}"))
    for warning in report.warnings[:MAX_WARNINGS_SHOWN]:
        print(shown(f"  warning {display_path(warning.path)}: {warning.message}"))
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
    opened = library.open_index(sync=False)  # this command's own sync below rebuilds it
    if opened.reason is not None:
        say_rebuilt(opened.reason)
    update, close = progress_bar(enabled=sys.stderr.isatty() and not args.json)
    try:
        report = library.sync(folders or None, progress=update)
    finally:
        close()
    for note in report.notes:
        err(note)
    if args.json:
        print_json(_report_dict(report))
    else:
        _print_report(report)
        print_watches_with_news(library)
    return Exit.OK


# --- telusur check ------------------------------------------------------------


def add_check(sub: argparse._SubParsersAction) -> None:
    sub.add_parser("check", help="verify the index (checksums, then a full read)").set_defaults(run=cmd_check)


def cmd_check(library: Library, args: argparse.Namespace) -> int:
    report = library.check()
    if not report.exists:
        raise CliError("there is no index yet; build one with: telusur index FOLDER")
    if report.problems:
        for problem in report.problems:
            err(problem)
        raise CliError("the index is damaged; `telusur index` rebuilds it from the library's folders")
    print(f"the index is sound: {report.articles} articles, every file matches its checksum")
    return Exit.OK
