"""Does a change to indexing leave search results exactly as they were?

    .venv/bin/python -m bench.same_results FOLDER --before REV [--after REV] [--limit 3000] [--queries 200]

Builds an index of the same articles with Telusur as of ``--before`` (a git
revision, pip-installed into a temporary folder as bench.speed does) and as
of ``--after`` (default: the working tree), runs the same workload queries on
both, each in its own process, and compares every query's total, the keys of
its first page (20 hits, relevance or date order as the workload asks),
their wire-copy groups, and their scores. Then it adds a held-out tenth of
the articles to both indexes (the add path of a daily sync) and compares
again. Prints the differences and exits 1 when there are any.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.speed import ROOT, TelusurSource, _files, _link_tree, use_telusur_source
from bench.workload import BenchQuery, build_workload, corpus_stats

PAGE = 20


def worker(args: argparse.Namespace) -> int:
    """Child: build (or add to) the index, run the queries, write what they found."""
    from telusur.index import Library
    from telusur.searcher import SearchEngine, SearchRequest

    lib = Library(args.index_dir)
    lib.add_folders([args.folder])
    lib.sync([args.folder])
    queries = [BenchQuery.from_json(d) for d in json.loads(Path(args.queries_file).read_text())]
    engine = SearchEngine(lib)
    fields = {f.name for f in dataclasses.fields(SearchRequest)}
    extra = {k: v for k, v in (("exact_total", True), ("snippets", False)) if k in fields}
    found = []
    for q in queries:
        res = engine.search(SearchRequest(q.text, q.date_from, q.date_to, q.sort, page=1, page_size=PAGE, **extra))
        found.append({
            "query": q.text,
            "total": res.total,
            "hits": [[getattr(h, "key", "") or h.path, getattr(h, "group", None), round(h.score, 6)] for h in res.hits],
        })
    Path(args.result).write_text(json.dumps(found))
    return 0


def run_child(argv: list[str], timeout: float, source: TelusurSource) -> list[dict]:
    """``python -m bench.same_results --worker ...`` importing ``source``'s Telusur."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as tmp:
        result = tmp.name
    try:
        cmd = [*source.child_command()[:-1], "bench.same_results", *argv, "--result", result]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=source.child_env())
        if proc.returncode != 0:
            raise RuntimeError(f"worker failed:\n{proc.stderr[-3000:]}")
        return json.loads(Path(result).read_text())
    finally:
        os.unlink(result)


def compare(before: list[dict], after: list[dict]) -> list[str]:
    out = []
    for b, a in zip(before, after, strict=True):
        if b["total"] != a["total"]:
            out.append(f"{b['query']!r}: total {b['total']} -> {a['total']}")
        if [h[:2] for h in b["hits"]] != [h[:2] for h in a["hits"]]:
            out.append(f"{b['query']!r}: first page differs")
        elif any(abs(x[2] - y[2]) > 1e-6 * max(1.0, abs(x[2])) for x, y in zip(b["hits"], a["hits"], strict=True)):
            out.append(f"{b['query']!r}: scores differ")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", type=Path)
    ap.add_argument("--before", help="git revision to compare against")
    ap.add_argument("--after", default=None, help="git revision (default: the working tree)")
    ap.add_argument("--limit", type=int, default=3000)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--index-dir", help=argparse.SUPPRESS)
    ap.add_argument("--queries-file", help=argparse.SUPPRESS)
    ap.add_argument("--result", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        args.folder = str(args.folder)
        return worker(args)
    if args.folder is None or args.before is None:
        ap.error("FOLDER and --before are required")
    from bench.peers import iter_docs

    work = Path(tempfile.mkdtemp(prefix="telusur-same-"))
    try:
        files = sorted(_files(str(args.folder)))
        files = files[:: max(1, len(files) // args.limit)][: args.limit]
        held = set(files[::10])
        base, new = work / "base", work / "new"
        _link_tree([f for f in files if f not in held], args.folder, base)
        _link_tree(sorted(held), args.folder, new)
        qfile = work / "queries.json"
        queries = build_workload(corpus_stats(iter_docs(str(base))), args.queries)
        qfile.write_text(json.dumps([q.to_json() for q in queries]))
        sources = {
            "before": use_telusur_source(args.before, work / "before"),
            "after": use_telusur_source(args.after, work / "after"),
        }
        found: dict[str, dict[str, list[dict]]] = {"build": {}, "add": {}}
        for name, source in sources.items():
            (work / name).mkdir(exist_ok=True)
            index_dir = work / name / "index"
            for step, folder in (("build", base), ("add", new)):
                argv = ["--worker", str(folder), "--index-dir", str(index_dir), "--queries-file", str(qfile)]
                found[step][name] = run_child(argv, 3600, source)
        problems = {step: compare(v["before"], v["after"]) for step, v in found.items()}
        for step, found_problems in problems.items():
            hits = sum(len(r["hits"]) for r in found[step]["after"])
            print(f"{step}: {len(queries)} queries ({hits} first-page hits compared), {len(found_problems)} differ")
            for line in found_problems[:20]:
                print("   ", line)
        return 1 if any(problems.values()) else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
