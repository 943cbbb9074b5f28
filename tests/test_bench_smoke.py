"""The benchmarks run end to end, as modules of the project, on a tiny generated folder.

Why: bench/ is run rarely and by hand (``python -m bench.speed`` from the
project root); this keeps it from rotting when index/ or searcher/ change.
Peers whose packages are missing are skipped.
"""
from __future__ import annotations

import json
import random
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from bench import profile_telusur, speed
from bench.corpus import PROJECT_ROOT, CorpusError, check_input
from bench.eval import run as eval_run
from bench.peers import Doc, available_peers
from bench.workload import build_workload, corpus_stats

MODULES = [
    "bench.speed", "bench.profile_telusur", "bench.gui_bench", "bench.crash_trials",
    "bench.eval.run", "bench.eval.known_item", "bench.eval.telusur_worker",
]

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

    rng = random.Random(5)
    docs = [
        Doc(f"/x/{i}", "judul berita", " ".join(rng.choice(WORDS) for _ in range(50)), datetime(2019, 9, 1 + i % 20))
        for i in range(40)
    ]
    a = build_workload(corpus_stats(docs), 40)
    b = build_workload(corpus_stats(docs), 40)
    assert a == b and len(a) == 40
    assert {q.band for q in a} >= {"frequent", "rare", "phrase", "date_newest"}


def _run_module(*args: str) -> subprocess.CompletedProcess:
    """``python -m ARGS`` from the project root, as the README runs the benches."""
    return subprocess.run([sys.executable, "-m", *args], cwd=PROJECT_ROOT, capture_output=True, text=True,
                          timeout=120)


@pytest.mark.parametrize("module", [m for m in MODULES if m != "bench.eval.telusur_worker"])
def test_every_bench_runs_as_a_module(module: str) -> None:
    proc = _run_module(module, "--help")
    assert proc.returncode == 0, proc.stderr
    assert "usage:" in proc.stdout


def test_no_sys_path_edits_in_bench_or_tests() -> None:
    """Imports come from the installed package and pytest's pythonpath, never from path surgery."""
    edits = ("sys.path.insert", "sys.path.append", "sys.path[")
    here = Path(__file__).resolve()
    files = [p for folder in ("bench", "tests") for p in (PROJECT_ROOT / folder).rglob("*.py") if p != here]
    offenders = [str(p.relative_to(PROJECT_ROOT)) for p in files
                 if any(edit in p.read_text(encoding="utf-8") for edit in edits)]
    assert files and offenders == []


def test_missing_corpus_is_a_readable_message(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "clickid-news.jsonl.gz"
    proc = _run_module("bench.speed", str(missing), "--quick")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert str(missing) in proc.stderr and "CLICK-ID" in proc.stderr and "CC BY 4.0" in proc.stderr
    with pytest.raises(CorpusError, match="neither a folder"):
        check_input(Path(__file__))


def test_default_corpus_is_beside_the_project_not_absolute() -> None:
    assert speed.DEFAULT_JSONL == PROJECT_ROOT / ".." / "shared" / "corpus" / "clickid-news.jsonl.gz"
    text = "".join(p.read_text(encoding="utf-8") for p in (PROJECT_ROOT / "bench").rglob("*.py"))
    assert "/work/" not in text


def test_profile_runs_on_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "articles"
    _write_articles(folder)
    rc = profile_telusur.main([str(folder), "--limit", "30", "--queries", "8", "--top", "3",
                               "--out-dir", str(tmp_path / "out")])
    assert rc == 0
    assert "Telusur full build, 30 articles" in capsys.readouterr().out
    assert (tmp_path / "out" / "profile-build.pstats").stat().st_size > 0


def test_eval_runs_on_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """bench.eval.run with a Telusur variant (its own ``-m`` subprocess) and stock Whoosh."""
    folder = tmp_path / "articles"
    _write_articles(folder)
    out = tmp_path / "out"
    rc = eval_run.main(["--corpus", str(folder), "--systems", "telusur", "whoosh", "--cache", str(tmp_path / "idx"),
                        "--out", str(out), "--jobs", "1"])
    assert rc == 0
    data = json.loads((out / "eval_results.json").read_text())
    assert data["systems"] == ["telusur", "whoosh"]
    assert set(data["summary"]) == {"telusur", "whoosh"}
    assert "nDCG@10" in (out / "eval_table.md").read_text()
    # The articles' words are not the judged corpus's: runs exist, nothing judged is found.
    assert data["summary"]["telusur"]["overall"]["n"] == len(data["per_query"]["telusur"])


def test_telusur_rev_before_the_package_move_is_refused(tmp_path: Path) -> None:
    old = subprocess.run(["git", "-C", str(PROJECT_ROOT), "rev-parse", "--verify", "--quiet",
                          f"{speed.PACKAGE_MOVE}^^{{commit}}"], capture_output=True, text=True).stdout.strip()
    if not old:
        pytest.skip("no git history before the package move here")
    with pytest.raises(SystemExit, match="older than the package move"):
        speed.use_telusur_source(old, tmp_path)


def test_telusur_rev_installs_a_snapshot_the_children_import(tmp_path: Path) -> None:
    """--telusur-rev HEAD: git archive, pip install --target, children on PYTHONPATH (probed inside)."""
    head = subprocess.run(["git", "-C", str(PROJECT_ROOT), "rev-parse", "--verify", "--quiet", "HEAD"],
                          capture_output=True, text=True).stdout.strip()
    if not head:
        pytest.skip("not a git checkout")
    folder = tmp_path / "articles"
    _write_articles(folder, 12)
    out = tmp_path / "speed.json"
    rc = speed.main([str(folder), "--quick", "--queries", "5", "--engines", "telusur", "--no-resync",
                     "--telusur-rev", "HEAD", "--out", str(out), "--work-dir", str(tmp_path)])
    assert rc == 0
    data = json.loads(out.read_text())
    assert data["telusur_source"]["commit"] == head
    assert data["telusur_source"]["site"].startswith(str(tmp_path))
    assert data["sizes"]["x1"]["builds"]["telusur"]["articles"] == 12


def test_speed_formats_table(tmp_path: Path) -> None:
    """--formats: the same articles as .txt, .html, .jsonl and .csv, one full sync each, rates next to .txt."""
    folder = tmp_path / "articles"
    _write_articles(folder, 12)
    out = tmp_path / "speed.json"
    rc = speed.main([str(folder), "--quick", "--queries", "5", "--engines", "telusur", "--no-resync",
                     "--formats", "txt,html,jsonl,csv", "--out", str(out), "--work-dir", str(tmp_path)])
    assert rc == 0
    formats = json.loads(out.read_text())["formats"]
    assert list(formats) == ["txt", "html", "jsonl", "csv"]
    for fmt, row in formats.items():
        assert row["articles"] == 12, fmt
        assert row["articles_per_s"] > 0 and row["vs_txt"] > 0
    assert formats["txt"]["goal"] is None and set(formats["html"]["goal"]) == {"min_vs_txt", "met"}
