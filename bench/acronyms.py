"""Acronym definitions learnt from a corpus: counts, top pairs, a sample to judge, decisions.

    python -m bench.acronyms [CORPUS.jsonl.gz] [--sample 50] [--seed 15] [--json OUT]

CORPUS defaults to ../shared/corpus/clickid-news.jsonl.gz relative to the
project root; it is read only. The sample is drawn from the distinct pairs
the finder produced (before any support threshold) and printed with one
context line each, for a person to judge; a second sample is drawn from the
acronyms that expand under the default policy (what would reach queries).
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import time
from collections import Counter
from pathlib import Path

from telusur.analysis.acronym_table import (
    AcronymTable,
    Pair,
    Policy,
    Verdict,
    acronym_key,
    document_pairs,
    long_key,
)
from telusur.analysis.acronyms import find_definitions

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpus" / "clickid-news.jsonl.gz"
ASKED = ["DPR", "KPK", "DPRD", "HAM", "BUMN", "PN", "SUGBK", "PP", "MA", "AS"]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--sample", type=int, default=50)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--json", type=Path, help="write the figures here as JSON")
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        raise SystemExit(f"no corpus at {args.corpus}")

    table = AcronymTable()
    contexts: dict[Pair, str] = {}
    articles = instances = 0
    began = time.perf_counter()
    with gzip.open(args.corpus, "rt", encoding="utf-8") as lines:
        for line in lines:
            body = json.loads(line).get("body") or ""
            articles += 1
            found = find_definitions(body)
            instances += len(found)
            for d in found:
                pair = Pair(" ".join(d.short.split()), long_key(d.long))
                contexts.setdefault(pair, " ".join(body[max(0, d.start - 40) : d.end + 20].split()))
            table.add(document_pairs(body))
    seconds = time.perf_counter() - began

    policy = Policy()
    exp = table.expansions(policy)
    verdicts = Counter(d.verdict for d in exp.decisions.values())
    trusted = sum(1 for p, n in table.counts.items() if n >= policy.min_support)
    print(f"{articles} articles in {seconds:.1f} s: {instances} definitions, {len(table.counts)} distinct pairs, "
          f"{trusted} with support >= {policy.min_support}")
    print(f"{len(exp.decisions)} acronyms: " + ", ".join(f"{v.value} {verdicts[v]}" for v in Verdict))

    print("\nTop 30 pairs by articles defining them:")
    for pair, n in table.counts.most_common(30):
        print(f"  {n:5d}  {pair.short:14s} {pair.long}")

    print("\nAmbiguous acronyms (no sense has the dominant share), most defined first:")
    ambiguous = sorted((d for d in exp.decisions.values() if d.verdict is Verdict.AMBIGUOUS), key=lambda d: -d.total)
    for d in ambiguous[:40]:
        print(f"  {d.acronym:10s} " + "; ".join(f"{s.long} {s.support}" for s in d.senses[:4]))
    print(f"  ({len(ambiguous)} in all)")

    print("\nDecisions:")
    asked = {}
    for name in ASKED:
        d = exp.decisions.get(acronym_key(name))
        if d is None:
            print(f"  {name:6s} never defined")
            continue
        senses = "; ".join(f"{s.long} {s.support}" for s in d.senses[:3])
        print(f"  {name:6s} {d.verdict.value:9s} case_sensitive={d.case_sensitive!s:5s} -> "
              f"{d.chosen.long if d.chosen else '-'}   [{senses}]")
        asked[name] = {"verdict": d.verdict.value, "chosen": d.chosen.long if d.chosen else None,
                       "case_sensitive": d.case_sensitive, "senses": [[s.long, s.support] for s in d.senses[:5]]}

    rng = random.Random(args.seed)
    sample = rng.sample(sorted(table.counts), min(args.sample, len(table.counts)))
    print(f"\nRandom sample of {len(sample)} distinct pairs (seed {args.seed}) to judge:")
    for i, pair in enumerate(sample, 1):
        print(f"  {i:2d}. {pair.short} = {pair.long}  [{table.counts[pair]}]  … {contexts.get(pair, '')} …")

    expanding = sorted(d.acronym for d in exp.decisions.values() if d.verdict is Verdict.EXPANDS)
    chosen = rng.sample(expanding, min(args.sample, len(expanding)))
    print(f"\nRandom sample of {len(chosen)} acronyms that expand (what reaches queries) to judge:")
    for i, name in enumerate(chosen, 1):
        d = exp.decisions[acronym_key(name)]
        assert d.chosen is not None
        print(f"  {i:2d}. {name} -> {d.chosen.long}  [{d.chosen.support} of {d.total}]")

    if args.json:
        args.json.write_text(json.dumps({
            "articles": articles, "definitions": instances, "distinct_pairs": len(table.counts),
            "trusted_pairs": trusted, "verdicts": {v.value: verdicts[v] for v in Verdict},
            "top": [[p.short, p.long, n] for p, n in table.counts.most_common(30)],
            "asked": asked, "sample": [[p.short, p.long, table.counts[p]] for p in sample],
            "expanding_sample": chosen, "seconds": seconds,
        }, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
