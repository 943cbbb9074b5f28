"""Assessor's helper over bench/out/pool.tsv (written by ``run.py --pool``).

    judge.py show q01 q02 ...      # unjudged pooled articles, numbered, with intent
    judge.py grade GRADES_FILE     # lines "q01 2210...": one grade per shown article, in order

Grades are appended to qrels.tsv (qid, article id, grade); only ids and grades
are stored, never article text.
"""
from __future__ import annotations

import sys

from common import OUT, QRELS, load_qrels, load_queries


def pool_rows():
    rows = {}
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
        for i, (doc, date, head, body) in enumerate(rows.get(qid, []), 1):
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
        new += [f"{qid}\t{doc[0]}\t{g}" for doc, g in zip(docs, digits)]
    exists = QRELS.exists()
    with QRELS.open("a", encoding="utf-8") as f:
        if not exists:
            f.write("# Graded judgments: qid, article id (corpus id), grade (0 not, 1 partly, 2 on topic).\n")
            f.write("qid\tdoc\tgrade\n")
        f.write("\n".join(new) + "\n")
    print(f"{len(new)} judgments appended")


if __name__ == "__main__":
    if sys.argv[1] == "show":
        show(sys.argv[2:])
    else:
        grade(sys.argv[2])
