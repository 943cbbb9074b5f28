"""OpenDocument text (``.odt``, LibreOffice Writer) through odfpy (Apache-2.0).

The zip is checked for bombs first (``zipcheck``). Headings and paragraphs are
read in document order, tables and lists included; the headline is the
document's Title paragraph, else its first heading near the top, else its
first paragraph.
"""
from __future__ import annotations

from typing import Any

from ..messages import CoreMessage, DocumentProblem, ZipKind, ZipProblem
from .limits import Deadline, Limits
from .pagedates import find_date
from .record import Extracted, Format, SkippedRecord, document_article
from .zipcheck import open_zip

_MAX_HEADLINE = 200
_HEADLINE_SEARCH = 6
_DATE_SEARCH_PARAGRAPHS = 8
_MAX_DEPTH = 200


def _blocks(node: Any, out: list[tuple[str, str]], depth: int = 0) -> None:
    """(kind, text) of every heading and paragraph under ``node``, in order; kind is "h", "title" or "p"."""
    from odf import teletype

    if depth > _MAX_DEPTH:
        return
    for child in node.childNodes:
        name = getattr(child, "qname", (None, None))[1]
        if name in ("h", "p"):
            text = " ".join(teletype.extractText(child).split())
            if text:
                style = str(child.getAttribute("stylename") or "") if hasattr(child, "getAttribute") else ""
                out.append(("title" if style.lower().startswith("title") else name, text))
        elif getattr(child, "childNodes", None):
            _blocks(child, out, depth + 1)


def extract_odt(raw: bytes, path: str, *, limits: Limits, deadline: Deadline,
                fallback_headline: str) -> Extracted | SkippedRecord:
    archive = open_zip(raw, path, limits, kind=ZipKind.AN_ODT, required="content.xml")
    if isinstance(archive, SkippedRecord):
        return archive
    archive.close()
    import io

    from odf.opendocument import load

    try:
        document = load(io.BytesIO(raw))
    except Exception as err:  # odfpy raises what its XML parser raises on a damaged part
        return SkippedRecord(path, CoreMessage(ZipProblem.ODT_UNREADABLE, error=type(err).__name__))
    blocks: list[tuple[str, str]] = []
    _blocks(document.text, blocks)
    deadline.check()
    if not blocks:
        return SkippedRecord(path, CoreMessage(DocumentProblem.WORD_NO_TEXT))
    pick = next((i for i, (kind, _) in enumerate(blocks) if kind == "title"), None)
    if pick is None:
        pick = next((i for i, (kind, _) in enumerate(blocks[:_HEADLINE_SEARCH]) if kind == "h"), 0)
    headline = blocks[pick][1][:_MAX_HEADLINE]
    rest = [text for i, (_, text) in enumerate(blocks) if i != pick]
    date = find_date("\n".join(rest[:_DATE_SEARCH_PARAGRAPHS]))
    return document_article(headline or fallback_headline, "\n\n".join(rest) or headline, Format.ODT, date)
