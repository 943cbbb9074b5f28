"""The outlets list: the current query's sources with their counts, ticked to filter.

Counts come from the source facet of the search that filled the list, so
they follow the query and the date range. Ticked outlets stay listed (with
a count of 0 when the other filters leave none) so a tick can always be
taken back. Space ticks the current row, as in any Qt list.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from telusur.searcher import FacetCount, source_key

NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class SourceFilter(QListWidget):
    """Checkable outlets; ``changed`` when the ticked set changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceFilter")
        self.setAccessibleName(self.tr("Outlets"))
        self.setToolTip(self.tr("Tick outlets to show only their articles (Space ticks)"))
        self._ticked: list[str] = []
        self._shown: list[tuple[str, int]] = []  # (outlet, count) rows on show
        self._filling = False
        self.itemChanged.connect(self._item_changed)

    def selected(self) -> tuple[str, ...]:
        """The ticked outlets, in the order they were ticked."""
        return tuple(self._ticked)

    def set_counts(self, counts: tuple[FacetCount, ...]) -> None:
        """Show ``counts`` (most first); ticked outlets stay, with 0 when absent.

        An outlet is listed under its most frequent spelling ("kompas" or
        "Kompas.com"), which can change with the query: a tick follows it.
        """
        unknown = sum(c.count for c in counts if not c.value)
        by_name = {c.value: c.count for c in counts if c.value}
        label_of = {source_key(name): name for name in by_name}
        self._ticked = list(dict.fromkeys(label_of.get(source_key(t), t) for t in self._ticked))
        names = [c.value for c in sorted(counts, key=lambda c: (-c.count, c.value or "")) if c.value]
        names += [t for t in self._ticked if t not in by_name]
        shown = [(n, by_name.get(n, 0)) for n in names] + ([("", unknown)] if unknown else [])
        if shown == self._shown:
            return  # typing on often keeps the same counts: no rebuild, no repaint
        self._shown = shown
        current = self.currentItem().data(NAME_ROLE) if self.currentItem() else None
        self._filling = True
        self.clear()
        for name in names:
            item = QListWidgetItem(f"{name}  ({self.locale().toString(by_name.get(name, 0))})", self)
            item.setData(NAME_ROLE, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in self._ticked else Qt.CheckState.Unchecked)
            if name == current:
                self.setCurrentItem(item)
        if unknown:
            # Its own row, so the counts add up to the results; not a filter (no outlet to match).
            label = self.tr("(unknown outlet)")
            item = QListWidgetItem(f"{label}  ({self.locale().toString(unknown)})", self)
            item.setData(NAME_ROLE, "")
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable & ~Qt.ItemFlag.ItemIsSelectable)
            item.setToolTip(self.tr("Articles whose outlet is not known: their file names no outlet"))
            item.setForeground(self.palette().placeholderText())
        self._filling = False

    def set_ticked(self, names: tuple[str, ...], *, notify: bool = False) -> None:
        self._ticked = list(names)
        self._filling = True
        for i in range(self.count()):
            item = self.item(i)
            if not item.data(NAME_ROLE):
                continue  # the unknown-outlet row has no tick
            item.setCheckState(Qt.CheckState.Checked if item.data(NAME_ROLE) in names else Qt.CheckState.Unchecked)
        self._filling = False
        if notify:
            self.changed.emit()

    def tick(self, name: str, *, on: bool = True) -> None:
        for i in range(self.count()):
            if self.item(i).data(NAME_ROLE) == name:
                self.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        name = item.data(NAME_ROLE)
        if not name:
            return  # the unknown-outlet row counts, it does not filter
        on = item.checkState() == Qt.CheckState.Checked
        if on and name not in self._ticked:
            self._ticked.append(name)
        elif not on and name in self._ticked:
            self._ticked.remove(name)
        else:
            return
        self.changed.emit()
