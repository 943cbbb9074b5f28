"""Boilerplate found by markup and position: layouts and wordings the phrase rules have never seen."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from telusur.index.formats import Extracted, extract

PARAS = (
    "Badan Meteorologi memperingatkan gelombang tinggi hingga empat meter di perairan selatan Jawa "
    "selama tiga hari ke depan.",
    "Nelayan di Cilacap dan Pangandaran diminta menunda melaut sampai cuaca kembali tenang, "
    "kata kepala stasiun setempat.",
    "Petugas pelabuhan juga menutup sementara penyeberangan kapal kecil menuju pulau-pulau di sekitar Nusakambangan.",
    "Peringatan akan diperbarui setiap enam jam dan dapat dipantau melalui aplikasi resmi lembaga tersebut.",
)
HEAD = ("<html><head><title>Gelombang Tinggi di Selatan Jawa | Warta Pesisir</title>"
        "<meta property='og:title' content='Gelombang Tinggi di Selatan Jawa'>"
        "<meta property='article:published_time' content='2023-03-02T08:15:00+07:00'></head><body>"
        "<h1>Gelombang Tinggi di Selatan Jawa</h1>")

# (name, ad or boilerplate block, its text that must not leak) - wordings not in any phrase rule.
BLOCKS = [
    ("resume-ad", "<div class='ad-slot'><span>ADVERTISEMENT</span><span>SCROLL TO RESUME CONTENT</span></div>",
     "RESUME CONTENT"),
    ("gpt-slot", "<div id='div-gpt-ad-1699-0'><p>Iklan</p><p>Gulir ke bawah untuk melanjutkan</p></div>",
     "Gulir ke bawah"),
    ("caps-new-wording", "<div><small>PROMOTED · KEEP SCROLLING FOR MORE</small></div>", "KEEP SCROLLING"),
    ("inline-related", "<p><strong>Artikel Pilihan:</strong> <a href='/x'>Warga Pesisir Mengungsi ke Dataran Tinggi"
     "</a></p>", "Artikel Pilihan"),
    ("related-box", "<aside class='box-artikel-terkait'><h3>Jangan Lewatkan</h3><ul>"
     + "".join(f"<li><a href='/r{i}'>Kabar lain nomor {i} dari pesisir</a></li>" for i in range(4))
     + "</ul></aside>", "Jangan Lewatkan"),
    ("share-bar", "<div class='sosmed-bar'><a>Facebook</a> <a>X</a> <a>WhatsApp</a> <span>Sebarkan kabar</span>"
     "</div>", "Sebarkan kabar"),
    ("tag-bar", "<div class='tag-list'><span>Telusuri:</span> <a>gelombang</a> <a>cilacap</a></div>", "Telusuri"),
    ("related-list", "<p><strong>Simak Pula:</strong><br><a href='/a'>Warga Pesisir Mengungsi ke Dataran Tinggi</a>"
     "<br><a href='/b'>Nelayan Cilacap Pulang Lebih Awal Hari Ini</a></p>", "Nelayan Cilacap Pulang"),
    ("credits", "<table class='read-copy'><tr><td>Penulis</td><td>: Sari Wulandari</td></tr>"
     "<tr><td>Editor</td><td>: Budi Santoso</td></tr></table>", "Budi Santoso"),
]


def _page_br_paragraphs(block: str) -> str:
    """Paragraphs as text between <br>s; the block sits between them, so paragraph 3 is its tail."""
    body = "<br><br>".join(PARAS[:2]) + "<br><br>" + block + PARAS[2] + "<br><br>" + PARAS[3]
    return f"{HEAD}<div class='isi-berita'>{body}</div><footer>Redaksi Warta Pesisir</footer></body></html>"


def _page_p_paragraphs(block: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS[:2]) + block + "".join(f"<p>{p}</p>" for p in PARAS[2:])
    return f"{HEAD}<section id='konten'><div>{body}</div></section></body></html>"


@pytest.mark.parametrize("layout", [_page_br_paragraphs, _page_p_paragraphs], ids=["br", "p"])
@pytest.mark.parametrize(("name", "block", "leak"), BLOCKS, ids=[b[0] for b in BLOCKS])
def test_block_is_removed_and_the_paragraph_after_it_survives(
    layout: Callable[[str], str], name: str, block: str, leak: str
) -> None:
    items = list(extract(f"/arsip/{name}.html", layout(block).encode()))
    article = items[0]
    assert isinstance(article, Extracted), article
    assert leak.lower() not in article.body.lower()
    for para in PARAS:
        assert para in article.body
    assert article.body.startswith(PARAS[0])


def test_a_misleading_class_does_not_remove_the_article() -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    page = f"{HEAD}<div class='js-photo-tag share-wrapper'>{body}</div></body></html>"
    article = next(iter(extract("/arsip/x.html", page.encode())))
    assert isinstance(article, Extracted)
    assert all(p in article.body for p in PARAS)


def test_dateline_line_joins_the_lead() -> None:
    text = "<br><br>".join(PARAS)
    page = f"{HEAD}<div class='detail'><strong>SURABAYA -</strong><br>{text}</div></body></html>"
    article = next(iter(extract("/arsip/x.html", page.encode())))
    assert isinstance(article, Extracted)
    assert article.body.split("\n\n")[0] in (f"SURABAYA - {PARAS[0]}", PARAS[0])


def test_a_subhead_about_ads_stays() -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAS[:2]) + "<p><strong>IKLAN POLITIK DILARANG</strong></p>" + "".join(
        f"<p>{p}</p>" for p in PARAS[2:])
    article = next(iter(extract("/arsip/x.html", f"{HEAD}<div>{body}</div></body></html>".encode())))
    assert isinstance(article, Extracted)
    assert "IKLAN POLITIK DILARANG" in article.body


def test_an_article_of_short_paragraphs_with_linked_names_is_kept() -> None:
    # One-sentence paragraphs are common in Indonesian online news; a tag link inside a sentence is text.
    sentences = [f"Kalimat pendek nomor {i} tentang laga <a class='tag-link' href='/tag/x'>Persipura Jayapura</a> "
                 f"di Sidoarjo." for i in range(12)]
    body = "".join(f"<p>{s}</p>" for s in sentences)
    article = next(iter(extract("/arsip/pendek.html", f"{HEAD}<div class='isi'>{body}</div></body></html>".encode())))
    assert isinstance(article, Extracted), article
    assert article.body.count("Persipura Jayapura") == 12


def test_a_one_paragraph_story_ending_in_an_agency_tag_is_an_article() -> None:
    page = f"{HEAD}<article><p>{PARAS[0]} {PARAS[1]} (ant)</p></article></body></html>"
    article = next(iter(extract("/arsip/singkat.html", page.encode())))
    assert isinstance(article, Extracted), article
    assert article.body.endswith("(ant)")


def test_a_span_holding_br_paragraphs_keeps_its_dateline_lead() -> None:
    """viva.co.id (2015): the story is a <span> of text between <br>s, led by "VIVA.co.id - …"."""
    text = "<br><br>".join(PARAS)
    page = (f"{HEAD}<div class='content'><div class='portlet'><p>Kolom</p></div>"
            f"<span itemprop='articleBody'><strong>Warta Pesisir</strong> - {text}</span></div></body></html>")
    article = next(iter(extract("/arsip/span.html", page.encode())))
    assert isinstance(article, Extracted), article
    assert article.body.startswith("Warta Pesisir - " + PARAS[0])
    assert all(p in article.body for p in PARAS)


def test_a_sentence_with_two_linked_names_is_not_a_related_list() -> None:
    sentence = ("<p>Menurut <a href='/t/a'>Kepala Stasiun Meteorologi Cilacap</a> dan "
                "<a href='/t/b'>Kepala Pelabuhan Tanjung Intan</a>, kapal kecil dilarang berlayar.</p>")
    page = f"{HEAD}<div>{''.join(f'<p>{p}</p>' for p in PARAS)}{sentence}</div></body></html>"
    article = next(iter(extract("/arsip/nama.html", page.encode())))
    assert isinstance(article, Extracted)
    assert "kapal kecil dilarang berlayar" in article.body


def test_a_credit_line_inside_the_story_stays() -> None:
    line = "<p>Editor senior itu mengatakan: redaksi akan terus memantau perkembangan cuaca.</p>"
    page = f"{HEAD}<div>{''.join(f'<p>{p}</p>' for p in PARAS)}{line}</div></body></html>"
    article = next(iter(extract("/arsip/editor.html", page.encode())))
    assert isinstance(article, Extracted)
    assert "redaksi akan terus memantau" in article.body


@pytest.mark.parametrize(("after", "kept"), [
    (["DUNIA", "Puluhan orang dikarantina di Thailand.", "Staf memeriksa sampel. (REUTERS/Foto)"], False),
    ([PARAS[2], PARAS[3], PARAS[0] + " " + PARAS[1] + " " + PARAS[2]], True),
])
def test_an_editors_mark_ends_the_story_only_before_scraps(after: list[str], kept: bool) -> None:
    from telusur.index.formats.cleanup import clean_body

    lines = [PARAS[0], PARAS[1] + " (ren)", *after]
    out = clean_body(lines)
    assert out[:2] == [PARAS[0], PARAS[1] + " (ren)"]
    assert (out[2:] == after) is kept
