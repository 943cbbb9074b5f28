"""Every message code of the core has an English and an Indonesian text, and its arguments render.

The core makes each message as a ``CoreMessage`` (code + parameters); the GUI
translates it by code (gui/core_messages.py), never by reading the English
back. Editing a core sentence without its GUI template fails here.
"""
from __future__ import annotations

import errno
import json

import pytest

import telusur.index.store  # noqa: F401 - defines RebuildReason, RebuildDetail
import telusur.searcher.messages  # noqa: F401 - defines QueryProblem, DateProblem, QueryNote
from telusur.gui.core_messages import FREE_TEXT, TEMPLATES, core_text, fields, qt_template
from telusur.gui.translations import install_translator
from telusur.index import CoreMessage, message_code
from telusur.index.formats import extract
from telusur.index.messages import DataSetProblem, MessageCode, OsReason, SkipReason, ValueKind, os_reason
from telusur.index.store import RebuildReason, Rebuilt


def _codes(base: type[MessageCode] = MessageCode) -> list[MessageCode]:
    found: list[MessageCode] = []
    for sub in base.__subclasses__():
        found.extend(sub)
        found.extend(_codes(sub))
    return found


CODES = [code for code in _codes() if code not in FREE_TEXT]


def _sample(code: MessageCode) -> CoreMessage:
    """The message with a distinct value per argument: numbers where the template formats numbers."""
    params: dict[str, object] = {}
    for i, field in enumerate(fields(code), 1):
        params[field.name] = 70 + i if field.spec else f"Nilai{i}"
    return CoreMessage(code, **params)


def test_there_are_codes_from_every_layer() -> None:
    kinds = {type(code).__name__ for code in CODES}
    assert {"SkipReason", "ArticleWarning", "DocumentProblem", "DataSetProblem", "QueryProblem", "DateProblem",
            "QueryNote", "RebuildReason", "IndexProblem", "OsReason", "ValueKind", "ScanProblem", "ZipKind",
            "ZipProblem", "IndexDamage", "WriteProblem", "Joined"} <= kinds
    assert len(CODES) > 100


@pytest.mark.parametrize("code", CODES, ids=lambda c: f"{type(c).__name__}.{c.name}")
def test_the_gui_template_is_the_core_template(code: MessageCode) -> None:
    assert TEMPLATES.get(code) == qt_template(code), "update gui/core_messages.py (and fill_id.py) with the core"


@pytest.mark.parametrize("code", CODES, ids=lambda c: f"{type(c).__name__}.{c.name}")
def test_english_in_the_gui_is_the_cores_text(code: MessageCode) -> None:
    message = _sample(code)
    assert core_text(message) == str(message)
    for field in fields(code):  # every argument is in the text
        assert str(message.params[field.name]) in str(message)


@pytest.mark.parametrize("code", CODES, ids=lambda c: f"{type(c).__name__}.{c.name}")
def test_each_code_has_an_indonesian_text_with_its_arguments(code: MessageCode, indonesian) -> None:
    message = _sample(code)
    shown = core_text(message)
    if TEMPLATES[code] not in ("%1 (%2)", "%1; %2", "%1: %2"):  # a frame with nothing to translate
        assert shown != str(message), f"no Indonesian text for {TEMPLATES[code]!r}: run gui/i18n/fill_id.py"
    for field in fields(code):
        assert str(message.params[field.name]) in shown, (field.name, shown)
    assert "%1" not in shown and "{" not in shown.replace("[ atau {", "").replace("{\\rtf", "")


def test_nested_messages_are_translated_inside_their_parent(indonesian) -> None:
    missing = OSError(errno.ENOENT, "No such file or directory")
    message = CoreMessage(SkipReason.CANNOT_READ, error=os_reason(missing))
    assert message == "cannot read: No such file or directory"  # the CLI's English
    assert core_text(message) == "tidak dapat dibaca: berkas atau folder tidak ada"
    assert message_code(os_reason(OSError(errno.EACCES, "x"))) is OsReason.EACCES
    assert os_reason(OSError(errno.EXDEV, "Invalid cross-device link")) == "Invalid cross-device link"  # uncoded
    line = CoreMessage(DataSetProblem.LINE_NOT_OBJECT, line=2, kind=CoreMessage(ValueKind.AN_ARRAY))
    assert line == "line 2 is an array, not an article object"
    assert core_text(line) == "baris 2 berisi larik, bukan objek artikel"
    rebuilt = Rebuilt(RebuildReason.UNREADABLE, "ValueError: bad toc")
    assert rebuilt == "the index could not be opened (ValueError: bad toc)"
    assert rebuilt.reason is RebuildReason.UNREADABLE
    assert core_text(rebuilt) == "indeks tidak dapat dibuka (ValueError: bad toc)"
    assert core_text(Rebuilt(RebuildReason.NO_INDEX)) == "belum ada indeks"


def test_text_without_a_code_is_shown_as_it_came(indonesian) -> None:
    assert core_text("a message from somewhere else") == "a message from somewhere else"


def test_format_readers_give_coded_reasons(tmp_path) -> None:
    """Each reader's reasons carry a code (they were English text read back by regex)."""
    cases = {
        "rusak.docx": b"ini bukan zip",
        "rusak.pdf": b"%PDF-1.4 rusak",
        "kosong.html": b"",
        "data.json": b"halo",
        "baris.jsonl": b'{"title": "A", "body": "isi"}\n[1, 2]\n{bukan json\n',
        "tabel.csv": b"judul;tanggal\nA;2019\n",
        "larik.json": json.dumps([{"title": "A", "body": "isi", "date": "bukan tanggal"}, "teks"]).encode(),
    }
    reasons = []
    for name, raw in cases.items():
        (tmp_path / name).write_bytes(raw)
        for item in extract(str(tmp_path / name)):
            reasons.extend([item.reason] if hasattr(item, "reason") else list(item.warnings))
    assert len(reasons) >= 8
    for reason in reasons:
        assert message_code(reason) is not None, reason


def test_saved_search_errors_reach_the_gui_with_their_code(tmp_path, indonesian) -> None:
    from telusur.index import error_message
    from telusur.index.saved_searches import SavedSearch, SavedSearchError, add_search, find

    with pytest.raises(SavedSearchError) as caught:
        find([], "banjir")
    assert str(caught.value) == "no saved search named 'banjir' (saved: none yet)"  # the CLI's English
    shown = core_text(error_message(caught.value))
    assert shown == "tidak ada pencarian tersimpan bernama 'banjir' (tersimpan: belum ada)"
    add_search(tmp_path, SavedSearch("banjir", "banjir"))
    with pytest.raises(SavedSearchError) as caught:
        add_search(tmp_path, SavedSearch("banjir", "banjir jakarta"))
    assert core_text(error_message(caught.value)) == "pencarian tersimpan bernama 'banjir' sudah ada; hapus dulu"


def test_the_unknown_field_message_is_indonesian_throughout(qapp) -> None:
    """The field names are the query language's; the words around them are the app's language (issue 25.11)."""
    from telusur.searcher.messages import QueryProblem

    translator = install_translator(qapp, "id")
    try:
        text = core_text(CoreMessage(QueryProblem.UNKNOWN_FIELD, field="nonexist"))
    finally:
        qapp.removeTranslator(translator)
    assert text == "tidak ada kolom 'nonexist:'; gunakan judul:, isi: atau date:"
    assert str(CoreMessage(QueryProblem.UNKNOWN_FIELD, field="nonexist")).endswith("use judul:, isi: or date:")
