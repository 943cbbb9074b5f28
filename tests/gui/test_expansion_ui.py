"""The "also searching" line under the search box, and switching an expansion off."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit


def test_expansion_is_shown_and_can_be_switched_off(qtbot, make_window, tmp_path):
    index_dir = tmp_path / "index"
    index_dir.mkdir()
    (index_dir / "synonyms.txt").write_text("pvx => fotovoltaik\n", encoding="utf-8")
    window = make_window(index_dir=index_dir)
    label = window.findChild(QLabel, "expansionLabel")
    box = window.findChild(QLineEdit, "searchInput")
    with qtbot.waitSignal(window.resultsShown, timeout=5000):
        qtbot.keyClicks(box, "pvx")
        box.returnPressed.emit()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    assert label.isVisible() and "fotovoltaik" in label.text()
    assert label.accessibleName()
    with qtbot.waitSignal(window.resultsShown, timeout=5000):
        label.linkActivated.emit("0")
    assert window.search.request is not None and window.search.request.no_expand == {"pvx"}
    assert window.model.rowCount() == 0 and not label.isVisible()
    # a new query expands again
    box.setText("pvx kazakhstan")
    assert window.search.current_request().no_expand == frozenset()
