"""Acronyms learnt at index time and synonyms, expanding queries below the typed words."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import write_article

from telusur.analysis.acronym_table import Pair
from telusur.cli import main
from telusur.index import Library
from telusur.index.acronym_store import TABLE_FILE, decode_pairs, encode_pairs
from telusur.searcher import SearchEngine, SearchRequest
from telusur.searcher.expand import Lookups, expand_text, form_weight
from telusur.searcher.requests import Why

BUMN = Pair("BUMN", "badan usaha milik negara")


def _names(result) -> list[str]:
    return [Path(h.path).name for h in result.hits]


@pytest.fixture
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    # Two articles define BUMN (enough support); the others use one form only.
    write_article(folder, "def1.txt", "Menteri baru", "12 Sep 2019",
                  "Kementerian Badan Usaha Milik Negara (BUMN) menunjuk direksi.")
    write_article(folder, "def2.txt", "Direksi diganti", "12 Sep 2019",
                  "BUMN (Badan Usaha Milik Negara) karya mengganti direksi.")
    write_article(folder, "short.txt", "Laba tumbuh", "13 Sep 2019", "Laba BUMN tumbuh tahun ini.")
    write_article(folder, "long.txt", "Laba tumbuh", "13 Sep 2019", "Laba badan usaha milik negara tumbuh tahun ini.")
    # AS: two letters, so case-sensitive; PN: two senses, none dominant.
    for i in range(2):
        write_article(folder, f"as{i}.txt", "Perang dagang", "14 Sep 2019",
                      "Amerika Serikat (AS) menaikkan tarif impor baja.")
    write_article(folder, "pn1.txt", "Sidang", "15 Sep 2019", "Pengadilan Negeri (PN) Jakarta Selatan bersidang.")
    write_article(folder, "pn2.txt", "Sidang", "15 Sep 2019", "Pengadilan Negeri (PN) Bandung bersidang.")
    write_article(folder, "pn3.txt", "Pemilu", "15 Sep 2019", "Partai Nasional (PN) berkampanye lagi.")
    write_article(folder, "pn4.txt", "Pemilu", "15 Sep 2019", "Partai Nasional (PN) berkampanye di kota.")
    write_article(folder, "tarif.txt", "Tarif baja naik", "16 Sep 2019", "Tarif baja naik di Amerika Serikat.")
    write_article(folder, "demo.txt", "Unjuk rasa buruh", "16 Sep 2019",
                  "Ribuan buruh berunjuk rasa menolak upah murah.")
    # Every word of the long form, scattered, against an article about the BUMN.
    write_article(folder, "scattered.txt", "Usaha keluarga milik negara tetangga", "17 Sep 2019",
                  "Badan usaha keluarga itu milik warga negara tetangga. Usaha itu maju, usaha keluarga.")
    write_article(folder, "about.txt", "BUMN merugi", "17 Sep 2019", "Sebuah BUMN merugi tahun ini.")
    return folder


@pytest.fixture
def library(tmp_path: Path, news: Path) -> Library:
    lib = Library(tmp_path / "ix")
    lib.add_folders([news])
    lib.sync()
    return lib


@pytest.fixture
def engine(library: Library) -> SearchEngine:
    return SearchEngine(library)


def test_pairs_round_trip_through_the_column() -> None:
    pairs = frozenset({BUMN, Pair("AS", "amerika serikat")})
    assert decode_pairs(encode_pairs(pairs)) == pairs
    assert decode_pairs(b"") == frozenset()
    assert decode_pairs(b"garbage\nBUMN\tbadan usaha milik negara") == {BUMN}


def test_the_table_is_learnt_at_index_time_and_kept_beside_the_index(library: Library) -> None:
    table = library.acronym_table()
    assert table.counts[BUMN] == 2
    saved = json.loads((library.index_dir / TABLE_FILE).read_text(encoding="utf-8"))
    assert ["BUMN", "badan usaha milik negara", 2] in saved["table"]


def test_a_sync_adds_and_removes_an_articles_pairs(library: Library, news: Path) -> None:
    write_article(news, "def3.txt", "Lagi", "17 Sep 2019", "Badan Usaha Milik Negara (BUMN) lain.")
    library.sync()
    assert library.acronym_table().counts[BUMN] == 3
    (news / "def1.txt").unlink()
    write_article(news, "def2.txt", "Direksi diganti", "12 Sep 2019", "Tanpa singkatan kali ini.")
    library.sync()
    assert library.acronym_table().counts[BUMN] == 1


@pytest.mark.parametrize("damage", ["missing", "corrupt", "other generation"])
def test_a_missing_corrupt_or_stale_table_is_rebuilt_from_the_index(library: Library, damage: str) -> None:
    path = library.index_dir / TABLE_FILE
    if damage == "missing":
        path.unlink()
    elif damage == "corrupt":
        path.write_text('{"format": 1, "generation"', encoding="utf-8")
    else:
        data = json.loads(path.read_text(encoding="utf-8"))
        data["key"] = "1:another-segment"
        data["table"] = [["XYZ", "bukan apa apa", 9]]
        path.write_text(json.dumps(data), encoding="utf-8")
    table = library.acronym_table()
    assert table.counts[BUMN] == 2 and Pair("XYZ", "bukan apa apa") not in table.counts
    assert json.loads(path.read_text(encoding="utf-8"))["table"]  # written again


def test_an_acronym_also_finds_its_long_form(engine: SearchEngine) -> None:
    result = engine.search(SearchRequest("laba bumn"))
    assert set(_names(result)) == {"short.txt", "long.txt"}
    assert [e.to_json() for e in result.expanded] == [
        {"from": "bumn", "to": ["badan usaha milik negara"], "why": "acronym"}
    ]


def test_a_long_form_also_finds_its_acronym(engine: SearchEngine) -> None:
    result = engine.search(SearchRequest("laba badan usaha milik negara"))
    assert set(_names(result)) == {"short.txt", "long.txt"}
    assert result.expanded[0].forms == ("BUMN",) and result.expanded[0].why is Why.ACRONYM


@pytest.mark.parametrize("query,first", [("laba bumn", "short.txt"), ("laba badan usaha milik negara", "long.txt")])
def test_the_typed_form_ranks_first(engine: SearchEngine, query: str, first: str) -> None:
    # short.txt and long.txt are the same sentence with one form each.
    result = engine.search(SearchRequest(query))
    assert _names(result) == [first, ({"short.txt", "long.txt"} - {first}).pop()]
    assert result.hits[0].score > result.hits[1].score


def test_an_article_about_the_acronym_outranks_the_long_forms_words_scattered(engine: SearchEngine) -> None:
    # The acronym stands for the four words typed, so it weighs as four words, not one.
    names = _names(engine.search(SearchRequest("badan usaha milik negara")))
    assert names.index("about.txt") < names.index("scattered.txt")


@pytest.mark.parametrize(
    "typed,expanded",
    [
        ("demo", '(demo OR "unjuk rasa"^0.45 OR demonstrasi^0.9)'),  # one word typed: a phrase shares it out
        ("banjir kalbar", 'banjir (kalbar OR "kalimantan barat"^0.45)'),
        ("kalimantan barat", "((kalimantan barat) OR kalbar^1.8)"),  # two words typed: one word weighs two
        ("harga bahan bakar minyak", "harga ((bahan bakar minyak) OR bbm^2.7)"),
        ("pembangkit listrik tenaga surya", "((pembangkit listrik tenaga surya) OR plts^3.6)"),
    ],
)
def test_a_forms_weight_is_per_word_typed(typed: str, expanded: str) -> None:
    from telusur.analysis.synonyms import shipped_synonyms

    assert expand_text(typed, Lookups(None, shipped_synonyms())).text == expanded


@pytest.mark.parametrize(
    "typed_words,form_words,weight",
    [(1, 1, 0.9), (1, 3, 0.3), (3, 1, 2.7), (2, 2, 0.9), (0, 0, 0.9)],
)
def test_form_weight_table(typed_words: int, form_words: int, weight: float) -> None:
    assert form_weight(0.9, typed_words, form_words) == pytest.approx(weight)


def test_quoted_words_are_never_expanded(engine: SearchEngine) -> None:
    result = engine.search(SearchRequest('laba "bumn"'))
    assert _names(result) == ["short.txt"] and result.expanded == ()


def test_no_expand_switches_one_expansion_off(engine: SearchEngine) -> None:
    result = engine.search(SearchRequest("laba bumn", no_expand=frozenset({"BUMN"})))
    assert _names(result) == ["short.txt"] and result.expanded == ()


def test_an_ambiguous_acronym_does_not_expand(engine: SearchEngine) -> None:
    assert engine.search(SearchRequest("PN")).expanded == ()


def test_case_decides_for_short_acronyms(engine: SearchEngine) -> None:
    upper = engine.search(SearchRequest("tarif AS"))
    assert "tarif.txt" in _names(upper)
    assert upper.expanded[0].forms == ("amerika serikat",)
    assert engine.search(SearchRequest("tarif as")).expanded == ()
    # and "amerika serikat" never searches "as": the lower-cased index cannot tell it from the word
    assert engine.search(SearchRequest("amerika serikat")).expanded == ()


def test_shipped_synonyms_expand(engine: SearchEngine) -> None:
    result = engine.search(SearchRequest("demo buruh"))
    assert _names(result) == ["demo.txt"]
    assert result.expanded[0].why is Why.SYNONYM and "unjuk rasa" in result.expanded[0].forms


def test_the_user_synonym_file_is_read_when_it_changes(engine: SearchEngine, library: Library) -> None:
    assert _names(engine.search(SearchRequest("logam"))) == []
    library.synonyms_file.write_text("logam => baja\n", encoding="utf-8")
    result = engine.search(SearchRequest("logam"))
    assert set(_names(result)) == {"as0.txt", "as1.txt", "tarif.txt"}
    assert [(e.source, e.forms, e.why) for e in result.expanded] == [("logam", ("baja",), Why.USER)]
    assert engine.search(SearchRequest("baja")).expanded == ()  # one way


def test_expansion_leaves_negated_and_field_words_alone() -> None:
    from telusur.analysis.synonyms import shipped_synonyms

    lookups = Lookups(None, shipped_synonyms())
    assert expand_text("banjir NOT demo", lookups).expanded == ()
    assert expand_text("banjir -demo", lookups).expanded == ()
    assert expand_text("judul:demo", lookups).expanded == ()
    assert expand_text("demo*", lookups).expanded == ()
    assert [e.source for e in expand_text("demo OR rusuh", lookups).expanded] == ["demo", "rusuh"]


def test_engine_without_expansion(library: Library) -> None:
    result = SearchEngine(library, expand=False).search(SearchRequest("laba bumn"))
    assert _names(result) == ["short.txt"] and result.expanded == ()


def test_cli_json_has_expanded_and_no_expand(library: Library, capsys) -> None:
    args = ["--index-dir", str(library.index_dir), "search", "laba", "bumn", "--json"]
    assert main(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["expanded"] == [{"from": "bumn", "to": ["badan usaha milik negara"], "why": "acronym"}]
    assert main([*args, "--no-expand", "bumn"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["expanded"] == [] and out["total"] == 1


def test_cli_synonyms_shows_the_file_its_errors_and_what_is_active(library: Library, capsys) -> None:
    assert main(["--index-dir", str(library.index_dir), "synonyms"]) == 0
    out = capsys.readouterr().out
    assert str(library.synonyms_file) in out and "not there yet" in out
    assert "BUMN <-> badan usaha milik negara" in out and "rusuh -> ricuh" in out
    library.synonyms_file.write_text("baja, logam\nbaja,, besi\n", encoding="utf-8")
    assert main(["--index-dir", str(library.index_dir), "synonyms", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["user_rules"] == {"baja": ["logam"], "logam": ["baja"]}
    assert [e["line"] for e in data["errors"]] == [2]


def test_decided_expansions_are_kept_and_a_broken_file_is_decided_again(library: Library) -> None:
    from telusur.index.acronym_store import DECIDED_FILE

    ix = library.whoosh_index()
    with ix.reader() as reader:
        first = library.acronym_expansions(reader)
        assert (library.index_dir / DECIDED_FILE).exists()
        (library.index_dir / DECIDED_FILE).write_bytes(b"not a pickle")
        again = library.acronym_expansions(reader)
    assert first.long_forms("BUMN") == again.long_forms("BUMN") == ("badan usaha milik negara",)


def test_a_failing_table_write_does_not_fail_the_sync(library: Library, news: Path, monkeypatch) -> None:
    import telusur.index.library as library_module

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(library_module, "refresh_table", broken)
    write_article(news, "def3.txt", "Lagi", "17 Sep 2019", "Badan Usaha Milik Negara (BUMN) lain.")
    assert library.sync().added == 1
    monkeypatch.undo()
    assert library.acronym_table().counts[BUMN] == 3  # computed again from the index


def test_the_relaxed_fallback_searches_only_the_words_typed(engine: SearchEngine, library: Library) -> None:
    # No article has every word: any word may match, and nothing is expanded (nor said to be).
    result = engine.search(SearchRequest("laba bumn zzyzx"))
    assert result.relaxed and result.expanded == ()
    plain = SearchEngine(library, expand=False).search(SearchRequest("laba bumn zzyzx"))
    assert _names(result) == _names(plain) and _names(result)[0] == "short.txt"
