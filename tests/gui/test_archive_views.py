"""The archive views: timeline brushing, outlets, wire copies, related, export, citations, saved searches."""
from __future__ import annotations

import csv
import json
import threading
from datetime import datetime

import pytest
from archive_views_corpus import COPY_URL, add_new_floods, write_archive
from helpers import write_article
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from telusur.gui.copies import copies_text
from telusur.gui.timeline import bucket_end
from telusur.searcher import SearchRequest, SearchResult

from .screenshots import screenshot_dir
from .typing_helpers import type_query


def _rerun(qtbot, window, action) -> None:
    with qtbot.waitSignal(window.searchSettled, timeout=8000):
        action()


@pytest.fixture
def archive(qtbot, make_window, tmp_path):
    folder = write_archive(tmp_path)
    window = make_window(seeds=False)
    window.resize(1100, 720)
    with qtbot.waitSignal(window.syncFinished, timeout=15000):
        window.indexing.index_folder(str(folder), user_started=False)
    type_query(qtbot, window, "banjir")
    return window, folder


def _sources(window) -> set[str]:
    return {r.source for r in window.model.rows}


def test_timeline_shows_buckets_and_undated_apart(archive) -> None:
    window, _ = archive
    timeline = window.archive_views.timeline
    assert timeline.isVisible() and timeline.objectName() == "timelineView"
    facet = timeline.facet
    assert sum(b.count for b in facet.buckets) + facet.undated == 7  # every match, copies included
    assert facet.undated == 1
    assert timeline.summary().startswith("Peak: 9 Sep 2019, 3 articles")
    assert timeline.accessibleDescription() == timeline.summary()


def test_brushing_sets_the_range_and_filters(qtbot, archive) -> None:
    window, _ = archive
    timeline = window.archive_views.timeline
    buckets = timeline.buckets
    first = next(i for i, b in enumerate(buckets) if b.start.month == 9 and b.count)
    last = first + 1
    x0, x1 = timeline.bar_rect(first).center(), timeline.bar_rect(last).center()
    lo, hi = buckets[first].start, bucket_end(buckets[last].start, timeline.facet.unit)
    with qtbot.waitSignal(window.searchSettled, timeout=8000):
        qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=x0)
        qtbot.mouseMove(timeline, x1)
        qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=x1)
    assert window.date_filter.date_range() == (lo, hi)
    assert window.model.rowCount() == 2  # the flood story (copies folded) and its follow-up
    assert all(lo <= r.date.date() <= hi for r in window.model.rows)
    assert timeline.facet.undated == 0 and all(lo <= b.start <= hi for b in timeline.buckets)
    assert sum(c.count for c in window.archive_views.outlets_counts()) == 4
    # Double-click clears the range: every match again.
    with qtbot.waitSignal(window.searchSettled, timeout=8000):
        qtbot.mouseDClick(timeline, Qt.MouseButton.LeftButton, pos=timeline.bar_rect(0).center())
    assert window.date_filter.date_range() == (None, None)
    assert window.model.rowCount() == 5


def test_timeline_keyboard_picks_a_bar(qtbot, archive) -> None:
    window, _ = archive
    timeline = window.archive_views.timeline
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_Right)  # the first bar
    start = timeline.buckets[0].start
    with qtbot.waitSignal(window.searchSettled, timeout=8000):
        qtbot.keyClick(timeline, Qt.Key.Key_Return)
    assert window.date_filter.date_range()[0] == start
    assert [r.headline for r in window.model.rows] == ["Banjir bandang melanda desa di lereng gunung"]


