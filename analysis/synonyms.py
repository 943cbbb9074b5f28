"""Query-time synonyms: the curated news list shipped in ``resources/`` and a user file.

One small format for both, the subset of Solr's ``synonyms.txt`` people
already know, one rule a line::

    # a comment (also after a rule)
    rusuh, ricuh                 each finds the others
    narkoba => sabu, ganja       narkoba also finds sabu and ganja; not the reverse

An entry may be a phrase (``unjuk rasa``). Unlike Solr, ``=>`` never drops
the typed word: the searcher always keeps it and weights expansions below it.
Rules are keyed by the entry's *unstemmed* index terms (stopwords dropped,
compounds joined, case folded), the exact field's analysis, because the
stemmer conflates words a synonym must not (meninggal -> tinggal). A bad line
is reported with its number and skipped; parsing never raises.

Nothing here is part of the index's analysis fingerprint: editing a list
changes what a query searches for, not what the index holds.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import cache, lru_cache
from pathlib import Path

from .normalize import terms
from .resources import RESOURCE_DIR

SHIPPED_FILE = "synonyms.txt"
# Bounds on the user's file, so no list can make every search slow: entries a
# rule keeps (a line of 241 made each search take 97 s), characters of one
# line, and bytes of the file read. What is cut is reported like a bad line.
MAX_RULE_ENTRIES = 20
MAX_LINE_CHARS = 2000
MAX_FILE_BYTES = 1024 * 1024


class Origin(Enum):
    """Where an expansion came from; the value is the search result's ``why``."""

    SHIPPED = "synonym"
    USER = "user"


@dataclass(frozen=True)
class Expansion:
    phrase: str  # as written in the list, for display and for the query parser
    origin: Origin


@dataclass(frozen=True)
class SynonymError:
    source: str
    line: int  # 1-based; 0 for the file as a whole
    message: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.message}" if self.line else f"{self.source}: {self.message}"


@dataclass(frozen=True)
class Match:
    start: int  # span in the query's terms
    end: int
    expansions: tuple[Expansion, ...]


@dataclass
class Synonyms:
    """Rules keyed by the unstemmed terms of the word or phrase typed."""

    rules: dict[tuple[str, ...], list[Expansion]] = field(default_factory=dict)
    # The keys of each rule's expansions: adding is a set lookup, not a scan
    # (121 entries on one line made 14,520 rules; the scan made searches take 12 s).
    _keys: dict[tuple[str, ...], set[tuple[str, ...]]] = field(default_factory=dict, repr=False, compare=False)

    def add(self, key: tuple[str, ...], expansion: Expansion) -> None:
        known = self.rules.setdefault(key, [])
        keys = self._keys.setdefault(key, set())
        target = key_of(expansion.phrase)
        if key != target and target not in keys and len(known) < MAX_RULE_ENTRIES:
            known.append(expansion)
            keys.add(target)

    def merged(self, other: Synonyms) -> Synonyms:
        """This table's rules, then ``other``'s (the user file after the shipped list)."""
        out = Synonyms()
        for table in (self, other):
            for key, expansions in table.rules.items():
                for expansion in expansions:
                    out.add(key, expansion)
        return out

    def lookup(self, text: str) -> tuple[Expansion, ...]:
        return tuple(self.rules.get(key_of(text), ()))

    def find(self, words: Sequence[str]) -> list[Match]:
        """Rules in a query's unstemmed terms: longest match first, no overlap."""
        longest = max((len(k) for k in self.rules), default=0)
        found = []
        i = 0
        while i < len(words):
            for size in range(min(longest, len(words) - i), 0, -1):
                hit = self.rules.get(tuple(words[i : i + size]))
                if hit:
                    found.append(Match(i, i + size, tuple(hit)))
                    i += size
                    break
            else:
                i += 1
        return found


@lru_cache(maxsize=65536)
def key_of(text: str) -> tuple[str, ...]:
    return tuple(w.text for w in terms(text, use_stemmer=False))


def _entries(side: str) -> list[str]:
    return [" ".join(entry.split()) for entry in side.split(",")]


def parse_synonyms(
    lines: Iterable[str], *, source: str, origin: Origin = Origin.USER
) -> tuple[Synonyms, list[SynonymError]]:
    """Rules and the errors of the lines that were skipped, in line order."""
    table = Synonyms()
    errors = []
    for number, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue

        def fail(message: str, number: int = number) -> None:
            errors.append(SynonymError(source, number, message))

        if len(line) > MAX_LINE_CHARS:
            cut = line.rfind(",", 0, MAX_LINE_CHARS)
            fail(f"longer than {MAX_LINE_CHARS} characters; only its entries before that are used")
            if cut <= 0:
                continue
            line = line[:cut]

        if line.count("=>") > 1:
            fail("more than one '=>'")
            continue
        if "=>" in line:
            left, right = line.split("=>")
            sources, targets = _entries(left), _entries(right)
        else:
            sources = targets = _entries(line)
        if len(sources) > MAX_RULE_ENTRIES or len(targets) > MAX_RULE_ENTRIES:
            fail(f"{max(len(sources), len(targets))} entries; only the first {MAX_RULE_ENTRIES} are used")
            if sources is targets:
                sources = targets = sources[:MAX_RULE_ENTRIES]
            else:
                sources, targets = sources[:MAX_RULE_ENTRIES], targets[:MAX_RULE_ENTRIES]
        entries = sources + targets if sources is not targets else sources
        if any(not entry for entry in entries):
            fail("an empty entry (two commas in a row, or nothing before or after '=>')")
            continue
        empty = [entry for entry in entries if not key_of(entry)]
        if empty:
            fail(f"{empty[0]!r} has no searchable word (only stopwords or punctuation)")
            continue
        if len({key_of(e) for e in entries}) < 2:
            fail("a rule needs at least two different entries, e.g. 'rusuh, ricuh' or 'narkoba => sabu'")
            continue
        for entry in sources:
            for target in targets:
                table.add(key_of(entry), Expansion(target, origin))
    return table, errors


@cache
def shipped_synonyms() -> Synonyms:
    """The curated list; its errors are caught by the tests, so none are expected here."""
    path = RESOURCE_DIR / SHIPPED_FILE
    table, _ = parse_synonyms(path.read_text(encoding="utf-8").splitlines(), source=SHIPPED_FILE,
                              origin=Origin.SHIPPED)
    return table


def load_user_synonyms(path: Path) -> tuple[Synonyms, list[SynonymError]]:
    """The user's file; a missing file is no rules and no error, an unreadable one one error."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
        cut = len(raw) > MAX_FILE_BYTES
        if cut:
            raw = raw[: raw.rfind(b"\n", 0, MAX_FILE_BYTES) + 1]  # whole lines only
        text = raw.decode("utf-8-sig")
    except FileNotFoundError:
        return Synonyms(), []
    except (OSError, UnicodeDecodeError) as err:
        reason = "not UTF-8 text" if isinstance(err, UnicodeDecodeError) else (err.strerror or str(err))
        return Synonyms(), [SynonymError(str(path), 0, f"cannot read it: {reason}")]
    errors = []
    if cut:
        errors.append(SynonymError(str(path), 0, f"larger than {MAX_FILE_BYTES // 1024} KB; only the lines "
                                                 "before that are used"))
    lines = text.splitlines()
    table, problems = parse_synonyms(lines, source=str(path), origin=Origin.USER)
    return table, errors + problems
