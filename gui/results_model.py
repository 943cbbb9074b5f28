"""The results list: one dataclass row per hit, paged in as the user scrolls."""
from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from telusur.index import display_path, doc_key
from telusur.searcher import CopyRef, Hit

from .copies import copies_text
from .date_display import format_datetime
from .markdown_text import is_markdown, marked_line, without_heading_marks

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: "no parent" in a flat list


def outlet_of(path: str, folders: Sequence[str]) -> str:
    """The folder a reader knows the article by: the first folder below its library folder.

    Archives are usually kept as ``berita/kompas/2019/…``: with ``berita`` in
    the library the row says ``kompas``. A file directly in a library folder
    gets that folder's own name; a file outside every library folder, its
    parent folder's name.
    """
    file = PurePath(path)
    best: PurePath | None = None
    for folder in folders:
        root = PurePath(folder)
        if file.is_relative_to(root) and (best is None or len(root.parts) > len(best.parts)):
            best = root
    if best is None:
        return file.parent.name
    inside = file.relative_to(best).parts
    return inside[0] if len(inside) > 1 else best.name


@dataclass(frozen=True)
class ResultRow:
    """What the delegate paints for one hit (HTML parts are escaped by the searcher)."""

    path: str
    file_name: str
    folder: str  # the outlet: first folder below the library folder
    headline: str
    headline_html: str
    date_text: str
    date: datetime | None
    snippet_html: str
    score: float
    key: str = ""  # the article's unique key (a data set's records share one path)
    source: str = ""  # the outlet, shown next to the date
    record: int | None = None
    url: str | None = None
    copies: tuple[CopyRef, ...] = ()  # the wire copies folded into this row
    copies_text: str = ""  # "+3 copies: Okezone, Tempo, Sindonews"

    @property
    def identity(self) -> str:
        """What tells two rows apart: the key, or the path for hits made without one."""
        return self.key or self.path

    def member_keys(self) -> tuple[str, ...]:
        """The keys of this row's article and of the wire copies folded into it."""
        return (self.identity, *(doc_key(c.path, c.record) for c in self.copies))

    @classmethod
    def from_hit(cls, hit: Hit, lang: str = "id", folders: Sequence[str] = ()) -> ResultRow:
        markdown = is_markdown(hit.path)  # the same emphasis as the preview
        headline = without_heading_marks(hit.headline) if markdown else hit.headline
        headline_html = marked_line(hit.headline_marked, markdown=markdown)
        snippet_html = marked_line(hit.snippet, markdown=markdown)
        return cls(
            path=hit.path,
            file_name=display_path(os.path.basename(hit.path))
            + (f" #{hit.record}" if hit.record is not None else ""),
            folder=outlet_of(hit.path, folders),
            headline=headline,
            headline_html=headline_html,
            date_text=format_datetime(hit.date, has_time=hit.has_time, lang=lang),
            date=hit.date,
            snippet_html=snippet_html,
            score=hit.score,
            key=hit.key,
            source=hit.source or "",
            record=hit.record,
            url=hit.url,
            copies=hit.copies,
            copies_text=copies_text(hit.copies),
        )


class ResultsModel(QAbstractListModel):
    """Rows of the current query; asks for the next page when the view wants more."""

    RowRole = Qt.ItemDataRole.UserRole + 1
    PathRole = Qt.ItemDataRole.UserRole + 2
    NewRole = Qt.ItemDataRole.UserRole + 3  # bool: new since its saved search was last opened

    # page number wanted next (the owner runs the search and calls append_page)
    moreRequested = Signal(int)

    def __init__(self, parent: QObject | None = None, lang: str = "id") -> None:
        super().__init__(parent)
        self.lang = lang
        self.folders: list[str] = []  # the library's folders, for each row's outlet
        self._rows: list[ResultRow] = []
        self.total = 0
        self.page_size = 25
        self._pages_loaded = 0
        self._fetching = False
        # Keys of a just-opened saved search's new articles; kept across pages and reruns
        # of that search, dropped (clear_new) when another query is run.
        self._new_keys: frozenset[str] = frozenset()

    # -- filling -------------------------------------------------------------
    def reset(self, hits: tuple[Hit, ...] | list[Hit] = (), total: int = 0, page_size: int = 25) -> None:
        """Replace everything with the first page of a new query."""
        self.beginResetModel()
        self._rows = [ResultRow.from_hit(h, self.lang, self.folders) for h in hits]
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
        rows = [
            row for row in (ResultRow.from_hit(h, self.lang, self.folders) for h in hits) if row.identity not in known
        ]
        if not rows:
            self.total = len(self._rows)  # the index shrank meanwhile: stop paging
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def fetch_failed(self) -> None:
        self._fetching = False

    def mark_new(self, keys: Iterable[str]) -> None:
        """Mark the rows whose article (or a copy folded into it) has one of ``keys`` as new."""
        keys = frozenset(keys)
        if keys != self._new_keys:
            self._new_keys = keys
            self._all_changed()

    def new_first(self) -> bool:
        """Move the loaded rows marked new to the top (in their order); True if any row moved."""
        new = [row for row in self._rows if self.is_new(row)]
        if not new:
            return False
        rows = new + [row for row in self._rows if not self.is_new(row)]
        if rows == self._rows:
            return False
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        return True

    def clear_new(self) -> None:
        self.mark_new(())

    def is_new(self, row: ResultRow) -> bool:
        return bool(self._new_keys) and any(k in self._new_keys for k in row.member_keys())

    def new_rows(self) -> list[int]:
        """The numbers of the rows marked new (tests and the accessible summary read them)."""
        return [i for i, row in enumerate(self._rows) if self.is_new(row)]

    def _all_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1),
                                  [self.NewRole, Qt.ItemDataRole.AccessibleTextRole])

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
            return "\n".join([display_path(row.path)] + [display_path(c.path) for c in row.copies])
        if role == Qt.ItemDataRole.AccessibleTextRole:
            new = self.tr("New") if self.is_new(row) else ""
            parts = (new, row.headline, row.date_text, row.source or row.folder, row.file_name, row.copies_text)
            return ". ".join(p for p in parts if p)
        if role == self.RowRole:
            return row
        if role == self.NewRole:
            return self.is_new(row)
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
