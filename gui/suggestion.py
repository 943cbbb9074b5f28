"""The "Did you mean …?" line above the results."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from .richtext import escape
from .translations import with_args


class SuggestionLabel(QLabel):
    """Shows the searcher's spelling suggestion as a link; clicking it emits the word."""

    chosen = Signal(str)  # the suggested query text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionLabel")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAccessibleName(self.tr("Spelling suggestion"))
        self.suggestion = ""
        self.linkActivated.connect(lambda _link: self.chosen.emit(self.suggestion))
        self.hide()

    def on_suggestion(self, suggestion: str) -> None:
        """Show ``suggestion`` ('' hides the line)."""
        self.suggestion = suggestion
        self.setVisible(bool(suggestion))
        if suggestion:
            self.setText(with_args(self.tr("Did you mean %1?"), f'<a href="suggest"><b>{escape(suggestion)}</b></a>'))
