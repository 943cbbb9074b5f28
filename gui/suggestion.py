"""The "Did you mean …?" line above the results, or which query's results are shown.

When the query as typed finds nothing and its suggestion finds articles, the
core answers with the suggestion's results (``SearchResult.searched``); the
line then says so and offers the typed query alone.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from .richtext import escape
from .translations import with_args


class SuggestionLabel(QLabel):
    """Shows the searcher's spelling suggestion as a link; clicking it emits the word."""

    chosen = Signal(str)  # the suggested query text
    asTyped = Signal(str)  # search this text only as typed (not its suggestion)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionLabel")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAccessibleName(self.tr("Spelling suggestion"))
        self.suggestion = ""
        self.typed = ""  # the text typed, when its suggestion's results are shown
        self.linkActivated.connect(self._on_link)
        self.hide()

    def _on_link(self, link: str) -> None:
        if link == "typed":
            self.asTyped.emit(self.typed)
        else:
            self.chosen.emit(self.suggestion)

    def on_result(self, typed: str, searched: str | None, suggestion: str | None) -> None:
        """Say which query's results are shown when it is not ``typed``; else offer ``suggestion``."""
        if not searched:
            self.on_suggestion(suggestion or "")
            return
        self.suggestion, self.typed = "", typed
        self.setVisible(True)
        self.setText(with_args(
            self.tr("Showing results for %1 — search %2 only"),
            f"<b>{escape(searched)}</b>", f'<a href="typed">{escape(typed)}</a>',
        ))

    def on_suggestion(self, suggestion: str) -> None:
        """Show ``suggestion`` ('' hides the line)."""
        self.suggestion, self.typed = suggestion, ""
        self.setVisible(bool(suggestion))
        if suggestion:
            self.setText(with_args(self.tr("Did you mean %1?"), f'<a href="suggest"><b>{escape(suggestion)}</b></a>'))
