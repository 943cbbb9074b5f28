"""From a user's query to ranked, highlighted hits: plan, run, rerank, page, highlight."""
from .date_column import MonthCount
from .dates import DayRange, parse_day_bounds
from .engine import SearchEngine
from .export import ExportFormat, export
from .highlight import MatchTerms, highlight_all, match_spans, snippet
from .messages import DateError, DateProblem, QueryError, QueryNote, QueryProblem
from .plan import Reason
from .query import build_query
from .records import (
    SORTS,
    ArticleView,
    CopyRef,
    DateBucket,
    DateFacet,
    DateUnit,
    FacetCount,
    Facets,
    Hit,
    RelatedResult,
    SearchRequest,
    SearchResult,
    SortOrder,
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
    "Hit",
    "MatchTerms",
    "MonthCount",
    "QueryError",
    "QueryNote",
    "QueryProblem",
    "Reason",
    "SearchEngine",
    "SearchRequest",
    "SearchResult",
    "SortOrder",
    "build_query",
    "highlight_all",
    "match_spans",
    "parse_day_bounds",
    "snippet",
]
