"""Every match of a query with its BM25F score, a posting list at a time.

Whoosh's collector steps a tree of matchers one document at a time, several
Python calls per posting per node, and its block-quality skipping never
fires for Telusur's queries: BM25 scores of a frequent word crowd just under
each block's bound (measured at 1x: ``tahun``'s 54 blocks bound 3.76-4.16,
the 60th best score 3.68), so no block can be skipped and every match is
scored anyway (issue 20). Then the full match set was read a second time for
copy folding and facets.

Here the same matcher tree Whoosh builds is walked once, node by node: a
term's whole posting list is read block by block (``segments.whole_postings``)
and scored with the term's own scorer numbers, a union adds two score maps,
an intersection keeps the common documents, in the very order Whoosh adds
them, so every score is the same float Whoosh gives. Nodes of other kinds
(phrases, spans, wildcard arrays) are stepped as Whoosh does. One pass gives
the exact count, the match set and the top k.
"""
from __future__ import annotations

import heapq
import threading
import weakref
from array import array
from collections import OrderedDict
from collections.abc import Collection
from dataclasses import dataclass

from whoosh import query as Q
from whoosh.matching import (
    AndMaybeMatcher,
    AndNotMatcher,
    DisjunctionMaxMatcher,
    IntersectionMatcher,
    NullMatcherClass,
    UnionMatcher,
)
from whoosh.matching.combo import ArrayUnionMatcher
from whoosh.matching.wrappers import FilterMatcher, WrappingMatcher
from whoosh.query.spans import SpanNear2
from whoosh.reading import SegmentReader
from whoosh.scoring import BM25FScorer, WeightScorer
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length

from telusur.index.segments import (
    array_union_of,
    field_length_bytes,
    filter_of,
    near_matches,
    position_decoder,
    posting_bytes,
    whole_postings,
)

from .requests import Scored

_LENGTH_OF_BYTE = [byte_to_length(b) for b in range(256)]


@dataclass(frozen=True)
class ScoredMatches:
    """Every document a query matches (ascending) and its score, as compact arrays."""

    docs: array  # "q"
    scores: array  # "d", aligned with docs

    @property
    def total(self) -> int:
        return len(self.docs)

    def top(self, k: int) -> tuple[Scored, ...]:
        """The best ``k`` as Whoosh's top-k collector orders them: score descending, then docnum."""
        if k <= 0 or not self.docs:
            return ()
        docs, scores = self.docs, self.scores
        best = heapq.nsmallest(k, range(len(docs)), key=lambda i: (-scores[i], docs[i]))
        return tuple(Scored(docs[i], scores[i]) for i in best)

    def within(self, only: Collection[int]) -> ScoredMatches:
        """Only the matches in ``only`` (a date range or sources filter)."""
        keep = [i for i, d in enumerate(self.docs) if d in only]
        return ScoredMatches(array("q", (self.docs[i] for i in keep)), array("d", (self.scores[i] for i in keep)))


class _Unsupported(Exception):
    """A node this module cannot score exactly as Whoosh does: the caller lets Whoosh run."""


def _leaf(matcher, reader: SegmentReader, among: list[int] | None) -> dict[int, float]:
    read = _read_leaf(matcher, reader, among, values=False)
    return _stepped(matcher, among) if read is None else read[0]


def _read_leaf(
    matcher, reader: SegmentReader, among: list[int] | None, *, values: bool
) -> tuple[dict[int, float], dict[int, bytes] | None] | None:
    """A term's scores (and encoded positions) by document, among ``among``; None: not a W3 term."""
    scorer = matcher.scorer
    if posting_bytes(matcher) is not None:
        matcher.reset()  # its parent may have moved it on when it was built (AndNot, AndMaybe, And)
    read = whole_postings(matcher, among, values=values)
    if read is None:
        return None
    field, ids, weights, encoded = read
    if type(scorer) is WeightScorer:
        out = dict(zip(ids, weights, strict=True))
    elif type(scorer) is BM25FScorer:
        lengths = field_length_bytes(reader, field)
        if lengths is None:
            raise _Unsupported("no length column")
        idf, avgfl, B, K1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
        table = _LENGTH_OF_BYTE
        out = {}
        for d, tf in zip(ids, weights, strict=True):
            byte = lengths[d]
            if not byte:  # Whoosh's doc_field_length gives no number here: let Whoosh run
                raise _Unsupported("zero length")
            fl = table[byte]
            # scoring.bm25, written out: the same operations in the same order give the same float
            out[d] = idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl)))
    else:
        raise _Unsupported(type(scorer).__name__)
    by_doc = dict(zip(ids, encoded, strict=True)) if encoded is not None else None
    if among is not None:
        wanted = set(among)
        out = {d: s for d, s in out.items() if d in wanted}
    return out, by_doc


