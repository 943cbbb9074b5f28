"""The scanned page beside its OCR text in the preview, so a reader can check what OCR read.

Only images (the ``image`` format) are shown; the picture is decoded already
scaled (QImageReader), so a 600 dpi A3 scan costs a few megabytes, and an
image too large to decode safely is not shown at all.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

SCAN_WIDTH = 480  # pixels the scan is decoded at; the text beside it stays readable
MAX_PIXELS = 60_000_000  # as the OCR reader: larger images are not decoded


class ScanView(QScrollArea):
    """A scrollable picture of the article's scan; hidden for every other format."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanView")
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self.setMinimumWidth(200)
        self.hide()

    def show_file(self, path: str | None) -> bool:
        """Show the scan at ``path`` (None: hide); False when it cannot be shown."""
        self.label.clear()
        if not path:
            self.hide()
            return False
        reader = QImageReader(path)
        reader.setAutoTransform(True)
        size = reader.size()
        if not size.isValid() or size.width() * size.height() > MAX_PIXELS:
            self.hide()
            return False
        if size.width() > SCAN_WIDTH:
            reader.setScaledSize(size.scaled(QSize(SCAN_WIDTH, size.height()), Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        if image.isNull():
            self.hide()
            return False
        self.label.setPixmap(QPixmap.fromImage(image))
        self.label.setToolTip(path)
        self.show()
        return True
