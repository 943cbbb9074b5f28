"""The plan of a search: which queries to try, in order, and why each one.

A request is first searched as typed (every word must match). When that
finds too little, fallbacks follow, each with its reason and in this order:
likely typos are searched with their corrections, every word still required
(typo-widened: ``kebakaran hutn`` finds ``kebakaran hutan``); only when that
finds nothing may any word match (relaxed), and a relaxed query that finds
little is widened with corrections in turn.
The plan is decided from the query alone; a fallback's query is built only
when its step is reached, because typo widening reads the index's vocabulary
(worth it only when little was found) and widens whichever attempt did best.
A new kind of fallback (acronyms, synonyms) is a new ``Reason``, a step in
``plan()`` and a case in ``attempt_for()``.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import Enum

from whoosh import query as Q
from whoosh.fields import Schema
from whoosh.reading import IndexReader

from telusur.index.messages import CoreMessage

from .day_ranges import DayRange
from .expand import Expanded, ExpandedText, Lookups, expand_text, expanded_query
from .messages import QueryNote
from .query import BuiltQuery, build_query, clean_text, positive_word_count
from .requests import SearchRequest
from .suggest import TYPO_BELOW, widen_typos

ORIGINAL_FIRST_BOOST = 1000.0  # after typo widening, what matched as typed ranks first


class Reason(Enum):
    """Why a query is tried."""

    AS_TYPED = "as typed"  # every word, as the user wrote the query
    RELAXED = "relaxed"  # no article had every word: any word may match
    TYPO_WIDENED = "typo-widened"  # likely typos OR-ed with their corrections

    @property
    def adds_words(self) -> bool:
        """Whether the query searches words the user did not type."""
        return self is Reason.TYPO_WIDENED


@dataclass(frozen=True)
class Step:
    """One query to try: only while the best attempt so far found fewer than ``below``."""

    reason: Reason
    below: int | None = None  # None: always
    # Typo widening of a relaxed query: skipped unless the relaxed query is the best so far.
    of_relaxed: bool = False

    def runs_after(self, found: int | None) -> bool:
        """Whether this step runs when the best attempt so far found ``found`` (None: no attempt yet)."""
        return found is None or self.below is None or found < self.below


@dataclass(frozen=True)
class Plan:
    """The query as typed and the steps to take, in order (none: nothing to search)."""

    request: SearchRequest
    as_typed: BuiltQuery
    steps: tuple[Step, ...]
    expansion: ExpandedText | None = None  # the query text with acronyms and synonyms added

    @property
    def expanded(self) -> tuple[Expanded, ...]:
        return self.expansion.expanded if self.expansion is not None else ()

    @property
    def days(self) -> DayRange:
        return self.as_typed.days

    @property
    def notes(self) -> tuple[str, ...]:
        return self.as_typed.notes


@dataclass(frozen=True)
class Attempt:
    """A query ready to run, why it is tried, and what to tell the user if it is shown."""

    reason: Reason
    built: BuiltQuery
    notes: tuple[str, ...]
    relaxed: bool = False  # any word may match (in this query or the one it widens)
    corrected: tuple[tuple[str, str], ...] = ()  # (typo, correction) pairs it searches too


def plan(request: SearchRequest, schema: Schema, lookups: Lookups | None = None) -> Plan:
    """The steps for ``request``; raises ``QueryError`` for a query that cannot run.

    ``lookups``: acronyms and synonyms to expand the query with (expand.py).
    """
    built = build_query(request.text, schema, request.date_from, request.date_to)
    if not built.has_words and built.days.is_open:
        return Plan(request, built, ())
    typed = built
    expansion = None
    if lookups is not None and built.has_words:
        # The text the typed query was built from (cut to its length), so expansion never adds back
        # words the typed query lost, nor loses the words it kept.
        expansion = expand_text(clean_text(request.text).text, lookups, no_expand=request.no_expand)
        built = expanded_query(built, expansion, schema, all_words=True)
    steps = [Step(Reason.AS_TYPED)]
    if built.words:
        steps.append(Step(Reason.TYPO_WIDENED, below=TYPO_BELOW))
    if positive_word_count(typed.query) > 1:  # the words typed, not their expansions
        steps.append(Step(Reason.RELAXED, below=1))
        if built.words:
            steps.append(Step(Reason.TYPO_WIDENED, below=TYPO_BELOW, of_relaxed=True))
    return Plan(request, built, tuple(steps), expansion)


def attempt_for(
    step: Step, planned: Plan, schema: Schema, reader: IndexReader, best: Attempt | None
) -> Attempt | None:
    """The query for ``step``, or None when the step has nothing to add."""
    built = planned.as_typed
    if step.reason is Reason.AS_TYPED:
        return Attempt(Reason.AS_TYPED, built, built.notes)
    if step.reason is Reason.RELAXED:
        request = planned.request
        # Only the words typed: with any word allowed to match, expansions let
        # one acronym's long form outrank the rest (bench/eval: compound q41, typo q57).
        loose = build_query(request.text, schema, request.date_from, request.date_to, all_words=False)
        return Attempt(Reason.RELAXED, loose, loose.notes, relaxed=True)
    if step.reason is Reason.TYPO_WIDENED:
        base = best or Attempt(Reason.AS_TYPED, built, built.notes)
        if step.of_relaxed and base.reason is not Reason.RELAXED:
            return None  # the query as typed was widened already
        return _typo_widened(base, schema, reader)
    raise ValueError(f"no query for {step.reason}")


def _typo_widened(base: Attempt, schema: Schema, reader: IndexReader) -> Attempt | None:
    """``base`` with likely typos corrected; the articles ``base`` finds stay first."""
    widened = widen_typos(reader, base.built.text, base.built.words)
    if widened is None:
        return None
    wide = build_query(widened.text, schema, base.built.days.start, base.built.days.end, all_words=True)
    first = Q.Or([base.built.query], boost=ORIGINAL_FIRST_BOOST)
    wide = dataclasses.replace(wide, query=Q.AndMaybe(wide.query, first))
    notes = base.notes + tuple(CoreMessage(QueryNote.ALSO_SHOWING, word=fix) for fix in widened.fixes)
    corrected = tuple(zip(widened.typos, widened.fixes, strict=True))
    return Attempt(Reason.TYPO_WIDENED, wide, notes, relaxed=base.relaxed, corrected=corrected)
