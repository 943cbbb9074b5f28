"""E-books (``.epub``): zipfile, the package file, and the saved-page reader for each chapter.

One article per file: an e-book of news is usually one long piece (a
report, a compilation) and readers search it as one; the chapters follow
the spine's reading order with their headings kept. The headline is the
book's ``dc:title``, the date its ``dc:date`` (else the first date in the
text), the source its ``dc:publisher``. The zip is checked for bombs first
and every member is read under the same size limit. No e-book library is
used: ebooklib, the usual one, is AGPL.
"""
from __future__ import annotations

import posixpath
import zipfile

from lxml import etree
from lxml import html as lxml_html

from ..messages import CoreMessage, ZipKind, ZipProblem
from .limits import Deadline, Limits
from .pagedates import find_date, parse_any
from .record import Extracted, Format, SkippedRecord, document_article
from .zipcheck import open_zip

_NS = {"c": "urn:oasis:names:tc:opendocument:xmlns:container", "opf": "http://www.idpf.org/2007/opf",
       "dc": "http://purl.org/dc/elements/1.1/"}
_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "figcaption", "td"}
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)
_MAX_HEADLINE = 200


def _xml(archive: zipfile.ZipFile, name: str) -> etree._Element | None:
    try:
        return etree.fromstring(archive.read(name), _PARSER)
    except (KeyError, etree.XMLSyntaxError, ValueError):
        return None


def _chapter_paragraphs(raw: bytes) -> list[str]:
    """Block texts of one XHTML chapter in order (nested blocks counted once)."""
    try:
        tree = lxml_html.fromstring(raw)
    except (etree.ParserError, ValueError):
        return []
    out = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag.split("}")[-1] not in _BLOCKS:
            continue
        if any(isinstance(a.tag, str) and a.tag.split("}")[-1] in _BLOCKS for a in el.iterancestors()):
            continue
        text = " ".join(el.text_content().split())
        if text:
            out.append(text)
    return out


def extract_epub(raw: bytes, path: str, *, limits: Limits, deadline: Deadline,
                 fallback_headline: str) -> Extracted | SkippedRecord:
    archive = open_zip(raw, path, limits, kind=ZipKind.AN_EPUB, required="META-INF/container.xml")
    if isinstance(archive, SkippedRecord):
        return archive
    with archive:
        container = _xml(archive, "META-INF/container.xml")
        rootfile = container.find(".//c:rootfile", _NS) if container is not None else None
        opf_name = rootfile.get("full-path") if rootfile is not None else None
        package = _xml(archive, opf_name) if opf_name else None
        if package is None or opf_name is None:
            return SkippedRecord(path, CoreMessage(ZipProblem.EPUB_NO_PACKAGE))
        base = posixpath.dirname(opf_name)
        manifest = {item.get("id"): item for item in package.iterfind(".//opf:manifest/opf:item", _NS)}
        paragraphs: list[str] = []
        for ref in package.iterfind(".//opf:spine/opf:itemref", _NS):
            item = manifest.get(ref.get("idref"))
            if item is None:
                continue
            href = item.get("href")
            if not href or "html" not in (item.get("media-type") or "html"):
                continue
            try:
                chapter = archive.read(posixpath.normpath(posixpath.join(base, href)))
            except (KeyError, zipfile.BadZipFile, OSError):
                continue
            paragraphs += _chapter_paragraphs(chapter)
            deadline.check()

        def meta(name: str) -> str | None:
            el = package.find(f".//dc:{name}", _NS)
            return " ".join(el.text.split()) if el is not None and el.text and el.text.strip() else None

        title, date_text, publisher = meta("title"), meta("date"), meta("publisher")
    if not paragraphs:
        return SkippedRecord(path, CoreMessage(ZipProblem.EPUB_NO_TEXT))
    headline = (title or paragraphs[0])[:_MAX_HEADLINE]
    if paragraphs and " ".join(paragraphs[0].split()).lower() == headline.lower():
        paragraphs = paragraphs[1:] or paragraphs
    date = parse_any(date_text) if date_text else None
    date = date or find_date("\n".join(paragraphs[:8]))
    return document_article(headline or fallback_headline, "\n\n".join(paragraphs), Format.EPUB, date,
                            source=publisher)
