"""Saved searches in a sidebar: a query and its filters under a name, with a badge of new articles.

The searches live in the library (telusur.index.saved_searches); which
articles are new is worked out by the engine (telusur.searcher.watch) as the
matches not seen when the search was last opened. The badges are recounted
on the side pool after every commit of the index (manual sync, folder
watcher), so a sync from anywhere shows; opening a search runs it and marks
what it matches now as seen, and tells (``newFound``) which of its matches
were new, so the results list can mark them (gui/new_articles.py).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QInputDialog, QLineEdit, QListWidget, QListWidgetItem, QWidget

from telusur.index import Library, error_message
from telusur.index.saved_searches import (
    SavedSearch,
    SavedSearchError,
    add_search,
    key_hash,
    mark_seen,
    read_saved,
)
from telusur.searcher import SearchEngine, SearchRequest
from telusur.searcher.watch import WatchStatus, request_of, status

from .background import Background
from .core_messages import core_text
from .title_width import title_width
from .translations import with_args

NAME_ROLE = Qt.ItemDataRole.UserRole + 1
NEW_ROLE = Qt.ItemDataRole.UserRole + 2
MIN_NAME_DIALOG_WIDTH = 360  # room for a long query as the name


@dataclass(frozen=True)
class Badge:
    search: SavedSearch
    new: int
    total: int


@dataclass(frozen=True)
class Opened:
    """A saved search opened in the background: its name, the keys that were new, the badges after."""

    name: str
    new_keys: frozenset[str]
    badges: list[Badge]


def new_keys(keys: Iterable[str], seen: frozenset[str]) -> frozenset[str]:
    """The matches not among those seen when the search was last opened (as telusur.searcher.watch counts)."""
    return frozenset(k for k in keys if key_hash(k) not in seen)


class SavedSearchesView(QListWidget):
    """The saved searches, each with its count of new articles; Enter or a click opens one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedSearchesView")
        self.setAccessibleName(self.tr("Saved searches"))
        self.setToolTip(self.tr("Your saved searches; the number is how many articles are new since you last looked"))

    def show_badges(self, badges: list[Badge]) -> None:
        current = self.currentItem().data(NAME_ROLE) if self.currentItem() else None
        self.clear()
        for badge in badges:
            text = badge.search.name
            if badge.new:
                text = with_args(self.tr("%1   ● %2 new"), text, self.locale().toString(badge.new))
            item = QListWidgetItem(text, self)
            item.setData(NAME_ROLE, badge.search.name)
            item.setData(NEW_ROLE, badge.new)
            item.setToolTip(with_args(self.tr("%1: %2 articles, %3 new"), badge.search.query,
                                      self.locale().toString(badge.total), self.locale().toString(badge.new)))
            if badge.new:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            if badge.search.name == current:
                self.setCurrentItem(item)

    def badge(self, name: str) -> int | None:
        """The new-article count shown for ``name`` (tests read it)."""
        for i in range(self.count()):
            if self.item(i).data(NAME_ROLE) == name:
                return int(self.item(i).data(NEW_ROLE))
        return None


