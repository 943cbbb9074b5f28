"""From a user's query to ranked, highlighted hits: plan, run, rerank, page, highlight."""
from .dates import DayRange
from .engine import SearchEngine
from .export import ExportFormat, export
from .highlight import MatchTerms, highlight_all, match_spans, snippet
from .plan import Reason
from .query import QueryError, build_query
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
    "DayRange",
    "Hit",
    "MatchTerms",
    "QueryError",
    "Reason",
    "SearchEngine",
    "SearchRequest",
    "SearchResult",
    "SortOrder",
    "build_query",
    "highlight_all",
    "match_spans",
    "snippet",
]
