"""OpenDocument text, EPUB e-books and RTF: real-shaped files built here, and bad ones skipped with reasons."""
from __future__ import annotations

import io
import zipfile
from datetime import datetime

import pytest

from telusur.index.formats import Extracted, Format, Limits, SkippedRecord, extract

HEADLINE = "Pemprov DKI Siapkan Dua Ratus Pompa"
PARAS = [
    "Jakarta, Selasa 10 September 2019",
    "Pemerintah Provinsi DKI Jakarta menyiapkan dua ratus pompa air tambahan menghadapi musim hujan.",
    "Pompa-pompa itu ditempatkan di kawasan rawan genangan seperti Kampung Melayu dan Pluit.",
]


def one(path: str, raw: bytes, **kwargs: object) -> Extracted | SkippedRecord:
    items = list(extract(path, raw, **kwargs))  # type: ignore[arg-type]
    assert len(items) == 1
    return items[0]


def make_odt(headline: str = HEADLINE, paras: list[str] = PARAS) -> bytes:
    from odf import text
    from odf.opendocument import OpenDocumentText
    from odf.style import Style

    doc = OpenDocumentText()
    title = Style(name="Title", family="paragraph")
    doc.styles.addElement(title)
    doc.text.addElement(text.P(stylename=title, text=headline))
    for para in paras:
        doc.text.addElement(text.P(text=para))
    table_list = text.List()
    item = text.ListItem()
    item.addElement(text.P(text="Warga diminta tidak membuang sampah ke saluran air."))
    table_list.addElement(item)
    doc.text.addElement(table_list)
    out = io.BytesIO()
    doc.write(out)
    return out.getvalue()


def make_epub(chapters: list[tuple[str, list[str]]], title: str | None = "Kliping Banjir Jakarta",
              date: str | None = "2019-09-10") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/container.xml",
                   '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:'
                   'container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-'
                   'package+xml"/></rootfiles></container>')
        items = "".join(f'<item id="c{i}" href="text/c{i}.xhtml" media-type="application/xhtml+xml"/>'
                        for i in range(len(chapters)))
        spine = "".join(f'<itemref idref="c{i}"/>' for i in range(len(chapters)))
        meta = (f"<dc:title>{title}</dc:title>" if title else "") + (f"<dc:date>{date}</dc:date>" if date else "")
        z.writestr("OEBPS/content.opf",
                   '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
                   f'<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">{meta}<dc:publisher>Arsip Kota'
                   f'</dc:publisher></metadata><manifest>{items}</manifest><spine>{spine}</spine></package>')
        for i, (heading, paras) in enumerate(chapters):
            body = "".join(f"<p>{p}</p>" for p in paras)
            z.writestr(f"OEBPS/text/c{i}.xhtml",
                       f'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>{heading}'
                       f'</title></head><body><h1>{heading}</h1>{body}</body></html>')
    return out.getvalue()


def make_rtf() -> bytes:
    body = "\\par ".join(p.replace("é", "\\'e9") for p in PARAS)
    return ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}"
            f"{{\\b {HEADLINE}}}\\par {body}\\par Caf\\'e9 di Menteng ikut terendam.\\par}}").encode("ascii")


def zip_bomb(required: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(required, "<x/>")
        z.writestr("bom.xml", b"\0" * (60 * 1024 * 1024))  # 60 MB of zeros in ~60 KB
    return out.getvalue()


def test_odt_gives_title_date_and_paragraphs_in_order() -> None:
    article = one("/arsip/pompa.odt", make_odt())
    assert isinstance(article, Extracted), article
    assert article.format is Format.ODT
    assert article.headline == HEADLINE
    assert article.date == datetime(2019, 9, 10)
    assert article.body.split("\n\n")[1:3] == PARAS[1:]
    assert article.body.endswith("Warga diminta tidak membuang sampah ke saluran air.")


def test_epub_is_one_article_with_chapters_in_spine_order() -> None:
    raw = make_epub([("Banjir Datang", PARAS[1:2]), ("Pompa Disiapkan", PARAS[2:])])
    article = one("/arsip/kliping.epub", raw)
    assert isinstance(article, Extracted), article
    assert (article.format, article.headline, article.source) == (Format.EPUB, "Kliping Banjir Jakarta", "Arsip Kota")
    assert article.date == datetime(2019, 9, 10)
    assert article.body.index(PARAS[1]) < article.body.index("Pompa Disiapkan") < article.body.index(PARAS[2])


def test_epub_without_title_takes_its_first_heading() -> None:
    article = one("/arsip/k.epub", make_epub([(HEADLINE, PARAS)], title=None, date=None))
    assert isinstance(article, Extracted)
    assert article.headline == HEADLINE
    assert article.date == datetime(2019, 9, 10)  # from the text


def test_rtf_reads_headline_date_and_code_page_letters() -> None:
    article = one("/arsip/pompa.rtf", make_rtf())
    assert isinstance(article, Extracted), article
    assert (article.format, article.headline) == (Format.RTF, HEADLINE)
    assert article.date == datetime(2019, 9, 10)
    assert "Café di Menteng" in article.body
    assert "\\par" not in article.body and "fonttbl" not in article.body


@pytest.mark.parametrize(("name", "required"), [("bom.odt", "content.xml"), ("bom.epub", "META-INF/container.xml")])
def test_zip_bombs_are_not_opened(name: str, required: str) -> None:
    item = one(f"/arsip/{name}", zip_bomb(required), limits=Limits(docx_unzipped_bytes=50 * 1024 * 1024))
    assert isinstance(item, SkippedRecord)
    assert "zip bomb" in item.reason


@pytest.mark.parametrize(("name", "raw", "words"), [
    ("palsu.odt", b"bukan zip", "not an OpenDocument text"),
    ("potong.odt", make_odt()[:300], "damaged or truncated"),
    ("palsu.epub", b"PK\x03\x04 rusak", "damaged or truncated"),
    ("kosong.epub", make_epub([]), "no text"),
    ("palsu.rtf", b"bukan rtf", "not an RTF document"),
])
def test_bad_documents_are_skipped_with_reasons(name: str, raw: bytes, words: str) -> None:
    item = one(f"/arsip/{name}", raw)
    assert isinstance(item, SkippedRecord)
    assert words in item.reason
