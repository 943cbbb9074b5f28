"""The same articles as .txt, saved .html pages, .jsonl and .csv, each indexed by
a full ``telusur`` sync in its own process: articles/s per format next to .txt.

Used by ``bench.speed --formats txt,html,jsonl,csv``. From the shared corpus
the formats come from its ``materialize.py`` (pages with navigation, "Baca
juga" links, ads, comments and ``NAME_files/`` asset folders; data sets one
file per publisher); from a folder of .txt articles they are converted here
(simple pages, for the smoke test). The issue's goals: .jsonl and .csv at
least as fast as .txt, saved pages at least 1/5 of the .txt rate.
"""
from __future__ import annotations

import csv
import html
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from bench.corpus import is_jsonl, materialize

FORMATS = ("txt", "html", "jsonl", "csv")
GOALS = {"jsonl": 1.0, "csv": 1.0, "html": 0.2}  # at least this share of the .txt rate

RunChild = Callable[[list[str]], dict]


def _txt_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.txt") if p.is_file())


def _page(headline: str, date: str, body: str) -> str:
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n\n") if p.strip())
    nav = "".join(f"<li><a href='/{n}'>{n}</a></li>" for n in ("Beranda", "Nasional", "Ekonomi", "Indeks"))
    return (f"<html><head><meta charset='utf-8'><title>{html.escape(headline)} - Bench.com</title>"
            f"<meta property='og:site_name' content='Bench.com'></head><body><nav><ul>{nav}</ul></nav>"
            f"<article><h1>{html.escape(headline)}</h1><time>{html.escape(date)}</time>{paras}</article>"
            "<footer>Pedoman Media Siber</footer></body></html>")


def convert_folder(src: Path, out: Path, fmt: str, limit: int | None) -> Path:
    """``src``'s .txt articles written as ``fmt`` into ``out`` (one data-set file per first subfolder)."""
    from telusur.index import parse_article

    files = _txt_files(src)[:limit] if limit else _txt_files(src)
    groups: dict[str, list[dict]] = {}
    for path in files:
        rel = path.relative_to(src)
        if fmt == "txt":
            (out / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, out / rel)
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        _, _, rest = text.partition("\n\n")
        date, _, _ = rest.partition("\n\n")
        article = parse_article(text)
        if fmt == "html":
            (out / rel).parent.mkdir(parents=True, exist_ok=True)
            (out / rel).with_suffix(".html").write_text(_page(article.headline, date.strip(), article.body), "utf-8")
        else:
            group = rel.parts[0] if len(rel.parts) > 1 else "semua"
            row = {"title": article.headline, "date": date.strip(), "content": article.body}
            groups.setdefault(group, []).append(row)
    out.mkdir(parents=True, exist_ok=True)
    for group, rows in groups.items():
        if fmt == "jsonl":
            with open(out / f"{group}.jsonl", "w", encoding="utf-8") as handle:
                handle.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        else:
            with open(out / f"{group}.csv", "w", encoding="utf-8", newline="") as handle:
                writer = csv.DictWriter(handle, fieldnames=["title", "date", "content"])
                writer.writeheader()
                writer.writerows(rows)
    return out


def prepare_format(input_path: Path, work: Path, fmt: str, limit: int | None) -> Path:
    out = work / f"fmt-{fmt}"
    if is_jsonl(input_path):
        return materialize(input_path, out, limit=limit, fmt=fmt, saved_complete=fmt == "html")
    return convert_folder(input_path, out, fmt, limit)


def run_formats(input_path: Path, work: Path, formats: list[str], limit: int | None, run_child: RunChild) -> dict:
    """Build figures per format (a full sync in a fresh process each), with the rate relative to .txt."""
    rows: dict[str, dict] = {}
    for fmt in formats:
        folder = prepare_format(input_path, work, fmt, limit)
        idx = work / f"idx-fmt-{fmt}"
        rows[fmt] = run_child(["build", "--engine", "telusur", "--folder", str(folder), "--index-dir", str(idx)])
        shutil.rmtree(idx, ignore_errors=True)
        shutil.rmtree(folder, ignore_errors=True)
    base = rows.get("txt", {}).get("articles_per_s")
    for fmt, row in rows.items():
        row["vs_txt"] = row["articles_per_s"] / base if base else None
        goal = GOALS.get(fmt)
        row["goal"] = None if goal is None or row["vs_txt"] is None else {"min_vs_txt": goal,
                                                                          "met": row["vs_txt"] >= goal}
    return rows


def print_formats(rows: dict) -> None:
    print(f"\n== formats: one full sync each ({os.cpu_count()} cores) ==")
    hdr = f"{'format':<8}{'articles':>9}{'build s':>9}{'art/s':>8}{'cpu/wall':>9}{'RSS MB':>8}{'vs txt':>8}  goal"
    print(hdr)
    print("-" * len(hdr))
    for fmt, r in rows.items():
        cw = r["cpu_s"] / r["build_s"] if r.get("build_s") else float("nan")
        goal = r.get("goal")
        verdict = "" if not goal else f">= {goal['min_vs_txt']:.1f}x: {'MET' if goal['met'] else 'not met'}"
        vs = "-" if r.get("vs_txt") is None else f"{r['vs_txt']:.2f}"
        print(f"{fmt:<8}{r['articles']:>9}{r['build_s']:>9.1f}{r['articles_per_s']:>8.0f}{cw:>9.2f}"
              f"{r['peak_rss_mb']:>8.0f}{vs:>8}  {verdict}")
