"""The search pipeline's stages on their own: plan, run, rerank, page, highlight."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from helpers import write_article
from whoosh import query as Q

from telusur.index import Library
from telusur.index.schema import build_schema
from telusur.searcher import SORTS, Reason, SearchEngine, SearchRequest, SortOrder
from telusur.searcher.highlight import Marked, marked_html
from telusur.searcher.hits import highlight, page_of
from telusur.searcher.messages import QueryError
from telusur.searcher.plan import Step, attempt_for, plan
from telusur.searcher.requests import Found, PageWindow, Scored
from telusur.searcher.run import match_terms, run_plan

SCHEMA = build_schema()


@pytest.fixture
def library(tmp_path: Path) -> Library:
    folder = tmp_path / "a"
    write_article(folder, "banjir.txt", "Banjir di Medan", "1 Sep 2019", "Banjir merendam rumah warga Medan.")
    write_article(folder, "gempa.txt", "Gempa di Palu", "2 Sep 2019", "Gempa mengguncang Palu pagi tadi.")
    for i in range(21):  # a correction must be 20 times as frequent as the typo
        write_article(folder, f"surya{i}.txt", f"Panel surya {i}", "3 Sep 2019", "Listrik fotovoltaik untuk desa.")
    write_article(folder, "typo.txt", "Proyek desa", "4 Sep 2019", "Proyek fotovoltaic di desa.")
    lib = Library(tmp_path / "ix")
    lib.add_folders([folder])
    lib.sync()
    return lib


def test_plan_steps_follow_the_query() -> None:
    reasons = lambda text: [s.reason for s in plan(SearchRequest(text), SCHEMA).steps]  # noqa: E731
    # Relaxing needs two leaves that can match: a plain word has two (headline, body).
    # Typos are corrected before any word is let go; a relaxed query is widened in turn.
    widened_first = [Reason.AS_TYPED, Reason.TYPO_WIDENED, Reason.RELAXED, Reason.TYPO_WIDENED]
    assert reasons("banjir") == widened_first
    assert reasons('"banjir"') == [Reason.AS_TYPED]  # one exact-form leaf; quoted words are not corrected
    assert reasons("banjir medan") == widened_first
    assert reasons("date:2019-09") == [Reason.AS_TYPED]  # dates only: nothing to relax or correct
    assert reasons("") == []  # nothing to search


def test_steps_run_only_while_little_was_found() -> None:
    relaxed = Step(Reason.RELAXED, below=1)
    assert relaxed.runs_after(None) and relaxed.runs_after(0) and not relaxed.runs_after(1)
    assert Step(Reason.AS_TYPED).runs_after(100)
    assert Reason.TYPO_WIDENED.adds_words and not Reason.RELAXED.adds_words


def test_relaxed_attempt_is_built_from_the_request() -> None:
    planned = plan(SearchRequest("banjir palu"), SCHEMA)
    attempt = attempt_for(Step(Reason.RELAXED, below=1), planned, SCHEMA, None, None)  # type: ignore[arg-type]
    assert attempt is not None and attempt.relaxed and isinstance(attempt.built.query, Q.Or)


def _run(searcher, text: str, **kw):
    options = {"order": SortOrder.RELEVANCE, "wanted": 10, "only": None, **kw}
    return run_plan(searcher, plan(SearchRequest(text), searcher.schema), **options)


def test_run_keeps_the_attempt_that_finds_more(library: Library) -> None:
    with library.whoosh_index().searcher() as searcher:
        tried = _run(searcher, "banjir palu")
        assert [o.attempt.reason for o in tried.outcomes][:2] == [Reason.AS_TYPED, Reason.RELAXED]
        assert tried.best.attempt.reason is Reason.RELAXED and tried.best.found.total == 2
        assert tried.found_as_typed == 0  # no article has both words as typed

        typo = _run(searcher, "fotovoltaic")
        assert typo.best.attempt.reason is Reason.TYPO_WIDENED and typo.best.found.total == 22
        assert typo.found_as_typed == 1  # "did you mean" is judged on the words as typed
        assert typo.best.attempt.notes == ("also showing articles with 'fotovoltaik'",)


def test_a_typo_in_a_multi_word_query_is_corrected_before_relaxing(library: Library) -> None:
    """Issue 11 item 8: "kebakaran hutn" must not fall back to any-word matching."""
    with library.whoosh_index().searcher() as searcher:
        tried = _run(searcher, "listrik fotovoltaic")
        assert tried.best.attempt.reason is Reason.TYPO_WIDENED and not tried.best.attempt.relaxed
        assert tried.best.found.total == 21  # every article with listrik and fotovoltaik
        assert Reason.RELAXED not in [o.attempt.reason for o in tried.outcomes]
        assert tried.found_as_typed == 0
    engine = SearchEngine(library)
    result = engine.search(SearchRequest("listrik fotovoltaic"))
    assert not result.relaxed and result.total == 21
    assert result.suggestion == "listrik fotovoltaik"


def test_an_empty_date_filter_finds_nothing(library: Library) -> None:
    with library.whoosh_index().searcher() as searcher:
        tried = _run(searcher, "banjir", order=SortOrder.NEWEST, only=set())
        assert tried.best.found == Found(0, ())


def test_match_terms_expand_patterns_through_the_public_api(library: Library) -> None:
    with library.whoosh_index().searcher() as searcher:
        built = plan(SearchRequest("fotovolt* NOT gempa"), searcher.schema).as_typed
        match = match_terms(built.query, searcher.reader())
    assert match.exact == {"fotovoltaik", "fotovoltaic"} and not match.stems  # the negated word is not marked


def test_page_and_highlight(library: Library) -> None:
    found = Found(3, (Scored(0, 3.0), Scored(1, 2.0), Scored(2, 1.0)))
    assert page_of(found, PageWindow(1, 3)) == (Scored(1, 2.0), Scored(2, 1.0))
    with library.whoosh_index().searcher() as searcher:
        built = plan(SearchRequest("banjir"), searcher.schema).as_typed
        docnum = searcher.document_number(key=str(Path(library.folders[0]) / "banjir.txt"))
        assert docnum is not None
        match = match_terms(built.query, searcher.reader())
        (hit,) = highlight(searcher, (Scored(docnum, 1.5),), match, snippets=True)
        (bare,) = highlight(searcher, (Scored(docnum, 1.5),), match, snippets=False)
    assert hit.headline_marked == Marked("Banjir di Medan", ((0, 6),))
    assert "<mark>Banjir</mark>" in marked_html(hit.snippet)
    assert hit.score == 1.5 and marked_html(bare.snippet) == ""


def test_sort_order_enum_and_strings(library: Library) -> None:
    assert SORTS == ("relevance", "newest", "oldest")
    assert SortOrder.parse("newest") is SortOrder.NEWEST and SortOrder.parse("bogus") is None
    engine = SearchEngine(library)
    as_enum = engine.search(SearchRequest("date:2019-09", sort=SortOrder.OLDEST))
    as_text = engine.search(SearchRequest("date:2019-09", sort=SortOrder.named("oldest")))
    assert [h.path for h in as_enum.hits] == [h.path for h in as_text.hits]
    assert Path(as_enum.hits[0].path).name == "banjir.txt"
    with pytest.raises(QueryError) as refused:
        SortOrder.named("bogus")
    assert str(refused.value) == "unknown sort 'bogus'; use one of relevance, newest, oldest"


def test_request_window_is_clamped() -> None:
    assert SearchRequest("x", page=0, page_size=0).window() == PageWindow(0, 1)
    assert SearchRequest("x", page=3, page_size=10).window() == PageWindow(20, 30)
    assert SearchRequest("x", page=1, page_size=10_000).window() == PageWindow(0, 500)
    with pytest.raises(TypeError):
        SearchRequest("x", None, None, SortOrder.RELEVANCE, 1, 20, False)  # type: ignore[misc]  # snippets is keyword-only


def test_dates_filter_through_the_date_column(library: Library) -> None:
    engine = SearchEngine(library)
    result = engine.search(SearchRequest("desa", date(2019, 9, 4), date(2019, 9, 4)))
    assert [Path(h.path).name for h in result.hits] == ["typo.txt"]
