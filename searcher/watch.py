"""Saved searches at work: how many matching articles are new, and showing them.

The saved queries live in the library (telusur.index.saved_searches); here
each one is run against the current index: its matches minus the ones seen
when the user last looked are its new articles.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import islice

from telusur.index.messages import error_message
from telusur.index.saved_searches import SavedSearch, key_hash

from .engine import SearchEngine
from .messages import QueryError
from .requests import Hit, SearchRequest


@dataclass(frozen=True)
class WatchStatus:
    name: str
    query: str
    total: int
    new: int
    problem: str | None = None  # why the saved query cannot run (then it counts nothing)


@dataclass(frozen=True)
class WatchView:
    """A saved search looked at: its new hits first, and every match's key (to mark seen)."""

    status: WatchStatus
    hits: tuple[Hit, ...]
    new_shown: int  # the first ``new_shown`` hits are new
    keys: frozenset[str]


def request_of(saved: SavedSearch, *, page_size: int = 20) -> SearchRequest:
    return SearchRequest(saved.query, saved.date_from, saved.date_to, page_size=page_size, sources=saved.sources)


def status(engine: SearchEngine, saved: SavedSearch) -> WatchStatus:
    """How many articles match and how many are new; a query that cannot run counts none and says why.

    A saved file edited by hand (or by an older version) can hold a query
    like ``*`` that is refused today: one such entry must not end the index
    run or the list of the others.
    """
    try:
        keys = engine.matching_keys(request_of(saved))
    except QueryError as err:
        return WatchStatus(saved.name, saved.query, 0, 0, error_message(err))
    new = sum(1 for k in keys if key_hash(k) not in saved.seen)
    return WatchStatus(saved.name, saved.query, len(keys), new)


def look(engine: SearchEngine, saved: SavedSearch, *, limit: int = 20) -> WatchView:
    """The saved search's hits, its new articles first (at most ``limit`` hits)."""
    results = engine.results(request_of(saved, page_size=limit))
    keys = results.keys()
    new_keys = {k for k in keys if key_hash(k) not in saved.seen}
    shown_new = 0

    def is_new(key: str) -> bool:  # called once per result (after folding), before the first hit
        nonlocal shown_new
        new = key in new_keys
        shown_new += new
        return new

    hits = tuple(islice(results.hits(first=is_new, page_size=limit), limit))
    return WatchView(
        WatchStatus(saved.name, saved.query, len(keys), len(new_keys)),
        hits,
        min(shown_new, len(hits)),
        frozenset(keys),
    )
