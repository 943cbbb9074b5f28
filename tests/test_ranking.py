"""Ranking boosts and the typo fallback: order changes, matches do not."""
from __future__ import annotations

from pathlib import Path

import pytest
from helpers import write_article

from telusur.index import Library
from telusur.index.schema import build_schema
from telusur.searcher import SearchEngine, SearchRequest
from telusur.searcher.query import build_query
from telusur.searcher.ranking import exact_forms, ranked_query
from telusur.searcher.suggest import _without_clitic


def _engine(tmp_path: Path, folder: Path) -> SearchEngine:
    lib = Library(tmp_path / "ix")
    lib.add_folders([folder])
    lib.sync()
    return SearchEngine(lib)


def names(result) -> list[str]:
    return [Path(h.path).name for h in result.hits]


def test_exact_form_ranks_first(tmp_path: Path) -> None:
    folder = tmp_path / "a"
    body = "Polisi memeriksa rumah warga di Medan kemarin."
    write_article(folder, "inflected.txt", "Berita satu", "1 Sep 2019", body)
    write_article(folder, "exact.txt", "Berita dua", "1 Sep 2019", "Polisi memeriksa rumahnya di Medan kemarin.")
    engine = _engine(tmp_path, folder)
    result = engine.search(SearchRequest("rumahnya"))
    assert result.total == 2  # both match: the boost only orders
    assert names(result)[0] == "exact.txt"


def test_words_close_together_rank_first(tmp_path: Path) -> None:
    folder = tmp_path / "b"
    filler = " ".join(["laporan"] * 30)
    write_article(folder, "far.txt", "Kabar", "1 Sep 2019", f"Bandar besar. {filler} Narkoba disita.")
    write_article(folder, "near.txt", "Kabar", "1 Sep 2019", f"Bandar narkoba disita. {filler}")
    engine = _engine(tmp_path, folder)
    assert names(engine.search(SearchRequest("bandar narkoba"))) == ["near.txt", "far.txt"]


def test_typo_fallback_keeps_what_matched_as_typed_first(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    for i in range(21):
        write_article(folder, f"ok{i:02d}.txt", f"Panel fotovoltaik {i}", "1 Sep 2019", "Energi fotovoltaik.")
    write_article(folder, "typo.txt", "Panel surya", "2 Sep 2019", "Proyek fotovoltaic di desa.")
    engine = _engine(tmp_path, folder)
    result = engine.search(SearchRequest("fotovoltaic"))
    assert result.total == 22
    assert names(result)[0] == "typo.txt"
    assert any("fotovoltaik" in note for note in result.notes)
    # A correct, frequent word is never widened.
    assert engine.search(SearchRequest("fotovoltaik")).total == 21


def test_a_clitic_the_stemmer_keeps_is_widened_to_the_word_without_it(tmp_path: Path) -> None:
    # Sastrawi strips -nya only from words in its dictionary: "startupnya" stays itself.
    folder = tmp_path / "d"
    for i in range(21):
        write_article(folder, f"s{i:02d}.txt", f"Startup lokal {i}", "1 Sep 2019", "Inovasi startup di desa.")
    write_article(folder, "nya.txt", "Pendiri", "2 Sep 2019", "Inovasi startupnya tumbuh.")
    engine = _engine(tmp_path, folder)
    result = engine.search(SearchRequest("inovasi startupnya"))
    assert result.total == 22
    assert names(result)[0] == "nya.txt"  # what matched as typed stays first


@pytest.mark.parametrize(
    "word,base",
    [("startupnya", "startup"), ("gadgetku", "gadget"), ("bukankah", "bukan"), ("rumahmu", "rumah"),
     ("inilah", "ini"), ("nya", None), ("kunya", None), ("startup", None)],
)
def test_without_clitic(word: str, base: str | None) -> None:
    assert _without_clitic(word) == base


@pytest.mark.parametrize(
    "text,forms",
    [
        ("rumahnya", ["rumahnya"]),
        ("Tokoh-tokoh yang", ["tokoh"]),
        ("Xi'an", ["xian"]),
        ("kerja sama", ["kerja", "sama"]),
    ],
)
def test_exact_forms(text: str, forms: list[str]) -> None:
    assert exact_forms((text,)) == forms


def test_boosts_only_for_plain_words() -> None:
    schema = build_schema()
    plain = ranked_query(build_query("bandar narkoba", schema))
    assert "~8" in str(plain) or "slop" in repr(plain)
    with_operator = ranked_query(build_query("bandar OR narkoba", schema))
    assert "Phrase" not in repr(with_operator)


def test_pages_never_overlap_with_reranking(tmp_path: Path, monkeypatch) -> None:
    """Page 2 must continue page 1 although only the top documents are re-ranked."""
    monkeypatch.setattr("telusur.searcher.ranking.RERANK_DEPTH", 5)
    folder = tmp_path / "d"
    for i in range(30):
        body = "Banjir melanda kota. " * (1 + i % 7) + ("Rumahnya terendam." if i % 3 == 0 else "Rumah terendam.")
        write_article(folder, f"{i:02d}.txt", f"Berita {i}", "1 Sep 2019", body)
    engine = _engine(tmp_path, folder)
    pages = [engine.search(SearchRequest("banjir rumahnya", page=p, page_size=4)) for p in range(1, 9)]
    seen = [name for page in pages for name in names(page)]
    assert len(seen) == len(set(seen)) == pages[0].total == 30
