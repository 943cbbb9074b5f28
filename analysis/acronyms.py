"""Finds abbreviation definitions in article text: "Long Form (ACR)" and "ACR (Long Form)".

The method is Schwartz & Hearst's: A. S. Schwartz and M. A. Hearst, "A Simple
Algorithm for Identifying Abbreviation Definitions in Biomedical Text",
Pacific Symposium on Biocomputing 8:451-462, 2003. As there, a candidate is a
parenthesis next to a word run; the parenthesis is the short form when it is
one or two words (otherwise the word before it is, and the parenthesis the
long form); the long form window is at most min(|A| + 5, 2|A|) words; the
short form's characters must be found in order in the long form, and the
shortest long form that explains them wins.

Adapted to Indonesian, where an acronym often takes syllables, not initials
(Kemenkumham = KEMENterian huKUM dan HAM, Polda = kePOLisian DAerah, Kaltim =
KALimantan TIMur). S&H's bare character matching would accept almost any
capitalised word in parentheses, so the matching here is stricter and scored:
the short form is cut into pieces, each piece taken from one long-form word,
in order; a piece starts at the word's start, after an affix (ke-, pe-, per-,
peng-, ...: *kePOLisian*) or, after the first piece, at a syllable onset
(*huKUM*); gaps inside a piece, skipped content words and a skipped last word
(Menlu = MENteri LUar negeri) cost, and a candidate whose cost exceeds a
budget that grows with the short form's length is rejected. Also rejected:
parentheses that are numbers, credits or directions ("(22)", "(foto:
ANTARA)", "(kanan)", "(ist)", "(Reuters)"), short forms with no capital letter,
one-word long forms (nicknames: "Tajudin (Udin)"), long forms that name a
person by an honorific or after a cue such as *tersangka* or *berinisial*, and
three or more capitals for two capitalised non-dictionary words (Miftahul
Ulum (MIU), how KPK codes a suspect).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import cache, lru_cache

from .normalize import fold
from .stemmer import stem


class Order(Enum):
    LONG_FIRST = "long_first"  # Badan Usaha Milik Negara (BUMN)
    SHORT_FIRST = "short_first"  # BUMN (Badan Usaha Milik Negara)


@dataclass(frozen=True)
class Definition:
    """One definition as written: the short form keeps its case, the long form its spelling."""

    short: str
    long: str
    order: Order
    start: int  # span of the whole definition in the text, parenthesis included
    end: int
    cost: float


_WORD = re.compile(r"[^\W_]+")
# Where a long form cannot reach back past: sentence ends, quotes, colons, brackets.
_PARENS = re.compile(r"[()]")
_BARRIER = re.compile(r"[.;:!?\"“”()\[\]\n]")
_SHORT_SHAPE = re.compile(r"[^\W_][\w.&/'’-]*(?: [\w.&/'’-]+)?")
_VOWELS = frozenset("aeiou")
# Indonesian prefixes an acronym syllable may follow inside a word (kePOLisian, peNDIDIKan).
_AFFIXES = ("ke", "pe", "per", "pen", "pem", "peng", "peny", "me", "mem", "men", "meng", "ber", "se", "di", "ter")
# Words a long form may skip cheaply (Kementerian Hukum dan HAM, Bank of America).
_FUNCTION_WORDS = frozenset(
    "dan di ke dari yang untuk atas serta pada dalam tentang bagi oleh atau dengan "
    "the of and for in on to de la del des du van von".split()
)
# Parentheses that are credits, directions, sources or legal forms, never short forms.
_NOT_SHORT = frozenset(
    "foto ist istimewa dok dokumentasi red ilustrasi kanan kiri tengah atas bawah belakang depan "
    "persero tbk reuters antara afp ap net int sumber video grafis ant okezone kompas detik "
    "int'l ilust youtube instagram twitter facebook ig".split()
)
# Titles that open a person's name: such a "long form" is a name, its "acronym" initials.
_HONORIFICS = frozenset("h hj dr drs dra ir prof pak bu bapak ibu sdr sdri kh habib ustaz ustadz tn ny nn".split())
# Words after which a capitalised run is a person (tersangka Muhammad Rizki (MR)).
_PERSON_CUES = frozenset(
    "tersangka pelaku korban bernama berinisial inisial alias terdakwa terpidana saksi pria wanita "
    "perempuan bocah pemuda remaja almarhum almarhumah istri suami putra putri".split()
)

# Trailing words that are never part of a long form: an editor's mark or a company's legal form
# ("pekerjaan rumah-red", "PT Eastparc Hotel Tbk (EAST)").
_TRAILERS = frozenset("red tbk persero".split())

_START_COST = {"start": 0.0, "affix": 0.5, "onset": 0.7}
_GAP_COST = 0.5
_SKIP_FUNCTION = 0.1
_SKIP_CONTENT = 1.0
_SKIP_LAST = 1.0
_COMMA = 0.3


def _budget(length: int) -> float:
    """How much mismatch a short form of ``length`` characters may carry."""
    return 0.5 + 0.3 * length


@dataclass(frozen=True)
class _Word:
    text: str  # folded
    start: int
    end: int
    comma_before: bool


@lru_cache(maxsize=1 << 14)
def _piece_starts(word: str, *, first: bool) -> tuple[tuple[int, str], ...]:
    """Positions a piece may start at inside ``word``, with the kind of start."""
    starts = [(0, "start")]
    for affix in _AFFIXES:
        if len(word) > len(affix) + 1 and word.startswith(affix):
            starts.append((len(affix), "affix"))
    if not first:
        for i in range(1, len(word) - 1):
            if word[i] not in _VOWELS and word[i].isalpha() and word[i + 1] in _VOWELS:
                starts.append((i, "onset"))
    seen: dict[int, str] = {}
    for pos, kind in starts:
        if pos not in seen or _START_COST[kind] < _START_COST[seen[pos]]:
            seen[pos] = kind
    return tuple(sorted(seen.items()))


@lru_cache(maxsize=1 << 16)
def _piece_cost(word: str, piece: str, *, first: bool) -> float | None:
    """Cheapest way ``piece`` can be taken from ``word`` (None: it cannot).

    Cached, as ``_piece_starts``: the same few words and letter runs recur in
    every alignment of an article and across articles (a third of the time
    of finding definitions went to these two).
    """
    best: float | None = None
    for pos, kind in _piece_starts(word, first=first):
        if word[pos] != piece[0]:
            continue
        cost = _START_COST[kind]
        at = pos + 1
        for ch in piece[1:]:
            found = word.find(ch, at)
            if found < 0:
                break
            if found != at:
                cost += _GAP_COST
            at = found + 1
        else:
            if best is None or cost < best:
                best = cost
    return best


def _align(words: list[_Word], letters: str) -> tuple[float, int] | None:
    """Best alignment of ``letters`` onto a suffix of ``words``: (cost, first word index).

    At least two words must give letters.
    Every long form ends at the last word (one skipped last word allowed), so
    the search runs over where the long form starts; among equal costs the
    shortest long form wins, as in S&H.
    """
    n, m = len(words), len(letters)

    @cache
    def rest(i: int, j: int) -> tuple[float, int] | None:
        # (cost, words used) of explaining letters[j:] with words[i:]
        if j == m:
            if i == n:
                return 0.0, 0
            if i == n - 1:
                return (_SKIP_LAST, 0) if words[i].text not in _FUNCTION_WORDS else None
            return None
        if i == n:
            return None
        word = words[i]
        best = None
        skip = _SKIP_FUNCTION if word.text in _FUNCTION_WORDS else _SKIP_CONTENT
        if i > 0 and word.text == words[i - 1].text:
            skip = 0.0  # the second half of Undang-Undang, Bangsa-Bangsa
        after = rest(i + 1, j)
        if after is not None:
            best = (skip + after[0], after[1])
        for k in range(j + 1, m + 1):
            piece = _piece_cost(word.text, letters[j:k], first=False)
            if piece is None:
                continue
            after = rest(i + 1, k)
            if after is not None:
                total = piece + after[0] + (_COMMA if word.comma_before else 0.0)
                if best is None or total < best[0]:
                    best = (total, after[1] + 1)
        return best

    found: tuple[float, int] | None = None
    for st in range(n - 1, -1, -1):
        word = words[st]
        for k in range(1, m + 1):
            piece = _piece_cost(word.text, letters[:k], first=True)
            if piece is None:
                continue
            after = rest(st + 1, k)
            # one contributing word is a nickname (Milomir Seslija (Milo)), not an acronym
            if after is None or after[1] < 1:
                continue
            total = piece + after[0]
            if found is None or total < found[0] - 1e-9:
                found = (total, st)
    return found


def _letters(short: str) -> str:
    return "".join(ch for ch in fold(short) if ch.isalnum())


def _valid_short(short: str) -> bool:
    letters = _letters(short)
    if not 2 <= len(letters) <= 16 or not _SHORT_SHAPE.fullmatch(short):
        return False
    if not short[0].isalpha() or not any(ch.isupper() for ch in short):
        return False
    return fold(short) not in _NOT_SHORT and not letters.isdigit()


def _words(text: str, offset: int) -> list[_Word]:
    out = []
    last = 0
    for m in _WORD.finditer(text):
        out.append(_Word(fold(m.group()), offset + m.start(), offset + m.end(), "," in text[last : m.start()]))
        last = m.end()
    while out and out[-1].text in _TRAILERS:
        out.pop()
    return out


@cache
def _dictionary() -> frozenset[str]:
    """PySastrawi's Indonesian root words (already a dependency, for stopwords)."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return frozenset(StemmerFactory().get_words())


