"""A bad record of a data set is skipped with its number and the rest is read (issue 26.9, 26.5, 26.7)."""
from __future__ import annotations

import json
import os
import threading
import tracemalloc
from pathlib import Path

import pytest

from telusur.index import documents
from telusur.index.files import Skipped, walk_articles
from telusur.index.formats import Extracted, Limits, SkippedRecord, extract

SMALL = Limits(record_bytes=100_000)


def rec(n: int) -> dict[str, str]:
    return {"title": f"Judul {n}", "content": f"Isi berita nomor {n} tentang banjir di kota."}


def outcome(found: list[Extracted | SkippedRecord]) -> list[tuple[str, int | None]]:
    return [("ok" if isinstance(i, Extracted) else "skip", i.record) for i in found]


CSV_HEAD = "judul,isi\n"


def test_a_csv_field_over_the_limit_skips_only_its_record() -> None:
    giant = '"' + "x" * 2_000_000 + '"'
    raw = (CSV_HEAD + "Satu,Isi satu\n" + f"Dua,{giant}\n" + "Tiga,Isi tiga\n").encode()
    found = list(extract("/d/x.csv", raw, limits=SMALL))
    assert outcome(found) == [("ok", 1), ("skip", 2), ("ok", 3)]
    assert "record 2" in found[1].reason and "rest of file" not in found[1].reason


def test_a_csv_line_without_end_is_read_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    with open(path, "wb") as handle:
        handle.write((CSV_HEAD + "Satu,Isi satu\n").encode())
        for _ in range(30):
            handle.write(b"y" * (1 << 20))  # a 30 MB line and no newline
    tracemalloc.start()
    try:
        found = list(extract(str(path), limits=Limits(record_bytes=1 << 20)))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert outcome(found) == [("ok", 1), ("skip", 2)]
    assert peak < 8 << 20, f"peak {peak / 2**20:.1f} MB"


@pytest.mark.parametrize("rows", [1, 3000])
def test_a_cp1252_row_in_a_utf8_csv_is_decoded_on_its_own(rows: int) -> None:
    utf8 = "".join(f"Kafé Baru {n},Isi yang benar {n}\n" for n in range(rows))
    raw = (CSV_HEAD + utf8).encode("utf-8") + "Kafé Lama,Isi lama\n".encode("cp1252")
    headlines = [a.headline for a in extract("/d/x.csv", raw) if isinstance(a, Extracted)]
    assert headlines[0] == "Kafé Baru 0" and headlines[-1] == "Kafé Lama"


def test_a_very_deep_json_element_skips_only_itself() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    raw = ("[" + json.dumps(rec(1)) + "," + deep + "," + json.dumps(rec(3)) + "]").encode()
    found = list(extract("/d/x.json", raw))
    assert outcome(found) == [("ok", 1), ("skip", 2), ("ok", 3)]
    assert "too deeply" in found[1].reason


def test_a_too_large_json_element_skips_only_itself() -> None:
    big = {"title": "Besar", "content": "z" * 3_000_000}
    raw = ("[" + json.dumps(rec(1)) + "," + json.dumps(big) + "," + json.dumps(rec(3)) + "]").encode()
    found = list(extract("/d/x.json", raw, limits=Limits(record_bytes=1 << 20)))
    assert outcome(found) == [("ok", 1), ("skip", 2), ("ok", 3)]


def test_a_too_deep_jsonl_record_is_reported_with_its_number() -> None:
    deep = '{"a": ' + "[" * 100_000 + "]" * 100_000 + "}"
    raw = "\n".join([json.dumps(rec(1)), deep, json.dumps(rec(3))]).encode() + b"\n"
    found = list(extract("/d/x.jsonl", raw))
    assert outcome(found) == [("ok", 1), ("skip", 2), ("ok", 3)]
    assert found[1].reason == "line 2 is nested too deeply to read"


def test_a_wrapper_over_the_record_limit_is_streamed() -> None:
    wrapper = {"status": "ok", "totalResults": 3000, "articles": [rec(i) for i in range(1, 3001)]}
    raw = json.dumps(wrapper).encode()
    assert len(raw) > SMALL.record_bytes
    found = list(extract("/d/x.json", raw, limits=SMALL))
    assert len(found) == 3000 and all(isinstance(i, Extracted) for i in found)
    assert found[-1].record == 3000


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("name", ["data.jsonl", "data.json", "data.csv"])
def test_a_data_set_swapped_for_a_pipe_while_hashed_never_hangs(tmp_path: Path, name: str,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / name
    if name.endswith(".csv"):
        path.write_text(CSV_HEAD + "Satu,Isi satu\n")
    else:
        path.write_text(json.dumps(rec(1)) + "\n")
    (fs,), _ = walk_articles(tmp_path)
    real_digest = documents.file_digest

    def digest_then_swap(p: str) -> str | Skipped:
        digest = real_digest(p)
        os.unlink(p)
        os.mkfifo(p)  # the file becomes a named pipe after it was hashed, before it is read
        return digest

    monkeypatch.setattr(documents, "file_digest", digest_then_swap)
    result: list[object] = []
    worker = threading.Thread(target=lambda: result.append(documents.prepare(fs, str(tmp_path))), daemon=True)
    worker.start()
    worker.join(timeout=20)
    if worker.is_alive():
        with open(path, "wb"):  # free the hung reader
            pass
        pytest.fail("reading a data set blocked on a named pipe")
    prepared = result[0]
    reasons = [prepared.reason] if isinstance(prepared, Skipped) else [s.reason for s in prepared.skipped]
    assert reasons == ["not a regular file (a pipe, device or folder took its place)"]
