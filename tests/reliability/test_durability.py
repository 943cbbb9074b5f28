"""A commit is made durable in the order SQLite and Lucene use (issue 16, item 8).

A power cut cannot be simulated here, so the test checks the order of the
system calls that make it safe: every data file of the new generation and
the checksum map are fsynced before the table of contents is renamed into
place, the table of contents itself is fsynced before that rename, and the
index folder is fsynced after it (so the rename itself survives).
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from rel_helpers import make_folder

from telusur.index import Library


def _recorded_sync(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[tuple[str, str]]:
    events: list[tuple[str, str]] = []
    real_fsync, real_rename, real_replace = os.fsync, os.rename, os.replace

    def fsync(fd: int) -> None:
        events.append(("fsync", os.readlink(f"/proc/self/fd/{fd}")))
        real_fsync(fd)

    def rename(src, dst, *args, **kwargs):
        events.append(("rename", os.fspath(dst)))
        real_rename(src, dst, *args, **kwargs)

    def replace(src, dst, *args, **kwargs):
        events.append(("rename", os.fspath(dst)))
        real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "rename", rename)
    monkeypatch.setattr(os, "replace", replace)
    return events


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to name file descriptors")
def test_commit_fsyncs_data_then_toc_then_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "artikel"
    make_folder(folder, 20, seed=51)
    lib = Library(tmp_path / "index")
    lib.add_folders([folder])
    lib.open()
    whoosh = os.path.realpath(tmp_path / "index" / "whoosh")
    events = _recorded_sync(monkeypatch, tmp_path)
    lib.sync()

    toc_renames = [i for i, (kind, path) in enumerate(events) if kind == "rename" and path.endswith(".toc")]
    assert len(toc_renames) == 1
    commit = toc_renames[0]
    toc = events[commit][1]
    before = {path for kind, path in events[:commit] if kind == "fsync"}
    after = [path for kind, path in events[commit + 1 :] if kind == "fsync"]

    segment_files = {os.path.join(whoosh, n) for n in os.listdir(whoosh) if n.startswith("MAIN_") and "." in n}
    assert segment_files and segment_files <= before, "a data file was not fsynced before the commit"
    assert any(p.startswith(toc + ".") for p in before), "the table of contents was not fsynced before its rename"
    sums_renamed = [i for i, (kind, p) in enumerate(events) if kind == "rename" and p.endswith("_checksums.json")]
    assert sums_renamed and sums_renamed[-1] < commit, "the checksums must be in place before the commit"
    assert whoosh in after, "the folder was not fsynced after the rename"