def _is_person(words: list[_Word], start: int, before: list[_Word]) -> bool:
    if words[start].text in _HONORIFICS:
        return True
    return bool(before) and (before[-1].text in _PERSON_CUES or before[-1].text in _HONORIFICS)


def _restates(short: str, long: str) -> bool:
    """The "long form" holds the short form as a word, or is the same letters (Speed Up (speed up))."""
    return fold(short) in _WORD.findall(fold(long)) or _letters(short) == _letters(long)


def _is_name_code(short: str, long: str) -> bool:
    """Letters of a two-word name, as KPK press releases code suspects: Miftahul Ulum (MIU).

    Three or more capitals for two capitalised words, neither an Indonesian
    word (nor its stem a root word: Peraturan Pemerintah stays). Two-letter
    forms are left alone: they are public figures' (Jusuf Kalla (JK)) or
    English terms' (Artificial Intelligence (AI)) far more often.
    """
    parts = long.split()
    return (
        short.isupper()
        and len(_letters(short)) >= 3
        and len(parts) == 2
        and all(p.isalpha() and p[0].isupper() and p[1:].islower() for p in parts)
        and not any(fold(p) in _dictionary() or stem(fold(p)) in _dictionary() for p in parts)
    )


def _long_first(text: str, left: int, open_at: int, short: str) -> tuple[str, float, int] | None:
    """Long form ending just before ``open_at``: (long form, cost, its start)."""
    letters = _letters(short)
    limit = min(len(letters) + 5, 2 * len(letters))
    every = _words(text[left:open_at], left)
    hit = _long_form_in(text, every, every[-limit:], short, letters)
    if hit is None or text[hit[2]].islower():
        return hit
    # A capitalised long form does not end in a lower-case word the acronym skipped
    # ("Yayasan Lembaga Bantuan Hukum Indonesia akan (YLBHI)"): try without it.
    if text[every[-1].start].islower() and hit[0].split()[-1] == text[every[-1].start : every[-1].end]:
        every = every[:-1]
        return _long_form_in(text, every, every[-limit:], short, letters)
    return hit


