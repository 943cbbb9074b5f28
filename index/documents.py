"""One article file turned into the fields of one or more Whoosh documents.

Single-article formats (.txt, .md, saved pages, MHTML, PDF, Word) give one
document; data sets (.jsonl, .json, .csv) one per record, each keyed by the
file's key plus its record number. Used by the sync in this process and by
the segment workers in theirs, so everything in and out is picklable and
nothing here touches a writer: documents go to an ``add`` callback as they
are made, so a 2 GB data set never sits in memory.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from whoosh.formats import Format as PostingFormat

from telusur.analysis.acronym_table import document_pairs

from .acronym_store import encode_pairs
from .copies import signature_bytes
from .files import FileStat, Skipped, file_digest, read_bytes, read_text
from .formats import (
    DEFAULT_LIMITS,
    Extracted,
    Format,
    Limits,
    SkippedRecord,
    article_kind,
    extract,
    size_limit,
    source_from_folder,
)
from .formats.isolated import extract_isolated
from .formats.plaintext import text_article
from .keys import doc_key, file_key, safe_text
from .messages import ArticleWarning, CoreMessage, SkipReason
from .postings import encode_postings, text_terms
from .schema import ACRONYMS_FIELD, EXACT_FIELD, build_schema
from .sync_records import Indexed

AddDocument = Callable[[dict], None]


@dataclass(frozen=True)
class Prepared:
    """One file's outcome: its documents (unless they went to ``add``), warnings and skipped records."""

    path: str
    docs: tuple[dict, ...]
    warnings: tuple[str, ...]
    digest: str
    articles: int = 0
    skipped: tuple[Skipped, ...] = ()  # records of a data set that gave no article

    @property
    def doc(self) -> dict:
        """The document of a single-article file (kept for callers of the one-article API)."""
        return self.docs[0]


@lru_cache(maxsize=1)
def _formats() -> dict[str, PostingFormat]:
    """Each analysed field's posting format, built once per process."""
    schema = build_schema()
    return {name: schema[name].format for name in ("headline", "body", EXACT_FIELD)}


def make_fields(item: Extracted, fs: FileStat, folder: str, indexed: Indexed) -> dict:
    """Whoosh fields for one article, with postings already computed.

    ``indexed``: the file's stats as this run read them, encoded into the
    ``sync`` column only here (``Indexed.decode`` reads them back).
    """
    formats = _formats()
    headline = safe_text(item.headline)
    body = safe_text(item.body)
    head_stems, head_exact = text_terms(headline)
    body_stems, body_exact = text_terms(body)
    source = item.source or (source_from_folder(fs.path, folder) if folder else None)
    doc: dict[str, object] = {
        "key": doc_key(fs.path, item.record),
        "file": file_key(fs.path),
        "path": fs.path,
        "folder": folder,
        "format": item.format.value,
        "record": item.record,
        "headline": encode_postings(head_stems, formats["headline"]),
        "_stored_headline": headline,
        "body": encode_postings(body_stems, formats["body"]),
        "_stored_body": body,
        EXACT_FIELD: encode_postings(head_exact + body_exact, formats[EXACT_FIELD]),
        "has_time": item.has_time,
        "sync": indexed.encode(),
        ACRONYMS_FIELD: encode_pairs(document_pairs(headline + "\n" + body)),
        "copysig": signature_bytes(headline, body),
    }
    if source:
        doc["source"] = safe_text(source).strip()
    if item.url:
        doc["url"] = safe_text(item.url)
    if item.date is not None:
        doc["date"] = item.date
    return doc


def _items(fs: FileStat, kind: Format, limits: Limits) -> tuple[str, Iterable[Extracted | SkippedRecord]] | Skipped:
    """(content digest, the file's articles) or why the file cannot be read at all."""
    fallback = safe_text(os.path.splitext(os.path.basename(fs.path))[0])
    if kind in (Format.TXT, Format.MD):
        text = read_text(fs.path)
        if isinstance(text, Skipped):
            return text
        return text.digest, [text_article(text.text, kind, fallback)]
    limit = size_limit(kind, limits)
    if kind.is_data_set or kind is Format.PDF:  # streamed or read lazily: hash in chunks
        if limit is not None and fs.size > limit:
            return Skipped(fs.path, CoreMessage(SkipReason.TOO_LARGE_FOR_FORMAT, megabytes=limit // (1024 * 1024),
                                                  suffix=kind.value))
        digest = file_digest(fs.path)
        if isinstance(digest, Skipped):
            return digest
        if kind is Format.PDF:  # PDFium reads it lazily, in the capped helper process
            return digest, extract_isolated(fs.path, None, kind, limits)
        return digest, extract(fs.path, fmt=kind, limits=limits)
    assert limit is not None
    raw = read_bytes(fs.path, limit)
    if isinstance(raw, Skipped):
        return raw
    return hashlib.sha1(raw).hexdigest(), extract_isolated(fs.path, raw, kind, limits)


def prepare(
    fs: FileStat, folder: str, add: AddDocument | None = None, *, limits: Limits = DEFAULT_LIMITS
) -> Prepared | Skipped:
    """Read, extract and analyse one file; runs in worker processes (picklable in and out).

    With ``add``, each document is handed to it as soon as it is made and
    ``Prepared.docs`` stays empty; without, the documents come back in it.
    A file that yields no article at all comes back as ``Skipped``.
    """
    kind = article_kind(fs.path) or Format.TXT
    found = _items(fs, kind, limits)
    if isinstance(found, Skipped):
        return found
    digest, items = found
    indexed = Indexed.of(fs, digest)
    docs: list[dict] = []
    warnings: list[str] = []
    skipped: list[Skipped] = []
    articles = 0
    for item in items:
        if isinstance(item, SkippedRecord):
            if not kind.is_data_set:
                return Skipped(fs.path, item.reason)
            skipped.append(Skipped(fs.path, item.reason, item.record))
            continue
        fields = make_fields(item, fs, folder, indexed)
        if add is None:
            docs.append(fields)
        else:
            add(fields)
        articles += 1
        warnings.extend(
            w if item.record is None else CoreMessage(ArticleWarning.IN_RECORD, record=item.record, warning=w)
            for w in item.warnings
        )
    if not articles and not skipped:
        skipped.append(Skipped(fs.path, CoreMessage(SkipReason.NO_ARTICLES)))
    return Prepared(fs.path, tuple(docs), tuple(warnings), digest, articles, tuple(skipped))
