"""Prototypes of query-side ranking changes, measured by run.py before they go into searcher/.

They wrap a shipped ``SearchEngine`` without editing it:

- ``prox``: proximity boost. The built query ``Q`` becomes ``Q ANDMAYBE
  (Phrase(headline, terms, slop=S) OR Phrase(body, terms, slop=S))``: the
  same documents match, those with the query's terms within S positions of each
  other (in query order) score higher. Only for queries of 2+ plain words.
- ``exact``: exact-form boost. ``Q ANDMAYBE (exact:w1 OR exact:w2 ...)``
  over the folded surface forms of the query words: among documents that
  match the stems, those that also contain the very word typed
  (``rumahnya``, ``meninggalnya``, ``Bandung``) rank higher.
- ``fuzzy``: typo fallback, only when the query found fewer than
  FUZZY_BELOW articles: the articles it found come first, then those found
  with the corrected query. A query word that is rare in the exact-form field
  (in at most FUZZY_MAX_DF articles)
  while a word within edit distance 1 (2 for words of 6+ letters, first letter
  fixed) is far more frequent (>= FUZZY_RATIO times, and at least
  FUZZY_MIN_DF articles) is searched as ``(word OR correction)``.
"""
from __future__ import annotations

import dataclasses
import os
import re

from whoosh import query as Q

# Tunables; the environment variables are for parameter sweeps only.
EXACT_BOOST = float(os.environ.get("EVAL_EXACT_BOOST", "0.5"))
# Words with a possessive/emphatic clitic ("rumahnya", "ibunya") name one
# thing the user means; their exact form gets a stronger boost.
CLITIC_BOOST = float(os.environ.get("EVAL_CLITIC_BOOST", "2.0"))
CLITICS = ("nya", "ku", "mu", "lah", "kah")
PROX_SLOP = int(os.environ.get("EVAL_PROX_SLOP", "8"))
PROX_BOOST = float(os.environ.get("EVAL_PROX_BOOST", "0.5"))
FUZZY_RATIO = 20
FUZZY_MIN_DF = 5
FUZZY_MAX_DF = 5  # only words this rare are typo candidates
FUZZY_BELOW = 5  # the fallback runs only when the query found fewer articles


def _proximity(engine_cls):
    from telusur.analysis import terms
    from telusur.searcher.query import HEADLINE_BOOST

    class ProxEngine(engine_cls):
        def _run(self, searcher, built, request):
            if built.has_words and '"' not in built.text and ":" not in built.text:
                words = [w.text for w in terms(built.text)]
                if len(words) >= 2:
                    near = Q.Or([
                        Q.Phrase("headline", words, slop=PROX_SLOP, boost=PROX_BOOST * HEADLINE_BOOST),
                        Q.Phrase("body", words, slop=PROX_SLOP, boost=PROX_BOOST),
                    ])
                    built = dataclasses.replace(built, query=Q.AndMaybe(built.query, near))
            return super()._run(searcher, built, request)

    return ProxEngine


def _exact_form(engine_cls):
    from telusur.analysis import fold
    from telusur.analysis.normalize import WORD_RE
    from telusur.analysis.resources import stopwords

    class ExactEngine(engine_cls):
        def _run(self, searcher, built, request):
            if built.has_words and built.words:
                stops = stopwords()
                forms = []
                for word in built.words:
                    for m in WORD_RE.finditer(word):
                        f = fold(m.group())
                        if f not in stops and f not in forms:
                            forms.append(f)
                if forms:
                    same = Q.Or([
                        Q.Term("exact", f, boost=CLITIC_BOOST if f.endswith(CLITICS) and len(f) > 5 else EXACT_BOOST)
                        for f in forms
                    ])
                    built = dataclasses.replace(built, query=Q.AndMaybe(built.query, same))
            return super()._run(searcher, built, request)

    return ExactEngine


def fuzzy_rewrite(reader, text: str) -> str:
    from telusur.analysis import fold

    out = text
    for word in dict.fromkeys(re.findall(r"(?<![\w:\"])[^\W\d_]{3,}(?![\w:\"])", text)):
        if word in ("AND", "OR", "NOT"):
            continue
        folded = fold(word)
        df = reader.doc_frequency("exact", folded)
        if df > FUZZY_MAX_DF:
            continue
        maxdist = 2 if len(folded) >= 6 else 1
        best, best_df = None, 0
        for cand in reader.terms_within("exact", folded, maxdist, prefix=1):
            if cand == folded:
                continue
            cdf = reader.doc_frequency("exact", cand)
            if cdf > best_df:
                best, best_df = cand, cdf
        if best and best_df >= FUZZY_MIN_DF and best_df >= FUZZY_RATIO * max(df, 1):
            out = re.sub(rf"(?<![\w:]){re.escape(word)}(?![\w:])", f"({word} OR {best})", out)
    return out


def wrap_engine(engine, extra: str):
    cls = type(engine)
    if "exact" in extra:
        cls = _exact_form(cls)
    if "prox" in extra:
        cls = _proximity(cls)
    if "fuzzy" in extra:
        base = cls

        class FuzzyEngine(base):
            def search(self, request):
                result = super().search(request)
                if result.message or result.total >= FUZZY_BELOW:
                    return result
                with self._lock:
                    text = fuzzy_rewrite(self._current().reader(), request.text)
                if text == request.text:
                    return result
                more = super().search(dataclasses.replace(request, text=text))
                seen = {h.path for h in result.hits}
                hits = result.hits + tuple(h for h in more.hits if h.path not in seen)
                total = len(seen | {h.path for h in more.hits})
                return dataclasses.replace(result, hits=hits[: request.page_size], total=total)

        cls = FuzzyEngine
    wrapped = cls(engine.library)
    return wrapped
