"""Article text and file names cannot send escapes to the terminal or forge lines (issue 26.2)."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from telusur.cli import main
from telusur.cli.output import plain
from telusur.searcher.export import ExportFormat, export
from telusur.searcher.highlight import Marked
from telusur.searcher.printable import inert_cell, printable

OSC52 = "\x1b]52;c;cm0gLXJmIH4=\x07"  # writes "rm -rf ~" to the clipboard
CLEAR = "\x1b[2J\x1b]0;owned\x07"
FORGED = "\n\n2. Berita Palsu  (2024-01-01)\n   forged.txt"


@pytest.fixture
def hostile_index(tmp_path: Path) -> str:
    folder = tmp_path / "berita"
    folder.mkdir()
    record = {
        "title": f"Banjir {OSC52}Jakarta{CLEAR}",
        "body": f"Banjir besar melanda Jakarta {OSC52} pagi ini \u202eterbalik\u202c dan {CLEAR} warga mengungsi.",
        "source": f"Sumber{CLEAR}",
        "url": f"https://contoh.id/{OSC52}",
        "date": "2024-07-04",
    }
    (folder / "data.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (folder / f"banjir{FORGED}.txt").write_text(
        "Banjir Bandang di Garut\n\n4 Juli 2024\n\nBanjir bandang melanda Garut.\n", encoding="utf-8")
    ix = str(tmp_path / "ix")
    assert main(["index", str(folder), "--index-dir", ix]) == 0
    return ix


def _no_escapes(text: str) -> None:
    assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
    assert "\n2. Berita Palsu" not in text and "\n   forged.txt" not in text


def test_search_prints_no_escape_and_no_forged_line(hostile_index: str, capsys: pytest.CaptureFixture) -> None:
    capsys.readouterr()
    assert main(["search", "banjir", "--index-dir", hostile_index]) == 0
    out = capsys.readouterr().out
    _no_escapes(out)
    assert "\\x1b]52" in out  # shown, not sent
    assert out.count("\n1. ") == 1 and out.count("\n2. ") == 1  # two hits, two result lines


def test_related_and_index_summary_are_safe(hostile_index: str, tmp_path: Path,
                                             capsys: pytest.CaptureFixture) -> None:
    capsys.readouterr()
    main(["related", str(tmp_path / "berita" / "data.jsonl"), "--record", "1", "--index-dir", hostile_index])
    (tmp_path / "berita" / f"kosong{FORGED}.txt").write_text("")
    main(["index", "--index-dir", hostile_index])
    main(["folders", "--index-dir", hostile_index])
    captured = capsys.readouterr()
    _no_escapes(captured.out + captured.err)
    assert "Related to: Banjir \\x1b]52" in captured.out
    assert "kosong\\n\\n2. Berita Palsu" in captured.out  # the skipped file, on one line


def test_watch_show_is_safe(hostile_index: str, capsys: pytest.CaptureFixture) -> None:
    assert main(["watch", "add", "banjir", "banjir", "--index-dir", hostile_index]) == 0
    capsys.readouterr()
    assert main(["watch", "show", "banjir", "--index-dir", hostile_index]) == 0
    _no_escapes(capsys.readouterr().out)


def test_marks_keep_their_colour_but_article_text_cannot_send_escapes() -> None:
    text = "a \x1b]0;x\x07 banjir\nb &"
    out = plain(Marked(text, ((text.index("banjir"), text.index("banjir") + 6),)), tty=True)
    assert out == "a \\x1b]0;x\\x07 \x1b[1;33mbanjir\x1b[0m b &"
    assert plain(Marked(text, ()), tty=False) == "a \\x1b]0;x\\x07 banjir b &"


def test_csv_cells_are_inert(hostile_index: str, capsys: pytest.CaptureFixture, tmp_path: Path) -> None:
    out_file = tmp_path / "hasil.csv"
    assert main(["export", "banjir", "-o", str(out_file), "--index-dir", hostile_index]) == 0
    text = out_file.read_text(encoding="utf-8-sig")
    assert "\x1b" not in text and "\x07" not in text
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) == 3 and all("\n" not in cell for row in rows for cell in row)
    for cell in ("=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)"):
        assert inert_cell(cell) == "'" + cell
    assert inert_cell("Banjir") == "Banjir" and printable("a\nb") == "a\\nb"


def test_csv_formula_headline() -> None:
    from datetime import datetime

    from telusur.searcher.requests import Hit

    hit = Hit("/a.txt", "=cmd|' /C calc'!A0", Marked(), datetime(2024, 1, 1), False, 1.0, Marked("-1 x", ((3, 4),)),
              source="@src", format="txt")
    out = io.StringIO()
    assert export([hit], ExportFormat.CSV, out) == 1
    row = list(csv.reader(io.StringIO(out.getvalue().lstrip("\ufeff"))))[1]
    assert row[0].startswith("'=") and row[2] == "'@src" and row[7] == "'-1 x"
