"""From a user's query to ranked, highlighted hits: plan, run, rerank, page, highlight."""
from .date_column import MonthCount
from .day_ranges import DayRange, parse_day_bounds
from .engine import SearchEngine
from .export import ExportFormat, export
from .facets import source_key
from .highlight import (
    Marked,
    MatchTerms,
    headline_marked,
    highlight_all,
    highlight_chunks,
    marked_html,
    match_spans,
    snippet,
)
from .messages import DateError, DateProblem, QueryError, QueryNote, QueryProblem
from .plan import Reason
from .query import build_query
from .requests import (
    SORTS,
    ArticleView,
    CopyRef,
    DateBucket,
    DateFacet,
    DateUnit,
    Expanded,
    FacetCount,
    Facets,
    Hit,
    RelatedResult,
    SearchCancelled,
    SearchRequest,
    SearchResult,
    SortOrder,
    Why,
)

__all__ = [
    "SORTS",
    "ArticleView",
    "CopyRef",
    "DateBucket",
    "DateFacet",
    "DateUnit",
    "ExportFormat",
    "FacetCount",
    "Facets",
    "RelatedResult",
    "export",
    "DateError",
    "DateProblem",
    "DayRange",
    "Expanded",
    "Hit",
    "MatchTerms",
    "MonthCount",
    "QueryError",
    "QueryNote",
    "QueryProblem",
    "Reason",
    "SearchCancelled",
    "SearchEngine",
    "SearchRequest",
    "SearchResult",
    "SortOrder",
    "Why",
    "build_query",
    "headline_marked",
    "marked_html",
    "Marked",
    "highlight_all",
    "highlight_chunks",
    "match_spans",
    "parse_day_bounds",
    "snippet",
    "source_key",
]
