"""One outlet, one name everywhere (issue 25.6): rows, copies, facets, filter, CSV and JSON use one rule."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from archive_fixtures import write_story

from telusur.index import Library
from telusur.searcher import SearchEngine, SearchRequest
from telusur.searcher.export import ExportFormat, export
from telusur.searcher.outlets import OutletNames, outlet_name


def test_the_rule_prefers_a_written_name_then_the_most_articles_then_the_alphabet() -> None:
    assert outlet_name({"okezone": 116, "okezone.com": 107, "Okezone": 12}) == "Okezone"
    assert outlet_name({"kompas": 25, "Kompas.com": 213, "Kompas": 3}) == "Kompas.com"
    assert outlet_name({"sindonews": 900, "SINDOnews": 1}) == "SINDOnews"  # txt files arriving change nothing
    assert outlet_name({"tempo.co": 2, "tempo": 2}) == "tempo"
    names = OutletNames.from_counts({"kompas": 2, "Kompas.com": 1, None: 5, "tempo": 1})
    assert names.name("kompas") == names.name("Kompas.com") == "Kompas.com"
    assert names.name(None) is None and names.name("tempo") == "tempo"


@pytest.fixture
def engine(tmp_path: Path) -> SearchEngine:
    root = tmp_path / "arsip"
    spellings = {"okezone": 3, "okezone.com": 2, "Okezone": 1, "kompas": 1, "Kompas.com": 2}
    seed = 0
    for outlet, n in spellings.items():
        for _ in range(n):
            seed += 1
            write_story(root, outlet, f"s{seed}", f"Berita korupsi nomor {seed}", seed, seed)
    # Two articles straight in the library folder: no outlet is known for them.
    write_story(root, ".", "tanpa1", "Berita korupsi tanpa media", 40, 40)
    write_story(root, ".", "tanpa2", "Berita suap tanpa media", 41, 41)
    library = Library(tmp_path / "index")
    library.add_folders([root])
    library.sync()
    return SearchEngine(library)


def test_rows_facets_and_export_agree_on_one_name(engine: SearchEngine) -> None:
    request = SearchRequest("berita", facets=True, group_copies=False, page_size=50)
    result = engine.search(request)
    row_names = {h.source for h in result.hits}
    assert row_names == {"Okezone", "Kompas.com", None}
    facet = {f.value: f.count for f in result.facets.source}
    assert facet == {"Okezone": 6, "Kompas.com": 3, None: 2}
    assert sum(facet.values()) == result.total  # the unknown outlet has its own entry: the counts add up
    out = io.StringIO()
    export(engine.every_hit(request), ExportFormat.CSV, out)
    exported = {row["source"] for row in csv.DictReader(io.StringIO(out.getvalue().lstrip("\ufeff")))}
    assert exported == {"Okezone", "Kompas.com", ""}


def test_the_name_does_not_change_with_the_query(engine: SearchEngine) -> None:
    """A query matching only lowercase spellings still shows the library's one name."""
    only_lower = engine.search(SearchRequest("berita", sources=("okezone.com",), facets=True, group_copies=False,
                                             page_size=50))
    assert {h.source for h in only_lower.hits} == {"Okezone"}
    assert [f.value for f in only_lower.facets.source] == ["Okezone"]
    assert engine.search(SearchRequest("berita", sources=("Okezone",), group_copies=False)).total == 6
