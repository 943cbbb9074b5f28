"""From a user's query to ranked, highlighted hits: parse, search, filter, highlight."""
from .dates import DateError, DayRange, parse_day_bounds
from .engine import SORTS, ArticleView, Hit, MonthCount, SearchEngine, SearchRequest, SearchResult
from .highlight import MatchTerms, highlight_all, match_spans, snippet
from .query import QueryError, build_query

__all__ = [
    "SORTS",
    "ArticleView",
    "DateError",
    "DayRange",
    "Hit",
    "MatchTerms",
    "MonthCount",
    "QueryError",
    "SearchEngine",
    "SearchRequest",
    "SearchResult",
    "build_query",
    "highlight_all",
    "match_spans",
    "parse_day_bounds",
    "snippet",
]
