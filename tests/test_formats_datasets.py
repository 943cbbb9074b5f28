"""Data-set files: JSON Lines, JSON and CSV, one article per record, streamed."""
from __future__ import annotations

import io
import json
import tracemalloc
from datetime import datetime
from pathlib import Path

import pytest

from telusur.index.formats import Extracted, Format, Limits, SkippedRecord, extract
from telusur.index.formats.datasets import extract_jsonl

BODY = "Pemerintah menyiapkan dua ratus pompa air tambahan.\n\nPompa ditempatkan di kawasan rawan genangan."


def items(path: str, raw: bytes | None = None, **kwargs: object) -> list[Extracted | SkippedRecord]:
    return list(extract(path, raw, **kwargs))  # type: ignore[arg-type]


def articles(found: list[Extracted | SkippedRecord]) -> list[Extracted]:
    return [a for a in found if isinstance(a, Extracted)]


def skips(found: list[Extracted | SkippedRecord]) -> list[SkippedRecord]:
    return [s for s in found if isinstance(s, SkippedRecord)]


def record(n: int, **extra: object) -> dict[str, object]:
    return {"title": f"Judul {n}", "published": "2019-09-10T21:48:51+07:00", "content": f"Isi berita {n}. {BODY}",
            "link": f"https://kompas.com/read/{n}", "source": "Kompas.com", **extra}


