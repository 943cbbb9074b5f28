"""The records a search takes and gives (request, hits, result, article), and
the ones its stages hand each other (documents found, in order).

They cross into gui/ and the command line, so they live apart from the stages
that fill them and import nothing from Whoosh.
"""
from __future__ import annotations

import math
from dataclasses import KW_ONLY, dataclass, field
from datetime import date, datetime
from enum import Enum, StrEnum

from .highlight import Marked, MatchTerms
from .messages import QueryError, QueryProblem

MAX_PAGE_SIZE = 500  # a larger page is cut to this many hits


class SortOrder(StrEnum):
    """How hits are ordered; a ``StrEnum`` so the plain strings keep working."""

    RELEVANCE = "relevance"
    NEWEST = "newest"
    OLDEST = "oldest"

    @classmethod
    def parse(cls, value: str) -> SortOrder | None:
        """The order named ``value`` (an enum member or its string), or None."""
        try:
            return cls(value)
        except ValueError:
            return None

    @classmethod
    def named(cls, text: str) -> SortOrder:
        """The order ``text`` names, for an edge where a user types one (a readable ``QueryError`` if none)."""
        order = cls.parse(text)
        if order is None:
            raise QueryError(QueryProblem.UNKNOWN_SORT, sort=text, choices=", ".join(o.value for o in cls))
        return order


SORTS = tuple(order.value for order in SortOrder)



class SearchCancelled(Exception):
    """A search stopped between its stages because its caller no longer wants it (a newer query)."""


def never() -> bool:
    """The default ``cancelled``: a search nobody abandons."""
    return False

@dataclass(frozen=True)
class Scored:
    """One matching document: its global number and its score."""

    docnum: int
    score: float


@dataclass(frozen=True)
class Found:
    """What a query matched: how many articles, and the top ones in order.

    ``exact``: False when ``total`` is only a lower bound (the articles seen
    while ranking, at least the number asked for); counting the rest costs a
    second pass over the postings (~23 % of a search), so it waits until asked.
    """

    total: int
    ranked: tuple[Scored, ...]
    exact: bool = True


@dataclass(frozen=True)
class PageWindow:
    """Which ranks a page covers: ``first`` included, ``stop`` excluded (0-based)."""

    first: int
    stop: int


@dataclass(frozen=True)
class SearchRequest:
    text: str
    date_from: date | None = None
    date_to: date | None = None
    sort: SortOrder = SortOrder.RELEVANCE
    page: int = 1
    page_size: int = 20
    _: KW_ONLY
    snippets: bool = True
    # Words typed (as in ``SearchResult.expanded``'s "from") not to expand this time.
    no_expand: frozenset[str] = frozenset()
    # False: the first page may come back before the total is counted exactly
    # (``SearchResult.total_exact``); ``SearchEngine.exact_total`` counts it.
    exact_total: bool = True
    # Only articles from these sources (outlets); empty: every source.
    sources: tuple[str, ...] = ()
    # Count matches by source and date (facets.py); costs one pass over the matches.
    facets: bool = False
    # The date facet's bucket; None: chosen from the span.
    date_unit: DateUnit | None = None
    # One hit per wire-copy group, its copies listed with it (grouping.py).
    group_copies: bool = True
    # Only the query as typed: when it finds nothing, do not show the results
    # of its "did you mean" suggestion instead (``SearchResult.searched``).
    as_typed: bool = False
    # False: no "did you mean" with the page (``SearchResult.suggestion`` stays None); an app
    # that paints the list first asks ``SearchEngine.suggestion`` afterwards (it may cost a
    # walk of the vocabulary: tens to hundreds of milliseconds).
    suggest: bool = True

    def __post_init__(self) -> None:
        # A plain string would compare equal to its member yet fail every ``is``
        # test downstream: strings are parsed at the edges (SortOrder.named).
        if not isinstance(self.sort, SortOrder):
            raise TypeError(f"sort must be a SortOrder, not {self.sort!r} (parse text with SortOrder.named)")
        if self.date_unit is not None and not isinstance(self.date_unit, DateUnit):
            raise TypeError(f"date_unit must be a DateUnit, not {self.date_unit!r} (parse text with DateUnit.named)")

    def window(self) -> PageWindow:
        """The requested page, with a page of at least 1 and a size of 1 to MAX_PAGE_SIZE."""
        page = max(1, self.page)
        size = max(1, min(self.page_size, MAX_PAGE_SIZE))
        return PageWindow((page - 1) * size, page * size)


