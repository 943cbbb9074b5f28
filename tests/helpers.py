"""Helpers for tests: fixture articles written by the tests, never the user's data."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_2a54ab0cdfdf7b75.txt"


def write_article(folder: Path, name: str, headline: str, date: str | datetime | None, *paragraphs: str) -> Path:
    """A file in the seed layout: headline, blank, date, blank, paragraphs.

    ``date`` is the date line as written, or a datetime written as
    ``2024-07-03 20:17:00``; None leaves the article without a date line.
    """
    if isinstance(date, datetime):
        date = date.strftime("%Y-%m-%d %H:%M:%S")
    parts = [headline] + ([date] if date is not None else []) + list(paragraphs)
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    return path


def use_settings(monkeypatch, **changes) -> None:
    """This test runs with ``changes`` to Telusur's settings (undone after it), as TELUSUR_* would give."""
    from telusur import settings

    monkeypatch.setattr(settings, "_current", settings.current().but(**changes))
