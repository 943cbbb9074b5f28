"""Assessor's helper over bench/out/pool.tsv (written by ``run.py --pool``).

    .venv/bin/python -m bench.eval.judge show q01 q02 ...   # unjudged pooled articles, numbered, with intent
    .venv/bin/python -m bench.eval.judge grade GRADES_FILE  # lines "q01 2210...": one grade per shown article

Grades are appended to qrels.tsv (qid, article id, grade); only ids and grades
are stored, never article text.
"""
from __future__ import annotations

import sys

from bench.eval.common import OUT, QRELS, load_qrels, load_queries


def pool_rows():
    rows: dict[str, list[tuple[str, str, str, str]]] = {}
    judged = load_qrels()
    with (OUT / "pool.tsv").open(encoding="utf-8") as f:
        next(f)
        for line in f:
            qid, doc, _, date, head, body = line.rstrip("\n").split("\t")
            if doc in judged.get(qid, {}):
                continue
            rows.setdefault(qid, []).append((doc, date, head, body))
    return rows


def show(qids, width=110):
    queries = {q["qid"]: q for q in load_queries()}
    rows = pool_rows()
    for qid in qids:
        q = queries[qid]
        print(f"## {qid} [{q['kind']}] {q['query']!r} {q['date_from'] or ''} {q['date_to'] or ''} -- {q['intent']}")
        for i, (_doc, date, head, body) in enumerate(rows.get(qid, []), 1):
            print(f"{i}. {date} | {head} | {body[:width]}")


def grade(path):
    rows = pool_rows()
    new = []
    for line in open(path, encoding="utf-8"):
        parts = line.split()
        if not parts:
            continue
        qid, digits = parts[0], "".join(parts[1:])
        docs = rows.get(qid, [])
        if len(digits) != len(docs):
            sys.exit(f"{qid}: {len(digits)} grades for {len(docs)} unjudged articles")
        new += [f"{qid}\t{doc[0]}\t{g}" for doc, g in zip(docs, digits, strict=True)]
    exists = QRELS.exists()
    with QRELS.open("a", encoding="utf-8") as f:
        if not exists:
            f.write("# Graded judgments: qid, article id (corpus id), grade (0 not, 1 partly, 2 on topic).\n")
            f.write("qid\tdoc\tgrade\n")
        f.write("\n".join(new) + "\n")
    print(f"{len(new)} judgments appended")


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in ("show", "grade") or (argv[0] == "grade" and len(argv) != 2):
        print(__doc__, file=sys.stderr)
        return 2
    if not (OUT / "pool.tsv").exists():
        print(f"no {OUT / 'pool.tsv'}: write it first with `python -m bench.eval.run --pool`", file=sys.stderr)
        return 2
    if argv[0] == "show":
        show(argv[1:])
    else:
        grade(argv[1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
