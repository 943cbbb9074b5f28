"""The archive's acronym table, kept beside the index and in step with it.

Each document carries the pairs its article defines in the ``acronyms``
column (written with the document, so they commit atomically with it). The
table is their sum over the live documents, cached in ``acronyms.json`` next
to the Whoosh folder and keyed by the index generation and segment ids
(a rebuilt index starts its generations again, but never its segment ids):

- same generation: the cached table is used as it is;
- another generation (a sync committed since, or a crash between a commit
  and the table write): the table is brought up to date segment by segment.
  Whoosh segments never change once written (only their deletions grow), so
  the cache keeps each segment's counts over *all* its documents; a segment
  seen before costs only reading the pairs of its deleted documents, a new
  one (new articles, or a merge) is read from its column once;
- a missing, unreadable or foreign file: every segment is read (a column
  read per document, no stored bodies: about a second for 18,000 articles).

The file is derived data: written atomically, never trusted over the index.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from whoosh.index import Index
from whoosh.reading import IndexReader

from telusur.analysis.acronym_table import AcronymTable, Decision, Expansions, Pair, Policy, Sense, Verdict
from telusur.analysis.safe_write import write_json_atomic

from .schema import ACRONYMS_FIELD

TABLE_FILE = "acronyms.json"
DECIDED_FILE = "acronyms.decided.json"
OLD_DECIDED_FILE = "acronyms.decided.pickle"  # earlier versions: deleted, never loaded
FORMAT = 1


def encode_pairs(pairs: Iterable[Pair]) -> bytes:
    """One article's pairs as column bytes: ``short<TAB>long`` lines, sorted (deterministic)."""
    return "\n".join(f"{p.short}\t{p.long}" for p in sorted(set(pairs))).encode("utf-8")


def decode_pairs(raw: bytes | None) -> frozenset[Pair]:
    """The pairs ``encode_pairs`` wrote; a malformed line is skipped (derived data)."""
    if not raw:
        return frozenset()
    pairs = []
    for line in raw.decode("utf-8", errors="replace").split("\n"):
        short, sep, long = line.partition("\t")
        if sep and short and long:
            pairs.append(Pair(short, long))
    return frozenset(pairs)


def _rows(counts: Counter[Pair]) -> list[list]:
    return sorted([p.short, p.long, n] for p, n in counts.items() if n > 0)


def _counts(rows: object) -> Counter[Pair] | None:
    if not isinstance(rows, list):
        return None
    counts: Counter[Pair] = Counter()
    for row in rows:
        if not (isinstance(row, list) and len(row) == 3 and isinstance(row[0], str)
                and isinstance(row[1], str) and isinstance(row[2], int)):
            return None
        counts[Pair(row[0], row[1])] += row[2]
    return counts


def _read_cache(path: Path) -> dict | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):  # derived data: rebuilt
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("segments"), dict):
        return None
    return data


def _write_cache(path: Path, data: dict) -> None:
    """Atomic replace: a crash leaves the old file or the new one, never half of one."""
    write_json_atomic(path, data, indent=None, make_parent=True, clean_stale=True)


def _segment_id(sub: IndexReader) -> str:
    segment = sub.segment()
    return segment.segment_id() if segment is not None else ""


def _all_counts(sub: IndexReader) -> Counter[Pair]:
    """Pairs over every document of one segment, deleted ones included."""
    counts: Counter[Pair] = Counter()
    column = sub.column_reader(ACRONYMS_FIELD)
    for docnum in range(sub.doc_count_all()):
        counts.update(decode_pairs(column[docnum]))
    return counts


def _deleted_counts(sub: IndexReader) -> Counter[Pair]:
    counts: Counter[Pair] = Counter()
    if not sub.has_deletions():
        return counts
    column = sub.column_reader(ACRONYMS_FIELD)
    for docnum in range(sub.doc_count_all()):
        if sub.is_deleted(docnum):
            counts.update(decode_pairs(column[docnum]))
    return counts


def table_from_reader(reader: IndexReader, cached: dict[str, Counter[Pair]] | None = None
                      ) -> tuple[AcronymTable, dict[str, Counter[Pair]]]:
    """The live table, and each segment's all-document counts (reusing ``cached`` ones)."""
    cached = cached or {}
    segments: dict[str, Counter[Pair]] = {}
    total: Counter[Pair] = Counter()
    if reader.doc_count_all() == 0:
        return AcronymTable(), segments
    for sub, _offset in reader.leaf_readers():
        if ACRONYMS_FIELD not in sub.schema or not sub.has_column(ACRONYMS_FIELD):
            continue
        key = _segment_id(sub)
        counts = cached[key] if key and key in cached else _all_counts(sub)
        if key:
            segments[key] = counts
        total.update(counts)
        total.subtract(_deleted_counts(sub))
    return AcronymTable(Counter({p: n for p, n in total.items() if n > 0})), segments


