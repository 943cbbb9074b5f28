"""Opening the index for a command: why it is rebuilt, and the search engine over it."""
from __future__ import annotations

from telusur.cli.errors import err
from telusur.index import Library, RebuildReason
from telusur.searcher import SearchEngine


def say_rebuilt(reason: str | None) -> None:
    """Tell the user why the index is being rebuilt; a first index needs no word."""
    if reason and getattr(reason, "reason", None) is not RebuildReason.NO_INDEX:
        err(f"{reason}; rebuilding it from the library's folders")


def engine_for(library: Library) -> SearchEngine:
    """The search engine, after resyncing an index that had to be started over."""
    reason = library.open()
    if library.needs_rebuild:
        say_rebuilt(reason)
        library.sync()
    return SearchEngine(library)
