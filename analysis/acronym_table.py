"""Acronym pairs learnt from an archive: counted per article, mergeable, decided honestly.

Each article contributes the set of distinct (acronym, long form) pairs it
defines (``document_pairs``); the table counts, per pair, how many articles
define it. Counting articles rather than mentions keeps one article that
repeats a definition from outvoting the archive. Because an article's pairs
are a set that can be recomputed from its text, removing or replacing an
article subtracts exactly what it added, so the table follows the index
incrementally; it round-trips through JSON to live beside the index.

``expansions`` turns the counts into query-time lookups under a ``Policy``: an
acronym expands only to a long form that has enough support *and* a dominant
share of the acronym's definitions (PP = Peraturan Pemerintah only if other
PPs are rare); otherwise it does not expand at all. Long forms that analyse to
the same index terms (with or without commas, Undang-Undang or Undang-undang)
count as one sense.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from enum import Enum
from typing import NamedTuple

from .acronyms import find_definitions
from .normalize import fold, terms
from .resources import stopwords

FORMAT = 1


class Pair(NamedTuple):
    """An acronym as written (case kept) and its long form's folded words."""

    short: str
    long: str


def long_key(long: str) -> str:
    """The long form's folded words, punctuation dropped: the pair's spelling-neutral key."""
    return " ".join("".join(ch if ch.isalnum() else " " for ch in fold(long)).split())


def acronym_key(short: str) -> str:
    """Folded letters and digits only, so PDI-P, PDIP and Pdip are one acronym."""
    return "".join(ch for ch in fold(short) if ch.isalnum())


def document_pairs(text: str) -> frozenset[Pair]:
    """The distinct pairs one article defines; what phase 2 stores per document."""
    return frozenset(Pair(" ".join(d.short.split()), long_key(d.long)) for d in find_definitions(text))


