"""The sync remembers the files it skipped: an unchanged one is reported again without being read.

Every test runs as Linux has it and under the Windows file rules
(tests/windows_rules.py). Reads are counted by wrapping the sync's reader
entry point (``sync.prepare``); OCR's presence is set by replacing the
Tesseract identity the memory is keyed by.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers import use_settings, write_article

from telusur.index import Library, skip_memory
from telusur.index import sync as sync_module
from telusur.index.files import Skipped
from telusur.index.messages import CoreMessage, ScanProblem, SkipReason, ZipKind, ZipProblem, message_code

pytestmark = pytest.mark.windows_too


class Reads:
    """The real reader, counting the files it is asked to read (or a stand-in outcome per suffix)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, outcomes: dict[str, CoreMessage] | None = None) -> None:
        self.paths: list[str] = []
        self.outcomes = outcomes if outcomes is not None else {}
        real = sync_module.prepare

        def prepare(fs, folder, add=None, **kw):
            self.paths.append(os.path.basename(fs.path))
            suffix = os.path.splitext(fs.path)[1]
            if suffix in self.outcomes:
                return Skipped(fs.path, self.outcomes[suffix])
            return real(fs, folder, add, **kw)

        monkeypatch.setattr(sync_module, "prepare", prepare)

    def take(self) -> list[str]:
        out, self.paths = sorted(self.paths), []
        return out


def _reasons(report) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {}
    for s in report.skipped:
        out.setdefault(os.path.basename(s.path), []).append(
            (s.record, message_code(s.reason), dict(s.reason.params), str(s.reason))
        )
    return out


