"""Web pages, PDF and Word files are read by a helper process capped in memory and stopped on time (26.5-6).

The memory test runs the indexing step in a fresh interpreter and reads the
peak resident memory of it and of its helper (``RUSAGE_CHILDREN`` counts a
child once it was waited for); before the helper existed, the PDF below
inflated to more than the cap inside the indexing process itself.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from formats_pages import detik

from telusur.index.formats import Extracted, Format, Limits, SkippedRecord
from telusur.index.formats.isolated import extract_isolated, run_isolated, stop_helper

posix_only = pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS and ru_maxrss as Linux has them")
CAP_MB = 300  # what the helper may take beyond its own size with the readers loaded
BASE_MB = 200  # that size, generously (about 50 MB resident, 70 MB mapped here)


def flate_bomb(prefix: bytes, inflated_mb: int) -> bytes:
    """A zlib stream of ``prefix`` then ``inflated_mb`` MB of spaces, built without compressing them all."""
    chunk = b" " * (1 << 20)
    raw = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = raw.compress(prefix) + raw.flush(zlib.Z_FULL_FLUSH)
    body = raw.compress(chunk) + raw.flush(zlib.Z_FULL_FLUSH)  # independent blocks: repeatable
    adler = zlib.adler32(prefix)
    for _ in range(inflated_mb):
        adler = zlib.adler32(chunk, adler)
    return b"\x78\xda" + head + body * inflated_mb + b"\x03\x00" + adler.to_bytes(4, "big")


def pdf_with_stream(stream: bytes) -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


PAGE = detik()[0]

SCRIPT = """
import json, os, resource, sys
from telusur.index.documents import prepare
from telusur.index.files import walk_articles
from telusur.index.formats.isolated import stop_helper
if __name__ == "__main__":
    found, _ = walk_articles(sys.argv[1])
    outcomes = {}
    for fs in found:
        result = prepare(fs, sys.argv[1])
        outcomes[os.path.basename(fs.path)] = getattr(result, "reason", None) or result.articles
    stop_helper()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"outcomes": outcomes, "peak_kb": max(own, children)}))
"""


@posix_only
def test_a_flate_bomb_never_takes_more_than_the_cap(tmp_path: Path) -> None:
    folder = tmp_path / "berita"
    folder.mkdir()
    (folder / "bom.pdf").write_bytes(pdf_with_stream(flate_bomb(b"BT /F1 12 Tf 72 720 Td (Bom) Tj ET\n", 400)))
    (folder / "baik.html").write_text(PAGE, encoding="utf-8")
    script = tmp_path / "run.py"
    script.write_text(SCRIPT)
    env = {**os.environ, "TELUSUR_MEMORY_MB": str(CAP_MB)}
    done = subprocess.run([sys.executable, str(script), str(folder)], capture_output=True, text=True, env=env,
                          timeout=300, check=True)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["outcomes"] == {"bom.pdf": "too large to read in memory", "baik.html": 1}
    # Before the helper, this step alone peaked over 800 MB (the 400 MB stream, inflated and copied).
    assert report["peak_kb"] < (BASE_MB + CAP_MB) * 1024, f"peak {report['peak_kb'] / 1024:.0f} MB"


def spin(path: str) -> list:
    """A reader that never returns (a parser stuck inside one call)."""
    while True:
        pass


def allocate(path: str, megabytes: int) -> list:
    """A reader that takes memory and keeps it."""
    kept = [bytearray(1 << 20) for _ in range(megabytes)]
    return [SkippedRecord(path, f"kept {len(kept)} MB")]


def test_a_reader_past_its_time_is_stopped_and_the_next_file_is_read(tmp_path: Path) -> None:
    limits = Limits(seconds=0.5, kill_grace=0.5)
    answer = run_isolated(spin, ("/d/lambat.html",), limits, "/d/lambat.html")
    assert answer.items == [SkippedRecord("/d/lambat.html", "took longer than 0.5 s")]
    page = tmp_path / "a.html"
    page.write_text(PAGE, encoding="utf-8")
    (item,) = extract_isolated(str(page), page.read_bytes(), Format.HTML, limits)
    assert isinstance(item, Extracted) and item.body


@posix_only
def test_a_reader_over_its_memory_cap_is_skipped_and_replaced() -> None:
    limits = Limits(memory_bytes=CAP_MB << 20)
    answer = run_isolated(allocate, ("/d/besar.docx", BASE_MB + 2 * CAP_MB), limits, "/d/besar.docx")
    assert answer.items == [SkippedRecord("/d/besar.docx", "too large to read in memory")]
    answer = run_isolated(allocate, ("/d/kecil.docx", 20), limits, "/d/kecil.docx")
    assert answer.items == [SkippedRecord("/d/kecil.docx", "kept 20 MB")]
    assert 0 < answer.peak_rss < (BASE_MB + CAP_MB) << 20
    stop_helper()
