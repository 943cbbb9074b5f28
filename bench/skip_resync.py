"""A no-op resync of a folder of photos and broken files, with and without the skip memory.

Photos are skipped as "photo, not a clipping" only after Tesseract has read
them (~1 s each); broken files after a reader opened them. Without
``index/skip_memory.py`` every resync read them all again. Each sync runs in
its own process, and its CPU is that process's and its children's (the
reader helper, Tesseract), from ``wait4``. "before" is this code with the
memory switched off (never loaded, never saved), so the two differ only in it.

    python -m bench.skip_resync DATA_DIR [--photos 20] [--runs 3] [--megapixels 12]
"""
from __future__ import annotations

import argparse
import io
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

CHILD = """
import json, sys, time
from pathlib import Path
from telusur.index import Library, skip_memory
from telusur.index import sync as sync_module
if sys.argv[2] == "before":
    class Forgetful(skip_memory.SkipMemory):
        def save(self, synced, in_library):
            return False
    sync_module.skip_memory.load = lambda root: Forgetful(root, {}, None)
lib = Library(Path(sys.argv[1]))
if len(sys.argv) > 3:
    lib.add_folders([sys.argv[3]])
started = time.perf_counter()
report = lib.sync()
print(json.dumps({"wall": time.perf_counter() - started, "added": report.added, "unchanged": report.unchanged,
                  "skipped": sorted(str(s.reason)[:40] for s in report.skipped)}))
"""


def photo(seed: int, megapixels: float = 1.76) -> bytes:
    """A photo-like JPEG (shaded shapes, texture, a word on a sign), as tests/test_formats_ocr.py makes."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    image = Image.new("L", (1600, 1100), 128)
    draw = ImageDraw.Draw(image)
    for _ in range(60):
        x, y = rng.randrange(1600), rng.randrange(1100)
        draw.ellipse((x, y, x + rng.randrange(40, 400), y + rng.randrange(40, 300)), fill=rng.randrange(256))
    for _ in range(20000):
        image.putpixel((rng.randrange(image.width), rng.randrange(image.height)), rng.randrange(256))
    draw.rectangle((500, 400, 1000, 520), fill=250)
    draw.text((540, 420), "PASAR", fill=10)
    if megapixels > 1.76:  # a camera's size (12 MP: 4000 x 3000), the same scene scaled up
        scale = (megapixels * 1e6 / (1600 * 1100)) ** 0.5
        image = image.resize((round(1600 * scale), round(1100 * scale)))
    out = io.BytesIO()
    image.convert("RGB").save(out, "JPEG", quality=85)
    return out.getvalue()


def make_folder(folder: Path, photos: int, megapixels: float) -> None:
    folder.mkdir(parents=True)
    for i in range(photos):
        (folder / f"foto_{i:02d}.jpg").write_bytes(photo(i, megapixels))
    (folder / "rusak.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> truncated")
    (folder / "kosong.txt").write_bytes(b"\n\n")
    (folder / "biner.txt").write_bytes(bytes(range(256)) * 64)
    (folder / "rusak.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (folder / "patah.json").write_bytes(b'[{"headline": "a", "body": ')
    (folder / "rusak.png").write_bytes(b"\x89PNG\r\n\x1a\n truncated")
    for i in range(5):
        (folder / f"berita_{i}.txt").write_text(
            f"Banjir merendam kampung {i}\n\nJakarta, 12 September 2019\n\nBanjir merendam ratusan rumah warga.",
            encoding="utf-8",
        )


def run_sync(index: Path, mode: str, folder: Path | None = None) -> tuple[float, dict]:
    """One sync in a fresh process: (CPU s of it and its children, its report)."""
    args = [sys.executable, "-c", CHILD, str(index), mode] + ([str(folder)] if folder else [])
    env = dict(os.environ, TELUSUR_FSYNC="0")
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, env=env)
    out = proc.stdout.read() if proc.stdout else b""
    _pid, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise SystemExit(f"sync failed ({mode}): {out!r}")
    return usage.ru_utime + usage.ru_stime, json.loads(out.decode().strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="a folder for the bench's files and indexes (emptied)")
    parser.add_argument("--photos", type=int, default=20)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--megapixels", type=float, default=1.76, help="photo size (a phone camera: 12)")
    opts = parser.parse_args()
    if opts.data.exists():
        shutil.rmtree(opts.data)
    folder = opts.data / "kliping"
    make_folder(folder, opts.photos, opts.megapixels)
    time.sleep(6)  # older than skip_memory.SETTLE_S: settled, not still being written
    first: dict[str, tuple[float, dict]] = {}
    for mode in ("before", "after"):
        first[mode] = run_sync(opts.data / f"ix-{mode}", mode, folder)
    print(f"load: {os.getloadavg()[0]:.1f}  files: {opts.photos} photos of {opts.megapixels:g} MP, "
          "6 broken, 5 articles")
    for mode, (cpu, report) in first.items():
        print(f"first sync ({mode}): {cpu:.2f} CPU s, {report['wall']:.2f} s wall, "
              f"{report['added']} added, {len(report['skipped'])} skipped")
    times: dict[str, list[float]] = {"before": [], "after": []}
    walls: dict[str, list[float]] = {"before": [], "after": []}
    reports: dict[str, dict] = {}
    for _ in range(opts.runs):
        for mode in ("before", "after"):
            cpu, report = run_sync(opts.data / f"ix-{mode}", mode)
            times[mode].append(cpu)
            walls[mode].append(report["wall"])
            reports[mode] = report
    same = reports["before"]["skipped"] == reports["after"]["skipped"]
    print(f"\nno-op resync, median of {opts.runs} (each in its own process; CPU includes children)")
    print("| code | CPU s | wall s (sync only) | skipped reported |")
    print("|---|---|---|---|")
    for mode in ("before", "after"):
        print(f"| {mode} | {statistics.median(times[mode]):.2f} | {statistics.median(walls[mode]):.2f} | "
              f"{len(reports[mode]['skipped'])} |")
    print(f"ratio before/after CPU: {statistics.median(times['before']) / statistics.median(times['after']):.1f}x; "
          f"same skips reported: {same}; load now {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
