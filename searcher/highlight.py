"""Snippets and full-text highlighting, escaped before any markup is added.

Written by hand rather than with Whoosh's highlighter because matches must be
found by index term, not by surface form (``memperkuat`` marks ``penguatan``),
through the same normalisation the index used, and because a snippet is built
on every keystroke: one pass over the words, no re-analysis per fragment.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache

from telusur.analysis import fold, terms
from telusur.analysis.resources import compounds

MARK_OPEN, MARK_CLOSE = "<mark>", "</mark>"
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")


@dataclass(frozen=True)
class MatchTerms:
    """Index terms to mark: stemmed (``stems``) and exact forms (``exact``)."""

    stems: frozenset[str] = frozenset()
    exact: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.stems or self.exact)


@lru_cache(maxsize=256)
def _needles(match: MatchTerms) -> tuple[str, ...] | None:
    """Substrings that every matching word must contain, or None if unknown.

    Indonesian affixes change at most a root's first letter (tangkap ->
    menangkap, kuat -> penguatan), so a root minus its first letter is a
    substring of each of its inflections. Sentences without any of these are
    never analysed, which keeps snippets cheap on long articles.
    """
    joined = {term: first for (first, _), term in compounds().items()}
    needles = []
    for term in match.stems | match.exact:
        if any(ch.isdigit() for ch in term):
            return None
        term = joined.get(term, term)
        needles.append(term[1:] if len(term) >= 4 else term)
    return tuple(sorted(set(needles)))


def _spans_in(text: str, offset: int, match: MatchTerms) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if match.stems:
        spans += [(offset + w.start, offset + w.end) for w in terms(text, use_stemmer=True) if w.text in match.stems]
    if match.exact:
        spans += [(offset + w.start, offset + w.end) for w in terms(text, use_stemmer=False, keep_stopwords=True)
                  if w.text in match.exact]
    return spans


def match_spans(text: str, match: MatchTerms) -> list[tuple[int, int]]:
    """Character spans of every word in ``text`` that the query matched."""
    if not match or not text:
        return []
    needles = _needles(match)
    if needles is None:
        spans = _spans_in(text, 0, match)
    else:
        spans = []
        for start, end in _sentences(text):
            folded = fold(text[start:end])
            if any(needle in folded for needle in needles):
                spans += _spans_in(text[start:end], start, match)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def mark(text: str, spans: list[tuple[int, int]], start: int = 0, end: int | None = None) -> str:
    """HTML of ``text[start:end]`` with the spans wrapped in <mark>; all text escaped."""
    end = len(text) if end is None else end
    out, pos = [], start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        out.append(html.escape(text[pos:s]))
        out.append(MARK_OPEN + html.escape(text[s:e]) + MARK_CLOSE)
        pos = e
    out.append(html.escape(text[pos:end]))
    return "".join(out)


def _sentences(text: str) -> list[tuple[int, int]]:
    bounds, pos = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > pos:
            bounds.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        bounds.append((pos, len(text)))
    return bounds


def _trim(text: str, start: int, end: int, spans: list[tuple[int, int]], width: int) -> tuple[int, int]:
    """Cut a long sentence to ``width`` characters around its first match, at word edges."""
    if end - start <= width:
        return start, end
    first = next((s for s, e in spans if s >= start), start)
    lo = max(start, first - width // 3)
    hi = min(end, lo + width)
    if lo > start:
        lo = text.find(" ", lo, first) + 1 or lo
    if hi < end:
        cut = text.rfind(" ", lo, hi)
        hi = cut if cut > lo else hi
    return lo, hi


def snippet(text: str, match: MatchTerms, max_chars: int = 260, fragments: int = 2) -> str:
    """The best one or two sentences of ``text`` as HTML, matches marked.

    Sentences are ranked by how many different query words they contain, then
    by how many matches; ties go to the earlier sentence.
    """
    if not text:
        return ""
    spans = match_spans(text, match)
    sentences = _sentences(text)
    scored = []
    for index, (start, end) in enumerate(sentences):
        inside = [(s, e) for s, e in spans if s >= start and e <= end]
        distinct = len({text[s:e].lower() for s, e in inside})
        scored.append((-distinct, -len(inside), index))
    scored.sort()
    chosen = sorted(i for distinct, _, i in scored[:fragments] if distinct < 0) or [0]
    width = max_chars // len(chosen)
    parts = []
    for index in chosen:
        lo, hi = _trim(text, *sentences[index], spans, width)
        prefix = "… " if lo > 0 else ""
        suffix = " …" if hi < len(text) else ""
        parts.append(prefix + mark(text, spans, lo, hi) + suffix)
    return " ".join(parts).replace("… …", "…")


def highlight_all(text: str, match: MatchTerms) -> str:
    """The whole text as HTML with every match marked (for the preview)."""
    return mark(text, match_spans(text, match) if match else [])
