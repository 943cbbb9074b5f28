"""Saved web pages and MHTML: layouts of real Indonesian sites, cleanup, bad input."""
from __future__ import annotations

import time
from datetime import datetime

import pytest
from formats_pages import LAYOUTS, PARAGRAPHS, site_index

from telusur.index.formats import Extracted, Format, Limits, SkippedRecord, clean_body, clean_title, extract


def one(path: str, raw: bytes | None = None, **kwargs: object) -> Extracted | SkippedRecord:
    items = list(extract(path, raw, **kwargs))  # type: ignore[arg-type]
    assert len(items) == 1
    return items[0]


def test_trafilatura_imports() -> None:
    # A fresh venv with lxml 6 fails here unless lxml_html_clean is installed too.
    import trafilatura

    assert trafilatura.bare_extraction("<html><body><p>x</p></body></html>") is None or True


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_layouts_give_headline_date_source_link_and_whole_body(layout: str) -> None:
    page, expected = LAYOUTS[layout]()
    article = one(f"/archive/{layout}.html", page.encode("utf-8"))
    assert isinstance(article, Extracted), article
    assert article.format is Format.HTML
    assert article.headline == expected.headline
    assert article.date == expected.date
    assert article.has_time is expected.has_time
    assert article.source == expected.source
    assert article.url == expected.url
    for paragraph in expected.paragraphs:
        assert paragraph in article.body
    for leak in expected.leaks:
        assert leak not in article.body, leak
    assert article.headline not in article.body  # the <h1> is not repeated as text


def test_paragraphs_are_separated_by_blank_lines() -> None:
    page, _ = LAYOUTS["tribun"]()
    article = one("/a/t.html", page.encode())
    assert isinstance(article, Extracted)
    assert article.body.split("\n\n") == list(PARAGRAPHS)


def test_header_date_of_today_is_not_the_article_date() -> None:
    page, _ = LAYOUTS["text_dates"]()
    article = one("/a/k.html", page.encode())
    assert isinstance(article, Extracted)
    assert article.date == datetime(2019, 9, 13, 7, 5)  # not the top bar's 27 November 2024


def test_site_index_page_is_skipped_with_reason() -> None:
    item = one("/a/index.html", site_index().encode())
    assert isinstance(item, SkippedRecord)
    assert "not an article" in item.reason


def test_page_without_text_is_skipped() -> None:
    item = one("/a/empty.html", b"<html><head><title>Kosong</title></head><body><nav>Beranda</nav></body></html>")
    assert isinstance(item, SkippedRecord)
    assert "no article text" in item.reason


@pytest.mark.parametrize(
    ("title", "clean"),
    [
        ("Judul Berita - Tribunnews.com", "Judul Berita"),
        ("Judul Berita | Kompas.com", "Judul Berita"),
        ("detikNews | Judul Berita", "Judul Berita"),
        ("Judul Berita - Berita Nasional - Kompas.com", "Judul Berita"),
        ("Judul Berita - Halaman all - Kompas.com", "Judul Berita"),
        ("Judul Berita | Republika Online", "Judul Berita"),
        ("Jokowi - Prabowo Bertemu di MRT", "Jokowi - Prabowo Bertemu di MRT"),
        ("Berita: Judul Tetap Utuh", "Berita: Judul Tetap Utuh"),
        ("Judul - Situs Kita", "Judul"),
    ],
)
def test_clean_title(title: str, clean: str) -> None:
    assert clean_title(title, ("Situs Kita",)) == clean


@pytest.mark.parametrize(
    "line",
    [
        "Baca juga: Banjir Rob Rendam Pluit",
        "BACA JUGA : Harga Cabai Naik",
        "Baca: Cuaca Ekstrem Pekan Depan",
        "Simak juga: Video Banjir",
        "Lihat Juga: Foto-foto Banjir",
        "ADVERTISEMENT",
        "SCROLL TO CONTINUE WITH CONTENT",
        "[Gambas:Video 20detik]",
        "Saksikan Video Pilihan di Bawah Ini:",
        "Tonton video selengkapnya di sini",
        "Tag: banjir jakarta pompa",
        "Bagikan artikel ini: Facebook Twitter WhatsApp Salin tautan",
        "Ikuti berita terkini dari Tribunnews.com di Google News",
        "Selasa, 10 Sep 2019 21:48 WIB",
        "- 13/09/2019, 07:05 WIB",
        "Halaman selanjutnya",
    ],
)
def test_boilerplate_lines_are_dropped(line: str) -> None:
    assert clean_body(["Paragraf pertama berita.", line, "Paragraf kedua berita."]) == [
        "Paragraf pertama berita.",
        "Paragraf kedua berita.",
    ]


