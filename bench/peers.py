"""Peer search engines for the speed benchmark and the quality evaluation.

Every engine is fed the same parsed articles (Telusur's own file reader and
article parser, see ``load_docs``) so differences come from the engines, not
from the text they saw.

Stable interface (bench/eval/ imports it; do not break it):

    docs = load_docs(folder)                  # list[Doc], sorted by path
    docs = iter_docs(folder)                  # the same, streamed
    peer = make_peer("whoosh" | "fts5" | "tantivy")
    peer.build(docs, directory)               # fresh index in an empty/new dir
    # or, for an index already built in that directory:
    peer.open(directory)
    hits = peer.search(query, limit=20, with_snippets=False,
                       date_from=None, date_to=None, sort="relevance")
    # -> list[PeerHit(id, score, snippet)]; id == Doc.id == absolute file path
    peer.close()

``query`` is a small common language: space-separated words and "quoted
phrases"; every word/phrase must match (AND), across headline and body.
``date_from``/``date_to`` are ``datetime.date`` (inclusive days) or None.
``sort`` is "relevance", "newest" or "oldest". Snippets are HTML from each
engine's stock highlighter over the body field (None when not requested).

``available_peers()`` names the peers whose packages are importable.

Peers:
- ``whoosh``: stock Whoosh, StandardAnalyzer, headline+body TEXT stored,
  default ``ix.writer()``, MultifieldParser (AND), ``hit.highlights("body")``.
- ``fts5``: SQLite FTS5, unicode61 tokenizer, ``ORDER BY rank`` (bm25),
  ``snippet()`` on body.
- ``tantivy``: tantivy-py, default tokenizer, default writer,
  ``SnippetGenerator`` on body.
"""
from __future__ import annotations

import importlib.util
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Protocol

__all__ = ["Doc", "PeerHit", "Peer", "iter_docs", "load_docs", "query_parts", "available_peers", "make_peer", "SORTS"]

SORTS = ("relevance", "newest", "oldest")
_WORD = re.compile(r"\w+", re.UNICODE)
_PART = re.compile(r'"([^"]*)"|(\S+)')


@dataclass(frozen=True)
class Doc:
    """One parsed article, as every engine sees it."""

    id: str  # absolute (realpath) file path, as Telusur stores it
    headline: str
    body: str
    date: datetime | None


@dataclass(frozen=True)
class PeerHit:
    id: str
    score: float
    snippet: str | None = None


class Peer(Protocol):
    name: str

    def build(self, docs: Iterable[Doc], directory: str | os.PathLike) -> None: ...

    def open(self, directory: str | os.PathLike) -> None: ...

    def search(
        self,
        query: str,
        limit: int = 20,
        with_snippets: bool = False,
        date_from: date | None = None,
        date_to: date | None = None,
        sort: str = "relevance",
    ) -> list[PeerHit]: ...

    def close(self) -> None: ...


def iter_docs(folder: str | os.PathLike) -> Iterator[Doc]:
    """Articles under ``folder`` read and parsed exactly as Telusur does, one at a time.

    Streaming keeps a peer's build memory honest (Telusur streams too).
    """
    from telusur.index.articles import parse_article
    from telusur.index.files import Skipped, read_text, walk_articles

    found, _ = walk_articles(os.path.realpath(folder))
    for fs in found:
        text = read_text(fs.path)
        if isinstance(text, Skipped):
            continue
        art = parse_article(text.text, fallback_headline=Path(fs.path).stem)
        yield Doc(fs.path, art.headline, art.body, art.date)


def load_docs(folder: str | os.PathLike) -> list[Doc]:
    """All articles under ``folder`` as a list (see ``iter_docs``)."""
    return list(iter_docs(folder))


def query_parts(query: str) -> list[tuple[str, ...]]:
    """The common query language as word tuples: 1 word = term, more = phrase."""
    parts = []
    for m in _PART.finditer(query):
        words = tuple(w.lower() for w in _WORD.findall(m.group(1) if m.group(1) is not None else m.group(2)))
        if words:
            parts.append(words)
    return parts


def _day_bounds(date_from: date | None, date_to: date | None) -> tuple[datetime | None, datetime | None]:
    lo = datetime.combine(date_from, time.min) if date_from else None
    hi = datetime.combine(date_to, time.max) if date_to else None
    return lo, hi


def _naive(d: datetime | None) -> datetime | None:
    """Dates compared as naive local wall-clock times (as Telusur stores them)."""
    return d.replace(tzinfo=None) if d is not None and d.tzinfo is not None else d


