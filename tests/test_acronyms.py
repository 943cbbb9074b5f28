"""Acronym definitions and the learnt table, table-driven on real sentence patterns."""
from __future__ import annotations

from collections import Counter

import pytest

from telusur.analysis.acronym_table import (
    AcronymTable,
    Pair,
    Policy,
    Verdict,
    build_expansions,
    document_pairs,
    long_key,
)
from telusur.analysis.acronyms import Order, find_definitions

FOUND = [
    # initials, long form first
    ("Saham Badan Usaha Milik Negara (BUMN) naik.", [("BUMN", "Badan Usaha Milik Negara")]),
    ("Ketua Dewan Perwakilan Rakyat Daerah (DPRD) DKI hadir.", [("DPRD", "Dewan Perwakilan Rakyat Daerah")]),
    ("laga di Stadion Utama Gelora Bung Karno (SUGBK), Senayan.", [("SUGBK", "Stadion Utama Gelora Bung Karno")]),
    ("Pembangkit Listrik Tenaga Surya (PLTS) Cirata.", [("PLTS", "Pembangkit Listrik Tenaga Surya")]),
    ("ekspor ke Amerika Serikat (AS) naik", [("AS", "Amerika Serikat")]),
    # hyphenated words count as two (Undang-undang), function words are skipped
    ("revisi Kitab Undang-undang Hukum Pidana (KUHP) ditunda", [("KUHP", "Kitab Undang-undang Hukum Pidana")]),
    ("Partai Demokrasi Indonesia Perjuangan (PDI-P) menang", [("PDI-P", "Partai Demokrasi Indonesia Perjuangan")]),
    # the shortest long form that explains the acronym (no "Kepala", no "Fraksi")
    ("Kepala Badan Narkotika Nasional (BNN) Heru Winarko", [("BNN", "Badan Narkotika Nasional")]),
    ("dari Fraksi Partai Amanat Nasional (PAN) menolak", [("PAN", "Partai Amanat Nasional")]),
    # syllable acronyms
    ("Kementerian Hukum dan HAM (Kemenkumham) menolak", [("Kemenkumham", "Kementerian Hukum dan HAM")]),
    ("anggota Kepolisian Daerah (Polda) Metro Jaya", [("Polda", "Kepolisian Daerah")]),
    ("Gubernur Kalimantan Timur (Kaltim) Isran Noor", [("Kaltim", "Kalimantan Timur")]),
    ("macet di Jakarta, Bogor, Depok, Tangerang, Bekasi (Jabodetabek) kemarin",
     [("Jabodetabek", "Jakarta, Bogor, Depok, Tangerang, Bekasi")]),
    ("Kementerian Pendidikan dan Kebudayaan (Kemendikbud) mengumumkan",
     [("Kemendikbud", "Kementerian Pendidikan dan Kebudayaan")]),
    ("kampanye Pemilihan Legislatif (Pileg) 2019", [("Pileg", "Pemilihan Legislatif")]),
    ("Kepala Kepolisian Republik Indonesia (Kapolri) Tito", [("Kapolri", "Kepala Kepolisian Republik Indonesia")]),
    ("Menteri Luar Negeri (Menlu) Retno Marsudi", [("Menlu", "Menteri Luar Negeri")]),
    ("Satuan Reserse Narkoba (Satresnarkoba) Polres Anambas", [("Satresnarkoba", "Satuan Reserse Narkoba")]),
    # a two-word short form across a comma-separated long form
    ("Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan (Kemenko Polhukam) rapat",
     [("Kemenko Polhukam", "Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan")]),
    # nested parentheses: the inner definition is found, the outer one is not a definition
    ("Hal itu (kata Kepala Badan Narkotika Nasional (BNN) Heru Winarko) benar.",
     [("BNN", "Badan Narkotika Nasional")]),
    ("Komisi Pemberantasan Korupsi (KPK (lembaga antirasuah)) memeriksa",
     [("KPK", "Komisi Pemberantasan Korupsi")]),
    # two definitions in one sentence: the second stops at the first's parenthesis
    ("Komisi Pemberantasan Korupsi (KPK) dan Badan Narkotika Nasional (BNN) bekerja sama",
     [("KPK", "Komisi Pemberantasan Korupsi"), ("BNN", "Badan Narkotika Nasional")]),
    # an editor's mark or a legal form after the long form is not part of it
    ("saham PT Eastparc Hotel Tbk (EAST) turun", [("EAST", "Eastparc Hotel")]),
    ("ini jadi PR (pekerjaan rumah-red) kita semua", [("PR", "pekerjaan rumah")]),
    # a capitalised long form does not end in a stray lower-case word
    ("dan Yayasan Lembaga Bantuan Hukum Indonesia akan (YLBHI).",
     [("YLBHI", "Yayasan Lembaga Bantuan Hukum Indonesia")]),
    ("menteri luar negeri (Menlu) Retno", [("Menlu", "menteri luar negeri")]),
    # false positives: credits, numbers, directions, sources, legal forms
    ("Presiden Joko Widodo (kanan) berbincang (foto: ANTARA).", []),
    ("Korban Ahmad Sutarjo (22) tewas di tempat.", []),
    ("Suasana rapat (ist).", []),
    ("kata Vladimir Putin (Reuters).", []),
    ("PT Perusahaan Listrik Negara (Persero) rugi", []),
    ("Hingga Jumat (20/9/2019) malam", []),
    # names: a nickname after a one-word name, initials after a person cue or an honorific
    ("Tajudin (Udin) pergi ke pasar", []),
    ("harus digeser oleh Milomir Seslija (Milo) bermain", []),
    ("tersangka Muhammad Rizki (MR) ditangkap", []),
    ("kata H Muhammad Rizki (MR) kepada wartawan", []),
    ("KPK juga menetapkan Asisten Pribadi Menpora, Miftahul Ulum (MIU) sebagai", []),
    ("KPK menetapkan Nurdin Basirun (NBA) sebagai", []),
    # ... but two-word names of things (derived words count by their root) stay
    ("sesuai Peraturan Pemerintah (PP) Nomor 71", [("PP", "Peraturan Pemerintah")]),
    ("teknologi Artificial Intelligence (AI) dan", [("AI", "Artificial Intelligence")]),
    ("Wakil Presiden Jusuf Kalla (JK) hadir", [("JK", "Jusuf Kalla")]),
    ("Balikpapan (BPN) - Tanjung Selor (TJS) pulang", [("TJS", "Tanjung Selor")]),
    # the parenthesis only repeats the words
    ("program Speed Up (speed up) diluncurkan", []),
    # no capital letter: an ordinary word in parentheses
    ("media sosial (medsos) ramai", []),
    # the parenthesis explains nothing the acronym spells
    ("Bandara Raja Haji Fisabilillah (Tanjung Pinang) ramai", []),
    ("Batik Air Penerbangan ID-7270 Balikpapan (BPN) tiba", []),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_definitions_found(text, expected):
    assert [(d.short, d.long) for d in find_definitions(text)] == expected


SHORT_FIRST = [
    ("KPK (Komisi Pemberantasan Korupsi) memeriksa saksi", ("KPK", "Komisi Pemberantasan Korupsi")),
    ("Kemenkumham (Kementerian Hukum dan HAM) menolak", ("Kemenkumham", "Kementerian Hukum dan HAM")),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_FIRST)
def test_short_form_first(text, expected):
    (d,) = find_definitions(text)
    assert (d.short, d.long, d.order) == (*expected, Order.SHORT_FIRST)
    assert text[d.start : d.end].startswith(expected[0]) and text[d.start : d.end].endswith(")")


def test_span_covers_long_form_and_parenthesis():
    text = "Saham Badan Usaha Milik Negara (BUMN) naik."
    (d,) = find_definitions(text)
    assert text[d.start : d.end] == "Badan Usaha Milik Negara (BUMN)"


def test_unbalanced_parentheses_do_not_break():
    assert find_definitions("a (b (Badan Usaha Milik Negara (BUMN) c ) ) ) (") != []
    assert find_definitions(")))(((") == []


def test_document_pairs_are_a_set_with_folded_long_forms():
    text = "Badan Usaha Milik Negara (BUMN) ... badan usaha milik negara (BUMN) lagi. Undang-Undang (UU) baru."
    assert document_pairs(text) == {Pair("BUMN", "badan usaha milik negara"), Pair("UU", "undang undang")}
    assert long_key("Badan Meteorologi, Klimatologi, dan Geofisika") == "badan meteorologi klimatologi dan geofisika"


def _counts(rows):
    return Counter({Pair(s, long): n for s, long, n in rows})


DECISIONS = [
    # (pairs with support, policy, acronym typed, expected verdict, expected long forms for the typed token)
    ([("KPK", "komisi pemberantasan korupsi", 50)], Policy(), "KPK", Verdict.EXPANDS,
     ("komisi pemberantasan korupsi",)),
    # typed in lower case: a long acronym still expands
    ([("KPK", "komisi pemberantasan korupsi", 50)], Policy(), "kpk", Verdict.EXPANDS,
     ("komisi pemberantasan korupsi",)),
    # a dominant sense wins over a rare one
    ([("PN", "pengadilan negeri", 30), ("PN", "pengadilan niaga", 1)], Policy(), "PN", Verdict.EXPANDS,
     ("pengadilan negeri",)),
    # two real senses, none dominant: no expansion at all
    ([("PKB", "partai kebangkitan bangsa", 47), ("PKB", "pajak kendaraan bermotor", 19)], Policy(), "PKB",
     Verdict.AMBIGUOUS, ()),
    ([("SDA", "sumber daya air", 8), ("SDA", "sumber daya alam", 4)], Policy(), "SDA", Verdict.AMBIGUOUS, ()),
    # spelling variants of one sense are one sense (typos, one extra last word, punctuation)
    ([("DIM", "daftar inventaris masalah", 21), ("DIM", "daftar inventarisasi masalah", 18)], Policy(), "DIM",
     Verdict.EXPANDS, ("daftar inventaris masalah",)),
    ([("Walhi", "wahana lingkungan hidup", 16), ("Walhi", "wahana lingkungan hidup indonesia", 10)], Policy(),
     "Walhi", Verdict.EXPANDS, ("wahana lingkungan hidup",)),
    ([("Menristek", "menteri riset dan teknologi", 7), ("Menristek", "menteri negara riset dan teknologi", 2)],
     Policy(), "Menristek", Verdict.EXPANDS, ("menteri riset dan teknologi",)),
    # defined in one article only: too rare to trust
    ([("SAIK", "sinergi aksi informasi komunikasi", 1)], Policy(), "SAIK", Verdict.TOO_RARE, ()),
    ([("SAIK", "sinergi aksi informasi komunikasi", 1)], Policy(min_support=1), "SAIK", Verdict.EXPANDS,
     ("sinergi aksi informasi komunikasi",)),
    # case decides for short acronyms: AS the country, not the word "as"
    ([("AS", "amerika serikat", 300)], Policy(), "AS", Verdict.EXPANDS, ("amerika serikat",)),
    ([("AS", "amerika serikat", 300)], Policy(), "as", Verdict.EXPANDS, ()),
    ([("AS", "amerika serikat", 300)], Policy(), "As", Verdict.EXPANDS, ()),
    # spellings of one acronym pool their support
    ([("PDI-P", "partai demokrasi indonesia perjuangan", 3), ("PDIP", "partai demokrasi indonesia perjuangan", 2)],
     Policy(min_support=4), "PDIP", Verdict.EXPANDS, ("partai demokrasi indonesia perjuangan",)),
]


@pytest.mark.parametrize(("rows", "policy", "typed", "verdict", "long_forms"), DECISIONS)
def test_ambiguity_decisions(rows, policy, typed, verdict, long_forms):
    exp = build_expansions(_counts(rows), policy)
    (decision,) = exp.decisions.values()
    assert decision.verdict is verdict
    assert exp.long_forms(typed) == long_forms


def test_trusted_acronyms_inside_long_forms_are_spelled_out():
    exp = build_expansions(_counts([
        ("HAM", "hak asasi manusia", 50),
        ("Menkumham", "menteri hukum dan hak asasi manusia", 21), ("Menkumham", "menteri hukum dan ham", 9),
    ]), Policy())
    assert exp.decisions["menkumham"].verdict is Verdict.EXPANDS
    assert exp.long_forms("Menkumham") == ("menteri hukum dan hak asasi manusia",)
    assert exp.decisions["menkumham"].senses[0].support == 30


def test_long_form_to_acronym_only_for_trusted_pairs():
    exp = build_expansions(_counts([
        ("BUMN", "badan usaha milik negara", 40),
        ("PKB", "partai kebangkitan bangsa", 47), ("PKB", "pajak kendaraan bermotor", 19),
    ]), Policy())
    # the query's index terms, as the analyzer makes them
    assert exp.acronyms(["saham", "badan", "usaha", "milik", "negara", "turun"]) == [(1, 5, ("BUMN",))]
    assert exp.acronyms(["partai", "bangkit", "bangsa"]) == []


def test_table_add_remove_merge_and_json_round_trip():
    a = {Pair("BUMN", "badan usaha milik negara"), Pair("AS", "amerika serikat")}
    b = {Pair("BUMN", "badan usaha milik negara")}
    table = AcronymTable.from_documents([a, b])
    assert table.counts[Pair("BUMN", "badan usaha milik negara")] == 2
    table.remove(a)
    assert dict(table.counts) == {Pair("BUMN", "badan usaha milik negara"): 1}
    other = AcronymTable.from_documents([a])
    table.merge(other)
    assert table.counts[Pair("BUMN", "badan usaha milik negara")] == 2
    again = AcronymTable.from_json(table.to_json())
    assert again.counts == table.counts
    with pytest.raises(ValueError, match="out of step"):
        AcronymTable().remove(b)


@pytest.mark.parametrize("bad", ["", "[]", '{"format": 99, "pairs": []}', '{"format": 1, "pairs": [["a", 2, 3]]}'])
def test_table_json_errors_are_value_errors(bad):
    with pytest.raises(ValueError):
        AcronymTable.from_json(bad)


def test_learning_from_articles_end_to_end():
    articles = [
        "Saham Badan Usaha Milik Negara (BUMN) naik. BUMN itu untung.",
        "Menteri Badan Usaha Milik Negara (BUMN) Erick Thohir.",
        "Perusahaan BUMN (Badan Usaha Milik Negara) merugi.",
    ]
    table = AcronymTable.from_documents(document_pairs(t) for t in articles)
    exp = table.expansions()
    assert exp.long_forms("BUMN") == ("badan usaha milik negara",)
    assert exp.long_forms("bumn") == ("badan usaha milik negara",)
