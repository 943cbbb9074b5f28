"""Every match of a search written out as CSV, JSON or RIS, one hit at a time.

The writers take an iterator of hits (``SearchEngine.every_hit``) and write
each as it comes, so exporting 50,000 matches holds one page of articles in
memory, never the whole result. CSV starts with a byte-order mark so that
Excel reads the Indonesian text as UTF-8, and its cells are made inert
(``printable.inert_cell``: no formulas, no control characters); RIS is what
Zotero and Mendeley import.
"""
from __future__ import annotations

import csv
import html
import json
import re
from collections.abc import Iterable
from datetime import datetime
from enum import StrEnum
from typing import Any, TextIO

from telusur.index.library_file import display_path

from .highlight import marked_html
from .printable import inert_cell, printable, printable_prose
from .requests import CopyRef, Hit, relevance

CSV_COLUMNS = ("headline", "date", "source", "url", "path", "record", "score", "snippet")
_TAG = re.compile(r"<[^>]+>")


class ExportFormat(StrEnum):
    CSV = "csv"
    JSON = "json"
    RIS = "ris"


def plain_text(marked_html: str) -> str:
    """A marked snippet as plain text (marks dropped, entities decoded)."""
    return html.unescape(_TAG.sub("", marked_html))


def _iso(when: datetime | None) -> str | None:
    return when.isoformat() if when else None


def _score(hit: Hit) -> float | None:
    """The relevance score, rounded; None (an empty CSV cell, JSON null) when sorted by date."""
    score = relevance(hit.score)
    return None if score is None else round(score, 4)


def copy_record(copy: CopyRef) -> dict[str, Any]:
    return {"path": display_path(copy.path), "record": copy.record, "source": copy.source, "date": _iso(copy.date)}


def hit_record(hit: Hit) -> dict[str, Any]:
    """A hit as ``telusur search --json`` gives it (README, "Command line")."""
    return {
        "path": display_path(hit.path),
        "record": hit.record,
        "headline": hit.headline,
        "date": _iso(hit.date),
        "source": hit.source,
        "url": hit.url,
        "format": hit.format,
        "score": _score(hit),
        "snippet": marked_html(hit.snippet),
        "group": hit.group,
        "copies": [copy_record(c) for c in hit.copies],
    }


def write_csv(hits: Iterable[Hit], out: TextIO) -> int:
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    n = 0
    for hit in hits:
        writer.writerow([
            inert_cell(printable_prose(hit.headline)),
            _iso(hit.date) or "",
            inert_cell(printable_prose(hit.source or "")),
            inert_cell(hit.url or ""),
            inert_cell(display_path(hit.path)),
            "" if hit.record is None else hit.record,
            "" if (score := _score(hit)) is None else f"{score:.4f}",
            inert_cell(printable_prose(hit.snippet.text)),
        ])
        n += 1
    return n


def write_json(hits: Iterable[Hit], out: TextIO) -> int:
    """A JSON array of hit objects, written element by element."""
    out.write("[")
    n = 0
    for hit in hits:
        out.write(",\n" if n else "\n")
        out.write(json.dumps(hit_record(hit), ensure_ascii=False))
        n += 1
    out.write("\n]\n" if n else "]\n")
    return n


def _ris_value(text: str) -> str:
    return printable(" ".join(text.split()))  # one line per tag, no terminal escapes


def write_ris(hits: Iterable[Hit], out: TextIO) -> int:
    n = 0
    for hit in hits:
        lines = ["TY  - NEWS", f"TI  - {_ris_value(hit.headline)}"]
        if hit.date:
            lines += [f"DA  - {hit.date:%Y/%m/%d}/", f"PY  - {hit.date:%Y}"]
        if hit.source:
            lines += [f"PB  - {_ris_value(hit.source)}", f"T2  - {_ris_value(hit.source)}"]
        if hit.url:
            lines.append(f"UR  - {_ris_value(hit.url)}")
        lines.append(f"L1  - {_ris_value(display_path(hit.path))}")
        snippet = hit.snippet.text
        if snippet:
            lines.append(f"AB  - {_ris_value(snippet)}")
        lines.append("ER  - ")
        out.write("\n".join(lines) + "\n\n")
        n += 1
    return n


WRITERS = {ExportFormat.CSV: write_csv, ExportFormat.JSON: write_json, ExportFormat.RIS: write_ris}


def export(hits: Iterable[Hit], fmt: ExportFormat, out: TextIO) -> int:
    """Write ``hits`` to ``out`` in ``fmt``; returns how many were written."""
    return WRITERS[fmt](hits, out)
