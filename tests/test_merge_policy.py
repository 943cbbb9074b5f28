"""The commit's merge policy: many small syncs leave few segments, and search results do not change."""
from __future__ import annotations

import math
import os
from pathlib import Path

import pytest
from helpers import use_settings, write_article

from telusur.index import Library, segments
from telusur.index.segments import MERGE_FACTOR, merge_plan
from telusur.searcher import SearchEngine, SearchRequest

TOPICS = ["kebakaran hutan riau", "revisi uu kpk", "bandar sabu medan", "gempa maluku", "habibie meninggal"]
QUERIES = ["kebakaran", "hutan riau", "kpk", "gempa maluku", "laporan", "penangkapan", '"bandar sabu"', "berita 7"]


def _simulate(syncs: int, per_sync: int, base: list[int] | None = None) -> tuple[list[int], int, int]:
    """Segment sizes after ``syncs`` commits of ``per_sync`` documents, documents copied, largest copy."""
    sizes = list(base or [])
    copied = largest = 0
    for _ in range(syncs):
        chosen = merge_plan(sizes, per_sync)
        moved = sum(sizes[i] for i in chosen)
        copied += moved
        largest = max(largest, moved)
        sizes = [s for i, s in enumerate(sizes) if i not in chosen] + [per_sync + moved]
    return sizes, copied, largest


def test_fifty_small_syncs_leave_few_segments_at_a_logarithmic_cost() -> None:
    sizes, copied, largest = _simulate(50, 100)
    assert sum(sizes) == 5000
    assert len(sizes) <= 6  # Whoosh's MERGE_SMALL left 14
    # Each merge multiplies what it copies: about log_F(N / n) copies a document.
    assert copied <= 5000 * math.log(50, MERGE_FACTOR)
    assert largest < 2500  # no sync rewrites most of the index
    for n in range(1, 200):  # at no point do segments pile up: fewer than MERGE_FACTOR a tier
        sizes = _simulate(n, 100)[0]
        assert len(sizes) <= (MERGE_FACTOR - 1) * (segments._tier(sum(sizes)) + 1)


def test_a_small_sync_never_rewrites_the_big_segments() -> None:
    base = [8954, 8954]  # a 17,908-article index built by two workers
    sizes, copied, _ = _simulate(50, 100, base)
    assert sizes[:2] == base
    assert copied <= 5000 * math.log(50, MERGE_FACTOR)


def test_empty_segments_go_and_a_removal_merges_nothing_else() -> None:
    assert merge_plan([500, 0, 3, 3, 3], 0) == [1]
    assert merge_plan([500, 3, 3, 3], 0) == []
    assert merge_plan([500, 3, 3, 3], 3) == [1, 2, 3]


def _write(folder: Path, i: int, extra: str = "") -> None:
    topic = TOPICS[i % len(TOPICS)]
    write_article(
        folder, f"{i:03d}.txt", f"Berita {i} tentang {topic}", f"{1 + i % 28} September 2019",
        f"Laporan ke-{i} mengenai {topic}. " * (1 + i % 4), "Penangkapan dan pembangunan terus berlanjut." + extra,
    )


def _segment_sizes(lib: Library) -> list[int]:
    with lib.whoosh_index().reader() as reader:
        return [leaf.doc_count() for leaf, _ in reader.leaf_readers()]


def _results(lib: Library) -> dict[str, list[tuple[str, float]]]:
    engine = SearchEngine(lib)
    try:
        out = {}
        for text in QUERIES:
            res = engine.search(SearchRequest(text, page_size=100, group_copies=False))
            out[text] = sorted((Path(h.path).name, round(h.score, 6)) for h in res.hits)
        return out
    finally:
        engine.close()


@pytest.fixture
def small_merges(monkeypatch):
    """Tiers of a few documents, so a test's small syncs merge as a real index's do."""
    monkeypatch.setattr(segments, "MERGE_FLOOR_DOCS", 2)
    use_settings(monkeypatch, workers=1)


def test_many_small_syncs_search_like_one_build(tmp_path: Path, small_merges) -> None:
    many_dir, one_dir = tmp_path / "many", tmp_path / "one"
    many, one = Library(tmp_path / "ix-many"), Library(tmp_path / "ix-one")
    many_dir.mkdir()
    many.add_folders([many_dir])
    counts = []
    for k in range(20):
        for i in range(2 * k, 2 * k + 2):
            _write(many_dir, i)
        many.sync()
        counts.append(len(_segment_sizes(many)))
    for i in range(40):
        _write(one_dir, i)
    one.add_folders([one_dir])
    one.sync()
    assert max(counts) <= 2 * (MERGE_FACTOR - 1) + 1  # Whoosh's own policy kept ~all 20 here
    assert sum(_segment_sizes(many)) == 40
    assert _results(many) == _results(one)

    # Deletions and edits: fully deleted segments vanish, results still match a fresh build.
    for i in range(0, 40, 3):
        os.remove(many_dir / f"{i:03d}.txt")
        os.remove(one_dir / f"{i:03d}.txt")
    for i in range(1, 40, 7):
        _write(many_dir, i, " Ditambah kabar baru.")
        _write(one_dir, i, " Ditambah kabar baru.")
    many.sync()
    fresh = Library(tmp_path / "ix-fresh")
    fresh.add_folders([one_dir])
    fresh.sync()
    assert 0 not in _segment_sizes(many)
    assert sum(_segment_sizes(many)) == sum(_segment_sizes(fresh))
    # Deleted documents still count in Whoosh's term statistics until merged away,
    # so compare which articles match (scores may differ where a deletion survives).
    got = {q: [name for name, _ in hits] for q, hits in _results(many).items()}
    want = {q: [name for name, _ in hits] for q, hits in _results(fresh).items()}
    assert got == want


def test_a_commit_that_fails_while_merging_leaves_the_last_generation(tmp_path: Path, small_merges,
                                                                        monkeypatch) -> None:
    folder = tmp_path / "articles"
    lib = Library(tmp_path / "ix")
    folder.mkdir()
    lib.add_folders([folder])
    for k in range(3):
        _write(folder, k)
        lib.sync()
    before = _results(lib)
    sizes = _segment_sizes(lib)
    files = sorted(os.listdir(lib.whoosh_index().storage.folder))
    _write(folder, 3)  # this commit merges the three segments into its own

    def fail(self, segs):
        raise OSError("disk full")

    commit_toc = segments.AppendingWriter._commit_toc
    monkeypatch.setattr(segments.AppendingWriter, "_commit_toc", fail)
    with pytest.raises(OSError):
        lib.sync()
    monkeypatch.setattr(segments.AppendingWriter, "_commit_toc", commit_toc)
    assert _segment_sizes(lib) == sizes
    assert _results(lib) == before
    assert sorted(os.listdir(lib.whoosh_index().storage.folder)) == files  # no orphan left
