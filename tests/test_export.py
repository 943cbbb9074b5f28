"""Export: every match as CSV (with BOM), JSON or RIS, streamed in bounded memory."""
from __future__ import annotations

import csv
import gc
import io
import json
import os
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from archive_fixtures import write_archive

from telusur.index import Library
from telusur.searcher import SearchEngine, SearchRequest, SortOrder
from telusur.searcher import engine as engine_module
from telusur.searcher.export import CSV_COLUMNS, ExportFormat, export, hit_record
from telusur.searcher.highlight import Marked
from telusur.searcher.requests import CopyRef, Hit

# Also under Windows' file rules (tests/windows_rules.py): these write the index, the library or files.
pytestmark = pytest.mark.windows_too


def _hits(n: int) -> Iterator[Hit]:
    """``n`` synthetic hits of about 1 KB of text each, made one at a time."""
    start = datetime(2019, 9, 10, 8, 0)
    for i in range(n):
        text = f"Berita nomor {i} tentang banjir & hujan. " * 4
        yield Hit(f"/arsip/{i}.txt", f"Judul {i} Jakarta", Marked(f"Judul {i}"), start + timedelta(minutes=i), True,
                  1.0 / (i + 1), Marked(text, ((22, 28),)))


STATM = Path("/proc/self/statm")


def _rss() -> int:
    """Resident memory now, in bytes (Linux)."""
    return int(STATM.read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")


class _CountingSink(io.TextIOBase):
    """A file that keeps nothing and samples resident memory as rows arrive."""

    def __init__(self) -> None:
        self.chars = 0
        self.writes = 0
        self.peak_rss = _rss()

    def write(self, s: str) -> int:
        self.chars += len(s)
        self.writes += 1
        if self.writes % 2000 == 0:
            self.peak_rss = max(self.peak_rss, _rss())
        return len(s)


@pytest.mark.skipif(not STATM.exists(), reason="reads resident memory from /proc")
@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_fifty_thousand_rows_stream_in_bounded_memory(fmt: ExportFormat) -> None:
    gc.collect()
    sink = _CountingSink()
    before = sink.peak_rss
    written = export(_hits(50_000), fmt, sink)
    assert written == 50_000
    assert sink.chars > 10_000_000  # over 10 MB of output went through ...
    assert sink.peak_rss - before < 5_000_000  # ... and memory grew by less than half of it


def test_csv_has_a_bom_the_columns_and_plain_snippets() -> None:
    out = io.StringIO()
    hit = next(_hits(1))
    export([hit], ExportFormat.CSV, out)
    text = out.getvalue()
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:])))
    assert tuple(rows[0]) == CSV_COLUMNS
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["headline"] == "Judul 0 Jakarta" and row["path"] == "/arsip/0.txt"
    assert row["date"] == "2019-09-10T08:00:00" and row["record"] == ""
    assert "<mark>" not in row["snippet"] and "banjir & hujan" in row["snippet"]


def test_ris_and_json_records() -> None:
    hit = next(_hits(1))
    out = io.StringIO()
    export([hit, hit], ExportFormat.RIS, out)
    records = out.getvalue().strip().split("\n\n")
    assert len(records) == 2
    lines = records[0].splitlines()
    assert lines[0] == "TY  - NEWS" and "TI  - Judul 0 Jakarta" in lines and "DA  - 2019/09/10/" in lines
    assert lines[-1] == "ER  - "
    out = io.StringIO()
    export([hit], ExportFormat.JSON, out)
    assert json.loads(out.getvalue()) == [hit_record(hit)]
    out = io.StringIO()
    export([], ExportFormat.JSON, out)
    assert json.loads(out.getvalue()) == []


def test_hit_record_lists_copies() -> None:
    copy = CopyRef("/arsip/b.txt", None, "tempo", datetime(2019, 9, 11))
    hit = Hit("/arsip/a.txt", "A", Marked("A"), None, False, 1.0, Marked("a b <c>", ((2, 3),)), group="g1",
              copies=(copy,))
    record = hit_record(hit)
    assert record["group"] == "g1"
    expected = {"path": "/arsip/b.txt", "record": None, "source": "tempo", "date": "2019-09-11T00:00:00"}
    assert record["copies"] == [expected]
    assert record["snippet"] == "a <mark>b</mark> &lt;c&gt;"  # the JSON contract: escaped HTML, matches marked


def test_every_hit_pages_through_all_matches_in_search_order(tmp_path: Path, monkeypatch) -> None:
    write_archive(tmp_path / "arsip")
    library = Library(tmp_path / "index")
    library.add_folders([tmp_path / "arsip"])
    library.sync()
    engine = SearchEngine(library)
    monkeypatch.setattr(engine_module, "EXPORT_PAGE", 3)
    for grouped in (True, False):
        request = SearchRequest("berita", page_size=50, group_copies=grouped)
        shown = engine.search(request)
        exported = list(engine.every_hit(request, page_size=engine_module.EXPORT_PAGE))
        assert [h.path for h in exported] == [h.path for h in shown.hits]
        assert len(exported) == (9 if grouped else 10)
        assert [h.copies for h in exported] == [h.copies for h in shown.hits]
    by_date = list(engine.every_hit(SearchRequest("berita", sort=SortOrder.OLDEST), page_size=2))
    dates = [h.date for h in by_date if h.date]
    assert dates == sorted(dates)
