"""What the results area says when there is no list to show: opening, idle, nothing found.

Links in the text (choose a folder, search all dates) come out as signals, so
the view needs no knowledge of the indexing or the date filter.
"""
from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from .richtext import escape
from .translations import with_args
from .usertypes import EmptyState

_CHOOSE_FOLDER = "reindex"
_ALL_DATES = "alldates"


def idle_state(*, opened: bool, indexing: bool, doc_count: int | None, has_folders: bool) -> EmptyState:
    """The empty state to show when no query is typed, from the index's situation."""
    if not opened:
        return EmptyState.OPENING
    if indexing and not doc_count:
        return EmptyState.INDEXING
    if not has_folders and not doc_count:
        return EmptyState.EMPTY_LIBRARY
    return EmptyState.START


class EmptyStateView(QLabel):
    """A centred rich-text label standing in for the results list."""

    chooseFolderRequested = Signal()
    allDatesRequested = Signal()

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.setAccessibleName(self.tr("Search status"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setMargin(24)
        self._locale = locale
        self.state = EmptyState.OPENING
        self.linkActivated.connect(self._link)

    def show_state(self, state: EmptyState, detail: str = "", *, doc_count: int = 0, dated: bool = False) -> None:
        """Say ``state``; ``detail`` is the query or its error, ``dated`` whether a date filter is on."""
        self.state = state
        self.setText(self._html(state, detail, doc_count=doc_count, dated=dated))

    def _html(self, state: EmptyState, detail: str, *, doc_count: int, dated: bool) -> str:
        if state == EmptyState.OPENING:
            return self.tr("Opening the library…")
        if state == EmptyState.INDEXING:
            return self.tr("Indexing articles… You can already search; results appear as they are indexed.")
        if state == EmptyState.EMPTY_LIBRARY:
            return (self.tr("The library is empty.") + "<br/><br/>" + f'<a href="{_CHOOSE_FOLDER}">'
                    + self.tr("Choose a folder of articles to index…") + "</a>")
        if state == EmptyState.START:
            count = self._locale.toString(doc_count)
            return (
                "<p style='font-size:large'>" + with_args(self.tr("Type to search %1 articles."), count) + "</p>"
                + "<p style='color:#666666'>" + escape(self.tr(
                    'Tips: "exact phrase" · -exclude · word* · judul:word searches headlines · OR between alternatives'
                )) + "</p>"
            )
        if state == EmptyState.NO_RESULTS:
            text = ("<p>" + with_args(self.tr("No articles match “%1”."), escape(detail)) + "</p><p>"
                    + self.tr("Try fewer or different words.") + "</p>")
            if dated:
                text += f'<p><a href="{_ALL_DATES}">' + self.tr("Search all dates") + "</a></p>"
            return text
        return "<p>" + escape(detail) + "</p>"  # QUERY_ERROR

    def _link(self, link: str) -> None:
        if link == _CHOOSE_FOLDER:
            self.chooseFolderRequested.emit()
        elif link == _ALL_DATES:
            self.allDatesRequested.emit()
