"""What facets and wire-copy grouping add to a query (issue 12), for bench/speed.py.

Runs the workload three ways on one open engine, each query timed in turn
so the machine's noise hits all three alike: plain (no grouping, no
facets), grouped (the default: copies folded), grouped with facets. Each
timing is the best of ``repeats`` runs (a busy machine's spikes are noise,
not cost); the figure that matters is the per-query difference to plain, at the p95.
"""
from __future__ import annotations

import time
from dataclasses import replace

from bench.workload import BenchQuery

PAGE_SIZE = 20


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


def archive_costs(index_dir: str, queries: list[BenchQuery], repeats: int = 3) -> dict:
    """p50/p95 (ms) of each variant and of the per-query extra over plain."""
    from telusur.index import Library
    from telusur.searcher import SearchEngine, SearchRequest

    engine = SearchEngine(Library(index_dir))
    variants = {
        "plain": dict(group_copies=False, facets=False),
        "grouped": dict(group_copies=True, facets=False),
        "facets": dict(group_copies=True, facets=True),
    }
    base = [SearchRequest(q.text, q.date_from, q.date_to, q.sort, page=1, page_size=PAGE_SIZE) for q in queries]
    for request in base:  # warm every cache (columns, groups, stems) before timing
        for options in variants.values():
            engine.search(replace(request, **options))
    times: dict[str, list[float]] = {name: [] for name in variants}
    extra: dict[str, list[float]] = {"grouped": [], "facets": []}
    groups_seen = 0
    for request in base:
        took = {name: float("inf") for name in variants}
        for _ in range(repeats):
            for name, options in variants.items():
                t = time.perf_counter()
                result = engine.search(replace(request, **options))
                took[name] = min(took[name], (time.perf_counter() - t) * 1000)
                if name == "facets" and result.facets is not None:
                    assert sum(f.count for f in result.facets.source) == result.total
        groups_seen += result.total - result.groups
        for name in variants:
            times[name].append(took[name])
        for name in extra:
            extra[name].append(took[name] - took["plain"])
    out: dict = {name: {"p50_ms": _pct(v, 0.5), "p95_ms": _pct(v, 0.95)} for name, v in times.items()}
    for name, v in extra.items():
        out[f"{name}_extra"] = {"p50_ms": _pct(v, 0.5), "p95_ms": _pct(v, 0.95)}
    out["folded_copies_per_query"] = groups_seen / max(1, len(base))
    engine.close()
    return out
