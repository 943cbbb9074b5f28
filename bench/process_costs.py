"""What a fresh search process pays: its first search against its second, and its memory after 100.

    .venv/bin/python -m bench.process_costs INDEX_DIR --workload W.json [--folder ARTICLES]
        [--first kpk --second korupsi] [--queries 100] [--rounds 3] [--no-expand]

Each round starts a new process (``--child``), which imports Telusur, then times
(CPU, one thread) the first search (opening the index, the per-generation columns,
document keys, wire-copy groups, lookups) and a second, different search in the
same process; then runs the workload's queries (first page of 20 with snippets,
the total counted, as the CLI asks) and reports its resident memory (``VmRSS``
now, and the peak) against the index's size on disk. Medians over the rounds.
Issue 20's goal: first search <= 1.5x the second; issue 22's: RSS <= index size.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.query_times import load_workload
from bench.speed import dir_mb


def start_telusur() -> None:
    """What Telusur's entry points do first (settings, stemmer, segments read in place); older
    revisions (``--telusur-rev``) have no ``telusur.startup`` and need nothing."""
    try:
        from telusur.startup import start
    except ImportError:
        return
    start()


def _rss_now_mb(kind: str = "VmRSS") -> float:
    """Resident memory now (Linux ``/proc``; elsewhere the peak, the best the platform gives).

    ``RssAnon`` is the process's own memory (heap); ``RssFile`` the pages of mapped files
    it touched (the index's segments, shared with the system's file cache and reclaimable).
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(kind + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(args: argparse.Namespace) -> dict:
    start_telusur()
    from telusur.index import Library
    from telusur.searcher import SearchEngine, SearchRequest

    queries = load_workload(args.workload, args.folder, args.queries)
    base_mb = _rss_now_mb()
    engine = SearchEngine(Library(args.index_dir), expand=not args.no_expand)

    def timed(text: str) -> float:
        c = time.process_time()
        engine.search(SearchRequest(text, page=1, page_size=20, snippets=True))
        return (time.process_time() - c) * 1000

    first = timed(args.first)
    second = timed(args.second)
    again = timed(args.first)
    for q in queries:
        engine.search(SearchRequest(q.text, q.date_from, q.date_to, q.sort, page=1, page_size=20, snippets=True))
    return {"first_ms": first, "second_ms": second, "first_again_ms": again, "base_rss_mb": base_mb,
            "rss_mb": _rss_now_mb(), "rss_anon_mb": _rss_now_mb("RssAnon"), "rss_file_mb": _rss_now_mb("RssFile"),
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "queries": len(queries)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("index_dir", type=Path)
    ap.add_argument("--workload", type=Path, required=True)
    ap.add_argument("--folder", type=Path)
    ap.add_argument("--queries", type=int, default=100)
    ap.add_argument("--first", default="kpk")
    ap.add_argument("--second", default="korupsi")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--no-expand", action="store_true")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--python-P", action="store_true", help=argparse.SUPPRESS)  # children too: a snapshot's telusur
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(args)))
        return 0
    load_workload(args.workload, args.folder, args.queries)  # drawn once, before any timed child
    runs = []
    for _ in range(args.rounds):
        flags = ["-P"] if args.python_P else []
        given = argv if argv is not None else sys.argv[1:]
        cmd = [sys.executable, *flags, "-m", "bench.process_costs", "--child", *given]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=os.environ.copy())
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    index_mb = dir_mb(args.index_dir)
    med["index_mb"] = index_mb
    med["first_over_second"] = med["first_ms"] / max(med["second_ms"], 1e-9)
    med["rss_over_index"] = med["rss_mb"] / max(index_mb, 1e-9)
    print(f"{'first search CPU ms':<28}{med['first_ms']:>10.1f}")
    print(f"{'second search CPU ms':<28}{med['second_ms']:>10.1f}")
    print(f"{'first/second':<28}{med['first_over_second']:>10.2f}   goal <= 1.5")
    print(f"{'RSS after queries MB':<28}{med['rss_mb']:>10.1f}   (peak {med['peak_rss_mb']:.1f}, "
          f"after imports {med['base_rss_mb']:.1f})")
    print(f"{'  of which own (RssAnon) MB':<28}{med['rss_anon_mb']:>10.1f}   mapped files (RssFile) "
          f"{med['rss_file_mb']:.1f} MB")
    print(f"{'index on disk MB':<28}{index_mb:>10.1f}")
    print(f"{'RSS/index':<28}{med['rss_over_index']:>10.2f}   goal <= 1.0")
    print(json.dumps(med))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