class SavedSearches(QObject):
    """Saves, lists, counts and opens saved searches; ``opened`` carries the search to run."""

    opened = Signal(object)  # SavedSearch: put its query and filters in the widgets
    newFound = Signal(str, object)  # name, frozenset of the keys that were new when it was opened
    badgesShown = Signal()  # the badges were recounted (tests wait on it)
    badgesCounted = Signal(object)  # list[Badge], after every recount (the tray notifier compares them)
    problem = Signal(str)

    def __init__(self, library: Library, engine: SearchEngine, view: SavedSearchesView, parent: QWidget) -> None:
        super().__init__(parent)
        self.library, self.engine, self.view, self.window = library, engine, view, parent
        self.background = Background(self)
        self.background.done.connect(self._on_done)
        self.background.failed.connect(lambda _t, message: self.problem.emit(core_text(message)))
        self._count_ticket = 0
        self.save_action = QAction(self.tr("Save search…"), parent)
        self.save_action.setObjectName("saveSearchAction")
        self.save_action.setShortcut("Ctrl+S")
        self.save_action.setToolTip(self.tr("Save the query and its filters under a name (Ctrl+S)"))
        view.itemActivated.connect(self._activated)
        view.itemClicked.connect(self._activated)

    @property
    def root(self):  # noqa: ANN201 - a Path
        return self.library.dir.root

    def ask_and_save(self, request: SearchRequest | None) -> None:
        if request is None or not request.text:
            self.problem.emit(self.tr("Type a query first, then save it."))
            return
        dialog = self.name_dialog(request.text)
        name = dialog.textValue() if dialog.exec() == QInputDialog.DialogCode.Accepted else ""
        dialog.deleteLater()
        if name.strip():
            self.save(name.strip(), request)

    def name_dialog(self, text: str) -> QInputDialog:
        """The dialog asking for a saved search's name, wide enough to show its whole title."""
        dialog = QInputDialog(self.window)
        dialog.setObjectName("saveSearchDialog")
        dialog.setWindowTitle(self.tr("Save search"))
        dialog.setLabelText(self.tr("Name of the saved search:"))
        dialog.setTextValue(text)
        # Its layout fixes the dialog's size from its contents (a minimum width on the dialog
        # itself is overridden when it shows): widen the name field instead.
        field = dialog.findChild(QLineEdit)
        layout = dialog.layout()
        spare = layout.contentsMargins().left() + layout.contentsMargins().right() if layout is not None else 0
        if field is not None:
            field.setMinimumWidth(max(MIN_NAME_DIALOG_WIDTH, title_width(dialog)) - spare)
        return dialog

    def save(self, name: str, request: SearchRequest) -> int:
        """Save ``request`` as ``name``; what it matches now counts as seen (the badge starts at 0)."""
        saved = SavedSearch(name, request.text, request.date_from, request.date_to, request.sources)
        root, engine = self.root, self.engine

        def work() -> list[Badge]:
            add_search(root, saved)
            mark_seen(root, name, engine.matching_keys(request_of(saved)))
            return self._count(root, engine)

        self._count_ticket = self.background.run(work)
        return self._count_ticket

    def refresh(self) -> int:
        """Recount every badge in the background (after a commit, at start)."""
        root, engine = self.root, self.engine
        self._count_ticket = self.background.run(lambda: self._count(root, engine))
        return self._count_ticket

    @staticmethod
    def _count(root, engine: SearchEngine) -> list[Badge]:  # noqa: ANN001
        badges = []
        for saved in read_saved(root):
            found: WatchStatus = status(engine, saved)
            badges.append(Badge(saved, found.new, found.total))
        return badges

    def open(self, name: str) -> None:
        """Run the saved search ``name`` and mark what it matches now as seen."""
        try:
            saved = next(s for s in read_saved(self.root) if s.name == name)
        except (StopIteration, SavedSearchError) as err:
            self.problem.emit(core_text(error_message(err)) if isinstance(err, SavedSearchError) else name)
            return
        self.opened.emit(saved)
        root, engine = self.root, self.engine

        def work() -> Opened:
            keys = engine.matching_keys(request_of(saved))
            fresh = new_keys(keys, saved.seen)  # before marking: after it, nothing is new
            mark_seen(root, name, keys)
            return Opened(name, fresh, self._count(root, engine))

        self._count_ticket = self.background.run(work)

    def _activated(self, item: QListWidgetItem) -> None:
        self.open(item.data(NAME_ROLE))

    def _on_done(self, ticket: int, done: list[Badge] | Opened) -> None:
        if isinstance(done, Opened):  # even when a recount overtook it: the list still waits for its marks
            self.newFound.emit(done.name, done.new_keys)
        if ticket == self._count_ticket:
            badges = done.badges if isinstance(done, Opened) else done
            self.view.show_badges(badges)
            self.badgesCounted.emit(badges)
            self.badgesShown.emit()
