"""A full disk (issue 16, item 10): a failed run cleans up, and removing still works.

The failed run's orphan segment files used to stay (3 MB of a 5 MB disk), so
every later command, ``telusur remove`` included, failed with ENOSPC and
Telusur could not free its own space. Needs a small tmpfs (root, Linux);
skipped where mounting is not permitted.
"""
from __future__ import annotations

import os
import random
import subprocess
from pathlib import Path

import pytest
from rel_helpers import leftover_files, make_folder, run_cli

from telusur.index import Library


@pytest.fixture
def small_disk(tmp_path: Path):
    mount = tmp_path / "disk"
    mount.mkdir()
    try:
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], check=True, capture_output=True, timeout=10
        )
    except (OSError, subprocess.SubprocessError):
        pytest.skip("mounting a small tmpfs is not permitted here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True, timeout=10)


def _big_folder(folder: Path, count: int, seed: int) -> None:
    """Articles of random words, which compress badly: more than the small disk holds."""
    rng = random.Random(seed)
    folder.mkdir()
    for key in range(count):
        words = " ".join(rng.randbytes(6).hex() for _ in range(1500))
        (folder / f"besar_{key:03d}.txt").write_text(f"Berita besar {key}\n\n1 Juli 2024\n\n{words}\n")


def test_a_run_that_fills_the_disk_leaves_no_orphans_and_remove_works(tmp_path: Path, small_disk: Path) -> None:
    small = tmp_path / "kecil"
    make_folder(small, 10, seed=71)
    big = tmp_path / "besar"
    _big_folder(big, 120, seed=72)
    index_dir = small_disk / "index"
    assert run_cli("--index-dir", str(index_dir), "index", str(small)).returncode == 0

    full = run_cli("--index-dir", str(index_dir), "index", str(big))
    assert full.returncode == 1, full.stdout
    assert "No space left" in full.stderr and "Traceback" not in full.stderr
    assert leftover_files(index_dir) == [], "the failed run left its files on the full disk"
    assert Library(index_dir).document_count() == 10  # the old index survives

    removed = run_cli("--index-dir", str(index_dir), "remove", str(big))
    assert removed.returncode == 0, removed.stderr
    assert run_cli("--index-dir", str(index_dir), "search", "berita").returncode == 0


def test_orphans_of_a_killed_run_are_freed_before_remove_writes(tmp_path: Path, small_disk: Path) -> None:
    """A killed run's leftovers fill the disk: the removal frees them before it writes anything."""
    small = tmp_path / "kecil"
    make_folder(small, 10, seed=73)
    index_dir = small_disk / "index"
    assert run_cli("--index-dir", str(index_dir), "index", str(small)).returncode == 0
    orphan = index_dir / "whoosh" / "MAIN_zzkilledrun0001.seg"
    with open(orphan, "wb", buffering=0) as handle:  # unbuffered: closing has nothing left to write
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError:
            pass
    assert os.statvfs(small_disk).f_bavail == 0

    removed = run_cli("--index-dir", str(index_dir), "remove", str(small))
    assert removed.returncode == 0, removed.stderr
    assert not orphan.exists()
    assert Library(index_dir).document_count() == 0