def jsonl(records: list[object]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()


# ---- field mapping ----


def test_jsonl_fields_are_mapped() -> None:
    found = items("/d/kompas.jsonl", jsonl([record(1), record(2)]))
    assert [a.record for a in articles(found)] == [1, 2]
    first = articles(found)[0]
    assert first.format is Format.JSONL
    assert first.headline == "Judul 1"
    assert first.date == datetime(2019, 9, 10, 21, 48, 51) and first.has_time
    assert first.url == "https://kompas.com/read/1"
    assert first.source == "Kompas.com"
    assert first.body.split("\n\n") == ["Isi berita 1. Pemerintah menyiapkan dua ratus pompa air tambahan.",
                                        "Pompa ditempatkan di kawasan rawan genangan."]


@pytest.mark.parametrize(
    "names",
    [
        ("title", "date", "body", "url", "source"),
        ("Headline", "Published_At", "Text", "Link", "Publisher"),
        ("JUDUL", "Tanggal", "Isi", "Tautan", "Media"),
        ("judul", "waktu", "article", "url", "portal"),
        ("Title", "published", "content", "link", "site"),
    ],
)
def test_field_names_in_english_and_indonesian_any_case(names: tuple[str, ...]) -> None:
    headline, date, body, url, source = names
    row = {headline: "Banjir Jakarta", date: "Selasa, 10 Sep 2019 21:48 WIB", body: BODY,
           url: "https://x.id/1", source: "Tempo"}
    (article,) = articles(items("/d/x.jsonl", jsonl([row])))
    assert (article.headline, article.date, article.url, article.source) == (
        "Banjir Jakarta", datetime(2019, 9, 10, 21, 48), "https://x.id/1", "Tempo")


@pytest.mark.parametrize(
    ("value", "expected", "has_time"),
    [
        ("2019-09-10", datetime(2019, 9, 10), False),
        ("10/09/2019 21:48", datetime(2019, 9, 10, 21, 48), True),
        ("2019/09/10 21:48:00", datetime(2019, 9, 10, 21, 48), True),
        (1568126880, datetime(2019, 9, 10, 14, 48), True),  # Unix seconds, UTC
        (1568126880000, datetime(2019, 9, 10, 14, 48), True),  # milliseconds
        ("1568126880", datetime(2019, 9, 10, 14, 48), True),
    ],
)
def test_date_values(value: object, expected: datetime, has_time: bool) -> None:
    (article,) = articles(items("/d/x.jsonl", jsonl([{"title": "A", "body": BODY, "date": value}])))
    assert article.date == expected and article.has_time is has_time


def test_unreadable_date_is_a_warning_not_a_skip() -> None:
    (article,) = articles(items("/d/x.jsonl", jsonl([{"title": "A", "body": BODY, "date": "kemarin sore"}])))
    assert article.date is None
    assert any("unreadable date" in w for w in article.warnings)


def test_record_without_body_is_skipped_and_the_rest_read() -> None:
    found = items("/d/x.jsonl", jsonl([record(1), {"title": "Tanpa isi"}, {"title": "Isi kosong", "body": "  "},
                                       record(4)]))
    assert [a.record for a in articles(found)] == [1, 4]
    assert [(s.record, s.reason) for s in skips(found)] == [
        (2, "record 2 has no body (no field named body/content/text/isi/article)"),
        (3, "record 3 has an empty body"),
    ]


def test_record_without_headline_uses_the_first_words() -> None:
    (article,) = articles(items("/d/x.jsonl", jsonl([{"isi": BODY}])))
    assert article.headline == "Pemerintah menyiapkan dua ratus pompa air tambahan."
    assert any("no headline" in w for w in article.warnings)


def test_html_body_and_boilerplate_in_records_are_cleaned() -> None:
    body = "<p>Paragraf satu berita.</p><p>Baca juga: Berita Lain</p><p>Paragraf dua<br>baris baru.</p>"
    (article,) = articles(items("/d/x.jsonl", jsonl([{"title": "A", "body": body}])))
    assert article.body == "Paragraf satu berita.\n\nParagraf dua\n\nbaris baru."


def test_nested_source_and_list_body() -> None:
    row = {"title": "A", "body": ["Satu.", "Dua."], "publisher": {"name": "Antara"}}
    (article,) = articles(items("/d/x.jsonl", jsonl([row])))
    assert article.body == "Satu.\n\nDua." and article.source == "Antara"


# ---- JSON Lines ----


def test_jsonl_broken_line_in_the_middle_is_skipped_with_its_number() -> None:
    raw = jsonl([record(1)]) + b'{"title": "Rusak", "body": "tanpa penutup\n' + jsonl([record(3)]) + b"\n"
    found = items("/d/x.jsonl", raw)
    assert [a.record for a in articles(found)] == [1, 3]
    (bad,) = skips(found)
    assert bad.record == 2 and bad.reason.startswith("line 2 is not valid JSON")


def test_jsonl_line_that_is_not_an_object() -> None:
    found = items("/d/x.jsonl", jsonl([record(1), [1, 2], "teks", record(4)]))
    assert [a.record for a in articles(found)] == [1, 4]
    assert [s.reason for s in skips(found)] == ["line 2 is an array, not an article object",
                                                "line 3 is a string, not an article object"]


def test_jsonl_over_long_line_is_skipped_and_reading_continues() -> None:
    raw = jsonl([record(1), {"title": "Besar", "body": "x" * 5000}, record(3)])
    found = items("/d/x.jsonl", raw, limits=Limits(record_bytes=1000))
    assert [a.record for a in articles(found)] == [1, 3]
    assert skips(found)[0].reason == "record 2 is larger than 0 MB"


def test_jsonl_with_bom_crlf_and_nul() -> None:
    raw = b"\xef\xbb\xbf" + jsonl([record(1)]).replace(b"\n", b"\r\n") + b"\x00\r\n" + jsonl([record(2)])
    assert [a.record for a in articles(items("/d/x.jsonl", raw))] == [1, 3]


def test_jsonl_is_streamed_not_loaded(tmp_path: Path) -> None:
    path = tmp_path / "besar.jsonl"
    line = (json.dumps(record(0)) + "\n").encode()
    count = 20 * 1024 * 1024 // len(line)  # 20 MB
    with open(path, "wb") as handle:
        for _ in range(count):
            handle.write(line)
    tracemalloc.start()
    stream = extract(str(path))
    seen = 0
    for item in stream:
        assert isinstance(item, Extracted)
        seen += 1
        if seen == 2000:
            break
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    stream.close()  # type: ignore[attr-defined]
    assert peak < 5 * 1024 * 1024  # a few MB for a 20 MB file: it is not read whole


def test_reader_accepts_a_stream_source() -> None:
    found = list(extract_jsonl(jsonl([record(1)]), "/d/x.jsonl", Limits()))
    assert len(articles(found)) == 1


# ---- JSON ----


def test_json_array_of_objects() -> None:
    raw = json.dumps([record(1), record(2), record(3)], indent=2).encode()
    found = items("/d/x.json", raw)
    assert [a.record for a in articles(found)] == [1, 2, 3]
    assert articles(found)[0].format is Format.JSON


def test_json_array_is_streamed_in_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    from telusur.index.formats import datasets

    monkeypatch.setattr(datasets, "_CHUNK_CHARS", 64)  # elements straddle many reads
    raw = json.dumps([record(n) for n in range(1, 51)], ensure_ascii=False).encode()
    assert [a.record for a in articles(items("/d/x.json", raw))] == list(range(1, 51))


def test_json_lines_saved_as_json() -> None:
    found = items("/d/x.json", jsonl([record(1), record(2)]) + b"{broken\n" + jsonl([record(4)]))
    assert [a.record for a in articles(found)] == [1, 2, 4]
    assert skips(found)[0].record == 3


def test_json_object_wrapping_a_list() -> None:
    raw = json.dumps({"status": "ok", "articles": [record(1), record(2)]}, indent=1).encode()
    assert [a.record for a in articles(items("/d/api.json", raw))] == [1, 2]


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b'"hanya teks"', "not a JSON array of articles"),
        (b"42", "not a JSON array of articles"),
        (b"[1, 2, 3]", "not an array of article objects (its first element is a number)"),
        (b'["a", "b"]', "not an array of article objects (its first element is a string)"),
        (b"", "empty file"),
        (b'{"config": {"debug": true}}', "record 1 has no body"),
    ],
)
def test_json_that_is_not_an_array_of_objects(raw: bytes, reason: str) -> None:
    found = items("/d/x.json", raw)
    assert not articles(found)
    assert reason in skips(found)[0].reason


