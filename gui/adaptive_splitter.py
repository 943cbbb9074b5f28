"""A splitter that puts the preview under the results when the window is too narrow for both side by side.

At half a laptop screen (683 px) a side-by-side split left the result list
about 95 px wide, because the preview's buttons need most of the width.
Below the width both need, the panes are stacked instead.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget

MIN_LIST_WIDTH = 320  # a headline and its date stay readable at this width
# Below this splitter width a side-by-side list is cramped whatever the fonts. An 800x600 window
# (splitter ~784 px) is side by side: stacked, its 375 px of height showed 1.7 rows and 6 lines.
SIDE_BY_SIDE_FROM = 760
STACKED_LIST_SHARE = 0.45  # results' share of the height when stacked


class AdaptiveSplitter(QSplitter):
    """Horizontal when the first pane can get MIN_LIST_WIDTH beside the second; vertical otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setChildrenCollapsible(False)
        self.splitterMoved.connect(lambda _pos, _index: self.keep_list_readable())

    def side_by_side_width(self) -> int:
        """The narrowest width at which both panes fit side by side."""
        second = self.widget(1)
        if second is None:
            return 0
        return max(SIDE_BY_SIDE_FROM, MIN_LIST_WIDTH + second.minimumSizeHint().width() + self.handleWidth())

    def fit(self, width: int) -> None:
        """Stack or unstack for a splitter ``width`` pixels wide."""
        wanted = Qt.Orientation.Horizontal if width >= self.side_by_side_width() else Qt.Orientation.Vertical
        if wanted != self.orientation():
            self.setOrientation(wanted)
            total = width if wanted == Qt.Orientation.Horizontal else self.height()
            first = int(total * (STACKED_LIST_SHARE if wanted == Qt.Orientation.Vertical else 0.46))
            self.setSizes([first, max(1, total - first)])
        self.keep_list_readable(width)

    def keep_list_readable(self, width: int | None = None) -> None:
        """Side by side, give the list MIN_LIST_WIDTH back (after a drag or a restored split).

        Not a minimum width on the pane: that would hold the window wider than a
        stacked layout needs, so it could never become narrow enough to stack.
        """
        sizes = self.sizes()
        if self.orientation() != Qt.Orientation.Horizontal or len(sizes) < 2 or sizes[0] >= MIN_LIST_WIDTH:
            return
        total = (width if width is not None else self.width()) - self.handleWidth()
        self.setSizes([MIN_LIST_WIDTH, max(1, total - MIN_LIST_WIDTH)])

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.fit(event.size().width())
