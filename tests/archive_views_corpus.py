"""A tiny archive for the archive views' tests: three outlets, one story with two wire copies."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from helpers import write_article

FLOOD = (
    "Banjir merendam ratusan rumah warga di bantaran sungai Ciliwung setelah hujan deras semalaman. "
    "Tim penyelamat mengevakuasi warga ke posko pengungsian dan membagikan bantuan logistik kepada korban. "
    "Ketinggian air mencapai satu meter dan tanggul sungai jebol di dua titik menurut petugas setempat. "
    "Pemerintah kota menyiapkan pompa air tambahan dan dapur umum bagi para pengungsi di kelurahan itu."
)
COPY_URL = "https://news.example.id/banjir-ciliwung"

# (outlet, file, headline, date, body)
OTHERS = [
    ("kompas", "k2.txt", "Banjir kembali rendam permukiman bantaran sungai", datetime(2019, 9, 20, 9),
     "Banjir kembali merendam rumah warga di bantaran sungai Ciliwung. "
     "Tanggul jebol lagi dan warga mengungsi ke posko."),
    ("kompas", "k3.txt", "Harga beras naik di pasar induk", datetime(2019, 3, 2, 9),
     "Harga beras medium naik di pasar induk menjelang puasa; pedagang menyebut pasokan dari daerah berkurang."),
    ("tempo", "t2.txt", "Banjir bandang melanda desa di lereng gunung", datetime(2019, 1, 12, 9),
     "Banjir bandang melanda desa di lereng gunung setelah hujan lebat; jembatan putus dan jalan tertutup lumpur."),
    ("okezone", "o2.txt", "Warga bersihkan lumpur sisa banjir", datetime(2019, 12, 5, 9),
     "Warga bergotong royong membersihkan lumpur sisa banjir dari rumah dan jalan kampung mereka."),
    ("okezone", "o3.txt", "Banjir tanpa tanggal", None,
     "Banjir kecil menggenangi jalan raya tanpa keterangan tanggal pada arsip ini."),
]


def write_archive(root: Path) -> Path:
    """The library folder: kompas/, tempo/, okezone/ (the folder names are the outlets)."""
    folder = root / "arsip"
    day = datetime(2019, 9, 15, 8)
    write_article(folder / "kompas", "k1.txt", "Banjir rendam ratusan rumah warga", day, FLOOD)
    write_article(folder / "tempo", "t1.txt", "Banjir rendam ratusan rumah warga Ciliwung", day,
                  "JAKARTA - " + FLOOD)
    page = (f'<html><head><title>Ratusan rumah warga terendam banjir</title><link rel="canonical" href="{COPY_URL}">'
            f'<meta property="article:published_time" content="{day.isoformat()}"></head>'
            f'<body><article><h1>Ratusan rumah warga terendam banjir</h1><p>{FLOOD} (oke)</p></article></body></html>')
    (folder / "okezone").mkdir(parents=True, exist_ok=True)
    (folder / "okezone" / "o1.html").write_text(page, encoding="utf-8")
    for outlet, name, headline, when, body in OTHERS:
        write_article(folder / outlet, name, headline, when, body)
    return folder


def add_new_floods(folder: Path, n: int) -> list[Path]:
    """``n`` new flood articles (what a sync brings to a saved search)."""
    return [
        write_article(folder / "tempo", f"new{i}.txt", f"Banjir susulan ke-{i} landa kampung nelayan",
                      datetime(2019, 10, 1 + i, 9),
                      f"Banjir susulan ke-{i} melanda kampung nelayan {'abcdefghij'[i]} di pesisir utara; "
                      f"rob setinggi {i + 30} sentimeter masuk ke rumah warga.")
        for i in range(n)
    ]