def _state_key(reader: IndexReader) -> str:
    """Generation and segment ids: a rebuilt index restarts its generations, never its ids."""
    ids = sorted(_segment_id(sub) for sub, _ in reader.leaf_readers()) if reader.doc_count_all() else []
    return f"{reader.generation()}:{','.join(ids)}"


def _load(reader: IndexReader, root: Path, *, write: bool) -> tuple[AcronymTable, dict]:
    path = root / TABLE_FILE
    data = _read_cache(path) or {}
    key = _state_key(reader)
    terms = data.get("terms") if isinstance(data.get("terms"), dict) else {}
    if data.get("key") == key:
        live = _counts(data.get("table"))
        if live is not None:
            return AcronymTable(live), data
    cached: dict[str, Counter[Pair]] = {}
    for segment, rows in data.get("segments", {}).items():
        counts = _counts(rows)
        if counts is not None:
            cached[segment] = counts
    table, segments = table_from_reader(reader, cached)
    data = {
        "format": FORMAT, "key": key, "table": _rows(table.counts),
        "segments": {k: _rows(v) for k, v in segments.items()}, "terms": terms,
    }
    if write:
        _save(path, data)
    return table, data


def _save(path: Path, data: dict) -> None:
    try:
        _write_cache(path, data)
    except OSError:
        pass  # derived data: the next load computes it again


def load_table(reader: IndexReader, root: Path, *, write: bool = True) -> AcronymTable:
    """The table for ``reader``'s index state, refreshing the cache file in ``root`` when it is stale.

    ``write=False`` never touches the file (a read-only caller).
    """
    return _load(reader, root, write=write)[0]


def load_expansions(reader: IndexReader, root: Path, policy: Policy | None = None) -> Expansions:
    """The query-time lookups for ``reader``'s table, decided once per index state.

    Deciding needs each long form's index terms (stemming them all again
    costs seconds, so they are kept in the table file) and then takes about
    half a second, which a command-line search would pay every time: the
    decisions are kept too, as JSON in the index folder, keyed by the index state. Another ``policy`` is decided afresh.
    """
    key = _state_key(reader)
    decided = root / DECIDED_FILE
    if policy is None:
        try:
            saved_key, expansions = _read_decided(decided)
            if saved_key == f"{FORMAT}:{key}":
                return expansions
        except Exception:  # missing, stale or unreadable derived data: decide again
            pass
    table, data = _load(reader, root, write=True)
    raw = data.get("terms", {})
    terms: dict[str, tuple[str, ...]] = {
        k: tuple(v) for k, v in raw.items() if isinstance(v, list) and all(isinstance(t, str) for t in v)
    }
    known = len(terms)
    expansions = table.expansions(policy, terms)
    if len(terms) != known:
        data["terms"] = {k: list(v) for k, v in terms.items()}
        _save(root / TABLE_FILE, data)
    if policy is None:
        _save_decided(decided, f"{FORMAT}:{key}", expansions)
    return expansions


def _decided_data(key: str, expansions: Expansions) -> dict:
    decisions = {
        k: [d.acronym, list(d.surfaces), [[x.long, list(x.terms), x.support] for x in d.senses],
            d.verdict.value, d.case_sensitive]
        for k, d in expansions.decisions.items()
    }
    by_terms = [[list(t), list(a)] for t, a in expansions.by_terms.items()]
    return {"key": key, "decisions": decisions, "by_terms": by_terms}


def _strings(value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("not a list of strings")
    return tuple(value)


def _read_decided(path: Path) -> tuple[str, Expansions]:
    """The cached decisions (JSON, never a pickle: code could hide in one); raises when unreadable."""
    data = json.loads(path.read_text(encoding="utf-8"))
    decisions: dict[str, Decision] = {}
    for k, (acronym, surfaces, senses, verdict, case_sensitive) in data["decisions"].items():
        if not (isinstance(k, str) and isinstance(acronym, str) and isinstance(case_sensitive, bool)):
            raise ValueError("bad decision")
        kept = []
        for long, terms, support in senses:
            if not isinstance(long, str) or type(support) is not int:
                raise ValueError("bad sense")
            kept.append(Sense(long, _strings(terms), support))
        decisions[k] = Decision(acronym, _strings(surfaces), tuple(kept), Verdict(verdict), case_sensitive)
    by_terms = {_strings(terms): _strings(acronyms) for terms, acronyms in data["by_terms"]}
    if not isinstance(data["key"], str):
        raise ValueError("bad key")
    return data["key"], Expansions(decisions, by_terms)


def _save_decided(path: Path, key: str, expansions: Expansions) -> None:
    try:  # a cache: failing to write it only costs the next search the decision
        write_json_atomic(path, _decided_data(key, expansions), indent=None, make_parent=True, clean_stale=True)
        (path.parent / OLD_DECIDED_FILE).unlink(missing_ok=True)
    except (OSError, ValueError):
        pass


def refresh_table(ix: Index, root: Path) -> AcronymTable:
    """After a commit: the table for the index's newest generation, written beside it."""
    with ix.reader() as reader:
        return load_table(reader, root)