@pytest.fixture
def settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files written by the test count as settled (not still being written)."""
    monkeypatch.setattr(skip_memory, "SETTLE_S", 0.0)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    news = tmp_path / "news"
    write_article(news, "good.txt", "Banjir Jakarta", "12 Sep 2019", "Banjir merendam Jakarta.")
    (news / "empty.txt").write_bytes(b"   \n")
    (news / "broken.pdf").write_bytes(b"%PDF-1.4\n garbage, no objects, truncated")
    (news / "odd.txt").write_bytes(bytes(range(256)) * 8)
    (news / "bad.jsonl").write_text('[1, 2]\n"a string"\n{"headline": "no body"}\n', encoding="utf-8")
    return news


def _lib(tmp_path: Path, folder: Path) -> Library:
    library = Library(tmp_path / "ix")
    library.add_folders([folder])
    return library


def test_an_unchanged_skipped_file_is_not_read_again(
    tmp_path: Path, folder: Path, monkeypatch, settled, platform_rules: str
) -> None:
    reads = Reads(monkeypatch)
    lib = _lib(tmp_path, folder)
    first = lib.sync()
    assert reads.take() == ["bad.jsonl", "broken.pdf", "empty.txt", "good.txt", "odd.txt"]
    assert first.added == 1 and set(_reasons(first)) == {"bad.jsonl", "broken.pdf", "empty.txt", "odd.txt"}
    second = lib.sync()
    assert reads.take() == []
    assert _reasons(second) == _reasons(first)  # same codes, params and text
    listed = [[(s.path, s.record, s.reason) for s in report.skipped] for report in (first, second)]
    assert listed[0] == listed[1]  # in the same order
    assert [record for record, *_ in _reasons(second)["bad.jsonl"]] == [1, 2, 3]  # a data set's records
    assert (second.added, second.unchanged) == (0, 1)


def test_a_touched_new_or_deleted_skipped_file_is_handled_as_before(
    tmp_path: Path, folder: Path, monkeypatch, settled, platform_rules: str
) -> None:
    reads = Reads(monkeypatch)
    lib = _lib(tmp_path, folder)
    lib.sync()
    reads.take()
    empty = folder / "empty.txt"
    st = empty.stat()
    os.utime(empty, ns=(st.st_atime_ns, st.st_mtime_ns + 3_000_000_000))
    (folder / "broken.pdf").unlink()
    (folder / "also-empty.txt").write_bytes(b"")
    report = lib.sync()
    assert reads.take() == ["also-empty.txt", "empty.txt"]
    assert set(_reasons(report)) == {"also-empty.txt", "bad.jsonl", "empty.txt", "odd.txt"}
    names = [os.path.basename(s.path) for s in report.skipped]
    assert names == sorted(names)  # read and remembered ones listed in the walk's order, as before
    empty.write_text("Judul\n\nIsi berita yang kini ada.", encoding="utf-8")  # now readable: indexed
    report = lib.sync()
    assert reads.take() == ["empty.txt"] and report.added == 1
    assert set(_reasons(lib.sync())) == {"also-empty.txt", "bad.jsonl", "odd.txt"}
    assert reads.take() == []


def test_installing_tesseract_reads_the_scans_again(
    tmp_path: Path, monkeypatch, settled, platform_rules: str
) -> None:
    scans = tmp_path / "scans"
    scans.mkdir()
    for i in range(3):
        (scans / f"kliping{i}.png").write_bytes(b"not really a png %d" % i)
    tesseract = ["off"]
    monkeypatch.setattr(skip_memory, "_ocr_identity", lambda: tesseract[0])
    reads = Reads(monkeypatch, {".png": CoreMessage(ScanProblem.OCR_OFF)})
    lib = _lib(tmp_path, scans)
    assert {message_code(s.reason) for s in lib.sync().skipped} == {ScanProblem.OCR_OFF}
    assert len(reads.take()) == 3
    lib.sync()
    assert reads.take() == []
    tesseract[0] = "on:5.3.0 eng ind"
    reads.outcomes[".png"] = CoreMessage(ScanProblem.PHOTO, words=3)
    report = lib.sync()
    assert len(reads.take()) == 3
    assert {message_code(s.reason) for s in report.skipped} == {ScanProblem.PHOTO}
    lib.sync()  # photos under this Tesseract are remembered in turn
    assert reads.take() == []
    tesseract[0] = "on:5.4.0 eng ind"  # an upgrade reads them again
    lib.sync()
    assert len(reads.take()) == 3


def test_a_reader_that_still_saw_no_tesseract_is_not_remembered(
    tmp_path: Path, monkeypatch, settled, platform_rules: str
) -> None:
    """A helper process started before Tesseract was installed still says OCR is off: try again."""
    scans = tmp_path / "scans"
    scans.mkdir()
    (scans / "kliping.png").write_bytes(b"png")
    monkeypatch.setattr(skip_memory, "_ocr_identity", lambda: "on:5.3.0 eng ind")
    reads = Reads(monkeypatch, {".png": CoreMessage(ScanProblem.OCR_OFF)})
    lib = _lib(tmp_path, scans)
    lib.sync()
    lib.sync()
    assert reads.take() == ["kliping.png", "kliping.png"]


@pytest.mark.parametrize(
    "reason",
    [
        CoreMessage(SkipReason.PERMISSION_DENIED),  # locked by another program (Windows)
        CoreMessage(SkipReason.TIMEOUT, seconds=30.0),  # a loaded machine
        CoreMessage(SkipReason.TOO_LARGE_IN_MEMORY),  # the reader's memory cap, or a killed reader
        CoreMessage(ScanProblem.TOO_SLOW, seconds=60.0),
        CoreMessage(SkipReason.DISAPPEARED),
        "a reason without a code",
    ],
)
def test_a_skip_of_the_moment_is_tried_again(
    tmp_path: Path, monkeypatch, settled, platform_rules: str, reason: str
) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.rtf").write_bytes(b"{\\rtf1 x}")
    reads = Reads(monkeypatch, {".rtf": reason})
    lib = _lib(tmp_path, news)
    assert [s.reason for s in lib.sync().skipped] == [reason]
    assert [s.reason for s in lib.sync().skipped] == [reason]
    assert reads.take() == ["a.rtf", "a.rtf"]


def test_a_file_still_being_written_is_not_remembered(
    tmp_path: Path, folder: Path, monkeypatch, platform_rules: str
) -> None:
    reads = Reads(monkeypatch)
    lib = _lib(tmp_path, folder)
    lib.sync()
    lib.sync()  # every file was changed a moment ago (within SETTLE_S)
    assert reads.take().count("empty.txt") == 2


def test_a_damaged_missing_or_foreign_memory_is_rebuilt(
    tmp_path: Path, folder: Path, monkeypatch, settled, platform_rules: str
) -> None:
    reads = Reads(monkeypatch)
    lib = _lib(tmp_path, folder)
    first = lib.sync()
    path = skip_memory.memory_path(lib.index_dir)
    good = path.read_bytes()
    for bad in (good[:-5], good.replace(b'"stats":"', b'"stats":"9', 1), b"\x00\xff" * 10, b"", b"[1, 2]\n{}"):
        path.write_bytes(bad)
        reads.take()
        assert _reasons(lib.sync()) == _reasons(first)
        assert reads.take() == ["bad.jsonl", "broken.pdf", "empty.txt", "odd.txt"]
        assert _reasons(lib.sync()) == _reasons(first)
        assert reads.take() == []  # written again, and used
    path.unlink()
    lib.sync()
    assert reads.take() == ["bad.jsonl", "broken.pdf", "empty.txt", "odd.txt"] and path.exists()


def test_a_full_rebuild_forgets_the_skips(
    tmp_path: Path, folder: Path, monkeypatch, settled, platform_rules: str
) -> None:
    reads = Reads(monkeypatch)
    lib = _lib(tmp_path, folder)
    lib.sync()
    reads.take()
    lib.start_over_damaged("a test")
    lib.sync()
    assert reads.take() == ["bad.jsonl", "broken.pdf", "empty.txt", "good.txt", "odd.txt"]


def test_other_readers_forget_the_skips(tmp_path: Path, folder: Path, monkeypatch, settled) -> None:
    reads = Reads(monkeypatch)
    lib = _lib(tmp_path, folder)
    lib.sync()
    reads.take()
    monkeypatch.setattr(skip_memory, "reader_identity", lambda: "an upgraded Telusur")
    lib.sync()
    assert reads.take() == ["bad.jsonl", "broken.pdf", "empty.txt", "odd.txt"]


def test_a_removed_folder_leaves_the_memory(tmp_path: Path, folder: Path, monkeypatch, settled) -> None:
    lib = _lib(tmp_path, folder)
    lib.sync()
    assert len(skip_memory.load(lib.index_dir).entries) == 4
    lib.remove_folder(folder)
    lib.sync()
    assert skip_memory.load(lib.index_dir).entries == {}


def test_reasons_keep_their_code_and_arguments() -> None:
    for reason in [
        CoreMessage(SkipReason.TOO_LARGE_FOR_FORMAT, megabytes=50, suffix="pdf"),
        CoreMessage(ZipProblem.NOT_ZIP, kind=CoreMessage(ZipKind.AN_EPUB)),
        CoreMessage(ScanProblem.PHOTO, words=4),
        CoreMessage(ScanProblem.OCR_OFF),
    ]:
        data = skip_memory.encode_reason(reason)
        back = skip_memory.decode_reason(data)
        assert back is not None and str(back) == str(reason) and back.code is reason.code
        assert skip_memory.decode_reason(skip_memory.encode_reason(back)) == reason
    assert skip_memory.decode_reason({"code": "SkipReason.NO_SUCH_CODE", "params": {}}) is None
    assert skip_memory.encode_reason("plain text") is None


def test_skips_found_by_worker_processes_are_remembered(tmp_path: Path, folder: Path, monkeypatch, settled) -> None:
    monkeypatch.setattr(sync_module, "PARALLEL_MIN_FILES", 2)
    use_settings(monkeypatch, workers=2)
    lib = _lib(tmp_path, folder)
    first = lib.sync()  # read by two worker processes
    reads = Reads(monkeypatch)
    second = lib.sync()
    assert reads.take() == [] and _reasons(second) == _reasons(first)


def test_a_file_that_changed_while_it_was_read_is_not_remembered(
    tmp_path: Path, monkeypatch, settled, platform_rules: str
) -> None:
    news = tmp_path / "news"
    news.mkdir()
    growing = news / "unduhan.txt"
    growing.write_bytes(b"")
    real = sync_module.prepare
    calls: list[str] = []

    def prepare(fs, folder, add=None, **kw):
        calls.append(fs.path)
        out = real(fs, folder, add, **kw)  # read while empty ...
        with open(fs.path, "ab") as handle:  # ... and written meanwhile
            handle.write(b" ")
        return out

    monkeypatch.setattr(sync_module, "prepare", prepare)
    lib = _lib(tmp_path, news)
    assert [message_code(s.reason) for s in lib.sync().skipped] == [SkipReason.EMPTY]
    assert skip_memory.load(lib.index_dir).entries == {}
    lib.sync()
    assert len(calls) == 2
