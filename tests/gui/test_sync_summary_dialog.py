"""The sync summary: Indonesian numbers, warnings apart, silence when nothing changed."""
from __future__ import annotations

from datetime import datetime

from helpers import write_article

# ---------------------------------------------------------------- Indonesian interface


def test_sync_summary_in_indonesian_numbers_with_warnings_apart(qtbot, indonesian):
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QWidget

    from telusur.gui.sync_dialog import SyncSummaryDialog
    from telusur.index import ArticleWarning, CoreMessage, FileWarning, Skipped, SkipReason, SyncReport

    parent = QWidget()
    parent.setLocale(QLocale(QLocale.Language.Indonesian))
    qtbot.addWidget(parent)
    report = SyncReport(added=1500, unchanged=12000, elapsed_s=43.1,
                        skipped=[Skipped("/b/kosong.txt", CoreMessage(SkipReason.EMPTY))],
                        warnings=[FileWarning("/b/tanpa.txt", CoreMessage(ArticleWarning.NO_DATE_LINE))])
    dialog = SyncSummaryDialog(report, ["/b"], parent)
    counts = dialog.counts.text()
    assert "1.500 ditambah" in counts and "12.000 tetap" in counts and "43,1 dtk" in counts
    assert "1 dengan peringatan" in counts

    def listed(tree) -> dict[str, str]:
        return {tree.topLevelItem(i).text(0): tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())}

    assert listed(dialog.skipped_view) == {"/b/kosong.txt": "berkas kosong"}
    assert listed(dialog.warnings_view) == {"/b/tanpa.txt": "tidak ada baris tanggal; artikel dibiarkan tanpa tanggal"}
    assert dialog.skipped_view.headerItem().text(0) == "Berkas dilewati"
    assert dialog.warnings_view.headerItem().text(0) == "Diindeks dengan peringatan"


def test_an_automatic_sync_that_changed_nothing_says_nothing(qtbot, make_window, tmp_path):
    from telusur.gui.usertypes import JobKind
    from telusur.gui.workers import SyncJob

    folder = tmp_path / "berita"
    write_article(folder, "a.txt", "Banjir Jakarta", datetime(2019, 9, 1), "Banjir besar.")
    window = make_window(seeds=False)
    with qtbot.waitSignal(window.syncFinished, timeout=10000):
        window.indexing.index_folder(str(folder), user_started=False)
    window.notice_label.clear()
    notices = []
    window.indexing.notice.connect(lambda text, _ms: notices.append(text))
    with qtbot.waitSignal(window.syncFinished, timeout=10000):  # what the folder watcher queues
        window.sync_queue.enqueue(SyncJob(JobKind.SYNC, [str(folder)], user_started=False))
    assert notices == [] and window.notice_label.text() == ""
    write_article(folder, "b.txt", "Asap Riau", datetime(2019, 9, 2), "Asap tebal.")
    with qtbot.waitSignal(window.syncFinished, timeout=10000):
        window.sync_queue.enqueue(SyncJob(JobKind.SYNC, [str(folder)], user_started=False))
    assert notices == ["Index updated: 1 added, 0 updated, 0 removed."]


def test_notes_about_the_run_itself_are_shown_in_the_apps_language(qtbot, indonesian):
    """A killed worker process is news the user needs (their machine ran out of memory); the CLI
    prints SyncReport.notes, so the app's summary shows them too, translated by code."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QWidget

    from telusur.gui.sync_dialog import SyncSummaryDialog
    from telusur.index import CoreMessage, SyncReport
    from telusur.index.messages import IndexProblem

    parent = QWidget()
    parent.setLocale(QLocale(QLocale.Language.Indonesian))
    qtbot.addWidget(parent)
    quiet = SyncSummaryDialog(SyncReport(added=2), ["/b"], parent)
    assert quiet.run_notes.isHidden() and quiet.run_notes.text() == ""
    report = SyncReport(added=2, notes=[CoreMessage(IndexProblem.LOST_WORKER, files=7)])
    dialog = SyncSummaryDialog(report, ["/b"], parent)
    assert not dialog.run_notes.isHidden()
    assert dialog.run_notes.text() == (
        "sebuah proses pekerja dihentikan paksa (kehabisan memori?); 7 berkas yang belum diselesaikannya "
        "diindeks ulang di proses utama")
