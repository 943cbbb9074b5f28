"""Wire-copy grouping measured on materialize.py --copies (issue 12).

    .venv/bin/python -m bench.copies_eval [--limit 3000] [--copies 0.1] [--work DIR] [--sample 8]

Writes ``--limit`` corpus articles plus their wire copies (ids ending in
``-copy``) with the corpus's own ``materialize.py``, indexes them (which
groups the copies) and reports: recall of the true (article, copy) pairs,
the articles grouped with another story than their own ("wrongly grouped",
by the labels: the corpus itself republishes some stories, which count here
as wrong), the time the grouping took, and a sample of the groups.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from bench.corpus import DEFAULT_JSONL


def story_of(article_id: str) -> str:
    return article_id.removesuffix("-copy")


def evaluate(index_dir: Path) -> dict:
    from telusur.index.copies import STORE_NAME, load_store

    store = load_store(index_dir / STORE_NAME)
    group_of = {Path(key).stem: entry.group for key, entry in store.entries.items()}
    pairs = [(story_of(i), i) for i in group_of if i.endswith("-copy")]
    grouped = sum(1 for a, b in pairs if group_of.get(a) == group_of.get(b))
    members: dict[str, list[str]] = defaultdict(list)
    for article, group in group_of.items():
        members[group].append(article)
    wrong, mixed = 0, []
    for group in members.values():
        stories: dict[str, int] = defaultdict(int)
        for article in group:
            stories[story_of(article)] += 1
        if len(stories) > 1:
            wrong += len(group) - max(stories.values())
            mixed.append(sorted(group))
    return {
        "articles": len(group_of),
        "true_pairs": len(pairs),
        "pairs_grouped": grouped,
        "recall": grouped / len(pairs) if pairs else None,
        "wrongly_grouped": wrong,
        "wrong_rate": wrong / len(group_of) if group_of else None,
        "groups": sum(1 for g in members.values() if len(g) > 1),
        "mixed_groups": mixed,
    }


def sample_groups(index_dir: Path, n: int) -> list[list[str]]:
    """Headlines of ``n`` groups of two or more (the first ones by group id)."""
    from telusur.index import Library
    from telusur.searcher import SearchEngine

    library = Library(index_dir)
    engine = SearchEngine(library)
    groups: dict[str, list[str]] = defaultdict(list)
    for key, group in library.copy_groups().items():
        groups[group].append(key)
    out = []
    for group in sorted(groups)[:n]:
        views = [(k, engine.article(k)) for k in sorted(groups[group])]
        out.append([f"{Path(k).stem}: {view.headline}" for k, view in views if view is not None])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=3000)
    ap.add_argument("--copies", type=float, default=0.1)
    ap.add_argument("--jsonl", type=Path, default=DEFAULT_JSONL)
    ap.add_argument("--work", type=Path, default=None, help="folder for the articles and index (default: temporary)")
    ap.add_argument("--sample", type=int, default=8)
    args = ap.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="telusur-copies-"))
    articles, index_dir = work / "articles", work / "index"
    if not articles.exists():
        materialize = args.jsonl.parent / "materialize.py"
        subprocess.run([sys.executable, str(materialize), str(articles), "--limit", str(args.limit),
                        "--copies", str(args.copies)], check=True, stdout=subprocess.DEVNULL)
    from telusur.index import Library
    from telusur.index.copies import STORE_NAME

    library = Library(index_dir)
    library.add_folders([articles])
    library.open()
    library.sync()
    (index_dir / STORE_NAME).unlink(missing_ok=True)  # time the grouping alone, from scratch
    started = time.perf_counter()
    library.refresh_copies()
    grouping_s = time.perf_counter() - started
    result = evaluate(index_dir)
    result["grouping_s"] = round(grouping_s, 2)
    result["sample"] = sample_groups(index_dir, args.sample)
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("TELUSUR_WORKERS", "2")
    sys.exit(main())
