"""PDF and Word documents, made by the tests with fpdf2 and python-docx."""
from __future__ import annotations

import io
import time
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from telusur.index.formats import Extracted, Format, Limits, SkippedRecord, extract

fpdf = pytest.importorskip("fpdf")
docx = pytest.importorskip("docx")

LINES = [
    "Siaran Pers: Pemprov DKI Siapkan 200 Pompa Air",
    "Jakarta, Selasa, 10 September 2019 pukul 14.30 WIB",
    "Pemerintah Provinsi DKI Jakarta menyiapkan dua ratus pompa air tambahan untuk menghadapi musim hujan.",
    "Pompa akan ditempatkan di kawasan rawan genangan seperti Kampung Melayu dan Pluit.",
]


def one(path: str, raw: bytes | None = None, **kwargs: object) -> Extracted | SkippedRecord:
    items = list(extract(path, raw, **kwargs))  # type: ignore[arg-type]
    assert len(items) == 1
    return items[0]


def make_pdf(lines: list[str], *, title: str | None = None, pages: int = 1, **encryption: str) -> bytes:
    pdf = fpdf.FPDF()
    if title:
        pdf.set_title(title)
    if encryption:
        pdf.set_encryption(**encryption)
    pdf.set_font("Helvetica", size=12)
    for _ in range(pages):
        pdf.add_page()
        for line in lines:
            pdf.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


# ---- PDF ----


def test_pdf_text_layer_headline_from_first_line_and_date_from_text() -> None:
    article = one("/a/rilis.pdf", make_pdf(LINES))
    assert isinstance(article, Extracted), article
    assert article.format is Format.PDF
    assert article.headline == LINES[0]
    assert article.date == datetime(2019, 9, 10, 14, 30) and article.has_time
    assert LINES[2] in article.body and LINES[3] in article.body
    assert not article.body.startswith(LINES[0])  # the headline is not repeated
    assert article.source is None and article.url is None


def test_pdf_meaningful_title_metadata_is_the_headline() -> None:
    article = one("/a/rilis.pdf", make_pdf(LINES, title="Pemprov DKI Siapkan Pompa Air"))
    assert isinstance(article, Extracted)
    assert article.headline == "Pemprov DKI Siapkan Pompa Air"
    assert LINES[0] in article.body


def test_pdf_headline_from_the_largest_font() -> None:
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    pdf.multi_cell(0, 6, "SIARAN PERS No. 12/HUMAS/2019", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", size=22)
    headline = "Pemprov DKI Siapkan Dua Ratus Pompa Air untuk Menghadapi Musim Hujan yang Datang Lebih Awal"
    pdf.multi_cell(0, 10, headline, new_x="LMARGIN", new_y="NEXT")  # wraps over two lines
    pdf.set_font("Helvetica", size=11)
    for line in LINES[1:]:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    article = one("/a/rilis.pdf", bytes(pdf.output()))
    assert isinstance(article, Extracted)
    assert article.headline == headline
    assert "Pompa Air untuk" not in article.body
    assert article.body.startswith("SIARAN PERS No. 12/HUMAS/2019")
    assert article.date == datetime(2019, 9, 10, 14, 30)


@pytest.mark.parametrize("title", ["Untitled", "Microsoft Word - rilis_final.docx", "rilis.pdf", "123", "Doc1"])
def test_pdf_meaningless_title_metadata_is_ignored(title: str) -> None:
    article = one("/a/rilis.pdf", make_pdf(LINES, title=title))
    assert isinstance(article, Extracted)
    assert article.headline == LINES[0]


def test_pdf_date_from_metadata_when_text_has_none() -> None:
    article = one("/a/x.pdf", make_pdf([LINES[0], LINES[2]]))
    assert isinstance(article, Extracted)
    assert article.date is not None  # fpdf2 writes the creation time
    assert any("properties" in w for w in article.warnings)


def test_pdf_without_text_layer_is_skipped_as_scanned() -> None:
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 100, 150)  # a drawing, no text: what a scan looks like to a text reader
    item = one("/a/scan.pdf", bytes(pdf.output()))
    assert isinstance(item, SkippedRecord)
    assert item.reason.startswith("no text layer (scanned PDF)")


def test_encrypted_pdf_is_skipped_as_password_protected() -> None:
    item = one("/a/secret.pdf", make_pdf(LINES, owner_password="owner", user_password="rahasia"))
    assert isinstance(item, SkippedRecord)
    assert item.reason == "password-protected"


def test_pdf_with_only_an_owner_password_is_read() -> None:
    article = one("/a/open.pdf", make_pdf(LINES, owner_password="owner"))
    assert isinstance(article, Extracted)
    assert LINES[2] in article.body


@pytest.mark.parametrize("keep", [0.5, 0.1])
def test_truncated_pdf_gives_a_reason(keep: float) -> None:
    raw = make_pdf(LINES)
    item = one("/a/cut.pdf", raw[: int(len(raw) * keep)])
    assert isinstance(item, SkippedRecord)
    assert "damaged or truncated" in item.reason


