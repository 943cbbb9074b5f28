"""Turning what the user typed into a Whoosh query: built here, run elsewhere.

User text is treated as data, never trusted: control characters are dropped,
length is capped, wildcards must keep a real prefix, date filters are parsed
by us, and anything Whoosh's parser cannot make sense of becomes a readable
``QueryError`` instead of a traceback.

The grammar lives in Whoosh's query parser, extended by the plugins below
(``_parser``): the Indonesian operators DAN/ATAU/BUKAN beside AND/OR/NOT,
``-word`` as NOT, ``+word`` as the word, weights checked as they are read,
unknown fields refused, wildcard, fuzzy and single quoted words sent to the
exact-form field, ``date:``/``tanggal:`` filters read into a ``DayRange``
(and cut from the text a ``BuiltQuery`` keeps), and the words of a
stopword-only query searched as written. Quoting is parsed once, by the
parser. One step still works on the text before it: compound pairs are
joined (``join_compounds``), because the expansion stage and the words kept
for "did you mean" and the exact-form boost need the joined text.
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
from whoosh.qparser import AndGroup, MultifieldParser, OrGroup, plugins, syntax

from telusur.analysis import fold, stem
from telusur.analysis.resources import compounds
from telusur.index.messages import CoreMessage
from telusur.index.schema import EXACT_FIELD

from .day_ranges import DayRange, parse_range
from .messages import DateError, QueryError, QueryNote, QueryProblem

__all__ = ["QueryError", "BuiltQuery", "build_query", "clean_text", "positive_leaves", "positive_word_count"]

MAX_QUERY_CHARS = 500
HEADLINE_BOOST = 2.0
SEARCH_FIELDS = ("headline", "body")
MIN_WILDCARD_PREFIX = 2
FIELD_ALIASES = {"headline": ["judul", "title"], "body": ["isi", "teks", "text"]}

# The English operators as Whoosh reads them, and their Indonesian names (upper case
# only: lower-case dan/atau/bukan are words). Both are operators in the text a BuiltQuery keeps.
INDONESIAN_OPERATORS = {"DAN": "AND", "ATAU": "OR", "BUKAN": "NOT"}
OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", *INDONESIAN_OPERATORS})
NEGATIONS = frozenset({"NOT", "ANDNOT", "BUKAN"})
_VALID_BOOST = re.compile(r"[0-9]*(\.[0-9]+)?")
MAX_BOOST = 1000.0
_PLAIN_WORD = re.compile(r"^[^\W\d_]+$")
_ONE_WORD = re.compile(r"\s*([^\W_][\w'’-]*)\s*")
# Where an operator word, a ``-`` or a ``+`` may start: the text's start, a space or "(".
_WORD_START = r"(?:^|(?<=[\s(]))"


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


class _DatesPlugin(plugins.TaggingPlugin):
    """``date:``, ``tanggal:`` or ``tgl:`` and a day, month, year or range: a filter, not words.

    Whoosh's own date plugin widens ranges and knows no Indonesian month
    names, so the value is read by ``dates.parse_range``. The nodes leave the
    tree before anything else sees it; ``days`` and ``spans`` say what they held.
    """

    expr = r"(?i)(?<![^\s(])(?:date|tanggal|tgl):(?P<text>\"[^\"]*\"|[^\s()]+)"  # may stand in brackets
    priority = -1  # before the field tagger reads "date:" as a field

    class DateNode(syntax.SyntaxNode):
        def __init__(self, days: DayRange) -> None:
            self.days = days

    def __init__(self) -> None:
        super().__init__()
        self.days = DayRange()
        self.spans: list[tuple[int, int]] = []

    def create(self, parser, match):
        try:
            return self.DateNode(parse_range(match.group("text").strip('"')))
        except DateError as err:
            raise QueryError(err.code, **err.params) from None

    def filters(self, parser):
        return [(self.take, -1)]

    def take(self, parser, group):
        kept = group.empty_copy()
        for node in group:
            if isinstance(node, self.DateNode):
                self.days = self.days.intersect(node.days)
                self.spans.append((node.startchar, node.endchar))
            else:
                kept.append(self.take(parser, node) if isinstance(node, syntax.GroupNode) else node)
        return kept

    def without_dates(self, text: str) -> str:
        for start, end in sorted(self.spans, reverse=True):
            text = text[:start] + " " + text[end:]
        return " ".join(text.split())


class _PlusPlugin(plugins.TaggingPlugin):
    """``+word`` is the word (every word is required already): the ``+`` is read as a space."""

    expr = _WORD_START + r"\+(?=[\w\"(])"
    nodetype = syntax.Whitespace


class _CheckedBoostPlugin(plugins.BoostPlugin):
    """``^`` and what follows up to a space or bracket: a weight in (0, 1000], or a readable refusal.

    Whoosh reads only plain decimals and turns anything else into a word, so
    ``presiden^nan`` silently searched for "nan".
    """

    expr = r"\^(?P<boost>[^\s()\"]*)"

    def create(self, parser, match):
        raw = match.group("boost")
        if not raw:
            return syntax.WordNode(match.group(0))  # a bare ^ is a word of no letters: ignored, as Whoosh does
        if _VALID_BOOST.fullmatch(raw) is None or raw == "." or not 0 < float(raw) <= MAX_BOOST:
            raise QueryError(QueryProblem.BAD_BOOST, boost=raw)
        return self.BoostNode(match.group(0), float(raw))


class _KnownFieldsPlugin(plugins.Plugin):
    """Refuses ``name:`` for a field the user cannot search (Whoosh would search the text "name:x")."""

    def __init__(self, schema: Schema) -> None:
        aliases = {alias for names in FIELD_ALIASES.values() for alias in names}
        self.known = aliases | {name for name in schema.names() if schema[name].format is not None}

    def filters(self, parser):
        return [(self.check, 80)]  # before the aliases (90) and the fields (100) are applied

    def check(self, parser, group):
        for node in group:
            if isinstance(node, syntax.GroupNode):
                self.check(parser, node)
            elif isinstance(node, syntax.FieldnameNode) and node.fieldname not in self.known:
                raise QueryError(QueryProblem.UNKNOWN_FIELD, field=node.fieldname)
        return group


class _ExactFormsPlugin(plugins.Plugin):
    """Words that must match as written go to the exact-form field.

    Wildcard and fuzzy words (the stemmed fields hold roots, not words), a
    single quoted word (that form, not every inflection), and, when
    ``as_written``, every word: a query of only stopwords searches them as
    ordinary words (``laut dalam``) rather than being refused. Runs after the
    explicit fields (100) and before the words are spread over the fields (110).
    """

    def __init__(self, as_written: bool) -> None:
        self.as_written = as_written

    def filters(self, parser):
        return [(self.exact, 105)]

    def exact(self, parser, group):
        for i, node in enumerate(group):
            if isinstance(node, syntax.GroupNode):
                group[i] = self.exact(parser, node)
            elif isinstance(node, (plugins.WildcardPlugin.WildcardNode, plugins.PrefixPlugin.PrefixNode,
                                   plugins.FuzzyTermPlugin.FuzzyTermNode)):
                node.set_fieldname(EXACT_FIELD, override=True)
            elif isinstance(node, plugins.PhrasePlugin.PhraseNode):
                group[i] = self._phrase(node)
            elif self.as_written and isinstance(node, syntax.WordNode) and node.fieldname is None:
                node.set_fieldname(EXACT_FIELD)
        return group

    def _phrase(self, node):
        one = _ONE_WORD.fullmatch(node.text)
        if one is None and not self.as_written:
            return node
        words = [one.group(1)] if one else node.text.split()  # the exact field has no positions
        exact = []
        for text in words:
            word = syntax.WordNode(text)
            word.startchar, word.endchar = node.startchar, node.endchar
            word.set_fieldname(EXACT_FIELD)
            word.set_boost(node.boost)
            exact.append(word)
        return exact[0] if len(exact) == 1 else syntax.AndGroup(exact)


def _parser(schema: Schema, *, all_words: bool, as_written: bool = False) -> MultifieldParser:
    """Whoosh's parser with Telusur's grammar; its ``_DatesPlugin`` holds the dates it read."""
    parser = MultifieldParser(
        list(SEARCH_FIELDS),
        schema,
        fieldboosts={"headline": HEADLINE_BOOST},
        group=AndGroup if all_words else OrGroup.factory(0.9),
    )
    parser.remove_plugin_class(plugins.SingleQuotePlugin)  # Xi'an is a word
    parser.remove_plugin_class(plugins.RangePlugin)  # dates are ours
    parser.remove_plugin_class(plugins.EveryPlugin)  # no "*:*" dumps
    # A field name starts a word and is followed by its value ("judul: x" is two words).
    parser.replace_plugin(plugins.FieldsPlugin(r"(?<![^\s(+-])(?P<text>[^\W\d_]\w*):(?=\S)"))
    parser.replace_plugin(plugins.OperatorsPlugin(
        And=r"(?<=\s)(?:AND|DAN)(?=\s)",
        Or=r"(?<=\s)(?:OR|ATAU)(?=\s)",
        Not=_WORD_START + r"(?:(?:NOT|BUKAN)(?=\s)|-(?=[\w\"(]))",
    ))
    parser.remove_plugin_class(plugins.BoostPlugin)
    parser.add_plugin(_CheckedBoostPlugin())
    parser.add_plugin(_DatesPlugin())
    parser.add_plugin(_PlusPlugin())
    parser.add_plugin(_KnownFieldsPlugin(schema))
    parser.add_plugin(_ExactFormsPlugin(as_written))
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
    joined = join_compounds(cleaned)
    parser = _parser(schema, all_words=all_words)
    parsed = _parse(parser, joined)
    dates = _dates_of(parser)
    days = dates.days.intersect(DayRange(date_from, date_to))
    if days.start and days.end and days.start > days.end:
        raise QueryError(QueryProblem.NO_COMMON_DAY)
    rest = dates.without_dates(joined)
    if not rest:
        return BuiltQuery("", Q.NullQuery, days, (), tuple(notes))
    if _is_null(parsed) and _plain_words(rest.replace('"', " ")):
        # Only stopwords: search them as written instead of refusing.
        parsed = _parse(_parser(schema, all_words=all_words, as_written=True), joined)
    if _is_null(parsed):
        raise QueryError(QueryProblem.NOTHING_TO_SEARCH)
    return BuiltQuery(rest, parsed, days, _plain_words(rest), tuple(notes))


def _dates_of(parser: MultifieldParser) -> _DatesPlugin:
    return next(p for p in parser.plugins if isinstance(p, _DatesPlugin))


def _parse(parser: MultifieldParser, text: str) -> Q.Query:
    try:
        parsed = parser.parse(text)
    except QueryError:
        raise  # ours, from a plugin: already readable
    except Exception as err:  # Whoosh's parser has many private failure modes
        raise QueryError(QueryProblem.UNREADABLE, detail=str(err)) from None
    return _check(parsed)
