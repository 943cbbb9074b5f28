"""Scanned clippings read by Tesseract: images and image-only PDFs rendered here from Indonesian text."""
from __future__ import annotations

import io
import os
import random

import pytest

from telusur.index.formats import Extracted, Format, SkippedRecord, extract
from telusur.index.formats.ocr import HOW_TO_ENABLE, ocr_missing

PIL = pytest.importorskip("PIL")
from PIL import Image, ImageDraw, ImageFont  # noqa: E402

needs_ocr = pytest.mark.skipif(ocr_missing() is not None, reason="Tesseract with the Indonesian model not installed")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
HEADLINE = "Banjir Rendam Ratusan Rumah di Bekasi"
DATELINE = "Bekasi, Selasa 14 Januari 2020"
BODY = [
    "Hujan deras sejak Senin malam membuat Kali Bekasi meluap dan merendam",
    "ratusan rumah warga di tiga kelurahan. Ketinggian air mencapai satu meter",
    "di beberapa titik permukiman yang berada di dekat bantaran sungai.",
    "Petugas pemadam kebakaran dan relawan mengevakuasi warga lanjut usia",
    "serta anak-anak ke masjid dan sekolah terdekat yang dijadikan posko.",
]


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.truetype(FONT, size) if os.path.exists(FONT) else ImageFont.load_default(size)


def clipping(skew: float = 0.6, noise: int = 1500, seed: int = 7) -> Image.Image:
    """An A5-ish clipping at 300 dpi: big headline, dateline, body lines; slight skew and speckle noise."""
    image = Image.new("L", (1750, 1100), 255)
    draw = ImageDraw.Draw(image)
    draw.text((80, 60), HEADLINE, font=_font(64), fill=0)
    draw.text((80, 190), DATELINE, font=_font(34), fill=0)
    for i, line in enumerate(BODY):
        draw.text((80, 280 + i * 56), line, font=_font(34), fill=0)
    rng = random.Random(seed)
    for _ in range(noise):
        image.putpixel((rng.randrange(image.width), rng.randrange(image.height)), rng.choice((0, 90, 160)))
    return image.rotate(skew, expand=True, fillcolor=255)


def _png(image: Image.Image, fmt: str = "PNG") -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, dpi=(300, 300))
    return out.getvalue()


def one(path: str, raw: bytes | None = None) -> Extracted | SkippedRecord:
    items = list(extract(path, raw))
    assert len(items) == 1
    return items[0]


def _words(text: str) -> list[str]:
    return [w.strip(".,").lower() for w in text.split()]


@needs_ocr
@pytest.mark.parametrize("suffix", [".png", ".jpg", ".tif"])
def test_clipping_image_becomes_an_article(suffix: str) -> None:
    fmt = {".png": "PNG", ".jpg": "JPEG", ".tif": "TIFF"}[suffix]
    article = one(f"/kliping/banjir{suffix}", _png(clipping(), fmt))
    assert isinstance(article, Extracted), article
    assert article.format is Format.IMAGE
    assert article.headline == HEADLINE
    assert article.date is not None and article.date.date().isoformat() == "2020-01-14"
    assert "merendam ratusan rumah warga" in " ".join(article.body.split())
    expected = _words(" ".join(BODY))
    found = set(_words(article.body))
    accuracy = sum(w in found for w in expected) / len(expected)
    assert accuracy >= 0.95, accuracy


@needs_ocr
def test_scanned_pdf_pages_are_read_by_ocr() -> None:
    image = clipping().convert("RGB")
    out = io.BytesIO()
    image.save(out, "PDF", resolution=300, save_all=True, append_images=[clipping(seed=3).convert("RGB")])
    article = one("/kliping/scan.pdf", out.getvalue())
    assert isinstance(article, Extracted), article
    assert article.format is Format.PDF
    assert article.headline == HEADLINE
    assert "Petugas pemadam kebakaran" in article.body


