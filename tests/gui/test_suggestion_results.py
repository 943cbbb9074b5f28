"""A typo that finds nothing shows its suggestion's results, and offers the typed query alone (issue 27.2)."""
from __future__ import annotations

from telusur.searcher import suggest as suggest_module

from .typing_helpers import type_query


def test_a_typo_shows_the_suggestions_results_and_offers_the_typed_query(qtbot, make_window, monkeypatch, indonesian):
    # As on a large archive: a word no article has is corrected only to a word of 20 articles.
    monkeypatch.setattr(suggest_module, "TYPO_FULL_SCALE_DOCS", 1)
    window = make_window(lang="id")
    type_query(qtbot, window, "fotovoltaic")
    label = window.suggestion_label
    assert window.model.rowCount() == 1
    assert label.isVisible()
    assert "Menampilkan hasil untuk <b>fotovoltaik</b>" in label.text() and "fotovoltaic" in label.text()

    def typed_only(generation: int) -> bool:
        request = window.search.request
        return generation == window.runner.generation and request is not None and request.as_typed

    with qtbot.waitSignal(window.searchSettled, timeout=8000, check_params_cb=typed_only):
        label.linkActivated.emit("typed")
    assert window.model.rowCount() == 0
    assert "Maksud Anda" in label.text() and "fotovoltaik" in label.text()
