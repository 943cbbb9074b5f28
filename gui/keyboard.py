"""Moving between the search field, the results and the preview without the mouse.

An event filter on the three widgets: Down from the field into the list, Up
from the first row or Esc back to the field, Enter opens, Esc in the preview
returns to the list, Esc in the field clears it.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListView, QTextBrowser


class KeyNavigation(QObject):
    """Installs itself on the widgets; asks the owner to clear or open through signals."""

    clearRequested = Signal()  # Esc in the search field
    openRequested = Signal(QModelIndex)  # Enter on a result

    def __init__(self, search_input: QLineEdit, results_view: QListView, browser: QTextBrowser,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.search_input = search_input
        self.results_view = results_view
        self.browser = browser
        for widget in (search_input, results_view, browser):
            widget.installEventFilter(self)

    def focus_search(self) -> None:
        self.search_input.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_input.selectAll()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if obj is self.search_input:
                return self._in_search(event.key())
            if obj is self.results_view:
                return self._in_results(event.key())
            if obj is self.browser and event.key() == Qt.Key.Key_Escape:
                self.results_view.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(obj, event)

    def _in_search(self, key: int) -> bool:
        if key == Qt.Key.Key_Escape:
            self.clearRequested.emit()
            return True
        model = self.results_view.model()
        if key == Qt.Key.Key_Down and model.rowCount():
            self.results_view.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.results_view.currentIndex().isValid():
                self.results_view.setCurrentIndex(model.index(0, 0))
            return True
        return False

    def _in_results(self, key: int) -> bool:
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.openRequested.emit(self.results_view.currentIndex())
            return True
        if key == Qt.Key.Key_Escape or (key == Qt.Key.Key_Up and self.results_view.currentIndex().row() == 0):
            self.focus_search()
            return True
        return False
