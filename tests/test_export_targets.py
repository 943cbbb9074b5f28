"""`telusur export -o TARGET`: what the user named is written, never replaced (issues 26.3, 29.3)."""
from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest
from helpers import write_article

from telusur.analysis.safe_write import extended_path
from telusur.cli import main

pytestmark = pytest.mark.windows_too


@pytest.fixture
def index(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    folder = tmp_path / "berita"
    write_article(folder, "a.txt", "Banjir Jakarta", "2024-01-02", "Banjir merendam Jakarta.")
    write_article(folder, "b.txt", "Banjir Bekasi", "2024-01-03", "Banjir merendam Bekasi.")
    options = ["--index-dir", str(tmp_path / "index")]
    assert main([*options, "index", str(folder)]) == 0
    capsys.readouterr()
    return options


def _export(index: list[str], capsys: pytest.CaptureFixture[str], target: str) -> tuple[int, str]:
    code = main([*index, "export", "banjir", "-o", target])
    return code, capsys.readouterr().err


def test_a_255_byte_name_is_written(tmp_path: Path, index: list[str], capsys) -> None:
    target = tmp_path / ("hasil-" + "a" * 245 + ".csv")
    assert len(os.fsencode(target.name)) == 255
    code, err = _export(index, capsys, str(target))
    assert code == 0, err
    written = Path(extended_path(str(target)))  # over 260 characters: Windows reads it as \\?\PATH
    assert written.read_text(encoding="utf-8-sig").count("Banjir") >= 2
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_an_error_names_the_target_not_a_temporary_file(tmp_path: Path, index: list[str], capsys) -> None:
    target = tmp_path / "tidak-ada" / "hasil.csv"
    code, err = _export(index, capsys, str(target))
    assert code == 1 and str(target) in err
    assert ".part" not in err and ".tmp" not in err and "Traceback" not in err


def test_a_symlink_to_a_device_stays_and_the_device_is_written(tmp_path: Path, index: list[str], capsys) -> None:
    link = tmp_path / "stdout-like"
    link.symlink_to(os.devnull)
    code, err = _export(index, capsys, str(link))
    assert code == 0, err
    assert link.is_symlink() and stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_a_fifo_is_written_through(tmp_path: Path, index: list[str], capsys) -> None:
    fifo = tmp_path / "pipa.csv"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    code, err = _export(index, capsys, str(fifo))
    reader.join(30)
    assert code == 0, err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and b"Banjir" in got[0]


def test_a_write_error_is_reported(tmp_path: Path, index: list[str], capsys) -> None:
    full = tmp_path / "full"  # a private /dev/full: a failing run must not replace the system's
    try:
        os.mknod(full, stat.S_IFCHR | 0o666, os.makedev(1, 7))
    except (PermissionError, AttributeError, OSError):
        pytest.skip("creating a device node needs root")
    code, err = _export(index, capsys, str(full))
    assert code == 1 and "No space left" in err and str(full) in err
    assert stat.S_ISCHR(os.lstat(full).st_mode)


def test_an_export_over_a_file_held_open_briefly_succeeds(tmp_path: Path, index: list[str], capsys,
                                                         platform_rules: str, request) -> None:
    if platform_rules != "windows":
        pytest.skip("the Windows rules decide what 'held open' means")
    rules = request.getfixturevalue("windows_rules")
    target = tmp_path / "hasil.csv"
    target.write_text("lama", encoding="utf-8")
    with rules.held_briefly(target, pauses=2):  # Excel closing it, a scanner done with it
        code, err = _export(index, capsys, str(target))
    assert code == 0, err
    assert "Banjir" in target.read_text(encoding="utf-8-sig")


def test_an_export_over_a_file_held_open_for_good_says_so(tmp_path: Path, index: list[str], capsys,
                                                         platform_rules: str) -> None:
    if platform_rules != "windows":
        pytest.skip("the Windows rules decide what 'held open' means")
    target = tmp_path / "hasil.csv"
    target.write_text("lama", encoding="utf-8")
    with open(target, "rb"):  # open in Excel
        code, err = _export(index, capsys, str(target))
    assert code == 1 and "open in another program" in err and str(target) in err
    assert target.read_text(encoding="utf-8") == "lama"
