"""Do the list, export, saved searches, counts and facets agree on a real archive?

The property tests (tests/test_result_set_invariants.py) check the same
invariants on a small generated archive; this checks them on a real one,
e.g. the shared corpus materialised with wire copies:

    python3 ../shared/corpus/materialize.py /tmp/arsip --subdirs --copies 0.1
    .venv/bin/telusur index /tmp/arsip --index-dir /tmp/idx
    .venv/bin/python -m bench.result_agreement /tmp/idx

For each query, sort and grouping it prints the CLI's total and groups, the
rows its pages give (page size 100), the rows an export writes, the saved
search's keys and the facet sums, and whether all agree.
"""
from __future__ import annotations

import argparse
import dataclasses
import time
from pathlib import Path

from telusur.index import Library
from telusur.searcher import SearchEngine, SearchRequest, SortOrder

QUERIES = (
    "presiden", "kpk", "korupsi", "pilkada", "tahun", "banjir", "bumn", "dpr menyetujui revisi",
    "revisi uu kpk", "korupsi ATAU suap", "jokowi", "\"kerja sama\"", "asap riau", "penangkapan bandar narkoba",
    "fotovoltaik", "ibu kota", "gempa", "harga beras", "timnas", "pemerintah -jakarta",
)
PAGE = 100


@dataclasses.dataclass(frozen=True)
class Row:
    query: str
    sort: str
    grouped: bool
    total: int
    groups: int
    paged: int
    exported: int
    keys: int
    source_sum: int
    date_sum: int
    seconds: float

    @property
    def agrees(self) -> bool:
        shown = self.groups if self.grouped else self.total
        return self.paged == self.exported == shown and self.keys == self.source_sum == self.date_sum == self.total


def check(engine: SearchEngine, text: str, sort: SortOrder, grouped: bool) -> Row:
    started = time.perf_counter()
    request = SearchRequest(text, sort=sort, page_size=PAGE, group_copies=grouped, snippets=False)
    first = engine.search(dataclasses.replace(request, facets=True))
    paged, page = 0, 1
    while True:
        hits = engine.search(dataclasses.replace(request, page=page)).hits
        paged += len(hits)
        if len(hits) < PAGE:
            break
        page += 1
    exported = sum(1 for _ in engine.every_hit(request))
    keys = len(engine.matching_keys(request))
    facets = first.facets
    source_sum = sum(f.count for f in facets.source) if facets else 0
    date_sum = sum(b.count for b in facets.date.buckets) + facets.date.undated if facets else 0
    return Row(text, sort.value, grouped, first.total, first.groups, paged, exported, keys, source_sum, date_sum,
               time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("index_dir", type=Path)
    args = parser.parse_args()
    engine = SearchEngine(Library(args.index_dir))
    print(f"{'query':30} {'sort':9} {'group':5} {'total':>6} {'groups':>6} {'paged':>6} {'export':>6} "
          f"{'keys':>6} {'src':>6} {'dates':>6} {'s':>5}  agree")
    rows = []
    for text in QUERIES:
        for sort, grouped in ((SortOrder.RELEVANCE, True), (SortOrder.NEWEST, True), (SortOrder.RELEVANCE, False)):
            row = check(engine, text, sort, grouped)
            rows.append(row)
            print(f"{row.query[:30]:30} {row.sort:9} {str(row.grouped):5} {row.total:6} {row.groups:6} "
                  f"{row.paged:6} {row.exported:6} {row.keys:6} {row.source_sum:6} {row.date_sum:6} "
                  f"{row.seconds:5.1f}  {'yes' if row.agrees else 'NO'}", flush=True)
    bad = [r for r in rows if not r.agrees]
    print(f"\n{len(rows) - len(bad)} of {len(rows)} query/sort/grouping combinations agree on every path")


if __name__ == "__main__":
    main()
