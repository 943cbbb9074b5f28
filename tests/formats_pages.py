"""Saved news pages in the layouts real Indonesian sites use, for the format tests.

Each builder returns (html, expected) so the tests and the accuracy note
check the same facts: the headline, the date, every body paragraph, and the
boilerplate strings that must not reach the body.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

P1 = ("Pemerintah Provinsi DKI Jakarta menyiapkan dua ratus pompa air tambahan untuk menghadapi musim hujan "
      "yang diperkirakan datang lebih awal tahun ini, kata Kepala Dinas Sumber Daya Air.")
P2 = ("Pompa-pompa itu akan ditempatkan di kawasan rawan genangan seperti Kampung Melayu, Cawang, dan "
      "Pluit, yang setiap tahun terendam ketika curah hujan tinggi.")
P3 = ("Selain pompa, dinas juga mengeruk sungai dan waduk agar daya tampung air bertambah sebelum "
      "puncak musim hujan pada Januari mendatang.")
P4 = ("Warga diminta tidak membuang sampah ke saluran air karena sumbatan sampah masih menjadi penyebab "
      "utama genangan di banyak permukiman padat.")
PARAGRAPHS = (P1, P2, P3, P4)
NAV = "".join(f"<li><a href='/{n.lower()}'>{n}</a></li>" for n in ("Beranda", "Nasional", "Ekonomi", "Bola", "Indeks"))
POPULAR = "".join(
    f"<li><a href='/read/{i}'>Berita populer nomor {i} tentang harga cabai melonjak</a></li>" for i in range(5)
)
FOOTER = "<footer><ul><li>Pedoman Media Siber</li><li>Kebijakan Privasi</li></ul><p>Copyright 2019</p></footer>"


@dataclass(frozen=True)
class Expected:
    headline: str
    date: datetime | None
    has_time: bool
    source: str | None
    url: str | None
    paragraphs: tuple[str, ...]
    leaks: tuple[str, ...]  # strings that must not reach the body


def detik() -> tuple[str, Expected]:
    """Paragraphs between <br>s in one div, the date in a meta field as YYYY/MM/DD, video prompt."""
    body = "<br><br>".join([
        f"<strong>Jakarta</strong> - {P1}",
        P2,
        "<strong>Baca juga:</strong> <a href='/d-1'>Banjir Rob Rendam Pluit, Warga Mengungsi</a>",
        P3,
        "[Gambas:Video 20detik]",
        P4,
        "(idn/idn)",
    ])
    html = f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>DKI Siapkan 200 Pompa Hadapi Musim Hujan - detikNews</title>
<meta name="publishdate" content="2019/09/10 21:48:00">
<meta property="og:site_name" content="detiknews">
<link rel="canonical" href="https://news.detik.com/berita/d-4700000/dki-siapkan-200-pompa">
</head><body><header><ul>{NAV}</ul></header>
<article class="detail"><h1 class="detail__title">DKI Siapkan 200 Pompa Hadapi Musim Hujan</h1>
<div class="detail__author">Andi Saputra - detikNews</div>
<div class="detail__date">Selasa, 10 Sep 2019 21:48 WIB</div>
<div class="detail__body-text itp_bodycontent">{body}</div>
<div class="detail__body-tag">Tag: <a>banjir</a> <a>jakarta</a></div></article>
<aside><h3>Terpopuler</h3><ol>{POPULAR}</ol></aside>{FOOTER}</body></html>"""
    return html, Expected(
        headline="DKI Siapkan 200 Pompa Hadapi Musim Hujan",
        date=datetime(2019, 9, 10, 21, 48), has_time=True, source="detiknews",
        url="https://news.detik.com/berita/d-4700000/dki-siapkan-200-pompa",
        paragraphs=(P2, P3, P4, P1),  # P1 follows the "Jakarta -" dateline
        leaks=("Baca juga", "Banjir Rob Rendam", "Gambas", "Terpopuler", "Berita populer", "Kebijakan Privasi",
               "Tag:"),
    )


def tribun() -> tuple[str, Expected]:
    """og:title with the site suffix, "Baca:" lines, and the "Artikel ini telah tayang di" trailer."""
    paras = "".join(f"<p>{p}</p>" for p in (P1, P2))
    paras += "<p><strong>Baca: </strong><a href='/x'>Cuaca Ekstrem Landa Jakarta Pekan Depan</a></p>"
    paras += "".join(f"<p>{p}</p>" for p in (P3, P4))
    paras += ("<p>Artikel ini telah tayang di Tribunnews.com dengan judul DKI Siapkan 200 Pompa, "
              "https://www.tribunnews.com/metropolitan/2019/09/10/dki-siapkan-200-pompa.</p>"
              "<p>Penulis: Reza Deni<br>Editor: Johnson Simanjuntak</p>")
    html = f"""<html><head><meta charset="utf-8">
<title>DKI Siapkan 200 Pompa Hadapi Musim Hujan - Tribunnews.com</title>
<meta property="og:title" content="DKI Siapkan 200 Pompa Hadapi Musim Hujan - Tribunnews.com">
<meta property="og:site_name" content="Tribunnews.com">
<meta property="og:url" content="https://www.tribunnews.com/metropolitan/2019/09/10/dki-siapkan-200-pompa">
<meta property="article:published_time" content="2019-09-10T21:48:00+07:00">
</head><body><div class="header"><ul>{NAV}</ul></div>
<div id="article"><h1 id="arttitle">DKI Siapkan 200 Pompa Hadapi Musim Hujan</h1>
<time>Selasa, 10 September 2019 21:48 WIB</time>
<div class="side-article txt-article">{paras}</div>
<div class="share">Bagikan: <a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a></div></div>
<div class="mostpop"><h3>Berita Populer</h3><ul>{POPULAR}</ul></div>{FOOTER}</body></html>"""
    return html, Expected(
        headline="DKI Siapkan 200 Pompa Hadapi Musim Hujan",
        date=datetime(2019, 9, 10, 21, 48), has_time=True, source="Tribunnews.com",
        url="https://www.tribunnews.com/metropolitan/2019/09/10/dki-siapkan-200-pompa",
        paragraphs=PARAGRAPHS,
        leaks=("Baca:", "Cuaca Ekstrem", "Artikel ini telah tayang", "Penulis: Reza", "Editor: Johnson",
               "Berita populer", "Bagikan"),
    )


