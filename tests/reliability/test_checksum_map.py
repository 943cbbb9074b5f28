"""The checksum map guards the index, and is guarded itself (issue 29, item 1).

Bytes overwritten in ``whoosh/_MAIN_checksums.json`` together with bytes in a
segment used to switch verification off: ``check`` called the index sound, or
found read errors that the next ``telusur index`` ignored ("unchanged"). Now a
damaged or missing map, or a file the map does not list, makes the index
damaged, and a full read's finding is acted on by the next ``telusur index``.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from rel_helpers import fresh_records, make_folder, records, run_cli

from telusur.index import Library, RebuildReason
from telusur.index.checksums import sums_file


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "artikel"
    make_folder(folder, 30, seed=29)
    index_dir = tmp_path / "index"
    lib = Library(index_dir)
    lib.add_folders([folder])
    lib.sync()
    return folder, index_dir


def _largest_segment(index_dir: Path) -> Path:
    return max((index_dir / "whoosh").glob("MAIN_*.*"), key=lambda p: p.stat().st_size)


def _overwrite(path: Path, seed: int, length: int) -> None:
    data = bytearray(path.read_bytes())
    rng = random.Random(seed)
    start = rng.randrange(0, max(1, len(data) - length))
    data[start : start + length] = rng.randbytes(min(length, len(data) - start))
    path.write_bytes(bytes(data))


def _damage_map(the_map: Path, how: str, seed: int) -> None:
    if how == "bytes":
        _overwrite(the_map, seed, 16)
    elif how == "truncated":
        the_map.write_bytes(the_map.read_bytes()[: the_map.stat().st_size // 2])
    elif how == "emptied":
        the_map.write_bytes(b"")
    elif how == "deleted":
        the_map.unlink()
    elif how == "entries dropped":  # valid JSON, its own checksum no longer matching
        data = json.loads(the_map.read_text())
        data["files"] = {}
        the_map.write_text(json.dumps(data))
    elif how == "sum rewritten":  # the entry of the damaged segment re-summed by a stray writer
        data = json.loads(the_map.read_text())
        name = next(iter(data["files"]))
        data["files"][name]["crc32"] ^= 1
        the_map.write_text(json.dumps(data))
    else:
        raise AssertionError(how)


HOW = ["bytes", "truncated", "emptied", "deleted", "entries dropped", "sum rewritten"]


@pytest.mark.parametrize("seed,how", list(enumerate(HOW)))
def test_a_damaged_map_and_segment_fail_check_and_the_next_index_rebuilds(
    built: tuple[Path, Path], seed: int, how: str
) -> None:
    folder, index_dir = built
    expected = fresh_records([folder], index_dir.parent / "fresh")
    _overwrite(_largest_segment(index_dir), seed, 64)
    _damage_map(sums_file(index_dir / "whoosh", "MAIN"), how, seed)

    checked = run_cli("--index-dir", str(index_dir), "check")
    assert checked.returncode == 1, checked.stdout
    assert "damaged" in checked.stderr and "Traceback" not in checked.stderr

    healed = run_cli("--index-dir", str(index_dir), "index")
    assert healed.returncode == 0, healed.stderr
    assert "rebuilding" in healed.stderr and "30 added" in healed.stdout
    assert run_cli("--index-dir", str(index_dir), "check").returncode == 0
    assert records(Library(index_dir)) == expected


def test_a_map_that_lost_one_file_s_entry_is_damage(built: tuple[Path, Path]) -> None:
    _, index_dir = built
    the_map = sums_file(index_dir / "whoosh", "MAIN")
    data = json.loads(the_map.read_text())
    data.pop("format")  # the old, unguarded format: judged by the listing alone
    data.pop("crc32")
    data["files"].pop(_largest_segment(index_dir).name)
    the_map.write_text(json.dumps(data))
    reason = Library(index_dir).open()
    assert reason is not None and reason.reason is RebuildReason.DAMAGED and "no recorded checksum" in reason


def test_what_a_full_read_finds_is_acted_on_by_the_next_index(
    built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Damage the checksums cannot see (here: a read that fails) is noted by check for `telusur index`."""
    folder, index_dir = built
    from whoosh.reading import SegmentReader

    def fails(self, *args, **kwargs):
        raise ValueError("undecodable posting")

    with monkeypatch.context() as patch:
        patch.setattr(SegmentReader, "iter_docs", fails)
        report = Library(index_dir).check()
    assert report.problems and "undecodable posting" in report.problems[0]
    lib = Library(index_dir)
    reason = lib.open()
    assert reason is not None and reason.reason is RebuildReason.DAMAGED and "full read" in reason
    lib.sync()
    assert lib.document_count() == 30 and Library(index_dir).check().problems == []
