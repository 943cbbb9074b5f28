"""Snippets and full-text highlighting: text and the spans of the words the query matched.

The searcher says what matched, never how it looks: each piece is a
``Marked`` (plain text and character spans), and the command line, the
export and the app render it their own way (``marked_html`` gives the
escaped ``<mark>`` HTML of the JSON output).

Written by hand rather than with Whoosh's highlighter because matches must be
found by index term, not by surface form (``memperkuat`` marks ``penguatan``),
through the same normalisation the index used, and because a snippet is built
on every keystroke: one pass over the words, no re-analysis per fragment.
"""
from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from telusur.analysis import Word, fold, terms
from telusur.analysis.resources import compounds

MARK_OPEN, MARK_CLOSE = "<mark>", "</mark>"
# A snippet is chosen from at most this many characters of the body, around
# the first place a query word may be: a 9 MB article costs as little as a
# short one (it took 8 s when the whole body was analysed).
SNIPPET_WINDOW = 20_000
# A headline longer than this (a file with no line breaks) is marked only here.
HEADLINE_MAX_CHARS = 400
# The preview highlights a long article in pieces of about this size.
PREVIEW_CHUNK = 50_000
# Sentences whose analysis is kept (``_analysed``): a few pages of results, a few MB.
ANALYSED_SENTENCES = 4096
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")


@dataclass(frozen=True)
class MatchTerms:
    """Index terms to mark: stemmed (``stems``) and exact forms (``exact``)."""

    stems: frozenset[str] = frozenset()
    exact: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.stems or self.exact)


Span = tuple[int, int]


@dataclass(frozen=True)
class Marked:
    """Text to show and the (start, end) character spans in it that the query matched."""

    text: str = ""
    spans: tuple[Span, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.text)

    def shifted(self, by: int) -> tuple[Span, ...]:
        return tuple((s + by, e + by) for s, e in self.spans)


def joined(parts: list[Marked], sep: str = " ") -> Marked:
    """The parts as one text, spans moved to where each part lands."""
    text: list[str] = []
    spans: list[Span] = []
    pos = 0
    for i, part in enumerate(parts):
        if i:
            text.append(sep)
            pos += len(sep)
        text.append(part.text)
        spans.extend(part.shifted(pos))
        pos += len(part.text)
    return Marked("".join(text), tuple(spans))


def marked_html(marked: Marked) -> str:
    """Escaped HTML of ``marked`` with its spans wrapped in ``<mark>`` (the JSON contract)."""
    return mark(marked.text, list(marked.spans))


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


@lru_cache(maxsize=ANALYSED_SENTENCES)
def _analysed(text: str, stemmed: bool) -> tuple[Word, ...]:
    """A sentence's index terms (stemmed) or exact forms with stopwords (not stemmed).

    Kept for the sentences seen last: analysing is most of a snippet's cost, and
    the next keystroke's search mostly shows the same articles again.
    """
    if stemmed:
        return tuple(terms(text, use_stemmer=True, parts=True))
    return tuple(terms(text, use_stemmer=False, keep_stopwords=True))


def _spans_in(text: str, offset: int, match: MatchTerms) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if match.stems:
        spans += [(offset + w.start, offset + w.end) for w in _analysed(text, True) if w.text in match.stems]
    if match.exact:
        spans += [(offset + w.start, offset + w.end) for w in _analysed(text, False) if w.text in match.exact]
    return spans


def match_spans(
    text: str, match: MatchTerms, sentences: list[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """Character spans of every word in ``text`` that the query matched.

    ``sentences``: ``_sentences(text)``, when the caller has them already.
    """
    if not match or not text:
        return []
    needles = _needles(match)
    if needles is None:
        spans = _spans_in(text, 0, match)
    else:
        spans = []
        for start, end in sentences if sentences is not None else _sentences(text):
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


def _cut(text: str, spans: list[Span], start: int = 0, end: int | None = None) -> Marked:
    """``text[start:end]`` with the spans that fall inside it."""
    end = len(text) if end is None else end
    inside = tuple((max(s, start) - start, min(e, end) - start) for s, e in spans if e > start and s < end)
    return Marked(text[start:end], inside)


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


def _window(text: str, match: MatchTerms) -> int:
    """Where the snippet window starts: a little before the first possible match.

    Finding the first needle is one C-speed scan; analysing is what costs.
    """
    needles = _needles(match) if match else None
    if not needles:
        return 0
    lowered = text.lower()
    found = [i for needle in needles if (i := lowered.find(needle)) >= 0]
    if not found:
        return 0
    start = max(0, min(found) - SNIPPET_WINDOW // 4)
    if start:
        space = text.find(" ", start, start + 200)
        start = space + 1 if space >= 0 else start
    return start


def snippet(text: str, match: MatchTerms, max_chars: int = 260, fragments: int = 2) -> Marked:
    """The best one or two sentences of ``text``, matches marked.

    Sentences are ranked by how many different query words they contain, then
    by how many matches; ties go to the earlier sentence. Only a window of
    ``SNIPPET_WINDOW`` characters of a long text is looked at.
    """
    if not text:
        return Marked()
    offset = 0
    whole = len(text)
    if whole > SNIPPET_WINDOW:
        offset = _window(text, match)
        text = text[offset : offset + SNIPPET_WINDOW]
    sentences = _sentences(text)
    spans = match_spans(text, match, sentences)
    sentences = sentences or [(0, len(text))]
    scored = []
    for index, (start, end) in enumerate(sentences):
        inside = [(s, e) for s, e in spans if s >= start and e <= end]
        distinct = len({text[s:e].lower() for s, e in inside})
        scored.append((-distinct, -len(inside), index))
    scored.sort()
    chosen = sorted(i for distinct, _, i in scored[:fragments] if distinct < 0) or [0]
    width = max_chars // len(chosen)
    parts: list[Marked] = []
    for index in chosen:
        lo, hi = _trim(text, *sentences[index], spans, width)
        if offset + lo > 0 and not (parts and parts[-1].text == "…"):  # one ellipsis between two cuts
            parts.append(Marked("…"))
        parts.append(_cut(text, spans, lo, hi))
        if offset + hi < whole:
            parts.append(Marked("…"))
    return joined(parts)


def headline_marked(headline: str, match: MatchTerms) -> Marked:
    """The headline, matches marked; a runaway one (no line breaks) is cut short."""
    if len(headline) > HEADLINE_MAX_CHARS:
        cut = headline.rfind(" ", 0, HEADLINE_MAX_CHARS)
        shown = headline[: cut if cut > 0 else HEADLINE_MAX_CHARS]
        return joined([_cut(shown, match_spans(shown, match) if match else []), Marked("…")])
    return _cut(headline, match_spans(headline, match) if match else [])


def highlight_chunks(text: str, match: MatchTerms, chunk: int = PREVIEW_CHUNK) -> Iterator[Marked]:
    """The whole text with every match marked, in pieces cut at line or word breaks.

    Joined, the pieces equal ``highlight_all(text, match)`` (up to matches
    that span a cut, which never happens at a break). Lets the preview show
    the start of a long article at once and the rest as it is marked.
    """
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + chunk)
        if end < len(text):
            cut = text.rfind("\n", pos, end)
            if cut <= pos:
                cut = text.rfind(" ", pos, end)
            end = cut + 1 if cut > pos else end
        piece = text[pos:end]
        yield _cut(piece, match_spans(piece, match) if match else [])
        pos = end


def highlight_all(text: str, match: MatchTerms) -> Marked:
    """The whole text with every match marked (for the preview)."""
    return _cut(text, match_spans(text, match) if match else [])
