"""Helpers shared by the reliability tests and bench.crash_trials.

Fixture folders are generated from a seed, so every trial is reproducible;
index contents are compared as sets of (path, headline, body) records.
"""
from __future__ import annotations

import fcntl
import hashlib
import os
import random
import subprocess
import sys
from pathlib import Path

from telusur.index import Library

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable

WORDS = (
    "presiden menteri polisi banjir gempa pemilu ekonomi harga beras minyak sekolah guru "
    "rumah sakit pasar jalan tol kereta bandara nelayan petani hutan sungai laut kota desa "
    "pemerintah rakyat pembangunan kerjasama investasi pariwisata budaya olahraga sepakbola "
    "kesehatan pendidikan teknologi internet bank rupiah inflasi ekspor impor pelabuhan"
).split()

Record = tuple[str, str, str]  # (path, headline, body) as stored in the index


def article_text(key: int, version: int, rng: random.Random) -> str:
    """One small article in the seed layout; the version is visible in headline and body."""
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 60)))
    return (
        f"Berita {key} versi{version} tentang {rng.choice(WORDS)}\n\n"
        f"{1 + key % 28} Juli 2024 {key % 24:02d}:{key % 60:02d} WIB\n\n"
        f"Artikel{key} penanda versi{version}. {words}.\n\n"
        f"Paragraf kedua artikel{key} versi{version} {rng.choice(WORDS)}.\n"
    )


def make_folder(folder: Path, count: int, seed: int, version: int = 1) -> dict[str, str]:
    """Write ``count`` articles (a few in subfolders); returns path -> text."""
    rng = random.Random(seed * 1000 + version)
    texts: dict[str, str] = {}
    for key in range(count):
        sub = folder / f"bagian{key % 5}" if key % 3 == 0 else folder
        sub.mkdir(parents=True, exist_ok=True)
        path = sub / f"artikel_{key:04d}.txt"
        text = article_text(key, version, rng)
        path.write_text(text, encoding="utf-8")
        texts[os.path.realpath(path)] = text
    return texts


def mutate_folder(folder: Path, seed: int, edits: int, deletes: int, adds: int) -> None:
    """An incremental change: edit some files (new size), delete some, add new ones."""
    rng = random.Random(seed)
    files = sorted(folder.rglob("*.txt"))
    chosen = rng.sample(files, edits + deletes)
    for path in chosen[:edits]:
        key = int(path.stem.split("_")[1])
        path.write_text(article_text(key, 2, rng) + "Tambahan suntingan.\n", encoding="utf-8")
    for path in chosen[edits:]:
        path.unlink()
    base = 9000
    for key in range(base, base + adds):
        (folder / f"artikel_{key:04d}.txt").write_text(article_text(key, 1, rng), encoding="utf-8")


def records(lib: Library) -> set[Record]:
    """Every document of the library's index as (path, headline, body)."""
    with lib.whoosh_index().searcher() as searcher:
        return {(d["path"], d["headline"], d["body"]) for d in searcher.all_stored_fields()}


def fresh_records(folders: list[Path], index_dir: Path) -> set[Record]:
    """What a from-scratch build of ``folders`` holds: the reference state."""
    lib = Library(index_dir)
    lib.add_folders(folders)
    lib.sync()
    return records(lib)


def lock_is_free(index_dir: Path) -> bool:
    """True when nobody holds Whoosh's fcntl write lock on the index."""
    lock = index_dir / "whoosh" / "MAIN_WRITELOCK"
    if not lock.exists():
        return True
    fd = os.open(lock, os.O_WRONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return True
    finally:
        os.close(fd)


def leftover_files(index_dir: Path) -> list[str]:
    """Files in the Whoosh folder that the current generation does not use."""
    from whoosh.index import TOC

    lib = Library(index_dir)
    ix = lib.whoosh_index()
    info = TOC.read(ix.storage, ix.indexname)
    used = {s.segment_id() for s in info.segments}
    current_toc = f"_{ix.indexname}_{info.generation}.toc"
    extra = []
    for name in sorted(os.listdir(index_dir / "whoosh")):
        sums = f"_{ix.indexname}_checksums.json"  # the segments' checksums (index/checksums.py)
        if name in (current_toc, f"{ix.indexname}_WRITELOCK", sums) or name.split(".")[0] in used:
            continue
        extra.append(name)
    return extra


def checksums(folder: Path) -> dict[str, str]:
    """sha256 of every regular file under ``folder`` (symlinks not followed)."""
    sums: dict[str, str] = {}
    for dirpath, _, filenames in os.walk(folder, followlinks=False):
        for name in filenames:
            path = os.path.join(dirpath, name)
            if os.path.islink(path) or not os.path.isfile(path):
                continue
            try:
                with open(path, "rb") as handle:
                    sums[path] = hashlib.file_digest(handle, "sha256").hexdigest()
            except PermissionError:
                sums[path] = "unreadable"
    return sums


def listing(folder: Path) -> set[str]:
    """Every name under ``folder`` (files, folders, links), to prove nothing was added."""
    names: set[str] = set()
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        names.update(os.path.join(dirpath, n) for n in dirnames + filenames)
    return names


SYNC_SCRIPT = """
import sys
from telusur.index import Library
lib = Library(sys.argv[1])
lib.whoosh_index()
print("ready", flush=True)
lib.sync()
print("done", flush=True)
"""


def start_sync(index_dir: Path) -> subprocess.Popen:
    """An indexer subprocess running ``Library(index_dir).sync()``."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [PYTHON, "-c", SYNC_SCRIPT, str(index_dir)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def run_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """``telusur ARGS`` in a subprocess."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [PYTHON, "-m", "telusur", *args], cwd=ROOT, env=env,
        capture_output=True, text=True, timeout=timeout,
    )
