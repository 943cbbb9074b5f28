"""Queries, judgments and metrics shared by run.py and known_item.py."""
from __future__ import annotations

import csv
import math
import tempfile
from pathlib import Path

from bench.corpus import DEFAULT_JSONL, PROJECT_ROOT

HERE = Path(__file__).resolve().parent
REPO = PROJECT_ROOT
OUT = REPO / "bench" / "out"
QUERIES = HERE / "queries.tsv"
QRELS = HERE / "qrels.tsv"
# The materialized articles (a folder of .txt files; /tmp/corpus/mixed on Linux).
DEFAULT_CORPUS = Path(tempfile.gettempdir()) / "corpus" / "mixed"
SHARED_JSONL = DEFAULT_JSONL
KINDS = ("topic", "inflection", "name", "redup", "compound", "clitic", "abbrev", "typo", "date", "acronym", "synonym")


def article_id(path: str) -> str:
    """Corpus id from a materialized file path (``.../clickid-kompas-00002.txt``)."""
    return Path(path).stem


def _data_lines(path: Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line


def load_queries(path: Path = QUERIES) -> list[dict]:
    rows = list(csv.DictReader(_data_lines(path), delimiter="\t", quoting=csv.QUOTE_NONE))
    for r in rows:
        r["date_from"] = r.get("date_from") or None
        r["date_to"] = r.get("date_to") or None
    return rows


def load_qrels(path: Path = QRELS) -> dict[str, dict[str, int]]:
    qrels: dict[str, dict[str, int]] = {}
    if not path.exists():
        return qrels
    for line in _data_lines(path):
        qid, doc, grade = line.split("\t")[:3]
        if qid == "qid":
            continue
        qrels.setdefault(qid, {})[doc] = int(grade)
    return qrels


def ndcg(ranked: list[str], judged: dict[str, int], k: int = 10) -> float:
    """nDCG@k with gain 2^grade - 1; unjudged documents count as grade 0."""
    dcg = sum((2 ** judged.get(d, 0) - 1) / math.log2(i + 2) for i, d in enumerate(ranked[:k]))
    ideal = sorted(judged.values(), reverse=True)[:k]
    idcg = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def mrr(ranked: list[str], judged: dict[str, int], min_grade: int = 1) -> float:
    for i, d in enumerate(ranked):
        if judged.get(d, 0) >= min_grade:
            return 1.0 / (i + 1)
    return 0.0


def recall(ranked: list[str], judged: dict[str, int], k: int = 100, min_grade: int = 1) -> float:
    relevant = {d for d, g in judged.items() if g >= min_grade}
    if not relevant:
        return 0.0
    return len(relevant & set(ranked[:k])) / len(relevant)
