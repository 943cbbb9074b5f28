"""Searching a small library: ranking, inflections, filters, sorting, paging, snippets."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from helpers import write_article

from telusur.index import Library
from telusur.searcher import SearchEngine, SearchRequest, SortOrder
from telusur.searcher.highlight import marked_html


@pytest.fixture
def engine(tmp_path: Path, news_folder: Path, seed_folder: Path) -> SearchEngine:
    lib = Library(tmp_path / "ix")
    lib.add_folders([news_folder, seed_folder])
    lib.sync()
    return SearchEngine(lib)


def names(result) -> list[str]:
    return [Path(h.path).name for h in result.hits]


@pytest.mark.parametrize(
    "query,expected",
    [
        ("fotovoltaik", "000_2a54ab0cdfdf7b75.txt"),
        ("kazakhstan", "000_2a54ab0cdfdf7b75.txt"),
        ("memperkuat", "000_2a54ab0cdfdf7b75.txt"),
        ("penangkapan bandar narkoba", "a.txt"),  # the article says "menangkap", "bandar sabu", "narkoba"
        ("meninggalnya habibie", "d.txt"),
        ("pengesahan revisi uu kpk", "c.txt"),
        ("walikota", "c.txt"),
        ("tokoh-tokoh", "c.txt"),
        ("negara", "d.txt"),
        ("xi'an", "000_2a54ab0cdfdf7b75.txt"),
        ("pembangun*", "000_2a54ab0cdfdf7b75.txt"),
        ('"kerja sama energi"', "000_2a54ab0cdfdf7b75.txt"),
    ],
)
def test_inflected_queries_find_the_article(engine: SearchEngine, query: str, expected: str) -> None:
    result = engine.search(SearchRequest(query))
    assert result.message is None
    assert names(result)[:1] == [expected]


def test_kerjasama_both_ways(engine: SearchEngine) -> None:
    joined = set(names(engine.search(SearchRequest("kerjasama"))))
    apart = set(names(engine.search(SearchRequest("kerja sama"))))
    assert joined == apart == {"000_2a54ab0cdfdf7b75.txt", "d.txt"}


def test_headline_match_ranks_first(engine: SearchEngine, news_folder: Path) -> None:
    write_article(news_folder, "e.txt", "Berita Lain", "12 Sep 2019", "Sebut sekilas soal kebakaran di akhir.")
    engine.library.sync()
    assert names(engine.search(SearchRequest("kebakaran")))[0] == "b.txt"


def test_snippet_marks_every_matched_form(engine: SearchEngine) -> None:
    hit = engine.search(SearchRequest("memperkuat")).hits[0]
    assert "<mark>memperkuat</mark>" in marked_html(hit.snippet)
    assert "<mark>kuatnya</mark>" in marked_html(hit.snippet)
    hit = engine.search(SearchRequest("kazakhstan")).hits[0]
    assert "<mark>Kazakhstan</mark>" in marked_html(hit.headline_marked)


def test_snippets_escape_article_markup(tmp_path: Path) -> None:
    folder = tmp_path / "evil"
    body = 'Teks <script>alert("x")</script> <img src=http://e.com/a.png> korupsi.'
    write_article(folder, "x.txt", "Judul <b>tebal</b>", "10 Sep 2019", body)
    lib = Library(tmp_path / "ix")
    lib.add_folders([folder])
    lib.sync()
    hit = SearchEngine(lib).search(SearchRequest("korupsi")).hits[0]
    assert "<script>" not in marked_html(hit.snippet) and "&lt;script&gt;" in marked_html(hit.snippet)
    assert "<img" not in marked_html(hit.snippet)
    assert "&lt;b&gt;" in marked_html(hit.headline_marked)


def test_date_filter_day_boundaries(engine: SearchEngine) -> None:
    def count(**kw) -> int:
        return engine.search(SearchRequest("fotovoltaik", **kw)).total

    assert count(date_from=date(2024, 7, 3)) == 1  # 20:17 on the first day counts
    assert count(date_to=date(2024, 7, 3)) == 1  # and on the last day
    assert count(date_from=date(2024, 7, 4)) == 0
    assert count(date_to=date(2024, 7, 2)) == 0


def test_sorting_by_date(engine: SearchEngine) -> None:
    newest = names(engine.search(SearchRequest("date:2019", sort=SortOrder.NEWEST)))
    assert newest == ["c.txt", "d.txt", "b.txt", "a.txt"]
    oldest = names(engine.search(SearchRequest("date:2019", sort=SortOrder.OLDEST)))
    assert oldest == list(reversed(newest))


def test_paging_and_total(engine: SearchEngine) -> None:
    first = engine.search(SearchRequest("date:2019", sort=SortOrder.OLDEST, page=1, page_size=3))
    second = engine.search(SearchRequest("date:2019", sort=SortOrder.OLDEST, page=2, page_size=3))
    assert first.total == second.total == 4
    assert len(first.hits) == 3 and len(second.hits) == 1
    assert not set(names(first)) & set(names(second))


def test_all_words_first_then_relaxed(engine: SearchEngine) -> None:
    strict = engine.search(SearchRequest("habibie jakarta"))
    assert names(strict) == ["d.txt"] and not strict.relaxed
    loose = engine.search(SearchRequest("habibie kazakhstan"))
    assert loose.relaxed and set(names(loose)) == {"d.txt", "000_2a54ab0cdfdf7b75.txt"}


def test_did_you_mean(engine: SearchEngine) -> None:
    result = engine.search(SearchRequest("fotovoltaic"))
    assert result.total == 1  # widened: a small library needs no 20 articles for a correction
    assert result.suggestion == "fotovoltaik"
    assert engine.search(SearchRequest("fotovoltaik")).suggestion is None


def test_bad_queries_give_messages(engine: SearchEngine) -> None:
    for text in ["*", "a*", "!!!", "date:kemarin", "presiden^nan", "nonexist:x"]:
        result = engine.search(SearchRequest(text))
        assert result.message and result.total == 0
        assert result.message.code is not None  # the GUI translates by code


def test_stopword_only_queries_find_articles(engine: SearchEngine) -> None:
    """Issue 15 item 4: `dalam`, `yang dan` are searched as written, not refused."""
    dalam = engine.search(SearchRequest("dalam"))
    assert dalam.message is None and "a.txt" in names(dalam)  # "... sabu dalam penggerebekan ..."
    assert "<mark>dalam</mark>" in marked_html(next(h.snippet for h in dalam.hits if h.path.endswith("a.txt")))
    both = engine.search(SearchRequest("yang dan"))
    assert both.message is None and both.total >= 1
    assert engine.search(SearchRequest("sekali")).message is None


def test_soft_hyphen_in_a_pasted_query_finds_the_word(engine: SearchEngine) -> None:
    assert names(engine.search(SearchRequest("fotovol\u00adtaik"))) == ["000_2a54ab0cdfdf7b75.txt"]


def test_exact_form_in_quotes(engine: SearchEngine) -> None:
    assert engine.search(SearchRequest('"menangkap"')).total == 1
    assert engine.search(SearchRequest('"tangkap"')).total == 0
    assert engine.search(SearchRequest("tangkap")).total == 1


def test_search_sees_new_commits(engine: SearchEngine, news_folder: Path) -> None:
    assert engine.search(SearchRequest("gempa")).total == 0
    write_article(news_folder, "f.txt", "Gempa di Maluku", "20 Sep 2019", "Gempa mengguncang Ambon.")
    engine.library.sync()
    assert engine.search(SearchRequest("gempa")).total == 1


def test_article_for_preview(engine: SearchEngine, seed_folder: Path) -> None:
    view = engine.article(str(seed_folder.resolve() / "000_2a54ab0cdfdf7b75.txt"))
    assert view is not None and view.headline.startswith("Xi Jinping")
    assert engine.article("/nowhere.txt") is None


@pytest.fixture
def seed_engine(tmp_path: Path) -> SearchEngine:
    """Only what ships: the bundled seed article, as a first run indexes it."""
    from telusur.bundled import seeds_dir

    library = Library(tmp_path / "seed-ix")
    seeds = seeds_dir()
    assert seeds is not None
    library.add_folders([seeds])
    library.sync()
    return SearchEngine(library)


def test_readme_typo_examples_hold_on_the_shipped_seed(seed_engine: SearchEngine) -> None:
    """README: "`fotovoltaic` also finds `fotovoltaik`" and "did you mean" (issue 11 item 8)."""
    single = seed_engine.search(SearchRequest("fotovoltaic"))
    assert single.total == 1 and single.suggestion == "fotovoltaik"
    assert single.notes == ("also showing articles with 'fotovoltaik'",)
    # A typo in a multi-word query is corrected, not relaxed to any word.
    multi = seed_engine.search(SearchRequest("presiden kazahstan"))
    assert multi.total == 1 and not multi.relaxed
    assert multi.suggestion == "presiden kazakhstan"
    assert seed_engine.search(SearchRequest("fotovoltaic~")).total == 1
