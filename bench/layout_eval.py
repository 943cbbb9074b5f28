"""Boilerplate in layouts and wordings the cleanup rules never list: how much leaks, how much body is lost.

Each corpus article is written into several page layouts (paragraphs as
``<p>``, as text between ``<br>``s, inside nested ``<div>``s, inside
``<article>`` with ``<section>``s), with an ad slot, an inline related link,
a related box, a share bar and a tag bar put between its paragraphs in a
wording drawn from a list none of the phrase rules name. Reported per layout:
pages whose every paragraph is found in the extracted body (the paragraph
after each block included), and pages where any block text leaks.

    nice .venv/bin/python -m bench.layout_eval ../shared/corpus/clickid-news.jsonl.gz --limit 100
"""
from __future__ import annotations

import argparse
import gzip
import html
import json
import random
import re
from collections.abc import Callable

from telusur.index.formats import Extracted, extract

AD_WORDINGS = ["ADVERTISEMENT", "SCROLL TO RESUME CONTENT", "IKLAN", "GULIR KE BAWAH UNTUK LANJUT MEMBACA",
               "SPONSORED CONTENT", "KEEP SCROLLING", "ADS BY PARTNER", "LANJUTKAN MEMBACA DI BAWAH"]
AD_MARKUP = [
    "<div class='ad-slot'><span>{0}</span><span>{1}</span></div>",
    "<div id='div-gpt-ad-{n}-0'><p>{0}</p><small>{1}</small></div>",
    "<aside class='banner-inline'>{0} · {1}</aside>",
    "<div><center><small>{0}</small><br><small>{1}</small></center></div>",
]
RELATED_LABELS = ["Baca Lainnya:", "Artikel Pilihan:", "Jangan Lewatkan:", "Simak Pula:", "Berita Populer:",
                  "Rekomendasi:", ""]
SHARE = "<div class='{cls}'><a href='#'>Facebook</a> <a href='#'>X</a> <a href='#'>WhatsApp</a> {label}</div>"
SHARE_CLASSES = ["social-share", "sharebar", "share_buttons", "sosmed-box"]
SHARE_LABELS = ["Sebarkan:", "Bagikan kabar ini", "Kirim ke teman"]
TAGS = "<div class='{cls}'><span>{label}</span> <a href='/t/a'>{a}</a> <a href='/t/b'>{b}</a></div>"
TAG_CLASSES = ["tag-list", "tags", "article-topics topik", "keyword_tags"]
TAG_LABELS = ["Telusuri:", "Topik Hangat:", "Kata kunci terkait"]


def articles(path: str, limit: int) -> list[tuple[str, list[str]]]:
    found = []
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:  # type: ignore[operator]
        for line in handle:
            record = json.loads(line)
            paras = [p.strip() for p in re.split(r"\n\s*\n|\n", record.get("body") or "") if len(p.strip()) > 60]
            if record.get("headline") and len(paras) >= 5:
                found.append((record["headline"], paras[:8]))
            if len(found) >= limit:
                break
    return found


def blocks(rng: random.Random, n: int) -> list[tuple[str, list[str]]]:
    """(markup, texts that must not leak) for one page."""
    ad = rng.sample(AD_WORDINGS, 2)
    label = rng.choice(RELATED_LABELS)
    teaser = f"Kabar lain nomor {n} tentang pasar malam di kota"
    share_label, tag_label = rng.choice(SHARE_LABELS), rng.choice(TAG_LABELS)
    return [
        (rng.choice(AD_MARKUP).format(*ad, n=n), ad),
        (f"<p><strong>{label}</strong> <a href='/r/{n}'>{teaser}</a></p>", [teaser]),
        ("<aside class='box-terkait'><h4>Baca yang lain</h4><ul>"
         + "".join(f"<li><a href='/x{i}'>Judul berita lain nomor {i} di kanal ini</a></li>" for i in range(4))
         + "</ul></aside>", ["Judul berita lain nomor"]),
        (SHARE.format(cls=rng.choice(SHARE_CLASSES), label=share_label), [share_label]),
        (TAGS.format(cls=rng.choice(TAG_CLASSES), label=tag_label, a="pasar", b="kota"), [tag_label]),
    ]


def _interleave(paras: list[str], inserts: list[str], join: Callable[[str], str]) -> str:
    out = []
    for i, para in enumerate(paras):
        out.append(join(html.escape(para)))
        if i < len(inserts):
            out.append(inserts[i])
    return "".join(out)


LAYOUTS: dict[str, Callable[[list[str], list[str]], str]] = {
    "p": lambda paras, ins: f"<div class='konten'>{_interleave(paras, ins, lambda p: f'<p>{p}</p>')}</div>",
    "br": lambda paras, ins: f"<div class='isi'>{_interleave(paras, ins, lambda p: p + '<br><br>')}</div>",
    "divs": lambda paras, ins: ("<div id='main'><div class='col'><div class='txt'>"
                                + _interleave(paras, ins, lambda p: f"<div class='para'>{p}</div>")
                                + "</div></div></div>"),
    "sections": lambda paras, ins: ("<article><section class='body'>"
                                    + _interleave(paras, ins, lambda p: f"<section><p>{p}</p></section>")
                                    + "</section></article>"),
}


def page(headline: str, body: str) -> str:
    nav = "".join(f"<li><a href='/{k}'>{k}</a></li>" for k in ("Beranda", "Nasional", "Ekonomi", "Olahraga"))
    return (f"<html><head><title>{html.escape(headline)} | Kabar Kita</title>"
            f"<meta property='og:title' content='{html.escape(headline, quote=True)}'></head>"
            f"<body><header><ul>{nav}</ul></header><h1>{html.escape(headline)}</h1>{body}"
            "<footer>Hak cipta Kabar Kita</footer></body></html>")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--limit", type=int, default=100)
    args = parser.parse_args()
    rng = random.Random(23)
    items = articles(args.corpus, args.limit)
    print("| layout | pages | every paragraph found | a block leaked |\n| --- | --- | --- | --- |")
    totals = [0, 0, 0]
    for name, layout in LAYOUTS.items():
        complete = leaked = 0
        for n, (headline, paras) in enumerate(items):
            chosen = blocks(rng, n)
            rng.shuffle(chosen)
            raw = page(headline, layout(paras, [m for m, _ in chosen])).encode()
            item = next(iter(extract(f"/eval/{name}-{n}.html", raw)))
            body = " ".join(item.body.split()) if isinstance(item, Extracted) else ""
            complete += all(" ".join(p.split()) in body for p in paras)
            leaked += any(t in body for _, texts in chosen for t in texts)
        print(f"| {name} | {len(items)} | {complete} | {leaked} |")
        totals = [totals[0] + len(items), totals[1] + complete, totals[2] + leaked]
    pages, complete, leaked = totals
    print(f"| all | {pages} | {complete} ({complete / pages:.1%}) | {leaked} ({leaked / pages:.1%}) |")


if __name__ == "__main__":
    main()
