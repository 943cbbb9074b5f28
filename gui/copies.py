"""Wire copies in the interface: the "+3 copies: Okezone, Tempo" line and the copy chooser.

The engine folds an article's wire copies into one hit (``Hit.copies``);
the row says how many and where, and the chooser above the preview lists
the article and its copies so any of them can be read.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from telusur.index import doc_key
from telusur.searcher import CopyRef

from .translations import with_args

MAX_NAMED = 3  # outlets named on the row; the chooser lists them all


def copy_key(copy: CopyRef) -> str:
    """What ``SearchEngine.article`` takes for a copy."""
    return doc_key(copy.path, copy.record)


def copies_text(copies: tuple[CopyRef, ...]) -> str:
    """"+3 salinan: Okezone, Tempo, Sindonews" (empty when there are none)."""
    if not copies:
        return ""
    names = list(dict.fromkeys(c.source or os.path.basename(os.path.dirname(c.path)) for c in copies))
    shown = ", ".join(names[:MAX_NAMED]) + ("…" if len(names) > MAX_NAMED else "")
    return with_args(QCoreApplication.translate("Copies", "+%1 copies: %2"), len(copies), shown)


class CopyChooser(QComboBox):
    """The previewed article and its wire copies; choosing one previews it."""

    chosen = Signal(str)  # the key of the article to preview

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("copiesCombo")
        self.setAccessibleName(self.tr("Wire copies of this article"))
        self.setToolTip(self.tr("Read another outlet's copy of this article"))
        self.activated.connect(lambda i: self.chosen.emit(self.itemData(i)))
        self.hide()

    def show_group(self, key: str, source: str, date_text: str, copies: tuple[CopyRef, ...]) -> None:
        """List the article (``key``) and its ``copies``; hidden when it has none."""
        self.clear()
        if not copies:
            self.hide()
            return
        self.addItem(with_args(self.tr("This article: %1"), " · ".join(p for p in (source, date_text) if p)), key)
        for copy in copies:
            when = copy.date.strftime("%d-%m-%Y") if copy.date else ""
            label = " · ".join(p for p in (copy.source or "", when) if p) or copy.path
            self.addItem(with_args(self.tr("Copy: %1"), label), copy_key(copy))
        self.show()