def _long_form_in(
    text: str, every: list[_Word], window: list[_Word], short: str, letters: str
) -> tuple[str, float, int] | None:
    """The best long form within ``window`` (the tail of ``every``), checked for names."""
    if len(window) < 2:
        return None
    found = _align(window, letters)
    if found is None:
        return None
    cost, st = found
    if cost > _budget(len(letters)) or len(window) - st < 2:
        return None
    before = every[: len(every) - len(window) + st]
    if _is_person(window, st, before):
        return None
    long = " ".join(text[window[st].start : window[-1].end].split())
    if _restates(short, long) or short in long.split() or _is_name_code(short, long):
        return None
    return long, cost, window[st].start


def _short_first(inner: str, inner_at: int, short: str) -> tuple[str, float] | None:
    """The whole parenthesis as the long form of the word before it."""
    letters = _letters(short)
    words = _words(inner, inner_at)
    if len(words) < 2 or len(words) > min(len(letters) + 5, 2 * len(letters)):
        return None
    found = _align(words, letters)
    if found is None:
        return None
    cost, st = found
    if st != 0 or cost > _budget(len(letters)) or words[0].text in _HONORIFICS:
        return None
    long = " ".join(inner[words[0].start - inner_at : words[-1].end - inner_at].split())
    if _restates(short, long) or _is_name_code(short, long):
        return None
    return long, cost


