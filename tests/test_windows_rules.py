"""Windows' file rules played on Linux (tests/windows_rules.py), and the bugs they found (issue 24)."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from helpers import write_article

from telusur import cli
from telusur.index import Library, RebuildReason
from telusur.index import files as index_files
from telusur.index.paths import is_under, normalize_folder
from telusur.searcher import SearchEngine, SearchRequest

# --- the rules themselves ---------------------------------------------------------------


def test_an_open_file_cannot_be_replaced_or_deleted(tmp_path: Path, windows_rules) -> None:
    held, other = tmp_path / "held.txt", tmp_path / "other.txt"
    held.write_text("a")
    other.write_text("b")
    with open(held, "rb"):
        with pytest.raises(PermissionError):
            os.replace(other, held)
        with pytest.raises(PermissionError):
            held.unlink()
    os.replace(other, held)  # closed: fine
    assert held.read_text() == "b"


def test_names_that_differ_in_case_are_one_file(tmp_path: Path, windows_rules) -> None:
    (tmp_path / "Berita").mkdir()
    (tmp_path / "Berita" / "A.txt").write_text("isi")
    assert (tmp_path / "berita" / "a.TXT").read_text() == "isi"
    assert os.path.realpath(tmp_path / "BERITA") == str(tmp_path / "Berita")
    with pytest.raises(FileExistsError):
        (tmp_path / "berita").mkdir()


def test_chmod_takes_no_descriptor_and_output_is_cp1252(tmp_path: Path, windows_rules, capsys) -> None:
    fd = os.open(tmp_path / "x", os.O_CREAT | os.O_WRONLY)
    try:
        with pytest.raises(TypeError):
            os.chmod(fd, 0o644)
    finally:
        os.close(fd)
    with pytest.raises(UnicodeEncodeError):
        print("banjir \U0001f30a")


# --- 24.1: a rebuild while the index's own lock file is open ---------------------------


def _indexed(tmp_path: Path) -> tuple[Library, Path]:
    folder = tmp_path / "berita"
    write_article(folder, "a.txt", "Banjir Jakarta", "2024-01-02", "Banjir merendam Jakarta.")
    write_article(folder, "b.txt", "Gempa Cianjur", "2024-01-03", "Gempa mengguncang Cianjur.")
    lib = Library(tmp_path / "index")
    lib.add_folders([folder])
    lib.sync()
    return lib, folder


def test_an_index_of_another_version_is_rebuilt_under_windows_rules(tmp_path: Path, windows_rules) -> None:
    """_create held MAIN_WRITELOCK open while deleting the folder: Windows kept both, mkdir failed."""
    lib, _ = _indexed(tmp_path)
    (tmp_path / "index" / "schema.json").write_text('{"version": -1}')
    again = Library(tmp_path / "index")
    reason = again.open()
    assert reason is not None and reason.reason is RebuildReason.OTHER_VERSION
    again.sync()
    assert again.document_count() == 2


def test_a_damaged_index_is_rebuilt_while_this_process_still_reads_the_old_one(tmp_path: Path, windows_rules) -> None:
    lib, _ = _indexed(tmp_path)
    engine = SearchEngine(lib)
    assert engine.search(SearchRequest("banjir")).total == 1  # the old segments are open (mapped) now
    lib.start_over_damaged("test")
    lib.sync()
    assert lib.document_count() == 2
    assert SearchEngine(lib).search(SearchRequest("gempa")).total == 1


# --- 24.4: output a cp1252 console cannot encode -----------------------------------------


def test_the_cli_prints_what_cp1252_cannot_encode(tmp_path: Path, windows_rules, capsys) -> None:
    folder = tmp_path / "berita"
    headline = "Banjir \U0001f30a di 東京 \ufffd"
    write_article(folder, "a.txt", headline, "2024-01-02", "Banjir besar melanda kota.")
    index = ["--index-dir", str(tmp_path / "index")]
    assert cli.main([*index, "index", str(folder)]) == 0
    assert cli.main([*index, "search", "banjir"]) == 0
    out = capsys.readouterr().out
    assert "Banjir ? di ?? ?" in out
    assert cli.main([*index, "search", "banjir", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)  # lossless: \\u escapes
    assert data["hits"][0]["headline"] == headline


def test_a_child_cli_with_cp1252_output_prints_every_headline(tmp_path: Path) -> None:
    import subprocess
    import sys

    from windows_rules import WINDOWS_CHILD_ENV

    folder = tmp_path / "berita"
    write_article(folder, "a.txt", "Banjir \U0001f30a di 東京", "2024-01-02", "Banjir besar melanda kota.")
    index = ["--index-dir", str(tmp_path / "index")]
    assert cli.main([*index, "index", str(folder)]) == 0
    env = {**os.environ, **WINDOWS_CHILD_ENV}
    proc = subprocess.run([sys.executable, "-m", "telusur", *index, "search", "banjir"], env=env,
                          capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode("cp1252", "replace")
    assert "Banjir ? di ??" in proc.stdout.decode("cp1252")


# --- 24.5: change detection, case, long paths ---------------------------------------------


def test_change_detection_ignores_the_creation_time(tmp_path: Path, windows_rules, monkeypatch) -> None:
    """st_ctime is the creation time on Windows (and Python is changing its meaning): a resync
    after it moved must not re-read any file."""
    lib, _ = _indexed(tmp_path)
    real_stat = os.stat

    def shifted(path, *args, **kwargs):
        st = real_stat(path, *args, **kwargs)
        fields = list(st)
        fields[9] += 1  # st_ctime
        extra = {"st_atime_ns": st.st_atime_ns, "st_mtime_ns": st.st_mtime_ns, "st_ctime_ns": st.st_ctime_ns + 10**9}
        return os.stat_result(fields, extra)

    monkeypatch.setattr(os, "stat", shifted)
    reads: list[str] = []
    real_read = index_files._read_regular
    monkeypatch.setattr(index_files, "_read_regular", lambda path, *a: (reads.append(path), real_read(path, *a))[1])
    report = lib.sync()
    assert report.unchanged == 2 and reads == []


def test_folders_differing_only_in_case_are_one_folder(tmp_path: Path, windows_rules, capsys) -> None:
    lib, folder = _indexed(tmp_path)
    upper = str(folder).replace("berita", "BERITA")
    assert normalize_folder(upper) == str(folder)
    assert is_under(upper + "/a.txt", str(folder)) and is_under(str(folder / "a.txt"), upper)
    lib.add_folders([upper])
    assert lib.folders == [str(folder)]
    index = ["--index-dir", str(tmp_path / "index")]
    assert cli.main([*index, "remove", upper]) == 0, capsys.readouterr().err
    assert Library(tmp_path / "index").folders == []


def test_a_folder_removed_from_disk_is_removed_from_the_library_whatever_its_case(
    tmp_path: Path, windows_rules, capsys
) -> None:
    lib, folder = _indexed(tmp_path)
    for child in folder.iterdir():
        child.unlink()
    folder.rmdir()
    index = ["--index-dir", str(tmp_path / "index")]
    assert cli.main([*index, "remove", str(folder).replace("berita", "Berita")]) == 0, capsys.readouterr().err
    assert Library(tmp_path / "index").folders == []


def test_articles_past_260_characters_are_indexed(tmp_path: Path, windows_rules) -> None:
    """Without the \\\\?\\ form (and the LongPathsEnabled setting) Windows fails every call on them."""
    folder = tmp_path / "berita"
    deep = folder / ("tahun-2024-" + "x" * 90) / ("bulan-juli-" + "y" * 90)
    with windows_rules.long_paths_enabled():
        write_article(deep, "banjir-" + "z" * 40 + ".txt", "Banjir Jakarta", "2024-07-02", "Banjir merendam Jakarta.")
        write_article(folder, "gempa.txt", "Gempa Cianjur", "2024-07-03", "Gempa mengguncang Cianjur.")
    with pytest.raises(FileNotFoundError):
        os.listdir(deep / ("a" * 60))  # the rule holds: a long path without the prefix fails
    lib = Library(tmp_path / "index")
    lib.add_folders([folder])
    report = lib.sync()
    assert report.added == 2 and report.skipped == []
    hits = SearchEngine(lib).search(SearchRequest("banjir")).hits
    assert len(hits) == 1 and len(hits[0].path) >= 260 and not hits[0].path.startswith("\\\\?\\")


def test_a_folder_is_stored_as_spelled_on_disk_where_realpath_keeps_the_typed_case(
    tmp_path: Path, windows_rules, monkeypatch
) -> None:
    """macOS: APFS ignores case but realpath keeps what was typed; the library must not hold
    ~/Berita and ~/berita as two folders (every article indexed twice)."""
    import posixpath

    from windows_rules import _REAL

    monkeypatch.setattr(os.path, "realpath", lambda p, *a, **k: _REAL["realpath"](os.fspath(p), *a, **k))
    assert posixpath.realpath is os.path.realpath
    (tmp_path / "Berita").mkdir()
    typed = str(tmp_path / "BERITA")
    assert os.path.realpath(typed) == typed  # as macOS' realpath
    assert normalize_folder(typed) == str(tmp_path / "Berita")