def _stepped(matcher, among: list[int] | None) -> dict[int, float]:
    """Any matcher (a phrase, a span), stepped as Whoosh's collector steps it; only to
    the documents ``among`` when given, so a phrase is checked only where it can count."""
    try:
        matcher.reset()  # its parent may have moved it on when it was built
    except NotImplementedError as err:
        raise _Unsupported("cannot restart") from err
    out = {}
    if among is None:
        while matcher.is_active():
            out[matcher.id()] = matcher.score()
            matcher.next()
        return out
    for d in among:
        if not matcher.is_active():
            break
        if matcher.id() < d:
            matcher.skip_to(d)
            if not matcher.is_active():
                break
        if matcher.id() == d:
            out[d] = matcher.score()
    return out


_NEAR = SpanNear2.SpanNear2Matcher


def _tree_sum(scores: list[float]) -> float:
    """The sum in ``make_binary_tree``'s order: an intersection adds its halves' scores."""
    if len(scores) == 2:
        return scores[0] + scores[1]
    if len(scores) == 3:
        return scores[0] + (scores[1] + scores[2])
    if len(scores) == 1:
        return scores[0]
    half = len(scores) // 2
    return _tree_sum(scores[:half]) + _tree_sum(scores[half:])


def _consecutive(positions: list[list[int]]) -> bool:
    """Whether the words occur one right after the other somewhere (a phrase with slop 1)."""
    later = [set(p) for p in positions[1:]]
    return any(all(p + i in words for i, words in enumerate(later, 1)) for p in positions[0])


def _phrase(near, reader: SegmentReader, among: list[int] | None) -> dict[int, float]:
    """A phrase (Whoosh's ``SpanNear2Matcher``): its words' documents intersected from their
    posting lists, rarest first, then the positions checked only in the common documents
    (Whoosh's own span code, or for an exact phrase the same test on position sets); the
    score is its words' scores added as Whoosh adds them."""
    terms = near.ms
    leaves = [m.child if type(m) is FilterMatcher else m for m in terms]
    if any(posting_bytes(m) is None for m in leaves):
        raise _Unsupported("phrase of non-terms")
    for m in terms:
        m.reset()
    scored: list[dict[int, float]] = [{} for _ in terms]
    encoded: list[dict[int, bytes]] = [{} for _ in terms]
    candidates = among
    for i in sorted(range(len(terms)), key=lambda i: _size(leaves[i])):
        read = _read_leaf(leaves[i], reader, candidates, values=True)
        if read is None or read[1] is None:
            raise _Unsupported("no positions")
        found, encoded[i] = read[0], read[1]
        if leaves[i] is not terms[i]:  # the deletions filter
            ids, exclude = filter_of(terms[i])
            found = {d: s for d, s in found.items() if (d in ids) != exclude}
        scored[i] = found
        candidates = sorted(found)
        if not candidates:
            return {}
    assert candidates is not None
    decoders = [position_decoder(m) for m in leaves]
    simple = near.slop == 1 and near.ordered and near.mindist == 1
    boost = near.boost
    out = {}
    for d in candidates:
        positions = [list(decode(values[d])) for decode, values in zip(decoders, encoded, strict=True)]
        if _consecutive(positions) if simple else near_matches(near, positions):
            out[d] = _tree_sum([s[d] for s in scored]) * boost
    return out


def _size(matcher) -> float:
    """A cheap estimate of how many documents ``matcher`` yields (for intersecting the smaller first)."""
    kind = type(matcher)
    if kind is UnionMatcher or kind is DisjunctionMaxMatcher:
        return _size(matcher.a) + _size(matcher.b)
    if kind is IntersectionMatcher:
        return min(_size(matcher.a), _size(matcher.b))
    if kind in (AndMaybeMatcher, AndNotMatcher):
        return _size(matcher.a)
    if kind is WrappingMatcher or kind is FilterMatcher:
        return _size(matcher.child)
    if kind is _NEAR:
        return min(_size(m) for m in matcher.ms)
    size = posting_bytes(matcher)
    return float("inf") if size is None else size


