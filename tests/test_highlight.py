"""Snippet highlighting: the sentence pre-filter must never lose a match."""
from __future__ import annotations

import pytest
from helpers import SEED

from telusur.analysis import terms
from telusur.index.articles import parse_article
from telusur.searcher.highlight import MatchTerms, highlight_all, marked_html, match_spans, snippet

BODY = parse_article(SEED.read_text(encoding="utf-8")).body + (
    "\n\nPolisi menangkap bandar. Penangkapan berlangsung di Xi'an. Café tutup. "
    "Tokoh-tokoh menandatangani kerja sama senilai 12.500 dolar. Wali Kota hadir."
)


def _all_spans(text: str, match: MatchTerms) -> list[tuple[int, int]]:
    """Reference: analyse the whole text, no pre-filter."""
    spans = [(w.start, w.end) for w in terms(text, use_stemmer=True) if w.text in match.stems]
    spans += [(w.start, w.end) for w in terms(text, use_stemmer=False) if w.text in match.exact]
    return sorted(set(spans))


@pytest.mark.parametrize(
    "stems,exact",
    [
        ({"kuat"}, set()),
        ({"tangkap"}, set()),
        ({"xian"}, set()),
        ({"cafe"}, set()),
        ({"tokoh", "tandatangan"}, set()),
        ({"kerjasama", "walikota"}, set()),
        ({"12500"}, set()),
        ({"kazakhstan", "tiongkok"}, set()),
        (set(), {"pembangunan", "penangkapan"}),
    ],
)
def test_prefilter_finds_every_match(stems: set[str], exact: set[str]) -> None:
    match = MatchTerms(frozenset(stems), frozenset(exact))
    expected = _all_spans(BODY, match)
    assert expected, "the case must have matches"
    assert match_spans(BODY, match) == expected


def test_snippet_and_preview_escape_and_mark() -> None:
    match = MatchTerms(frozenset({"tangkap"}))
    text = "Judul <b>x</b>. Polisi menangkap <script>bandar</script>."
    assert marked_html(snippet(text, match)).count("<mark>") == 1
    assert "&lt;script&gt;" in marked_html(snippet(text, match))
    assert marked_html(highlight_all(text, match)) == (
        "Judul &lt;b&gt;x&lt;/b&gt;. Polisi <mark>menangkap</mark> &lt;script&gt;bandar&lt;/script&gt;."
    )


def test_snippet_without_match_starts_at_the_beginning() -> None:
    shown = snippet("Kalimat pertama. Kalimat kedua.", MatchTerms(frozenset({"zzz"})))
    assert shown.text.startswith("Kalimat pertama.") and not shown.spans


def test_snippets_are_text_with_match_spans_and_each_caller_renders() -> None:
    shown = snippet("Polisi <b>menangkap</b> bandar.", MatchTerms(stems=frozenset({"tangkap"})))
    assert shown.text == "Polisi <b>menangkap</b> bandar."  # the article's own text, unescaped
    assert [shown.text[s:e] for s, e in shown.spans] == ["menangkap"]
    assert marked_html(shown) == "Polisi &lt;b&gt;<mark>menangkap</mark>&lt;/b&gt; bandar."


def test_a_cut_snippet_keeps_its_spans_on_the_matched_words() -> None:
    lead = "Kalimat pembuka yang panjang sekali. " * 40
    text = lead + "Polisi menangkap bandar narkoba di Medan. " + "Penutup. " * 40
    shown = snippet(text, MatchTerms(stems=frozenset({"tangkap", "bandar"})))
    assert shown.text.startswith("… ") and shown.text.endswith(" …")
    assert [shown.text[s:e] for s, e in shown.spans] == ["menangkap", "bandar"]