def test_site_name_from_the_title_when_the_page_names_none() -> None:
    page = ("<html><head><title>Judul Berita | Republika Online</title></head><body><h1>Judul Berita</h1>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</body></html>")
    article = one("/a/r.html", page.encode())
    assert isinstance(article, Extracted)
    assert (article.headline, article.source, article.url) == ("Judul Berita", "Republika Online", None)


def test_trailer_cuts_the_rest() -> None:
    lines = ["Isi berita.", "Artikel ini telah tayang di Tribunnews.com dengan judul X", "Penulis: A", "Editor: B"]
    assert clean_body(lines) == ["Isi berita."]


@pytest.mark.parametrize(
    "line",
    [
        # Real sentences that start like boilerplate stay.
        "Simak selengkapnya ramalan zodiak kesehatan besok Rabu 11 September 2019 berikut ini yang dikutip dari "
        "easyhoroscope.com untuk Aries, Taurus, Gemini, Cancer, Leo, Virgo, Libra, dan Scorpio.",
        "Baca: Dasar Abdul Aziz Bikin Disertasi Yahya Zainul Maarif, atau lebih akrab disapa Buya Yahya, dalam "
        "channel Youtube Al-Bahjah TV, menegaskan disertasi yang dibuat Abdul Aziz itu keluar dari Islam.",
        "Iklan rokok dilarang tayang di televisi sebelum pukul 21.30, kata dia.",
        "Pada Selasa, 10 Sep 2019 21:48 WIB, polisi menangkap dua orang.",
    ],
)
def test_sentences_are_kept(line: str) -> None:
    assert clean_body([line]) == [line]


# ---- bad input: nothing crashes, nothing hangs ----


def test_truncated_html_still_gives_the_text_it_has() -> None:
    page, expected = LAYOUTS["tribun"]()
    cut = page[: page.index(PARAGRAPHS[2]) + 40]  # ends inside the third paragraph, tags unclosed
    article = one("/a/cut.html", cut.encode())
    assert isinstance(article, Extracted)
    assert article.headline == expected.headline
    assert PARAGRAPHS[0] in article.body and PARAGRAPHS[1] in article.body


def test_malformed_markup() -> None:
    page = ("<html><body><h1>Judul <b>Miring</h1><p>" + PARAGRAPHS[0] + "<p><div>" + PARAGRAPHS[1]
            + "</span></table><p>" + PARAGRAPHS[2] + "<<<>>></p></i></body>")
    article = one("/a/bad.html", page.encode())
    assert isinstance(article, Extracted)
    assert PARAGRAPHS[0] in article.body and PARAGRAPHS[2] in article.body


def test_binary_file_named_html_is_skipped() -> None:
    raw = bytes(range(256)) * 64
    item = one("/a/image.html", raw)
    assert isinstance(item, SkippedRecord)
    assert "binary" in item.reason


def test_empty_html_is_skipped() -> None:
    item = one("/a/empty.html", b"  \n")
    assert isinstance(item, SkippedRecord) and item.reason == "empty file"


