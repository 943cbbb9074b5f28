"""Telusur speed benchmark against stock Whoosh, SQLite FTS5 and tantivy.

    .venv/bin/python -m bench.speed [INPUT] [--scale 1,4] [--quick]
        [--engines telusur,whoosh,fts5,tantivy] [--queries 200]
        [--out bench/out/speed.json] [--telusur-rev REV] [--formats txt,html,jsonl,csv]

Run it from the project root. INPUT is a folder of article files or the
CLICK-ID corpus ``clickid-news.jsonl.gz`` (CC BY 4.0; default
``../shared/corpus/clickid-news.jsonl.gz`` next to the project folder),
materialized into a temporary folder with the corpus's own ``materialize.py``.
INPUT is never modified: every size works on a temporary copy (scale N adds
N-1 copies with new ids and dates shifted by 28-year steps, which keep weekdays).

``--goals TELUSUR_IDX,FTS5_IDX --goals-workload W.json`` measures issue 20's and
22's goals (query with snippets vs FTS5, expanded vs not, a fresh process's first
search vs its second, RSS vs index size) on indexes already built: bench/goals.py.

Each build and each query run happens in a fresh child process
(``python -m bench.speed --worker ...``), so peak RSS (``ru_maxrss``) is that
engine's alone and no engine warms another's caches. The machine is assumed
noisy: compare the ratios, which come from one run.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from bench.corpus import DEFAULT_JSONL, PROJECT_ROOT, CorpusError, check_input, is_jsonl, materialize
from bench.workload import BenchQuery, build_workload, corpus_stats

HERE = Path(__file__).resolve().parent
ROOT = PROJECT_ROOT
MODULE = "bench.speed"
PACKAGE_MOVE = "83eacd8"  # the first commit whose tree installs as the `telusur` package
ENGINES = ("telusur", "whoosh", "fts5", "tantivy")
PEERS = ("whoosh", "fts5", "tantivy")
QUICK_ARTICLES = 2000
QUICK_QUERIES = 50
YEAR_SHIFT = 28  # a 28-year step keeps weekday names right in shifted date lines
RESYNC_ADD, RESYNC_CHANGE, RESYNC_DELETE = 100, 10, 10
COLD_STEMS = "telusur-nostems"  # the add-folder case with the index's saved stems deleted first


# ------------------------------------------------------------------ records
@dataclass
class BuildFigures:
    engine: str
    articles: int
    build_s: float
    articles_per_s: float
    cpu_s: float  # user+sys of the child: cpu_s / build_s > 1 means several cores worked
    peak_rss_mb: float
    base_rss_mb: float  # after imports, before the build
    index_mb: float
    resync: dict = field(default_factory=dict)  # Telusur only


@dataclass
class QueryFigures:
    engine: str
    queries: int
    open_s: float
    ids_p50_ms: float
    ids_p95_ms: float
    snip_p50_ms: float
    snip_p95_ms: float
    peak_rss_mb: float
    per_band: dict = field(default_factory=dict)
    hits: list = field(default_factory=list)  # hits per query (snippet pass)
    # Telusur: page with snippets and the total counted exactly (the snip figures may show an estimate).
    exact_p50_ms: float = float("nan")
    exact_p95_ms: float = float("nan")
    archive: dict = field(default_factory=dict)  # Telusur only: facet and grouping cost (archive_speed.py)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


def _children_rss_mb() -> float:
    """Largest peak of any finished child process (Telusur's segment workers)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def _cpu_s() -> float:
    """CPU of this process and of its finished children (worker processes)."""
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        ru = resource.getrusage(who)
        total += ru.ru_utime + ru.ru_stime
    return total


def dir_mb(path: str | os.PathLike[str]) -> float:
    total = 0
    for dirpath, _, files in os.walk(path):
        for name in files:
            try:
                total += os.stat(os.path.join(dirpath, name)).st_size
            except OSError:
                pass
    return total / 2**20


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    k = (len(s) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


# ------------------------------------------------------------- child work
def _files(folder: str) -> list[str]:
    from telusur.index.files import walk_articles

    return [fs.path for fs in walk_articles(folder)[0]]


def _timed_sync(lib) -> dict:
    t = time.perf_counter()
    rep = lib.sync()
    return {
        "s": time.perf_counter() - t,
        "added": rep.added,
        "updated": rep.updated,
        "removed": rep.removed,
        "unchanged": rep.unchanged,
    }


def _resync_scenarios(lib, folder: str, build_s: float) -> dict:
    """No-op resync, then +100/~10/-10 files, then the revert (folder restored)."""
    out = {"noop": _timed_sync(lib)}
    files = _files(folder)
    step = max(1, len(files) // (RESYNC_ADD + RESYNC_CHANGE + RESYNC_DELETE + 1))
    picks = files[::step]
    sources, changed, deleted = picks[:RESYNC_ADD], picks[RESYNC_ADD : RESYNC_ADD + RESYNC_CHANGE], picks[
        RESYNC_ADD + RESYNC_CHANGE : RESYNC_ADD + RESYNC_CHANGE + RESYNC_DELETE
    ]
    added_dir = Path(folder) / "bench-added"
    added_dir.mkdir()
    for i, src in enumerate(sources):
        shutil.copyfile(src, added_dir / f"added-{i:03d}.txt")
    originals = {p: Path(p).read_bytes() for p in changed + deleted}
    for p in changed:
        with open(p, "a", encoding="utf-8") as f:
            f.write("\nParagraf tambahan untuk uji sinkronisasi ulang.\n")
    for p in deleted:
        os.remove(p)
    out["add100_change10_delete10"] = _timed_sync(lib)
    shutil.rmtree(added_dir)
    for p, raw in originals.items():
        Path(p).write_bytes(raw)
    out["revert"] = _timed_sync(lib)
    for v in out.values():
        v["pct_of_build"] = 100 * v["s"] / build_s if build_s else float("nan")
    return out


def worker_build(engine: str, folder: str, index_dir: str, resync: bool) -> BuildFigures:
    base = _rss_mb()
    cpu0 = _cpu_s()
    if engine == "telusur":
        from telusur.index import Library

        lib = Library(index_dir)
        lib.add_folders([folder])
        t = time.perf_counter()
        rep = lib.sync()
        build_s = time.perf_counter() - t
        n = rep.added
    else:
        from bench.peers import iter_docs, make_peer

        peer = make_peer(engine)
        counter = [0]

        def counted():
            for d in iter_docs(folder):
                counter[0] += 1
                yield d

        t = time.perf_counter()
        peer.build(counted(), index_dir)  # reading + parsing counts, as for Telusur
        build_s = time.perf_counter() - t
        peer.close()
        n = counter[0]
    cpu = _cpu_s() - cpu0
    peak = _rss_mb()
    if engine == "telusur":
        # Worker processes run at the same time as this one: count each at
        # the largest worker's peak, an upper bound on the memory in use.
        from telusur.index.sync import PARALLEL_MIN_FILES, default_workers

        workers = default_workers() if n >= PARALLEL_MIN_FILES else 0
        if workers > 1:
            peak += workers * _children_rss_mb()
    fig = BuildFigures(engine, n, build_s, n / build_s, cpu, peak, base, dir_mb(index_dir))
    if engine == "telusur" and resync:
        fig.resync = _resync_scenarios(lib, folder, build_s)
    return fig


def _start_telusur() -> None:
    """What Telusur's entry points do first; older revisions (``--telusur-rev``) have no
    ``telusur.startup`` and need nothing."""
    try:
        from telusur.startup import start
    except ImportError:
        return
    start()


def worker_add(engine: str, folder: str, index_dir: str) -> BuildFigures:
    """Add a folder of new articles to an existing index, as a user would: a whole process.

    Telusur: ``telusur index FOLDER`` (add the folder to the library, sync it);
    stock Whoosh: open its index, add the documents, commit.
    """
    base = _rss_mb()
    cpu0 = _cpu_s()
    t = time.perf_counter()
    if engine == "telusur":
        _start_telusur()  # what ``telusur index`` does first (segments read in place)
        from telusur.index import Library

        lib = Library(index_dir)
        lib.add_folders([folder])
        n = lib.sync([folder]).added
    else:
        from bench.peers import iter_docs, make_peer

        peer = make_peer(engine)
        docs = list(iter_docs(folder))
        peer.add(docs, index_dir)  # type: ignore[attr-defined]
        peer.close()
        n = len(docs)
    build_s = time.perf_counter() - t
    return BuildFigures(engine, n, build_s, n / build_s, _cpu_s() - cpu0, _rss_mb(), base, dir_mb(index_dir))


def worker_parse(folder: str) -> BuildFigures:
    """Walk + read + parse only: the floor under every engine's build."""
    from bench.peers import iter_docs

    base = _rss_mb()
    cpu0 = _cpu_s()
    t = time.perf_counter()
    n = sum(1 for _ in iter_docs(folder))
    s = time.perf_counter() - t
    return BuildFigures("read+parse", n, s, n / s, _cpu_s() - cpu0, _rss_mb(), base, 0.0)


def _searcher(engine: str, index_dir: str):
    """A function (query, snippets) -> hit count for one engine."""
    if engine == "telusur":
        from telusur.index import Library
        from telusur.searcher import SearchEngine, SearchRequest

        eng = SearchEngine(Library(index_dir))

        import dataclasses

        # Revisions before the first page could come without its exact total have no exact_total.
        counts_later = any(f.name == "exact_total" for f in dataclasses.fields(SearchRequest))

        def run_telusur(q: BenchQuery, snippets: bool, exact: bool = False) -> int:
            # The first page as the GUI shows it: the exact total may follow (exact=True: counted now).
            extra = {"exact_total": exact} if counts_later else {}
            res = eng.search(SearchRequest(q.text, q.date_from, q.date_to, q.sort, page=1, page_size=20,
                                           snippets=snippets, **extra))
            return len(res.hits)

        return run_telusur
    from bench.peers import make_peer

    peer = make_peer(engine)
    peer.open(index_dir)

    def run(q: BenchQuery, snippets: bool, exact: bool = False) -> int:
        return len(peer.search(q.text, 20, snippets, q.date_from, q.date_to, q.sort))

    return run


def worker_query(engine: str, index_dir: str, queries: list[BenchQuery]) -> QueryFigures:
    t = time.perf_counter()
    run = _searcher(engine, index_dir)
    run(queries[0], True)  # open readers and caches: the first query is not timed
    open_s = time.perf_counter() - t
    for q in queries:  # warm-up pass, as a user's session would be warm
        run(q, False)
    times: dict[bool, list[float]] = {False: [], True: []}
    hits = []
    for snippets in (False, True):
        for q in queries:
            t = time.perf_counter()
            n = run(q, snippets)
            times[snippets].append((time.perf_counter() - t) * 1000)
            if snippets:
                hits.append(n)
    exact_times = []
    if engine == "telusur":  # the page with its total counted at once, as the CLI asks
        for q in queries:
            t = time.perf_counter()
            run(q, True, True)
            exact_times.append((time.perf_counter() - t) * 1000)
    per_band: dict[str, dict] = {}
    for band in dict.fromkeys(q.band for q in queries):
        idx = [i for i, q in enumerate(queries) if q.band == band]
        per_band[band] = {
            "n": len(idx),
            "ids_p50_ms": statistics.median(times[False][i] for i in idx),
            "snip_p50_ms": statistics.median(times[True][i] for i in idx),
            "snip_p95_ms": pct([times[True][i] for i in idx], 0.95),
        }
    archive = {}
    if engine == "telusur":
        from bench.archive_speed import archive_costs

        archive = archive_costs(index_dir, queries)
    return QueryFigures(
        engine,
        len(queries),
        open_s,
        statistics.median(times[False]),
        pct(times[False], 0.95),
        statistics.median(times[True]),
        pct(times[True], 0.95),
        _rss_mb(),
        per_band,
        hits,
        statistics.median(exact_times) if exact_times else float("nan"),
        pct(exact_times, 0.95) if exact_times else float("nan"),
        archive,
    )


def worker_main(args: argparse.Namespace) -> int:
    fig: BuildFigures | QueryFigures
    if args.engine == "telusur" and args.worker in ("build", "query"):
        # As Telusur's entry points do (segments read from their memory map): without it the
        # query worker measured Whoosh's heap copies of every segment (3.4 GB at 10x). The add
        # worker starts Telusur inside its timed run, as ``telusur index`` does.
        _start_telusur()
    if args.worker == "build":
        fig = worker_build(args.engine, args.folder, args.index_dir, args.resync)
    elif args.worker == "add":
        fig = worker_add(args.engine, args.folder, args.index_dir)
    elif args.worker == "parse":
        fig = worker_parse(args.folder)
    else:
        queries = [BenchQuery.from_json(d) for d in json.loads(Path(args.queries_file).read_text())]
        fig = worker_query(args.engine, args.index_dir, queries)
    Path(args.result).write_text(json.dumps(asdict(fig)))
    return 0


def run_child(argv: list[str], timeout: float, source: TelusurSource) -> dict:
    """Run one worker in a fresh interpreter; its figures come back as JSON."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as tmp:
        result = tmp.name
    try:
        cmd = [*source.child_command(), "--worker", *argv, "--result", result]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=source.child_env())
        if proc.returncode != 0:
            raise RuntimeError(f"worker {argv[:3]} failed:\n{proc.stderr[-3000:]}")
        return json.loads(Path(result).read_text())
    finally:
        os.unlink(result)


# ---------------------------------------------------------- corpus folders
def _shift_date_line(text: str, years: int) -> str:
    """Shift the year in the date line (the block after the headline), if any."""
    head, sep, rest = text.partition("\n\n")
    if not sep:
        return text
    line, nl, tail = rest.partition("\n")
    if len(line) > 80:
        return text
    line = re.sub(r"(?<!\d)((?:19|20)\d\d)(?!\d)", lambda m: str(int(m.group(1)) - years), line, count=1)
    return head + sep + line + nl + tail


def prepare_base(input_path: Path, work: Path, limit: int | None) -> Path:
    """A private copy of the input articles (at most ``limit``), never the input itself."""
    base = work / "base"
    check_input(input_path)
    if is_jsonl(input_path):
        return materialize(input_path, base, limit=limit)
    files = _files(str(input_path.resolve()))
    if limit:
        files = files[:: max(1, len(files) // limit)][:limit]
    root = str(input_path.resolve())
    for src in files:
        dst = base / os.path.relpath(src, root)
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dst)
    return base


def prepare_scaled(base: Path, work: Path, scale: int) -> Path:
    """``scale`` copies of the base articles: copy k gets new file names and dates -28k years."""
    if scale == 1:
        return base
    out = work / f"x{scale}"
    for k in range(scale):
        for src in _files(str(base)):
            rel = Path(os.path.relpath(src, base))
            dst = out / f"copy{k}" / rel.parent / f"{rel.stem}-c{k}{rel.suffix}"
            dst.parent.mkdir(parents=True, exist_ok=True)
            if k == 0:
                shutil.copyfile(src, dst)
            else:
                text = Path(src).read_text(encoding="utf-8", errors="surrogateescape")
                dst.write_text(_shift_date_line(text, YEAR_SHIFT * k), encoding="utf-8", errors="surrogateescape")
    return out


# ----------------------------------------------------------------- report
def ratios(builds: dict, queries: dict) -> dict:
    """Telusur / peer for every figure (articles/s: higher is better; the rest lower)."""
    out = {}
    t_b, t_q = builds.get("telusur"), queries.get("telusur")
    for peer in PEERS:
        r = {}
        if t_b and peer in builds:
            b = builds[peer]
            r["articles_per_s"] = t_b["articles_per_s"] / b["articles_per_s"]
            r["peak_rss"] = t_b["peak_rss_mb"] / b["peak_rss_mb"]
            r["index_size"] = t_b["index_mb"] / b["index_mb"] if b["index_mb"] else float("nan")
        if t_q and peer in queries:
            q = queries[peer]
            for k in ("ids_p50_ms", "ids_p95_ms", "snip_p50_ms", "snip_p95_ms"):
                r[k] = t_q[k] / q[k] if q[k] else float("nan")
        if r:
            out[peer] = r
    return out


def targets(sizes: dict) -> dict:
    """The issue's targets 1-4, checked against the figures of this run."""
    out: dict[str, dict] = {}
    for label, s in sizes.items():
        r = s["ratios"].get("whoosh", {})
        tb = s["builds"].get("telusur", {})
        res = tb.get("resync", {})
        t = {}
        add = s.get("add_folder", {})
        if "speed_vs_whoosh" in add:
            v = add["speed_vs_whoosh"]
            t["i14_add_folder_ge_2x_whoosh"] = {"value": v, "met": v >= 2}
        if "articles_per_s" in r:
            t["1_build_rate_ge_1.5x_whoosh"] = {"value": r["articles_per_s"], "met": r["articles_per_s"] >= 1.5}
        if "snip_p95_ms" in r:
            t["2_snippet_p95_le_0.5x_whoosh"] = {"value": r["snip_p95_ms"], "met": r["snip_p95_ms"] <= 0.5}
        if res:
            noop = res["noop"]["pct_of_build"]
            chg = res["add100_change10_delete10"]["pct_of_build"]
            t["3a_noop_resync_le_3pct"] = {"value": noop, "met": noop <= 3}
            t["3b_100_10_10_resync_le_5pct"] = {"value": chg, "met": chg <= 5}
        if tb:
            t["4a_peak_rss_le_500mb"] = {"value": tb["peak_rss_mb"], "met": tb["peak_rss_mb"] <= 500}
        if "index_size" in r:
            t["4b_index_le_1.2x_whoosh"] = {"value": r["index_size"], "met": r["index_size"] <= 1.2}
        out[label] = t
    return out


def _f(v, fmt: str = ".1f") -> str:
    return "-" if v is None or v != v else format(v, fmt)


def print_table(result: dict) -> None:
    for label, s in result["sizes"].items():
        print(f"\n== {label}: {s['articles']} articles, {s['n_queries']} queries ==")
        hdr = f"{'engine':<11}{'build s':>9}{'art/s':>9}{'cpu/wall':>9}{'RSS MB':>8}{'index MB':>9}" \
              f"{'ids p50':>9}{'ids p95':>9}{'snip p50':>9}{'snip p95':>9}"
        print(hdr)
        print("-" * len(hdr))
        names = list(dict.fromkeys(["read+parse", *s["builds"], *s["queries"]]))
        for e in names:
            b = s["builds"].get(e) or (s.get("parse") if e == "read+parse" else None) or {}
            q = s["queries"].get(e, {})
            if not b and not q:
                continue
            cw = b["cpu_s"] / b["build_s"] if b.get("build_s") else None
            print(
                f"{e:<11}{_f(b.get('build_s')):>9}{_f(b.get('articles_per_s'), '.0f'):>9}{_f(cw, '.2f'):>9}"
                f"{_f(b.get('peak_rss_mb'), '.0f'):>8}{_f(b.get('index_mb')):>9}"
                f"{_f(q.get('ids_p50_ms')):>9}{_f(q.get('ids_p95_ms')):>9}"
                f"{_f(q.get('snip_p50_ms')):>9}{_f(q.get('snip_p95_ms')):>9}"
            )
        print("(query latencies in ms; build includes walking, reading and parsing the files)")
        tq = s["queries"].get("telusur", {})
        if tq.get("exact_p95_ms") == tq.get("exact_p95_ms") and "exact_p95_ms" in tq:
            print(f"Telusur snippets with the total counted at once: p50 {tq['exact_p50_ms']:.1f} ms, "
                  f"p95 {tq['exact_p95_ms']:.1f} ms (the snip columns: first page, total may follow)")
        res = s["builds"].get("telusur", {}).get("resync")
        if res:
            print("Telusur resync: " + ", ".join(
                f"{k} {v['s']:.2f} s ({v['pct_of_build']:.1f}% of build)" for k, v in res.items()
            ))
        add = s.get("add_folder")
        if add:
            line = ", ".join(
                f"{e} {v['build_s']:.1f} s (runs {'/'.join(f'{x:.1f}' for x in v['build_s_runs'])})"
                for e, v in add["engines"].items()
            )
            ratio = add.get("speed_vs_whoosh")
            print(f"Add a folder of {add['added']} new articles to an index of {add['existing']}: {line}"
                  + (f"; Telusur speed {ratio:.2f}x stock Whoosh" if ratio else ""))
        runs = {e: b["build_s_runs"] for e, b in s["builds"].items() if len(b.get("build_s_runs", [])) > 1}
        if runs:
            print("Build runs (s; the median run is shown): " + "; ".join(
                f"{e} " + "/".join(f"{x:.1f}" for x in v) for e, v in runs.items()))
        for peer, r in s["ratios"].items():
            print(f"Telusur/{peer}: " + ", ".join(f"{k} {v:.2f}" for k, v in r.items()))
        archive = s["queries"].get("telusur", {}).get("archive")
        if archive:
            print("Telusur facets/grouping (ms, p50/p95): " + ", ".join(
                f"{k} {v['p50_ms']:.1f}/{v['p95_ms']:.1f}" for k, v in archive.items() if isinstance(v, dict)
            ))
        bands = {e: q.get("per_band", {}) for e, q in s["queries"].items()}
        if bands:
            print("snippet p50 ms by band: " + "; ".join(
                f"{band} " + "/".join(f"{bands[e][band]['snip_p50_ms']:.1f}" for e in bands if band in bands[e])
                for band in next(iter(bands.values()))
            ) + f"  ({'/'.join(bands)})")
    print("\nTargets:")
    for label, t in result["targets"].items():
        for k, v in t.items():
            print(f"  {label} {k}: {v['value']:.2f} -> {'MET' if v['met'] else 'not met'}")


# ------------------------------------------------------------------ driver
def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True).stdout.strip()


@dataclass(frozen=True)
class TelusurSource:
    """Which Telusur the measuring children import: the working tree's install, or an installed snapshot."""

    tree: str
    commit: str
    dirty: bool
    site: str | None = None  # a snapshot installed with pip --target, first on the children's PYTHONPATH

    def child_command(self) -> list[str]:
        if self.site is None:
            return [sys.executable, "-m", MODULE]
        # -P: the project root (cwd) must not lead sys.path, or its telusur/ folder would shadow the snapshot.
        return [sys.executable, "-P", "-m", MODULE]

    def child_env(self) -> dict[str, str] | None:
        if self.site is None:
            return None
        env = dict(os.environ)
        # The snapshot's telusur first, then the project root for bench itself.
        env["PYTHONPATH"] = os.pathsep.join(p for p in (self.site, str(ROOT), env.get("PYTHONPATH")) if p)
        return env


def _git_has(commit: str, path: str) -> bool:
    return subprocess.run(["git", "-C", str(ROOT), "cat-file", "-e", f"{commit}:{path}"],
                          capture_output=True).returncode == 0


def use_telusur_source(rev: str | None, work: Path) -> TelusurSource:
    """The working tree (as installed in this environment), or ``rev`` installed into a private folder."""
    if rev is None:
        dirty = bool(_git("status", "--porcelain", "--", "telusur", "analysis", "index", "searcher"))
        return TelusurSource(str(ROOT), _git("rev-parse", "HEAD"), dirty)
    commit = _git("rev-parse", "--verify", "--quiet", rev + "^{commit}")
    if not commit:
        raise SystemExit(f"unknown git revision {rev!r}")
    if not _git_has(commit, "telusur/__init__.py"):
        raise SystemExit(f"{rev} ({commit[:7]}) is older than the package move ({PACKAGE_MOVE}): "
                         "it has no `telusur` package to install and import")
    src, site = work / "telusur-src", work / "telusur-site"
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", commit],
                             capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(src, filter="data")
    print(f"installing telusur at {commit[:7]} into {site} ...", file=sys.stderr, flush=True)
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-deps",
           "--target", str(site), str(src)]
    proc = subprocess.run(pip, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"could not install {rev} ({commit[:7]}):\n{proc.stderr[-3000:]}")
    source = TelusurSource(str(src), commit, False, str(site))
    probe = subprocess.run([sys.executable, "-P", "-c", "import telusur.index; print(telusur.index.__file__)"],
                           capture_output=True, text=True, cwd=ROOT, env=source.child_env())
    if not probe.stdout.strip().startswith(str(site)):
        raise SystemExit(f"the snapshot of {rev} is not the telusur the children import: {probe.stdout}{probe.stderr}")
    return source


def available_engines(wanted: list[str]) -> list[str]:
    from bench.peers import available_peers

    have = set(available_peers()) | {"telusur"}
    return [e for e in wanted if e in have]


def _median_run(runs: list[dict]) -> dict:
    """The run with the median build time, with every run's time beside it."""
    ordered = sorted(runs, key=lambda r: r["build_s"])
    pick = dict(ordered[(len(ordered) - 1) // 2])
    pick["build_s_runs"] = [r["build_s"] for r in runs]
    return pick


def run_size(label: str, folder: Path, work: Path, engines: list[str], queries: list[BenchQuery],
             resync: bool, timeout: float, source: TelusurSource, *, repeat: int = 1, keep: bool = False) -> dict:
    qfile = work / "queries.json"
    qfile.write_text(json.dumps([q.to_json() for q in queries]))
    size: dict = {"folder": str(folder), "n_queries": len(queries), "builds": {}, "queries": {}}
    print(f"[{label}] read+parse floor ...", file=sys.stderr, flush=True)
    size["parse"] = run_child(["parse", "--folder", str(folder)], timeout, source)
    size["articles"] = size["parse"]["articles"]
    runs: dict[str, list[dict]] = {e: [] for e in engines}
    for r in range(repeat):  # engines interleaved, so a change in the machine's load hits all of them
        for e in engines:
            print(f"[{label}] build {e} ({r + 1}/{repeat}) ...", file=sys.stderr, flush=True)
            idx = work / f"idx-{label}-{e}"
            shutil.rmtree(idx, ignore_errors=True)
            argv = ["build", "--engine", e, "--folder", str(folder), "--index-dir", str(idx)]
            last = r == repeat - 1
            runs[e].append(run_child(argv + (["--resync"] if resync and last else []), timeout, source))
            print(f"    {runs[e][-1]['articles_per_s']:.0f} articles/s", file=sys.stderr, flush=True)
    for e in engines:
        size["builds"][e] = _median_run(runs[e])
        size["builds"][e]["resync"] = runs[e][-1].get("resync", {})
    for e in engines:
        print(f"[{label}] queries {e} ...", file=sys.stderr, flush=True)
        idx = work / f"idx-{label}-{e}"
        argv = ["query", "--engine", e, "--index-dir", str(idx), "--queries-file", str(qfile)]
        size["queries"][e] = run_child(argv, timeout, source)
    size["ratios"] = ratios(size["builds"], size["queries"])
    if not keep:
        for e in engines:
            shutil.rmtree(work / f"idx-{label}-{e}", ignore_errors=True)
    return size


def _link_tree(files: list[str], root: Path, dest: Path) -> None:
    """``files`` (under ``root``) at the same relative places under ``dest``: hard links, else copies."""
    for src in files:
        dst = dest / os.path.relpath(src, root)
        dst.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(src, dst)
        except OSError:
            shutil.copyfile(src, dst)


def run_add(label: str, folder: Path, work: Path, engines: list[str], n_add: int, repeat: int,
            timeout: float, source: TelusurSource) -> dict:
    """Add a folder of ``n_add`` new articles to an index of the others, ``repeat`` times per engine.

    The new articles are held out of the corpus (every k-th file), so their
    words are as new to the index as a real new folder's would be. Each run
    starts from a copy of the same existing index.
    """
    files = sorted(_files(str(folder)))
    step = max(1, len(files) // n_add)
    held = set(files[::step][:n_add])
    existing, new = work / f"add-{label}" / "existing", work / f"add-{label}" / "new"
    _link_tree([f for f in files if f not in held], folder, existing)
    _link_tree(sorted(held), folder, new)
    out: dict = {"existing": len(files) - len(held), "added": len(held), "engines": {}}
    runs: dict[str, list[dict]] = {e: [] for e in engines}
    for e in engines:
        print(f"[{label}] add: existing index of {out['existing']} for {e} ...", file=sys.stderr, flush=True)
        argv = ["build", "--engine", e, "--folder", str(existing), "--index-dir", str(work / f"add-base-{e}")]
        run_child(argv, timeout, source)
    # Telusur once more without its saved stems: the index as it was before they were kept.
    variants = [*engines, *([COLD_STEMS] if "telusur" in engines else [])]
    runs[COLD_STEMS] = []
    for r in range(repeat):
        for e in variants:
            engine = "telusur" if e == COLD_STEMS else e
            idx = work / f"add-run-{e}"
            shutil.rmtree(idx, ignore_errors=True)
            shutil.copytree(work / f"add-base-{engine}", idx)
            if e == COLD_STEMS:
                for stems in [*idx.glob("telusur-stems*"), *idx.glob("whoosh/telusur-stems*")]:
                    stems.unlink()
            print(f"[{label}] add {len(held)} with {e} ({r + 1}/{repeat}) ...", file=sys.stderr, flush=True)
            argv = ["add", "--engine", engine, "--folder", str(new), "--index-dir", str(idx)]
            runs[e].append(run_child(argv, timeout, source))
            print(f"    {runs[e][-1]['build_s']:.1f} s", file=sys.stderr, flush=True)
            shutil.rmtree(idx, ignore_errors=True)
    if runs[COLD_STEMS]:
        out["engines"][COLD_STEMS] = _median_run(runs[COLD_STEMS])
    for e in engines:
        out["engines"][e] = _median_run(runs[e])
        shutil.rmtree(work / f"add-base-{e}", ignore_errors=True)
    t, w = out["engines"].get("telusur"), out["engines"].get("whoosh")
    if t and w:
        out["speed_vs_whoosh"] = w["build_s"] / t["build_s"]
    shutil.rmtree(work / f"add-{label}", ignore_errors=True)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input", nargs="?", type=Path, default=DEFAULT_JSONL,
                    help="a folder of .txt articles or clickid-news.jsonl.gz (default: %(default)s)")
    ap.add_argument("--scale", default="1", help="comma-separated multiples of the input, e.g. 1,4")
    ap.add_argument("--engines", default=",".join(ENGINES))
    ap.add_argument("--queries", type=int, default=None, help="workload size (default 200; --quick 50)")
    ap.add_argument("--limit", type=int, default=None, help="use at most this many input articles")
    ap.add_argument("--quick", action="store_true", help=f"{QUICK_ARTICLES} articles, {QUICK_QUERIES} queries")
    ap.add_argument("--no-resync", action="store_true")
    ap.add_argument("--repeat", type=int, default=1,
                    help="build each engine this many times (interleaved) and report the median run")
    ap.add_argument("--only-add", action="store_true", help="run only the add-folder case (see --add)")
    ap.add_argument("--add", type=int, default=1000, metavar="N",
                    help="also time adding a folder of N held-out articles to an index of the rest, "
                         "Telusur and stock Whoosh only (0: skip)")
    ap.add_argument("--out", default=str(HERE / "out" / "speed.json"))
    ap.add_argument("--work-dir", default=None, help="where temporary folders go (default: system temp)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folders")
    ap.add_argument("--telusur-rev", default=None, metavar="REV",
                    help="benchmark Telusur as of this git revision (e.g. HEAD), not the working tree that others "
                         "may be editing: REV is pip-installed into a temporary folder the children import from. "
                         f"Revisions before the package move ({PACKAGE_MOVE}) cannot be imported as telusur")
    ap.add_argument("--timeout", type=float, default=7200.0, help="seconds per child process")
    ap.add_argument("--formats", default="", metavar="LIST",
                    help="also index the same articles as each of these formats (txt,html,jsonl,csv), a full sync "
                         "each, and report articles/s next to .txt (bench/format_builds.py)")
    # Internal: one measurement in a child process.
    ap.add_argument("--goals", metavar="TELUSUR_IDX,FTS5_IDX", default=None,
                    help="measure issue 20/22's goals on two built indexes (bench/goals.py) and stop")
    ap.add_argument("--goals-workload", type=Path, default=None, help="the workload JSON for --goals")
    ap.add_argument("--worker", choices=("build", "parse", "query", "add"), help=argparse.SUPPRESS)
    ap.add_argument("--engine", help=argparse.SUPPRESS)
    ap.add_argument("--folder", help=argparse.SUPPRESS)
    ap.add_argument("--index-dir", help=argparse.SUPPRESS)
    ap.add_argument("--resync", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--result", help=argparse.SUPPRESS)
    ap.add_argument("--queries-file", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        return worker_main(args)
    if args.goals:
        from bench.goals import main as goals_main

        telusur_idx, fts5_idx = args.goals.split(",", 1)
        return goals_main([telusur_idx, fts5_idx, "--workload", str(args.goals_workload),
                           "--rounds", str(max(args.repeat, 3))])
    try:
        check_input(args.input)
    except CorpusError as err:
        print(f"bench.speed: {err}", file=sys.stderr)
        return 2
    limit = args.limit or (QUICK_ARTICLES if args.quick else None)
    n_queries = args.queries or (QUICK_QUERIES if args.quick else 200)
    scales = [int(s) for s in args.scale.split(",")]
    engines = available_engines([e.strip() for e in args.engines.split(",") if e.strip()])
    work = Path(tempfile.mkdtemp(prefix="telusur-bench-", dir=args.work_dir))
    started = time.time()
    try:
        source = use_telusur_source(args.telusur_rev, work)
        base = prepare_base(Path(args.input), work, limit)
        from bench.peers import iter_docs

        queries = build_workload(corpus_stats(iter_docs(str(base))), n_queries)
        result: dict[str, Any] = {
            "input": str(args.input),
            "engines": engines,
            "telusur_source": asdict(source),
            "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
            "started": time.strftime("%Y-%m-%d %H:%M:%S"),
            "workload": [q.to_json() for q in queries],
            "sizes": {},
        }
        for scale in scales:
            folder = prepare_scaled(base, work, scale)
            label = f"x{scale}"
            if args.only_add:
                size = {"folder": str(folder), "n_queries": 0, "builds": {}, "queries": {}, "ratios": {},
                        "articles": len(_files(str(folder)))}
            else:
                size = run_size(label, folder, work, engines, queries, not args.no_resync, args.timeout, source,
                                repeat=args.repeat, keep=args.keep)
            add_engines = [e for e in engines if e in ("telusur", "whoosh")]
            if args.add and add_engines:
                size["add_folder"] = run_add(label, folder, work, add_engines, args.add, args.repeat,
                                             args.timeout, source)
            result["sizes"][label] = size
            result["targets"] = targets(result["sizes"])  # after the add-folder case, which has a target
            Path(args.out).parent.mkdir(parents=True, exist_ok=True)
            Path(args.out).write_text(json.dumps(result, indent=1, default=str))
        formats = [f.strip() for f in args.formats.split(",") if f.strip()]
        if formats:
            from bench.format_builds import run_formats

            print("[formats] " + ", ".join(formats) + " ...", file=sys.stderr, flush=True)
            result["formats"] = run_formats(Path(args.input), work, formats, limit,
                                            lambda argv: run_child(argv, args.timeout, source))
        result["elapsed_s"] = time.time() - started
        Path(args.out).write_text(json.dumps(result, indent=1, default=str))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print_table(result)
    if result.get("formats"):
        from bench.format_builds import print_formats

        print_formats(result["formats"])
    print(f"\nJSON: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
