"""Related articles: same topic first, the article's own copies left out, a day window."""
from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from helpers import write_article

from telusur.index import Library
from telusur.searcher import SearchEngine

DAY = datetime(2019, 9, 10, 9, 0)
FLOOD = (
    "Banjir merendam ratusan rumah warga di bantaran sungai setelah hujan deras semalaman. "
    "Tim penyelamat mengevakuasi warga ke posko pengungsian dan membagikan bantuan logistik. "
    "Ketinggian air mencapai satu meter dan tanggul sungai jebol di dua titik."
)
ELECTION = (
    "Komisi pemilihan umum menetapkan daftar calon tetap untuk pemilihan kepala daerah. "
    "Partai politik menyerahkan berkas pencalonan dan visi misi kandidat kepada panitia. "
    "Kampanye terbuka dijadwalkan dimulai bulan depan di seluruh kabupaten."
)


def _write(folder: Path, name: str, headline: str, days: int, *paragraphs: str) -> Path:
    return write_article(folder, f"{name}.txt", headline, DAY + timedelta(days=days), *paragraphs)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[SearchEngine, dict[str, Path]]:
    root = tmp_path_factory.mktemp("related")
    folder = root / "arsip"
    paths = {
        "flood": _write(folder, "flood", "Banjir rendam ratusan rumah warga", 0, FLOOD),
        "flood_copy": _write(folder, "flood_copy", "VIDEO: Banjir rendam ratusan rumah warga", 1,
                             "JAKARTA, ANTARA - " + FLOOD, "Baca juga: Berita Pilihan", "(ant)"),
        "flood_later": _write(folder, "flood_later", "Banjir kembali rendam rumah warga bantaran sungai", 3,
                              "Banjir kembali merendam rumah warga di bantaran sungai. Tanggul jebol lagi.",
                              "Warga mengungsi ke posko dan menunggu bantuan logistik dari pemerintah."),
        "flood_far": _write(folder, "flood_far", "Tanggul sungai jebol, banjir rendam desa", 60,
                            "Tanggul sungai jebol dan banjir merendam rumah warga desa. Warga mengungsi ke posko."),
        "election": _write(folder, "election", "KPU tetapkan daftar calon kepala daerah", 1, ELECTION),
        "election2": _write(folder, "election2", "Partai serahkan berkas calon kepala daerah", 2,
                            "Partai politik menyerahkan berkas pencalonan kepala daerah kepada komisi pemilihan."),
    }
    library = Library(root / "index")
    library.add_folders([folder])
    library.sync()
    return SearchEngine(library), paths


def test_same_topic_first_and_own_copies_left_out(corpus) -> None:
    engine, paths = corpus
    result = engine.related(str(paths["flood"]))
    assert result.article is not None and result.article.path == str(paths["flood"])
    shown = [h.path for h in result.hits]
    assert str(paths["flood"]) not in shown and str(paths["flood_copy"]) not in shown
    assert set(shown[:2]) == {str(paths["flood_later"]), str(paths["flood_far"])}
    assert str(paths["election"]) not in shown[:2]
    assert len(shown) <= 10


def test_a_day_window_keeps_only_nearby_articles(corpus) -> None:
    engine, paths = corpus
    shown = [h.path for h in engine.related(str(paths["flood"]), days=7).hits]
    assert str(paths["flood_later"]) in shown and str(paths["flood_far"]) not in shown


def test_an_unknown_article_is_a_message(corpus, tmp_path: Path) -> None:
    engine, _ = corpus
    result = engine.related(str(tmp_path / "nope.txt"))
    assert result.article is None and result.message and "not in the index" in result.message
