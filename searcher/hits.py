"""The page and its highlighting: from ranked documents to ``Hit`` records.

Only the shown page reads stored fields and builds snippets, which is most of
a search's time on long articles.
"""
from __future__ import annotations

from whoosh.searching import Searcher

from .highlight import Marked, MatchTerms, headline_marked, snippet
from .outlets import outlet_names
from .requests import Found, Hit, PageWindow, Scored


def page_of(found: Found, window: PageWindow) -> tuple[Scored, ...]:
    """The documents ranked within ``window``."""
    return found.ranked[window.first : window.stop]


def highlight(searcher: Searcher, page: tuple[Scored, ...], match: MatchTerms, *, snippets: bool) -> tuple[Hit, ...]:
    """A ``Hit`` per document: headline marked, and a marked snippet when ``snippets``."""
    hits = []
    names = outlet_names(searcher) if page else None
    for scored in page:
        stored = searcher.stored_fields(scored.docnum)
        body = stored.get("body", "")
        headline = stored.get("headline", "")
        hits.append(
            Hit(
                path=stored["path"],
                headline=headline,
                headline_marked=headline_marked(headline, match),
                date=stored.get("date"),
                has_time=bool(stored.get("has_time")),
                score=scored.score,
                snippet=snippet(body, match) if snippets else Marked(),
                key=stored.get("key", ""),
                source=names.name(stored.get("source")) if names is not None else None,
                url=stored.get("url") or None,
                format=stored.get("format", ""),
                record=stored.get("record"),
            )
        )
    return tuple(hits)
