"""Opening the index for a command: why it is rebuilt, the search engine, a query checked."""
from __future__ import annotations

import dataclasses

from telusur.cli.errors import CliError, Exit, err
from telusur.index import Library, RebuildReason, Rebuilt
from telusur.searcher import SearchEngine, SearchRequest

NOTHING_INDEXED = "nothing indexed yet: run telusur index FOLDER"


def say_rebuilt(reason: Rebuilt) -> None:
    """Tell the user why the index is being rebuilt; a first index needs no word."""
    if reason.reason is not RebuildReason.NO_INDEX:
        err(f"{reason}; rebuilding it from the library's folders")


def engine_for(library: Library) -> SearchEngine:
    """The search engine, after resyncing an index that had to be started over.

    With no index and no folder there is nothing to search: say so, and create
    nothing (issue 29: a search must leave no traces).
    """
    if library.index_missing() and not library.folders:
        raise CliError(NOTHING_INDEXED)
    library.open_index(before_sync=say_rebuilt)
    return SearchEngine(library)


def check_query(engine: SearchEngine, request: SearchRequest) -> None:
    """A query that cannot be read is a usage error before anything is written or saved.

    One hit without snippets or folding: only the query's message is wanted.
    """
    checked = engine.search(dataclasses.replace(request, page_size=1, snippets=False, group_copies=False))
    if checked.message:
        raise CliError(checked.message, Exit.USAGE)
