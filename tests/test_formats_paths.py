"""Which files are articles, saved pages' asset folders, the folder source rule,
plain text through the same entry point, and the safety net around readers."""
from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

from telusur.index.formats import (
    Deadline,
    Extracted,
    ExtractionTimeout,
    Format,
    SkippedRecord,
    article_kind,
    extract,
    is_asset_folder,
    prune_asset_folders,
    size_limit,
    source_from_folder,
)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("a.txt", Format.TXT), ("A.MD", Format.MD), ("a.html", Format.HTML), ("a.HTM", Format.HTML),
        ("a.mhtml", Format.MHTML), ("a.mht", Format.MHTML), ("a.pdf", Format.PDF), ("a.docx", Format.DOCX),
        ("a.jsonl", Format.JSONL), ("a.ndjson", Format.JSONL), ("a.json", Format.JSON), ("a.csv", Format.CSV),
        ("a.doc", None), ("a.css", None), ("a.js", None), (".hidden.txt", None), ("README", None),
    ],
)
def test_article_kind(name: str, kind: Format | None) -> None:
    assert article_kind(os.path.join("arsip", name)) is kind


def test_format_values_and_data_sets() -> None:
    assert Format.HTML.value == "html" and str(Format.PDF) == "pdf"
    assert {f for f in Format if f.is_data_set} == {Format.JSONL, Format.JSON, Format.CSV}
    assert size_limit(Format.CSV) is None and size_limit(Format.HTML) == 10 * 1024 * 1024


@pytest.mark.parametrize(
    ("folder", "siblings", "is_assets"),
    [
        ("Berita_files", ["Berita.html"], True),
        ("Berita_files", ["berita.HTM"], True),
        ("Berita-Dateien", ["Berita.html"], True),
        ("Berita_archivos", ["Berita.htm"], True),
        ("Berita_files", ["Lain.html", "Berita.txt"], False),  # no page of that name
        ("kompas_files", [], False),  # a user's own folder
        ("_files", ["_files.html", ".html"], False),
        ("2019-09", ["Berita.html"], False),
    ],
)
def test_asset_folder(folder: str, siblings: list[str], is_assets: bool) -> None:
    assert is_asset_folder(folder, siblings) is is_assets


def test_walk_with_pruning_never_reaches_assets(tmp_path: Path) -> None:
    (tmp_path / "kompas" / "Berita_files").mkdir(parents=True)
    (tmp_path / "kompas" / "Berita.html").write_text("<html></html>")
    (tmp_path / "kompas" / "Berita_files" / "iframe.html").write_text("<html></html>")
    (tmp_path / "kompas" / "Berita_files" / "robots.txt").write_text("User-agent: *")
    (tmp_path / "kompas" / "catatan_files").mkdir()
    (tmp_path / "kompas" / "catatan_files" / "a.txt").write_text("Judul\n\nIsi")
    found = []
    for dirpath, dirnames, filenames in os.walk(tmp_path):
        dirnames[:] = prune_asset_folders(dirnames, filenames)
        found += [os.path.relpath(os.path.join(dirpath, f), tmp_path) for f in filenames if article_kind(f)]
    assert sorted(found) == [os.path.join("kompas", "Berita.html"), os.path.join("kompas", "catatan_files", "a.txt")]


@pytest.mark.parametrize(
    ("relative", "source"),
    [
        (("kompas", "2019-09", "x.txt"), "kompas"),
        (("detik", "x.pdf"), "detik"),
        (("x.txt",), None),
    ],
)
def test_source_from_folder(tmp_path: Path, relative: tuple[str, ...], source: str | None) -> None:
    assert source_from_folder(str(tmp_path.joinpath(*relative)), str(tmp_path)) == source


def test_source_from_folder_outside_the_library(tmp_path: Path) -> None:
    assert source_from_folder(str(tmp_path / "lain" / "x.txt"), str(tmp_path / "arsip")) is None


def test_txt_through_extract() -> None:
    raw = b"Judul Berita\n\nSelasa, 10 Sep 2019 21:48 WIB\n\nParagraf satu.\n\nParagraf dua.\n"
    (article,) = extract("/a/berita.txt", raw)
    assert isinstance(article, Extracted)
    assert (article.headline, article.date, article.has_time, article.format) == (
        "Judul Berita", datetime(2019, 9, 10, 21, 48), True, Format.TXT)
    assert article.body == "Paragraf satu.\n\nParagraf dua."
    assert article.source is None and article.url is None and article.record is None


def test_md_heading_marker_is_not_part_of_the_headline() -> None:
    (article,) = extract("/a/berita.md", b"# Judul Berita\n\n10 Sep 2019\n\nIsi.")
    assert isinstance(article, Extracted) and article.headline == "Judul Berita"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [(b"", "empty file"), (b"\x00\x01\x02" * 100, "not text"), ("Judul".encode("utf-16"), None)],
)
def test_bad_text_files(raw: bytes, reason: str | None) -> None:
    (item,) = extract("/a/x.txt", raw)
    if reason is None:
        assert isinstance(item, Extracted) and item.headline == "Judul"
    else:
        assert isinstance(item, SkippedRecord) and reason in item.reason


def test_unknown_suffix_and_missing_file(tmp_path: Path) -> None:
    (item,) = extract(str(tmp_path / "x.xls"))
    assert isinstance(item, SkippedRecord) and "unknown suffix" in item.reason
    (item,) = extract(str(tmp_path / "hilang.html"))
    assert isinstance(item, SkippedRecord) and "disappeared" in item.reason


def test_format_override() -> None:
    (article,) = extract("/a/tanpa-akhiran", b"Judul\n\nIsi berita.", fmt=Format.TXT)
    assert isinstance(article, Extracted) and article.headline == "Judul"


def test_a_library_bug_becomes_a_skip(monkeypatch: pytest.MonkeyPatch) -> None:
    from telusur.index.formats import webpage  # dispatch imports it on first use

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("internal failure")

    monkeypatch.setattr(webpage, "extract_html", boom)
    (item,) = extract("/a/x.html", b"<html></html>")
    assert isinstance(item, SkippedRecord)
    assert item.reason == "could not be read (RuntimeError: internal failure)"


def test_timeout_becomes_a_skip(monkeypatch: pytest.MonkeyPatch) -> None:
    from telusur.index.formats import word  # dispatch imports it on first use

    def slow(*args: object, **kwargs: object) -> None:
        Deadline(-1).check()

    monkeypatch.setattr(word, "extract_docx", slow)
    (item,) = extract("/a/x.docx", b"PK")
    assert isinstance(item, SkippedRecord) and item.reason == "took longer than -1 s"


def test_deadline() -> None:
    assert not Deadline(60).expired()
    with pytest.raises(ExtractionTimeout):
        Deadline(-1).check()


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".mhtml", ".pdf", ".docx", ".jsonl", ".json", ".csv"])
def test_arbitrary_bytes_never_raise(suffix: str) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    prefixes = {".pdf": b"%PDF-1.4\n", ".docx": b"PK\x03\x04", ".json": b"[", ".mhtml": b"MIME-Version: 1.0\r\n"}

    @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.binary(max_size=3000), st.booleans())
    def check(raw: bytes, with_prefix: bool) -> None:
        data = prefixes.get(suffix, b"") + raw if with_prefix else raw
        for item in extract(f"/a/acak{suffix}", data):
            assert isinstance(item, Extracted | SkippedRecord)
            if isinstance(item, SkippedRecord):
                assert item.reason and "could not be read" not in item.reason, item.reason

    check()
