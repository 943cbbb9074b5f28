"""Extraction speed per file format, single process, next to plain .txt parsing.

    .venv/bin/python -m bench.formats_speed [--limit 500] [--offset 0] [--out FILE]

Materializes the same articles of the shared corpus as .txt, .html (saved
pages), .jsonl and .csv with the corpus's own ``materialize.py`` into a
temporary folder, then times ``telusur.index.formats.extract`` over each
(reading from disk included; analysis and indexing are not). For HTML it
also times trafilatura alone, to show its share, and the full pipeline with
trafilatura's fallbacks forced on, to show what the quick pass saves.
Run it niced on a shared machine; compare the ratios, which come from one run.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.corpus import MATERIALIZE_NAME, SHARED_CORPUS
from telusur.index.formats import Extracted, extract

MATERIALIZE = SHARED_CORPUS / MATERIALIZE_NAME


def _materialize(out: Path, fmt: str, limit: int, offset: int) -> None:
    subprocess.run([sys.executable, str(MATERIALIZE), str(out), "--format", fmt, "--limit", str(limit),
                    "--offset", str(offset), "--date-style", "mixed"], check=True, stdout=subprocess.DEVNULL)


def _rate(paths: list[str]) -> tuple[int, float]:
    start = time.perf_counter()
    count = 0
    for path in paths:
        count += sum(isinstance(item, Extracted) for item in extract(path))
    return count, time.perf_counter() - start


def _trafilatura_only(paths: list[str]) -> float:
    from trafilatura import bare_extraction, load_html

    start = time.perf_counter()
    for path in paths:
        with open(path, "rb") as handle:
            bare_extraction(load_html(handle.read()), fast=True, favor_precision=True, include_comments=False)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=500)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--out")
    args = ap.parse_args()
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for fmt in ("txt", "html", "jsonl", "csv"):
            _materialize(root / fmt, fmt, args.limit, args.offset)
        for fmt in ("txt", "html", "jsonl", "csv"):
            paths = sorted(glob.glob(str(root / fmt / f"*.{fmt}")))
            count, seconds = _rate(paths)
            results[fmt] = {"articles": count, "seconds": round(seconds, 3), "per_s": round(count / seconds, 1)}
        html = sorted(glob.glob(str(root / "html" / "*.html")))
        results["html"]["trafilatura_share"] = round(_trafilatura_only(html) / results["html"]["seconds"], 2)
        from telusur.index.formats import webpage

        original = webpage.QUICK_PASS_MIN_CHARS
        webpage.QUICK_PASS_MIN_CHARS = 10**9  # every page also takes the fallback pass
        try:
            count, seconds = _rate(html)
        finally:
            webpage.QUICK_PASS_MIN_CHARS = original
        results["html_with_fallbacks"] = {"articles": count, "seconds": round(seconds, 3),
                                          "per_s": round(count / seconds, 1)}
    txt_rate = results["txt"]["per_s"]
    print(f"{'format':<22}{'articles':>9}{'seconds':>9}{'per s':>9}{'vs txt':>8}")
    for name, row in results.items():
        print(f"{name:<22}{row['articles']:>9.0f}{row['seconds']:>9.2f}{row['per_s']:>9.1f}"
              f"{row['per_s'] / txt_rate:>8.2f}")
    print(f"trafilatura's share of .html time: {results['html']['trafilatura_share']:.0%}")
    if args.out:
        os.makedirs(os.path.dirname(args.out) or ".", exist_ok=True)
        Path(args.out).write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
