"""Invisible characters and decomposed accents never split words; offsets still fit the text."""
from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from telusur.analysis import indonesian_analyzer
from telusur.analysis.normalize import FORMAT_CHARS, canonical, terms, tokenize
from telusur.index import Library
from telusur.searcher.engine import SearchEngine, SearchRequest
from telusur.searcher.highlight import MatchTerms, highlight_all, marked_html, snippet

SHY, ZWSP, ZWJ, ZWNJ, WJ = "\u00ad", "\u200b", "\u200d", "\u200c", "\u2060"


def test_format_character_list_matches_unicodedata() -> None:
    listed = {c for c in range(sys.maxunicode + 1) if FORMAT_CHARS.match(chr(c))}
    actual = {c for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"}
    assert listed == actual


@pytest.mark.parametrize(
    ("written", "clean"),
    [
        (f"fotovol{SHY}taik", "fotovoltaik"),
        (f"foto{ZWSP}voltaik", "fotovoltaik"),
        (f"foto{ZWJ}volt{ZWNJ}aik{WJ}", "fotovoltaik"),
        ("\ufeffPresiden", "Presiden"),
        ("sen\u0303or", "señor"),
        ("re\u0301sume\u0301", "résumé"),
        (f"re\u0301{SHY}sume\u0301", "résumé"),
    ],
)
def test_written_forms_give_the_clean_word_s_terms(written: str, clean: str) -> None:
    for use_stemmer in (True, False):
        got = [w.text for w in terms(written, use_stemmer=use_stemmer)]
        assert got == [w.text for w in terms(clean, use_stemmer=use_stemmer)]
    (word,) = terms(written)
    assert written[word.start:word.end].lstrip("\ufeff") == written.lstrip("\ufeff")  # the whole word as written


def test_whoosh_analyzer_agrees_with_tokenize_on_offsets() -> None:
    text = f"Panel fotovol{SHY}taik di  sen\u0303or, "
    text += f"re\u0301sume\u0301{ZWSP} dan kerja sama."
    for use_stemmer in (True, False):
        tokens = [(t.text, t.startchar, t.endchar)
                  for t in indonesian_analyzer(use_stemmer=use_stemmer)(text, chars=True, positions=True)]
        assert tokens == [(w.text, w.start, w.end) for w in terms(text, use_stemmer=use_stemmer)]


def test_a_soft_hyphen_inside_a_highlighted_word_is_marked_whole() -> None:
    text = f"Pemerintah membangun panel fotovol{SHY}taik baru. Kalimat lain tanpa kata itu."
    match = MatchTerms(stems=frozenset({"fotovoltaik"}))
    assert f"<mark>fotovol{SHY}taik</mark>" in marked_html(highlight_all(text, match))
    assert f"<mark>fotovol{SHY}taik</mark>" in marked_html(snippet(text, match))
    decomposed = "Kafe sen\u0303or dibuka."
    assert "<mark>sen\u0303or</mark>" in marked_html(highlight_all(decomposed, MatchTerms(stems=frozenset({"senor"}))))


def test_search_finds_words_with_invisible_characters(tmp_path: Path) -> None:
    folder = tmp_path / "artikel"
    folder.mkdir()
    (folder / "a.txt").write_text(
        f"Panel Fotovol{SHY}taik Dibangun\n\n3 Juli 2024\n\nKafe Sen\u0303or dan re\u0301sume\u0301 rapat energi"
        f" sur{ZWSP}ya.\n",
        encoding="utf-8",
    )
    library = Library(tmp_path / "ix")
    library.add_folders([folder])
    library.sync()
    engine = SearchEngine(library)
    for query in ("fotovoltaik", "señor", "senor", "résumé", "surya"):
        result = engine.search(SearchRequest(query))
        assert result.total == 1, query
    hit = engine.search(SearchRequest("fotovoltaik")).hits[0]
    assert f"<mark>Fotovol{SHY}taik</mark>" in marked_html(hit.headline_marked)


WORDISH = st.text(alphabet="abcdeisnou -'.,", min_size=0, max_size=30)
INVISIBLE = st.sampled_from([SHY, ZWSP, ZWJ, ZWNJ, WJ, "\ufeff", "\u200e"])


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(st.tuples(WORDISH, st.lists(INVISIBLE, max_size=2)), max_size=8))
def test_invisible_characters_never_change_terms_and_spans_fit(pieces: list[tuple[str, list[str]]]) -> None:
    clean = "".join(text for text, _ in pieces)
    written = "".join(text + "".join(marks) for text, marks in pieces)
    got = tokenize(written)
    assert [t for t, _, _ in got] == [t for t, _, _ in tokenize(clean)]
    last = 0
    for term, start, end in got:
        assert last <= start < end <= len(written)
        assert [t for t, _, _ in tokenize(written[start:end])] == [term]
        last = end


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(max_size=40))
def test_any_text_maps_back_inside_itself(text: str) -> None:
    canon = canonical(text)
    for start in range(len(canon.text) + 1):
        for end in (start, min(len(canon.text), start + 1), len(canon.text)):
            if end < start:
                continue
            lo, hi = canon.span(start, end)
            assert 0 <= lo <= hi <= len(text)
