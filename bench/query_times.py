"""Query-with-snippets latency of one Telusur index, in this process (for A/B runs and profiles).

    .venv/bin/python -m bench.query_times INDEX_DIR --folder ARTICLES [--queries 100]
        [--workload FILE.json] [--profile OUT.pstats] [--dump OUT.json]

INDEX_DIR is a library folder (``telusur --index-dir INDEX_DIR index ARTICLES``).
The workload is bench/workload.py's, drawn from ARTICLES (or read from
``--workload``, written there the first time: drawing it reads every article).
Each query runs as the GUI asks it (first page of 20 with snippets, the total
may follow) after one warm-up pass. ``--dump`` writes every query's hits (path,
score, snippet) so two revisions can be checked for identical results.

To compare revisions on a loaded machine, run this alternately under each
revision (``PYTHONPATH=SNAPSHOT python -P -m bench.query_times ...``, as
bench/speed.py's ``--telusur-rev`` installs one) and compare medians.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import statistics
import time
from pathlib import Path

from bench.speed import pct
from bench.workload import BenchQuery, build_workload, corpus_stats
from telusur.searcher.highlight import marked_html


def load_workload(path: Path | None, folder: Path | None, n: int) -> list[BenchQuery]:
    if path is not None and path.exists():
        return [BenchQuery.from_json(d) for d in json.loads(path.read_text())]
    if folder is None:
        raise SystemExit("give --folder (articles to draw the workload from) or an existing --workload")
    from bench.peers import iter_docs

    queries = build_workload(corpus_stats(iter_docs(str(folder))), n)
    if path is not None:
        path.write_text(json.dumps([q.to_json() for q in queries]))
    return queries


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("index_dir", type=Path)
    ap.add_argument("--folder", type=Path)
    ap.add_argument("--queries", type=int, default=100)
    ap.add_argument("--workload", type=Path)
    ap.add_argument("--rounds", type=int, default=1, help="timed passes over the workload (median per query)")
    ap.add_argument("--profile", type=Path, help="write a cProfile of the timed passes here")
    ap.add_argument("--dump", type=Path, help="write every query's hits here (JSON)")
    ap.add_argument("--engine", default="telusur",
                    help="telusur, or a peer of bench/peers.py (fts5, whoosh): INDEX_DIR is then that peer's index, "
                         "built from --folder when missing")
    args = ap.parse_args(argv)
    queries = load_workload(args.workload, args.folder, args.queries)
    if args.engine != "telusur":
        return _peer_times(args, queries)

    from bench.process_costs import start_telusur

    start_telusur()  # as every entry point: settings, stemmer, segments read from their map
    from telusur.index import Library
    from telusur.searcher import SearchEngine, SearchRequest

    engine = SearchEngine(Library(args.index_dir))

    def request(q: BenchQuery, *, snippets: bool = True) -> SearchRequest:
        return SearchRequest(q.text, q.date_from, q.date_to, q.sort, page=1, page_size=20, exact_total=False,
                             snippets=snippets)

    for q in queries:  # warm, as a user's session is (without snippets, as bench/speed.py: none is cached)
        engine.search(request(q, snippets=False))
    prof = cProfile.Profile() if args.profile else None
    per_query: list[list[float]] = [[] for _ in queries]
    cpu_query: list[list[float]] = [[] for _ in queries]
    dump = []
    for _ in range(args.rounds):
        for i, q in enumerate(queries):
            if prof:
                prof.enable()
            t, c = time.perf_counter(), time.process_time()
            res = engine.search(request(q))
            per_query[i].append((time.perf_counter() - t) * 1000)
            cpu_query[i].append((time.process_time() - c) * 1000)
            if prof:
                prof.disable()
            if len(dump) < len(queries):
                dump.append({"q": q.to_json(), "total": res.total, "suggestion": res.suggestion,
                             "hits": [[h.path, round(h.score, 6), marked_html(h.snippet),
                                       marked_html(h.headline_marked)] for h in res.hits]})
    times = [statistics.median(t) for t in per_query]
    cpu = [statistics.median(t) for t in cpu_query]
    # CPU time is what a loaded machine distorts least (one thread: it is the query's own work).
    out = {"queries": len(queries), "p50_ms": statistics.median(times), "p95_ms": pct(times, 0.95),
           "mean_ms": statistics.fmean(times), "cpu_p50_ms": statistics.median(cpu), "cpu_p95_ms": pct(cpu, 0.95),
           "cpu_mean_ms": statistics.fmean(cpu)}
    print(json.dumps(out))
    if prof and args.profile:
        prof.dump_stats(str(args.profile))
    if args.dump:
        args.dump.write_text(json.dumps(dump, ensure_ascii=False, indent=0))
    return 0


def _peer_times(args: argparse.Namespace, queries: list[BenchQuery]) -> int:
    """The same workload against a peer engine: first page of 20 with snippets, after a pass without."""
    from bench.peers import iter_docs, make_peer

    peer = make_peer(args.engine)
    if not args.index_dir.exists():
        if args.folder is None:
            raise SystemExit("give --folder to build the peer's index")
        args.index_dir.mkdir(parents=True)
        peer.build(iter_docs(str(args.folder)), args.index_dir)
    peer.open(args.index_dir)
    for q in queries:
        peer.search(q.text, 20, False, q.date_from, q.date_to, q.sort)
    per_query: list[list[float]] = [[] for _ in queries]
    cpu_query: list[list[float]] = [[] for _ in queries]
    for _ in range(args.rounds):
        for i, q in enumerate(queries):
            t, c = time.perf_counter(), time.process_time()
            peer.search(q.text, 20, True, q.date_from, q.date_to, q.sort)
            per_query[i].append((time.perf_counter() - t) * 1000)
            cpu_query[i].append((time.process_time() - c) * 1000)
    times = [statistics.median(t) for t in per_query]
    cpu = [statistics.median(t) for t in cpu_query]
    print(json.dumps({"engine": args.engine, "queries": len(queries), "p50_ms": statistics.median(times),
                      "p95_ms": pct(times, 0.95), "cpu_p50_ms": statistics.median(cpu), "cpu_p95_ms": pct(cpu, 0.95)}))
    peer.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
