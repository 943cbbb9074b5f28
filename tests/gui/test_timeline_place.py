"""The first results after an empty field do not jump: the timeline's place is taken with the page.

The timeline's bars come as side work after the page is painted; shown only
then, it pushed the list 70-80 px down a moment after the reader saw it (seen
in a real X window).
"""
from __future__ import annotations

from PySide6.QtCore import QPoint

from .typing_helpers import type_query


def _list_top(window) -> int:  # noqa: ANN001
    return window.results_view.mapTo(window, QPoint(0, 0)).y()


def test_the_list_stays_put_when_the_dates_arrive(qtbot, make_window) -> None:
    window = make_window()
    assert window.archive_views.timeline.isHidden()  # no query yet
    tops: list[int] = []

    def page_shown(_generation: int) -> None:  # the page of the whole word, before its side work
        request = window.search.request
        if not tops and request is not None and request.text == "fotovoltaik" and window.model.rowCount():
            tops.append(_list_top(window))
            tops.append(int(window.archive_views.timeline.isVisible()))

    window.resultsShown.connect(page_shown)
    type_query(qtbot, window, "fotovoltaik")  # the seed article; waits for the side work: the bars are in
    assert tops[1] == 1  # the timeline's place was taken with the page itself
    assert window.archive_views.timeline.buckets  # and the bars came after it
    assert _list_top(window) == tops[0]  # where the list stood when its rows were first painted