def liputan6() -> tuple[str, Expected]:
    """Dates only in JSON-LD (with @graph), a video prompt, no og:site_name."""
    ld = ('{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Liputan6.com"},'
          '{"@type":"NewsArticle","headline":"DKI Siapkan 200 Pompa Hadapi Musim Hujan",'
          '"datePublished":"2019-09-11T07:05:12+07:00","dateModified":"2019-09-11T09:00:00+07:00",'
          '"publisher":{"@type":"Organization","name":"Liputan6.com"},'
          '"mainEntityOfPage":"https://www.liputan6.com/news/read/4060000/dki-siapkan-200-pompa"}]}')
    paras = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:3])
    paras += "<p><strong>Saksikan Video Pilihan di Bawah Ini:</strong></p><div class='video'></div>"
    paras += f"<p>{P4}</p>"
    html = f"""<html><head><meta charset="utf-8">
<title>DKI Siapkan 200 Pompa Hadapi Musim Hujan - News Liputan6.com</title>
<script type="application/ld+json">{ld}</script>
</head><body><nav><ul>{NAV}</ul></nav>
<article><header><h1 class="read-page--header--title">DKI Siapkan 200 Pompa Hadapi Musim Hujan</h1></header>
<div class="article-content-body__item-content">{paras}</div>
<p class="read-page--footer">Simak juga video menarik lainnya di kanal kami</p></article>
<section class="comments"><h3>Komentar</h3><p>Semoga cepat selesai pak.</p></section>{FOOTER}</body></html>"""
    return html, Expected(
        headline="DKI Siapkan 200 Pompa Hadapi Musim Hujan",
        date=datetime(2019, 9, 11, 7, 5, 12), has_time=True, source="Liputan6.com",
        url="https://www.liputan6.com/news/read/4060000/dki-siapkan-200-pompa",
        paragraphs=PARAGRAPHS,
        leaks=("Saksikan Video", "Simak juga video", "Semoga cepat selesai", "Berita populer"),
    )


def text_dates() -> tuple[str, Expected]:
    """No date in the markup at all: only the byline's Indonesian text, with today's date in the top bar."""
    paras = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])
    paras += "<div class='ads'>ADVERTISEMENT<br>SCROLL TO CONTINUE WITH CONTENT</div>"
    paras += "".join(f"<p>{p}</p>" for p in PARAGRAPHS[2:])
    html = f"""<html><head><meta charset="utf-8"><title>DKI Siapkan 200 Pompa Hadapi Musim Hujan | Kompas.com</title>
</head><body><div class="topbar"><span class="today">Rabu, 27 November 2024</span></div>
<header><ul>{NAV}</ul></header>
<div class="read__title"><h1>DKI Siapkan 200 Pompa Hadapi Musim Hujan</h1></div>
<div class="read__time">Kompas.com - 13/09/2019, 07:05 WIB</div>
<div class="read__content">{paras}</div>
<div class="tag">Tags: <a>banjir</a> <a>pompa</a></div>
<div>Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com.</div>
<aside>{POPULAR}</aside>{FOOTER}</body></html>"""
    return html, Expected(
        headline="DKI Siapkan 200 Pompa Hadapi Musim Hujan",
        date=datetime(2019, 9, 13, 7, 5), has_time=True, source="Kompas.com", url=None,
        paragraphs=PARAGRAPHS,
        leaks=("ADVERTISEMENT", "SCROLL TO CONTINUE", "Tags:", "Dapatkan update", "Berita populer"),
    )


def site_index() -> str:
    """A site's front page: headlines and links, no article."""
    items = "".join(
        f"<li><a href='/read/{i}'>Judul berita nomor {i} tentang banjir di Jakarta</a> <span>10 Sep 2019</span></li>"
        for i in range(30)
    )
    return (f"<html><head><title>Kompas.com - Berita Terkini</title></head><body><header><ul>{NAV}</ul></header>"
            f"<h2>Terbaru</h2><ul>{items}</ul>{FOOTER}</body></html>")


LAYOUTS = {"detik": detik, "tribun": tribun, "liputan6": liputan6, "text_dates": text_dates}