def _walk(matcher, reader: SegmentReader, among: list[int] | None = None) -> dict[int, float]:
    """Document -> score of every match of ``matcher`` (among ``among``, sorted, when given)."""
    kind = type(matcher)
    if kind is NullMatcherClass:  # (an inactive matcher may only have been read by its parent: walked anyway)
        return {}
    if among is not None and not among:
        return {}
    if kind is UnionMatcher:
        a, b = _walk(matcher.a, reader, among), _walk(matcher.b, reader, among)
        out = dict(a)
        for d, s in b.items():
            out[d] = a[d] + s if d in a else s
        return out
    if kind is DisjunctionMaxMatcher:
        a, b = _walk(matcher.a, reader, among), _walk(matcher.b, reader, among)
        out = dict(a)
        for d, s in b.items():
            out[d] = max(a[d], s) if d in a else s
        return out
    if kind is IntersectionMatcher:
        if _size(matcher.b) < _size(matcher.a):
            b = _walk(matcher.b, reader, among)
            a = _walk(matcher.a, reader, sorted(b))
        else:
            a = _walk(matcher.a, reader, among)
            b = _walk(matcher.b, reader, sorted(a))
        return {d: s + b[d] for d, s in a.items() if d in b}
    if kind is AndMaybeMatcher:
        a = _walk(matcher.a, reader, among)
        b = _walk(matcher.b, reader, sorted(a))
        return {d: s + b[d] if d in b else s for d, s in a.items()}
    if kind is AndNotMatcher:
        a = _walk(matcher.a, reader, among)
        b = _walk(matcher.b, reader, sorted(a))
        return {d: s for d, s in a.items() if d not in b}
    if kind is WrappingMatcher:
        boost = matcher.boost
        return {d: s * boost for d, s in _walk(matcher.child, reader, among).items()}
    if kind is FilterMatcher:
        child = _walk(matcher.child, reader, among)
        ids, exclude = filter_of(matcher)
        boost = matcher.boost
        kept = {d: s for d, s in child.items() if (d in ids) != exclude}
        return kept if boost == 1.0 else {d: s * boost for d, s in kept.items()}
    if kind is _NEAR:
        return _phrase(matcher, reader, among)
    if kind is ArrayUnionMatcher:  # Whoosh's union for small segments: scores added sub-matcher by sub-matcher
        subs, boost = array_union_of(matcher)
        total: dict[int, float] = {}
        for sub in subs:
            for d, s in _walk(sub, reader, among).items():
                total[d] = total.get(d, 0.0) + s * boost
        return {d: s for d, s in sorted(total.items()) if s > 0}  # a zero sum is no match there
    if getattr(matcher, "scorer", None) is not None:
        return _leaf(matcher, reader, among)
    return _stepped(matcher, among)


# searcher -> its last few queries' matches: a result set's first page, its count, facets and
# deeper pages all ask for the same attempt, which is scored once per snapshot.
_KEPT: weakref.WeakKeyDictionary[Searcher, OrderedDict[Q.Query, ScoredMatches | None]] = weakref.WeakKeyDictionary()
KEPT_PER_SEARCHER = 8
_KEPT_LOCK = threading.Lock()  # searches run in several threads (the app's workers)


def score_all(searcher: Searcher, q: Q.Query) -> ScoredMatches | None:
    """Every document ``q`` matches, with the score Whoosh's ranking gives it; None when some
    node cannot be reproduced exactly (the caller then lets Whoosh's collector run).

    Kept for the searcher's last ``KEPT_PER_SEARCHER`` queries (the arrays are read-only).
    """
    try:
        hash(q)
    except TypeError:  # an unhashable query part: not kept
        return _score_all(searcher, q)
    with _KEPT_LOCK:
        kept = _KEPT.get(searcher)
        if kept is not None and q in kept:
            kept.move_to_end(q)
            return kept[q]
    found = _score_all(searcher, q)
    with _KEPT_LOCK:
        kept = _KEPT.setdefault(searcher, OrderedDict())
        kept[q] = found
        while len(kept) > KEPT_PER_SEARCHER:
            kept.popitem(last=False)
    return found


def _score_all(searcher: Searcher, q: Q.Query) -> ScoredMatches | None:
    docs = array("q")
    scores = array("d")
    context = searcher.context()  # what Whoosh's own search uses: the same matcher tree
    try:
        for sub, offset in searcher.leaf_searchers():
            reader = sub.reader()
            matcher = q.matcher(sub, context)
            found = _walk(matcher, reader)
            for d in sorted(found):
                docs.append(d + offset)
                scores.append(found[d])
    except _Unsupported:
        return None
    return ScoredMatches(docs, scores)


def score_among(searcher: Searcher, q: Q.Query, docnums: Collection[int]) -> dict[int, float] | None:
    """The score ``q`` gives each of ``docnums`` that it matches (the re-rank's optional clauses on
    the top documents): only the posting blocks that can hold them are decoded, and a phrase's
    positions are read only there. None when some part only Whoosh's matcher can score."""
    wanted = sorted(docnums)
    out: dict[int, float] = {}
    context = searcher.context()
    try:
        for sub, offset in searcher.leaf_searchers():
            end = offset + sub.doc_count_all()
            local = [d - offset for d in wanted if offset <= d < end]
            if not local:
                continue
            found = _walk(q.matcher(sub, context), sub.reader(), local)
            for d, s in found.items():
                out[d + offset] = s
    except _Unsupported:
        return None
    return out
