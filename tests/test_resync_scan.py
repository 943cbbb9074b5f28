"""The resync's walk and plan: one ``scandir`` per folder, records compared as bytes (issue 22).

Every test runs as Linux has it and under the Windows file rules
(tests/windows_rules.py): names that differ only in case are one file, there
is no change time, and the file index comes from a stat by name.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import windows_rules
from helpers import write_article

from telusur.index import Library
from telusur.index.files import scan_articles, walk_articles
from telusur.index.sync import sync_records

pytestmark = pytest.mark.windows_too


def _counts(report) -> tuple[int, int, int, int]:
    return (report.added, report.updated, report.removed, report.unchanged)


def _names(lib: Library) -> set[str]:
    with lib.whoosh_index().searcher() as s:
        return {Path(d["path"]).name for d in s.all_stored_fields()}


@pytest.fixture
def lib(tmp_path: Path, news_folder: Path, platform_rules: str) -> Library:
    library = Library(tmp_path / "ix")
    library.add_folders([news_folder])
    assert _counts(library.sync()) == (4, 0, 0, 0)
    return library


def test_nothing_changed_reads_nothing(lib: Library, news_folder: Path, monkeypatch) -> None:
    import telusur.index.sync as sync

    monkeypatch.setattr(sync, "prepare", lambda *a, **k: pytest.fail("an unchanged file was read"))
    assert _counts(lib.sync()) == (0, 0, 0, 4)


def test_changed_new_deleted_and_renamed_files_are_found(lib: Library, news_folder: Path) -> None:
    write_article(news_folder, "a.txt", "Polisi Menangkap Kurir Ganja", "12 Sep 2019", "Kurir ganja ditangkap.")
    write_article(news_folder, "sub/deeper/e.txt", "Banjir Jakarta", "13 Sep 2019", "Banjir merendam Jakarta.")
    (news_folder / "d.txt").unlink()
    (news_folder / "sub" / "c.txt").rename(news_folder / "sub" / "c2.txt")
    assert _counts(lib.sync()) == (2, 1, 2, 1)
    assert _names(lib) == {"a.txt", "b.txt", "c2.txt", "e.txt"}
    assert _counts(lib.sync()) == (0, 0, 0, 4)


def test_a_replaced_file_of_the_same_size_and_time_is_read_again(lib: Library, news_folder: Path) -> None:
    """A corrected copy put in place with the old times (``cp -p``, Explorer's copy): a new file index."""
    b = news_folder / "b.txt"
    st = b.stat()
    fixed = b.read_bytes().replace(b"Riau", b"Aceh")
    assert len(fixed) == st.st_size
    replacement = news_folder / "b.new"
    replacement.write_bytes(fixed)
    os.utime(replacement, ns=(st.st_atime_ns, st.st_mtime_ns))
    b.unlink()
    replacement.rename(b)
    assert _counts(lib.sync()) == (0, 1, 0, 3)
    with lib.whoosh_index().searcher() as s:
        assert "Aceh" in s.document(key=str(b))["headline"]


def test_a_case_only_rename_is_one_article_under_its_new_name(lib: Library, news_folder: Path) -> None:
    # The real rename: the rules' own maps "B.txt" onto the existing "b.txt" (one name ignoring case),
    # while Windows changes the spelling on disk.
    windows_rules._REAL["rename"](news_folder / "b.txt", news_folder / "B.txt")
    assert _counts(lib.sync()) == (1, 0, 1, 3)
    assert _names(lib) == {"a.txt", "B.txt", "c.txt", "d.txt"}


def test_names_the_key_escapes_stay_unchanged(lib: Library, news_folder: Path) -> None:
    """``%`` and ``#`` are escaped in keys (keys.file_key): the plan maps them back to paths."""
    write_article(news_folder, "50% naik #1.txt", "Harga Naik", "14 Sep 2019", "Harga beras naik.")
    assert _counts(lib.sync()) == (1, 0, 0, 4)
    assert "50%25 naik %231.txt" in "".join(sync_records(lib.whoosh_index()).raw)
    assert _counts(lib.sync()) == (0, 0, 0, 5)
    (news_folder / "50% naik #1.txt").unlink()
    assert _counts(lib.sync()) == (0, 0, 1, 4)


def test_a_data_set_counts_its_articles(lib: Library, news_folder: Path) -> None:
    rows = [{"title": f"Berita {i}", "content": f"Isi berita nomor {i} tentang banjir.", "date": "2019-09-15"}
            for i in range(3)]
    (news_folder / "set.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert _counts(lib.sync()) == (3, 0, 0, 4)
    records = sync_records(lib.whoosh_index())
    assert records.counts == {str(news_folder / "set.jsonl"): 3}
    assert _counts(lib.sync()) == (0, 0, 0, 7)
    (news_folder / "set.jsonl").unlink()
    assert _counts(lib.sync()) == (0, 0, 3, 4)


def test_a_folder_that_left_the_library_is_dropped(tmp_path: Path, news_folder: Path, platform_rules: str) -> None:
    other = tmp_path / "other"
    write_article(other, "x.txt", "Gempa Lombok", "15 Sep 2019", "Gempa mengguncang Lombok.")
    lib = Library(tmp_path / "ix")
    lib.add_folders([news_folder, other])
    assert _counts(lib.sync()) == (5, 0, 0, 0)
    lib.dir.update_folders(lambda current: [f for f in current if Path(f).name != "other"])
    assert _counts(lib.sync()) == (0, 0, 1, 4)  # an interrupted removal converges on the next sync


def test_the_walk_lists_as_os_walk_did(tmp_path: Path, platform_rules: str) -> None:
    """Each folder's files by name, then its subfolders by name, depth first; dot files and
    other suffixes left out; the order decides document numbers, so it must not change."""
    root = tmp_path / "arsip"
    for rel in ["b.txt", "a.txt", "z/y.txt", "z/a/b.md", "c/x.txt", "c/.hidden.txt", "c/notes.doc", ".git/x.txt",
                "page.html", "page_files/inner.txt", "c/d/e/f.txt"]:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text("Judul\n\nIsi.\n", encoding="utf-8")
    expected = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d != "page_files")
        expected += [os.path.join(dirpath, n) for n in sorted(filenames)
                     if not n.startswith(".") and n.endswith((".txt", ".md", ".html"))]
    scanned, skipped = scan_articles(root)
    assert [item[0] for item in scanned] == expected and not skipped
    stats = walk_articles(root)[0]
    assert [(fs.path, fs.size, fs.mtime_ns, fs.inode) for fs in stats] == [
        (p, os.stat(p).st_size, os.stat(p).st_mtime_ns, os.stat(p).st_ino) for p in expected
    ]
