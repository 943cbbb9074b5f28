"""The date-range filter: two calendar date edits with an "all dates" state, and presets.

"No limit" is the edit's minimum date shown as special text, the usual Qt idiom,
so a single widget holds either a day or nothing.
"""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QToolButton, QWidget

from .usertypes import DatePreset

NO_DATE = QDate(1900, 1, 1)
PRESETS = tuple(DatePreset)  # combo order


def preset_range(preset: DatePreset, today: date | None = None) -> tuple[date | None, date | None]:
    """The days a preset stands for (None: open end)."""
    today = today or date.today()
    if preset == DatePreset.TODAY:
        return today, today
    if preset == DatePreset.LAST_7_DAYS:
        return today - timedelta(days=6), today
    if preset == DatePreset.LAST_30_DAYS:
        return today - timedelta(days=29), today
    if preset == DatePreset.THIS_YEAR:
        return date(today.year, 1, 1), today
    return None, None


def _to_qdate(day: date | None) -> QDate:
    return NO_DATE if day is None else QDate(day.year, day.month, day.day)


def _from_qdate(qd: QDate) -> date | None:
    return None if qd <= NO_DATE else date(qd.year(), qd.month(), qd.day())


class DateFilter(QWidget):
    """Emits ``changed`` once per user change of the range."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preset_combo = QComboBox(self)
        self.preset_combo.setObjectName("datePreset")
        self.preset_combo.setAccessibleName(self.tr("Date range preset"))
        labels = {
            DatePreset.ALL: self.tr("All dates"),
            DatePreset.TODAY: self.tr("Today"),
            DatePreset.LAST_7_DAYS: self.tr("Last 7 days"),
            DatePreset.LAST_30_DAYS: self.tr("Last 30 days"),
            DatePreset.THIS_YEAR: self.tr("This year"),
            DatePreset.CUSTOM: self.tr("Custom range"),
        }
        for key in PRESETS:
            self.preset_combo.addItem(labels[key], str(key))

        self.date_from = self._make_edit("dateFrom", self.tr("From date"), self.tr("any day"))
        self.date_to = self._make_edit("dateTo", self.tr("To date"), self.tr("any day"))
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("clearDates")
        self.clear_button.setText("✕")
        self.clear_button.setToolTip(self.tr("Show all dates"))
        self.clear_button.setAccessibleName(self.tr("Show all dates"))
        self.clear_button.clicked.connect(self.clear)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preset_combo)
        from_label = QLabel(self.tr("From"), self)
        from_label.setBuddy(self.date_from)
        layout.addWidget(from_label)
        layout.addWidget(self.date_from)
        to_label = QLabel(self.tr("to"), self)
        to_label.setBuddy(self.date_to)
        layout.addWidget(to_label)
        layout.addWidget(self.date_to)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)

        self.preset_combo.currentIndexChanged.connect(self._preset_chosen)
        self.date_from.dateChanged.connect(self._edited)
        self.date_to.dateChanged.connect(self._edited)
        self._update_clear()

    def _make_edit(self, name: str, accessible: str, special: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setToolTip(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(special)
        edit.setDate(NO_DATE)
        edit.setMinimumWidth(130)
        return edit

    # -- state ----------------------------------------------------------------------
    def date_range(self) -> tuple[date | None, date | None]:
        lo, hi = _from_qdate(self.date_from.date()), _from_qdate(self.date_to.date())
        if lo and hi and lo > hi:
            lo, hi = hi, lo
        return lo, hi

    @property
    def preset(self) -> DatePreset:
        return DatePreset(self.preset_combo.currentData())

    def set_range(
        self, lo: date | None, hi: date | None, preset: str = DatePreset.CUSTOM, *, notify: bool = True
    ) -> None:
        for widget in (self.date_from, self.date_to, self.preset_combo):
            widget.blockSignals(True)
        self.date_from.setDate(_to_qdate(lo))
        self.date_to.setDate(_to_qdate(hi))
        if lo is None and hi is None:
            preset = DatePreset.ALL
        known = DatePreset(preset) if preset in PRESETS else DatePreset.CUSTOM
        self.preset_combo.setCurrentIndex(PRESETS.index(known))
        for widget in (self.date_from, self.date_to, self.preset_combo):
            widget.blockSignals(False)
        self._update_clear()
        if notify:
            self.changed.emit()

    def apply_preset(self, preset: str, *, notify: bool = True) -> None:
        lo, hi = preset_range(DatePreset(preset))
        self.set_range(lo, hi, preset, notify=notify)

    def clear(self) -> None:
        """Back to all dates."""
        if self.date_range() != (None, None):
            self.set_range(None, None, DatePreset.ALL)

    # -- reactions --------------------------------------------------------------------
    def _preset_chosen(self, _index: int) -> None:
        if self.preset != DatePreset.CUSTOM:
            self.apply_preset(self.preset)

    def _edited(self, _qdate: QDate) -> None:
        lo, hi = _from_qdate(self.date_from.date()), _from_qdate(self.date_to.date())
        self.preset_combo.blockSignals(True)
        self.preset_combo.setCurrentIndex(0 if lo is None and hi is None else PRESETS.index(DatePreset.CUSTOM))
        self.preset_combo.blockSignals(False)
        self._update_clear()
        self.changed.emit()

    def _update_clear(self) -> None:
        self.clear_button.setEnabled(self.date_range() != (None, None))

    # -- persistence -------------------------------------------------------------------
    def state(self) -> dict[str, str]:
        lo, hi = self.date_range()
        return {"preset": str(self.preset), "from": lo.isoformat() if lo else "", "to": hi.isoformat() if hi else ""}

    def restore(self, state: dict[str, str]) -> None:
        """Presets are re-anchored to today; a custom range is restored as it was."""
        preset = state.get("preset", DatePreset.ALL)
        if preset in PRESETS and preset != DatePreset.CUSTOM:
            self.apply_preset(preset, notify=False)
            return
        try:
            lo = date.fromisoformat(state["from"]) if state.get("from") else None
            hi = date.fromisoformat(state["to"]) if state.get("to") else None
        except (TypeError, ValueError):
            lo = hi = None
        self.set_range(lo, hi, DatePreset.CUSTOM, notify=False)