class Why(Enum):
    """Where a query expansion came from; the value is the result's ``why``."""

    ACRONYM = "acronym"
    SYNONYM = "synonym"
    USER = "user"


@dataclass(frozen=True)
class Expanded:
    """One span of the query and the forms it also searched."""

    source: str  # the words as typed ("from" in JSON)
    forms: tuple[str, ...]  # "to"
    why: Why

    def to_json(self) -> dict:
        return {"from": self.source, "to": list(self.forms), "why": self.why.value}


@dataclass(frozen=True)
class CopyRef:
    """Another article of a hit's wire-copy group that the query also matched."""

    path: str
    record: int | None
    source: str | None
    date: datetime | None


# The score of a hit sorted by date: Whoosh's sort key is a date, not a relevance, so none is given.
# NaN, not None, so rankings stay arrays of numbers (``SearchEngine.every_hit``).
NO_SCORE = float("nan")


def relevance(score: float) -> float | None:
    """The relevance score to show or export, or None when the hits were sorted by date."""
    return None if math.isnan(score) else score


@dataclass(frozen=True)
class Hit:
    path: str  # the real file (a data set holds many articles: see ``record``)
    headline: str
    headline_marked: Marked  # the headline (a runaway one cut short), matches marked
    date: datetime | None
    has_time: bool
    score: float  # relevance; NaN (``NO_SCORE``) when sorted by date: no relevance was computed
    snippet: Marked  # one or two sentences of the body, matches marked (empty without snippets)
    _: KW_ONLY
    key: str = ""  # the article's unique key: ``SearchEngine.article(key)``
    source: str | None = None  # the outlet, or the first folder below the library folder
    url: str | None = None  # the article's own link, when known
    format: str = ""  # "txt", "html", "pdf", "jsonl", … (telusur.index.formats.Format values)
    record: int | None = None  # 1-based record number in a data-set file, else None
    # The hit's wire-copy group (None: it has no copy) and the copies folded into it.
    group: str | None = None
    copies: tuple[CopyRef, ...] = ()


@dataclass(frozen=True)
class SearchResult:
    request: SearchRequest
    # Articles found; with ``total_exact`` False an estimate (shown as "±"),
    # never below the articles already seen and never above what can match.
    total: int = 0
    hits: tuple[Hit, ...] = ()
    elapsed_ms: float = 0.0
    suggestion: str | None = None
    # True when no article had every word and articles with some are shown.
    relaxed: bool = False
    # A readable problem with the query (the search did not run), or None.
    message: str | None = None
    notes: tuple[str, ...] = ()
    match: MatchTerms = field(default_factory=MatchTerms)
    # What the query also searched: acronyms, long forms, synonyms (see expand.py).
    expanded: tuple[Expanded, ...] = ()
    total_exact: bool = True
    # Results once wire copies are folded together (``total`` when not grouped).
    groups: int = 0
    facets: Facets | None = None
    # The suggestion whose results are shown because the query as typed found
    # nothing (None: the results are the query's as typed).
    searched: str | None = None


class DateUnit(StrEnum):
    """The date facet's bucket."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"

    @classmethod
    def named(cls, text: str) -> DateUnit:
        """The unit ``text`` names, for an edge where a user types one (a readable ``QueryError`` if none)."""
        try:
            return cls(text)
        except ValueError:
            raise QueryError(
                QueryProblem.UNKNOWN_DATE_UNIT, unit=text, choices=", ".join(u.value for u in cls)
            ) from None


@dataclass(frozen=True)
class FacetCount:
    value: str | None  # None: articles without a known source
    count: int
    spellings: tuple[str, ...] = ()  # of the outlet, folded into this count (most frequent first)


@dataclass(frozen=True)
class DateBucket:
    start: date  # the first day of the day, week (Monday), month or year
    count: int


@dataclass(frozen=True)
class DateFacet:
    unit: DateUnit
    buckets: tuple[DateBucket, ...]
    undated: int


@dataclass(frozen=True)
class Facets:
    """Counts over every matching article; each facet's counts add up to the total."""

    source: tuple[FacetCount, ...]
    date: DateFacet


@dataclass(frozen=True)
class ArticleView:
    path: str
    headline: str
    body: str
    date: datetime | None
    has_time: bool
    _: KW_ONLY
    key: str = ""
    source: str | None = None
    url: str | None = None
    format: str = ""
    record: int | None = None


@dataclass(frozen=True)
class RelatedResult:
    """Articles like one article; ``article`` is None when it is not in the index."""

    article: ArticleView | None
    hits: tuple[Hit, ...] = ()
    # A readable problem (the article was not found), or None.
    message: str | None = None
