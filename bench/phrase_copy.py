"""Do phrases copied from articles find their article? (issue 27's goal: 99.5 %)

A user copies 4-8 consecutive words from an article (punctuation and numbers
as written) and searches them, quoted as a phrase or pasted as plain words.
This samples such phrases from an indexed folder of articles in Telusur's
file layout and reports how often the article is among the matches and in
the top 10, with the misses listed:

    .venv/bin/python -m bench.phrase_copy INDEX_DIR FOLDER [--samples 1000] [--seed 27]

FOLDER is what INDEX_DIR indexed (e.g. bench/eval's /tmp/corpus/mixed).
"""
from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from pathlib import Path

from telusur.index import Library, doc_key
from telusur.index.articles import parse_article
from telusur.searcher import SearchEngine, SearchRequest


@dataclass(frozen=True)
class Sample:
    path: Path
    words: str


def samples(folder: Path, n: int, seed: int) -> list[Sample]:
    """``n`` phrases of 4-8 consecutive words from the bodies of random articles, as written."""
    rng = random.Random(seed)
    files = sorted(folder.rglob("*.txt"))
    out: list[Sample] = []
    while len(out) < n:
        path = rng.choice(files)
        body = parse_article(path.read_text(encoding="utf-8")).body
        words = body.split()
        if len(words) < 8:
            continue
        size = rng.randint(4, 8)
        start = rng.randrange(0, len(words) - size + 1)
        out.append(Sample(path, " ".join(words[start : start + size])))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("index_dir", type=Path)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--samples", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=27)
    args = parser.parse_args()
    engine = SearchEngine(Library(args.index_dir))
    chosen = samples(args.folder, args.samples, args.seed)
    print(f"{'as':8} {'found':>7} {'top 10':>7} {'of':>5}")
    for mode in ("phrase", "words"):
        found = top = 0
        misses: list[str] = []
        for sample in chosen:
            text = f'"{sample.words}"' if mode == "phrase" else sample.words
            request = SearchRequest(text, page_size=10, snippets=False, group_copies=False, as_typed=True)
            results = engine.results(request)
            key = doc_key(str(sample.path), None)
            hit = key in results.keys()
            found += hit
            top += any(h.key == key for h in results.page(request.window(), snippets=False))
            if not hit and len(misses) < 8:
                misses.append(f"{sample.path.name}: {text}")
        n = len(chosen)
        print(f"{mode:8} {100 * found / n:6.1f}% {100 * top / n:6.1f}% {n:5}")
        for miss in misses:
            print(f"   miss  {miss}")


if __name__ == "__main__":
    main()
