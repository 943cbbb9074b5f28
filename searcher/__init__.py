"""From a user's query to ranked, highlighted hits: parse, search, filter, highlight."""
from .dates import DayRange
from .engine import SORTS, ArticleView, Hit, SearchEngine, SearchRequest, SearchResult
from .highlight import MatchTerms, highlight_all, match_spans, snippet
from .query import QueryError, build_query

__all__ = [
    "SORTS",
    "ArticleView",
    "DayRange",
    "Hit",
    "MatchTerms",
    "QueryError",
    "SearchEngine",
    "SearchRequest",
    "SearchResult",
    "build_query",
    "highlight_all",
    "match_spans",
    "snippet",
]
