"""Issue 20's and 22's speed and memory goals, measured in one run on built indexes.

    .venv/bin/python -m bench.goals TELUSUR_INDEX FTS5_INDEX --workload W.json [--label 1x] [--rounds 3]
    .venv/bin/python -m bench.speed --goals TELUSUR_INDEX,FTS5_INDEX --goals-workload W.json   # the same

TELUSUR_INDEX is a library folder (``telusur --index-dir X index ARTICLES``), FTS5_INDEX
bench/peers.py's FTS5 index of the same articles (``python -m bench.query_times DIR
--engine fts5 --folder ARTICLES`` builds it), W.json a bench/workload.py workload
(bench/query_times.py writes one). Every figure is CPU time of one thread (what a
loaded machine distorts least), medians over ``--rounds`` fresh processes:

- query with snippets p50/p95, Telusur against FTS5 (goal: p95 <= 1.5x FTS5);
- expanded queries (kpk, dpr menyetujui revisi, bumn) against the same with
  ``--no-expand`` (goal: p95 <= 2x);
- a fresh process's first search against its second (goal: <= 1.5x);
- search process RSS after the workload against the index's size on disk (goal: <= 1x).
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.speed import dir_mb, pct

EXPANDED = ("kpk", "dpr menyetujui revisi", "bumn")


def _json_of(cmd: list[str], env: dict[str, str] | None = None) -> dict:
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env)
    return json.loads(out.stdout.strip().splitlines()[-1])


def expansion_child(index_dir: str, rounds: int) -> dict:
    """CPU of the expanded queries with and without expansion, alternating, in this process."""
    from bench.process_costs import start_telusur

    start_telusur()
    from telusur.index import Library
    from telusur.searcher import SearchEngine, SearchRequest

    library = Library(index_dir)
    engines = {True: SearchEngine(library), False: SearchEngine(library, expand=False)}
    times: dict[bool, list[float]] = {True: [], False: []}
    for expand in (True, False):  # warm: open, columns, lookups
        for text in EXPANDED:
            engines[expand].search(SearchRequest(text, page_size=20))
    for _ in range(rounds):
        for text in EXPANDED:
            for expand in (True, False):
                recent = getattr(engines[expand], "_recent", None)
                if recent is not None:  # the engine keeps recent result sets: time the search, not the cache
                    recent.clear()
                c = time.process_time()
                engines[expand].search(SearchRequest(text, page_size=20, snippets=True))
                times[expand].append((time.process_time() - c) * 1000)
    return {"expanded_p50_ms": statistics.median(times[True]), "expanded_p95_ms": pct(times[True], 0.95),
            "plain_p50_ms": statistics.median(times[False]), "plain_p95_ms": pct(times[False], 0.95)}


def measure(telusur: Path, fts5: Path, workload: Path, rounds: int, rev: str | None = None) -> dict:
    """The figures; ``rev``: Telusur's processes run that git revision (bench/speed.py installs it)."""
    py = [sys.executable]
    env = None
    if rev is not None:
        import tempfile

        from bench.speed import use_telusur_source

        source = use_telusur_source(rev, Path(tempfile.mkdtemp(prefix="telusur-goals-")))
        py, env = [sys.executable, "-P"], source.child_env()
    tel = [_json_of([*py, "-m", "bench.query_times", str(telusur), "--workload", str(workload)], env)
           for _ in range(rounds)]
    fts = [_json_of([sys.executable, "-m", "bench.query_times", str(fts5), "--engine", "fts5", "--workload",
                     str(workload)]) for _ in range(rounds)]
    exp = [_json_of([*py, "-m", "bench.goals", "--expansion-child", str(telusur)], env) for _ in range(rounds)]
    proc = _json_of([*py, "-m", "bench.process_costs", str(telusur), "--workload", str(workload),
                     "--rounds", str(rounds), *(["--python-P"] if rev is not None else [])], env)

    def med(runs: list[dict], key: str) -> float:
        return statistics.median(r[key] for r in runs)

    return {
        "telusur_cpu_p50_ms": med(tel, "cpu_p50_ms"), "telusur_cpu_p95_ms": med(tel, "cpu_p95_ms"),
        "fts5_cpu_p50_ms": med(fts, "cpu_p50_ms"), "fts5_cpu_p95_ms": med(fts, "cpu_p95_ms"),
        "expanded_p95_ms": med(exp, "expanded_p95_ms"), "plain_p95_ms": med(exp, "plain_p95_ms"),
        "expanded_p50_ms": med(exp, "expanded_p50_ms"), "plain_p50_ms": med(exp, "plain_p50_ms"),
        "first_ms": proc["first_ms"], "second_ms": proc["second_ms"],
        "rss_mb": proc["rss_mb"], "rss_anon_mb": proc.get("rss_anon_mb", float("nan")),
        "rss_file_mb": proc.get("rss_file_mb", float("nan")), "index_mb": dir_mb(telusur),
    }


def goal_rows(fig: dict) -> list[tuple[str, str, str, bool]]:
    """(goal, figure, limit, met) for each goal."""
    q = fig["telusur_cpu_p95_ms"] / fig["fts5_cpu_p95_ms"]
    e = fig["expanded_p95_ms"] / fig["plain_p95_ms"]
    f = fig["first_ms"] / fig["second_ms"]
    r = fig["rss_mb"] / fig["index_mb"]
    return [
        ("query with snippets CPU p95 / FTS5",
         f"{fig['telusur_cpu_p95_ms']:.1f} / {fig['fts5_cpu_p95_ms']:.1f} ms = {q:.2f}x "
         f"(p50 {fig['telusur_cpu_p50_ms']:.1f} / {fig['fts5_cpu_p50_ms']:.1f} ms)", "<= 1.5x", q <= 1.5),
        ("expanded / --no-expand p95",
         f"{fig['expanded_p95_ms']:.1f} / {fig['plain_p95_ms']:.1f} ms = {e:.2f}x", "<= 2x", e <= 2.0),
        ("fresh process first / second search",
         f"{fig['first_ms']:.1f} / {fig['second_ms']:.1f} ms = {f:.2f}x", "<= 1.5x", f <= 1.5),
        ("RSS after 100 queries / index size",
         f"{fig['rss_mb']:.0f} / {fig['index_mb']:.0f} MB = {r:.2f}x (own {fig['rss_anon_mb']:.0f} MB, "
         f"mapped index pages {fig['rss_file_mb']:.0f} MB)", "<= 1x", r <= 1.0),
    ]


def print_goals(label: str, fig: dict) -> None:
    print(f"| goal ({label}) | figure | limit | met? |")
    print("|---|---|---|---|")
    for name, figure, limit, met in goal_rows(fig):
        print(f"| {name} | {figure} | {limit} | {'yes' if met else '**no**'} |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("telusur_index", type=Path)
    ap.add_argument("fts5_index", type=Path, nargs="?")
    ap.add_argument("--workload", type=Path)
    ap.add_argument("--label", default="")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--telusur-rev", default=None, metavar="REV", help="run Telusur's side at this git revision")
    ap.add_argument("--expansion-child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.expansion_child:
        print(json.dumps(expansion_child(str(args.telusur_index), 7)))
        return 0
    if args.fts5_index is None or args.workload is None:
        ap.error("give TELUSUR_INDEX FTS5_INDEX --workload W.json")
    fig = measure(args.telusur_index, args.fts5_index, args.workload, args.rounds, args.telusur_rev)
    print_goals(args.label or str(args.telusur_index), fig)
    print(json.dumps(fig))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