def test_fifty_megabyte_page_is_refused_by_size(tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "huge.html"
    chunk = ("<p>" + PARAGRAPHS[0] + "</p>\n").encode()
    with open(path, "wb") as handle:
        handle.write(b"<html><body>")
        for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
            handle.write(chunk)
    start = time.monotonic()
    item = one(str(path))
    assert isinstance(item, SkippedRecord)
    assert "larger than 10 MB" in item.reason
    assert time.monotonic() - start < 2


def test_size_limit_is_configurable() -> None:
    page, _ = LAYOUTS["detik"]()
    item = one("/a/d.html", page.encode(), limits=Limits(html_bytes=1000))
    assert isinstance(item, SkippedRecord) and "larger than" in item.reason


def test_deeply_nested_markup_neither_crashes_nor_hangs() -> None:
    depth = 50_000
    page = "<html><body>" + "<div>" * depth + "<p>" + PARAGRAPHS[0] + "</p>" + "</div>" * depth + "</body></html>"
    start = time.monotonic()
    item = one("/a/deep.html", page.encode())
    assert isinstance(item, Extracted | SkippedRecord)
    assert time.monotonic() - start < 20


def test_utf16_page() -> None:
    page, expected = LAYOUTS["tribun"]()
    article = one("/a/u16.htm", page.encode("utf-16"))
    assert isinstance(article, Extracted)
    assert article.headline == expected.headline


def test_windows_1252_page() -> None:
    page = ("<html><head><meta charset='windows-1252'><title>Caf\u00e9 Baru Dibuka</title></head><body>"
            "<h1>Caf\u00e9 Baru Dibuka</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</body></html>")
    article = one("/a/cp.html", page.encode("cp1252"))
    assert isinstance(article, Extracted)
    assert article.headline == "Caf\u00e9 Baru Dibuka"


# ---- MHTML ----


def mhtml(page: str, *, url: str = "https://www.tribunnews.com/metropolitan/2019/09/10/dki-siapkan-200-pompa",
          transfer: str = "quoted-printable") -> bytes:
    import quopri

    body = quopri.encodestring(page.encode("utf-8")).decode("ascii") if transfer == "quoted-printable" else page
    boundary = "----MultipartBoundary--abc123----"
    return (
        "From: <Saved by Blink>\r\n"
        f"Snapshot-Content-Location: {url}\r\n"
        "Subject: DKI Siapkan 200 Pompa\r\n"
        "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n'
        f"--{boundary}\r\n"
        "Content-Type: text/html; charset=utf-8\r\n"
        f"Content-Transfer-Encoding: {transfer}\r\n"
        f"Content-Location: {url}\r\n\r\n"
        f"{body}\r\n"
        f"--{boundary}\r\n"
        "Content-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        "Content-Location: https://www.tribunnews.com/style.css\r\n\r\nbody{margin:0}\r\n"
        f"--{boundary}--\r\n"
    ).encode("ascii", "replace")


def test_mhtml_page_is_read_as_html_with_its_url() -> None:
    page, expected = LAYOUTS["text_dates"]()  # carries no URL of its own
    url = "https://regional.kompas.com/read/2019/09/13/07050000/dki-siapkan-200-pompa"
    article = one("/a/saved.mhtml", mhtml(page, url=url))
    assert isinstance(article, Extracted), article
    assert article.format is Format.MHTML
    assert article.headline == expected.headline
    assert article.url == url
    assert article.source == "Kompas.com"  # named only in its <title>
    assert article.date == expected.date
    assert all(p in article.body for p in PARAGRAPHS)


def test_source_falls_back_to_the_links_domain() -> None:
    page = "<html><body><h1>Judul Berita</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</body></html>"
    article = one("/a/x.mhtml", mhtml(page, url="https://regional.kompas.com/read/1"))
    assert isinstance(article, Extracted)
    assert (article.source, article.url) == ("kompas.com", "https://regional.kompas.com/read/1")


def test_mht_suffix_and_canonical_link_wins() -> None:
    page, expected = LAYOUTS["tribun"]()
    article = one("/a/saved.mht", mhtml(page, url="https://m.tribunnews.com/x"))
    assert isinstance(article, Extracted)
    assert article.url == expected.url


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty file"),
        (b"just some text, no MIME at all", "no HTML part"),
        (b"MIME-Version: 1.0\r\nContent-Type: text/css\r\n\r\nbody{}", "no HTML part"),
    ],
)
def test_bad_mhtml(raw: bytes, reason: str) -> None:
    item = one("/a/bad.mhtml", raw)
    assert isinstance(item, SkippedRecord)
    assert reason in item.reason
