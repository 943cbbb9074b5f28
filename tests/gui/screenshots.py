"""Where GUI tests save their screenshots: tmp_path, unless TELUSUR_WRITE_SCREENSHOTS=1 asks for docs/.

A plain test run must leave a fresh clone clean, so the tracked images in
docs/ are only rewritten on request (see the README's "Screenshots").
"""
from __future__ import annotations

import os
from pathlib import Path

DOCS = Path(__file__).resolve().parents[2] / "docs"


def screenshot_dir(tmp_path: Path) -> Path:
    if os.environ.get("TELUSUR_WRITE_SCREENSHOTS") == "1":
        DOCS.mkdir(exist_ok=True)
        return DOCS
    return tmp_path
