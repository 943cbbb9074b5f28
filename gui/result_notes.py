"""The line above the results that says how to read them: relaxed words, widened typos, a cut query.

It sits above the list, not in the status bar, because it changes what the
list means ("no article has every word") and the status bar's far end is
where nobody looks.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from telusur.searcher import SearchResult

from .core_messages import core_text


class ResultNotes(QLabel):
    """Plain text, hidden when a result needs no explanation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultNotes")
        self.setAccessibleName(self.tr("About these results"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet("#resultNotes { background: #fff8d6; color: #3a3000; padding: 4px 8px; }")
        self.hide()

    def on_result(self, result: SearchResult) -> None:
        notes = []
        if result.relaxed:
            notes.append(self.tr("No article has every word; showing articles with some of them."))
        notes.extend(core_text(note) for note in result.notes)
        self.setText("\n".join(notes))
        self.setVisible(bool(notes))

    def on_cleared(self) -> None:
        self.setText("")
        self.hide()
