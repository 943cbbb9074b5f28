"""Scores extraction against the real saved pages in tests/realpages (see its README).

Used by tests/test_formats_realpages.py and runnable on its own to print the
per-site table that docs/formats.md quotes:
``.venv/bin/python tests/realpages_score.py``.
"""
from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field

from telusur.index.formats import Extracted, extract

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "realpages")
CHECKS = ("headline", "date", "lead", "last", "clean")
# The lead must open the body: found within its first characters (a standfirst may precede it).
LEAD_WINDOW = 300
# After the last sentence only a short tail may follow (editor initials such as "(mdk/ank)").
TAIL_CHARS = 40


def truth() -> dict[str, object]:
    with open(os.path.join(HERE, "truth.json"), encoding="utf-8") as handle:
        data: dict[str, object] = json.load(handle)
    return data


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class PageScore:
    file: str
    site: str
    passed: dict[str, bool] = field(default_factory=dict)
    why: list[str] = field(default_factory=list)


def score_page(page: dict[str, object]) -> PageScore:
    name = str(page["file"])
    result = PageScore(name, str(page["site"]))
    items = list(extract(os.path.join(HERE, name)))
    item = items[0]
    if not isinstance(item, Extracted):
        result.passed = dict.fromkeys(CHECKS, False)
        result.why.append(f"skipped: {item.reason}")
        return result
    body = _squash(item.body)
    result.passed["headline"] = item.headline == page["headline"]
    if not result.passed["headline"]:
        result.why.append(f"headline {item.headline!r}")
    day = item.date.date().isoformat() if item.date else None
    result.passed["date"] = day == page["date"]
    if not result.passed["date"]:
        result.why.append(f"date {day}")
    lead = _squash(str(page["lead"]))
    at = body.find(lead)
    result.passed["lead"] = 0 <= at <= LEAD_WINDOW
    if not result.passed["lead"]:
        result.why.append(f"lead at {at}: body opens {body[:120]!r}")
    last = _squash(str(page["last"]))
    end = body.rfind(last)
    result.passed["last"] = end >= 0 and len(body) - (end + len(last)) <= TAIL_CHARS
    if not result.passed["last"]:
        result.why.append(f"last at {end}: body ends {body[-120:]!r}")
    leaks = [s for s in page["absent"] if s in body]  # type: ignore[attr-defined]
    result.passed["clean"] = not leaks
    if leaks:
        result.why.append(f"leaks {leaks}")
    return result


def score_all() -> list[PageScore]:
    return [score_page(page) for page in truth()["articles"]]  # type: ignore[attr-defined]


def table(scores: list[PageScore]) -> str:
    by_site: dict[str, list[PageScore]] = defaultdict(list)
    for s in scores:
        by_site[s.site].append(s)
    lines = ["| site | pages | " + " | ".join(CHECKS) + " |", "| --- | --- |" + " --- |" * len(CHECKS)]
    for site in sorted(by_site) + ["all"]:
        group = scores if site == "all" else by_site[site]
        cells = [f"{sum(s.passed[c] for s in group)}/{len(group)}" for c in CHECKS]
        lines.append(f"| {site} | {len(group)} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def held_out_files() -> set[str]:
    """Pages whose truth was written before the extractor was first run on them."""
    return {str(p["file"]) for p in truth()["articles"] if p.get("held_out")}  # type: ignore[attr-defined]


if __name__ == "__main__":
    all_scores = score_all()
    for s in all_scores:
        if s.why:
            print(s.file, "; ".join(s.why))
    print(table(all_scores))
    held = held_out_files()
    print("\nheld out (scored as they stand now; their first scores are in realpages/README.md):")
    print(table([s for s in all_scores if s.file in held]))
