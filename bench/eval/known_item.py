"""Known-item check: find an article from headline words in *other* inflections.

For N articles picked at random (fixed seed), take 2-4 distinctive headline
words (lowest document frequency), replace each by another inflection of its
Sastrawi root (me-/di-/pe-an/ber-/-an/-nya/ke-an, with Indonesian nasal
assimilation, e.g. ``tangkap`` -> ``penangkapan``/``ditangkap``/``menangkap``),
keeping only forms that occur in the corpus at least twice (real words), and
check whether the article is in each system's top 10.

    .venv/bin/python -m bench.eval.known_item [--n 200] [--seed 6] [--systems telusur whoosh fts5 tantivy]

Run it from the project root. The queries come from --jsonl (the CLICK-ID
corpus, CC BY 4.0; default ../shared/corpus/clickid-news.jsonl.gz); --corpus is
the same articles materialized as files (see ``bench.eval.run``).

Proper nouns (words the corpus bodies mostly write capitalised) are kept as
written: names do not inflect. Every query has at least one rewritten word.
Queries and per-query ranks go to bench/out/known_item.json.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

from bench.corpus import CorpusError, check_input
from bench.eval.common import DEFAULT_CORPUS, OUT, REPO, SHARED_JSONL

WORD = re.compile(r"[A-Za-z]+")


def nasal(prefix: str, root: str) -> str:
    """meN-/peN- + root with Indonesian nasal assimilation."""
    r = root
    if r[0] in "aiueo":
        return prefix + "ng" + r
    if r[0] in "bfv":
        return prefix + "m" + r
    if r[0] == "p":
        return prefix + "m" + r[1:]
    if r.startswith("sy") or r[0] in "dcjz":
        return prefix + "n" + r
    if r[0] == "t":
        return prefix + "n" + r[1:]
    if r[0] in "gh":
        return prefix + "ng" + r
    if r[0] == "k":
        return prefix + "ng" + r[1:]
    if r[0] == "s":
        return prefix + "ny" + r[1:]
    return prefix + r  # l m n r w y ng ny


def inflections(root: str) -> list[str]:
    return [
        "di" + root,
        nasal("me", root),
        nasal("pe", root) + "an",
        root + "nya",
        "ber" + root,
        root + "an",
        "ke" + root + "an",
        root,
    ]


def make_queries(n: int, seed: int, jsonl: Path = SHARED_JSONL):
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
    from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

    stemmer = StemmerFactory().create_stemmer()
    stops = set(StopWordRemoverFactory().get_stop_words())
    records = []
    df: Counter[str] = Counter()
    lower: Counter[str] = Counter()  # body occurrences written in lower case: names almost never are
    with gzip.open(jsonl, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            records.append((rec["id"], rec["headline"]))
            body_words = WORD.findall(rec["body"])
            df.update(set(w.lower() for w in WORD.findall(rec["headline"]) + body_words))
            lower.update(w for w in body_words if w.islower())
    rng = random.Random(seed)
    rng.shuffle(records)
    queries = []
    for doc, headline in records:
        words: list[tuple[str, bool]] = []
        for w in WORD.findall(headline):
            lw = w.lower()
            if len(lw) < 4 or lw in stops or lw in (x[0] for x in words):
                continue
            words.append((lw, lower[lw] * 5 < df[lw]))  # mostly capitalised: a name
        if len(words) < 3:
            continue
        k = rng.randint(2, 4)
        chosen = sorted(words, key=lambda x: df[x[0]])[:k]
        out, rewritten, roots = [], 0, set()
        for lw, name in chosen:
            root = stemmer.stem(lw)
            if root in roots:
                continue
            roots.add(root)
            if not root or " " in root or name:
                out.append(lw)  # a name, or nothing to inflect
                continue
            options = [f for f in inflections(root) if f != lw]
            # Prefer forms attested in the corpus (a real user writes real words).
            real = [f for f in options if df[f] >= 2]
            if not real:
                out.append(lw)
                continue
            out.append(rng.choice(real))
            rewritten += 1
        if rewritten == 0:
            continue
        rng.shuffle(out)
        queries.append({"qid": doc, "query": " ".join(out), "headline_words": [c[0] for c in chosen]})
        if len(queries) >= n:
            break
    return queries


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--jsonl", type=Path, default=SHARED_JSONL, help="the corpus file (default: %(default)s)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                    help="the same articles as a folder of .txt files (default: %(default)s)")
    ap.add_argument("--cache", type=Path, default=OUT / "idx")
    ap.add_argument("--systems", nargs="+", default=["telusur", "whoosh", "fts5", "tantivy"])
    args = ap.parse_args(argv)
    try:
        check_input(args.jsonl)
        check_input(args.corpus)
    except CorpusError as err:
        print(f"bench.eval.known_item: {err}", file=sys.stderr)
        return 2
    queries = make_queries(args.n, args.seed, args.jsonl)
    ranks = {}
    for system in args.systems:
        if system in ("whoosh", "fts5", "tantivy"):
            from bench.eval.peer_adapter import open_peer, run_queries

            peer = open_peer(system, args.corpus, args.cache)
            run = run_queries(peer, [{"qid": q["qid"], "text": q["query"]} for q in queries], 10)
            peer.close()
        else:
            qfile, ofile = OUT / f"ki-queries-{system}.json", OUT / f"ki-run-{system}.json"
            qfile.write_text(json.dumps([{"qid": q["qid"], "text": q["query"], "limit": 10} for q in queries]))
            subprocess.run([sys.executable, "-m", "bench.eval.telusur_worker", system, str(args.corpus),
                            str(args.cache), str(qfile), str(ofile)], check=True, cwd=REPO)
            run = json.loads(ofile.read_text())
        ranks[system] = {q["qid"]: (run[q["qid"]].index(q["qid"]) + 1 if q["qid"] in run[q["qid"]] else None)
                         for q in queries}
    print(f"known-item: {len(queries)} articles, seed {args.seed}, query = 2-4 headline words re-inflected")
    print("| system | found in top 10 | found at rank 1 | MRR@10 |\n|---|---|---|---|")
    summary = {}
    for system, r in ranks.items():
        found = sum(1 for v in r.values() if v)
        first = sum(1 for v in r.values() if v == 1)
        m = sum(1 / v for v in r.values() if v) / len(r)
        summary[system] = {"top10": found / len(r), "top1": first / len(r), "mrr10": m}
        print(f"| {system} | {found / len(r):.1%} | {first / len(r):.1%} | {m:.3f} |")
    (OUT / "known_item.json").write_text(json.dumps(
        {"seed": args.seed, "summary": summary, "queries": queries, "ranks": ranks}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
