"""Core messages carry a stable code and arguments besides the English text (issue 11 item 6),
and a sync reports writing the index as its own phase (issue 11 item 10)."""
from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from helpers import write_article

import telusur.index.sync as sync_module
from telusur.index import ArticleWarning, CoreMessage, Library, SkipReason, SyncPhase, SyncProgress, message_code
from telusur.index.sync import sync_folders
from telusur.searcher import QueryError, QueryNote, QueryProblem, SearchEngine, SearchRequest, SortOrder


def test_a_core_message_is_its_english_text_with_a_code() -> None:
    message = CoreMessage(ArticleWarning.UNREADABLE_DATE_LINE, line="kemarin sore")
    assert message == "unreadable date line 'kemarin sore'; article left undated"
    assert message.code is ArticleWarning.UNREADABLE_DATE_LINE and message.params == {"line": "kemarin sore"}
    copy = pickle.loads(pickle.dumps(message))  # worker processes send them back
    assert copy == message and copy.code is message.code and copy.params == message.params
    assert message_code("plain text") is None and message_code(message) is ArticleWarning.UNREADABLE_DATE_LINE


def _bad_folder(folder: Path) -> Path:
    write_article(folder, "ok.txt", "Banjir di Medan", "1 Sep 2019", "Banjir merendam rumah warga.")
    write_article(folder, "undated.txt", "Tanpa Tanggal", "kemarin sore", "Isi berita tanpa tanggal.", "Lagi.")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    return folder


@pytest.mark.parametrize("workers", [1, 2])
def test_skip_reasons_and_warnings_have_codes(
    tmp_path: Path, workers: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _bad_folder(tmp_path / "news")
    monkeypatch.setattr(sync_module, "PARALLEL_MIN_FILES", 2)  # workers=2 takes the worker-process path
    library = Library(tmp_path / "ix")
    phases: list[SyncPhase] = []

    def progress(p: SyncProgress) -> None:
        phases.append(p.phase)

    report = sync_folders(
        library.whoosh_index(), [str(folder), str(tmp_path / "gone")], workers=workers, progress=progress
    )
    skipped = {Path(s.path).name: s.reason for s in report.skipped}
    assert message_code(skipped["empty.txt"]) is SkipReason.EMPTY and skipped["empty.txt"] == "empty file"
    assert message_code(skipped["image.txt"]) in (SkipReason.BINARY, SkipReason.UNDECODABLE)
    assert message_code(skipped["gone"]) is SkipReason.FOLDER_NOT_FOUND
    (warning,) = [w.message for w in report.warnings if Path(w.path).name == "undated.txt"]
    assert message_code(warning) is ArticleWarning.UNREADABLE_DATE_LINE
    assert warning.params == {"line": "kemarin sore"}
    # Writing the index is reported after every file was read, as its own phase.
    assert phases[-1] is SyncPhase.COMMITTING and phases.count(SyncPhase.COMMITTING) == 1
    assert set(phases[:-1]) == {SyncPhase.READING}


def test_search_messages_and_notes_have_codes(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    for i in range(3):
        write_article(folder, f"s{i}.txt", f"Panel surya {i}", "3 Sep 2019", "Listrik fotovoltaik untuk desa.")
    library = Library(tmp_path / "ix")
    library.add_folders([folder])
    library.sync()
    engine = SearchEngine(library)
    refused = engine.search(SearchRequest("a*"))
    assert refused.message == "'a*' is too broad: put at least 2 letters before * or ?"
    assert refused.message.code is QueryProblem.TOO_BROAD and refused.message.params["pattern"] == "a*"
    with pytest.raises(QueryError) as unknown_sort:
        SortOrder.named("acak")
    assert unknown_sort.value.code is QueryProblem.UNKNOWN_SORT
    widened = engine.search(SearchRequest("fotovoltaic"))
    (note,) = widened.notes
    assert note == "also showing articles with 'fotovoltaik'" and note.code is QueryNote.ALSO_SHOWING
