"""Many small syncs vs one build: does search slow down as segments pile up?

    .venv/bin/python -m bench.small_syncs FOLDER [--syncs 50] [--per-sync 100] [--queries 100]

FOLDER holds article files (e.g. a materialized corpus); it is only read. Index A gets
``syncs`` syncs that each add ``per-sync`` new files; index B gets the same files in one
sync. Then the same queries run against both, alternating query by query so a change in
the machine's load hits both alike; the issue's goal is A's p95 within 1.2x of B's.
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from bench.peers import iter_docs
from bench.speed import _files, pct
from bench.workload import build_workload, corpus_stats


def _segments(lib) -> int:
    with lib.whoosh_index().searcher() as s:
        return len(s.reader().leaf_readers())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--syncs", type=int, default=50)
    ap.add_argument("--per-sync", type=int, default=100)
    ap.add_argument("--queries", type=int, default=100)
    ap.add_argument("--out", type=Path, default=Path("bench/out/small_syncs.json"))
    args = ap.parse_args(argv)
    from telusur.index import Library
    from telusur.searcher import SearchEngine, SearchRequest

    files = sorted(_files(str(args.folder)))[: args.syncs * args.per_sync]
    work = Path(tempfile.mkdtemp(prefix="telusur-small-syncs-"))
    try:
        many, one = work / "many", work / "one"
        for d in (many, one):
            d.mkdir()
        for f in files:
            shutil.copyfile(f, one / Path(f).name)
        lib_many, lib_one = Library(work / "ix-many"), Library(work / "ix-one")
        lib_many.add_folders([many])
        lib_one.add_folders([one])
        sync_s, sync_cpu = [], []
        seg_trace = []
        for k in range(args.syncs):
            for f in files[k * args.per_sync : (k + 1) * args.per_sync]:
                shutil.copyfile(f, many / Path(f).name)
            t, c = time.perf_counter(), time.process_time()
            lib_many.sync()  # 100 files: in this process (no workers), so its CPU time is the sync's
            sync_s.append(time.perf_counter() - t)
            sync_cpu.append(time.process_time() - c)
            seg_trace.append(_segments(lib_many))
        t = time.perf_counter()
        lib_one.sync()
        one_s = time.perf_counter() - t
        queries = build_workload(corpus_stats(iter_docs(str(one))), args.queries)
        engines = {"many": SearchEngine(lib_many), "one": SearchEngine(lib_one)}
        times: dict[str, list[float]] = {"many": [], "one": []}
        for q in queries:  # warm both
            for eng in engines.values():
                eng.search(SearchRequest(q.text, q.date_from, q.date_to, q.sort, exact_total=False))
        cpu: dict[str, list[float]] = {"many": [], "one": []}
        same = 0
        for i, q in enumerate(queries):
            got = {}
            # Alternate which index goes first: the second one finds the shown articles'
            # sentences analysed and their words stemmed already (process-wide caches).
            for name in ("many", "one") if i % 2 == 0 else ("one", "many"):
                req = SearchRequest(q.text, q.date_from, q.date_to, q.sort, page_size=20, exact_total=False)
                t, c = time.perf_counter(), time.process_time()
                res = engines[name].search(req)
                times[name].append((time.perf_counter() - t) * 1000)
                cpu[name].append((time.process_time() - c) * 1000)
                got[name] = [h.path.rsplit("/", 1)[-1] for h in res.hits]
            same += got["many"] == got["one"]
        out = {
            "articles": len(files), "syncs": args.syncs, "per_sync": args.per_sync,
            "segments": {"many": _segments(lib_many), "one": _segments(lib_one)},
            "segments_after_each_sync": seg_trace,
            "sync_s_median": statistics.median(sync_s), "sync_s_p95": pct(sync_s, 0.95),
            "sync_s_max": max(sync_s), "sync_s_total": sum(sync_s),
            "sync_s_last": sync_s[-1], "one_build_s": one_s,
            "sync_cpu_s_median": statistics.median(sync_cpu), "sync_cpu_s_p95": pct(sync_cpu, 0.95),
            "sync_cpu_s_max": max(sync_cpu), "sync_cpu_s_total": sum(sync_cpu),
            "p50_ms": {n: statistics.median(v) for n, v in times.items()},
            "p95_ms": {n: pct(v, 0.95) for n, v in times.items()},
            "cpu_p50_ms": {n: statistics.median(v) for n, v in cpu.items()},
            "cpu_p95_ms": {n: pct(v, 0.95) for n, v in cpu.items()},
            "same_first_page": f"{same}/{len(queries)}",
        }
        out["p95_ratio_many_over_one"] = out["p95_ms"]["many"] / out["p95_ms"]["one"]
        out["cpu_p95_ratio_many_over_one"] = out["cpu_p95_ms"]["many"] / out["cpu_p95_ms"]["one"]
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(out, indent=1))
        print(json.dumps(out, indent=1))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
