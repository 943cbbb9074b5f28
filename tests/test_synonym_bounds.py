"""User synonym lists are bounded, and expansion never drops a typed word (issue 26.11)."""
from __future__ import annotations

from pathlib import Path

from telusur.analysis.synonyms import (
    MAX_FILE_BYTES,
    MAX_RULE_ENTRIES,
    load_user_synonyms,
    parse_synonyms,
    shipped_synonyms,
)
from telusur.index.schema import build_schema
from telusur.searcher.expand import MAX_EXPANSION_CHARS, Lookups
from telusur.searcher.plan import plan
from telusur.searcher.requests import SearchRequest


def test_a_line_of_hundreds_of_entries_keeps_a_bounded_rule() -> None:
    line = ", ".join(f"kata{i}" for i in range(121))
    table, errors = parse_synonyms([line], source="u")
    # Before: every entry found the other 120 (14,520 expansions), each checked against all the others.
    assert sum(len(v) for v in table.rules.values()) <= MAX_RULE_ENTRIES * (MAX_RULE_ENTRIES - 1)
    assert all(len(v) <= MAX_RULE_ENTRIES for v in table.rules.values())
    assert [e.message for e in errors] == ["121 entries; only the first 20 are used"]


def test_a_fifty_megabyte_line_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "synonyms.txt"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("rusuh, ricuh\n")
        handle.write(", ".join(f"kata{i}" for i in range(5_000_000)))  # about 50 MB on one line
    table, errors = load_user_synonyms(path)
    assert table.lookup("rusuh") and len(table.rules) == 2
    assert any(f"larger than {MAX_FILE_BYTES // 1024} KB" in e.message for e in errors)


def test_expansion_keeps_every_typed_word_and_stays_within_its_budget() -> None:
    words = [f"kata{chr(97 + i)}{chr(97 + j)}" for i in range(6) for j in range(6)][:30]
    lines = [", ".join([w] + [f"{w}sin{k}" for k in range(7)]) for w in words]  # 7 synonyms a word
    table, errors = parse_synonyms(lines, source="u")
    assert not errors
    text = " ".join(words) + " pelabuhan"
    planned = plan(SearchRequest(text), build_schema(), Lookups(synonyms=shipped_synonyms().merged(table)))
    assert planned.expansion is not None
    assert len(planned.expansion.text) <= len(text) + MAX_EXPANSION_CHARS
    terms = {str(t) for _, t in planned.as_typed.query.iter_all_terms()}
    assert "labuh" in terms  # the last word typed (stemmed)
    assert all(w in terms for w in words)
    assert {f"kataaasin{k}" for k in range(7)} <= terms  # the first words keep their expansions
