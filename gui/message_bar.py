"""An inline message strip with up to two actions: errors with a way forward.

Used instead of modal boxes so nothing blocks the window (or a test) and the
user can read the problem while the app keeps working.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


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
        self.kind = ""
        self.hide()

    def show_message(
        self, text: str, kind: str = "info", actions: list[tuple[str, Callable[[], None]]] | None = None
    ) -> None:
        """Show plain ``text``; each action is a (label, callback) button that also dismisses."""
        for button in self._buttons:
            button.deleteLater()
        self._buttons = []
        self.kind = kind
        colors = {"error": "#fdecea", "warning": "#fff4e5", "info": "#e8f4fd"}
        self.setStyleSheet(f"#messageBar {{ background: {colors.get(kind, colors['info'])}; color: #202020; }}")
        self.label.setText(text)
        for label, callback in actions or []:
            button = QPushButton(label, self)
            button.clicked.connect(lambda _=False, cb=callback: (self.hide(), cb()))
            self._layout.insertWidget(self._layout.count() - 1, button)
            self._buttons.append(button)
        self.show()

    @property
    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    @property
    def action_labels(self) -> list[str]:
        return [b.text() for b in self._buttons]

    def trigger(self, label: str) -> None:
        """Press the action button called ``label`` (keyboard users and tests)."""
        for button in self._buttons:
            if button.text() == label:
                button.click()
                return
        raise KeyError(label)
