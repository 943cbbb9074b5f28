"""Larger SIGKILL crash run: more trials and a bigger folder than the CI test.

    .venv/bin/python -m bench.crash_trials [--articles 1500] [--trials 60] [--seed 7]

Run it from the project root: the trials are the reliability tests' own
machinery (tests/reliability/rel_crash.py), imported as ``tests.reliability``.

Each trial kills an indexer subprocess at a random moment of a full build or
an incremental sync, then checks the guarantees (index opens, searches answer,
old-or-new documents only, no stale lock, the next sync converges to a fresh
build). A failed guarantee stops the run with the assertion; otherwise a table
of outcomes is printed.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

from tests.reliability.rel_crash import CrashBench, TrialResult


def table(results: list[TrialResult]) -> str:
    rows = [f"{'kind':<12} {'trials':>6} {'killed':>6} {'old':>5} {'new':>5} {'empty':>5} {'rebuilt':>7} "
            f"{'mean recover s':>14} {'max recover s':>13}"]
    for kind in ("full", "incremental"):
        mine = [r for r in results if r.kind == kind]
        if not mine:
            continue
        states = Counter(r.state for r in mine)
        recovers = [r.recover_s for r in mine]
        rows.append(
            f"{kind:<12} {len(mine):>6} {sum(r.killed for r in mine):>6} {states['old']:>5} {states['new']:>5} "
            f"{states['empty']:>5} {sum(r.rebuilt is not None for r in mine):>7} "
            f"{sum(recovers) / len(recovers):>14.3f} {max(recovers):>13.3f}"
        )
    return "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1500)
    parser.add_argument("--trials", type=int, default=60, help="per kind (full build, incremental sync)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="telusur-crash-") as tmp:
        bench = CrashBench(Path(tmp), count=args.articles, seed=args.seed)
        print(f"{args.articles} articles; uninterrupted full build {bench.full_s:.2f} s, "
              f"incremental sync {bench.incr_s:.2f} s", flush=True)
        results: list[TrialResult] = []
        for kind in ("full", "incremental"):
            for trial in range(args.trials):
                results.append(bench.trial(kind, args.seed * 10_000 + trial))
                print(".", end="", flush=True)
            print(flush=True)
    print(table(results))
    print("all guarantees held (old/new: what the kill left; rebuilt: index started over after the kill)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
