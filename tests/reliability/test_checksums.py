"""Silent corruption is detected and healed (issue 16, item 6).

Bytes overwritten inside a segment (same size, so Whoosh's own checks pass)
used to end queries in ``zlib.error`` tracebacks while ``telusur index``
reported everything unchanged. Each segment file's CRC-32 is now recorded at
commit and verified on open; ``telusur check`` verifies on request.
"""
from __future__ import annotations

import random
import zlib
from pathlib import Path

import pytest
from rel_helpers import fresh_records, make_folder, records, run_cli

from telusur import cli
from telusur.index import Library, RebuildReason
from telusur.index.checksums import read_sums, sums_file
from telusur.searcher import engine as engine_module

# Also under Windows' file rules (tests/windows_rules.py): these write the index, the library or files.
pytestmark = pytest.mark.windows_too


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "artikel"
    make_folder(folder, 40, seed=41)
    index_dir = tmp_path / "index"
    lib = Library(index_dir)
    lib.add_folders([folder])
    lib.sync()
    return folder, index_dir


def _overwrite_inside_a_segment(index_dir: Path, seed: int, length: int) -> Path:
    segment = max((index_dir / "whoosh").glob("MAIN_*.*"), key=lambda p: p.stat().st_size)
    data = bytearray(segment.read_bytes())
    rng = random.Random(seed)
    start = rng.randrange(len(data) // 4, len(data) - length)
    data[start : start + length] = rng.randbytes(length)
    segment.write_bytes(bytes(data))
    return segment


def test_every_segment_file_has_a_recorded_checksum(built: tuple[Path, Path]) -> None:
    _, index_dir = built
    whoosh = index_dir / "whoosh"
    sums = read_sums(whoosh, "MAIN")
    segment_files = {p.name for p in whoosh.glob("MAIN_*.*")}
    assert segment_files and segment_files <= set(sums)
    assert sums_file(whoosh, "MAIN").exists()


@pytest.mark.parametrize("seed,length", [(1, 8), (2, 512)])
def test_overwritten_bytes_are_detected_on_open_and_rebuilt(built: tuple[Path, Path], seed: int, length: int) -> None:
    folder, index_dir = built
    expected = fresh_records([folder], index_dir.parent / "fresh")
    segment = _overwrite_inside_a_segment(index_dir, seed, length)

    lib = Library(index_dir)
    reason = lib.open()
    assert reason is not None and reason.reason is RebuildReason.DAMAGED
    assert segment.name in reason
    lib.sync()
    assert records(lib) == expected


def test_telusur_check_finds_damage_and_index_heals_it(built: tuple[Path, Path]) -> None:
    folder, index_dir = built
    sound = run_cli("--index-dir", str(index_dir), "check")
    assert sound.returncode == 0 and "sound: 40 articles" in sound.stdout, sound.stderr
    _overwrite_inside_a_segment(index_dir, 3, 64)

    damaged = run_cli("--index-dir", str(index_dir), "check")
    assert damaged.returncode == 1
    assert "damaged" in damaged.stderr and "Traceback" not in damaged.stderr

    healed = run_cli("--index-dir", str(index_dir), "index")
    assert healed.returncode == 0, healed.stderr
    assert "damaged" in healed.stderr and "rebuilding" in healed.stderr
    assert "40 added" in healed.stdout
    assert run_cli("--index-dir", str(index_dir), "check").returncode == 0


def test_check_without_an_index_says_so(tmp_path: Path) -> None:
    proc = run_cli("--index-dir", str(tmp_path / "none"), "check")
    assert proc.returncode == 1 and "no index yet" in proc.stderr


def test_a_decode_error_while_searching_rebuilds_and_answers(
    built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Damage no checksum caught (an index from before checksums): the read error itself triggers the rebuild."""
    _, index_dir = built
    sums_file(index_dir / "whoosh", "MAIN").unlink()
    real_run_plan = engine_module.run_plan
    calls = []

    def fails_once(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise zlib.error("Error -3 while decompressing data: invalid distance too far back")
        return real_run_plan(*args, **kwargs)

    monkeypatch.setattr(engine_module, "run_plan", fails_once)
    code = cli.main(["--index-dir", str(index_dir), "search", "artikel1", "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "damaged" in out.err and "rebuilding" in out.err
    assert '"total": ' in out.out and '"total": 0' not in out.out
    assert Library(index_dir).document_count() == 40


def test_check_of_an_empty_index_is_sound(tmp_path: Path) -> None:
    # An index opened before any sync (the app's first start) is empty; checking it
    # used to end in "NotImplementedError" and call the index damaged.
    index_dir = tmp_path / "fresh"
    Library(index_dir).open()
    proc = run_cli("--index-dir", str(index_dir), "check")
    assert proc.returncode == 0, proc.stderr
    assert "damaged" not in proc.stderr and "Error" not in proc.stderr


def test_a_search_on_a_never_created_index_leaves_no_trace(tmp_path: Path) -> None:
    """Issue 29.2: a search created an empty index, which `check` then called sound."""
    index_dir = tmp_path / "fresh"
    for command in (["search", "x"], ["search", "x", "--json"], ["export", "x", "-o", str(tmp_path / "x.csv")],
                    ["watch", "list"]):
        proc = run_cli("--index-dir", str(index_dir), *command)
        assert "Traceback" not in proc.stderr, proc.stderr
        assert not index_dir.exists(), command
    assert "nothing indexed yet" in run_cli("--index-dir", str(index_dir), "search", "x").stderr
    proc = run_cli("--index-dir", str(index_dir), "check")
    assert proc.returncode == 1 and "no index yet" in proc.stderr
    assert not index_dir.exists()
