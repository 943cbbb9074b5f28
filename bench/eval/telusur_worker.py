"""Build (once) and query one Telusur analysis variant, in its own process.

The stemmer backend is read from ``TELUSUR_STEMMER`` by ``startup.start()``, and the
word lists are module-level caches, so every variant runs in a fresh
subprocess: ``bench.eval.run`` starts this module once per variant, from the
project root.

    .venv/bin/python -m bench.eval.telusur_worker VARIANT CORPUS_DIR CACHE_DIR QUERIES_JSON OUT_JSON

QUERIES_JSON: [{"qid", "text", "date_from", "date_to"}]; OUT_JSON: {qid: [article ids]}.
Variants are defined in ``VARIANTS`` below; none changes shipped code, they
monkeypatch the analysis unit's word lists in this process only.
"""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from bench.corpus import PROJECT_ROOT

# The word lists, as the working tree has them (the source of telusur.analysis.resources).
RESOURCES = "analysis/resources"
# Word lists read only at query time (as telusur.analysis.resources.QUERY_TIME_FILES).
QUERY_TIME_FILES = ("synonyms.txt",)
# Where they were before the package move (83eacd8), for ``variant@REV`` of older revisions.
OLD_RESOURCES = "index/analysis/resources"

# variant -> (TELUSUR_STEMMER, stopwords on, compounds on, extra)
VARIANTS = {
    "telusur": ("sastrawi", True, True, None),
    "telusur-nostem": ("none", True, True, None),
    "telusur-snowball": ("snowball", True, True, None),
    "telusur-nostop": ("sastrawi", False, True, None),
    "telusur-nocompound": ("sastrawi", True, False, None),
    # query-side prototypes on the shipped index (see ranking.py)
    "telusur+prox": ("sastrawi", True, True, "prox"),
    "telusur+fuzzy": ("sastrawi", True, True, "fuzzy"),
    "telusur+prox+fuzzy": ("sastrawi", True, True, "prox+fuzzy"),
    "telusur+exact": ("sastrawi", True, True, "exact"),
    "telusur+exact+prox": ("sastrawi", True, True, "exact+prox"),
    "telusur+exact+prox+fuzzy": ("sastrawi", True, True, "exact+prox+fuzzy"),
    # the shipped index searched without acronym/synonym expansion (issue 15's "before")
    "telusur-noexpand": ("sastrawi", True, True, "noexpand"),
}


def split_rev(variant: str) -> tuple[str, str | None]:
    """``telusur@6b3495b``: the shipped variant with stem_overrides.tsv as of a git revision."""
    name, _, rev = variant.partition("@")
    return name, rev or None


def _git(*args: str, text: bool = True):
    return subprocess.run(["git", *args], cwd=PROJECT_ROOT, capture_output=True, text=text, check=True).stdout


def resources_at(rev: str) -> str:
    """The word lists' folder in the tree of ``rev`` (it moved with the package move)."""
    has_new = subprocess.run(["git", "cat-file", "-e", f"{rev}:{RESOURCES}"], cwd=PROJECT_ROOT,
                             capture_output=True).returncode == 0
    return RESOURCES if has_new else OLD_RESOURCES


def old_overrides(rev: str) -> dict[str, str]:
    text = _git("show", f"{rev}:{resources_at(rev)}/stem_overrides.tsv")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return {a: b for a, b in rows}


def resources_digest(rev: str | None = None) -> str:
    """Checksum of the analysis word lists (as Telusur computes it), now or at a git revision."""
    digest = hashlib.sha256()
    if rev is None:
        for path in sorted((PROJECT_ROOT / RESOURCES).iterdir()):
            if path.name in QUERY_TIME_FILES:  # read at query time: editing them keeps the index
                continue
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    else:
        folder = resources_at(rev)
        for name in sorted(_git("ls-tree", "--name-only", f"{rev}:{folder}").split()):
            if name in QUERY_TIME_FILES:
                continue
            digest.update(name.encode())
            digest.update(_git("show", f"{rev}:{folder}/{name}", text=False))
    return digest.hexdigest()[:16]


