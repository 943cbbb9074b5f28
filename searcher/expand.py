"""Query expansion: an acronym also finds its long form, a long form its acronym,
a word its synonyms; each added form weighted below the form typed.

Expansion rewrites the query text before it is parsed: a span the user typed
becomes ``(span OR form^w ...)``, so it works inside every attempt of the
plan (all words, any word) and AND/OR/NOT around it keep their meaning.
What is never expanded: words in quotes (the user asked for that exact form),
words after ``NOT``/``-`` or with a field, wildcard or fuzzy marker, and any
``from`` the request switches off (``no_expand``).

Where the forms come from (``Lookups``):
- acronyms learnt from the archive (``AcronymTable.expansions``): an
  ambiguous acronym has no chosen long form and does not expand; an acronym
  the policy marks case-sensitive (two letters, or a stopword: ``AS``) expands
  to its long form only when typed in its case. The other direction
  (long form -> acronym) is skipped for those: the index is lower-cased, so
  searching ``as`` would find every "as", not the country;
- the shipped news synonyms and the user's file (``user`` wins a tie).

Weights: a phrase scores as the sum of its words, so each form's weight is
scaled by the words typed over the form's words: the acronym typed as ``DPR``
weighs its long form ``dewan perwakilan rakyat`` by a third per word, and the
long form typed weighs ``DPR`` three times, as one word standing for three.
Either way an expansion weighs ``ACRONYM_WEIGHT`` or ``SYNONYM_WEIGHT`` (below
1) per word typed, so an article with the form typed outranks one with only
the expansion, and the re-rank's exact-form boost then rewards the very word
typed. Without the scaling up, an article with every word of ``komisi
pemilihan umum`` scattered outranked one about the ``KPU`` (bench/eval/README.md).
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from whoosh.fields import Schema

from telusur.analysis import terms
from telusur.analysis.acronym_table import Expansions, acronym_key
from telusur.analysis.synonyms import Origin, Synonyms, key_of

from .query import MAX_QUERY_CHARS, NEGATIONS, OPERATORS, BuiltQuery, QueryError, build_query, join_compounds
from .requests import Expanded, Why

ACRONYM_WEIGHT = 0.9  # below the typed 1.0; bench/eval: 0.25 -> 0.5 -> 0.9 raised acronym nDCG 0.756 -> 0.844 -> 0.928
SYNONYM_WEIGHT = 0.9  # synonym nDCG 0.798 (0.25), 0.815 (0.5), 0.856 (0.9)
MAX_FORMS = 8  # expansions per span: a long list only dilutes the ranking
# Characters the expansions may add to a query. Past it, later spans get fewer
# forms or none; a typed word is never dropped to make room (the parser reads
# the expanded text whole: see ``expanded_query``).
MAX_EXPANSION_CHARS = 3000

_PLAIN = re.compile(r"^[^\W_][\w'’-]*$")
_SAFE = re.compile(r"[^\w'’\- ]+")


@dataclass(frozen=True)
class Lookups:
    """Everything a query is expanded with; empty lookups expand nothing."""

    acronyms: Expansions | None = None
    synonyms: Synonyms = field(default_factory=Synonyms)  # shipped merged with the user's


@dataclass(frozen=True)
class ExpandedText:
    text: str  # the query text to parse (the typed text when nothing expanded)
    expanded: tuple[Expanded, ...]


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class _Candidate:
    first: int  # token span in the run, end excluded
    stop: int
    forms: tuple[str, ...]
    why: Why


def _runs(text: str) -> list[list[_Token]]:
    """Runs of plain words outside quotes that may expand, in order."""
    runs: list[list[_Token]] = []
    in_quote = False
    current: list[_Token] = []
    negated = False
    # A "+" before a word is the word (every word is required already).
    for match in re.finditer(r'"|\+?([^\s"+][^\s"]*)|\+', text):
        word = match.group() if match.group(1) is None else match.group(1)
        if word == '"':
            in_quote = not in_quote
            runs.append(current)
            current = []
            continue
        if in_quote:
            continue
        if word in OPERATORS or not _PLAIN.match(word) or negated:
            runs.append(current)
            current = []
            negated = word in NEGATIONS or word.startswith("-")
            continue
        current.append(_Token(word, match.start(1), match.end(1)))
    runs.append(current)
    return [r for r in runs if r]


def _span_of(words: Iterable, run: list[_Token], base: int) -> list[int]:
    """Token index in ``run`` of each analysed word (offsets relative to the run's text)."""
    out = []
    for w in words:
        at = base + w.start
        out.append(next(i for i, t in enumerate(run) if t.start <= at < t.end))
    return out


def _candidates(run: list[_Token], lookups: Lookups) -> list[_Candidate]:
    base = run[0].start
    text = ""  # the run as typed, gaps kept, so analysed offsets map back to tokens
    for t in run:
        text += " " * (t.start - base - len(text)) + t.text
    found: list[_Candidate] = []
    if lookups.synonyms.rules:
        words = terms(text, use_stemmer=False)
        owners = _span_of(words, run, base)
        for m in lookups.synonyms.find([w.text for w in words]):
            first, stop = owners[m.start], owners[m.end - 1] + 1
            user = any(e.origin is Origin.USER for e in m.expansions)
            forms = tuple(e.phrase for e in m.expansions)
            found.append(_Candidate(first, stop, forms, Why.USER if user else Why.SYNONYM))
    if lookups.acronyms is not None:
        acr = lookups.acronyms
        for i, token in enumerate(run):
            longs = acr.long_forms(token.text)
            if longs:
                found.append(_Candidate(i, i + 1, longs, Why.ACRONYM))
        words = terms(text)
        owners = _span_of(words, run, base)
        for start, end, shorts in acr.acronyms([w.text for w in words]):
            kept = tuple(s for s in shorts if not acr.decisions[acronym_key(s)].case_sensitive)
            if kept:
                found.append(_Candidate(owners[start], owners[end - 1] + 1, kept, Why.ACRONYM))
    return found


def _choose(found: list[_Candidate]) -> list[_Candidate]:
    """Longest spans first, no overlap; forms of equal spans merged (user, acronym, synonym order)."""
    rank = {Why.USER: 0, Why.ACRONYM: 1, Why.SYNONYM: 2}
    found = sorted(found, key=lambda c: (-(c.stop - c.first), c.first, rank[c.why]))
    chosen: list[_Candidate] = []
    for c in found:
        same = next((k for k, o in enumerate(chosen) if (o.first, o.stop) == (c.first, c.stop)), None)
        if same is not None:
            old = chosen[same]
            seen = {key_of(f) for f in old.forms}
            extra = tuple(f for f in c.forms if key_of(f) not in seen)
            chosen[same] = _Candidate(old.first, old.stop, old.forms + extra, old.why)
        elif all(c.stop <= o.first or c.first >= o.stop for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.first)


def form_weight(weight: float, typed_words: int, form_words: int) -> float:
    """A form's boost: ``weight`` per word typed, shared out over the form's words."""
    return weight * max(1, typed_words) / max(1, form_words)


def _form_query(form: str, weight: float, typed_words: int = 1) -> str:
    """One expansion in the parser's syntax: a word, or a phrase, boosted by ``form_weight``."""
    clean = " ".join(_SAFE.sub(" ", form).lower().split())
    words = clean.split()
    boost = form_weight(weight, typed_words, len(words))
    if len(words) == 1:
        return f"{clean}^{boost:.3g}"
    return f'"{clean}"^{boost:.3g}'


def expand_text(text: str, lookups: Lookups, *, no_expand: Iterable[str] = ()) -> ExpandedText:
    """``text`` with its expandable spans OR-ed with their forms, and what was expanded."""
    text = join_compounds(text)
    off = {key_of(word) for word in no_expand} - {()}
    pieces: list[str] = []
    expanded: list[Expanded] = []
    at = 0
    added = 0  # characters the expansions add, within MAX_EXPANSION_CHARS
    for run in _runs(text):
        for c in _choose(_candidates(run, lookups)):
            typed = text[run[c.first].start : run[c.stop - 1].end]
            typed_key = key_of(typed)
            forms = tuple(f for f in dict.fromkeys(c.forms) if key_of(f) != typed_key)[:MAX_FORMS]
            if not forms or typed_key in off:
                continue
            weight = ACRONYM_WEIGHT if c.why is Why.ACRONYM else SYNONYM_WEIGHT
            queries = [_form_query(f, weight, len(typed.split())) for f in forms]
            while queries and added + sum(len(q) + 4 for q in queries) + 6 > MAX_EXPANSION_CHARS:
                queries.pop()
            if not queries:
                continue
            forms = forms[: len(queries)]
            alternatives = " OR ".join(queries)
            added += sum(len(q) + 4 for q in queries) + 6
            group = f"({typed})" if c.stop - c.first > 1 else typed
            pieces.append(text[at : run[c.first].start])
            pieces.append(f"({group} OR {alternatives})")
            at = run[c.stop - 1].end
            expanded.append(Expanded(typed, forms, c.why))
    if not expanded:
        return ExpandedText(text, ())
    pieces.append(text[at:])
    return ExpandedText("".join(pieces), tuple(expanded))


def expanded_query(built: BuiltQuery, text: ExpandedText, schema: Schema, *, all_words: bool) -> BuiltQuery:
    """``built`` (the typed query) searching the expanded text too.

    The typed query's text and words are kept: the exact-form boost,
    proximity, typo widening and "did you mean" work on what was typed.
    """
    if not text.expanded:
        return built
    try:
        wide = build_query(text.text, schema, built.days.start, built.days.end, all_words=all_words,
                           max_chars=2 * MAX_QUERY_CHARS + MAX_EXPANSION_CHARS)
    except QueryError:
        return built  # cannot happen for text we wrote; the typed query still runs
    return dataclasses.replace(built, query=wide.query)
