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
STACKED_LIST_SHARE = 0.45  # results' share of the height when stacked


class AdaptiveSplitter(QSplitter):
    """Horizontal when the first pane can get MIN_LIST_WIDTH beside the second; vertical otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)

    def side_by_side_width(self) -> int:
        """The narrowest width at which both panes fit side by side."""
        second = self.widget(1)
        if second is None:
            return 0
        return MIN_LIST_WIDTH + second.minimumSizeHint().width() + self.handleWidth()

    def fit(self, width: int) -> None:
        wanted = Qt.Orientation.Horizontal if width >= self.side_by_side_width() else Qt.Orientation.Vertical
        if wanted == self.orientation():
            return
        self.setOrientation(wanted)
        total = self.width() if wanted == Qt.Orientation.Horizontal else self.height()
        first = int(total * (STACKED_LIST_SHARE if wanted == Qt.Orientation.Vertical else 0.46))
        self.setSizes([first, max(1, total - first)])

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        self.fit(event.size().width())
        super().resizeEvent(event)
