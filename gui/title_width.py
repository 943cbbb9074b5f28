"""How wide a small dialog must be for the window manager to show its whole title.

A title bar shows the title, " — " and the application's display name
(Qt adds it), in the window manager's font (often bold and larger than the
widgets'), beside an icon and two or three buttons. A dialog sized to its
contents alone (``QInputDialog.getText``) showed "Simpa…elusur" in Indonesian.
"""
from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

TITLE_FONT_SCALE = 1.25  # title bar font against the widgets' font: bold and up to a size larger
TITLE_BAR_EXTRAS = 160  # pixels for the window icon, the buttons and the bar's margins


def title_width(widget: QWidget) -> int:
    """The width at which ``widget``'s window title, as the title bar shows it, fits unclipped."""
    shown = widget.windowTitle()
    app_name = QGuiApplication.applicationDisplayName()
    if app_name and app_name != shown:
        shown = f"{shown} — {app_name}"
    return round(widget.fontMetrics().horizontalAdvance(shown) * TITLE_FONT_SCALE) + TITLE_BAR_EXTRAS
