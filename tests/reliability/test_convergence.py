"""The index converges on the library: an interrupted removal or start-over is finished later.

Issue 16, items 2, 3 and 19: ``remove_folder`` rewrites ``library.json``
before it deletes documents, so a kill (or a busy index) between the two
steps used to leave the folder's articles in the index for good; a kill
between creating an index and writing ``schema.json`` used to make the next
run claim the index was "built by another version".
"""
from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

import pytest
from rel_helpers import PYTHON, ROOT, make_folder, records, run_cli

from telusur.index import Library, RebuildReason
from telusur.index import store as store_module

# Removes a folder from the library, then stalls where the documents would be
# deleted: the moment a SIGKILL (or a busy index) leaves library and index apart.
STALL_IN_REMOVE = """
import sys, time
import telusur.index.library as library_module
from telusur.index import Library

def stall(*args, **kwargs):
    print("library-written", flush=True)
    time.sleep(120)

library_module.remove_folder_documents = stall
Library(sys.argv[1]).remove_folder(sys.argv[2])
"""


@pytest.fixture
def two_folders(tmp_path: Path) -> tuple[Path, Path, Path]:
    keep, drop = tmp_path / "tetap", tmp_path / "hapus"
    make_folder(keep, 12, seed=21)
    make_folder(drop, 15, seed=22)
    index_dir = tmp_path / "index"
    lib = Library(index_dir)
    lib.add_folders([keep, drop])
    lib.sync()
    return keep, drop, index_dir


def _paths(index_dir: Path) -> set[str]:
    return {path for path, _, _ in records(Library(index_dir))}


def _under(paths: set[str], folder: Path) -> set[str]:
    prefix = os.path.realpath(folder) + os.sep
    return {p for p in paths if p.startswith(prefix)}


def test_sigkill_during_remove_then_index_drops_the_folder(two_folders: tuple[Path, Path, Path]) -> None:
    keep, drop, index_dir = two_folders
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [PYTHON, "-c", STALL_IN_REMOVE, str(index_dir), str(drop)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "library-written"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    assert os.path.realpath(drop) not in Library(index_dir).folders
    assert len(_under(_paths(index_dir), drop)) == 15, "the kill landed before the documents were deleted"

    done = run_cli("--index-dir", str(index_dir), "index")
    assert done.returncode == 0, done.stderr
    paths = _paths(index_dir)
    assert _under(paths, drop) == set(), "the removed folder's articles survived the next sync"
    assert len(_under(paths, keep)) == 12
    assert "15 removed" in done.stdout


def test_remove_on_a_busy_index_says_so_and_the_next_sync_finishes_it(
    two_folders: tuple[Path, Path, Path],
) -> None:
    keep, drop, index_dir = two_folders
    holder = subprocess.Popen(
        [PYTHON, "-c", (
            "import sys\nfrom telusur.index import Library\n"
            "w = Library(sys.argv[1]).whoosh_index().writer()\nprint('locked', flush=True)\nsys.stdin.read()"
        ), str(index_dir)],
        cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        env_timeout = {"TELUSUR_LOCK_TIMEOUT": "0.3"}
        busy = _cli_env(env_timeout, "--index-dir", str(index_dir), "remove", str(drop))
    finally:
        holder.kill()
        holder.wait()
    assert busy.returncode == 1
    assert "Traceback" not in busy.stderr
    assert "next indexing run" in busy.stderr
    done = run_cli("--index-dir", str(index_dir), "index")
    assert done.returncode == 0, done.stderr
    assert _under(_paths(index_dir), drop) == set()
    assert len(_under(_paths(index_dir), keep)) == 12


def test_a_folder_lost_from_the_library_is_reconciled(two_folders: tuple[Path, Path, Path]) -> None:
    """A hand-edited (or raced) library.json without a folder: the next sync drops its articles."""
    keep, drop, index_dir = two_folders
    Library(index_dir).dir.write_folders([os.path.realpath(keep)])
    report = Library(index_dir).sync()
    assert report.removed == 15
    assert _under(_paths(index_dir), drop) == set()


def test_an_invalid_library_file_drops_nothing(two_folders: tuple[Path, Path, Path]) -> None:
    """An unreadable library reads as empty; reconciling against it would empty the index."""
    keep, drop, index_dir = two_folders
    (index_dir / "library.json").write_text('{"folders": "/"}', encoding="utf-8")
    lib = Library(index_dir)
    lib.sync([keep])
    assert len(_paths(index_dir)) == 27


def test_kill_between_creating_the_index_and_schema_json_reads_as_no_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Item 19: an interrupted start-over is "no index yet", not "built by another version"."""
    real_create_in = store_module.whoosh_index.create_in

    def killed_after_create(*args, **kwargs):
        real_create_in(*args, **kwargs)
        raise KeyboardInterrupt  # stands for SIGKILL right after the index exists

    def killed_writing_meta(*args, **kwargs):
        raise KeyboardInterrupt

    for name, fake in (("create_in", killed_after_create), ("_write_json", killed_writing_meta)):
        target = store_module.whoosh_index if name == "create_in" else store_module
        index_dir = tmp_path / name
        with monkeypatch.context() as patch:
            patch.setattr(target, name, fake)
            with pytest.raises(KeyboardInterrupt):
                Library(index_dir).open()
        reason = Library(index_dir).open()
        assert reason is None or reason.reason is RebuildReason.NO_INDEX, f"{name}: {reason}"
        assert Library(index_dir).open() is None  # the next open finds it made


def _cli_env(extra: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), **extra)
    return subprocess.run(
        [PYTHON, "-m", "telusur", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )
