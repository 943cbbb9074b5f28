"""One article file turned into the fields of a Whoosh document.

Used by the sync in this process and by the segment workers in theirs, so
everything in and out is picklable and nothing here touches a writer.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from whoosh.formats import Format

from telusur.analysis.acronym_table import document_pairs

from .acronym_store import encode_pairs
from .articles import parse_article
from .files import FileStat, FileText, Skipped, read_text
from .postings import encode_postings, text_terms
from .records import Indexed
from .schema import ACRONYMS_FIELD, EXACT_FIELD, build_schema


@dataclass(frozen=True)
class Prepared:
    """One article file turned into Whoosh fields, ready for the writer."""

    path: str
    doc: dict
    warnings: tuple[str, ...]
    digest: str


@lru_cache(maxsize=1)
def _formats() -> dict[str, Format]:
    """Each analysed field's posting format, built once per process."""
    schema = build_schema()
    return {name: schema[name].format for name in ("headline", "body", EXACT_FIELD)}


def make_document(fs: FileStat, folder: str, text: FileText) -> Prepared:
    """Whoosh fields for one article file, with postings already computed."""
    article = parse_article(text.text, fallback_headline=Path(fs.path).stem)
    formats = _formats()
    head_stems, head_exact = text_terms(article.headline)
    body_stems, body_exact = text_terms(article.body)
    doc = {
        "path": fs.path,
        "folder": folder,
        "headline": encode_postings(head_stems, formats["headline"]),
        "_stored_headline": article.headline,
        "body": encode_postings(body_stems, formats["body"]),
        "_stored_body": article.body,
        EXACT_FIELD: encode_postings(head_exact + body_exact, formats[EXACT_FIELD]),
        "has_time": article.has_time,
        "sync": Indexed(fs.size, fs.mtime_ns, text.digest).encode(),
        ACRONYMS_FIELD: encode_pairs(document_pairs(article.headline + "\n" + article.body)),
    }
    if article.date is not None:
        doc["date"] = article.date
    return Prepared(fs.path, doc, article.warnings, text.digest)


def prepare(fs: FileStat, folder: str) -> Prepared | Skipped:
    """Read, parse and analyse one file; runs in worker processes (picklable in and out)."""
    text = read_text(fs.path)
    if isinstance(text, Skipped):
        return text
    return make_document(fs, folder, text)
