"""The timeline: a histogram of the current query's matches over time, to brush a date range.

Drawn with QPainter in a small widget of its own (a charting library would
be a heavy dependency for a few bars). Buckets come from the engine's date
facet (telusur.searcher facets) of the same search that filled the list, so
it costs no query of its own. Clicking a bar or dragging across bars asks
for that range (``rangeChosen``); the owner puts it in the date fields, and
the search that follows redraws the timeline. Keyboard: Left/Right move a
highlighted bar, Enter picks it, Esc or Delete clears the range.
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import cast

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from telusur.searcher import DateBucket, DateFacet, DateUnit

from .translations import with_args

MONTHS_ID = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
AXIS_H = 16  # room for the first and last bucket's labels


def bucket_end(start: date, unit: DateUnit) -> date:
    """The last day of the bucket that begins on ``start``."""
    if unit is DateUnit.DAY:
        return start
    if unit is DateUnit.WEEK:
        return start + timedelta(days=6)
    if unit is DateUnit.MONTH:  # calendar's last day: no "first of next month" past 9999-12
        return date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])
    return date(start.year, 12, 31)


def bucket_label(start: date, unit: DateUnit, lang: str = "id") -> str:
    """A bucket as a reader names it: "15 Sep 2019", "Sep 2019", "2019"."""
    months = MONTHS_ID if lang == "id" else MONTHS_EN
    if unit is DateUnit.YEAR:
        return str(start.year)
    if unit is DateUnit.MONTH:
        return f"{months[start.month - 1]} {start.year}"
    return f"{start.day} {months[start.month - 1]} {start.year}"


class TimelineView(QWidget):
    """Bars per bucket; hover says bucket and count; click or drag picks a range."""

    rangeChosen = Signal(object, object)  # date, date (inclusive)
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None, lang: str = "id") -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.lang = lang
        self.facet: DateFacet | None = None
        self.selected: tuple[date, date] | None = None  # the date range in force, drawn brighter
        self._press: int | None = None  # bar where a drag began
        self._drag: tuple[int, int] | None = None
        self._focus_bar = -1
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(44)  # a low window squeezes it to this, never hides the list for it
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.setAccessibleName(self.tr("Timeline of matches"))
        self.setToolTip(self.tr("Click a bar or drag across bars to filter by date; double-click to clear"))
        self.hide()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(400, 72)

    # -- data ---------------------------------------------------------------------
    def set_facet(self, facet: DateFacet | None, selected: tuple[date | None, date | None] = (None, None)) -> None:
        self.facet = facet
        lo, hi = selected
        self.selected = (lo or date.min, hi or date.max) if (lo or hi) else None
        self._drag = None
        self._focus_bar = min(self._focus_bar, len(self.buckets) - 1)
        self.setVisible(bool(self.buckets))
        self.setAccessibleDescription(self.summary())
        self.update()

    def hold_place(self) -> None:
        """Take the timeline's place, still empty, for a page whose dates follow as side work.

        Shown only once the facets came, it appeared a moment after the first
        results and pushed the list down under the reader's eyes.
        """
        if self.isHidden():
            self.facet = None
            self.show()
            self.update()

    @property
    def buckets(self) -> tuple[DateBucket, ...]:
        return self.facet.buckets if self.facet is not None else ()

    def summary(self) -> str:
        """The chart in words, for screen readers: the peak bucket and undated count."""
        if not self.buckets or self.facet is None:
            return ""
        peak = max(self.buckets, key=lambda b: b.count)
        text = with_args(self.tr("Peak: %1, %2 articles"), bucket_label(peak.start, self.facet.unit, self.lang),
                         self.locale().toString(peak.count))
        if self.facet.undated:
            text += "; " + with_args(self.tr("%1 undated"), self.locale().toString(self.facet.undated))
        return text

    def bucket_range(self, first: int, last: int) -> tuple[date, date]:
        assert self.facet is not None
        lo, hi = sorted((first, last))
        return self.buckets[lo].start, bucket_end(self.buckets[hi].start, self.facet.unit)

    # -- geometry -------------------------------------------------------------------
    def _plot(self) -> QRect:
        return self.rect().adjusted(4, 4, -4, -AXIS_H)

    def bar_rect(self, i: int) -> QRect:
        """Where bar ``i`` is drawn (full height: the part a click hits)."""
        plot = self._plot()
        n = max(1, len(self.buckets))
        x0 = plot.left() + plot.width() * i // n
        x1 = plot.left() + plot.width() * (i + 1) // n
        return QRect(x0, plot.top(), max(1, x1 - x0), plot.height())

    def bar_at(self, pos: QPoint) -> int | None:
        if not self.buckets:
            return None
        plot = self._plot()
        x = min(max(pos.x(), plot.left()), plot.right())
        return min(len(self.buckets) - 1, (x - plot.left()) * len(self.buckets) // max(1, plot.width()))

    # -- painting ---------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        if not self.buckets or self.facet is None:
            return
        painter = QPainter(self)
        pal = self.palette()
        bar, strong = pal.color(QPalette.ColorRole.Mid), pal.color(QPalette.ColorRole.Highlight)
        top = max(b.count for b in self.buckets) or 1
        plot = self._plot()
        painter.fillRect(plot.adjusted(-2, -2, 2, 1), pal.color(QPalette.ColorRole.Base))
        dragged = sorted(self._drag) if self._drag else None
        # Bars are collected and drawn in two drawRects calls: a paint of a few hundred
        # bars (a decades-long archive by month) took ~30 ms bar by bar, on every keystroke.
        n, left, width = len(self.buckets), plot.left(), plot.width()
        height, bottom = plot.height(), plot.bottom()
        plain: list[QRect] = []
        lit_bars: list[QRect] = []
        for i, bucket in enumerate(self.buckets):
            if not bucket.count:
                continue
            x0 = left + width * i // n
            w = max(1, left + width * (i + 1) // n - x0)
            h = max(1, height * bucket.count // top)
            lit = (dragged is not None and dragged[0] <= i <= dragged[1]) or self._in_selected(bucket)
            gap = 1 if w > 3 else 0
            (lit_bars if lit else plain).append(QRect(x0, bottom - h + 1, w - gap, h))
        painter.setPen(Qt.PenStyle.NoPen)
        for rects, color in ((plain, bar), (lit_bars, strong)):
            if rects:
                painter.setBrush(color)
                painter.drawRects(rects)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.hasFocus() and 0 <= self._focus_bar < n:
            cell = self.bar_rect(self._focus_bar)
            painter.setPen(pal.color(QPalette.ColorRole.Text))
            painter.drawRect(cell.adjusted(0, 0, -1 - (1 if cell.width() > 3 else 0), -1))
        painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        axis = QRect(plot.left(), plot.bottom() + 2, plot.width(), AXIS_H - 2)
        unit = self.facet.unit
        left_middle = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right_middle = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(axis, left_middle, bucket_label(self.buckets[0].start, unit, self.lang))
        right = bucket_label(self.buckets[-1].start, unit, self.lang)
        if self.facet.undated:
            right = with_args(self.tr("%1   (undated: %2)"), right, self.locale().toString(self.facet.undated))
        painter.drawText(axis, right_middle, right)
        painter.end()

    def _in_selected(self, bucket: DateBucket) -> bool:
        if self.selected is None or self.facet is None:
            return False
        return bucket.start <= self.selected[1] and bucket_end(bucket.start, self.facet.unit) >= self.selected[0]

    # -- mouse -------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = self.bar_at(event.position().toPoint())
            if self._press is not None:
                self._drag = (self._press, self._press)
                self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        i = self.bar_at(event.position().toPoint())
        if i is None or self.facet is None:
            return
        if self._press is not None:
            self._drag = (self._press, i)
            self.update()
        # No status tip: it replaced the result count in the status bar and stayed after the pointer left.
        QToolTip.showText(event.globalPosition().toPoint(), self.bar_text(i), self)

    def event(self, event: QEvent) -> bool:
        """Over a bar the tooltip is the bar's ("16 Sep 2019: 5 articles"), not the generic hint.

        The widget's own tooltip arrived a moment after the bar's and replaced it.
        """
        if event.type() == QEvent.Type.ToolTip and self.facet is not None:
            help_event = cast(QHelpEvent, event)
            i = self.bar_at(help_event.pos())
            if i is not None:
                QToolTip.showText(help_event.globalPos(), self.bar_text(i), self)
                return True
        return super().event(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        QToolTip.hideText()
        super().leaveEvent(event)

    def bar_text(self, i: int) -> str:
        assert self.facet is not None
        bucket = self.buckets[i]
        return with_args(self.tr("%1: %2 articles"), bucket_label(bucket.start, self.facet.unit, self.lang),
                         self.locale().toString(bucket.count))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        end = self.bar_at(event.position().toPoint())
        first, self._press = self._press, None
        self._drag = None
        if end is not None:
            self.rangeChosen.emit(*self.bucket_range(first, end))
        self.update()

    def mouseDoubleClickEvent(self, _event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self._press = self._drag = None
        self.cleared.emit()

    # -- keyboard ------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        n = len(self.buckets)
        key = event.key()
        if n and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            self._focus_bar = (max(self._focus_bar, 0) + step) % n if self._focus_bar >= 0 else 0
            self.setAccessibleDescription(self.bar_text(self._focus_bar))
            self.update()
        elif n and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._focus_bar >= 0:
            self.rangeChosen.emit(*self.bucket_range(self._focus_bar, self._focus_bar))
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected:
            self.cleared.emit()
        else:
            super().keyPressEvent(event)
