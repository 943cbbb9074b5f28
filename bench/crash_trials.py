"""Larger SIGKILL crash run: more trials and a bigger folder than the CI test.

    .venv/bin/python -m bench.crash_trials [--articles 1500] [--trials 60] [--seed 7] [--remove-trials 20]

Run it from the project root: the trials are the reliability tests' own
machinery (tests/reliability/rel_crash.py), imported as ``tests.reliability``.

Each trial kills an indexer subprocess at a random moment of a full build or
an incremental sync, then checks the guarantees (index opens, searches answer,
old-or-new documents only, no stale lock, the next sync converges to a fresh
build). A failed guarantee stops the run with the assertion; otherwise a table
of outcomes is printed.

``--remove-trials``: SIGKILLs at random moments of ``telusur remove`` (issue
16, item 3); after each, one ``telusur index`` must leave exactly the
articles of the folders the library lists.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from telusur.index import Library
from tests.reliability.rel_crash import CrashBench, TrialResult
from tests.reliability.rel_helpers import PYTHON, ROOT, make_folder, records


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


def remove_trials(workdir: Path, count: int, trials: int, seed: int) -> Counter[str]:
    """Kill ``telusur remove`` at random moments; the next index run must converge on the library."""
    keep, drop = workdir / "tetap", workdir / "hapus"
    make_folder(keep, count // 4, seed)
    make_folder(drop, count, seed + 1)
    base = workdir / "remove-base"
    lib = Library(base)
    lib.add_folders([keep, drop])
    lib.sync()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    def start_remove(index_dir: Path) -> tuple[subprocess.Popen, float]:
        """A ``telusur remove`` child, once it has rewritten library.json (the moment that matters)."""
        before = (index_dir / "library.json").stat().st_mtime_ns
        proc = subprocess.Popen([PYTHON, "-m", "telusur", "--index-dir", str(index_dir), "remove", str(drop)],
                                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while proc.poll() is None and (index_dir / "library.json").stat().st_mtime_ns == before:
            time.sleep(0.002)
        return proc, time.monotonic()

    timing = workdir / "remove-timing"
    shutil.copytree(base, timing)
    proc, changed = start_remove(timing)
    proc.wait()
    took = time.monotonic() - changed  # from the library change to the end of the removal
    rng = random.Random(seed)
    outcomes: Counter[str] = Counter()
    for trial in range(trials):
        index_dir = workdir / f"remove-{trial}"
        shutil.copytree(base, index_dir)
        proc, _ = start_remove(index_dir)
        time.sleep(rng.uniform(0, took))
        killed = proc.poll() is None
        if killed:
            proc.send_signal(signal.SIGKILL)
        proc.wait()
        listed = Library(index_dir).folders
        outcomes["killed, folder still listed" if killed and str(os.path.realpath(drop)) in listed
                 else "killed after the library changed" if killed else "finished"] += 1
        subprocess.run([PYTHON, "-m", "telusur", "--index-dir", str(index_dir), "index"], env=env,
                       check=True, stdout=subprocess.DEVNULL)
        paths = {path for path, _, _ in records(Library(index_dir))}
        wanted = {p for p in paths if any(p.startswith(f + os.sep) for f in listed)}
        assert paths == wanted, f"trial {trial}: articles of unlisted folders survived the next index run"
        shutil.rmtree(index_dir)
        print(".", end="", flush=True)
    print(f"\nan uninterrupted remove took {took:.2f} s after it changed the library")
    return outcomes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1500)
    parser.add_argument("--trials", type=int, default=60, help="per kind (full build, incremental sync)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--remove-trials", type=int, default=20, help="kills during `telusur remove`")
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
        if args.remove_trials:
            outcomes = remove_trials(Path(tmp), args.articles, args.remove_trials, args.seed)
            print("remove trials:", dict(outcomes), "- each converged on the next index run")
    return 0


if __name__ == "__main__":
    sys.exit(main())
