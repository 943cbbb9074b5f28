"""Every article format through the real sync, the search and the command line:
data sets addressed by record, files keyed losslessly whatever their name,
edits that keep size and mtime, and the schema change's rebuild."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from helpers import use_settings, write_article

from telusur.cli import main
from telusur.index import Library, RebuildReason, doc_key, file_key, path_of_key
from telusur.index.schema import SCHEMA_VERSION
from telusur.searcher import SearchEngine, SearchRequest


def _search(lib: Library, text: str, **kwargs: object):
    return SearchEngine(lib).search(SearchRequest(text, page_size=50, **kwargs))  # type: ignore[arg-type]


def _jsonl(rows: list[dict | str]) -> str:
    return "".join((row if isinstance(row, str) else json.dumps(row)) + "\n" for row in rows)


GEMPA = {"judul": "Gempa Guncang Lombok", "tanggal": "2019-09-12 08:15", "isi": "Gempa bermagnitudo lima "
         "mengguncang Lombok Utara pagi ini.", "tautan": "https://antara.id/gempa", "media": "Antara"}
CABAI = {"title": "Harga Cabai Naik", "date": "2019-09-13", "content": "Harga cabai rawit di pasar induk "
         "naik dua kali lipat.", "url": "https://tempo.co/cabai"}


# ---- keys ----


@pytest.mark.parametrize("name", ["a.txt", "caf\udce9.txt", "50%#1.txt", "x%23.jsonl", "päth/ok.md"])
def test_keys_are_utf8_and_give_the_path_back(name: str) -> None:
    path = "/arsip/" + name
    for record in (None, 7):
        key = doc_key(path, record)
        key.encode("utf-8")  # a valid index term
        assert path_of_key(key) == path
    assert file_key("/arsip/a.txt") == "/arsip/a.txt"  # ordinary names keep their spelling


# ---- data sets ----


def test_data_set_records_are_articles_and_the_file_is_the_unit(tmp_path: Path) -> None:
    folder = tmp_path / "arsip"
    (folder / "data").mkdir(parents=True)
    data = folder / "data" / "berita.jsonl"
    data.write_text(_jsonl([GEMPA, "{rusak", {"judul": "Tanpa isi"}, CABAI]), encoding="utf-8")
    lib = Library(tmp_path / "ix")
    lib.add_folders([folder])
    report = lib.sync()
    assert report.added == 2
    assert sorted((s.record, s.path) for s in report.skipped) == [(2, str(data)), (3, str(data))]
    assert all(s.reason for s in report.skipped)

    (hit,) = _search(lib, "mengguncang").hits
    assert (hit.path, hit.record, hit.format) == (str(data), 1, "jsonl")
    assert (hit.headline, hit.source, hit.url) == ("Gempa Guncang Lombok", "Antara", "https://antara.id/gempa")
    assert hit.date is not None and hit.date.isoformat() == "2019-09-12T08:15:00" and hit.has_time
    (cabai,) = _search(lib, "rawit").hits
    assert (cabai.record, cabai.source) == (4, "data")  # no source field: the first folder below the library
    article = SearchEngine(lib).article(cabai.key)
    assert article is not None and article.record == 4 and article.url == "https://tempo.co/cabai"

    # A changed file is re-indexed as a unit: the gone record's article goes too.
    data.write_text(_jsonl([GEMPA]), encoding="utf-8")
    report = lib.sync()
    assert (report.added, report.updated, report.removed) == (0, 1, 1)
    assert _search(lib, "rawit").total == 0 and _search(lib, "mengguncang").total == 1
    assert lib.sync().unchanged == 1
    data.unlink()
    assert lib.sync().removed == 1
    assert _search(lib, "mengguncang").total == 0


# ---- non-UTF-8 names (issue 16, item 1) ----


@pytest.mark.parametrize("parallel", [False, True], ids=["one-process", "parallel"])
def test_latin1_file_and_folder_names_are_indexed(tmp_path: Path, monkeypatch, parallel: bool) -> None:
    if parallel:
        monkeypatch.setattr("telusur.index.sync.PARALLEL_MIN_FILES", 2)
        use_settings(monkeypatch, workers=2)
    else:
        use_settings(monkeypatch, workers=1)
    folder = tmp_path / "arsip"
    write_article(folder, "biasa.txt", "Berita Biasa", "10 Sep 2019", "Kabar tentang jembatan gantung.")
    root = os.fsencode(folder)
    os.makedirs(root + b"/caf\xe9", exist_ok=True)
    text = "Kafe Baru Dibuka\n\n11 Sep 2019\n\nSebuah kafe bernuansa kopi tubruk dibuka di Menteng.\n"
    with open(root + b"/caf\xe9.txt", "wb") as handle:
        handle.write(text.encode("utf-8"))
    with open(root + b"/caf\xe9/menu.txt", "wb") as handle:
        handle.write(text.replace("kopi tubruk", "teh poci").encode("utf-8"))
    # A library folder whose own name is not UTF-8, with an outlet folder inside.
    other = os.fsencode(tmp_path) + b"/kliping\xe9"
    os.makedirs(other + b"/tempo\xe9")
    with open(other + b"/tempo\xe9/a.txt", "wb") as handle:
        handle.write(b"Pasar Murah\n\n12 Sep 2019\n\nPasar murah digelar di alun-alun kota.\n")
    lib = Library(tmp_path / "ix")
    lib.add_folders([folder, os.fsdecode(other)])
    report = lib.sync()
    assert (report.added, report.skipped) == (4, [])
    (pasar,) = _search(lib, "digelar").hits
    assert os.fsencode(pasar.path) == other + b"/tempo\xe9/a.txt" and pasar.source == "tempo\ufffd"

    (hit,) = _search(lib, "tubruk").hits
    assert os.fsencode(hit.path) == root + b"/caf\xe9.txt"  # the real path, losslessly
    assert hit.headline == "Kafe Baru Dibuka" and hit.source is None
    assert SearchEngine(lib).article(hit.key).path == hit.path  # type: ignore[union-attr]
    assert SearchEngine(lib).article(hit.path) is not None  # the path itself finds it too
    (inner,) = _search(lib, "poci").hits
    assert inner.source == "caf\ufffd"  # shown readably
    assert lib.sync().unchanged == 4
    os.unlink(root + b"/caf\xe9.txt")
    assert lib.sync().removed == 1


def test_latin1_name_in_the_command_line_json(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    folder = tmp_path / "arsip"
    folder.mkdir()
    with open(os.fsencode(folder) + b"/caf\xe9.txt", "wb") as handle:
        handle.write(b"Kafe Baru\n\n11 Sep 2019\n\nKopi tubruk di Menteng.\n")
    ix = str(tmp_path / "ix")
    assert main(["index", str(folder), "--index-dir", ix, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["added"] == 1
    assert main(["search", "tubruk", "--index-dir", ix, "--json"]) == 0
    (hit,) = json.loads(capsys.readouterr().out)["hits"]
    assert hit["path"] == str(folder / "caf\ufffd.txt")
    assert (hit["record"], hit["url"], hit["format"]) == (None, None, "txt")


# ---- edits that keep size and mtime (issue 16, item 17) ----


def test_edit_with_same_size_and_mtime_is_picked_up(tmp_path: Path) -> None:
    folder = tmp_path / "arsip"
    path = write_article(folder, "a.txt", "Salah Ketik", "10 Sep 2019", "Harga beras naik tajam.")
    lib = Library(tmp_path / "ix")
    lib.add_folders([folder])
    lib.sync()
    corrected = tmp_path / "koreksi.txt"
    write_article(tmp_path, "koreksi.txt", "Salah Ketik", "10 Sep 2019", "Harga garam naik tajam.")
    assert corrected.stat().st_size == path.stat().st_size
    stat = path.stat()
    shutil.copyfile(corrected, path)  # what `cp -p` does: new bytes, then the old times
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (stat.st_size, stat.st_mtime_ns)
    report = lib.sync()
    assert report.updated == 1
    assert _search(lib, "garam").total == 1 and _search(lib, "beras").total == 0


# ---- the schema change ----


def test_index_of_the_previous_schema_is_rebuilt_with_a_message(tmp_path: Path, news_folder: Path) -> None:
    lib = Library(tmp_path / "ix")
    lib.add_folders([news_folder])
    lib.sync()
    meta = json.loads(lib.dir.meta_file.read_text())
    meta["schema_version"] = SCHEMA_VERSION - 1
    lib.dir.meta_file.write_text(json.dumps(meta))
    fresh = Library(tmp_path / "ix")
    fresh.whoosh_index()
    assert fresh.rebuilt_reason is not None
    assert fresh.rebuilt_reason.reason is RebuildReason.OTHER_VERSION
    assert "built by another version" in fresh.rebuilt_reason
    assert fresh.sync().added == 4
