"""Peak memory of a whole command: the sum of RSS over its process tree, sampled.

``ru_maxrss`` gives one process's peak; a Telusur sync is a parent plus spawned
segment workers, and what the user's machine must hold is their sum at the
worst moment. This samples the tree (psutil, BSD licence) every ``--every``
seconds and prints the peak sum, the largest single process, wall and CPU time.

    python -m bench.peak_memory [--every 0.5] [--log FILE] -- telusur --index-dir IDX index FOLDER

``--log FILE`` writes one line a sample (seconds, sum MB, each process's MB),
to see which phase of a long build holds the memory.
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TextIO

import psutil


@dataclass(frozen=True)
class TreeMemory:
    wall_s: float
    cpu_s: float
    peak_sum_mb: float
    peak_process_mb: float
    processes_seen: int
    returncode: int


def _tree_rss(root: psutil.Process) -> list[int]:
    try:
        procs = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return []
    sizes = []
    for proc in procs:
        try:
            sizes.append(proc.memory_info().rss)
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return sizes


def measure(command: list[str], every: float = 0.5, log: TextIO | None = None) -> TreeMemory:
    """Run ``command`` to its end, sampling its process tree's memory (each sample to ``log``)."""
    started = time.perf_counter()
    child = subprocess.Popen(command)
    root = psutil.Process(child.pid)
    peak_sum = peak_one = 0
    seen: set[int] = set()
    while child.poll() is None:
        sizes = _tree_rss(root)
        try:
            seen.update(p.pid for p in root.children(recursive=True))
        except psutil.NoSuchProcess:
            pass
        if sizes:
            peak_sum = max(peak_sum, sum(sizes))
            peak_one = max(peak_one, max(sizes))
            if log is not None:
                mb = " ".join(f"{s >> 20}" for s in sizes)
                log.write(f"{time.perf_counter() - started:8.1f} {sum(sizes) >> 20:6d}  {mb}\n")
                log.flush()
        time.sleep(every)
    wall = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    mb = 1024 * 1024
    return TreeMemory(wall, usage.ru_utime + usage.ru_stime, peak_sum / mb, peak_one / mb, len(seen) + 1,
                      child.returncode)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--every", type=float, default=0.5, help="seconds between samples")
    parser.add_argument("--log", type=Path, default=None, help="write each sample to this file")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="the command, after --")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give the command to measure after --")
    if args.log is None:
        fig = measure(command, args.every)
    else:
        with args.log.open("w", encoding="utf-8") as log:
            fig = measure(command, args.every, log)
    print(f"{'wall s':>8} {'cpu s':>8} {'peak sum MB':>12} {'peak one MB':>12} {'processes':>10} {'rc':>3}")
    print(f"{fig.wall_s:8.1f} {fig.cpu_s:8.1f} {fig.peak_sum_mb:12.0f} {fig.peak_process_mb:12.0f} "
          f"{fig.processes_seen:10d} {fig.returncode:3d}")
    print(asdict(fig), file=sys.stderr)
    return 0 if fig.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
