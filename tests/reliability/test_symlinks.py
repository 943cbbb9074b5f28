"""Symbolic links are followed only into library folders (issue 26.1).

A link inside a library folder to ``/etc/passwd``, a private key elsewhere
or ``/proc/self/environ`` must not make that file a searchable article.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from telusur.index import Library
from telusur.index.files import walk_articles
from telusur.index.messages import SkipReason, message_code

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="symlinks need privileges")

ARTICLE = "Judul {name}\n\n4 Juli 2024\n\nIsi berita {name} tentang banjir.\n"


def _write(path: Path, name: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(ARTICLE.format(name=name), encoding="utf-8")


@pytest.fixture
def layout(tmp_path: Path) -> dict[str, Path]:
    lib_a, lib_b, outside = tmp_path / "a", tmp_path / "b", tmp_path / "rahasia"
    _write(lib_a / "asli.txt", "asli")
    _write(lib_b / "sub" / "lain.txt", "lain")
    _write(outside / "kunci.txt", "kunci")
    _write(outside / "dalam" / "x.txt", "x")
    (lib_a / "ke_rahasia.txt").symlink_to(outside / "kunci.txt")
    (lib_a / "ke_folder_rahasia").symlink_to(outside, target_is_directory=True)
    (lib_a / "ke_b.txt").symlink_to(lib_b / "sub" / "lain.txt")
    (lib_a / "ke_folder_b").symlink_to(lib_b / "sub", target_is_directory=True)
    (lib_a / "passwd.txt").symlink_to("/etc/passwd")
    (lib_a / "lingkar").symlink_to(lib_a, target_is_directory=True)
    return {"a": lib_a, "b": lib_b, "outside": outside}


def test_links_outside_the_library_are_skipped_with_a_reason(layout: dict[str, Path]) -> None:
    lib_a, lib_b = layout["a"], layout["b"]
    found, skipped = walk_articles(lib_a, [str(lib_a), str(lib_b)])
    names = sorted(os.path.relpath(f.path, lib_a) for f in found)
    assert names == ["asli.txt", "ke_b.txt", os.path.join("ke_folder_b", "lain.txt")]
    outside = {os.path.basename(s.path): s for s in skipped}
    assert set(outside) == {"ke_rahasia.txt", "ke_folder_rahasia", "passwd.txt"}
    assert all(message_code(s.reason) is SkipReason.LINK_OUTSIDE for s in skipped)


def test_only_the_walked_folder_counts_when_no_library_is_given(layout: dict[str, Path]) -> None:
    found, skipped = walk_articles(layout["a"])
    assert sorted(os.path.basename(f.path) for f in found) == ["asli.txt"]
    assert {os.path.basename(s.path) for s in skipped} == {
        "ke_rahasia.txt", "ke_folder_rahasia", "passwd.txt", "ke_b.txt", "ke_folder_b"}


def test_a_sync_never_indexes_a_file_outside_the_library(layout: dict[str, Path], tmp_path: Path) -> None:
    lib = Library(tmp_path / "index")
    lib.add_folders([layout["a"], layout["b"]])
    report = lib.sync()
    with lib.whoosh_index().searcher() as searcher:
        bodies = " ".join(d["body"] for d in searcher.all_stored_fields())
    assert "kunci" not in bodies and "root:" not in bodies
    assert "asli" in bodies and "lain" in bodies
    reasons = {os.path.basename(s.path): message_code(s.reason) for s in report.skipped}
    assert reasons["passwd.txt"] is SkipReason.LINK_OUTSIDE
    assert reasons["ke_folder_rahasia"] is SkipReason.LINK_OUTSIDE
