"""The date-range filter: two typed date fields with calendars, and presets from the archive.

A field is a line edit, not a QDateEdit: people type ``15/09/2019``, ``15 Sep
2019``, ``Sep 2019`` or ``2019``, which a fixed display format cannot take, and
an empty field ("any day") must accept typing without fighting its special
text. The text is read by the core's Indonesian date reader, so the filter
understands what the ``date:`` query syntax and the command line understand.
Presets are the years and months the index holds, newest first.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from telusur.searcher import DateError, MonthCount, parse_day_bounds

from .date_display import format_month, format_short_day
from .translations import with_args
from .usertypes import DatePreset

MAX_MONTH_PRESETS = 36  # the newest months get their own preset; every year always does


def preset_key(kind: DatePreset, year: int | None = None, month: int | None = None) -> str:
    """``all``, ``custom``, ``year:2019`` or ``month:2019-09``."""
    if kind == DatePreset.YEAR:
        return f"year:{year}"
    if kind == DatePreset.MONTH:
        return f"month:{year}-{month:02d}"
    return str(kind)


def preset_range(key: str) -> tuple[date | None, date | None]:
    """The days a preset stands for; (None, None) for all dates or an unknown key."""
    kind, _, period = key.partition(":")
    if kind in (DatePreset.YEAR, DatePreset.MONTH) and period:
        try:
            return parse_day_bounds(period)
        except DateError:
            pass
    return None, None


def archive_presets(months: Sequence[MonthCount], max_months: int = MAX_MONTH_PRESETS) -> list[tuple[str, int]]:
    """(key, articles) for each year with articles, each followed by its recent months; newest first."""
    years: dict[int, int] = {}
    for m in months:
        years[m.year] = years.get(m.year, 0) + m.articles
    recent = {(m.year, m.month): m.articles for m in sorted(months, key=lambda m: (m.year, m.month))[-max_months:]}
    presets: list[tuple[str, int]] = []
    for year in sorted(years, reverse=True):
        presets.append((preset_key(DatePreset.YEAR, year), years[year]))
        for (y, month), count in sorted(recent.items(), reverse=True):
            if y == year:
                presets.append((preset_key(DatePreset.MONTH, y, month), count))
    return presets


class DateField(QLineEdit):
    """One end of the range: a typed day (or month or year), or empty for no limit.

    ``end`` fields take the last day of what was typed (``Sep 2019`` -> 30 Sep),
    start fields the first. Unreadable text stays as typed, marked, and the
    range keeps its previous value until the text is fixed or cleared.
    """

    dateChanged = Signal()
    unreadable = Signal(str)  # what the user typed that the date reader cannot read

    def __init__(self, name: str, accessible: str, *, end: bool, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setPlaceholderText(self.tr("any day"))
        self.setToolTip(accessible + " — " + self.tr("e.g. 15/09/2019, 15 Sep 2019, Sep 2019 or 2019"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00 Mmm 0000") + 36)
        self.setMaximumWidth(self.minimumWidth() + 40)
        self._end = end
        self.lang = lang
        self._day: date | None = None
        self.valid = True
        self.editingFinished.connect(self.commit)
        self.textEdited.connect(self._maybe_cleared)

    def day(self) -> date | None:
        return self._day

    def set_day(self, day: date | None) -> None:
        """Show ``day`` (None: empty); no signal."""
        self._day = day
        self.setText(format_short_day(day, self.lang) if day else "")
        self._mark(valid=True)

    def commit(self) -> bool:
        """Read the text; emits ``dateChanged`` when the day changed. False if unreadable."""
        text = self.text().strip()
        if not text:
            day = None
        else:
            try:
                first, last = parse_day_bounds(text)
            except DateError:
                self._mark(valid=False)
                self.unreadable.emit(text)
                return False
            day = last if self._end else first
        changed = day != self._day
        self.set_day(day)
        if changed:
            self.dateChanged.emit()
        return True

    def _maybe_cleared(self, text: str) -> None:
        if not text and self._day is not None:  # the clear button, or everything deleted
            self.commit()

    def _mark(self, *, valid: bool) -> None:
        self.valid = valid
        self.setStyleSheet("" if valid else "QLineEdit { border: 1px solid #c0392b; background: #fdecea; }")


class CalendarButton(QToolButton):
    """Opens a calendar under its field; an empty field's calendar opens at a given month."""

    def __init__(self, field: DateField, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setArrowType(Qt.ArrowType.DownArrow)
        self.setAccessibleName(with_args(self.tr("Calendar for %1"), field.accessibleName()))
        self.setToolTip(self.tr("Pick a day on a calendar"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field is the keyboard's stop
        self.field = field
        self.default_page: tuple[int, int] | None = None  # (year, month) of the newest article
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName(name + "Popup")
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.clicked.connect(self.open_calendar)

    def set_locale(self, locale: QLocale) -> None:
        self.calendar.setLocale(locale)

    def open_calendar(self) -> None:
        day = self.field.day()
        if day is not None:
            self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        elif self.default_page is not None:
            year, month = self.default_page
            self.calendar.setSelectedDate(QDate(year, month, 1))
        else:
            self.calendar.setSelectedDate(QDate.currentDate())
        selected = self.calendar.selectedDate()
        self.calendar.setCurrentPage(selected.year(), selected.month())
        self.calendar.adjustSize()
        self.calendar.move(self.field.mapToGlobal(QPoint(0, self.field.height())))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, qdate: QDate) -> None:
        self.calendar.hide()
        self.field.setText(format_short_day(date(qdate.year(), qdate.month(), qdate.day()), self.field.lang))
        self.field.commit()


class DateFilter(QWidget):
    """Emits ``changed`` once per user change of the range."""

    changed = Signal()
    unreadable = Signal(str)  # a message saying which typed date could not be read

    def __init__(self, parent: QWidget | None = None, *, lang: str = "en") -> None:
        super().__init__(parent)
        self._lang = lang
        self._locale = QLocale(QLocale.Language.Indonesian if lang == "id" else QLocale.Language.English)
        self.newest_month: tuple[int, int] | None = None
        self.preset_combo = QComboBox(self)
        self.preset_combo.setObjectName("datePreset")
        self.preset_combo.setAccessibleName(self.tr("Date range preset"))
        self.preset_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.preset_combo.setMinimumContentsLength(12)
        self.preset_combo.setMaxVisibleItems(20)

        self.date_from = DateField("dateFrom", self.tr("From date"), end=False, lang=lang, parent=self)
        self.date_to = DateField("dateTo", self.tr("To date"), end=True, lang=lang, parent=self)
        self.from_calendar = CalendarButton(self.date_from, "dateFromCalendar", self)
        self.to_calendar = CalendarButton(self.date_to, "dateToCalendar", self)
        for button in (self.from_calendar, self.to_calendar):
            button.set_locale(self._locale)
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("clearDates")
        self.clear_button.setText("✕")
        self.clear_button.setToolTip(self.tr("Show all dates"))
        self.clear_button.setAccessibleName(self.tr("Show all dates"))
        self.clear_button.clicked.connect(self.clear)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.preset_combo)
        self.from_label = QLabel(self.tr("From"), self)
        self.from_label.setBuddy(self.date_from)
        layout.addWidget(self.from_label)
        layout.addWidget(self.date_from)
        layout.addWidget(self.from_calendar)
        self.to_label = QLabel(self.tr("to"), self)
        self.to_label.setBuddy(self.date_to)
        layout.addWidget(self.to_label)
        layout.addWidget(self.date_to)
        layout.addWidget(self.to_calendar)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)

        self._fill_presets([])
        self.preset_combo.activated.connect(self._preset_chosen)
        for field in (self.date_from, self.date_to):
            field.dateChanged.connect(self._edited)
            field.unreadable.connect(self._unreadable)
        self._update_clear()

    # -- presets ------------------------------------------------------------------------
    def set_archive_months(self, months: Sequence[MonthCount]) -> None:
        """Offer the archive's years and months; calendars of empty fields open at the newest."""
        self.newest_month = (months[0].year, months[0].month) if months else None
        for button in (self.from_calendar, self.to_calendar):
            button.default_page = self.newest_month
        self._fill_presets(months)

    def _fill_presets(self, months: Sequence[MonthCount]) -> None:
        combo = self.preset_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All dates"), str(DatePreset.ALL))
        for key, count in archive_presets(months):
            kind, _, period = key.partition(":")
            if kind == DatePreset.YEAR:
                label = period
            else:
                year, month = (int(part) for part in period.split("-"))
                label = "   " + format_month(year, month, self._lang)
            combo.addItem(f"{label} ({self._locale.toString(count)})", key)
        combo.addItem(self.tr("Custom range"), str(DatePreset.CUSTOM))
        # Wide enough for its longest entry: "Agustus 2019 (16" was cut off at 12 characters.
        longest = max((len(combo.itemText(i).strip()) for i in range(combo.count())), default=12)
        combo.setMinimumContentsLength(max(12, longest))
        combo.blockSignals(False)
        self._show_preset()

    def _show_preset(self) -> None:
        """Select the preset whose days are the current range, else "custom" (or "all")."""
        lo, hi = self.date_range()
        key = str(DatePreset.ALL) if lo is None and hi is None else str(DatePreset.CUSTOM)
        if lo is not None and hi is not None:
            for i in range(self.preset_combo.count()):
                data = self.preset_combo.itemData(i)
                if data.startswith(("year:", "month:")) and preset_range(data) == (lo, hi):
                    key = data
                    break
        self.preset_combo.blockSignals(True)
        self.preset_combo.setCurrentIndex(max(0, self.preset_combo.findData(key)))
        self.preset_combo.blockSignals(False)

    @property
    def preset(self) -> str:
        """The chosen preset's key: ``all``, ``custom``, ``year:2019``, ``month:2019-09``."""
        return str(self.preset_combo.currentData())

    # -- state ----------------------------------------------------------------------
    def date_range(self) -> tuple[date | None, date | None]:
        """The days as the fields show them: an inverted range stays inverted, and the search
        refuses it with the command line's message ("the start date is after the end date")."""
        return self.date_from.day(), self.date_to.day()

    @property
    def inverted(self) -> bool:
        lo, hi = self.date_range()
        return bool(lo and hi and lo > hi)

    def set_range(self, lo: date | None, hi: date | None, *, notify: bool = True) -> None:
        self.date_from.set_day(lo)
        self.date_to.set_day(hi)
        self._show_preset()
        self._update_clear()
        if notify:
            self.changed.emit()

    def apply_preset(self, key: str, *, notify: bool = True) -> None:
        lo, hi = preset_range(key)
        self.set_range(lo, hi, notify=notify)

    def clear(self) -> None:
        """Back to all dates (also clears unreadable text)."""
        unreadable = not (self.date_from.valid and self.date_to.valid)
        if self.date_range() != (None, None) or unreadable:
            self.set_range(None, None)

    # -- reactions --------------------------------------------------------------------
    def _preset_chosen(self, _index: int) -> None:
        if self.preset != DatePreset.CUSTOM:
            self.apply_preset(self.preset)
        else:
            self.date_from.setFocus(Qt.FocusReason.OtherFocusReason)

    def _edited(self) -> None:
        self._show_preset()
        self._update_clear()
        self.changed.emit()

    def _unreadable(self, text: str) -> None:
        self._update_clear()
        self.unreadable.emit(with_args(
            self.tr("Cannot read the date “%1”. Type it like 15/09/2019, 15 Sep 2019, Sep 2019 or 2019."), text))

    def _update_clear(self) -> None:
        unreadable = not (self.date_from.valid and self.date_to.valid)
        self.clear_button.setEnabled(self.date_range() != (None, None) or unreadable)

    def describe_range(self) -> str:
        """The range in words, for messages: ``2019``, ``September 2019``, ``15 Sep 2019 – 20 Sep 2019``."""
        lo, hi = self.date_range()
        if lo and hi:
            if (lo, hi) == preset_range(preset_key(DatePreset.YEAR, lo.year)):
                return str(lo.year)
            if (lo, hi) == preset_range(preset_key(DatePreset.MONTH, lo.year, lo.month)):
                return format_month(lo.year, lo.month, self._lang)
            if lo == hi:
                return format_short_day(lo, self._lang)
            return f"{format_short_day(lo, self._lang)} – {format_short_day(hi, self._lang)}"
        if lo:
            return with_args(self.tr("from %1"), format_short_day(lo, self._lang))
        if hi:
            return with_args(self.tr("until %1"), format_short_day(hi, self._lang))
        return ""

    # -- persistence -------------------------------------------------------------------
    def state(self) -> dict[str, str]:
        lo, hi = self.date_range()
        return {"preset": self.preset, "from": lo.isoformat() if lo else "", "to": hi.isoformat() if hi else ""}

    def restore(self, state: dict[str, str]) -> None:
        """The saved days come back; the preset showing them is found again once the archive is known."""
        try:
            lo = date.fromisoformat(state["from"]) if state.get("from") else None
            hi = date.fromisoformat(state["to"]) if state.get("to") else None
        except (TypeError, ValueError):
            lo = hi = None
        self.set_range(lo, hi, notify=False)
