"""The Language menu: Indonesia / English, saved in the settings, applied at the next start.

Applied at the next start rather than live: retranslating every widget, the
open dialogs and the texts already shown would need each one to rebuild its
strings, for a choice a user makes once.
"""
from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from .translations import LANGUAGE_KEY

# Each language is named in itself, so it can be found whatever the interface shows.
LANGUAGE_NAMES = {"id": "Bahasa Indonesia", "en": "English"}


class LanguageMenu(QMenu):
    """Checkable languages; ``chosen`` carries the code of a newly chosen one."""

    chosen = Signal(str)

    def __init__(self, settings: QSettings, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageMenu")
        # A mnemonic like the other menus' (Alt+B in Indonesian; Alt+G in English, where L is Library's).
        self.setTitle(self.tr("Lan&guage"))
        self.settings = settings
        self.current = current
        group = QActionGroup(self)
        group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            group.addAction(action)
            self.addAction(action)
            self.language_actions[code] = action

    def choose(self, code: str) -> None:
        """Remember ``code`` for the next start; tell the owner when it differs from the interface's."""
        self.settings.setValue(LANGUAGE_KEY, code)
        self.settings.sync()
        self.language_actions[code].setChecked(True)
        if code != self.current:
            self.chosen.emit(code)
