"""Helpers for tests: fixture articles written by the tests, never the user's data."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_2a54ab0cdfdf7b75.txt"


def write_article(folder: Path, name: str, headline: str, date: str | None, *paragraphs: str) -> Path:
    """A file in the seed layout: headline, blank, date, blank, paragraphs."""
    parts = [headline] + ([date] if date is not None else []) + list(paragraphs)
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    return path
