"""Compounds are indexed with their parts at the same position (issue 27.1).

"ibu kota" used to be one term only, so a phrase copied from an article that
ended inside the compound found nothing and a query for one part (`kota`,
`perkotaan`) missed articles that only said "ibu kota".
"""
from __future__ import annotations

from pathlib import Path

import pytest
from helpers import write_article

from telusur.analysis import indonesian_analyzer, terms
from telusur.index import Library
from telusur.searcher import MatchTerms, SearchEngine, SearchRequest
from telusur.searcher.highlight import match_spans


@pytest.mark.parametrize(
    ("text", "index_terms", "query_terms"),
    [
        ("ibu kota baru", [("ibukota", 0), ("ibu", 0), ("kota", 0), ("baru", 1)], ["ibukota", "baru"]),
        ("bekerja sama erat", [("kerjasama", 0), ("kerja", 0), ("sama", 0), ("erat", 1)], ["kerjasama", "erat"]),
        ("ibukota baru", [("ibukota", 0), ("baru", 1)], ["ibukota", "baru"]),
        ("kota tua", [("kota", 0), ("tua", 1)], ["kota", "tua"]),
    ],
)
def test_index_terms_hold_the_parts_and_queries_the_compound(text, index_terms, query_terms) -> None:
    analyzer = indonesian_analyzer()
    indexed = [(t.text, t.pos) for t in analyzer(text, positions=True, mode="index")]
    assert indexed == index_terms
    assert [t.text for t in analyzer(text, mode="query")] == query_terms


@pytest.fixture
def engine(tmp_path: Path) -> SearchEngine:
    folder = tmp_path / "arsip"
    write_article(folder, "ibukota.txt", "Pemindahan Ibu Kota Berpotensi Tertunda", "2019-09-10",
                  "Anggaran disiapkan (untuk pembahasan ibu kota) oleh dewan.")
    write_article(folder, "joined.txt", "Ibukota negara", "2019-09-11", "Rencana ibukota negara dibahas.")
    write_article(folder, "other.txt", "Harga beras", "2019-09-12", "Harga beras naik di pasar kota.")
    library = Library(tmp_path / "index")
    library.add_folders([folder])
    library.sync()
    return SearchEngine(library)


def _names(engine: SearchEngine, text: str) -> set[str]:
    return {Path(h.path).name for h in engine.search(SearchRequest(text, as_typed=True)).hits}


def test_a_phrase_that_ends_inside_a_compound_finds_its_article(engine: SearchEngine) -> None:
    assert _names(engine, '"untuk pembahasan ibu"') == {"ibukota.txt"}
    assert _names(engine, '"pembahasan ibu kota"') == {"ibukota.txt"}
    assert _names(engine, '"ibu kota berpotensi"') == {"ibukota.txt"}


def test_a_part_finds_articles_that_only_write_the_compound(engine: SearchEngine) -> None:
    assert "ibukota.txt" in _names(engine, "kota")
    assert "ibukota.txt" in _names(engine, "perkotaan")
    assert _names(engine, "dipindah perkotaan") == {"ibukota.txt"}


def test_both_spellings_still_find_each_other(engine: SearchEngine) -> None:
    assert _names(engine, "ibu kota") == {"ibukota.txt", "joined.txt"}
    assert _names(engine, "ibukota") == {"ibukota.txt", "joined.txt"}


def test_a_part_is_highlighted_inside_the_compound() -> None:
    text = "untuk pembahasan ibu kota"
    spans = match_spans(text, MatchTerms(stems=frozenset({"kota"})))
    assert [text[s:e] for s, e in spans] == ["kota"]
    assert [w.text for w in terms("ibu kota", parts=True)] == ["ibukota", "ibu", "kota"]