def test_ticking_outlets_filters_and_counts_follow(qtbot, archive) -> None:
    window, _ = archive
    outlets = window.archive_views.outlets
    assert outlets.objectName() == "sourceFilter"
    names = {outlets.item(i).data(Qt.ItemDataRole.UserRole + 1): outlets.item(i).text() for i in range(outlets.count())}
    assert names["kompas"] == "kompas  (2)" and names["tempo"] == "tempo  (2)"
    _rerun(qtbot, window, lambda: outlets.tick("tempo"))
    assert _sources(window) == {"tempo"} and window.model.rowCount() == 2
    qtbot.waitUntil(lambda: outlets.count() == 4, timeout=5000)  # the others stay tickable
    _rerun(qtbot, window, lambda: outlets.tick("okezone"))
    assert _sources(window) == {"tempo", "okezone"}
    assert window.search.request.sources == ("tempo", "okezone")
    # Counts follow the other filters: a date range leaves tempo one article.
    from datetime import date

    def counts() -> dict:
        return {c.value: c.count for c in window.archive_views.outlets_counts()}

    _rerun(qtbot, window, lambda: window.date_filter.set_range(date(2019, 9, 1), date(2019, 9, 30)))
    qtbot.waitUntil(lambda: counts().get("tempo") == 1, timeout=8000)
    assert counts() == {"kompas": 2, "tempo": 1, "example.id": 1}  # okezone's September copy is an HTML page
    window.date_filter.set_range(date(2019, 1, 1), date(2019, 1, 31))
    qtbot.waitUntil(lambda: counts() == {"tempo": 1}, timeout=8000)
    assert "okezone  (0)" in [outlets.item(i).text() for i in range(outlets.count())]  # ticked: stays, to untick
    _rerun(qtbot, window, lambda: outlets.tick("okezone", on=False))
    assert window.search.request.sources == ("tempo",)


def test_copies_fold_and_unfold(qtbot, archive) -> None:
    window, _ = archive
    rows = window.model.rows
    grouped = [r for r in rows if r.copies]
    assert len(rows) == 5 and len(grouped) == 1
    row = grouped[0]
    assert row.copies_text == copies_text(row.copies)
    assert row.copies_text.startswith("+2 copies: ") and "tempo" in row.copies_text
    action = window.archive_views.group_copies_action
    assert action.objectName() == "groupCopiesAction" and action.isChecked()
    assert window.status_label.text().startswith("5 results (7 articles including copies) · ")
    _rerun(qtbot, window, lambda: action.setChecked(False))
    assert window.model.rowCount() == 7 and not any(r.copies for r in window.model.rows)
    assert window.status_label.text().startswith("7 results · ")
    _rerun(qtbot, window, lambda: action.setChecked(True))
    assert window.model.rowCount() == 5


def test_preview_switches_to_a_copy_and_its_link_opens(qtbot, archive, monkeypatch) -> None:
    window, _ = archive
    rows = window.model.rows
    i = next(n for n, r in enumerate(rows) if r.copies)
    with qtbot.waitSignal(window.previewShown, timeout=5000):
        window.results_view.setCurrentIndex(window.model.index(i))
    chooser = window.archive_views.copy_chooser
    assert chooser.isVisible() and chooser.count() == 3
    opened = []
    monkeypatch.setattr("telusur.gui.preview.QDesktopServices.openUrl", lambda url: opened.append(url.toString()))
    html_copy = next(n for n in range(chooser.count()) if "example.id" in chooser.itemText(n))
    with qtbot.waitSignal(window.previewShown, timeout=5000) as shown:
        chooser.activated.emit(html_copy)
    assert shown.args[0].endswith("o1.html")
    link = window.preview.open_link_action
    assert link.objectName() == "openLinkAction" and link.isEnabled()
    link.trigger()
    assert opened == [COPY_URL]


def test_related_articles_appear_and_preview(qtbot, archive) -> None:
    window, _ = archive
    related = window.archive_views.related
    i = next(n for n, r in enumerate(window.model.rows) if r.copies)
    window.results_view.setCurrentIndex(window.model.index(i))
    key = window.model.rows[i].identity
    qtbot.waitUntil(lambda: related._for == key and related.count() > 0, timeout=8000)
    assert related.objectName() == "relatedView"
    texts = [related.item(n).text() for n in range(related.count())]
    assert 1 <= len(texts) <= 10
    follow_up = next(n for n, t in enumerate(texts) if t.startswith("Banjir kembali rendam permukiman"))
    assert not any("Ratusan rumah warga terendam" in t for t in texts)  # its own copies are left out
    assert "Harga beras" not in " ".join(texts)
    with qtbot.waitSignal(window.previewShown, timeout=5000) as shown:
        related.itemClicked.emit(related.item(follow_up))
    assert shown.args[0].endswith("k2.txt")


