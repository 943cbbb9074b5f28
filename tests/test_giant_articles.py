"""Giant articles cost a search no more than short ones (issue 16, item 7).

A matching 9 MB single-line article made a search with snippets take 8 s,
a 100,000-line article 1.3-2.8 s: the snippet analysed the whole body, and
the headline (the whole file, when it has no line breaks) was marked in full.
"""
from __future__ import annotations

import time

from telusur.searcher import MatchTerms, headline_marked, highlight_all, highlight_chunks, snippet
from telusur.searcher.highlight import HEADLINE_MAX_CHARS, marked_html

MATCH = MatchTerms(stems=frozenset({"presiden"}), exact=frozenset({"presiden"}))
FILLER = "Warga kota itu berbelanja di pasar pagi seperti biasa. "


def _timed(fn):
    started = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - started


def test_snippet_of_a_9mb_single_line_is_quick_and_finds_the_match() -> None:
    text = FILLER * (4_500_000 // len(FILLER)) + "Presiden meresmikan jembatan baru. " + FILLER * 1000
    html, took = _timed(lambda: marked_html(snippet(text, MATCH)))
    assert "<mark>Presiden</mark>" in html
    assert html.startswith("… ") and html.endswith(" …")
    assert took < 1.0, f"{took:.2f} s"


def test_snippet_of_100000_lines_is_quick() -> None:
    text = "\n".join(f"baris {i} presiden berkunjung" for i in range(100_000))
    html, took = _timed(lambda: marked_html(snippet(text, MATCH)))
    assert "<mark>presiden</mark>" in html
    assert took < 1.0, f"{took:.2f} s"


def test_a_runaway_headline_is_cut_short() -> None:
    headline = "Presiden " + FILLER * 200_000
    html, took = _timed(lambda: marked_html(headline_marked(headline, MATCH)))
    assert html.startswith("<mark>Presiden</mark>") and html.endswith(" …")
    assert len(html) < HEADLINE_MAX_CHARS + 50
    assert took < 1.0


def test_highlight_chunks_join_to_the_whole_highlight() -> None:
    text = "\n".join(f"Baris {i}: presiden & <wakil> berkunjung. {FILLER}" for i in range(3000))
    pieces = highlight_chunks(text, MATCH, chunk=5000)
    assert "".join(marked_html(c) for c in pieces) == marked_html(highlight_all(text, MATCH))
    one_line = FILLER * 3000 + " presiden"
    pieces = highlight_chunks(one_line, MATCH, chunk=5000)
    assert "".join(marked_html(c) for c in pieces) == marked_html(highlight_all(one_line, MATCH))
