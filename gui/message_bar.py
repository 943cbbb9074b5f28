"""An inline message strip with up to two actions: errors with a way forward.

Used instead of modal boxes so nothing blocks the window (or a test) and the
user can read the problem while the app keeps working.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from .usertypes import MessageLevel

_BACKGROUND = {MessageLevel.ERROR: "#fdecea", MessageLevel.WARNING: "#fff4e5", MessageLevel.INFO: "#e8f4fd"}


class MessageBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setAccessibleName(self.tr("Message"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setObjectName("messageText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._buttons: list[QPushButton] = []
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAccessibleName(self.tr("Dismiss message"))
        self.close_button.clicked.connect(self.hide)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 4, 4)
        self._layout.addWidget(self.label, 1)
        self._layout.addWidget(self.close_button)
        self.level = MessageLevel.INFO
        self.hide()

    def show_message(
        self,
        text: str,
        level: MessageLevel = MessageLevel.INFO,
        actions: list[tuple[str, Callable[[], object]]] | None = None,
    ) -> None:
        """Show plain ``text``; each action is a (label, callback) button that also dismisses."""
        for button in self._buttons:
            button.deleteLater()
        self._buttons = []
        self.level = level
        self.setStyleSheet(f"#messageBar {{ background: {_BACKGROUND[level]}; color: #202020; }}")
        self.label.setText(text)
        for label, callback in actions or []:
            button = QPushButton(label, self)
            button.clicked.connect(lambda _=False, cb=callback: self._act(cb))
            self._layout.insertWidget(self._layout.count() - 1, button)
            self._buttons.append(button)
        self.show()

    def _act(self, callback: Callable[[], object]) -> None:
        self.hide()
        callback()

    # What the bar says now, read like QLabel.text(); read-only, so callers
    # (the GUI tests) check messages without reaching into the child widgets.
    @property
    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    @property
    def action_labels(self) -> list[str]:
        return [b.text() for b in self._buttons]