@pytest.mark.windows_too
@pytest.mark.parametrize("suffix", ["csv", "json", "ris"])
def test_export_writes_every_match(qtbot, archive, tmp_path, suffix) -> None:
    window, _ = archive
    controller = window.archive_views.export
    controller.ask_open_folder = False
    target = tmp_path / f"hasil.{suffix}"
    request = window.search.shown
    total = window.model.total
    with qtbot.waitSignal(controller.finished, timeout=10000) as done:
        controller.start(request, str(target), total)
    assert done.args == [str(target), total] and total == 5
    text = target.read_text(encoding="utf-8-sig")
    if suffix == "csv":
        assert len(list(csv.DictReader(text.splitlines()))) == total
    elif suffix == "json":
        data = json.loads(text)
        records = data if isinstance(data, list) else data.get("hits", data.get("results"))
        assert len(records) == total
    else:
        assert text.count("\nER  -") + text.startswith("ER  -") == total
    assert not list(tmp_path.glob(".*.tmp"))  # no temporary file left


@pytest.mark.windows_too
def test_export_can_be_cancelled_and_leaves_nothing(qtbot, archive, tmp_path, monkeypatch) -> None:
    window, _ = archive
    controller = window.archive_views.export
    controller.ask_open_folder = False
    real = window.engine.every_hit
    first_out = threading.Event()

    def slow(request, **kw):
        for n, hit in enumerate(real(request, **kw)):
            yield hit
            if n == 0:
                first_out.set()
                controller.cancel_event.wait(5)

    monkeypatch.setattr(window.engine, "every_hit", slow)
    target = tmp_path / "batal.csv"
    target.write_text("keep me", encoding="utf-8")  # an existing file is never half-overwritten
    with qtbot.waitSignal(controller.failed, timeout=10000) as failed:
        controller.start(window.search.shown, str(target), window.model.total)
        assert first_out.wait(5)
        controller.cancel()
    assert failed.args == [""]
    assert target.read_text(encoding="utf-8") == "keep me"
    assert not list(tmp_path.glob(".*.tmp"))  # no temporary file left: removed before "failed" is sent


def test_citations_copy_the_selected_results(qtbot, archive) -> None:
    window, _ = archive
    i = next(n for n, r in enumerate(window.model.rows) if r.copies)
    window.results_view.setCurrentIndex(window.model.index(i))
    window.results_view.setFocus()
    action = window.archive_views.copy_citations_action
    assert action.shortcut().toString() == "Ctrl+Shift+C"
    action.trigger()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("Banjir rendam ratusan rumah warga. kompas. ")
    assert "2019" in text and text.rstrip().endswith("k1.txt")


def test_saved_search_badge_counts_what_a_sync_added(qtbot, archive) -> None:
    window, folder = archive
    saved, view = window.archive_views.saved, window.archive_views.saved_view
    assert view.objectName() == "savedSearchesView"
    assert window.archive_views.save_search_action.objectName() == "saveSearchAction"
    with qtbot.waitSignal(saved.badgesShown, timeout=10000):
        saved.save("Banjir", SearchRequest("banjir"))
    assert view.badge("Banjir") == 0
    add_new_floods(folder, 3)
    with qtbot.waitSignal(saved.badgesShown, timeout=20000):
        window.indexing.index_folder(str(folder), user_started=False)
    assert view.badge("Banjir") == 3
    assert "3 new" in view.item(0).text() and view.item(0).font().bold()
    with qtbot.waitSignal(saved.badgesShown, timeout=10000):
        view.itemActivated.emit(view.item(0))
    assert view.badge("Banjir") == 0
    assert window.search_input.text() == "banjir"
    qtbot.waitUntil(lambda: window.search.shown is not None and window.search.shown.text == "banjir", timeout=5000)


