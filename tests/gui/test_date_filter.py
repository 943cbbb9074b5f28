"""Issue 11 item 7: a date filter that takes typed dates and follows the archive, not today."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from helpers import write_article
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QLineEdit, QToolButton

from telusur.gui.filters import archive_presets, preset_range
from telusur.gui.usertypes import EmptyState
from telusur.searcher import MonthCount

from .screenshots import screenshot_dir

ARCHIVE = [  # an archive of 2018-2019 news: every preset relative to today would find nothing
    ("Kabut asap selimuti Pekanbaru", datetime(2019, 9, 15, 8, 0), "Kabut asap kebakaran hutan di Riau makin tebal."),
    ("Sekolah diliburkan karena asap", datetime(2019, 9, 12, 9, 0), "Asap membuat sekolah di Riau diliburkan."),
    ("Banjir rendam Jakarta Timur", datetime(2019, 8, 3, 7, 0), "Banjir merendam ratusan rumah di Jakarta."),
    ("Banjir awal tahun", datetime(2018, 1, 5, 6, 30), "Banjir melanda Jakarta di awal tahun."),
]


def test_archive_presets_are_its_years_and_months_newest_first():
    months = [MonthCount(2019, 9, 2), MonthCount(2019, 8, 1), MonthCount(2018, 1, 1)]
    assert archive_presets(months) == [
        ("year:2019", 3), ("month:2019-09", 2), ("month:2019-08", 1), ("year:2018", 1), ("month:2018-01", 1),
    ]
    assert archive_presets(months, max_months=1) == [("year:2019", 3), ("month:2019-09", 2), ("year:2018", 1)]
    assert preset_range("month:2019-09") == (date(2019, 9, 1), date(2019, 9, 30))
    assert preset_range("year:2018") == (date(2018, 1, 1), date(2018, 12, 31))
    assert preset_range("all") == preset_range("30d") == (None, None)


@pytest.fixture
def archive_window(make_window, tmp_path, qtbot):
    folder = tmp_path / "berita"
    for i, (headline, when, body) in enumerate(ARCHIVE):
        write_article(folder, f"b{i}.txt", headline, when, body)
    window = make_window(seeds=False)
    with qtbot.waitSignal(window.syncFinished, timeout=10000):
        window.indexing.index_folder(str(folder), user_started=False)
    qtbot.waitUntil(lambda: window.date_filter.preset_combo.findData("year:2019") >= 0, timeout=5000)
    return window


def _type_date(qtbot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()  # typing replaces what is there (nothing, in an empty field)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


@pytest.mark.parametrize("typed, expected", [
    ("15/09/2019", date(2019, 9, 15)),
    ("15 Sep 2019", date(2019, 9, 15)),
    ("Sep 2019", date(2019, 9, 1)),
    ("2019", date(2019, 1, 1)),
])
def test_typing_into_an_empty_date_field_sets_the_day(qtbot, archive_window, typed, expected):
    window = archive_window
    field = window.findChild(QLineEdit, "dateFrom")
    assert field is not None and field.text() == "" and field.placeholderText() == "any day"
    with qtbot.waitSignal(window.date_filter.changed, timeout=2000):
        _type_date(qtbot, field, typed)
    assert window.date_filter.date_range() == (expected, None)
    assert field.text() == f"{expected.day} {expected.strftime('%b')} {expected.year}"  # read back as a day


def test_typing_a_month_into_both_fields_selects_that_months_preset(qtbot, archive_window):
    window = archive_window
    _type_date(qtbot, window.date_filter.date_from, "Sep 2019")
    with qtbot.waitSignal(window.resultsShown, timeout=5000):
        _type_date(qtbot, window.date_filter.date_to, "September 2019")
    assert window.date_filter.date_range() == (date(2019, 9, 1), date(2019, 9, 30))
    assert window.date_filter.preset == "month:2019-09"
    assert window.model.rowCount() == 2  # browsing the month with no words
    assert window.date_filter.describe_range() == "September 2019"
    _type_date(qtbot, window.date_filter.date_to, "2019")  # the end field takes the last day
    assert window.date_filter.describe_range() == "1 Sep 2019 – 31 Dec 2019"
    clear = window.date_filter.date_to.findChild(QToolButton)  # the field's own clear button
    with qtbot.waitSignal(window.date_filter.changed, timeout=2000):
        qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert window.date_filter.date_range() == (date(2019, 9, 1), None)


def test_an_unreadable_date_is_marked_and_said_not_dropped(qtbot, archive_window):
    window = archive_window
    field = window.date_filter.date_from
    _type_date(qtbot, field, "kemarin")
    assert field.text() == "kemarin" and not field.valid
    assert "kemarin" in window.message_bar.text and not window.message_bar.isHidden()
    assert window.date_filter.date_range() == (None, None)
    assert window.date_filter.clear_button.isEnabled()
    window.date_filter.clear_button.click()
    assert field.text() == "" and field.valid


def test_presets_follow_the_archive_newest_first(qtbot, archive_window):
    window = archive_window
    combo = window.date_filter.preset_combo
    keys = [combo.itemData(i) for i in range(combo.count())]
    assert keys == ["all", "year:2019", "month:2019-09", "month:2019-08", "year:2018", "month:2018-01", "custom"]
    assert combo.itemText(1) == "2019 (3)" and "September 2019 (2)" in combo.itemText(2)
    qtbot.keyClicks(window.search_input, "banjir")
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=5000)
    with qtbot.waitSignal(window.resultsShown, timeout=5000):
        combo.setCurrentIndex(keys.index("year:2018"))
        combo.activated.emit(keys.index("year:2018"))
    assert window.date_filter.date_range() == (date(2018, 1, 1), date(2018, 12, 31))
    assert [r.headline for r in window.model.rows] == ["Banjir awal tahun"]


def test_an_empty_fields_calendar_opens_at_the_newest_articles_month(qtbot, archive_window):
    window = archive_window
    button = window.date_filter.from_calendar
    button.click()
    calendar = button.calendar
    qtbot.waitUntil(calendar.isVisible, timeout=2000)
    assert (calendar.yearShown(), calendar.monthShown()) == (2019, 9)
    selected = calendar.selectedDate()
    with qtbot.waitSignal(window.date_filter.changed, timeout=2000):
        calendar.clicked.emit(selected.addDays(11))  # 12 September 2019
    assert not calendar.isVisible()
    assert window.date_filter.date_range() == (date(2019, 9, 12), None)


def test_no_results_because_of_the_dates_says_so_and_clears_in_one_click(qtbot, archive_window, tmp_path):
    window = archive_window
    window.resize(1100, 640)
    with qtbot.waitSignal(window.resultsShown, timeout=5000):
        window.date_filter.apply_preset("year:2018")
    qtbot.keyClicks(window.search_input, "asap riau")
    qtbot.waitUntil(lambda: window.empty_state.state == EmptyState.NO_RESULTS_IN_DATES, timeout=5000)
    text = window.empty_state.text()
    assert "2 articles match on other dates." in text and "in the chosen dates (2018)" in text
    assert "fewer" not in text  # the words are fine: the dates are the cause
    window.notice_label.clear()
    QApplication.processEvents()
    _save_with_calendar(window, screenshot_dir(tmp_path) / "date-filter.png")
    with qtbot.waitSignal(window.resultsShown, timeout=5000):
        window.empty_state.linkActivated.emit("alldates")
    assert window.date_filter.date_range() == (None, None)
    assert window.model.rowCount() == 2


def test_words_found_nowhere_still_blame_the_words(qtbot, archive_window):
    window = archive_window
    window.date_filter.apply_preset("year:2018")
    qtbot.keyClicks(window.search_input, "gempa")
    qtbot.waitUntil(lambda: "fewer" in window.empty_state.text(), timeout=5000)
    assert window.empty_state.state == EmptyState.NO_RESULTS


def _save_with_calendar(window, path) -> None:
    """The window with the "from" calendar open, drawn where the popup would be."""
    image = window.grab()
    button = window.date_filter.from_calendar
    button.open_calendar()
    calendar = button.calendar
    QApplication.processEvents()
    field = window.date_filter.date_from
    at = window.mapFromGlobal(field.mapToGlobal(QPoint(0, field.height())))
    painter = QPainter(image)
    painter.drawPixmap(at, calendar.grab())
    painter.end()
    calendar.hide()
    assert image.save(str(path))
