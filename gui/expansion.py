"""The "juga mencari: BUMN" line under the search box: what the query also searched.

Each expansion is a link; clicking it searches again without that expansion
(the request's ``no_expand``), for this query only.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from telusur.searcher import Expanded

from .richtext import escape
from .translations import with_args


class ExpansionLabel(QLabel):
    """Shows the query's expansions; a click emits the typed words to stop expanding."""

    switchedOff = Signal(str)  # an expansion's "from" (the words as typed)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("expansionLabel")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAccessibleName(self.tr("Also searched"))
        self.setToolTip(self.tr("Click a word to search without it"))
        self.expanded: tuple[Expanded, ...] = ()
        self.linkActivated.connect(self._clicked)
        self.hide()

    def on_expanded(self, expanded: Sequence[Expanded]) -> None:
        """Show ``expanded`` (empty hides the line)."""
        self.expanded = tuple(expanded)
        self.setVisible(bool(self.expanded))
        if self.expanded:
            links = ", ".join(
                f'<a href="{i}">{escape(", ".join(e.forms))}</a>' for i, e in enumerate(self.expanded)
            )
            self.setText(with_args(self.tr("Also searching: %1"), links))

    def _clicked(self, link: str) -> None:
        if link.isdigit() and int(link) < len(self.expanded):
            self.switchedOff.emit(self.expanded[int(link)].source)
