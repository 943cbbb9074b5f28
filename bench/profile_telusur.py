"""cProfile of Telusur's full build and of its query+snippet path.

    .venv/bin/python -m bench.profile_telusur [INPUT] [--limit 3000] [--queries 200] [--top 25]

INPUT is a folder of articles or the corpus ``clickid-news.jsonl.gz``
(default ``../shared/corpus/clickid-news.jsonl.gz``, as for bench.speed).

Prints the top functions by own time and by cumulative time (as % of the
profiled total) for each phase and writes ``.pstats`` files to bench/out/
(open them with ``python -m pstats`` or snakeviz). Profiling slows Python
code about 1.5-2x, so read the shares, not the absolute times.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import shutil
import sys
import tempfile
from pathlib import Path

from bench.corpus import DEFAULT_JSONL, CorpusError, check_input
from bench.speed import prepare_base
from bench.workload import build_workload, corpus_stats

HERE = Path(__file__).resolve().parent


def summarize(prof: cProfile.Profile, title: str, top: int) -> str:
    """A Markdown-ish block: top functions by own time and by cumulative time."""
    st = pstats.Stats(prof)
    # total_tt and stats are documented attributes that typeshed leaves out.
    total = st.total_tt or 1e-9  # type: ignore[attr-defined]
    rows = []
    for (file, line, func), (_cc, nc, tt, ct, _) in st.stats.items():  # type: ignore[attr-defined]
        short = f"{Path(file).parent.name}/{Path(file).name}:{line}({func})" if file != "~" else func
        rows.append((short, nc, tt, ct))
    out = [f"### {title} (total {total:.1f} s profiled)", "", "By own time:", ""]
    out.append("| own % | cum % | calls | function |")
    out.append("|---:|---:|---:|---|")
    for short, nc, tt, ct in sorted(rows, key=lambda r: -r[2])[:top]:
        out.append(f"| {100 * tt / total:.1f} | {100 * ct / total:.1f} | {nc} | `{short}` |")
    out += ["", "By cumulative time:", "", "| cum % | own % | calls | function |", "|---:|---:|---:|---|"]
    for short, nc, tt, ct in sorted(rows, key=lambda r: -r[3])[:top]:
        out.append(f"| {100 * ct / total:.1f} | {100 * tt / total:.1f} | {nc} | `{short}` |")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input", nargs="?", type=Path, default=DEFAULT_JSONL,
                    help="a folder of .txt articles or clickid-news.jsonl.gz (default: %(default)s)")
    ap.add_argument("--limit", type=int, default=3000)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--out-dir", default=str(HERE / "out"))
    args = ap.parse_args(argv)
    try:
        check_input(args.input)
    except CorpusError as err:
        print(f"bench.profile_telusur: {err}", file=sys.stderr)
        return 2
    from telusur.index import Library
    from telusur.searcher import SearchEngine, SearchRequest

    out_dir = Path(args.out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="telusur-profile-"))
    try:
        from bench.peers import iter_docs

        folder = prepare_base(args.input, work, args.limit)
        queries = build_workload(corpus_stats(iter_docs(str(folder))), args.queries)
        lib = Library(work / "index")
        lib.add_folders([folder])
        prof = cProfile.Profile()
        prof.enable()
        report = lib.sync()
        prof.disable()
        prof.dump_stats(out_dir / "profile-build.pstats")
        print(summarize(prof, f"Telusur full build, {report.added} articles", args.top))

        engine = SearchEngine(lib)
        for q in queries:  # warm, as in the benchmark
            engine.search(SearchRequest(q.text, q.date_from, q.date_to, q.sort, snippets=False))
        for snippets in (False, True):
            prof = cProfile.Profile()
            prof.enable()
            for q in queries:
                engine.search(SearchRequest(q.text, q.date_from, q.date_to, q.sort, snippets=snippets))
            prof.disable()
            name = "snippets" if snippets else "ids"
            prof.dump_stats(out_dir / f"profile-query-{name}.pstats")
            print(summarize(prof, f"Telusur {len(queries)} queries, top 20, {name}", args.top))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
