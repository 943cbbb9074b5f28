"""The one-pass indexing analysis gives exactly the terms of the two general passes."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from telusur.analysis.normalize import index_terms, normalize, tokenize
from telusur.analysis.resources import compounds, stopwords


def _general(text: str) -> tuple[list[tuple[str, int]], list[str]]:
    """What the index held before the one-pass path: normalize twice over tokenize
    (the stemmed pass with compound parts at the compound's position)."""
    words = tokenize(text)
    stemmed: list[tuple[str, int]] = []
    pos = 0
    for w in normalize(words, use_stemmer=True, parts=True):
        if w.stopped:
            continue
        if w.same_pos:
            stemmed.append((w.text, pos - 1))
        else:
            stemmed.append((w.text, pos))
            pos += 1
    exact = [w.text for w in normalize(words, use_stemmer=False)]
    return stemmed, exact


_COMPOUND_WORDS = sorted({w for pair in list(compounds())[:40] for w in pair})
_STOPWORDS = sorted(stopwords())[:60]
_TRICKY = [
    "Tokoh-tokoh", "anak-anak", "Tiongkok-Kazakhstan", "Covid-19", "masing-masing", "kerja", "sama",
    "bekerja", "Wali", "Kota", "wali-wali", "Xi'an", "2.300", "5,6", "1.000.000", "se‐hari", "pra‑kerja",
    "café", "Señor", "fotovol\u00adtaik", "sen\u0303or", "JAKARTA", "mempertanggungjawabkan", "di", "yang",
    "-", "--", "a-", "-b", "berlari-lari", "Rp", "PT", "tahun2020", "ＡＢＣ", "İstanbul",
]
_WORDS = st.sampled_from(_COMPOUND_WORDS + _STOPWORDS + _TRICKY)
_SEPARATORS = st.sampled_from([" ", " ", "  ", ", ", ". ", "\n", "\n\n", " (", ") ", "; ", " - ", "\u200b"])


@st.composite
def _texts(draw) -> str:
    words = draw(st.lists(st.one_of(_WORDS, st.text(min_size=1, max_size=8)), max_size=40))
    return "".join(word + draw(_SEPARATORS) for word in words)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(_texts())
def test_index_terms_equal_the_two_general_passes(text: str) -> None:
    assert index_terms(text) == _general(text)


def test_compounds_stopwords_and_reduplications() -> None:
    text = "Para tokoh-tokoh bekerja sama dengan wali kota, yang masing-masing di Xi'an membayar 2.300 rupiah."
    stemmed, exact = index_terms(text)
    assert (stemmed, exact) == _general(text)
    terms = [t for t, _ in stemmed]
    assert "kerjasama" in terms and "walikota" in terms  # compounds joined in the stemmed field only
    assert ("kota", dict(stemmed)["walikota"]) in stemmed  # with their parts at the compound's position
    assert "yang" in exact and "yang" not in stemmed  # stopwords only in the exact field
    assert "tokoh" in exact and "2300" in exact
