"""Giant articles cost a search no more than short ones (issue 16, item 7).

A matching 9 MB single-line article made a search with snippets take 8 s,
a 100,000-line article 1.3-2.8 s: the snippet analysed the whole body, and
the headline (the whole file, when it has no line breaks) was marked in full.
"""
from __future__ import annotations

import time

import pytest

from telusur.searcher import MatchTerms, headline_marked, highlight_all, highlight_chunks, snippet
from telusur.searcher import highlight as highlight_module
from telusur.searcher.highlight import HEADLINE_MAX_CHARS, SNIPPET_WINDOW, marked_html

MATCH = MatchTerms(stems=frozenset({"presiden"}), exact=frozenset({"presiden"}))
FILLER = "Warga kota itu berbelanja di pasar pagi seperti biasa. "


@pytest.fixture
def analysed(monkeypatch) -> list[int]:
    """The length of every text the highlighter analyses: the work, counted instead of timed.

    Analysing is what made a 9 MB article cost 8 s; a bound on what is
    analysed holds on any machine, where a bound in seconds fails under load.
    """
    sizes: list[int] = []
    real = highlight_module.terms

    def counting(text, *args, **kwargs):
        sizes.append(len(text))
        return real(text, *args, **kwargs)

    highlight_module._analysed.cache_clear()
    monkeypatch.setattr(highlight_module, "terms", counting)
    yield sizes
    highlight_module._analysed.cache_clear()


def _timed(fn):
    started = time.perf_counter()
    value = fn()
    took = time.perf_counter() - started
    print(f"{took:.3f} s")  # shown with -s; bench/ measures speed
    return value


def test_snippet_of_a_9mb_single_line_analyses_a_window_and_finds_the_match(analysed: list[int]) -> None:
    text = FILLER * (4_500_000 // len(FILLER)) + "Presiden meresmikan jembatan baru. " + FILLER * 1000
    html = _timed(lambda: marked_html(snippet(text, MATCH)))
    assert "<mark>Presiden</mark>" in html
    assert html.startswith("… ") and html.endswith(" …")
    assert 0 < sum(analysed) <= 2 * SNIPPET_WINDOW, sum(analysed)  # of 4.5 M characters


def test_snippet_of_100000_lines_analyses_a_window(analysed: list[int]) -> None:
    text = "\n".join(f"baris {i} presiden berkunjung" for i in range(100_000))
    html = _timed(lambda: marked_html(snippet(text, MATCH)))
    assert "<mark>presiden</mark>" in html
    assert 0 < sum(analysed) <= 2 * SNIPPET_WINDOW, sum(analysed)


def test_a_runaway_headline_is_cut_short(analysed: list[int]) -> None:
    headline = "Presiden " + FILLER * 200_000
    html = _timed(lambda: marked_html(headline_marked(headline, MATCH)))
    assert html.startswith("<mark>Presiden</mark>") and html.endswith(" …")
    assert len(html) < HEADLINE_MAX_CHARS + 50
    assert sum(analysed) <= 2 * HEADLINE_MAX_CHARS


def test_highlight_chunks_join_to_the_whole_highlight() -> None:
    text = "\n".join(f"Baris {i}: presiden & <wakil> berkunjung. {FILLER}" for i in range(3000))
    pieces = highlight_chunks(text, MATCH, chunk=5000)
    assert "".join(marked_html(c) for c in pieces) == marked_html(highlight_all(text, MATCH))
    one_line = FILLER * 3000 + " presiden"
    pieces = highlight_chunks(one_line, MATCH, chunk=5000)
    assert "".join(marked_html(c) for c in pieces) == marked_html(highlight_all(one_line, MATCH))
