"""Document number -> unique key, read from the key terms' term infos."""
from __future__ import annotations

import json
from pathlib import Path

from telusur.index import Library
from telusur.index.doc_keys import document_keys
from telusur.index.keys import doc_key


def _write(path: Path, headline: str, body: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{headline}\n\n2024-03-0{len(headline) % 9 + 1}\n\n{body}\n", encoding="utf-8")


def _expected(library: Library) -> dict[int, str]:
    """The slow, obvious way: every live document's stored key."""
    with library.whoosh_index().reader() as reader:
        return {docnum: reader.stored_fields(docnum)["key"] for docnum in reader.all_doc_ids()}


def test_keys_of_live_documents_across_segments_with_deletions(tmp_path: Path) -> None:
    folder = tmp_path / "arsip"
    for i in range(6):
        _write(folder / f"berita{i}.txt", f"Judul berita nomor {i}", f"Isi berita nomor {i} tentang banjir.")
    records = [{"title": f"Rekaman {i}", "content": f"Isi rekaman {i}", "published": "2024-01-02"} for i in range(3)]
    data = folder / "data.jsonl"
    data.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    library = Library(tmp_path / "index")
    library.add_folders([folder])
    library.sync()
    # A second segment: one article edited (its old document is deleted in the
    # first segment, the new one written to the second), one removed, one added.
    _write(folder / "berita1.txt", "Judul berita nomor 1 diperbarui", "Isi yang sudah diubah sama sekali.")
    (folder / "berita2.txt").unlink()
    _write(folder / "berita9.txt", "Judul berita baru", "Isi berita baru tentang gempa.")
    data.write_text("\n".join(json.dumps(r) for r in records[:2]) + "\n", encoding="utf-8")
    library.sync()
    with library.whoosh_index().reader() as reader:
        assert len(reader.leaf_readers()) >= 2 and reader.has_deletions()
        got = document_keys(reader)
    assert got == _expected(library)
    assert sorted(got.values()) == sorted(
        [doc_key(str(folder / f"berita{i}.txt")) for i in (0, 1, 3, 4, 5, 9)]
        + [doc_key(str(data), r) for r in (1, 2)]
    )


def test_an_empty_index_has_no_keys(tmp_path: Path) -> None:
    library = Library(tmp_path / "index")
    library.add_folders([tmp_path])
    library.sync()
    with library.whoosh_index().reader() as reader:
        assert document_keys(reader) == {}
