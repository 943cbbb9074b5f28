"""The formats of issue 23 through the whole path: `telusur index` a folder with .odt, .epub, .rtf and a
scanned clipping (plus a corrupt image), then `telusur search` finds each by a phrase from its text."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_formats_documents import make_epub, make_odt, make_rtf
from test_formats_ocr import _png, clipping, needs_ocr

from telusur.cli import main


def _run(capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, dict]:
    code = main(list(argv))
    return code, json.loads(capsys.readouterr().out)


@needs_ocr
def test_new_formats_index_and_are_found(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    root = tmp_path / "arsip"
    (root / "dokumen").mkdir(parents=True)
    (root / "kliping").mkdir()
    (root / "dokumen" / "pompa.odt").write_bytes(make_odt())
    (root / "dokumen" / "buku.epub").write_bytes(make_epub([("Pompa Disiapkan", ["Warga Pluit menyambut "
                                                                                   "pompa baru dengan lega."])]))
    (root / "dokumen" / "rilis.rtf").write_bytes(make_rtf())
    (root / "kliping" / "banjir.png").write_bytes(_png(clipping()))
    (root / "kliping" / "rusak.jpg").write_bytes(b"\xff\xd8\xff\xe0 bukan gambar utuh")
    ix = str(tmp_path / "ix")
    code, report = _run(capsys, "index", str(root), "--index-dir", ix, "--json")
    assert code == 0
    assert report["added"] == 4
    assert [Path(s["path"]).name for s in report["skipped"]] == ["rusak.jpg"]
    for phrase, name, fmt in [('"kawasan rawan genangan"', "pompa.odt", "odt"),
                              ('"menyambut pompa baru"', "buku.epub", "epub"),
                              ('"Menteng ikut terendam"', "rilis.rtf", "rtf"),
                              ('"merendam ratusan rumah warga"', "banjir.png", "image")]:
        code, result = _run(capsys, "search", phrase, "--index-dir", ix, "--json", "--no-group")
        assert code == 0
        assert (name, fmt) in [(Path(h["path"]).name, h["format"]) for h in result["hits"]], phrase