def _groups(text: str) -> list[tuple[int, int, int]]:
    """Balanced parentheses as (open, close, enclosing open or -1), inner groups too."""
    out: list[tuple[int, int, int]] = []
    if "(" not in text:  # most articles: no character-by-character walk
        return out
    stack: list[int] = []
    for m in _PARENS.finditer(text):
        i, ch = m.start(), m.group()
        if ch == "(":
            stack.append(i)
        elif stack:
            opened = stack.pop()
            out.append((opened, i, stack[-1] if stack else -1))
    return sorted(out)


def _flat_inner(text: str, open_at: int, close_at: int, groups: list[tuple[int, int, int]]) -> str:
    """The parenthesis content with nested parentheses blanked (offsets kept)."""
    chars = list(text[open_at + 1 : close_at])
    for o, c, parent in groups:
        if parent == open_at:
            for i in range(o, c + 1):
                chars[i - open_at - 1] = " "
    return "".join(chars)


def _left_edge(text: str, open_at: int, enclosing: int) -> int:
    """Where the long form window may start: after the last barrier before ``open_at``."""
    lo = enclosing + 1 if enclosing >= 0 else max(0, open_at - 400)
    edge = lo
    for m in _BARRIER.finditer(text, lo, open_at):
        edge = m.end()
    return edge


def find_definitions(text: str) -> list[Definition]:
    """Every abbreviation definition in ``text``, in text order."""
    found = []
    groups = _groups(text)
    for open_at, close_at, enclosing in groups:
        inner = _flat_inner(text, open_at, close_at, groups)
        content = " ".join(inner.split())
        if not content:
            continue
        left = _left_edge(text, open_at, enclosing)
        if _valid_short(content):
            hit = _long_first(text, left, open_at, content)
            if hit is not None:
                long, cost, start = hit
                found.append(Definition(content, long, Order.LONG_FIRST, start, close_at + 1, cost))
                continue
        before = _WORD.findall(text[left:open_at])
        if len(content.split()) >= 2 and before and _valid_short(before[-1]):
            short = before[-1]
            hit2 = _short_first(inner, open_at + 1, short)
            if hit2 is not None:
                long, cost = hit2
                start = text.rfind(short, left, open_at)
                found.append(Definition(short, long, Order.SHORT_FIRST, start, close_at + 1, cost))
    return found