# --------------------------------------------------------------------- Whoosh
class WhooshPeer:
    """Stock Whoosh: what a developer gets without tuning anything."""

    name = "whoosh"

    def __init__(self) -> None:
        self.ix = None
        self._searcher = None

    @staticmethod
    def schema():
        from whoosh.analysis import StandardAnalyzer
        from whoosh.fields import DATETIME, ID, TEXT, Schema

        return Schema(
            id=ID(stored=True, unique=True),
            headline=TEXT(analyzer=StandardAnalyzer(), stored=True),
            body=TEXT(analyzer=StandardAnalyzer(), stored=True),
            date=DATETIME(stored=True, sortable=True),
        )

    def build(self, docs: Iterable[Doc], directory: str | os.PathLike) -> None:
        from whoosh import index

        os.makedirs(directory, exist_ok=True)
        self.ix = index.create_in(str(directory), self.schema())
        writer = self.ix.writer()
        for d in docs:
            fields = {"id": d.id, "headline": d.headline, "body": d.body}
            if d.date is not None:
                fields["date"] = _naive(d.date)
            writer.add_document(**fields)
        writer.commit()
        self._searcher = None

    def add(self, docs: Iterable[Doc], directory: str | os.PathLike) -> None:
        """Stock incremental indexing: open the index, add the documents, commit."""
        from whoosh import index

        self.ix = index.open_dir(str(directory))
        writer = self.ix.writer()
        for d in docs:
            fields = {"id": d.id, "headline": d.headline, "body": d.body}
            if d.date is not None:
                fields["date"] = _naive(d.date)
            writer.add_document(**fields)
        writer.commit()
        self._searcher = None

    def open(self, directory: str | os.PathLike) -> None:
        from whoosh import index

        self.ix = index.open_dir(str(directory))
        self._searcher = None

    def search(self, query, limit=20, with_snippets=False, date_from=None, date_to=None, sort="relevance"):
        from whoosh import query as Q
        from whoosh.qparser import MultifieldParser

        if self._searcher is None:
            self._searcher = self.ix.searcher()
        # The stock parser (AND of fields); quoted phrases pass through it.
        parser = MultifieldParser(["headline", "body"], self.ix.schema)
        q = parser.parse(query)
        lo, hi = _day_bounds(date_from, date_to)
        flt = Q.DateRange("date", lo, hi) if (lo or hi) else None
        kwargs = {}
        if sort != "relevance":
            kwargs = {"sortedby": "date", "reverse": sort == "newest"}
        results = self._searcher.search(q, limit=limit, filter=flt, **kwargs)
        hits = []
        for hit in results:
            snip = hit.highlights("body") if with_snippets else None
            hits.append(PeerHit(hit["id"], float(hit.score or 0.0) if sort == "relevance" else 0.0, snip))
        return hits

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        if self.ix is not None:
            self.ix.close()
            self.ix = None


# ----------------------------------------------------------------------- FTS5
class Fts5Peer:
    """SQLite FTS5 with unicode61 and bm25: the C reference in the stdlib."""

    name = "fts5"
    FILE = "fts5.sqlite3"

    def __init__(self) -> None:
        self.db: sqlite3.Connection | None = None

    def build(self, docs: Iterable[Doc], directory: str | os.PathLike) -> None:
        os.makedirs(directory, exist_ok=True)
        path = Path(directory) / self.FILE
        if path.exists():
            path.unlink()
        self.db = sqlite3.connect(path)
        self.db.execute(
            "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, date UNINDEXED, headline, body, tokenize='unicode61')"
        )
        rows = (
            (d.id, _naive(d.date).isoformat(sep=" ") if d.date else None, d.headline, d.body) for d in docs
        )
        with self.db:
            self.db.executemany("INSERT INTO docs(id, date, headline, body) VALUES (?, ?, ?, ?)", rows)

    def open(self, directory: str | os.PathLike) -> None:
        self.db = sqlite3.connect(Path(directory) / self.FILE)

    @staticmethod
    def match_expr(query: str) -> str:
        # Each part a quoted FTS5 string (phrase); parts joined by implicit AND.
        return " ".join('"' + " ".join(words) + '"' for words in query_parts(query))

    def search(self, query, limit=20, with_snippets=False, date_from=None, date_to=None, sort="relevance"):
        expr = self.match_expr(query)
        if not expr:
            return []
        cols = "id, rank" + (", snippet(docs, 3, '<b>', '</b>', '…', 24)" if with_snippets else "")
        sql = f"SELECT {cols} FROM docs WHERE docs MATCH ?"
        params: list = [expr]
        lo, hi = _day_bounds(date_from, date_to)
        if lo:
            sql += " AND date >= ?"
            params.append(lo.isoformat(sep=" "))
        if hi:
            sql += " AND date <= ?"
            params.append(hi.isoformat(sep=" "))
        order = {"relevance": "rank", "newest": "date DESC", "oldest": "date ASC"}[sort]
        sql += f" ORDER BY {order} LIMIT ?"
        params.append(limit)
        rows = self.db.execute(sql, params).fetchall()
        # bm25 rank is negative (smaller = better); report it as a positive score.
        return [PeerHit(r[0], -float(r[1]), r[2] if with_snippets else None) for r in rows]

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None


