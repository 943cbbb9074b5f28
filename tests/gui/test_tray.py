"""The optional tray notification: which message a watched folder's sync produces, and when none."""
from __future__ import annotations

import pytest
from archive_views_corpus import add_new_floods, write_archive
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from telusur.gui.saved_searches import Badge
from telusur.gui.tray import SETTING, Arrival, TrayNotifier, arrivals
from telusur.gui.usertypes import JobKind
from telusur.gui.workers import SyncJob
from telusur.index.saved_searches import SavedSearch
from telusur.searcher import SearchRequest

WATCHER = SyncJob(JobKind.SYNC, ["/arsip"], user_started=False, from_watcher=True)
MANUAL = SyncJob(JobKind.SYNC, None, user_started=True)


def badges(**new: int) -> list[Badge]:
    return [Badge(SavedSearch(name, name.lower()), count, count + 10) for name, count in new.items()]


@pytest.fixture
def notifier(qtbot, isolated_settings):
    window = QWidget()
    window.setLocale(QLocale(QLocale.Language.English))
    qtbot.addWidget(window)
    shown = []
    tray = TrayNotifier(isolated_settings, window, tray_available=lambda: True, show=shown.append)
    tray.shown = shown
    return tray


def test_arrivals_are_the_badges_that_grew() -> None:
    before = {"Banjir": 1, "Gempa": 4, "Pemilu": 0}
    after = badges(Banjir=3, Gempa=2, Pemilu=0, Baru=1)
    assert arrivals(before, after) == [Arrival("Banjir", 2, 3), Arrival("Baru", 1, 1)]
    assert arrivals({"Banjir": 3}, badges(Banjir=0)) == []  # opened: cleared, nothing to tell


def test_off_by_default_and_the_choice_is_stored(notifier, isolated_settings) -> None:
    assert notifier.action.objectName() == "trayNotifyAction"
    assert notifier.action.isCheckable() and notifier.action.isEnabled() and not notifier.action.isChecked()
    notifier.on_badges(badges(Banjir=0))
    notifier.on_sync_finished(WATCHER, None)
    notifier.on_badges(badges(Banjir=3))
    assert notifier.shown == []  # off: a watcher's new articles say nothing
    notifier.action.setChecked(True)
    assert str(isolated_settings.value(SETTING)).lower() == "true"
    again = TrayNotifier(isolated_settings, notifier.window, tray_available=lambda: True, show=lambda m: None)
    assert again.action.isChecked()


def test_a_watcher_sync_with_new_matches_notifies_once(notifier) -> None:
    notifier.action.setChecked(True)
    notifier.on_sync_finished(WATCHER, None)
    notifier.on_badges(badges(Banjir=2))  # the first count at start: nothing to compare with
    assert notifier.shown == []
    notifier.on_sync_finished(WATCHER, None)
    notifier.on_badges(badges(Banjir=5))
    assert [(m.title, m.body, m.search) for m in notifier.shown] == [
        ("New articles in saved searches", "3 new articles for “Banjir”", "Banjir")]
    notifier.on_badges(badges(Banjir=5))  # a recount without a sync (a search saved): nothing
    notifier.on_sync_finished(WATCHER, None)
    notifier.on_badges(badges(Banjir=6))
    assert notifier.shown[-1].body == "1 new article for “Banjir”"
    assert len(notifier.shown) == 2


def test_no_message_for_manual_syncs_or_no_growth(notifier) -> None:
    notifier.action.setChecked(True)
    notifier.on_badges(badges(Banjir=1))
    notifier.on_sync_finished(MANUAL, None)
    notifier.on_badges(badges(Banjir=4))  # the user pressed Reindex: they are looking already
    notifier.on_sync_finished(WATCHER, None)
    notifier.on_badges(badges(Banjir=4))  # the watcher's sync brought nothing that matches
    notifier.on_sync_finished(WATCHER, None)
    notifier.on_badges(badges(Banjir=0))  # opened meanwhile
    assert notifier.shown == []


def test_several_searches_are_listed_and_the_rest_counted(notifier) -> None:
    notifier.action.setChecked(True)
    notifier.on_badges(badges(A=0, B=0, C=0, D=0, E=0, F=0))
    notifier.on_sync_finished(WATCHER, None)
    notifier.on_badges(badges(A=1, B=6, C=2, D=3, E=4, F=0))
    message = notifier.shown[-1]
    assert message.search is None
    assert message.body.splitlines() == ["B: 6 new", "E: 4 new", "D: 3 new", "C: 2 new", "and 1 more saved searches"]


def test_without_a_tray_the_action_is_disabled_and_says_why(qtbot, isolated_settings) -> None:
    isolated_settings.setValue(SETTING, True)
    window = QWidget()
    qtbot.addWidget(window)
    shown = []
    notifier = TrayNotifier(isolated_settings, window, tray_available=lambda: False, show=shown.append)
    assert not notifier.action.isEnabled() and not notifier.action.isChecked()
    assert "no system tray" in notifier.action.toolTip()
    notifier.on_badges(badges(Banjir=0))
    notifier.on_sync_finished(WATCHER, None)
    notifier.on_badges(badges(Banjir=3))
    assert shown == []


def test_messages_in_indonesian(qtbot, isolated_settings, qapp) -> None:
    from telusur.gui.translations import install_translator

    translator = install_translator(qapp, "id")
    try:
        window = QWidget()
        window.setLocale(QLocale(QLocale.Language.Indonesian))
        qtbot.addWidget(window)
        notifier = TrayNotifier(isolated_settings, window, tray_available=lambda: False, show=lambda m: None)
        assert notifier.action.text() == "Beri tahu saya artikel baru di pencarian tersimpan"
        assert "baki sistem" in notifier.action.toolTip()
        one = notifier.message_for([Arrival("Banjir", 1200, 1200)])
        assert one is not None
        assert (one.title, one.body) == ("Artikel baru di pencarian tersimpan", "1.200 artikel baru untuk “Banjir”")
    finally:
        qapp.removeTranslator(translator)


def test_a_watched_folder_brings_matches_and_the_tray_tells(qtbot, make_window, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    folder = write_archive(tmp_path)
    window = make_window(seeds=False, watch=True)
    window.watcher._timer.setInterval(100)
    views = window.archive_views
    shown = []
    views.tray._show = shown.append
    assert views.tray_action.isEnabled() and not views.tray_action.isChecked()
    views.tray_action.trigger()
    with qtbot.waitSignal(window.syncFinished, timeout=15000):
        window.indexing.index_folder(str(folder), user_started=False)
    with qtbot.waitSignal(views.saved.badgesShown, timeout=10000):
        views.saved.save("Banjir", SearchRequest("banjir"))
    with qtbot.waitSignal(views.tray.notified, timeout=20000) as told:
        add_new_floods(folder, 2)
    assert told.args[0].body == "2 new articles for “Banjir”"
    assert shown == [told.args[0]]
    assert views.saved_view.badge("Banjir") == 2
    views.tray._last = told.args[0]
    with qtbot.waitSignal(views.saved.newFound, timeout=10000) as opened:
        views.tray._on_clicked()  # clicking the message opens the saved search it names
    assert opened.args[0] == "Banjir" and len(opened.args[1]) == 2
