"""Turning what the user typed into a Whoosh query: built here, run elsewhere.

User text is treated as data, never trusted: control characters are dropped,
length is capped, wildcards must keep a real prefix, date filters are parsed
by us, and anything Whoosh's parser cannot make sense of becomes a readable
``QueryError`` instead of a traceback.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from whoosh import query as Q
from whoosh.fields import Schema
from whoosh.qparser import AndGroup, MultifieldParser, OrGroup, plugins

from telusur.analysis import fold, stem
from telusur.analysis.resources import compounds
from telusur.index.messages import CoreMessage
from telusur.index.schema import EXACT_FIELD

from .dates import DayRange, parse_range
from .messages import DateError, QueryError, QueryNote, QueryProblem

__all__ = ["QueryError", "BuiltQuery", "build_query", "clean_text", "positive_leaves", "positive_word_count"]

MAX_QUERY_CHARS = 500
HEADLINE_BOOST = 2.0
SEARCH_FIELDS = ("headline", "body")
MIN_WILDCARD_PREFIX = 2
FIELD_ALIASES = {"headline": ["judul", "title"], "body": ["isi", "teks", "text"]}
FIELD_CHOICES = "judul:, isi: or date:"

_DATE_TOKEN = re.compile(r"(?<!\S)(?:date|tanggal|tgl):(\"[^\"]*\"|\S+)", re.IGNORECASE)
_QUOTED_WORD = re.compile(r'"\s*([^\W_][\w\'’-]*)\s*"')
# Whoosh's boolean operators as the parser reads them (upper case only).
OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"})
# The same operators in Indonesian (upper case only: lower-case dan/atau/bukan are words).
INDONESIAN_OPERATORS = {"DAN": "AND", "ATAU": "OR", "BUKAN": "NOT"}
_INDONESIAN_OPERATOR = re.compile(r"(?<![^\s(])(DAN|ATAU|BUKAN)(?![^\s)])")
# A weight after a word, phrase or group: ``banjir^2`` (Whoosh reads only plain decimals).
_BOOST = re.compile(r"\^([^\s()\"]*)")
_VALID_BOOST = re.compile(r"[0-9]*(\.[0-9]+)?")
MAX_BOOST = 1000.0
# ``name:`` at the start of a word: a field (date: is taken out before this check).
_FIELD_PREFIX = re.compile(r"(?<![^\s(])[-+]?([^\W\d_]\w*):(?=\S)")
_PLAIN_WORD = re.compile(r"^[^\W\d_]+$")
# -word / +word at the start of a word (not inside "tokoh-tokoh").
_MINUS = re.compile(r"(?<![^\s(])-(?=[\w\"(])")
_PLUS = re.compile(r"(?<![^\s(])\+(?=[\w\"(])")
# A word with * ? (wildcard) or a trailing ~ (fuzzy), with an optional field prefix.
_PATTERN_WORD = re.compile(r"(?<![^\s(])(?:\w+:)?([^\s\"():]*(?:[*?][^\s\"():]*|\w~\d?))(?=$|[\s)])")


@dataclass(frozen=True)
class BuiltQuery:
    """A query ready to run, with what the snippet highlighter needs to know."""

    text: str  # what was searched, after dates were taken out and compounds joined
    query: Q.Query  # the Whoosh query (a NullQuery when only dates were given)
    days: DayRange
    words: tuple[str, ...]  # plain words, for "did you mean"
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def has_words(self) -> bool:
        return self.query is not Q.NullQuery


class Cleaned(NamedTuple):
    text: str
    notes: list[str]  # what was changed, for the user


class DatesTaken(NamedTuple):
    text: str  # the query without its date: parts
    days: DayRange


def clean_text(text: str, max_chars: int = MAX_QUERY_CHARS) -> Cleaned:
    """Control characters made spaces, format characters dropped, length capped, whitespace collapsed.

    Format characters (Unicode Cf: soft hyphens, zero-width spaces and joiners)
    are invisible inside words, so a pasted ``fotovol\u00adtaik`` stays one
    word, as the analyzer's ``canonical()`` keeps it at index time.
    """
    notes: list[str] = []
    text = "".join(_clean_char(ch) for ch in text)
    if len(text) > max_chars:
        text = text[:max_chars]
        notes.append(CoreMessage(QueryNote.CUT, max_chars=max_chars))
    return Cleaned(" ".join(text.split()), notes)


def _clean_char(ch: str) -> str:
    category = unicodedata.category(ch)
    if category == "Cf":
        return ""
    return " " if category[0] == "C" else ch


def extract_dates(text: str) -> DatesTaken:
    days = DayRange()
    for match in _DATE_TOKEN.finditer(text):
        try:
            days = days.intersect(parse_range(match.group(1).strip('"')))
        except DateError as err:
            raise QueryError(err.code, **err.params) from None
    return DatesTaken(_DATE_TOKEN.sub(" ", text).strip(), days)


def join_compounds(text: str) -> str:
    """``kerja sama`` -> ``kerjasama`` outside quotes, as the analyzer does in text.

    The query parser analyses one word at a time and would never see the pair.
    """
    pairs = compounds()
    parts = text.split('"')
    for i in range(0, len(parts), 2):  # even parts are outside quotes
        words = parts[i].split(" ")
        out: list[str] = []
        for word in words:
            if out and _PLAIN_WORD.match(word) and _PLAIN_WORD.match(out[-1]):
                joined = pairs.get((stem(fold(out[-1])), stem(fold(word))))
                if joined and out[-1] not in OPERATORS and word not in OPERATORS:
                    out[-1] = joined
                    continue
            out.append(word)
        parts[i] = " ".join(out)
    return '"'.join(parts)


def _outside_quotes(text: str, fn) -> str:
    parts = text.split('"')
    parts[0::2] = [fn(p) for p in parts[0::2]]
    return '"'.join(parts)


def rewrite_syntax(text: str) -> str:
    """Map the parts of our syntax Whoosh lacks onto syntax it has.

    ``-word`` becomes ``NOT word``; wildcard and fuzzy words go to the
    exact-form field, because the stemmed fields hold roots, not words.
    """

    def fix(part: str) -> str:
        part = _MINUS.sub("NOT ", part)
        part = _PLUS.sub("", part)
        return _PATTERN_WORD.sub(lambda m: f"{EXACT_FIELD}:{m.group(1)}", part)

    text = re.sub(r'(?<![^\s(])[-]"', 'NOT "', text)
    text = re.sub(r'(?<![^\s(])[+]"', '"', text)
    return _outside_quotes(text, fix)


def indonesian_operators(text: str) -> str:
    """``DAN``, ``ATAU``, ``BUKAN`` (upper case, outside quotes) as AND, OR, NOT."""
    def english(part: str) -> str:
        return _INDONESIAN_OPERATOR.sub(lambda m: INDONESIAN_OPERATORS[m.group(1)], part)

    return _outside_quotes(text, english)


def check_syntax(text: str, schema: Schema) -> None:
    """Refuse weights and fields Whoosh would silently misread (and find nothing with)."""
    outside = " ".join(text.split('"')[0::2])
    for match in _BOOST.finditer(outside):
        raw = match.group(1)
        if not raw:
            continue  # a bare ^ is ignored, as Whoosh does
        valid = _VALID_BOOST.fullmatch(raw) is not None and raw not in ("", ".")
        if not valid or not 0 < float(raw) <= MAX_BOOST:
            raise QueryError(QueryProblem.BAD_BOOST, boost=raw)
    aliases = {alias for names in FIELD_ALIASES.values() for alias in names}
    for match in _FIELD_PREFIX.finditer(outside):
        name = match.group(1)
        known = name in aliases or (name in schema.names() and schema[name].format is not None)
        if not known:
            raise QueryError(QueryProblem.UNKNOWN_FIELD, field=name, choices=FIELD_CHOICES)


def as_written(text: str) -> str:
    """Every plain word of ``text`` searched in the exact-form field, stopwords included.

    For a query made only of stopwords (``dalam``, ``yang dan``): they are
    ordinary words too (``laut dalam``), so they are searched as written rather
    than refused. Quotes are dropped: the exact field has no positions.
    """
    unquoted = text.replace('"', " ")
    return re.sub(
        r"(?<![\w:*?~-])([^\W\d_][\w'’-]*)(?![\w:*?~])",
        lambda m: m.group(1) if m.group(1) in OPERATORS else f"{EXACT_FIELD}:{m.group(1)}",
        unquoted,
    )


def _parser(schema: Schema, *, all_words: bool) -> MultifieldParser:
    parser = MultifieldParser(
        list(SEARCH_FIELDS),
        schema,
        fieldboosts={"headline": HEADLINE_BOOST},
        group=AndGroup if all_words else OrGroup.factory(0.9),
    )
    parser.remove_plugin_class(plugins.SingleQuotePlugin)  # Xi'an is a word
    parser.remove_plugin_class(plugins.RangePlugin)  # dates are ours
    parser.remove_plugin_class(plugins.EveryPlugin)  # no "*:*" dumps
    parser.add_plugin(plugins.FuzzyTermPlugin())
    parser.add_plugin(plugins.FieldAliasPlugin(FIELD_ALIASES))
    return parser


def positive_leaves(q: Q.Query) -> Iterator[Q.Query]:
    """Leaf queries that can match text (negated parts cannot)."""
    if isinstance(q, Q.Not):
        return
    if isinstance(q, Q.AndNot):
        yield from positive_leaves(q.a)
        return
    children = list(q.children())
    if children:
        for child in children:
            yield from positive_leaves(child)
    else:
        yield q


def positive_word_count(q: Q.Query) -> int:
    """How many words (or patterns) in ``q`` can match text."""
    return sum(1 for leaf in positive_leaves(q) if leaf.field() in SEARCH_FIELDS + (EXACT_FIELD,))


def _is_null(q: Q.Query) -> bool:
    return q is Q.NullQuery or isinstance(q, type(Q.NullQuery))


def _literal_prefix(pattern: str) -> str:
    return re.split(r"[*?]", pattern, maxsplit=1)[0]


def _check(q: Q.Query) -> Q.Query:
    """Refuse patterns that would expand to most of the vocabulary."""
    if isinstance(q, Q.Every):
        raise QueryError(QueryProblem.LONE_STAR)
    if isinstance(q, (Q.Wildcard, Q.Prefix)):
        if len(_literal_prefix(q.text)) < MIN_WILDCARD_PREFIX:
            shown = q.text + ("*" if isinstance(q, Q.Prefix) else "")
            raise QueryError(QueryProblem.TOO_BROAD, pattern=shown, min_prefix=MIN_WILDCARD_PREFIX)
        return q
    if isinstance(q, Q.FuzzyTerm):
        if len(q.text) < 2:
            raise QueryError(QueryProblem.FUZZY_TOO_SHORT)
        return Q.FuzzyTerm(q.fieldname, q.text, boost=q.boost, maxdist=min(q.maxdist, 2), prefixlength=1)
    if list(q.children()):
        return q.apply(_check)
    return q


def _plain_words(text: str) -> tuple[str, ...]:
    outside = " ".join(text.split('"')[0::2])
    return tuple(
        w for w in re.findall(r"(?<![\w:*?~-])[^\W\d_][\w'’-]*(?![\w:*?~])", outside) if w not in OPERATORS
    )


def build_query(
    text: str,
    schema: Schema,
    date_from: date | None = None,
    date_to: date | None = None,
    *,
    all_words: bool = True,
    max_chars: int = MAX_QUERY_CHARS,
) -> BuiltQuery:
    """Parse user text (and the date parameters) into a runnable query.

    ``all_words=False`` builds the relaxed form (any word may match) used when
    no article has every word.
    """
    if date_from and date_to and date_from > date_to:
        raise QueryError(QueryProblem.DATES_REVERSED)
    cleaned, notes = clean_text(text, max_chars)
    rest, days = extract_dates(cleaned)
    days = days.intersect(DayRange(date_from, date_to))
    if days.start and days.end and days.start > days.end:
        raise QueryError(QueryProblem.NO_COMMON_DAY)
    rest = indonesian_operators(rest)
    check_syntax(rest, schema)
    rest = join_compounds(rest)
    # A single quoted word means that exact form, not every inflection.
    rest = _QUOTED_WORD.sub(lambda m: f"{EXACT_FIELD}:{m.group(1)}", rest)
    rest = rewrite_syntax(rest)
    if not rest.strip():
        return BuiltQuery("", Q.NullQuery, days, (), tuple(notes))
    parser = _parser(schema, all_words=all_words)
    parsed = _parse(parser, rest)
    if _is_null(parsed) and _plain_words(rest.replace('"', " ")):
        # Only stopwords: search them as written instead of refusing.
        rest = as_written(rest)
        parsed = _parse(parser, rest)
    if _is_null(parsed):
        raise QueryError(QueryProblem.NOTHING_TO_SEARCH)
    return BuiltQuery(rest, parsed, days, _plain_words(rest), tuple(notes))


def _parse(parser: MultifieldParser, text: str) -> Q.Query:
    try:
        parsed = parser.parse(text)
    except Exception as err:  # Whoosh's parser has many private failure modes
        raise QueryError(QueryProblem.UNREADABLE, detail=str(err)) from None
    return _check(parsed)
