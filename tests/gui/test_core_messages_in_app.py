"""Reasons from the newer readers and checks reach the Indonesian app in Indonesian.

OCR, OpenDocument, EPUB and RTF reasons, the index's checksum findings and
safe_write's "file held open" used to be English text with no code, so the
Indonesian app showed them in English. Here real files go through a real
sync and the summary dialog, and a real damaged index through ``open``.
"""
from __future__ import annotations

import errno
import io
import json
import zipfile
from pathlib import Path

from telusur.analysis.safe_write import IN_USE_REASON, FileInUseError
from telusur.gui.core_messages import core_text
from telusur.gui.sync_dialog import SyncSummaryDialog
from telusur.index import Library, RebuildReason, message_code
from telusur.index.checksums import sums_file
from telusur.index.messages import IndexDamage, Joined, ScanProblem, WriteProblem, ZipProblem, os_error_message

ARTICLE = "Banjir melanda Jakarta\n\nJakarta, 3 Juli 2024 - Hujan deras sejak pagi membuat banyak jalan tergenang.\n"


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_skip_reasons_of_new_formats_are_indonesian_in_the_summary(tmp_path: Path, qtbot, indonesian) -> None:
    folder = tmp_path / "arsip"
    folder.mkdir()
    (folder / "berita.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "kliping.png").write_bytes(b"\x89PNG\r\n\x1a\n bukan gambar")  # damaged scan (or OCR is off)
    (folder / "catatan.rtf").write_bytes(b"bukan rtf sama sekali")
    (folder / "laporan.odt").write_bytes(b"bukan zip")
    (folder / "buku.epub").write_bytes(_zip({"mimetype": b"application/epub+zip"}))
    library = Library(tmp_path / "index")
    library.add_folders([folder])
    report = library.sync()
    assert report.added == 1
    reasons = {Path(item.path).name: item.reason for item in report.skipped}
    assert message_code(reasons["kliping.png"]) in (ScanProblem.OCR_OFF, ScanProblem.IMAGE_UNREADABLE)
    assert reasons["catatan.rtf"] == "not an RTF document (it does not start with {\\rtf)"  # the CLI's English
    assert message_code(reasons["laporan.odt"]) is ZipProblem.NOT_ZIP
    assert reasons["buku.epub"] == "not an EPUB e-book (no META-INF/container.xml inside)"

    dialog = SyncSummaryDialog(report, [str(folder)], manage_library=lambda: None)
    qtbot.addWidget(dialog)
    view = dialog.skipped_view
    shown = {Path(view.topLevelItem(i).text(0)).name: view.topLevelItem(i).text(1)
             for i in range(view.topLevelItemCount())}
    assert shown["catatan.rtf"] == "bukan dokumen RTF (tidak diawali {\\rtf)"
    assert shown["laporan.odt"] == "bukan dokumen teks OpenDocument (seharusnya berkas zip; berkas ini bukan zip)"
    assert shown["buku.epub"] == "bukan e-book EPUB (tidak ada META-INF/container.xml di dalamnya)"
    assert shown["kliping.png"] in (
        "gambar tidak terbaca (rusak atau bukan gambar)",
        core_text(reasons["kliping.png"]),
    ) and shown["kliping.png"].startswith(("gambar tidak terbaca", "gambar hasil pindai: OCR tidak aktif"))


def test_a_damaged_checksum_map_is_explained_in_indonesian(tmp_path: Path, indonesian) -> None:
    folder = tmp_path / "arsip"
    folder.mkdir()
    (folder / "berita.txt").write_text(ARTICLE, encoding="utf-8")
    library = Library(tmp_path / "index")
    library.add_folders([folder])
    library.sync()
    the_map = sums_file(tmp_path / "index" / "whoosh", "MAIN")
    data = json.loads(the_map.read_text())
    data["crc32"] += 1  # the map no longer matches its own checksum
    the_map.write_text(json.dumps(data))

    reason = Library(tmp_path / "index").open()
    assert reason is not None and reason.reason is RebuildReason.DAMAGED
    assert str(reason).endswith("(_MAIN_checksums.json (the checksum map) is damaged)")  # the CLI's English
    assert message_code(reason.detail) is IndexDamage.MAP_DAMAGED
    assert core_text(reason) == (
        "indeks rusak (berkasnya berbeda dari checksum yang dicatat saat ditulis) "
        "(_MAIN_checksums.json (peta checksum) rusak)"
    )


def test_an_export_target_held_open_is_explained_in_indonesian(indonesian) -> None:
    held = FileInUseError(errno.EACCES, IN_USE_REASON, "hasil.csv")
    message = os_error_message(held)
    assert message == "the file is open in another program; close it and try again: hasil.csv"  # as the CLI says
    assert message_code(message) is Joined.WITH_FILE
    assert message_code(message.params["error"]) is WriteProblem.IN_USE  # type: ignore[attr-defined]
    assert core_text(message) == "berkas sedang dibuka di program lain; tutup dulu, lalu coba lagi: hasil.csv"
    gone = FileNotFoundError(errno.ENOENT, "No such file or directory", "/hilang/hasil.csv")
    assert core_text(os_error_message(gone)) == "berkas atau folder tidak ada: /hilang/hasil.csv"
