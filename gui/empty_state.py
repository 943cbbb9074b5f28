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
_TRY_SAMPLE = "sample"
SAMPLE_QUERY = "fotovoltaik"  # a word of the bundled seed article


def idle_state(
    *, opened: bool, indexing: bool, doc_count: int | None, has_folders: bool, only_samples: bool = False
) -> EmptyState:
    """The empty state to show when no query is typed, from the index's situation.

    ``only_samples``: the library's one folder is the bundled seeds (a first run).
    """
    if not opened:
        return EmptyState.OPENING
    if indexing and not doc_count:
        return EmptyState.INDEXING
    if not has_folders and not doc_count:
        return EmptyState.EMPTY_LIBRARY
    if only_samples:
        return EmptyState.FIRST_RUN
    return EmptyState.START


class EmptyStateView(QLabel):
    """A centred rich-text label standing in for the results list."""

    chooseFolderRequested = Signal()
    allDatesRequested = Signal()
    searchRequested = Signal(str)  # a query the text offers to run

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

    def show_state(
        self, state: EmptyState, detail: str = "", *, doc_count: int = 0, dated: bool = False,
        range_text: str = "", elsewhere: int = 0,
    ) -> None:
        """Say ``state``; ``detail`` is the query or its error, ``dated`` whether a date filter is on.

        ``range_text`` names the date range in words; ``elsewhere`` is how many
        articles match the words outside it (NO_RESULTS_IN_DATES).
        """
        self.state = state
        self.setText(self._html(state, detail, doc_count=doc_count, dated=dated, range_text=range_text,
                                elsewhere=elsewhere))

    def _html(self, state: EmptyState, detail: str, *, doc_count: int, dated: bool, range_text: str,
              elsewhere: int) -> str:
        if state == EmptyState.OPENING:
            return self.tr("Opening the library…")
        if state == EmptyState.INDEXING:
            return self.tr("Indexing articles… You can already search; results appear as they are indexed.")
        if state == EmptyState.EMPTY_LIBRARY:
            return (self.tr("The library is empty.") + "<br/><br/>" + self._add_folder_link())
        if state == EmptyState.FIRST_RUN:
            return (
                "<p style='font-size:large'>" + self.tr("Welcome to Telusur.") + "</p><p>"
                + with_args(self.tr("The library holds only a sample article that comes with Telusur "
                                    "(search %1 to see it)."), f'<a href="{_TRY_SAMPLE}">{SAMPLE_QUERY}</a>')
                + "</p><p>"
                + self.tr("To search your own news, add the folder where you keep your archive "
                          "(text, Markdown, saved web pages, PDF, Word or data-set files):")
                + "</p><p style='font-size:large'>" + self._add_folder_link() + "</p>" + self._tips()
            )
        if state == EmptyState.START:
            count = self._locale.toString(doc_count)
            return (
                "<p style='font-size:large'>" + with_args(self.tr("Type to search %1 articles."), count) + "</p>"
                + self._tips()
            )
        all_dates = f'<p><a href="{_ALL_DATES}">' + self.tr("Search all dates") + "</a></p>"
        if state == EmptyState.NO_RESULTS_IN_DATES:
            found = self._locale.toString(elsewhere)
            if detail:
                text = "<p>" + with_args(self.tr("No articles match “%1” in the chosen dates (%2)."), escape(detail),
                                         escape(range_text)) + "</p><p><b>"
                text += with_args(self.tr("%1 articles match on other dates."), found) + "</b></p>"
            else:
                text = ("<p>" + with_args(self.tr("No articles in the chosen dates (%1)."), escape(range_text))
                        + "</p><p><b>" + with_args(self.tr("The archive holds %1 articles on other dates."), found)
                        + "</b></p>")
            return text + all_dates
        if state == EmptyState.NO_RESULTS:
            if dated:  # whether the dates are the cause is not known (yet)
                return ("<p>" + with_args(self.tr("No articles match “%1” in the chosen dates (%2)."), escape(detail),
                                          escape(range_text)) + "</p>" + all_dates)
            return ("<p>" + with_args(self.tr("No articles match “%1”."), escape(detail)) + "</p><p>"
                    + self.tr("Try fewer or different words.") + "</p>")
        # QUERY_ERROR: the core's messages start lowercase so they can follow "…: "; alone they open a sentence.
        return "<p>" + escape(detail[:1].upper() + detail[1:]) + "</p>"

    def _add_folder_link(self) -> str:
        return f'<a href="{_CHOOSE_FOLDER}">' + self.tr("Add archive folder…") + "</a>"

    def _tips(self) -> str:
        return "<p style='color:#666666'>" + escape(self.tr(
            'Tips: "exact phrase" · -exclude · word* · judul:word searches headlines · OR between alternatives'
        )) + "</p>"

    def _link(self, link: str) -> None:
        if link == _CHOOSE_FOLDER:
            self.chooseFolderRequested.emit()
        elif link == _ALL_DATES:
            self.allDatesRequested.emit()
        elif link == _TRY_SAMPLE:
            self.searchRequested.emit(SAMPLE_QUERY)
