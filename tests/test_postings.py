"""Postings computed ahead of the writer must equal what Whoosh's own analysis makes."""
from __future__ import annotations

import pytest
from helpers import SEED

from telusur.index.articles import parse_article
from telusur.index.postings import Postings, encode_postings, text_terms
from telusur.index.schema import build_schema

TEXTS = [
    parse_article(SEED.read_text(encoding="utf-8")).body,
    "Tokoh-tokoh Papua bekerja sama dengan Wali Kota; 2.300 orang di Xi'an, yang dan di.",
    "Pemindahan ibu kota dibahas (untuk pembahasan ibu kota) dan kerja sama antikorupsi berjalan.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_ahead_of_time_postings_match_whoosh(text: str) -> None:
    schema = build_schema()
    stems, exact = text_terms(text)
    for name, terms in (("body", stems), ("exact", exact)):
        field = schema[name]
        ours = sorted(encode_postings(terms, field.format))
        whoosh = sorted(field.index(text))
        assert ours == whoosh, name


def test_preanalysed_field_passes_postings_through() -> None:
    field = build_schema()["body"]
    postings = Postings([(b"kata", 1, 1.0, b"x")])
    assert list(field.index(postings)) == [(b"kata", 1, 1.0, b"x")]
