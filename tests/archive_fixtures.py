"""An archive for the facet, copy, related, export and saved-search tests.

Outlets are folders below the library folder (their source), stories are
made of real Indonesian words drawn by a seeded generator, and a wire copy
is made the way outlets republish: another outlet's folder, a dateline, a
"Baca juga" line, a credit and a prefixed headline.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

from helpers import write_article

WORDS = (
    "pemerintah presiden menteri rakyat daerah kota provinsi jalan banjir hujan sungai warga polisi "
    "tersangka korupsi hakim sidang pengadilan ekonomi harga pasar beras minyak listrik sekolah guru "
    "murid rumah sakit dokter pasien vaksin pemilu partai suara kampanye calon gubernur bupati desa "
    "petani sawah panen nelayan laut pelabuhan kapal pesawat bandara kereta stasiun tol macet "
    "kebakaran hutan asap gunung gempa tsunami bencana bantuan relawan posko pengungsi anggaran "
    "pajak investasi saham bank rupiah dolar ekspor impor pabrik buruh upah mahasiswa kampus "
    "demonstrasi gedung dewan undang rapat keputusan laporan data angka survei penduduk wilayah"
).split()


def story(seed: int, paragraphs: int = 4, words: int = 30) -> list[str]:
    """Paragraphs of seeded word salad: distinct per seed, reproducible."""
    rng = random.Random(seed)
    salad = [" ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "." for _ in range(paragraphs)]
    return salad + ["Berita ini disusun redaksi."]


def wire_copy(paragraphs: list[str], outlet: str) -> list[str]:
    """The same story as another outlet republishes it."""
    first = f"JAKARTA, {outlet.upper()}.COM - " + paragraphs[0]
    return [first, *paragraphs[1:2], "Baca juga: Berita Pilihan", *paragraphs[2:], "(ant/red)"]


BASE = datetime(2019, 9, 10, 8, 0)


def write_story(folder: Path, outlet: str, name: str, headline: str, seed: int, day: int | None) -> Path:
    date = BASE + timedelta(days=day) if day is not None else None
    return write_article(folder / outlet, f"{name}.txt", headline, date, *story(seed))


def write_copy(folder: Path, outlet: str, name: str, headline: str, seed: int, day: int) -> Path:
    paragraphs = wire_copy(story(seed), outlet)
    when = BASE + timedelta(days=day)
    return write_article(folder / outlet, f"{name}.txt", "BREAKING: " + headline, when, *paragraphs)


def write_archive(folder: Path) -> dict[str, Path]:
    """Ten articles over three outlets and 40 days, one undated, one wire-copy pair."""
    paths = {
        "a1": write_story(folder, "kompas", "a1", "Banjir rendam kota", 1, 0),
        "a2": write_story(folder, "kompas", "a2", "Harga beras naik", 2, 1),
        "a3": write_story(folder, "kompas", "a3", "Sidang korupsi bupati", 3, 5),
        "b1": write_story(folder, "tempo", "b1", "Gempa guncang desa", 4, 1),
        "b2": write_story(folder, "tempo", "b2", "Vaksin untuk sekolah", 5, 12),
        "c1": write_story(folder, "detik", "c1", "Kebakaran hutan meluas", 6, 20),
        "c2": write_story(folder, "detik", "c2", "Pemilu di daerah", 7, 39),
        "u1": write_story(folder, "detik", "u1", "Tanpa tanggal", 8, None),
        # The wire copy of a1, and another article on floods that is no copy.
        "a1copy": write_copy(folder, "tempo", "a1copy", "Banjir rendam kota", 1, 1),
        "flood2": write_story(folder, "tempo", "flood2", "Banjir rendam kota lagi", 9, 2),
    }
    return paths


def write_typo_archive(folder: Path) -> None:
    """30 stories of one outlet and one article with "fotovoltaik": a typo of it finds nothing as typed.

    Tests shrink ``suggest.TYPO_FULL_SCALE_DOCS`` to 10 so this small archive
    stands for a large one (a missing word is corrected only to a common word).
    """
    for seed in range(30):
        write_story(folder, "kompas", f"s{seed}", f"Berita {seed}", seed, seed % 10)
    write_article(folder / "tempo", "surya.txt", "Panel surya di desa", "4 Sep 2019",
                  "Listrik fotovoltaik menerangi desa di Nusa Tenggara Timur.")
