"""A deterministic query workload drawn from the corpus's own vocabulary.

Why from the corpus: made-up queries miss the cost structure of real text.
Frequency bands matter because posting-list length drives query cost; the
most frequent non-stopwords are the worst case and are always included.
"""
from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date, timedelta

from telusur.searcher import SortOrder

_TOKEN = re.compile(r"[^\W\d_]{3,}", re.UNICODE)

# Share of the workload per band (sums to 1); order is the output order.
BANDS: dict[str, float] = {
    "frequent": 0.15,  # top non-stopwords by document frequency: the worst case
    "mid": 0.15,
    "rare": 0.15,
    "two_words": 0.15,
    "three_words": 0.10,
    "phrase": 0.125,
    "date_newest": 0.10,  # a word plus a one-week range, newest first
    "newest": 0.075,  # newest first, no range: sorts every match
}


@dataclass(frozen=True)
class BenchQuery:
    band: str
    text: str
    date_from: date | None = None
    date_to: date | None = None
    sort: SortOrder = SortOrder.RELEVANCE

    def to_json(self) -> dict:
        d = asdict(self)
        d["date_from"] = self.date_from.isoformat() if self.date_from else None
        d["date_to"] = self.date_to.isoformat() if self.date_to else None
        return d

    @classmethod
    def from_json(cls, d: dict) -> BenchQuery:
        return cls(
            d["band"],
            d["text"],
            date.fromisoformat(d["date_from"]) if d.get("date_from") else None,
            date.fromisoformat(d["date_to"]) if d.get("date_to") else None,
            SortOrder(d.get("sort", "relevance")),
        )


@dataclass
class CorpusStats:
    """What the workload needs from one pass over the articles."""

    n_docs: int
    df: Counter
    windows: list[tuple[str, ...]]  # runs of 3 consecutive content words
    dates: list[date]


def _stopwords() -> frozenset[str]:
    from whoosh.analysis import STOP_WORDS

    try:
        from telusur.analysis.resources import stopwords

        return frozenset(stopwords()) | STOP_WORDS
    except Exception:  # Sastrawi missing: English list only
        return frozenset(STOP_WORDS)


def corpus_stats(docs: Iterable, seed: int = 7, windows_per_doc: int = 2) -> CorpusStats:
    """Document frequencies and a sample of word windows, in one pass."""
    rng = random.Random(seed)
    stop = _stopwords()
    df: Counter = Counter()
    windows: list[tuple[str, ...]] = []
    dates: list[date] = []
    n = 0
    for doc in docs:
        n += 1
        words = [w.lower() for w in _TOKEN.findall(doc.headline + "\n" + doc.body)]
        df.update(set(words))
        if doc.date is not None:
            dates.append(doc.date.date())
        runs = [tuple(words[i : i + 3]) for i in range(len(words) - 2)]
        runs = [r for r in runs if not any(w in stop for w in r)]
        windows.extend(rng.sample(runs, min(windows_per_doc, len(runs))))
    for w in list(df):
        if w in stop:
            del df[w]
    return CorpusStats(n, df, windows, sorted(dates))


def _counts(total: int) -> dict[str, int]:
    counts = {b: int(total * share) for b, share in BANDS.items()}
    for b in list(BANDS)[: total - sum(counts.values())]:
        counts[b] += 1
    return counts


def build_workload(stats: CorpusStats, total: int = 200, seed: int = 11) -> list[BenchQuery]:
    """``total`` queries across the bands; same stats and seed give the same list."""
    rng = random.Random(seed)
    counts = _counts(total)
    ranked = [w for w, _ in sorted(stats.df.items(), key=lambda kv: (-kv[1], kv[0]))]
    n = max(stats.n_docs, 1)
    frequent = ranked[: max(counts["frequent"], 10)]
    mid = [w for w in ranked if 0.005 * n <= stats.df[w] <= 0.05 * n] or ranked[:100]
    rare = [w for w in ranked if 2 <= stats.df[w] <= 5] or ranked[-100:]
    windows = sorted(set(stats.windows))

    def pick(pool: list, k: int) -> list:
        return rng.sample(pool, k) if len(pool) >= k else [rng.choice(pool) for _ in range(k)]

    out: list[BenchQuery] = []
    out += [BenchQuery("frequent", w) for w in frequent[: counts["frequent"]]]
    out += [BenchQuery("mid", w) for w in pick(mid, counts["mid"])]
    out += [BenchQuery("rare", w) for w in pick(rare, counts["rare"])]
    # Words that occur near each other, so AND queries have hits (as users' do).
    out += [BenchQuery("two_words", " ".join(win[:2])) for win in pick(windows, counts["two_words"])]
    out += [BenchQuery("three_words", " ".join(win)) for win in pick(windows, counts["three_words"])]
    out += [
        BenchQuery("phrase", '"' + " ".join(win[: rng.choice((2, 3))]) + '"')
        for win in pick(windows, counts["phrase"])
    ]
    days = stats.dates or [date(2019, 9, 10)]
    busy = days[len(days) // 2]  # a week around the median date has many articles
    for w in pick(frequent + mid[:50], counts["date_newest"]):
        start = busy + timedelta(days=rng.randint(-7, 3))
        out.append(BenchQuery("date_newest", w, start, start + timedelta(days=6), SortOrder.NEWEST))
    out += [BenchQuery("newest", w, sort=SortOrder.NEWEST) for w in pick(frequent[:10] + mid[:20], counts["newest"])]
    return out
