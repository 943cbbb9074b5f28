"""What the archive views get from the window: named parts and callbacks, not the window itself.

The main window builds one ``ArchiveHost`` and places the archive widgets in
its own layout; the archive views never reach into the window for anything
else, and they tell the search what they filter through ``RequestFilters``.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit, QListView, QMainWindow

from telusur.index import Library
from telusur.searcher import SearchEngine

from .filters import DateFilter
from .indexing import IndexingController
from .message_bar import MessageBar
from .preview import PreviewPanel
from .results_model import ResultsModel
from .search_presenter import SearchPresenter


@dataclass(frozen=True)
class ArchiveHost:
    """The parts of the main window the archive views use."""

    frame: QMainWindow  # parent of their widgets and actions; gets the Archive menu; its width folds the sidebar
    lang: str
    library: Library
    engine: SearchEngine  # the search's engine (export, saved-search counts); related articles get their own
    settings: QSettings
    search: SearchPresenter
    search_input: QLineEdit
    date_filter: DateFilter
    results_view: QListView
    model: ResultsModel
    preview: PreviewPanel
    message_bar: MessageBar
    indexing: IndexingController
    notice: Callable[[str, int], None]  # a passing remark in the status bar (text, milliseconds)
    load_article: Callable[[str], object]  # show this article (a key) in the preview
