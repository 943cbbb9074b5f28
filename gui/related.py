"""Related articles under the preview: the previewed article's closest topics, once the reader settles.

The engine's ``related`` (more-like-this, the article's own wire copies left
out) costs about four searches, so it runs only when the preview has shown the
same article for ``SETTLE_MS`` (typing changes the first result at every
keystroke: never per keystroke), or at once when the list takes the focus.
It runs on its own engine (its own searcher and lock), so it never holds up a
search; a newer preview drops an older answer. Enter or a click previews one.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from telusur.searcher import ArticleView, RelatedResult, SearchEngine

from .background import Background
from .date_display import format_datetime

MAX_SHOWN = 10
SETTLE_MS = 300  # the same article in the preview this long: the reader is reading it
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class RelatedView(QListWidget):
    """Up to ten related articles; ``chosen`` gives the key of the one to preview."""

    chosen = Signal(str)
    loaded = Signal(int)  # how many are shown (tests and the benchmark wait on it)

    def __init__(self, engine: SearchEngine, parent: QWidget | None = None, lang: str = "id") -> None:
        super().__init__(parent)
        self.setObjectName("relatedView")
        self.setAccessibleName(self.tr("Related articles"))
        self.setToolTip(self.tr("Articles on the same topic; Enter or a click reads one"))
        self.engine, self.lang = engine, lang  # an engine of its own: never the search's lock
        self.background = Background(self)
        self.background.done.connect(self._on_done)
        self._ticket = 0
        self._for: str | None = None  # the key whose related articles are shown or loading
        self._waiting: ArticleView | None = None  # in the preview, not yet settled
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self.load_now)
        self.asked = 0  # related() calls started (tests check typing starts none)
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)
        self.setMaximumHeight(180)
        # Long headlines end in "…" at the pane's width: no sideways scrolling, no clipped rows.
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setWordWrap(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(True)

    def load_for(self, article: ArticleView | None) -> None:
        """Ask for ``article``'s related articles (nothing when it is gone)."""
        key = (article.key or article.path) if article else None
        if key == self._for:
            return
        self._for = key
        self.clear()
        self._ticket = 0
        self._waiting = article
        if article is None:
            self.settle.stop()
            return
        self.settle.start()  # restarted by every newer article: only a settled one is looked up

    def load_now(self) -> None:
        """Look up the related articles of the article in the preview now (settled, or asked for)."""
        self.settle.stop()
        article, self._waiting = self._waiting, None
        if article is None:
            return
        path, record = article.path, article.record
        self.asked += 1
        self._ticket = self.background.run(lambda: self.engine.related(path, record, limit=MAX_SHOWN))

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        """Tabbing to the list asks for it: no need to wait for the settling."""
        self.load_now()
        super().focusInEvent(event)

    def _on_done(self, ticket: int, result: RelatedResult) -> None:
        if ticket != self._ticket:
            return
        self.clear()
        for hit in result.hits[:MAX_SHOWN]:
            when = format_datetime(hit.date, has_time=False, lang=self.lang) if hit.date else ""
            meta = " · ".join(p for p in (hit.source or "", when) if p)
            item = QListWidgetItem(f"{hit.headline}  —  {meta}" if meta else hit.headline, self)
            item.setData(KEY_ROLE, hit.key or hit.path)
            item.setToolTip(hit.headline)
        self.loaded.emit(self.count())

    def _activated(self, item: QListWidgetItem) -> None:
        self.chosen.emit(item.data(KEY_ROLE))
