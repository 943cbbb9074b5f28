"""Query-time synonyms: the shipped list, the user file's format and errors, the fingerprint."""
from __future__ import annotations

import hashlib

import pytest

from telusur.analysis import fingerprint, resources
from telusur.analysis.synonyms import (
    SHIPPED_FILE,
    Origin,
    key_of,
    load_user_synonyms,
    parse_synonyms,
    shipped_synonyms,
)


def _phrases(table, text):
    return [e.phrase for e in table.lookup(text)]


def test_shipped_list_parses_without_errors():
    lines = (resources.RESOURCE_DIR / SHIPPED_FILE).read_text(encoding="utf-8").splitlines()
    table, errors = parse_synonyms(lines, source=SHIPPED_FILE, origin=Origin.SHIPPED)
    assert errors == []
    assert len(table.rules) > 50


SHIPPED = [
    # (typed, must expand to, must not expand to)
    ("narkoba", ["narkotika", "sabu", "ganja", "ekstasi"], []),
    ("sabu", [], ["narkoba", "ganja"]),  # one way: a drug does not find every drug
    ("narkotika", ["narkoba"], ["sabu"]),
    ("rusuh", ["ricuh"], []),
    ("ricuh", ["rusuh"], []),
    ("demo", ["unjuk rasa", "demonstrasi"], []),
    ("unjuk rasa", ["demo", "demonstrasi"], []),
    ("meninggal", ["wafat", "tutup usia", "berpulang"], []),
    ("wafat", ["meninggal"], []),
    ("tinggal", [], ["wafat"]),  # keys are unstemmed: meninggal's stem is tinggal
    ("Kaltim", ["Kalimantan Timur"], []),
    ("kalimantan timur", ["Kaltim"], []),
    ("jatim", ["Jawa Timur"], []),
    ("NTT", ["Nusa Tenggara Timur"], []),
    ("DIY", ["Daerah Istimewa Yogyakarta"], []),
    ("pembangkit listrik tenaga surya", ["PLTS"], []),
    ("PLTS", ["pembangkit listrik tenaga surya"], []),
]


@pytest.mark.parametrize(("typed", "wanted", "unwanted"), SHIPPED)
def test_shipped_expansions(typed, wanted, unwanted):
    got = _phrases(shipped_synonyms(), typed)
    assert all(w in got for w in wanted), got
    assert not any(u in got for u in unwanted), got
    assert all(e.origin is Origin.SHIPPED for e in shipped_synonyms().lookup(typed))


def test_find_in_query_terms_prefers_the_longest_phrase():
    table = shipped_synonyms()
    words = list(key_of("penangkapan bandar narkoba di Kalimantan Timur"))
    found = [(m.start, m.end, m.expansions[0].phrase) for m in table.find(words)]
    assert found == [(2, 3, "narkotika"), (3, 5, "Kaltim")]


USER_OK = [
    ("rusuh, ricuh", {"rusuh": ["ricuh"], "ricuh": ["rusuh"]}),
    ("  Rusuh ,RICUH  # same rule, odd spacing and case", {"rusuh": ["RICUH"], "ricuh": ["Rusuh"]}),
    ("narkoba => sabu, ganja", {"narkoba": ["sabu", "ganja"], "sabu": []}),
    ("pemilu, pemilihan umum", {"pemilihan umum": ["pemilu"]}),
    ("begal, jambret => kejahatan jalanan", {"begal": ["kejahatan jalanan"], "jambret": ["kejahatan jalanan"],
                                            "kejahatan jalanan": []}),
]


@pytest.mark.parametrize(("line", "expected"), USER_OK)
def test_user_rules(line, expected):
    table, errors = parse_synonyms(["# header", "", line], source="user.txt")
    assert errors == []
    for typed, phrases in expected.items():
        assert _phrases(table, typed) == phrases
        assert all(e.origin is Origin.USER for e in table.lookup(typed))


USER_ERRORS = [
    ("rusuh,, ricuh", "empty entry"),
    ("narkoba =>", "empty entry"),
    ("=> sabu", "empty entry"),
    ("a => b => c", "more than one '=>'"),
    ("narkoba", "at least two different entries"),
    ("sabu, sabu-sabu", "at least two different entries"),  # one word once analysed
    ("dalam, laut dalam", "'dalam' has no searchable word"),
    ("!!!, ricuh", "'!!!' has no searchable word"),
]


@pytest.mark.parametrize(("line", "message"), USER_ERRORS)
def test_user_errors_are_reported_per_line_and_skipped(line, message):
    table, errors = parse_synonyms(["rusuh, ricuh", line, "demo, unjuk rasa"], source="user.txt")
    assert len(errors) == 1
    assert errors[0].line == 2 and message in errors[0].message
    assert str(errors[0]).startswith("user.txt:2: ")
    # the good lines around it still count
    assert _phrases(table, "rusuh") == ["ricuh"] and _phrases(table, "demo") == ["unjuk rasa"]


def test_user_file_missing_unreadable_and_merged(tmp_path):
    assert load_user_synonyms(tmp_path / "none.txt") == (load_user_synonyms(tmp_path / "none.txt")[0], [])
    assert load_user_synonyms(tmp_path / "none.txt")[0].rules == {}
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("caf\xe9, kopi\n".encode("latin-1"))
    table, errors = load_user_synonyms(bad)
    assert table.rules == {} and len(errors) == 1 and "not UTF-8" in str(errors[0])
    assert bad.read_bytes() == "caf\xe9, kopi\n".encode("latin-1")  # never modified
    good = tmp_path / "sinonim.txt"
    good.write_text("\ufeffbegal, rampok\nsabu => narkoba\n", encoding="utf-8")
    user, errors = load_user_synonyms(good)
    assert errors == []
    both = shipped_synonyms().merged(user)
    assert _phrases(both, "begal") == ["rampok"]
    assert "narkoba" in _phrases(both, "sabu")
    assert [e.origin for e in both.lookup("rusuh")] == [Origin.SHIPPED]


def test_every_resource_file_is_index_time_or_query_time():
    files = {p.name for p in resources.RESOURCE_DIR.iterdir() if p.is_file()}
    index_time, query_time = set(resources.INDEX_TIME_FILES), set(resources.QUERY_TIME_FILES)
    assert not index_time & query_time
    assert files == index_time | query_time


def test_fingerprint_ignores_query_time_lists(monkeypatch, tmp_path):
    before = fingerprint()
    copy = tmp_path / "resources"
    copy.mkdir()
    for p in resources.RESOURCE_DIR.iterdir():
        (copy / p.name).write_bytes(p.read_bytes())
    monkeypatch.setattr(resources, "RESOURCE_DIR", copy)
    assert fingerprint() == before
    (copy / SHIPPED_FILE).write_text("begal, rampok\n", encoding="utf-8")
    assert fingerprint() == before
    (copy / "compounds.tsv").write_text("kerja\tsama\tkerjasama\n", encoding="utf-8")
    assert fingerprint() != before


def test_fingerprint_is_unchanged_for_existing_indexes():
    # the every-file hash of the three index-time lists, as before synonyms.txt existed
    digest = hashlib.sha256()
    for name in sorted(resources.INDEX_TIME_FILES):
        digest.update(name.encode())
        digest.update((resources.RESOURCE_DIR / name).read_bytes())
    assert resources.fingerprint() == digest.hexdigest()[:16]
