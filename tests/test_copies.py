"""Wire copies: MinHash estimates, grouping at index time, incremental and convergent."""
from __future__ import annotations

from pathlib import Path

import pytest
from archive_fixtures import story, write_archive, write_copy, write_story

from telusur.index import Library
from telusur.index.copies import STORE_NAME, article_signature, load_store, refresh_copies
from telusur.index.minhash import shingles, similarity, text_signature, words_of
from telusur.index.sync import sync_folders
from telusur.searcher import SearchEngine, SearchRequest


def _jaccard(a: str, b: str) -> float:
    sa, sb = shingles(words_of(a)), shingles(words_of(b))
    return len(sa & sb) / len(sa | sb)


def test_signature_agreement_estimates_jaccard() -> None:
    base = " ".join(story(11, paragraphs=6))
    edited = "JAKARTA, KOMPAS.COM - " + base.replace(". ", ". Baca juga: Simak Juga. ", 1) + " (ant)"
    other = " ".join(story(12, paragraphs=6))
    sig_base, sig_edit, sig_other = (text_signature(t) for t in (base, edited, other))
    assert sig_base and sig_edit and sig_other
    assert abs(similarity(sig_base, sig_edit) - _jaccard(base, edited)) < 0.15
    assert similarity(sig_base, sig_edit) > 0.65
    assert similarity(sig_base, sig_other) < 0.2
    assert text_signature("") is None
    assert article_signature("Singkat", "terlalu pendek") is None  # too short to tell a copy


@pytest.fixture
def archive(tmp_path: Path) -> tuple[Library, dict[str, Path]]:
    paths = write_archive(tmp_path / "arsip")
    library = Library(tmp_path / "index")
    library.add_folders([tmp_path / "arsip"])
    library.sync()
    return library, paths


def _group_of(library: Library, path: Path) -> str | None:
    return library.copy_groups().get(str(path))


def test_a_wire_copy_is_grouped_and_a_story_on_the_same_topic_is_not(archive) -> None:
    library, paths = archive
    group = _group_of(library, paths["a1"])
    assert group is not None and group == _group_of(library, paths["a1copy"])
    assert _group_of(library, paths["flood2"]) is None
    assert len(set(library.copy_groups().values())) == 1


def test_adding_articles_signs_only_them_and_keeps_group_ids(archive, tmp_path: Path) -> None:
    library, paths = archive
    group = _group_of(library, paths["a1"])
    folder = tmp_path / "arsip"
    third = write_copy(folder, "detik", "a1third", "Banjir rendam kota", 1, 3)
    write_story(folder, "detik", "new1", "Berita baru", 21, 4)
    ix = library.whoosh_index()
    sync_folders(ix, library.folders)  # the index only: the store is refreshed below
    report = refresh_copies(ix, library.index_dir)
    assert report is not None and report.signed == 2 and report.dropped == 0
    assert _group_of(library, third) == group  # joins the existing group, whose id is unchanged
    assert refresh_copies(ix, library.index_dir) is None  # nothing changed since


def test_removing_a_copy_dissolves_the_group_and_editing_re_signs(archive) -> None:
    library, paths = archive
    paths["a1copy"].unlink()
    library.sync()
    assert library.copy_groups() == {}
    # An edit that makes flood2 a copy of a1 groups it on the next sync.
    paths["flood2"].write_text(paths["a1"].read_text(encoding="utf-8"), encoding="utf-8")
    library.sync()
    assert _group_of(library, paths["flood2"]) == _group_of(library, paths["a1"]) is not None


def test_a_damaged_store_is_rebuilt_to_the_same_groups(archive) -> None:
    library, paths = archive
    before = library.copy_groups()
    store = library.index_dir / STORE_NAME
    store.write_bytes(b"not a pickle")
    assert load_store(store).entries == {}
    library.sync()  # nothing on disk changed: the store is rebuilt from the index alone
    assert library.copy_groups() == before
    assert set(load_store(store).entries) == {str(p) for p in paths.values()}


