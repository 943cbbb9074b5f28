"""The results list: one dataclass row per hit, paged in as the user scrolls."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from telusur.index import display_path
from telusur.searcher import Hit

from . import pyside_fix  # noqa: F401
from .dates import format_datetime

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: "no parent" in a flat list


@dataclass(frozen=True)
class ResultRow:
    """What the delegate paints for one hit (HTML parts are escaped by the searcher)."""

    path: str
    file_name: str
    headline: str
    headline_html: str
    date_text: str
    date: datetime | None
    snippet_html: str
    score: float
    key: str = ""  # the article's unique key (a data set's records share one path)
    source: str = ""  # the outlet, shown next to the date
    record: int | None = None

    @property
    def identity(self) -> str:
        """What tells two rows apart: the key, or the path for hits made without one."""
        return self.key or self.path

    @classmethod
    def from_hit(cls, hit: Hit, lang: str = "id") -> ResultRow:
        return cls(
            path=hit.path,
            file_name=display_path(os.path.basename(hit.path))
            + (f" #{hit.record}" if hit.record is not None else ""),
            headline=hit.headline,
            headline_html=hit.headline_html,
            date_text=format_datetime(hit.date, has_time=hit.has_time, lang=lang),
            date=hit.date,
            snippet_html=hit.snippet_html,
            score=hit.score,
            key=hit.key,
            source=hit.source or "",
            record=hit.record,
        )


class ResultsModel(QAbstractListModel):
    """Rows of the current query; asks for the next page when the view wants more."""

    RowRole = Qt.ItemDataRole.UserRole + 1
    PathRole = Qt.ItemDataRole.UserRole + 2

    # page number wanted next (the owner runs the search and calls append_page)
    moreRequested = Signal(int)

    def __init__(self, parent: QObject | None = None, lang: str = "id") -> None:
        super().__init__(parent)
        self.lang = lang
        self._rows: list[ResultRow] = []
        self.total = 0
        self.page_size = 25
        self._pages_loaded = 0
        self._fetching = False

    # -- filling -------------------------------------------------------------
    def reset(self, hits: tuple[Hit, ...] | list[Hit] = (), total: int = 0, page_size: int = 25) -> None:
        """Replace everything with the first page of a new query."""
        self.beginResetModel()
        self._rows = [ResultRow.from_hit(h, self.lang) for h in hits]
        self.total = max(total, len(self._rows))
        self.page_size = page_size
        self._pages_loaded = 1 if hits or total else 0
        self._fetching = False
        self.endResetModel()

    def append_page(self, page: int, hits: tuple[Hit, ...] | list[Hit]) -> None:
        """Add a further page (ignored if it is not the next one: a late duplicate)."""
        self._fetching = False
        if page != self._pages_loaded + 1:
            return
        self._pages_loaded = page
        known = {r.identity for r in self._rows}
        rows = [row for row in (ResultRow.from_hit(h, self.lang) for h in hits) if row.identity not in known]
        if not rows:
            self.total = len(self._rows)  # the index shrank meanwhile: stop paging
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def fetch_failed(self) -> None:
        self._fetching = False

    # -- Qt model API ----------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def row(self, index: int) -> ResultRow:
        return self._rows[index]

    @property
    def rows(self) -> list[ResultRow]:
        return list(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.parent().isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.headline
        if role == Qt.ItemDataRole.ToolTipRole:
            return display_path(row.path)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ". ".join(p for p in (row.headline, row.source, row.date_text, row.file_name) if p)
        if role == self.RowRole:
            return row
        if role == self.PathRole:  # what SearchEngine.article takes: the key
            return row.identity
        return None

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        if parent.isValid():
            return False
        return not self._fetching and self._pages_loaded > 0 and len(self._rows) < self.total

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        self.moreRequested.emit(self._pages_loaded + 1)