def test_corrupt_image_is_skipped_with_a_reason() -> None:
    raw = _png(clipping(noise=0))[:400] + b"\x00" * 200
    item = one("/kliping/rusak.png", raw)
    assert isinstance(item, SkippedRecord)
    assert "not a readable image" in item.reason or item.reason == HOW_TO_ENABLE


def test_huge_image_is_refused_before_decoding() -> None:
    # A 20,000 x 20,000 PNG: the header says so, and the pixels are never decoded.
    image = Image.new("1", (20_000, 20_000), 1)
    raw = _png(image)
    item = one("/kliping/raksasa.png", raw)
    assert isinstance(item, SkippedRecord)
    assert "too large" in item.reason or item.reason == HOW_TO_ENABLE


def test_missing_tesseract_says_how_to_enable(monkeypatch: pytest.MonkeyPatch) -> None:
    from telusur.index.formats import ocr

    monkeypatch.setattr(ocr, "ocr_missing", lambda: ocr.HOW_TO_ENABLE)
    item = one("/kliping/banjir.png", _png(clipping(noise=0)))
    assert isinstance(item, SkippedRecord)
    assert "tesseract-ocr-ind" in item.reason and "Windows" in item.reason


@needs_ocr
def test_a_page_over_its_time_limit_is_skipped_with_a_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    from telusur.index.formats import ocr

    monkeypatch.setattr(ocr, "PAGE_SECONDS", 0.001)  # Tesseract is killed at once
    item = one("/kliping/lambat.png", _png(clipping(noise=0)))
    assert isinstance(item, SkippedRecord)
    assert "took longer than" in item.reason


@needs_ocr
def test_low_confidence_gives_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    from telusur.index.formats import ocr

    monkeypatch.setattr(ocr, "LOW_CONFIDENCE", 101.0)  # no page is that sure: the warning must appear
    article = one("/kliping/buram.png", _png(clipping()))
    assert isinstance(article, Extracted)
    assert any("OCR unsure" in w for w in article.warnings)
    monkeypatch.setattr(ocr, "LOW_CONFIDENCE", 70.0)
    article = one("/kliping/jelas.png", _png(clipping()))
    assert isinstance(article, Extracted)
    assert not any("OCR unsure" in w for w in article.warnings)


def test_scanned_pdf_without_tesseract_says_how_to_enable(monkeypatch: pytest.MonkeyPatch) -> None:
    from telusur.index.formats import ocr

    monkeypatch.setattr(ocr, "ocr_missing", lambda: ocr.HOW_TO_ENABLE)
    out = io.BytesIO()
    clipping(noise=0).convert("RGB").save(out, "PDF", resolution=300)
    item = one("/kliping/scan.pdf", out.getvalue())
    assert isinstance(item, SkippedRecord)
    assert item.reason.startswith("no text layer (scanned PDF)") and "tesseract-ocr-ind" in item.reason


@needs_ocr
def test_undated_scan_takes_the_files_date(tmp_path) -> None:
    image = Image.new("L", (1750, 700), 255)
    draw = ImageDraw.Draw(image)
    draw.text((80, 60), HEADLINE, font=_font(64), fill=0)
    for i, line in enumerate(BODY[:3]):
        draw.text((80, 200 + i * 56), line, font=_font(34), fill=0)
    path = tmp_path / "tanpa_tanggal.png"
    path.write_bytes(_png(image))
    os.utime(path, (1_600_000_000, 1_600_000_000))  # 13 Sep 2020
    items = list(extract(str(path)))
    article = items[0]
    assert isinstance(article, Extracted), article
    assert article.date is not None and article.date.year == 2020
    assert any("file's date" in w for w in article.warnings)


def test_line_end_hyphens_join_words_but_keep_reduplication() -> None:
    from telusur.index.formats.ocr import _paragraphs

    lines = ["Pemerintah kota menyiapkan posko bagi anak-", "anak dan warga lanjut usia yang pemerin-",
             "tah data sebagai warga rentan di bantaran sungai."]
    (text,) = _paragraphs(lines)
    assert "anak-anak" in text and "pemerintah data" in text