def _open_saved(qtbot, window, name: str) -> None:
    """Open saved search ``name`` from the sidebar; wait for its list, its marks and its badges."""
    saved, view = window.archive_views.saved, window.archive_views.saved_view
    item = next(view.item(i) for i in range(view.count()) if view.item(i).data(Qt.ItemDataRole.UserRole + 1) == name)
    latest = lambda generation: generation == window.runner.generation  # noqa: E731
    with qtbot.waitSignals([saved.newFound, saved.badgesShown, window.searchSettled], timeout=10000,
                           check_params_cbs=[None, None, latest]):
        view.itemActivated.emit(item)


def _marked(window) -> set[str]:
    return {window.model.row(i).file_name for i in window.model.new_rows()}


def test_opening_a_saved_search_marks_exactly_its_new_articles(qtbot, archive) -> None:
    window, folder = archive
    saved, view = window.archive_views.saved, window.archive_views.saved_view
    with qtbot.waitSignal(saved.badgesShown, timeout=10000):
        saved.save("Banjir", SearchRequest("banjir"))
    write_article(folder / "tempo", "baru1.txt", "Banjir rob genangi pelabuhan Sunda Kelapa", datetime(2019, 11, 2, 9),
                  "Banjir rob menggenangi pelabuhan Sunda Kelapa; kapal kayu tertahan dan bongkar muat berhenti.")
    write_article(folder / "kompas", "baru2.txt", "Sekolah diliburkan karena banjir", datetime(2019, 11, 3, 9),
                  "Puluhan sekolah di Bekasi meliburkan murid karena ruang kelas terendam banjir setinggi lutut.")
    write_article(folder / "kompas", "lain.txt", "Harga cabai turun", datetime(2019, 11, 3, 9),
                  "Harga cabai rawit turun di pasar tradisional karena panen raya.")  # new, but not a match
    with qtbot.waitSignal(saved.badgesShown, timeout=20000):
        window.indexing.index_folder(str(folder), user_started=False)
    assert view.badge("Banjir") == 2
    assert window.model.new_rows() == []  # the rerun list of a typed query marks nothing

    _open_saved(qtbot, window, "Banjir")
    assert _marked(window) == {"baru1.txt", "baru2.txt"}
    assert view.badge("Banjir") == 0
    assert window.notice_label.text() == "2 articles new since you last looked are marked “New”"
    first = window.model.new_rows()[0]
    index = window.model.index(first)
    assert index.data(window.model.NewRole) is True
    assert index.data(Qt.ItemDataRole.AccessibleTextRole).startswith("New. ")
    other = next(i for i in range(window.model.rowCount()) if i not in window.model.new_rows())
    assert window.model.index(other).data(window.model.NewRole) is False
    window.results_view.viewport().repaint()  # the delegate paints the tag without error

    _open_saved(qtbot, window, "Banjir")  # reopened: all seen now
    assert _marked(window) == set()


def test_new_marks_last_until_another_query(qtbot, archive) -> None:
    window, folder = archive
    saved = window.archive_views.saved
    with qtbot.waitSignal(saved.badgesShown, timeout=10000):
        saved.save("Banjir", SearchRequest("banjir"))
    add_new_floods(folder, 1)
    with qtbot.waitSignal(saved.badgesShown, timeout=20000):
        window.indexing.index_folder(str(folder), user_started=False)
    _open_saved(qtbot, window, "Banjir")
    assert len(window.model.new_rows()) == 1
    assert window.notice_label.text() == "1 article new since you last looked is marked “New”"
    _rerun(qtbot, window, lambda: window.sort_combo.setCurrentIndex(window.sort_combo.findData("newest")))
    assert len(window.model.new_rows()) == 1  # the same search sorted otherwise keeps them
    type_query(qtbot, window, "banjir bandang")
    assert window.model.new_rows() == []
    type_query(qtbot, window, "banjir")
    assert window.model.new_rows() == []  # typed again by hand: the marks do not come back


