"""The daily flow, timed on indexes you already have: add a folder of new articles, resync nothing.

    .venv/bin/python -m bench.daily_flow --new NEW --telusur-base IDX --whoosh-base WIDX \
        [--before-site SITE --before-base IDX0] [--noop IDX ...] [--before-noop IDX0 ...] [--rounds 3]

Each round, in fresh processes and interleaved: stock Whoosh adds NEW to a copy of WIDX
(``bench.speed --worker add``); Telusur adds NEW to a copy of IDX as ``telusur index NEW``
does (``telusur.startup.start``, ``Library.add_folders`` + ``sync``); with ``--before-site``
(a snapshot installed with ``pip install --no-deps --target SITE``, as ``bench.speed
--telusur-rev`` makes one) the same on IDX0 with that Telusur. Then a no-op resync of each
``--noop`` index (its library unchanged): the sync alone after opening, and the whole process.
CPU is user+sys of the process and its children; medians of the rounds. The bases are never
modified (copies are), except the no-op indexes' sync times. The indexes of issue 22's figures
(bench/PROFILE.md) were built with ``telusur index`` of the 1x corpus minus every 17th file,
and of ``materialize.py --scale 10``.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _start() -> None:
    """What ``telusur index`` does first (older revisions have no ``telusur.startup``)."""
    try:
        from telusur.startup import start
    except ImportError:
        return
    start()


def child_add(index_dir: str, folder: str) -> dict:
    c0, w0 = _cpu(), time.perf_counter()
    _start()
    from telusur.index import Library

    lib = Library(index_dir)
    lib.add_folders([folder])
    added = lib.sync([folder]).added
    return {"added": added, "cpu": _cpu() - c0, "wall": time.perf_counter() - w0}


def child_noop(index_dir: str) -> dict:
    c0, w0 = _cpu(), time.perf_counter()
    _start()
    from telusur.index import Library

    lib = Library(index_dir)
    lib.whoosh_index()
    c1, w1 = _cpu(), time.perf_counter()
    rep = lib.sync()
    c2, w2 = _cpu(), time.perf_counter()
    if rep.added or rep.updated or rep.removed:
        raise SystemExit(f"not a no-op: {rep}")
    return {"files": rep.unchanged, "sync_cpu": c2 - c1, "sync_wall": w2 - w1, "cpu": c2 - c0, "wall": w2 - w0}


def _run(argv: list[str], site: str | None) -> dict:
    env = None
    cmd = [sys.executable, "-m", "bench.daily_flow", *argv]
    if site is not None:  # -P: the project root must not shadow the snapshot's telusur
        env = dict(os.environ, PYTHONPATH=os.pathsep.join([site, str(ROOT)]))
        cmd = [sys.executable, "-P", "-m", "bench.daily_flow", *argv]
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env, check=False)
    if out.returncode != 0:
        raise SystemExit(f"{' '.join(argv[:2])} failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _whoosh_add(base: str, folder: str, work: Path) -> dict:
    copy = work / "whoosh"
    shutil.copytree(base, copy)
    result = work / "whoosh.json"
    subprocess.run([sys.executable, "-m", "bench.speed", "--worker", "add", "--engine", "whoosh", "--folder", folder,
                    "--index-dir", str(copy), "--result", str(result)], cwd=ROOT, check=True)
    fig = json.loads(result.read_text())
    shutil.rmtree(copy)
    return {"added": fig["articles"], "cpu": fig["cpu_s"], "wall": fig["build_s"]}


def _telusur_add(base: str, folder: str, work: Path, site: str | None) -> dict:
    copy = work / "telusur"
    shutil.copytree(base, copy)
    try:
        return _run(["--child-add", str(copy), folder], site)
    finally:
        shutil.rmtree(copy)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--new", help="the folder of new articles")
    ap.add_argument("--telusur-base")
    ap.add_argument("--whoosh-base")
    ap.add_argument("--before-site", help="another Telusur, installed with pip --target")
    ap.add_argument("--before-base", help="its base index")
    ap.add_argument("--noop", nargs="*", default=[], help="indexes to resync with nothing changed")
    ap.add_argument("--before-noop", nargs="*", default=[], help="the same with --before-site's Telusur")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--child-add", nargs=2, help=argparse.SUPPRESS)
    ap.add_argument("--child-noop", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child_add:
        print(json.dumps(child_add(*args.child_add)))
        return 0
    if args.child_noop:
        print(json.dumps(child_noop(args.child_noop)))
        return 0
    runs: dict[str, list[dict]] = {}
    for r in range(args.rounds):
        with tempfile.TemporaryDirectory(prefix="telusur-daily-") as tmp:
            work = Path(tmp)
            if args.new and args.whoosh_base:
                runs.setdefault("add: stock Whoosh", []).append(_whoosh_add(args.whoosh_base, args.new, work))
            if args.new and args.before_site and args.before_base:
                runs.setdefault("add: before", []).append(_telusur_add(args.before_base, args.new, work,
                                                                       args.before_site))
            if args.new and args.telusur_base:
                runs.setdefault("add: Telusur", []).append(_telusur_add(args.telusur_base, args.new, work, None))
        for index in args.before_noop:
            runs.setdefault(f"no-op before: {index}", []).append(_run(["--child-noop", index], args.before_site))
        for index in args.noop:
            runs.setdefault(f"no-op: {index}", []).append(_run(["--child-noop", index], None))
        print(f"round {r + 1} done", file=sys.stderr, flush=True)
    print(f"{'':60s} {'CPU s':>8s} {'wall s':>8s}  (medians of {args.rounds}; sync alone for no-ops)")
    for name, figs in runs.items():
        cpu = statistics.median(f.get("sync_cpu", f["cpu"]) for f in figs)
        wall = statistics.median(f.get("sync_wall", f["wall"]) for f in figs)
        extra = ""
        if "sync_cpu" in figs[0]:
            extra = (f"  whole process {statistics.median(f['cpu'] for f in figs):.2f} CPU s, "
                     f"{statistics.median(f['wall'] for f in figs):.2f} s; {figs[0]['files']} files")
        print(f"{name:60s} {cpu:8.2f} {wall:8.2f}{extra}")
    whoosh, ours = runs.get("add: stock Whoosh"), runs.get("add: Telusur")
    if whoosh and ours:
        ratio = statistics.median(f["cpu"] for f in ours) / statistics.median(f["cpu"] for f in whoosh)
        print(f"add: Telusur / stock Whoosh CPU = {ratio:.2f}x (goal: at most 1.0x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
