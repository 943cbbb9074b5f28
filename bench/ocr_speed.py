"""Time OCR of scanned clippings: one page image, and a scanned PDF of N pages.

Renders A4 pages at 300 dpi in two columns (headline across the top, dateline,
body text; slight skew and speckle noise) from Indonesian text, then times
``telusur.index.formats.extract`` on a PNG of one page and on an image-only
PDF of ``--pages`` pages, and reports the word accuracy of the text read.
Text comes from ``--corpus`` (a .jsonl or .jsonl.gz with "headline"/"body"
fields, e.g. ../shared/corpus/clickid-news.jsonl.gz) when given.

    nice .venv/bin/python -m bench.ocr_speed --pages 10 [--corpus PATH] [--dpi 300]
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import statistics
import textwrap
import time

from PIL import Image, ImageDraw, ImageFont

from telusur.index.formats import Extracted, extract

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
DEFAULT_TEXT = (
    "Hujan deras sejak Senin malam membuat Kali Bekasi meluap dan merendam ratusan rumah warga di tiga "
    "kelurahan. Ketinggian air mencapai satu meter di beberapa titik permukiman yang berada di dekat bantaran "
    "sungai. Petugas pemadam kebakaran dan relawan mengevakuasi warga lanjut usia serta anak-anak ke masjid dan "
    "sekolah terdekat yang dijadikan posko. Pemerintah kota menyiapkan dapur umum dan mendirikan tenda darurat "
    "bagi warga yang rumahnya belum bisa ditempati. Kepala pelaksana badan penanggulangan bencana daerah "
    "mengatakan pompa air dikerahkan untuk mempercepat surutnya genangan di jalan utama. "
) * 6


def articles(corpus: str | None, count: int) -> list[tuple[str, str]]:
    if not corpus:
        return [(f"Banjir Rendam Ratusan Rumah di Bekasi ({i + 1})", DEFAULT_TEXT) for i in range(count)]
    opener = gzip.open if corpus.endswith(".gz") else open
    found: list[tuple[str, str]] = []
    with opener(corpus, "rt", encoding="utf-8") as handle:  # type: ignore[operator]
        for line in handle:
            record = json.loads(line)
            title = record.get("headline") or record.get("title")
            body = record.get("body") or record.get("content")
            if title and body and len(body) > 2500:
                found.append((title, body[:3500]))
            if len(found) == count:
                break
    return found


def page(title: str, body: str, seed: int) -> Image.Image:
    """An A4 page at 300 dpi: headline, dateline, body in two columns."""
    image = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(image)
    draw.text((150, 150), textwrap.fill(title, 45), font=ImageFont.truetype(FONT, 80), fill=0)
    draw.text((150, 420), "Jakarta, Selasa 14 Januari 2020", font=ImageFont.truetype(FONT, 40), fill=0)
    lines = textwrap.wrap(body, 48)
    half = (len(lines) + 1) // 2
    font = ImageFont.truetype(FONT, 40)
    for column, chunk in enumerate((lines[:half], lines[half:])):
        for i, line in enumerate(chunk):
            draw.text((150 + column * 1150, 560 + i * 60), line, font=font, fill=0)
    rng = random.Random(seed)
    for _ in range(8000):
        image.putpixel((rng.randrange(image.width), rng.randrange(image.height)), rng.choice((0, 100, 170)))
    return image.rotate(0.5, expand=False, fillcolor=255)


def accuracy(expected: str, found: str) -> float:
    words = [w.strip(".,()").lower() for w in expected.split()]
    seen = {w.strip(".,()").lower() for w in found.split()}
    return sum(w in seen for w in words) / max(len(words), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=10)
    parser.add_argument("--corpus")
    parser.add_argument("--dpi", type=int, help="render image-only PDF pages at this resolution (default: ocr.PDF_DPI)")
    args = parser.parse_args()
    if args.dpi:
        from telusur.index.formats import ocr

        ocr.PDF_DPI = args.dpi
    texts = articles(args.corpus, args.pages)
    images = [page(title, body, seed) for seed, (title, body) in enumerate(texts)]
    rows = []
    for i, image in enumerate(images[:3]):
        out = io.BytesIO()
        image.save(out, "PNG", dpi=(300, 300))
        start = time.perf_counter()
        item = next(iter(extract(f"/bench/page{i}.png", out.getvalue())))
        seconds = time.perf_counter() - start
        assert isinstance(item, Extracted), item
        rows.append((seconds, accuracy(textwrap.fill(texts[i][1], 48).replace("\n", " "), item.body)))
    pdf = io.BytesIO()
    rgb = [im.convert("RGB") for im in images]
    rgb[0].save(pdf, "PDF", resolution=300, save_all=True, append_images=rgb[1:])
    start = time.perf_counter()
    item = next(iter(extract("/bench/scan.pdf", pdf.getvalue())))
    pdf_seconds = time.perf_counter() - start
    assert isinstance(item, Extracted), item
    print("| measure | value |\n| --- | --- |")
    print(f"| one A4 page (PNG), median of {len(rows)} | {statistics.median(s for s, _ in rows):.1f} s |")
    print(f"| word accuracy, median | {statistics.median(a for _, a in rows):.3f} |")
    print(f"| scanned PDF, {len(images)} pages | {pdf_seconds:.1f} s ({pdf_seconds / len(images):.1f} s/page) |")
    expected = " ".join(textwrap.fill(body, 48).replace("\n", " ") for _, body in texts)
    print(f"| PDF word accuracy | {accuracy(expected, item.body):.3f} |")
    print(f"| PDF warnings | {'; '.join(item.warnings) or 'none'} |")


if __name__ == "__main__":
    main()
