"""Related articles: back to the result, cleared by a search without results."""
from __future__ import annotations

from PySide6.QtCore import Qt


def test_after_a_related_article_a_click_on_the_result_brings_it_back(qtbot, make_window, tmp_path):
    """Reading a related article left the copy list of the previous story on show, and clicking
    the highlighted result did nothing: only another row and back showed it again."""
    from archive_views_corpus import write_archive
    from PySide6.QtCore import QPoint

    from .typing_helpers import type_query

    folder = write_archive(tmp_path)
    window = make_window(seeds=False)
    window.resize(1100, 720)
    with qtbot.waitSignal(window.syncFinished, timeout=15000):
        window.indexing.index_folder(str(folder), user_started=False)
    type_query(qtbot, window, "banjir")
    related = window.archive_views.related
    chooser = window.archive_views.copy_chooser
    i = next(n for n, r in enumerate(window.model.rows) if r.copies)
    with qtbot.waitSignal(window.previewShown, timeout=5000) as shown:
        window.results_view.setCurrentIndex(window.model.index(i))
    own = shown.args[0]
    qtbot.waitUntil(lambda: related.count() > 0, timeout=8000)
    assert chooser.isVisible()
    with qtbot.waitSignal(window.previewShown, timeout=5000) as shown:
        related.itemClicked.emit(related.item(0))
    assert shown.args[0] != own
    assert not chooser.isVisible()  # the copies were the previous story's
    rect = window.results_view.visualRect(window.model.index(i))
    with qtbot.waitSignal(window.previewShown, timeout=5000) as shown:
        qtbot.mouseClick(window.results_view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))
    assert shown.args[0] == own
    assert chooser.isVisible()


def test_a_search_with_no_results_clears_the_related_articles(qtbot, make_window, tmp_path):
    """The preview emptied, but "Artikel terkait" kept listing the previous article's related ones."""
    from archive_views_corpus import write_archive

    from .typing_helpers import type_query

    folder = write_archive(tmp_path)
    window = make_window(seeds=False)
    with qtbot.waitSignal(window.syncFinished, timeout=15000):
        window.indexing.index_folder(str(folder), user_started=False)
    type_query(qtbot, window, "banjir")
    related = window.archive_views.related
    i = next(n for n, r in enumerate(window.model.rows) if r.copies)
    window.results_view.setCurrentIndex(window.model.index(i))
    qtbot.waitUntil(lambda: related.count() > 0, timeout=8000)
    type_query(qtbot, window, "tidakadakatasepertiini")
    assert window.model.rowCount() == 0 and window.preview.path is None
    assert related.count() == 0
    assert not window.archive_views.copy_chooser.isVisible()
