"""library.json: concurrent changes keep every folder; invalid files and odd index dirs are plain errors."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from rel_helpers import PYTHON, ROOT, make_folder, run_cli

import telusur.index.library_file as library_file
from telusur.index import IndexBusyError, IndexDirError, Library
from telusur.index.library_file import LOCK_NAME, decode_folder, encode_folder, library_lock, read_library

# Also under Windows' file rules (tests/windows_rules.py): these write the index, the library or files.
pytestmark = pytest.mark.windows_too

ADD_FOLDERS = """
import sys, time
from telusur.index import Library
index_dir, start, folders = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
while time.time() < start:  # every process starts adding at the same moment
    pass
for folder in folders:
    Library(index_dir).add_folders([folder])
"""


def test_concurrent_adds_keep_every_folder(tmp_path: Path) -> None:
    """8 processes x 4 folders each, started together: all 32 folders are in the library."""
    index_dir = tmp_path / "index"
    groups = [[str(tmp_path / f"f{p}_{i}") for i in range(4)] for p in range(8)]
    for group in groups:
        for folder in group:
            os.mkdir(folder)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    start = time.time() + 3.0  # enough for every interpreter to be up and spinning
    procs = [
        subprocess.Popen([PYTHON, "-c", ADD_FOLDERS, str(index_dir), str(start), *group], cwd=ROOT, env=env)
        for group in groups
    ]
    for proc in procs:
        assert proc.wait(timeout=60) == 0
    expected = {os.path.realpath(f) for group in groups for f in group}
    assert set(Library(index_dir).folders) == expected
    leftovers = {p.name for p in index_dir.iterdir()} - {"library.json", LOCK_NAME}
    assert not leftovers, f"temporary files left behind: {leftovers}"


def test_a_held_library_lock_is_a_bounded_busy_error(tmp_path: Path) -> None:
    library = Library(tmp_path / "index")
    library.add_folders([tmp_path])
    held = subprocess.Popen(
        [PYTHON, "-c", "import sys, time\nfrom pathlib import Path\n"
         "from telusur.index.library_file import library_lock\n"
         "with library_lock(Path(sys.argv[1])):\n    print('locked', flush=True); sys.stdin.read()\n",
         str(library.index_dir)],
        cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert held.stdout is not None and held.stdout.readline().strip() == "locked"
        started = time.monotonic()
        with pytest.raises(IndexBusyError, match="changing the library"), pytest.MonkeyPatch.context() as patch:
            patch.setattr(library_file, "LOCK_TIMEOUT_S", 0.5)
            library.add_folders([tmp_path / "x"])
        assert time.monotonic() - started < 30  # bounded, not forever
    finally:
        held.kill()
        held.wait()
    assert library.folders == [os.path.realpath(tmp_path)]  # unchanged by the refused add
    with library_lock(library.index_dir, timeout=5):  # freed when its holder died
        pass


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('{"folders": "/"}', "not a str"),
        ('{"folders": "/tmp"}', "not a str"),
        ('["/tmp"]', "JSON object"),
        ("{not json", "not valid JSON"),
        (b"\xff\xfe{}", "not valid JSON"),
        ('{"folders": {"/tmp": 1}}', "not a dict"),
        ('{"folders": [1, null, "relative/path", ""]}', "ignored 4 entries"),
    ],
)
def test_an_invalid_library_file_reads_as_empty_with_a_reason(tmp_path: Path, content: str | bytes,
                                                            problem: str) -> None:
    index_dir = tmp_path / "index"
    index_dir.mkdir()
    path = index_dir / "library.json"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    library = Library(index_dir)
    assert library.folders == []
    assert library.library_problem is not None and problem in library.library_problem
    # A change keeps the hand-edited file aside instead of overwriting it.
    library.add_folders([tmp_path])
    assert (index_dir / "library.json.invalid").read_bytes() == (
        content if isinstance(content, bytes) else content.encode()
    )
    assert library.folders == [os.path.realpath(tmp_path)] and library.library_problem is None


def test_cli_never_walks_root_for_a_string_folders_entry(tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    index_dir.mkdir()
    (index_dir / "library.json").write_text('{"folders": "/"}')
    done = run_cli("index", "--index-dir", str(index_dir), timeout=60)
    assert done.returncode != 0
    assert "not a valid library" in done.stderr and "no folders yet" in done.stderr
    assert "Traceback" not in done.stderr


def test_an_index_dir_that_is_a_file_says_not_a_folder(tmp_path: Path) -> None:
    index_file = tmp_path / "index"
    index_file.write_text("I am a file")
    folder = tmp_path / "artikel"
    make_folder(folder, 3, seed=1)
    for args in (["index", str(folder)], ["search", "berita"], ["folders"]):
        done = run_cli(*args, "--index-dir", str(index_file), timeout=60)
        assert done.returncode != 0, args
        assert "is not a folder" in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert index_file.read_text() == "I am a file"
    with pytest.raises(IndexDirError):
        Library(index_file).whoosh_index()


def test_a_whoosh_folder_replaced_by_a_file_is_rebuilt(tmp_path: Path) -> None:
    folder = tmp_path / "artikel"
    make_folder(folder, 5, seed=2)
    index_dir = tmp_path / "index"
    assert run_cli("index", str(folder), "--index-dir", str(index_dir)).returncode == 0
    shutil.rmtree(index_dir / "whoosh")
    (index_dir / "whoosh").write_text("not an index")
    done = run_cli("index", "--index-dir", str(index_dir))
    assert done.returncode == 0, done.stderr
    assert (index_dir / "whoosh").is_dir()
    assert Library(index_dir).document_count() == 5


def test_folder_names_that_are_not_utf8_round_trip(tmp_path: Path) -> None:
    """A Latin-1 ``café`` folder name is stored losslessly and read back the same."""
    raw = os.fsencode(str(tmp_path)) + b"/caf\xe9"
    os.mkdir(raw)
    name = os.fsdecode(raw)
    entry = encode_folder(name)
    assert isinstance(entry, dict) and decode_folder(json.loads(json.dumps(entry))) == name
    library = Library(tmp_path / "index")
    library.add_folders([name, tmp_path])
    assert sorted(library.folders) == sorted([os.path.realpath(name), os.path.realpath(tmp_path)])
    json.loads((tmp_path / "index" / "library.json").read_text(encoding="utf-8"))  # valid UTF-8 JSON
    assert read_library(tmp_path / "index" / "library.json").valid
    done = run_cli("folders", "--index-dir", str(tmp_path / "index"))
    assert done.returncode == 0 and "caf\ufffd" in done.stdout, done.stderr


def test_concurrent_cli_index_runs_keep_every_folder(tmp_path: Path) -> None:
    """Four ``telusur index FOLDER`` runs at once: every folder ends up in the library."""
    index_dir = tmp_path / "index"
    folders = [tmp_path / f"artikel{i}" for i in range(4)]
    for seed, folder in enumerate(folders):
        make_folder(folder, 3, seed=seed)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    procs = [
        subprocess.Popen([PYTHON, "-m", "telusur", "index", str(f), "--index-dir", str(index_dir)],
                         cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for f in folders
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0 or "busy" in err, err  # a run may find the index busy, never crash
        assert "Traceback" not in err
    assert set(Library(index_dir).folders) == {os.path.realpath(f) for f in folders}
