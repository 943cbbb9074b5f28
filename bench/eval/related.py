"""Related-article precision on the judged evaluation set (issue 12).

    .venv/bin/python -m bench.eval.related --index DIR [--per-query 5] [--grade 2]

For each query, its judged relevant articles (grade >= ``--grade``) are the
seeds: the related articles of a seed should be relevant to the same query
far more often than a random article is. Reported per seed and averaged:
precision of the (up to 10) related articles = share judged relevant to the
query (unjudged count as not relevant, so this is a lower bound), against
two baselines: the query's relevant rate in the whole archive (relevant /
articles) and in its judged pool (relevant / judged, a much harder bar:
the pool holds what search engines already ranked high for the query).
DIR is an index of the corpus in the layout bench/eval uses (file names are
corpus ids), e.g. one built with ``telusur index`` from materialize.py's output.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

from bench.eval.common import article_id, load_qrels, load_queries


def run(index_dir: Path, per_query: int, grade: int, days: int | None) -> dict:
    from telusur.index import Library
    from telusur.searcher import SearchEngine

    library = Library(index_dir)
    engine = SearchEngine(library)
    n_docs = engine.document_count()
    paths = _paths_by_id(engine)
    qrels = load_qrels()
    rows = []
    for query in load_queries():
        judged = qrels.get(query["qid"], {})
        relevant = {doc for doc, g in judged.items() if g >= grade}
        if len(relevant) < 2:
            continue
        seeds = sorted(relevant)[:per_query]
        for seed in seeds:
            if seed not in paths:
                continue
            related = engine.related(paths[seed], days=days)
            ids = [article_id(h.path) for h in related.hits]
            if not ids:
                continue
            rows.append({
                "qid": query["qid"], "seed": seed, "related": len(ids),
                "precision": sum(1 for i in ids if i in relevant) / len(ids),
                "base_archive": (len(relevant) - 1) / (n_docs - 1),
                "base_pool": (len(relevant) - 1) / max(1, len(judged) - 1),
            })
    mean = {k: statistics.mean(r[k] for r in rows) for k in ("precision", "base_archive", "base_pool")} if rows else {}
    return {
        "articles": n_docs,
        "queries": len({r["qid"] for r in rows}),
        "seeds": len(rows),
        "grade": grade,
        "days": days,
        **{f"mean_{k}": round(v, 4) for k, v in mean.items()},
        "lift_over_archive": round(mean["precision"] / mean["base_archive"], 1) if mean else None,
        "lift_over_pool": round(mean["precision"] / mean["base_pool"], 2) if mean else None,
        "per_query": _per_query(rows),
    }


def _per_query(rows: list[dict]) -> dict:
    out: dict[str, float] = {}
    for qid in sorted({r["qid"] for r in rows}):
        out[qid] = round(statistics.mean(r["precision"] for r in rows if r["qid"] == qid), 3)
    return out


def _paths_by_id(engine) -> dict[str, str]:
    searcher = engine._current()
    return {article_id(stored["path"]): stored["path"] for stored in searcher.all_stored_fields()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--index", type=Path, required=True)
    ap.add_argument("--per-query", type=int, default=5, help="relevant articles used as seeds per query")
    ap.add_argument("--grade", type=int, default=2, help="lowest grade that counts as relevant (default 2)")
    ap.add_argument("--days", type=int, default=None, help="related within this many days of the seed")
    args = ap.parse_args(argv)
    print(json.dumps(run(args.index, args.per_query, args.grade, args.days), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
