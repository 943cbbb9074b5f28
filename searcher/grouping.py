"""Wire copies folded together in results: one hit per group, the others listed with it.

The hit shown for a group is its best-ranked matching article (the earliest
or newest when sorting by date), so folding never changes the order of what
is shown; the group's other matching articles become its ``copies``. Groups
come from the store beside the index (telusur.index.copies), mapped to this
generation's document numbers once.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass

from whoosh.searching import Searcher

from telusur.index.doc_keys import document_keys

from .outlets import outlet_names
from .requests import CopyRef, Found, Hit, Scored


@dataclass(frozen=True)
class GroupColumn:
    """Each document's key and wire-copy group, for one searcher."""

    searcher: Searcher
    keys: Mapping[int, str]  # docnum -> unique key (index.doc_keys.DocKeys)
    group_of: dict[int, str]  # docnum -> group id, grouped documents only
    members: dict[str, tuple[int, ...]]

    @classmethod
    def read(cls, searcher: Searcher, groups: dict[str, str]) -> GroupColumn:
        keys = document_keys(searcher.reader())
        group_of = {docnum: groups[key] for docnum, key in keys.items() if key in groups}
        members: dict[str, list[int]] = {}
        for docnum, group in group_of.items():
            members.setdefault(group, []).append(docnum)
        return cls(searcher, keys, group_of, {g: tuple(sorted(m)) for g, m in members.items()})


def count_groups(column: GroupColumn, matching: Collection[int]) -> int:
    """Results once copies are folded: distinct groups plus ungrouped articles."""
    groups = set()
    loose = 0
    for docnum in matching:
        group = column.group_of.get(docnum)
        if group is None:
            loose += 1
        else:
            groups.add(group)
    return loose + len(groups)


def fold(ranked: tuple[Scored, ...], column: GroupColumn) -> tuple[Scored, ...]:
    """``ranked`` without the articles whose group already has a better-ranked one."""
    seen: set[str] = set()
    kept = []
    for scored in ranked:
        group = column.group_of.get(scored.docnum)
        if group is not None:
            if group in seen:
                continue
            seen.add(group)
        kept.append(scored)
    return tuple(kept)


def fold_found(found: Found, column: GroupColumn, stop: int, more: Callable[[int], Found]) -> Found:
    """``found`` folded, with at least ``stop`` hits when the matches allow.

    ``more(n)`` runs the query again for its top ``n``: folding may leave
    fewer than a page, so the query is asked for twice as many until it is not.
    The total stays the first run's: a re-run that ranks its top ``n`` only
    counts the articles it saw on the way (a lower bound), and must not
    replace an exact count.
    """
    first = found
    folded = fold(found.ranked, column)
    while len(folded) < stop and len(found.ranked) < first.total:
        found = more(min(first.total, max(2 * len(found.ranked), stop)))
        folded = fold(found.ranked, column)
    return dataclasses.replace(first, ranked=folded)


def with_copies(
    searcher: Searcher, page: tuple[Scored, ...], hits: tuple[Hit, ...], column: GroupColumn, matching: Collection[int]
) -> tuple[Hit, ...]:
    """Each hit (of the documents in ``page``) with its group id and its group's other matching articles."""
    out = []
    for scored, hit in zip(page, hits, strict=True):
        group = column.group_of.get(scored.docnum)
        if group is None:
            out.append(hit)
            continue
        copies = tuple(_copy_ref(searcher, d) for d in column.members[group] if d != scored.docnum and d in matching)
        out.append(dataclasses.replace(hit, group=group, copies=copies))
    return tuple(out)


def _copy_ref(searcher: Searcher, docnum: int) -> CopyRef:
    stored = searcher.stored_fields(docnum)
    source = outlet_names(searcher).name(stored.get("source"))
    return CopyRef(stored["path"], stored.get("record"), source, stored.get("date"))
