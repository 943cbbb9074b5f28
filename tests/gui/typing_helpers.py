"""Typing a query into the real search box and waiting for exactly its results."""
from __future__ import annotations

from PySide6.QtWidgets import QLineEdit


def type_query(qtbot, window, text: str) -> None:
    """Type ``text`` and wait until the results shown are those of ``text`` (not of a prefix).

    Waits for ``searchSettled``: the page and its side work (count, timeline, outlets) are in.
    """
    box = window.findChild(QLineEdit, "searchInput")
    box.clear()

    def answers(generation: int) -> bool:
        request = window.search.request
        return generation == window.runner.generation and request is not None and request.text == text

    with qtbot.waitSignal(window.searchSettled, timeout=8000, check_params_cb=answers):
        qtbot.keyClicks(box, text)