def test_json_array_broken_in_the_middle_keeps_the_records_before() -> None:
    good = json.dumps([record(1), record(2)])
    raw = (good[:-1] + ', {"title": "rusak", "body": }, ' + json.dumps(record(4)) + "]").encode()
    found = items("/d/x.json", raw)
    assert [a.record for a in articles(found)] == [1, 2]
    (bad,) = skips(found)
    assert bad.record == 3 and "rest of file not read" in bad.reason


def test_truncated_json_array() -> None:
    raw = json.dumps([record(1), record(2)]).encode()[:-30]
    found = items("/d/x.json", raw)
    assert [a.record for a in articles(found)] == [1]
    assert "rest of file not read" in skips(found)[0].reason


# ---- CSV ----

CSV_HEADER = "id,judul,tanggal,isi,tautan,media\r\n"


def csv_row(n: int, body: str = BODY) -> str:
    quoted = body.replace('"', '""')
    return f'{n},"Judul, nomor {n}","Selasa, 10 Sep 2019 21:48 WIB","{quoted}",https://x.id/{n},Kompas.com\r\n'


def test_csv_quoted_multiline_fields() -> None:
    raw = (CSV_HEADER + csv_row(1) + csv_row(2)).encode()
    found = items("/d/kompas.csv", raw)
    first, second = articles(found)
    assert (first.record, second.record) == (1, 2)
    assert first.format is Format.CSV
    assert first.headline == "Judul, nomor 1"
    assert first.date == datetime(2019, 9, 10, 21, 48)
    assert first.body.split("\n\n") == BODY.split("\n\n")
    assert (first.url, first.source) == ("https://x.id/1", "Kompas.com")


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_csv_delimiter_is_sniffed(delimiter: str) -> None:
    raw = (f"title{delimiter}date{delimiter}body\n"
           f'"Judul; satu"{delimiter}2019-09-10{delimiter}"Isi, dengan koma; dan titik koma."\n').encode()
    (article,) = articles(items("/d/x.csv", raw))
    assert article.headline == "Judul; satu" and article.body == "Isi, dengan koma; dan titik koma."


