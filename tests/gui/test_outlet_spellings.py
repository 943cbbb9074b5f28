"""The outlets list under folded spellings: a tick follows its outlet when the label changes."""
from __future__ import annotations

from PySide6.QtCore import Qt

from telusur.gui.outlets import NAME_ROLE, SourceFilter
from telusur.searcher import FacetCount


def _rows(outlets: SourceFilter) -> dict[str, bool]:
    return {
        outlets.item(i).data(NAME_ROLE): outlets.item(i).checkState() == Qt.CheckState.Checked
        for i in range(outlets.count())
    }


def test_a_tick_follows_the_outlet_when_its_most_frequent_spelling_changes(qtbot) -> None:
    outlets = SourceFilter()
    qtbot.addWidget(outlets)
    outlets.set_counts((FacetCount("Kompas.com", 5, ("Kompas.com", "kompas")), FacetCount("tempo", 2, ("tempo",))))
    outlets.tick("Kompas.com")
    assert outlets.selected() == ("Kompas.com",)
    # Another query: "kompas" is now the most frequent spelling of the same outlet.
    outlets.set_counts((FacetCount("kompas", 4, ("kompas", "Kompas.com")), FacetCount("tempo", 2, ("tempo",))))
    assert _rows(outlets) == {"kompas": True, "tempo": False}  # one row, still ticked, no "Kompas.com (0)"
    assert outlets.selected() == ("kompas",)


def test_articles_of_unknown_outlet_get_their_own_row_so_counts_add_up(qtbot) -> None:
    """Issue 25.6: the Media list summed to 550 of 551 results; the unknown outlet had no row."""
    outlets = SourceFilter()
    qtbot.addWidget(outlets)
    outlets.set_counts((FacetCount("Kompas.com", 5, ("Kompas.com",)), FacetCount(None, 1, ())))
    texts = [outlets.item(i).text() for i in range(outlets.count())]
    assert len(texts) == 2 and "(unknown outlet)" in texts[1] and "(1)" in texts[1]
    unknown = outlets.item(1)
    assert not unknown.flags() & Qt.ItemFlag.ItemIsUserCheckable  # a count, not a filter
    outlets.tick("Kompas.com")
    assert outlets.selected() == ("Kompas.com",)
