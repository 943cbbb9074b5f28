"""Article layout, date forms and file reading, including the bad files."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from helpers import SEED

from telusur.index.article_dates import parse_date
from telusur.index.articles import parse_article
from telusur.index.files import FileText, Skipped, read_text, walk_articles

DATES = [
    ("2024-07-03 20:17:40", datetime(2024, 7, 3, 20, 17, 40), True),
    ("2024-07-03 20:17:40\u00a0\u00a0 ", datetime(2024, 7, 3, 20, 17, 40), True),
    ("Selasa, 10 September 2019 21:48 WIB", datetime(2019, 9, 10, 21, 48), True),
    ("10/09/2019, 21:48 WIB", datetime(2019, 9, 10, 21, 48), True),
    ("10 Sep 2019", datetime(2019, 9, 10), False),
    ("Selasa, 10 Sep 2019 21:48 WIB", datetime(2019, 9, 10, 21, 48), True),
    ("Rabu, 3 Juli 2024 20.17", datetime(2024, 7, 3, 20, 17), True),
    ("10 Mei 2019", datetime(2019, 5, 10), False),
    ("1 Agu 2019", datetime(2019, 8, 1), False),
    ("5 Okt 2019", datetime(2019, 10, 5), False),
    ("24 Des 2019", datetime(2019, 12, 24), False),
    ("Jum'at, 13 September 2019", datetime(2019, 9, 13), False),
    ("Minggu, 15 September 2019", datetime(2019, 9, 15), False),
    ("Kamis, 12 Sep 2019 08:00 WITA", datetime(2019, 9, 12, 8, 0), True),
    ("Sabtu, 14 Des 2019 10:00 WIT", datetime(2019, 12, 14, 10, 0), True),
    ("2019-09-10T21:48:00+07:00", datetime(2019, 9, 10, 21, 48), True),
    ("2019-09-10", datetime(2019, 9, 10), False),
]


@pytest.mark.parametrize("text,expected,has_time", DATES)
def test_date_forms(text: str, expected: datetime, has_time: bool) -> None:
    parsed = parse_date(text)
    assert parsed is not None, text
    assert parsed.value == expected
    assert parsed.has_time == has_time


def test_zones_are_recorded() -> None:
    assert parse_date("10/09/2019, 21:48 WIB").utc_offset_s == 7 * 3600
    assert parse_date("Kamis, 12 Sep 2019 08:00 WITA").utc_offset_s == 8 * 3600
    assert parse_date("Sabtu, 14 Des 2019 10:00 WIT").utc_offset_s == 9 * 3600


@pytest.mark.parametrize("text", ["kemarin sore", "", "Jakarta", "2019-13-45", "Selasa"])
def test_unreadable_dates(text: str) -> None:
    assert parse_date(text) is None


def test_seed_article() -> None:
    article = parse_article(SEED.read_text(encoding="utf-8"))
    assert article.headline == "Xi Jinping Adakan Pembicaraan Dengan Presiden Kazakhstan"
    assert article.date == datetime(2024, 7, 3, 20, 17, 40)
    assert article.body.startswith("Pada pagi hari ini (03/07)")
    assert article.body.count("\n\n") == 4  # five paragraphs
    assert "\u00a0" not in article.body
    assert article.warnings == ()


def test_bom_crlf_nbsp_and_extra_blank_lines() -> None:
    text = "\ufeffJudul Berita  \r\n\r\n\r\n10 Sep 2019\u00a0\r\n\r\nParagraf satu.\r\n\r\n\r\nParagraf\u00a0dua.  \r\n"
    article = parse_article(text)
    assert article.headline == "Judul Berita"
    assert article.date == datetime(2019, 9, 10)
    assert article.body == "Paragraf satu.\n\nParagraf dua."


def test_missing_date_line_keeps_body_and_warns() -> None:
    article = parse_article("Judul\n\nIni paragraf pertama yang panjang sekali dan berakhir dengan titik.\n\nDua.")
    assert article.date is None
    assert article.body.startswith("Ini paragraf pertama")
    assert any("no date" in w for w in article.warnings)


def test_unreadable_date_is_kept_as_text_and_warned() -> None:
    article = parse_article("Judul\n\nkemarin sore\n\nIsi berita.")
    assert article.date is None
    assert "kemarin sore" in article.body
    assert any("unreadable date" in w for w in article.warnings)


def test_headline_only() -> None:
    article = parse_article("Hanya Judul\n")
    assert article.headline == "Hanya Judul"
    assert article.body == ""
    assert article.date is None


def test_headline_and_date_only() -> None:
    article = parse_article("Judul\n\n10 Sep 2019\n")
    assert article.date == datetime(2019, 9, 10)
    assert article.body == ""


def _read(tmp_path: Path, name: str, data: bytes) -> FileText | Skipped:
    path = tmp_path / name
    path.write_bytes(data)
    return read_text(str(path))


def test_read_text_encodings(tmp_path: Path) -> None:
    utf16 = _read(tmp_path, "u16.txt", "Berita Ekonomi\n\nisi".encode("utf-16"))
    assert isinstance(utf16, FileText) and utf16.text.startswith("Berita")
    cp1252 = _read(tmp_path, "cp.txt", "Kafe \u201cSenja\u201d di Bandung ramai dikunjungi wisatawan.".encode("cp1252"))
    assert isinstance(cp1252, FileText) and "Senja" in cp1252.text
    bom = _read(tmp_path, "bom.txt", "\ufeffJudul".encode("utf-8"))
    assert isinstance(bom, FileText) and bom.text.lstrip("\ufeff") == "Judul"


@pytest.mark.parametrize(
    "data,reason",
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" + bytes(range(256)) * 4, "not text"),
    ],
)
def test_bad_files_are_skipped_with_reason(tmp_path: Path, data: bytes, reason: str) -> None:
    result = _read(tmp_path, "bad.txt", data)
    assert isinstance(result, Skipped)
    assert reason in result.reason


def test_oversized_and_missing_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("telusur.index.files.MAX_FILE_BYTES", 100)
    big = _read(tmp_path, "big.txt", b"a" * 200)
    assert isinstance(big, Skipped) and "larger than" in big.reason
    gone = read_text(str(tmp_path / "gone.txt"))
    assert isinstance(gone, Skipped) and "disappeared" in gone.reason


def test_walk_finds_every_format_and_ignores_others(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A")
    (tmp_path / "b.md").write_text("B")
    (tmp_path / "c.gif").write_text("C")  # not an article format (.png is now a scanned clipping)
    (tmp_path / "f.pdf").write_text("F")
    (tmp_path / "g.JSONL").write_text("G")
    # A saved page's asset folder is never entered; a lookalike without its page is.
    (tmp_path / "h.html").write_text("H")
    (tmp_path / "h_files").mkdir()
    (tmp_path / "h_files" / "frame.html").write_text("I")
    (tmp_path / "h_files" / "notes.txt").write_text("J")
    (tmp_path / "kompas_files").mkdir()
    (tmp_path / "kompas_files" / "k.txt").write_text("K")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "d.txt").write_text("D")
    (tmp_path / "sub" / "deep").mkdir(parents=True)
    (tmp_path / "sub" / "deep" / "e.TXT").write_text("E")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    found, skipped = walk_articles(tmp_path)
    assert sorted(Path(f.path).name for f in found) == ["a.txt", "b.md", "e.TXT", "f.pdf", "g.JSONL", "h.html", "k.txt"]
    assert skipped == []
