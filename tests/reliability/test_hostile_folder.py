"""A folder full of awkward files: each is indexed or skipped with a reason, nothing is harmed."""
from __future__ import annotations

import os
import zlib
from pathlib import Path

import pytest
from rel_helpers import WORDS, checksums, listing, make_folder, records

import telusur.index.documents as documents_module
from telusur.index import Library

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
BIG_BYTES = 50 * 1024 * 1024


def _png() -> bytes:
    """A valid 1x1 PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")

    header = chunk(b"IHDR", (1).to_bytes(4, "big") * 2 + bytes([8, 2, 0, 0, 0]))
    return b"\x89PNG\r\n\x1a\n" + header + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b"")


def _article(headline: str, date: str | None, body: str) -> str:
    return "\n\n".join([headline] + ([date] if date else []) + [body]) + "\n"


def build_hostile(folder: Path) -> dict[str, str]:
    """Write the awkward files; returns name -> expected outcome ("indexed" or a reason fragment)."""
    expect: dict[str, str] = {}

    def put(rel: str, data: bytes | str, outcome: str) -> None:
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        expect[rel] = outcome

    put("kosong.txt", b"", "empty file")
    put("spasi_saja.txt", b"  \n\n \t\n", "empty file")
    put("gambar.png", _png(), "scan")  # images are scanned clippings now: OCR finds no text, or is off
    put("gambar_menyamar.txt", _png(), "not text")
    big = folder / "sangat_besar.txt"
    with open(big, "wb") as handle:  # sparse: quick to write, 50 MB to read
        handle.write(_article("Berkas Raksasa", "1 Juli 2024", "isi").encode())
        handle.truncate(BIG_BYTES)
    expect["sangat_besar.txt"] = "larger than"
    broken = _article("Judul Rusak", "2 Juli 2024", "teks").encode() + b"\xff\xfe\xc3\x28 akhir"
    put("utf8_rusak.txt", broken, "either")
    utf16 = _article("Berita Enkode Utf16", "3 Juli 2024", "Isi dalam UTF-16.").encode("utf-16")
    put("utf16_bom.txt", utf16, "indexed")
    cp1252 = _article("Kafe Señor Dibuka", "4 Juli 2024", "Harga “kopi” naik — kata pemilik.").encode("cp1252")
    put("cp1252.txt", cp1252, "indexed")
    put("crlf.txt", _article("Baris Windows", "5 Juli 2024", "Paragraf satu.\n\nParagraf dua.").replace("\n", "\r\n"),
        "indexed")
    put("tanpa_tanggal.txt", _article("Tanpa Tanggal", None, "Berita ini tidak bertanggal sama sekali."), "indexed")
    put("kemarin.txt", _article("Tanggal Aneh", "kemarin sore", "Isi berita kemarin."), "indexed")
    put("masa_depan.txt", _article("Berita Masa Depan", "1 Januari 2999", "Ramalan."), "indexed")
    put("kuno.txt", _article("Berita Kuno", "17 Agustus 1850", "Sejarah lama."), "indexed")
    put("judul_saja.txt", "Hanya Sebuah Judul\n", "indexed")
    put("panjang.txt", _article("Berita Sangat Panjang", "6 Juli 2024",
                                "\n".join(f"baris {WORDS[i % len(WORDS)]} kalimat" for i in range(100_000))), "indexed")
    deep = "/".join(f"d{i}" for i in range(50))
    put(f"{deep}/dalam.txt", _article("Berita Terdalam", "7 Juli 2024", "Jauh di dalam."), "indexed")
    put("nama dengan spasi.txt", _article("Nama Berspasi", "8 Juli 2024", "Isi."), "indexed")
    put("berita_日本語_русский_عربي.txt", _article("Nama Non Latin", "9 Juli 2024", "Isi."), "indexed")
    put("baris\nbaru.txt", _article("Nama Dengan Baris Baru", "10 Juli 2024", "Isi."), "indexed")
    put("akan_hilang.txt", _article("Akan Hilang", "11 Juli 2024", "Dihapus saat dibaca."), "disappeared")
    put("terkunci.txt", _article("Berkas Terkunci", "12 Juli 2024", "Tidak bisa dibaca."),
        # Root reads any file, so as root this one is indexed; see the test below.
        "indexed" if IS_ROOT else "permission denied")
    os.chmod(folder / "terkunci.txt", 0)
    os.symlink(".", folder / "putaran")  # a symlink loop: the folder links to itself
    os.symlink(folder / "d0", folder / "d0" / "d1" / "kembali")  # a loop deeper down
    return expect


@pytest.fixture
def hostile(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    folder = tmp_path / "artikel"
    make_folder(folder / "baik", 20, seed=11)
    expect = build_hostile(folder)
    yield folder, expect
    os.chmod(folder / "terkunci.txt", 0o600)


def test_hostile_folder(hostile: tuple[Path, dict[str, str]], tmp_path: Path,
                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file is indexed or skipped with its reason; good files all indexed; the folder unchanged."""
    folder, expect = hostile
    before_sums, before_names = checksums(folder), listing(folder)
    vanishing = os.path.realpath(folder / "akan_hilang.txt")
    real_read = documents_module.read_text

    def read_after_delete(path: str):
        if path == vanishing:  # listed, then deleted before it is read
            os.unlink(path)
        return real_read(path)

    monkeypatch.setattr(documents_module, "read_text", read_after_delete)
    lib = Library(tmp_path / "index")
    lib.add_folders([folder])
    report = lib.sync()  # must not raise
    (folder / "akan_hilang.txt").write_text(_article("Akan Hilang", "11 Juli 2024", "Dihapus saat dibaca."))

    real = os.path.realpath(folder)
    indexed = {r[0]: r for r in records(lib)}
    skipped = {s.path: s.reason for s in report.skipped}
    assert all(reason.strip() for reason in skipped.values())
    for rel, outcome in expect.items():
        path = os.path.join(real, rel)
        if outcome == "ignored":
            assert path not in indexed and path not in skipped, rel
        elif outcome == "indexed":
            assert path in indexed, f"{rel}: {skipped.get(path)}"
        elif outcome == "either":
            assert (path in indexed) != (path in skipped), rel
        else:
            assert path not in indexed, rel
            assert outcome in skipped.get(path, ""), f"{rel}: {skipped.get(path)}"
    good = [p for p in indexed if "/baik/" in p]
    assert len(good) == 20, "a bad file stopped good files from being indexed"

    def headline(rel: str) -> str:
        return indexed[os.path.join(real, rel)][1]

    assert headline("utf16_bom.txt") == "Berita Enkode Utf16"
    assert headline("cp1252.txt") == "Kafe Señor Dibuka"
    assert headline("crlf.txt") == "Baris Windows" and "\r" not in indexed[os.path.join(real, "crlf.txt")][2]
    assert headline("baris\nbaru.txt") == "Nama Dengan Baris Baru"
    assert headline("judul_saja.txt") == "Hanya Sebuah Judul"
    assert indexed[os.path.join(real, "panjang.txt")][2].count("kalimat") == 100_000

    after_sums, after_names = checksums(folder), listing(folder)
    assert after_sums == before_sums, "a user's file changed"
    assert after_names == before_names, "Telusur wrote something inside the article folder"
    monkeypatch.undo()
    again = Library(tmp_path / "index").sync()  # the vanished file is back: only it is new
    assert (again.added, again.updated, again.removed) == (1, 0, 0)


def test_unreadable_file_is_skipped_with_reason(tmp_path: Path) -> None:
    """A file without read permission is skipped as 'permission denied' (needs a non-root user)."""
    if IS_ROOT:
        pytest.skip("running as root: root can read a file without read permission")
    folder = tmp_path / "artikel"
    folder.mkdir()
    locked = folder / "terkunci.txt"
    locked.write_text(_article("Terkunci", "1 Juli 2024", "x"))
    locked.chmod(0)
    try:
        lib = Library(tmp_path / "index")
        lib.add_folders([folder])
        report = lib.sync()
    finally:
        locked.chmod(0o600)
    assert [s.reason for s in report.skipped] == ["permission denied"]
