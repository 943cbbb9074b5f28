"""The index is private, article folders are read-only to Telusur, removal is per folder."""
from __future__ import annotations

import os
import stat
from pathlib import Path

from rel_helpers import checksums, fresh_records, listing, make_folder, records

from telusur import cli
from telusur.index import Library


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_index_dir_is_private(tmp_path: Path, capsys) -> None:
    """A new index dir (and its whoosh folder) is 0700; library.json is not group/world readable."""
    folder = tmp_path / "artikel"
    make_folder(folder, 10, seed=1)
    old_umask = os.umask(0o022)
    try:
        index_dir = tmp_path / "data" / "telusur"
        assert cli.main(["--index-dir", str(index_dir), "index", str(folder)]) == 0
    finally:
        os.umask(old_umask)
    capsys.readouterr()
    assert _mode(index_dir) == 0o700
    assert _mode(index_dir / "whoosh") == 0o700
    assert _mode(index_dir / "library.json") & 0o077 == 0


def test_index_and_search_never_write_in_article_folders(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "artikel"
    make_folder(folder, 30, seed=2)
    before_sums, before_names = checksums(folder), listing(folder)
    index_dir = tmp_path / "index"
    assert cli.main(["--index-dir", str(index_dir), "index", str(folder)]) == 0
    assert cli.main(["--index-dir", str(index_dir), "search", "berita"]) == 0
    assert cli.main(["--index-dir", str(index_dir), "remove", str(folder)]) == 0
    capsys.readouterr()
    assert checksums(folder) == before_sums
    assert listing(folder) == before_names


def test_removing_a_folder_removes_only_its_documents(tmp_path: Path) -> None:
    """Other folders' documents (even a folder nested inside the removed one) stay; files stay."""
    a, b = tmp_path / "koran_a", tmp_path / "koran_b"
    make_folder(a, 40, seed=3)
    make_folder(b, 25, seed=4)
    nested = a / "bagian0"  # also added on its own: must survive removing its parent
    sums = checksums(tmp_path)
    lib = Library(tmp_path / "index")
    lib.add_folders([a, b, nested])
    lib.sync()
    removed = lib.remove_folder(a)
    expected = fresh_records([b, nested], tmp_path / "reference")
    assert records(lib) == expected
    assert removed == 40 - len([r for r in expected if "/koran_a/" in r[0]])
    assert sorted(lib.folders) == sorted([os.path.realpath(b), os.path.realpath(nested)])
    assert lib.sync().changed is False, "the next sync would bring the removed folder back"
    assert checksums(tmp_path / "koran_a") == {p: s for p, s in sums.items() if "/koran_a/" in p}
    assert all(os.path.exists(p) for p in sums)