def test_csv_ragged_rows() -> None:
    raw = (CSV_HEADER + "1,Pendek\r\n" + csv_row(2) + "3,Panjang,2019-09-10,Isi baris tiga.,u,m,lebih,lagi\r\n"
           ).encode()
    found = items("/d/x.csv", raw)
    assert [a.record for a in articles(found)] == [2, 3]
    assert skips(found)[0].record == 1 and "has no body" not in skips(found)[0].reason
    assert any("8 fields" in w for w in articles(found)[1].warnings)


def test_csv_nul_byte_bom_and_windows_1252() -> None:
    text = CSV_HEADER + '1,Kafe Se\u00f1or,2019-09-10,"Harga \u201ckopi\u201d naik \u2014 kata pemilik.",u,m\r\n'
    raw = b"\xef\xbb\xbf" + text.encode("utf-8")
    raw = raw.replace(b"naik", b"na\x00ik")
    (article,) = articles(items("/d/x.csv", raw))
    assert article.headline == "Kafe Se\u00f1or" and "naik" in article.body
    cp = text.encode("cp1252")
    (article,) = articles(items("/d/x.csv", cp))
    assert article.headline == "Kafe Se\u00f1or"
    assert article.body == "Harga \u201ckopi\u201d naik \u2014 kata pemilik."


def test_csv_without_body_column() -> None:
    found = items("/d/x.csv", b"nama,umur\nBudi,30\n")
    assert len(found) == 1 and isinstance(found[0], SkippedRecord)
    assert found[0].reason.startswith("no column named body/content/text/isi/article in the header (nama, umur)")


def test_csv_unterminated_quote_stops_with_a_reason() -> None:
    raw = (CSV_HEADER + csv_row(1) + '2,"Judul tanpa penutup,2019-09-10,Isi\r\n' + "x\r\n" * 3000).encode()
    found = items("/d/x.csv", raw, limits=Limits(record_bytes=2000))
    assert [a.record for a in articles(found)] == [1]
    assert "rest of file not read" in skips(found)[-1].reason


def test_csv_blank_lines_are_not_records() -> None:
    raw = (CSV_HEADER + "\r\n" + csv_row(1) + "\r\n\r\n" + csv_row(2)).encode()
    assert [a.record for a in articles(items("/d/x.csv", raw))] == [1, 2]


def test_empty_csv() -> None:
    (item,) = items("/d/x.csv", b"")
    assert isinstance(item, SkippedRecord) and item.reason == "empty file"


def test_data_set_read_from_path(tmp_path: Path) -> None:
    path = tmp_path / "kompas.csv"
    path.write_bytes((CSV_HEADER + csv_row(1)).encode())
    (article,) = articles(items(str(path)))
    assert article.record == 1


def test_missing_data_set_file() -> None:
    (item,) = items("/tidak/ada.jsonl")
    assert isinstance(item, SkippedRecord) and "disappeared" in item.reason


def test_stream_does_not_need_the_whole_input() -> None:
    # A generator over an endless stream yields its first record without reading to the end.
    from telusur.index.formats.datasets import _json_lines

    class Endless(io.StringIO):
        def readline(self, size: int | None = -1) -> str:  # type: ignore[override]
            return json.dumps(record(1)) + "\n"

    first = next(_json_lines(Endless(), "/d/x.jsonl", Format.JSONL, Limits()))
    assert isinstance(first, Extracted)
