"""Reading article files: legacy encodings, UTF-16/32, binary judged by proportion, odd names."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from telusur.index.files import FileText, Skipped, read_text, walk_articles

# Real-world strings as Indonesian archives saved on Windows hold them.
CP1252_TABLE = [
    "Kafé",
    "Méridien",
    "naïve",
    "Kafé Señor dibuka di Jakarta",
    "Hotel Le Méridien Jakarta menggelar acara amal",
    "Pengunjung menyebutnya “kafe paling naïve” di kota itu — katanya",
    "‘Saya tidak tahu,’ ujar pemilik kafe, Rabu (4/7).",
    "Harga kopi naik 10 % — kata Pak Agus — mulai Senin",
    "Résumé rapat: anggaran Rp 2,3 triliun disetujui… DPR setuju",
    "Kopi Gayo dijual € 12 per kilogram di Eropa",
]


def _read(tmp_path: Path, data: bytes, name: str = "a.txt") -> FileText | Skipped:
    path = tmp_path / name
    path.write_bytes(data)
    return read_text(str(path))


def _encodable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


LEGACY_CASES = [(t, e) for e in ("cp1252", "latin-1") for t in CP1252_TABLE if _encodable(t, e)]


@pytest.mark.parametrize(("text", "encoding"), LEGACY_CASES)
def test_legacy_windows_text_is_read_right(tmp_path: Path, text: str, encoding: str) -> None:
    result = _read(tmp_path, text.encode(encoding))
    assert isinstance(result, FileText) and result.text == text


@pytest.mark.parametrize("text", CP1252_TABLE)
def test_utf8_wins_over_legacy(tmp_path: Path, text: str) -> None:
    result = _read(tmp_path, text.encode("utf-8"))
    assert isinstance(result, FileText) and result.text == text


ARTICLE = "Kafé Baru Dibuka\n\n4 Juli 2024\n\nPengunjung “ramai” — kata pemilik.\n"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32", "utf-16"])
def test_utf16_without_bom_and_utf32_are_read(tmp_path: Path, encoding: str) -> None:
    result = _read(tmp_path, ARTICLE.encode(encoding))
    assert isinstance(result, FileText) and result.text.lstrip("\ufeff") == ARTICLE


def test_a_stray_nul_or_two_controls_do_not_skip_an_article(tmp_path: Path) -> None:
    body = "Berita satu.\n\n" + "Kalimat berita yang cukup panjang. " * 40
    for data in (
        ("Judul\x00\n\n" + body).encode(),
        ("Judul\x01\x02\n\n" + body).encode(),
        ("Kafé\x00\x1b\n\n" + body).encode("cp1252"),
    ):
        result = _read(tmp_path, data)
        assert isinstance(result, FileText), result
        assert "\x00" not in result.text and "\x1b" not in result.text
        assert len(result.text) == len(data.decode("latin-1"))  # controls became spaces: offsets hold


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 8,
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64),
        b"\x7fELF\x02\x01\x01" + bytes(100) + b"text" * 10,
        os.urandom(0) + bytes([0, 1, 2, 3, 65, 66]) * 200,
    ],
)
def test_binary_is_still_skipped(tmp_path: Path, data: bytes) -> None:
    result = _read(tmp_path, data)
    assert isinstance(result, Skipped) and "not text" in result.reason


def test_a_folder_in_place_of_a_file_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "x.txt").mkdir()
    result = read_text(str(tmp_path / "x.txt"))
    assert isinstance(result, Skipped)


@pytest.mark.skipif(os.name == "nt", reason="Windows file names are always Unicode")
def test_names_that_are_not_utf8_are_walked_and_read(tmp_path: Path) -> None:
    root = os.fsencode(str(tmp_path))
    os.mkdir(root + b"/caf\xe9")
    with open(root + b"/caf\xe9/berita \xe9t\xe9.txt", "wb") as handle:
        handle.write(ARTICLE.encode())
    found, skipped = walk_articles(tmp_path)
    assert skipped == [] and len(found) == 1
    assert os.fsencode(found[0].path) == root + b"/caf\xe9/berita \xe9t\xe9.txt"  # lossless
    result = read_text(found[0].path)
    assert isinstance(result, FileText) and result.text == ARTICLE
    found_bytes, _ = walk_articles(root)
    assert [f.path for f in found_bytes] == [f.path for f in found]


@settings(max_examples=300, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400))
def test_any_bytes_give_text_or_a_reason(tmp_path: Path, data: bytes) -> None:
    result = _read(tmp_path, data, "fuzz.txt")
    if isinstance(result, FileText):
        assert not any(ch in result.text for ch in "\x00\x01\x1b\x7f")
    else:
        assert isinstance(result, Skipped) and result.reason