@needs_ocr
def test_two_column_clipping_reads_each_column_in_order() -> None:
    left = ["Hujan deras sejak Senin malam", "membuat Kali Bekasi meluap dan", "merendam ratusan rumah warga",
            "di tiga kelurahan sekaligus."]
    right = ["Petugas pemadam kebakaran dan", "relawan mengevakuasi warga", "lanjut usia ke masjid dan",
             "sekolah yang dijadikan posko."]
    image = Image.new("L", (2000, 800), 255)
    draw = ImageDraw.Draw(image)
    draw.text((80, 40), HEADLINE, font=_font(64), fill=0)
    for column, lines in enumerate((left, right)):
        for i, line in enumerate(lines):
            draw.text((80 + column * 980, 200 + i * 56), line, font=_font(34), fill=0)
    rng = random.Random(5)
    for _ in range(1000):
        image.putpixel((rng.randrange(image.width), rng.randrange(image.height)), rng.choice((90, 160)))
    article = one("/kliping/dua_kolom.png", _png(image.rotate(0.4, expand=True, fillcolor=255)))
    assert isinstance(article, Extracted), article
    body = " ".join(article.body.split())
    assert "merendam ratusan rumah warga" in body and "relawan mengevakuasi warga" in body
    assert body.index("Kali Bekasi") < body.index("Petugas pemadam")  # left column first, not line by line


def photo(seed: int = 3, caption: str | None = "PASAR") -> Image.Image:
    """A photo-like image: shaded shapes and texture, at most a word of text on a sign."""
    rng = random.Random(seed)
    image = Image.new("L", (1600, 1100), 128)
    draw = ImageDraw.Draw(image)
    for _ in range(60):
        x, y = rng.randrange(1600), rng.randrange(1100)
        draw.ellipse((x, y, x + rng.randrange(40, 400), y + rng.randrange(40, 300)), fill=rng.randrange(256))
    for _ in range(20000):
        image.putpixel((rng.randrange(image.width), rng.randrange(image.height)), rng.randrange(256))
    if caption:
        draw.rectangle((500, 400, 1000, 520), fill=250)
        draw.text((540, 420), caption, font=_font(72), fill=10)
    return image


@needs_ocr
@pytest.mark.parametrize("caption", [None, "PASAR"])
def test_a_photo_is_skipped_as_not_a_clipping(caption: str | None) -> None:
    item = one("/kliping/foto_pasar.jpg", _png(photo(caption=caption).convert("RGB"), "JPEG"))
    assert isinstance(item, SkippedRecord), item
    assert item.reason.startswith("photo, not a clipping")


@needs_ocr
def test_a_short_clipping_is_not_taken_for_a_photo() -> None:
    image = Image.new("L", (1750, 520), 255)
    draw = ImageDraw.Draw(image)
    draw.text((80, 60), HEADLINE, font=_font(64), fill=0)
    for i, line in enumerate(BODY[:2]):
        draw.text((80, 200 + i * 56), line, font=_font(34), fill=0)
    article = one("/kliping/pendek.png", _png(image))
    assert isinstance(article, Extracted), article


def test_photo_reason_reads_in_indonesian() -> None:
    from telusur.index.messages import CoreMessage, ScanProblem

    message = CoreMessage(ScanProblem.PHOTO, words=3)
    assert str(message) == "photo, not a clipping (OCR read only 3 words)"
    assert message.code is ScanProblem.PHOTO and message.params == {"words": 3}


@needs_ocr
def test_a_blank_scan_is_no_text_not_a_photo() -> None:
    item = one("/kliping/kosong.png", _png(Image.new("L", (1200, 800), 250)))
    assert isinstance(item, SkippedRecord)
    assert item.reason == "no text found in the scan"
