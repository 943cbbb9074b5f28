"""Telusur search-quality evaluation: one command, every system, one table.

    .venv/bin/python -m bench.eval.run                 # all systems, table + JSON
    .venv/bin/python -m bench.eval.run --systems telusur whoosh fts5
    .venv/bin/python -m bench.eval.run --pool          # also write the pooled top 20 for judging

Run it from the project root. --corpus is a folder of articles in Telusur's
file layout (default /tmp/corpus/mixed, in the system's temporary folder);
when it is missing it is written from --jsonl (the CLICK-ID corpus, CC BY 4.0,
default ../shared/corpus/clickid-news.jsonl.gz next to the project folder)
with the corpus's materialize.py (--date-style mixed). File names carry the
corpus ids.

Each system's index is built once and cached under bench/out/idx/ (delete a
folder there to rebuild it). Telusur variants run in their own subprocess
(``python -m bench.eval.telusur_worker``), because the stemmer backend is
chosen at import time. Metrics (common.py): nDCG@10 with gain 2^grade-1, MRR
and recall@100 with grade >= 1 as relevant; unjudged documents count as not
relevant. Results go to bench/out/eval_results.json and bench/out/eval_table.md
(--out elsewhere).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench.corpus import CorpusError, check_input, materialize
from bench.eval.common import (
    DEFAULT_CORPUS,
    KINDS,
    OUT,
    REPO,
    SHARED_JSONL,
    load_qrels,
    load_queries,
    mrr,
    ndcg,
    recall,
)
from bench.eval.telusur_worker import VARIANTS, index_key

PEERS = ("whoosh", "fts5", "tantivy")
DEFAULT_SYSTEMS = [
    "telusur", "telusur-nostem", "telusur-snowball", "telusur-nostop", "telusur-nocompound",
    "whoosh", "fts5", "tantivy",
]


def ensure_corpus(corpus: Path, jsonl: Path) -> Path:
    """The folder of articles, written from the corpus file first when it is missing."""
    if corpus.exists():
        return corpus
    print(f"materializing {jsonl} into {corpus} ...", file=sys.stderr)
    return materialize(jsonl, corpus, quiet=False)


def run_telusur(variant: str, queries: list[dict], corpus: Path, cache: Path, limit: int,
                out: Path) -> dict[str, list[str]]:
    qfile = out / f"queries-{variant}.json"
    ofile = out / f"run-{variant}.json"
    payload = [
        {"qid": q["qid"], "text": q["query"], "date_from": q["date_from"], "date_to": q["date_to"], "limit": limit}
        for q in queries
    ]
    qfile.write_text(json.dumps(payload))
    env = dict(os.environ)
    env.pop("TELUSUR_STEMMER", None)
    subprocess.run(
        [sys.executable, "-m", "bench.eval.telusur_worker", variant, str(corpus), str(cache), str(qfile), str(ofile)],
        check=True, env=env, cwd=REPO,
    )
    return json.loads(ofile.read_text())


def run_peer(name: str, queries: list[dict], corpus: Path, cache: Path, limit: int) -> dict[str, list[str]]:
    from bench.eval.peer_adapter import open_peer, run_queries

    peer = open_peer(name, corpus, cache)
    try:
        return run_queries(peer, [{"qid": q["qid"], "text": q["query"], "date_from": q["date_from"],
                                   "date_to": q["date_to"]} for q in queries], limit)
    finally:
        peer.close()


def evaluate(runs, queries, qrels):
    per_query: dict[str, dict[str, dict[str, float]]] = {}
    for system, run in runs.items():
        per_query[system] = {}
        for q in queries:
            judged = qrels.get(q["qid"], {})
            ranked = run.get(q["qid"], [])
            per_query[system][q["qid"]] = {
                "ndcg10": ndcg(ranked, judged), "mrr": mrr(ranked, judged), "recall100": recall(ranked, judged),
            }
    summary: dict[str, dict[str, dict[str, float]]] = {}
    groups = {"overall": [q["qid"] for q in queries]}
    for kind in KINDS:
        ids = [q["qid"] for q in queries if q["kind"] == kind]
        if ids:
            groups[kind] = ids
    for system in runs:
        summary[system] = {}
        for group, ids in groups.items():
            rows = [per_query[system][i] for i in ids]
            summary[system][group] = {m: sum(r[m] for r in rows) / len(rows) for m in ("ndcg10", "mrr", "recall100")}
            summary[system][group]["n"] = len(rows)
    return per_query, summary, groups


def table(summary, groups, metric: str) -> str:
    systems = list(summary)
    head = "| kind (n) | " + " | ".join(systems) + " |"
    lines = [head, "|" + "---|" * (len(systems) + 1)]
    for group, ids in groups.items():
        vals = [summary[s][group][metric] for s in systems]
        best = max(vals)
        cells = [f"**{v:.3f}**" if v == best else f"{v:.3f}" for v in vals]
        lines.append(f"| {group} ({len(ids)}) | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def write_pool(runs, queries, qrels, corpus_jsonl: Path, out: Path, depth: int = 20) -> Path:
    """Pooled top ``depth`` of every system, with text excerpts, for the assessor."""
    import gzip

    need: dict[str, list[str]] = {}
    for q in queries:
        for run in runs.values():
            for d in run.get(q["qid"], [])[:depth]:
                need.setdefault(q["qid"], []).append(d)
    wanted = {d for ds in need.values() for d in ds}
    text = {}
    with gzip.open(corpus_jsonl, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec["id"] in wanted:
                body = " ".join(rec["body"].split())[:300]
                text[rec["id"]] = (rec["date"][:10], rec["headline"], body)
    path = out / "pool.tsv"
    n_new = 0
    with path.open("w", encoding="utf-8") as f:
        f.write("qid\tdoc\tjudged\tdate\theadline\tbody\n")
        for q in queries:
            seen = set()
            for d in need.get(q["qid"], []):
                if d in seen:
                    continue
                seen.add(d)
                judged = qrels.get(q["qid"], {}).get(d)
                n_new += judged is None
                date, head, body = text.get(d, ("", "", ""))
                f.write(f"{q['qid']}\t{d}\t{'' if judged is None else judged}\t{date}\t{head}\t{body}\n")
    print(f"pool written to {path} ({n_new} unjudged)", file=sys.stderr)
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                    help="a folder of .txt articles (default: %(default)s, written from --jsonl when missing)")
    ap.add_argument("--jsonl", type=Path, default=SHARED_JSONL,
                    help="the CLICK-ID corpus file, with its materialize.py beside it (default: %(default)s)")
    ap.add_argument("--out", type=Path, default=OUT, help="where results go (default: %(default)s)")
    ap.add_argument("--systems", nargs="+", default=DEFAULT_SYSTEMS,
                    help=f"any of {', '.join(list(VARIANTS) + list(PEERS))}")
    ap.add_argument("--cache", type=Path, default=OUT / "idx")
    ap.add_argument("--jobs", type=int, default=2, help="systems built/run at once")
    ap.add_argument("--pool", action="store_true", help="write pool.tsv (pooled top 20) to --out for judging")
    ap.add_argument("--limit", type=int, default=100)
    args = ap.parse_args(argv)

    try:
        if args.pool:  # the pool's excerpts come from the corpus file
            check_input(args.jsonl)
        corpus = ensure_corpus(args.corpus, args.jsonl)
    except CorpusError as err:
        print(f"bench.eval.run: {err}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    args.cache.mkdir(parents=True, exist_ok=True)
    queries = load_queries()
    qrels = load_qrels()

    def one(system):
        if system in PEERS:
            return system, run_peer(system, queries, corpus, args.cache, args.limit)
        return system, run_telusur(system, queries, corpus, args.cache, args.limit, args.out)

    # Variants sharing an index must not build it twice at once: run base variants first.
    first: list[str] = []
    later: list[str] = []
    seen: set[str] = set()
    for s in args.systems:
        key = s if s in PEERS else index_key(s)
        (later if key in seen else first).append(s)
        seen.add(key)
    runs = {}
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for system, run in pool.map(one, first):
            runs[system] = run
    for s in later:
        runs[s] = one(s)[1]
    runs = {s: runs[s] for s in args.systems}

    if args.pool:
        write_pool(runs, queries, qrels, args.jsonl, args.out)
    per_query, summary, groups = evaluate(runs, queries, qrels)
    out = {"corpus": str(corpus), "systems": args.systems, "summary": summary, "per_query": per_query,
           "runs": {s: {q: r[:20] for q, r in run.items()} for s, run in runs.items()}}
    (args.out / "eval_results.json").write_text(json.dumps(out, indent=1))
    md = []
    for metric, title in (("ndcg10", "nDCG@10"), ("mrr", "MRR"), ("recall100", "recall@100")):
        md.append(f"### {title}\n\n" + table(summary, groups, metric))
    text = "\n\n".join(md)
    (args.out / "eval_table.md").write_text(text + "\n")
    print(text)
    peers = [s for s in args.systems if s in PEERS]
    if "telusur" in summary and peers:
        best = max(summary[p]["overall"]["ndcg10"] for p in peers)
        t = summary["telusur"]["overall"]["ndcg10"]
        gain = 100 * (t / best - 1) if best else float("inf")
        print(f"\ntelusur nDCG@10 {t:.3f} vs best peer {best:.3f}: {gain:+.1f}%")
        lagging = [g for g in groups if any(summary["telusur"][g]["ndcg10"] < summary[p][g]["ndcg10"] for p in peers)]
        print("kinds where a peer beats telusur:", ", ".join(lagging) or "none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
