"""A folder mixing every format, bad files included, read in one pass the way
the sync will: walk, prune saved pages' asset folders, extract each file."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from formats_pages import LAYOUTS, PARAGRAPHS

from telusur.index.formats import (
    Extracted,
    Format,
    SkippedRecord,
    article_kind,
    extract,
    prune_asset_folders,
    source_from_folder,
)

pytest.importorskip("fpdf")
pytest.importorskip("docx")


def build(root: Path) -> None:
    from test_formats_html import mhtml
    from test_formats_pdf_docx import LINES, make_docx, make_pdf

    def put(rel: str, data: bytes | str) -> None:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode() if isinstance(data, str) else data)

    put("kompas/2019-09/banjir.txt", "Banjir Jakarta\n\n10 Sep 2019\n\nAir setinggi lutut merendam Kampung Pulo.\n")
    put("detik/pompa.html", LAYOUTS["detik"]()[0])
    put("detik/pompa_files/iframe.html", "<html><body><h1>Iklan</h1><p>Promo spesial hari ini.</p></body></html>")
    put("detik/pompa_files/robots.txt", "User-agent: *\nDisallow: /search\n")
    put("tribun/pompa.mhtml", mhtml(LAYOUTS["tribun"]()[0]))
    put("rilis/siaran.pdf", make_pdf(LINES))
    put("rilis/siaran.docx", make_docx(title="Pemprov DKI Siapkan Pompa"))
    rows = [{"judul": "Gempa Lombok", "tanggal": "2019-09-12", "isi": "Gempa bermagnitudo lima mengguncang Lombok.",
             "tautan": "https://antara.id/1", "media": "Antara"},
            {"judul": "Tanpa isi"}]
    put("data/antara.jsonl", "".join(json.dumps(r) + "\n" for r in rows) + "{rusak\n")
    put("data/tempo.csv", 'judul,tanggal,isi\n"Harga Cabai Naik",2019-09-13,"Harga cabai rawit naik dua kali lipat."\n')
    put("data/kacau.json", '{"pengaturan": true}')
    # Bad files
    put("rusak/gambar.html", bytes(range(256)) * 40)
    put("rusak/terkunci.pdf", make_pdf(LINES, owner_password="o", user_password="u"))
    put("rusak/palsu.docx", b"bukan zip")
    links = "".join(f"<li><a>Judul {i}</a></li>" for i in range(20))
    put("rusak/beranda.html", f"<html><body>{links}</body></html>")


def test_mixed_folder_in_one_pass(tmp_path: Path) -> None:
    build(tmp_path)
    found: dict[str, list[Extracted]] = {}
    skipped: dict[str, list[SkippedRecord]] = {}
    for dirpath, dirnames, filenames in os.walk(tmp_path):
        dirnames[:] = prune_asset_folders(sorted(dirnames), filenames)
        for name in sorted(filenames):
            if article_kind(name) is None:
                continue
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, tmp_path)
            for item in extract(path):
                if isinstance(item, Extracted):
                    found.setdefault(rel, []).append(item)
                else:
                    skipped.setdefault(rel, []).append(item)

    assert not any("_files" in rel for rel in [*found, *skipped])  # assets are never read

    def article(rel: str, record: int | None = None) -> Extracted:
        (match,) = [a for a in found[rel] if a.record == record]
        return match

    assert article("kompas/2019-09/banjir.txt").headline == "Banjir Jakarta"
    assert source_from_folder(str(tmp_path / "kompas/2019-09/banjir.txt"), str(tmp_path)) == "kompas"
    detik = article("detik/pompa.html")
    assert (detik.format, detik.source, detik.headline) == (Format.HTML, "detiknews",
                                                           "DKI Siapkan 200 Pompa Hadapi Musim Hujan")
    assert all(p in detik.body for p in PARAGRAPHS)
    assert article("tribun/pompa.mhtml").source == "Tribunnews.com"
    assert article("rilis/siaran.pdf").format is Format.PDF
    assert article("rilis/siaran.docx").headline == "Pemprov DKI Siapkan Pompa"
    gempa = article("data/antara.jsonl", 1)
    assert (gempa.headline, gempa.source, gempa.url) == ("Gempa Lombok", "Antara", "https://antara.id/1")
    assert article("data/tempo.csv", 1).headline == "Harga Cabai Naik"

    reasons = {rel: [(s.record, s.reason) for s in items] for rel, items in skipped.items()}
    assert [r for r, _ in reasons["data/antara.jsonl"]] == [2, 3]
    assert reasons["rusak/terkunci.pdf"] == [(None, "password-protected")]
    assert "binary" in reasons["rusak/gambar.html"][0][1]
    assert "Word document" in reasons["rusak/palsu.docx"][0][1]
    assert "not an article" in reasons["rusak/beranda.html"][0][1]
    assert "record 1 has no body" in reasons["data/kacau.json"][0][1]
    assert len(found) == 7