# -------------------------------------------------------------------- tantivy
class TantivyPeer:
    """tantivy-py with its defaults: the Rust reference."""

    name = "tantivy"

    def __init__(self) -> None:
        self.index = None
        self._searcher = None

    @staticmethod
    def schema():
        import tantivy

        sb = tantivy.SchemaBuilder()
        sb.add_text_field("id", stored=True, tokenizer_name="raw")
        sb.add_text_field("headline", stored=True)
        sb.add_text_field("body", stored=True)
        sb.add_date_field("date", stored=True, indexed=True, fast=True)
        return sb.build()

    def build(self, docs: Iterable[Doc], directory: str | os.PathLike) -> None:
        import tantivy

        os.makedirs(directory, exist_ok=True)
        self.index = tantivy.Index(self.schema(), path=str(directory))
        writer = self.index.writer()
        for d in docs:
            doc = tantivy.Document(id=d.id, headline=d.headline, body=d.body)
            if d.date is not None:
                doc.add_date("date", _naive(d.date).replace(tzinfo=UTC))
            writer.add_document(doc)
        writer.commit()
        writer.wait_merging_threads()
        self.index.reload()
        self._searcher = None

    def open(self, directory: str | os.PathLike) -> None:
        import tantivy

        self.index = tantivy.Index.open(str(directory))
        self._searcher = None

    def search(self, query, limit=20, with_snippets=False, date_from=None, date_to=None, sort="relevance"):
        import tantivy

        parts = query_parts(query)
        if not parts:
            return []
        if self._searcher is None:
            self.index.reload()
            self._searcher = self.index.searcher()
        text = " ".join(("+" + w[0]) if len(w) == 1 else '+"' + " ".join(w) + '"' for w in parts)
        q = self.index.parse_query(text, ["headline", "body"])
        lo, hi = _day_bounds(date_from, date_to)
        if lo or hi:
            rq = tantivy.Query.range_query(
                self.index.schema, "date", tantivy.FieldType.Date,
                lo.replace(tzinfo=UTC) if lo else None,
                hi.replace(tzinfo=UTC) if hi else None,
            )
            q = tantivy.Query.boolean_query([(tantivy.Occur.Must, q), (tantivy.Occur.Must, rq)])
        kwargs = {}
        if sort != "relevance":
            kwargs = {
                "order_by_field": "date",
                "order": tantivy.Order.Desc if sort == "newest" else tantivy.Order.Asc,
            }
        result = self._searcher.search(q, limit, count=False, **kwargs)
        gen = (
            tantivy.SnippetGenerator.create(self._searcher, q, self.index.schema, "body") if with_snippets else None
        )
        hits = []
        for key, addr in result.hits:
            doc = self._searcher.doc(addr)
            snip = gen.snippet_from_doc(doc).to_html() if gen is not None else None
            hits.append(PeerHit(doc["id"][0], float(key) if sort == "relevance" else 0.0, snip))
        return hits

    def close(self) -> None:
        self._searcher = None
        self.index = None


_PEERS = {"whoosh": WhooshPeer, "fts5": Fts5Peer, "tantivy": TantivyPeer}
_MODULES = {"whoosh": "whoosh", "fts5": "sqlite3", "tantivy": "tantivy"}


def available_peers() -> list[str]:
    """Peers whose packages are installed (FTS5 also needs SQLite built with it)."""
    names = []
    for name, module in _MODULES.items():
        if importlib.util.find_spec(module) is None:
            continue
        if name == "fts5" and not _has_fts5():
            continue
        names.append(name)
    return names


def _has_fts5() -> bool:
    try:
        sqlite3.connect(":memory:").execute("CREATE VIRTUAL TABLE t USING fts5(x)")
        return True
    except sqlite3.Error:
        return False


def make_peer(name: str) -> Peer:
    return _PEERS[name]()