@dataclass
class AcronymTable:
    """Articles defining each pair; add, remove and merge keep it in step with the index."""

    counts: Counter[Pair] = field(default_factory=Counter)

    @classmethod
    def from_documents(cls, documents: Iterable[Iterable[Pair]]) -> AcronymTable:
        table = cls()
        for pairs in documents:
            table.add(pairs)
        return table

    def add(self, pairs: Iterable[Pair]) -> None:
        for pair in set(pairs):
            self.counts[pair] += 1

    def remove(self, pairs: Iterable[Pair]) -> None:
        """Subtracts one article's pairs; a pair the table never counted means it is out of step."""
        pairs = set(pairs)
        missing = [p for p in pairs if self.counts.get(p, 0) <= 0]
        if missing:
            raise ValueError(f"acronym table out of step with the index (missing {missing[0]}); rebuild it")
        for pair in pairs:
            self.counts[pair] -= 1
            if not self.counts[pair]:
                del self.counts[pair]

    def merge(self, other: AcronymTable) -> None:
        self.counts.update(other.counts)

    def to_json(self) -> str:
        rows = sorted([p.short, p.long, n] for p, n in self.counts.items())
        return json.dumps({"format": FORMAT, "pairs": rows}, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> AcronymTable:
        """Reads ``to_json`` output; anything else is a ValueError saying what is wrong."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as err:
            raise ValueError(f"acronym table is not JSON: {err}") from None
        except RecursionError:
            raise ValueError("acronym table is nested too deeply to read") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("pairs"), list):
            raise ValueError(f"acronym table has an unknown format (want format {FORMAT})")
        table = cls()
        for row in data["pairs"]:
            ok = isinstance(row, list) and len(row) == 3
            if not ok or not (isinstance(row[0], str) and isinstance(row[1], str) and isinstance(row[2], int)):
                raise ValueError(f"acronym table has a bad row: {row!r}")
            if row[2] > 0:
                table.counts[Pair(row[0], row[1])] += row[2]
        return table

    def expansions(self, policy: Policy | None = None, terms_cache: dict[str, tuple[str, ...]] | None = None
                   ) -> Expansions:
        """``terms_cache``: long form -> index terms, filled in; keep it to skip the stemmer next time."""
        return build_expansions(self.counts, policy or Policy(), terms_cache)


@dataclass(frozen=True)
class Policy:
    """When a learnt pair is trusted enough to expand a query."""

    min_support: int = 2  # articles defining the pair
    min_share: float = 0.8  # of all the acronym's definitions
    # Acronyms this short, or spelling a stopword, expand only when typed in their case (AS, not "as").
    case_sensitive_max_len: int = 2


class Verdict(Enum):
    EXPANDS = "expands"
    AMBIGUOUS = "ambiguous"  # several senses, none dominant
    TOO_RARE = "too_rare"  # dominant but not defined in enough articles


@dataclass(frozen=True)
class Sense:
    long: str  # the most common spelling among the long forms with these terms
    terms: tuple[str, ...]
    support: int


@dataclass(frozen=True)
class Decision:
    """What one acronym does at query time, and the counts that decided it."""

    acronym: str  # most common spelling
    surfaces: tuple[str, ...]  # every spelling seen, most common first
    senses: tuple[Sense, ...]  # most supported first
    verdict: Verdict
    case_sensitive: bool

    @property
    def total(self) -> int:
        return sum(s.support for s in self.senses)

    @property
    def chosen(self) -> Sense | None:
        return self.senses[0] if self.verdict is Verdict.EXPANDS else None


@dataclass(frozen=True)
class Expansions:
    """Query-time lookups in both directions, built from a table under a policy."""

    decisions: dict[str, Decision]  # acronym_key -> decision, every acronym seen
    by_terms: dict[tuple[str, ...], tuple[str, ...]]  # long form's index terms -> acronyms

    def long_forms(self, token: str) -> tuple[str, ...]:
        """Long forms for a query token as typed (original case): "AS" expands, "as" does not."""
        decision = self.decisions.get(acronym_key(token))
        if decision is None or decision.chosen is None:
            return ()
        if decision.case_sensitive and not any(_same_case(token, s) for s in decision.surfaces):
            return ()
        return (decision.chosen.long,)

    def acronyms(self, words: Sequence[str]) -> list[tuple[int, int, tuple[str, ...]]]:
        """Long forms found in a query's index terms: (start, end, acronyms), longest first, no overlap."""
        found = []
        longest = max((len(k) for k in self.by_terms), default=0)
        i = 0
        while i < len(words):
            for size in range(min(longest, len(words) - i), 1, -1):
                hit = self.by_terms.get(tuple(words[i : i + size]))
                if hit:
                    found.append((i, i + size, hit))
                    i += size
                    break
            else:
                i += 1
        return found


def _same_case(token: str, surface: str) -> bool:
    letters = [ch for ch in token if ch.isalpha()]
    model = [ch for ch in surface if ch.isalpha()]
    return len(letters) == len(model) and all(a.isupper() == b.isupper() for a, b in zip(letters, model, strict=True))


def _terms(long: str) -> tuple[str, ...]:
    return tuple(w.text for w in terms(long))


def _variant(a: str, b: str) -> bool:
    """Spellings of one long form: same words give or take a typo, or one extra word.

    Word by word, so "sumber daya air" and "sumber daya alam" stay two senses
    while "daftar inventaris masalah" and "daftar inventarisasi masalah",
    "wahana lingkungan hidup (indonesia)" or "menteri koordinator (bidang)
    politik hukum dan keamanan" are one.
    """
    x, y = a.split(), b.split()
    if len(x) != len(y):
        short, long = sorted((x, y), key=len)
        return len(long) == len(short) + 1 and any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
    return all(p == q or SequenceMatcher(None, p, q).ratio() >= 0.8 for p, q in zip(x, y, strict=True))


def _merge_variants(ranked: list[Sense]) -> list[Sense]:
    """Folds each sense into the best-supported one it is a variant of."""
    heads: list[Sense] = []
    for sense in ranked:
        for i, head in enumerate(heads):
            if _variant(head.long, sense.long):
                heads[i] = Sense(head.long, head.terms, head.support + sense.support)
                break
        else:
            heads.append(sense)
    return sorted(heads, key=lambda s: (-s.support, s.long))


def _spell_out(long: str, spelled: dict[str, str]) -> str:
    """A long form with the trusted acronyms inside it written out (Menteri Hukum dan HAM)."""
    return " ".join(spelled.get(word, word) for word in long.split())


def _decide(key: str, rows: list[tuple[Pair, int]], policy: Policy, spelled: dict[str, str],
            cache: dict[str, tuple[str, ...]]) -> Decision | None:
    spellings: Counter[str] = Counter()
    senses: dict[tuple[str, ...], Counter[str]] = {}
    for pair, n in rows:
        spellings[pair.short] += n
        long = _spell_out(pair.long, spelled)
        if long not in cache:
            cache[long] = _terms(long)
        senses.setdefault(cache[long], Counter())[pair.long] += n
    ranked = _merge_variants(sorted(
        (Sense(forms.most_common(1)[0][0], t, sum(forms.values())) for t, forms in senses.items() if t),
        key=lambda s: (-s.support, s.long),
    ))
    if not ranked:
        return None
    total = sum(s.support for s in ranked)
    top = ranked[0]
    if top.support / total < policy.min_share:
        verdict = Verdict.AMBIGUOUS
    elif top.support < policy.min_support:
        verdict = Verdict.TOO_RARE
    else:
        verdict = Verdict.EXPANDS
    case_sensitive = len(key) <= policy.case_sensitive_max_len or key in stopwords()
    surfaces = tuple(s for s, _ in spellings.most_common())
    return Decision(surfaces[0], surfaces, tuple(ranked), verdict, case_sensitive)


def build_expansions(counts: Counter[Pair], policy: Policy,
                     terms_cache: dict[str, tuple[str, ...]] | None = None) -> Expansions:
    """Decides every acronym; an ambiguous one is decided again with trusted acronyms spelled out.

    The second pass makes "menteri hukum dan ham" and "menteri hukum dan hak
    asasi manusia" one sense of Menkumham once HAM itself is trusted.
    """
    cache = {} if terms_cache is None else terms_cache
    by_acronym: dict[str, list[tuple[Pair, int]]] = {}
    for pair, n in counts.items():
        if n > 0:
            by_acronym.setdefault(acronym_key(pair.short), []).append((pair, n))
    decisions = {}
    for key, rows in by_acronym.items():
        decision = _decide(key, rows, policy, {}, cache)
        if decision is not None:
            decisions[key] = decision
    spelled = {
        key: d.chosen.long for key, d in decisions.items()
        if d.chosen is not None and not d.case_sensitive and key.isalpha() and len(key) >= 3
    }
    for key, d in list(decisions.items()):
        if d.verdict is Verdict.AMBIGUOUS and any(w in spelled for s in d.senses for w in s.long.split()):
            again = _decide(key, by_acronym[key], policy, spelled, cache)
            if again is not None:
                decisions[key] = again
    by_terms: dict[tuple[str, ...], list[str]] = {}
    for d in decisions.values():
        if d.chosen is not None:
            by_terms.setdefault(d.chosen.terms, []).append(d.acronym)
    return Expansions(decisions, {k: tuple(sorted(v)) for k, v in by_terms.items()})
