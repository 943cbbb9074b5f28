"""The speed benchmark runs end to end on a tiny generated folder.

Why: bench/speed.py is run rarely and by hand; this keeps it from rotting
when index/ or searcher/ change. Peers whose packages are missing are skipped.
"""
from __future__ import annotations

import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))

WORDS = (
    "pemerintah jakarta presiden menteri banjir harga beras pasar sekolah siswa guru polisi "
    "kecelakaan jalan tol gempa bumi warga desa kota pemilu partai calon anggota dewan "
    "ekonomi pertumbuhan investasi bank rupiah dolar sepak bola timnas pelatih pemain"
).split()


def _write_articles(folder: Path, n: int = 30) -> None:
    rng = random.Random(3)
    start = date(2019, 9, 1)
    for i in range(n):
        day = start + timedelta(days=i % 20)
        head = " ".join(rng.choice(WORDS) for _ in range(6)).capitalize()
        paras = [" ".join(rng.choice(WORDS) for _ in range(40)) + "." for _ in range(3)]
        sub = folder / f"pub{i % 3}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"a{i:03d}.txt").write_text(f"{head}\n\n{day.isoformat()}\n\n" + "\n\n".join(paras) + "\n", "utf-8")


def test_speed_quick_json(tmp_path: Path) -> None:
    import speed
    from peers import available_peers

    folder = tmp_path / "articles"
    _write_articles(folder)
    before = sorted(p.read_bytes() for p in folder.rglob("*.txt"))
    out = tmp_path / "speed.json"
    engines = ["telusur", *available_peers()]
    rc = speed.main([
        str(folder), "--quick", "--queries", "10", "--engines", ",".join(engines),
        "--out", str(out), "--work-dir", str(tmp_path),
    ])
    assert rc == 0
    data = json.loads(out.read_text())
    assert {"input", "engines", "machine", "workload", "sizes", "targets"} <= data.keys()
    assert len(data["workload"]) == 10
    size = data["sizes"]["x1"]
    assert size["articles"] == 30
    for e in engines:
        b, q = size["builds"][e], size["queries"][e]
        assert b["articles"] == 30 and b["articles_per_s"] > 0 and b["peak_rss_mb"] > 0 and b["index_mb"] > 0
        for k in ("ids_p50_ms", "ids_p95_ms", "snip_p50_ms", "snip_p95_ms"):
            assert q[k] >= 0
    resync = size["builds"]["telusur"]["resync"]
    assert resync["noop"]["added"] == 0 and resync["noop"]["updated"] == 0
    # The 100/10/10 step on 30 files: as many as exist, but never touches the input.
    assert resync["add100_change10_delete10"]["added"] > 0
    for peer in set(engines) - {"telusur"}:
        assert "articles_per_s" in size["ratios"][peer]
    assert sorted(p.read_bytes() for p in folder.rglob("*.txt")) == before


def test_workload_is_deterministic() -> None:
    from datetime import datetime

    from peers import Doc
    from workload import build_workload, corpus_stats

    rng = random.Random(5)
    docs = [
        Doc(f"/x/{i}", "judul berita", " ".join(rng.choice(WORDS) for _ in range(50)), datetime(2019, 9, 1 + i % 20))
        for i in range(40)
    ]
    a = build_workload(corpus_stats(docs), 40)
    b = build_workload(corpus_stats(docs), 40)
    assert a == b and len(a) == 40
    assert {q.band for q in a} >= {"frequent", "rare", "phrase", "date_newest"}