def test_not_a_pdf() -> None:
    item = one("/a/fake.pdf", b"<html>not a pdf</html>")
    assert isinstance(item, SkippedRecord)
    assert "not a readable PDF" in item.reason


def _two_thousand_pages() -> bytes:
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(make_pdf(["Halaman laporan tahunan dengan teks yang sama."]))
    doc = pdfium.PdfDocument.new()
    doc.import_pages(source, pages=[0] * 2000)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_two_thousand_page_pdf_is_bounded_by_the_page_limit(tmp_path: Path) -> None:
    path = tmp_path / "laporan.pdf"
    path.write_bytes(_two_thousand_pages())
    start = time.monotonic()
    article = one(str(path))  # read from the path: PDFium loads pages lazily
    assert time.monotonic() - start < 20
    assert isinstance(article, Extracted)
    assert "only the first 1000 of 2000 pages read (page limit)" in article.warnings
    assert article.body.count("Halaman laporan") == 999  # page 1's line is the headline


def test_two_thousand_page_pdf_is_bounded_by_the_time_limit() -> None:
    article = one("/a/laporan.pdf", _two_thousand_pages(), limits=Limits(seconds=0.0))
    assert isinstance(article, Extracted)
    assert any("time limit" in w for w in article.warnings)


def test_pdf_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "besar.pdf"
    path.write_bytes(make_pdf(LINES))
    item = one(str(path), limits=Limits(pdf_bytes=100))
    assert isinstance(item, SkippedRecord) and "larger than" in item.reason


# ---- DOCX ----


def make_docx(*, title: str | None = None, heading: str | None = None, paragraphs: list[str] = LINES[1:],
              table: list[list[str]] | None = None) -> bytes:
    document = docx.Document()
    if title:
        document.add_paragraph(title, style="Title")
    if heading:
        document.add_heading(heading, level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                grid.cell(r, c).text = cell
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_headline_from_title_style() -> None:
    article = one("/a/rilis.docx", make_docx(title="Pemprov DKI Siapkan Pompa", heading="Latar Belakang"))
    assert isinstance(article, Extracted), article
    assert article.format is Format.DOCX
    assert article.headline == "Pemprov DKI Siapkan Pompa"
    assert "Latar Belakang" in article.body
    assert article.date == datetime(2019, 9, 10, 14, 30)
    assert LINES[2] in article.body


def test_docx_headline_from_first_heading() -> None:
    article = one("/a/rilis.docx", make_docx(heading="Banjir Jakarta"))
    assert isinstance(article, Extracted)
    assert article.headline == "Banjir Jakarta"
    assert "Banjir Jakarta" not in article.body


def test_docx_headline_from_first_paragraph_and_tables_are_text() -> None:
    article = one("/a/rilis.docx", make_docx(paragraphs=LINES, table=[["Wilayah", "Pompa"], ["Pluit", "40"]]))
    assert isinstance(article, Extracted)
    assert article.headline == LINES[0]
    assert "Pluit | 40" in article.body


def test_docx_without_text_is_skipped() -> None:
    item = one("/a/kosong.docx", make_docx(paragraphs=[]))
    assert isinstance(item, SkippedRecord) and item.reason == "no text in the document"


@pytest.mark.parametrize("raw", [b"{\\rtf1 Ini dokumen RTF}", b"", b"PK\x03\x04 truncated"])
def test_docx_that_is_not_a_zip(raw: bytes) -> None:
    item = one("/a/palsu.docx", raw)
    assert isinstance(item, SkippedRecord)
    assert "not a" in item.reason and "Word document" in item.reason


def test_zip_that_is_not_a_word_document() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("readme.txt", "halo")
    item = one("/a/arsip.docx", out.getvalue())
    assert isinstance(item, SkippedRecord) and "no word/document.xml" in item.reason


def test_zip_bomb_is_not_opened() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        with archive.open("word/media/bomb.bin", "w") as member:
            for _ in range(20):
                member.write(bytes(1024 * 1024))
    raw = out.getvalue()
    assert len(raw) < 200_000
    item = one("/a/bom.docx", raw)
    assert isinstance(item, SkippedRecord)
    assert "zip bomb" in item.reason


def test_declared_unpacked_size_over_the_limit() -> None:
    item = one("/a/rilis.docx", make_docx(title="Judul"), limits=Limits(docx_unzipped_bytes=1024))
    assert isinstance(item, SkippedRecord)
    assert "over the 0 MB limit" in item.reason or "limit" in item.reason


def test_damaged_document_xml() -> None:
    raw = make_docx(title="Judul")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            target.writestr(info, data[: len(data) // 2] if info.filename == "word/document.xml" else data)
    item = one("/a/rusak.docx", out.getvalue())
    assert isinstance(item, SkippedRecord)
    assert "not a readable Word document" in item.reason
