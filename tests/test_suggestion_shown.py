"""A typo that finds nothing shows the suggestion's articles, on any size of archive.

On a large archive a word no article has is only corrected to a word of many
articles (suggest.TYPO_RATIO), so `fotovoltaic` found nothing while "did you
mean fotovoltaik" pointed at the article (issue 27). The suggestion's result
set is then the answer on every path: list, export and saved searches.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from archive_fixtures import write_typo_archive

from telusur.cli import main as cli_main
from telusur.index import Library
from telusur.searcher import SearchEngine, SearchRequest
from telusur.searcher import suggest as suggest_module


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Library:
    monkeypatch.setattr(suggest_module, "TYPO_FULL_SCALE_DOCS", 10)
    folder = tmp_path / "arsip"
    write_typo_archive(folder)
    library = Library(tmp_path / "index")
    library.add_folders([folder])
    library.sync()
    return library


def test_the_suggestion_is_searched_when_the_typo_finds_nothing(library: Library) -> None:
    engine = SearchEngine(library)
    result = engine.search(SearchRequest("fotovoltaic"))
    assert result.searched == "fotovoltaik"
    assert result.request.text == "fotovoltaic"
    assert [h.headline for h in result.hits] == ["Panel surya di desa"]
    assert result.total == result.groups == 1 and result.suggestion is None
    # Every path gives the same answer.
    assert [h.headline for h in engine.every_hit(SearchRequest("fotovoltaic"))] == ["Panel surya di desa"]
    assert len(engine.matching_keys(SearchRequest("fotovoltaic"))) == 1


def test_as_typed_keeps_the_typed_query_and_offers_the_suggestion(library: Library) -> None:
    engine = SearchEngine(library)
    result = engine.search(SearchRequest("fotovoltaic", as_typed=True))
    assert result.total == 0 and result.searched is None
    assert result.suggestion == "fotovoltaik"


def test_a_query_that_finds_something_is_never_replaced(library: Library) -> None:
    engine = SearchEngine(library)
    result = engine.search(SearchRequest("desa"))
    assert result.total and result.searched is None


def test_the_cli_says_which_query_ran(library: Library, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    code = cli_main(["search", "fotovoltaic", "--json", "--index-dir", str(library.index_dir)])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["query"] == "fotovoltaic" and out["searched"] == "fotovoltaik"
    assert out["total"] == 1
    code = cli_main(["search", "fotovoltaic", "--as-typed", "--json", "--index-dir", str(library.index_dir)])
    out = json.loads(capsys.readouterr().out)
    assert out["searched"] == "fotovoltaic" and out["total"] == 0 and out["suggestion"] == "fotovoltaik"