def index_key(variant: str) -> str:
    """Index folder name: analysis settings plus the word lists' checksum.

    Editing resources/ builds afresh; ``variant@REV`` reuses the index built
    with the lists of that git revision. Variants that differ only at query
    time share the index of their base.
    """
    variant, rev = split_rev(variant)
    stemmer, stops, comps, _ = VARIANTS[variant]
    return (f"telusur-{stemmer}-{'stop' if stops else 'nostop'}-{'comp' if comps else 'nocomp'}"
            f"-{resources_digest(rev)[:8]}")


def configure(variant: str) -> None:
    variant, rev = split_rev(variant)
    stemmer, stops, comps, _ = VARIANTS[variant]
    os.environ["TELUSUR_STEMMER"] = stemmer
    from telusur.startup import start

    start()  # reads the variable just set, as the CLI's main would
    import telusur.analysis.normalize as normalize
    import telusur.analysis.stemmer as stemmer_mod
    import telusur.searcher.query as query

    if rev:
        import telusur.analysis as analysis
        from telusur.analysis.resources import compounds as shipped_compounds

        old = resources_digest(rev)
        analysis.resources_fingerprint = lambda: old  # the index's recorded fingerprint

        table = old_overrides(rev)
        table.update({j: j for j in shipped_compounds().values()})
        stemmer_mod._overrides = table
        stemmer_mod.stem.cache_clear()
    if not (stops and comps) or rev:
        # Word-list patches live in this process only: index in this process
        # (sync would otherwise spawn fresh workers that load the shipped lists).
        import telusur.index.sync as sync_mod

        sync_mod.default_workers = lambda: 1
    if not stops:
        normalize.stopwords = lambda: frozenset()
    if not comps:
        normalize.compounds = lambda: {}
        query.compounds = lambda: {}
        from telusur.analysis.resources import compounds as shipped

        joined = set(shipped().values())
        stemmer_mod._overrides = {w: t for w, t in stemmer_mod._overrides.items() if t not in joined}
        stemmer_mod.stem.cache_clear()


def article_id(path: str) -> str:
    return Path(path).stem


def main() -> None:
    variant, corpus, cache, queries_path, out_path = sys.argv[1:6]
    configure(variant)
    from telusur.index import Library
    from telusur.searcher import SearchEngine, SearchRequest, SortOrder

    index_dir = Path(cache) / index_key(variant)
    done = index_dir / "BUILT"
    lib = Library(index_dir)
    lib.whoosh_index()  # opens, or starts over an index of an older schema/analysis
    if not done.exists() or lib.needs_rebuild or lib.rebuilt_reason or lib.document_count() == 0:
        started = time.time()
        if not lib.folders:
            lib.add_folders([corpus])
        lib.sync()
        done.write_text(f"{time.time() - started:.0f}s\n")
        print(f"[{variant}] built {lib.document_count()} docs in {time.time() - started:.0f}s", file=sys.stderr)
    extra = VARIANTS[split_rev(variant)[0]][3]
    engine = SearchEngine(lib, expand=extra != "noexpand")
    if extra and extra != "noexpand":
        from bench.eval.ranking import wrap_engine

        engine = wrap_engine(engine, extra)
    queries = json.loads(Path(queries_path).read_text())
    out = {}
    for q in queries:
        req = SearchRequest(
            q["text"],
            date.fromisoformat(q["date_from"]) if q.get("date_from") else None,
            date.fromisoformat(q["date_to"]) if q.get("date_to") else None,
            SortOrder.RELEVANCE,
            page=1,
            page_size=q.get("limit", 100),
            snippets=False,
            # Every article on its own, as it was judged and as the peers list them:
            # folding wire copies (the app's default) would hide judged copies.
            group_copies=False,
        )
        res = engine.search(req)
        if res.message:
            print(f"[{variant}] {q['qid']}: {res.message}", file=sys.stderr)
        out[q["qid"]] = [article_id(h.path) for h in res.hits]
    Path(out_path).write_text(json.dumps(out))


if __name__ == "__main__":
    main()
