"""Thin adapter over bench/peers.py: build each peer once (cached), return article ids."""
from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

from bench.eval.common import article_id

_docs_cache: dict[str, list] = {}


def _docs(corpus: Path):
    key = str(corpus)
    if key not in _docs_cache:
        from bench.peers import load_docs

        _docs_cache[key] = load_docs(corpus)
    return _docs_cache[key]


def open_peer(name: str, corpus: Path, cache: Path):
    from bench.peers import make_peer

    peer = make_peer(name)
    directory = cache / name
    marker = directory / "BUILT"
    if marker.exists():
        peer.open(directory)
    else:
        started = time.time()
        peer.build(_docs(corpus), directory)
        marker.write_text(f"{time.time() - started:.0f}s\n")
        print(f"[{name}] built in {time.time() - started:.0f}s", file=sys.stderr)
    return peer


def run_queries(peer, queries: list[dict], limit: int = 100) -> dict[str, list[str]]:
    out = {}
    for q in queries:
        hits = peer.search(
            q["text"],
            limit=limit,
            date_from=date.fromisoformat(q["date_from"]) if q.get("date_from") else None,
            date_to=date.fromisoformat(q["date_to"]) if q.get("date_to") else None,
        )
        out[q["qid"]] = [article_id(h.id) for h in hits]
    return out
