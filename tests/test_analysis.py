"""Word -> indexed terms, table-driven, including the odd cases."""
from __future__ import annotations

import pickle

import pytest

from telusur.analysis import indonesian_analyzer, stem, terms

STEMMED = [
    # inflections of one root
    ("tangkap", ["tangkap"]),
    ("menangkap", ["tangkap"]),
    ("ditangkap", ["tangkap"]),
    ("penangkapan", ["tangkap"]),
    ("memperkuat", ["kuat"]),
    ("penguatan", ["kuat"]),
    ("diperkuat", ["kuat"]),
    # clitics -nya/-lah/-kah/-pun
    ("rumahnya", ["rumah"]),
    ("pergilah", ["pergi"]),
    ("siapakah", []),  # a stopword
    ("bukunya", ["buku"]),
    ("rumahpun", ["rumah"]),
    ("tahukah", ["tahu"]),
    ("hartanyalah", ["harta"]),
    ("benarkah", []),  # a stopword with its particle
    # reduplication collapses, other hyphenated words split into parts
    ("tokoh-tokoh", ["tokoh"]),
    ("negara-negara", ["negara"]),
    ("Tiongkok-Kazakhstan", ["tiongkok", "kazakhstan"]),
    ("sayur-mayur", ["sayur", "mayur"]),
    ("Covid-19", ["covid", "19"]),
    # compounds written apart or joined index alike
    ("kerja sama", ["kerjasama"]),
    ("kerjasama", ["kerjasama"]),
    ("bekerja sama", ["kerjasama"]),
    ("Wali Kota", ["walikota"]),
    ("walikota", ["walikota"]),
    ("tanda tangan", ["tandatangan"]),
    ("menandatangani", ["tandatangan"]),
    # apostrophes, numbers, case and accents
    ("Xi'an", ["xian"]),
    ("Xi’an", ["xian"]),
    ("2.300", ["2300"]),
    ("5,6", ["5,6"]),
    ("2019", ["2019"]),
    ("Café", ["cafe"]),
    ("FOTOVOLTAIK", ["fotovoltaik"]),
    # names Sastrawi would cut
    ("Kediri", ["kediri"]),
    ("Bekasi", ["bekasi"]),
    ("Bandung", ["bandung"]),
    # stopwords from PySastrawi's list vanish, kept words stay
    ("yang dan di", []),
    ("kasus baru", ["kasus", "baru"]),
]

EXACT = [
    ("pembangunan", ["pembangunan"]),
    ("Tokoh-tokoh", ["tokoh"]),
    ("kerja sama", ["kerja", "sama"]),
    ("Kediri", ["kediri"]),
]


@pytest.mark.parametrize("text,expected", STEMMED)
def test_stemmed_terms(text: str, expected: list[str]) -> None:
    assert [w.text for w in terms(text)] == expected


@pytest.mark.parametrize("text,expected", EXACT)
def test_exact_terms(text: str, expected: list[str]) -> None:
    assert [w.text for w in terms(text, use_stemmer=False)] == expected


@pytest.mark.parametrize("text", [t for t, _ in STEMMED] + ["Presiden Xi Jinping di Xi'an, 2.300 orang; tokoh-tokoh."])
def test_whoosh_analyzer_agrees_with_highlighter(text: str) -> None:
    """The index and the snippet highlighter must see the same terms."""
    analyzer = indonesian_analyzer()
    assert [t.text for t in analyzer(text)] == [w.text for w in terms(text)]


def test_offsets_point_at_surface_words() -> None:
    text = "Hubungan Tiongkok-Kazakhstan dan kerja sama energi"
    found = {w.text: text[w.start : w.end] for w in terms(text)}
    assert found["kazakhstan"] == "Kazakhstan"
    assert found["tiongkok"] == "Tiongkok"
    assert found["kerjasama"] == "kerja sama"


def test_positions_skip_stopwords_so_phrases_match() -> None:
    analyzer = indonesian_analyzer()
    positions = [(t.text, t.pos) for t in analyzer("presiden dan wakil presiden", positions=True)]
    assert positions == [("presiden", 0), ("wakil", 1), ("presiden", 2)]


def test_analyzer_pickles_small_without_stemmer() -> None:
    """Whoosh stores the analyzer in the index: it must stay tiny and reloadable."""
    data = pickle.dumps(indonesian_analyzer())
    assert len(data) < 2000
    restored = pickle.loads(data)
    assert [t.text for t in restored("penangkapan")] == ["tangkap"]


def test_stem_is_cached_and_leaves_numbers_alone() -> None:
    assert stem("2.300") == "2.300"
    stem.cache_clear()
    stem("menangkap")
    stem("menangkap")
    assert stem.cache_info().hits >= 1