def test_archive_strings_are_translated(qtbot, make_window, indonesian) -> None:
    window = make_window(seeds=False, lang="id")
    archive = window.archive_views
    assert archive.export_action.text() == "Ekspor hasil…"
    assert archive.save_search_action.text() == "Simpan pencarian…"
    assert archive.group_copies_action.text() == "Gabungkan salinan berita"
    assert archive.timeline.accessibleName() == "Linimasa hasil"
    assert archive.related.accessibleName() == "Artikel terkait"
    assert archive.outlets.accessibleName() == "Media"
    assert window.results_view.itemDelegate().new_tag_text() == "Baru"
    from telusur.searcher import CopyRef

    refs = (CopyRef("/a/okezone/x.txt", None, "Okezone", None), CopyRef("/a/tempo/y.txt", None, "Tempo", None))
    assert copies_text(refs) == "+2 salinan: Okezone, Tempo"
    window.status_label.on_result(SearchResult(SearchRequest("x"), total=1350, groups=120, elapsed_ms=9))
    assert window.status_label.text() == "120 hasil (1.350 artikel termasuk salinan) · 9 ms"
    timeline = archive.timeline
    from datetime import date

    from telusur.searcher import DateBucket, DateFacet, DateUnit

    timeline.set_facet(DateFacet(DateUnit.DAY, (DateBucket(date(2019, 9, 15), 214),), 3))
    assert timeline.summary() == "Puncak: 15 Sep 2019, 214 artikel; 3 tanpa tanggal"


def test_timeline_readable_at_640(qtbot, archive) -> None:
    window, _ = archive
    window.resize(640, 600)
    qtbot.waitUntil(lambda: window.width() <= 700, timeout=3000)
    timeline = window.archive_views.timeline
    assert timeline.width() >= 560
    assert all(timeline.bar_rect(i).width() >= 1 for i in range(len(timeline.buckets)))
    timeline.grab()  # paints without error
    assert not window.archive_views.sidebar.isVisible()  # folded away for the results' sake
    window.archive_views.sidebar_action.trigger()  # F9
    assert window.archive_views.sidebar.isVisible()


def test_saved_search_with_new_articles_screenshot(qtbot, make_window, tmp_path, indonesian) -> None:
    """docs/archive-saved-new.png: a saved search opened, its new articles tagged, copies folded and counted."""
    folder = write_archive(tmp_path)
    window = make_window(seeds=False, lang="id")
    window.resize(1180, 760)
    with qtbot.waitSignal(window.syncFinished, timeout=15000):
        window.indexing.index_folder(str(folder), user_started=False)
    saved = window.archive_views.saved
    with qtbot.waitSignal(saved.badgesShown, timeout=10000):
        saved.save("Banjir", SearchRequest("banjir"))
    add_new_floods(folder, 2)
    with qtbot.waitSignal(saved.badgesShown, timeout=20000):
        window.indexing.index_folder(str(folder), user_started=False)
    _open_saved(qtbot, window, "Banjir")
    assert len(window.model.new_rows()) == 2
    assert window.notice_label.text() == "2 artikel baru sejak terakhir dilihat ditandai “Baru”"
    assert window.status_label.text().startswith("7 hasil (9 artikel termasuk salinan) · ")
    first_new = window.model.new_rows()[0]
    assert first_new == 0  # opening the saved search put its new articles first, the first one selected
    qtbot.waitUntil(lambda: window.preview.key == window.model.row(first_new).identity, timeout=5000)
    window.notice_label.clear()
    QApplication.processEvents()
    assert window.grab().save(str(screenshot_dir(tmp_path) / "archive-saved-new.png"))