def test_search_folds_copies_and_no_group_shows_them(archive) -> None:
    library, paths = archive
    engine = SearchEngine(library)
    folded = engine.search(SearchRequest("banjir rendam kota", page_size=20))
    shown = [h.path for h in folded.hits]
    assert (str(paths["a1"]) in shown) != (str(paths["a1copy"]) in shown)
    hit = next(h for h in folded.hits if h.path in (str(paths["a1"]), str(paths["a1copy"])))
    assert hit.group is not None and [c.path for c in hit.copies] in ([str(paths["a1"])], [str(paths["a1copy"])])
    assert folded.groups == folded.total - 1
    flat = engine.search(SearchRequest("banjir rendam kota", page_size=20, group_copies=False))
    assert {str(paths["a1"]), str(paths["a1copy"])} <= {h.path for h in flat.hits}
    assert flat.total == folded.total and all(not h.copies for h in flat.hits)


def test_pages_after_folding_neither_skip_nor_repeat(archive) -> None:
    library, _ = archive
    engine = SearchEngine(library)
    everything = engine.search(SearchRequest("berita", page_size=50))
    assert everything.total == 10 and everything.groups == 9 and len(everything.hits) == 9
    paged = [engine.search(SearchRequest("berita", page=p, page_size=2)).hits for p in range(1, 6)]
    assert [h.path for page in paged for h in page] == [h.path for h in everything.hits]


def test_what_outlets_add_is_left_out_of_the_comparison() -> None:
    from telusur.index.copies import story_text

    body = "JAKARTA, KOMPAS.com - Banjir merendam kota.\n\nBaca juga: Berita Pilihan\n\nWarga mengungsi.\n\n(ant/red)"
    expected = "Banjir rendam kota\nBanjir merendam kota.\nWarga mengungsi."
    assert story_text("VIDEO: Banjir rendam kota", body) == expected
    assert story_text("Banjir", "Harga naik. DPR - setuju") == "Banjir\nHarga naik. DPR - setuju"


def test_grouping_reads_signatures_from_the_index_column_not_the_text(archive, monkeypatch) -> None:
    """Signatures are made at indexing time; a refresh never reads stored bodies back (memory)."""
    import telusur.index.copies as copies

    library, _ = archive
    before = library.copy_groups()
    (library.index_dir / STORE_NAME).unlink()

    def no_text(*_args):
        raise AssertionError("refresh re-read an article's text")

    monkeypatch.setattr(copies, "article_signature", no_text)
    library.refresh_copies()
    assert library.copy_groups() == before


def test_folding_that_reruns_the_query_keeps_the_exact_total() -> None:
    """A page folded short re-runs the query for more hits; that run ranks its top n and
    counts only what it saw on the way. The total shown must stay the exact first count
    (at 10x, 'tahun' said 7,815 articles while its outlets summed to 69,150)."""
    from telusur.searcher.grouping import GroupColumn, fold_found
    from telusur.searcher.requests import Found, Scored

    # 40 matching documents in groups of 10 copies: the first 20 ranked fold to 2 hits.
    column = GroupColumn(
        searcher=None,  # type: ignore[arg-type]
        keys={d: f"k{d}" for d in range(40)},
        group_of={d: f"g{d // 10}" for d in range(40)},
        members={f"g{g}": tuple(range(g * 10, g * 10 + 10)) for g in range(4)},
    )
    ranked = tuple(Scored(d, 1.0 - d / 100) for d in range(40))

    def more(n: int) -> Found:
        return Found(n + 3, ranked[:n], exact=False)  # a lower bound, as a top-n run gives

    folded = fold_found(Found(40, ranked[:20], exact=True), column, 3, more)
    assert folded.total == 40 and folded.exact
    assert [s.docnum for s in folded.ranked] == [0, 10, 20, 30]
