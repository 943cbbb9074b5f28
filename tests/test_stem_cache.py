"""The stems an index has learnt are saved with it, safely, and used by later syncs and workers."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import use_settings, write_article

from telusur.analysis import fingerprint, safe_write, stem, stem_cache, stemmer
from telusur.index import Library, RebuildReason
from telusur.searcher import SearchEngine, SearchRequest
from telusur.searcher.highlight import marked_html

WORDS = ["menangkap", "pembangunan", "kebakaran", "meninggal", "perekonomian"]


@pytest.fixture(autouse=True)
def fresh_stemmer(monkeypatch):
    """Each test starts with a stemmer that knows nothing, and leaves the real one alone."""
    monkeypatch.setattr(stemmer, "_known", {})
    monkeypatch.setattr(stemmer, "_fresh", {})
    monkeypatch.setattr(stem_cache, "_seen", {})
    stem.cache_clear()
    yield
    stem.cache_clear()


def _folder(root: Path, n: int, start: int = 0) -> Path:
    for i in range(start, start + n):
        write_article(root, f"{i:03d}.txt", f"Berita {i}", "5 September 2019",
                      f"Polisi {WORDS[i % len(WORDS)]} tersangka ke-{i}. Warga menyaksikan penangkapan itu.")
    return root


def _whoosh_dir(lib: Library) -> Path:
    """Where the stems are kept: the index root, beside (not in) the Whoosh folder."""
    return lib.dir.root



def _as_a_new_process(monkeypatch) -> list[str]:
    """Forget every stem held in memory, as a new process would; return the words sent to Sastrawi from now."""
    stemmer._known.clear()
    stem.cache_clear()
    monkeypatch.setattr(stem_cache, "_seen", {})
    calls: list[str] = []
    real = stemmer._backend
    monkeypatch.setattr(stemmer, "_backend", lambda w: calls.append(w) or real(w))
    return calls

def test_encode_decode_round_trip_and_rejections() -> None:
    table = {"menangkap": "tangkap", "rumah": "rumah", "pembangunan": "bangun"}
    raw = stem_cache.encode(table, "fp1")
    assert stem_cache.decode(raw, "fp1") == table
    assert stem_cache.decode(raw, "fp2") is None  # other analysis settings: never used
    assert stem_cache.decode(raw[:-3], "fp1") is None  # truncated
    damaged = raw.replace(b"tangkap", b"tangkas")
    assert stem_cache.decode(damaged, "fp1") is None  # checksum
    assert stem_cache.decode(b"", "fp1") is None
    assert stem_cache.decode(b"\xff\xfe garbage", "fp1") is None
    assert stem_cache.decode(stem_cache.encode({}, "fp1"), "fp1") == {}


def test_sync_saves_the_stems_after_commit(tmp_path: Path) -> None:
    lib = Library(tmp_path / "ix")
    lib.add_folders([_folder(tmp_path / "a", 10)])
    assert lib.sync().added == 10
    saved = stem_cache.load(_whoosh_dir(lib))
    assert saved is not None
    assert saved["menangkap"] == "tangkap" and saved["pembangunan"] == "bangun"
    # Exactly what the backend says, word for word.
    stemmer._known.clear()
    stem.cache_clear()
    assert all(stem(word) == root for word, root in saved.items())


def test_a_saved_stem_is_used_instead_of_the_backend(tmp_path: Path, monkeypatch) -> None:
    ix = tmp_path / "w"
    ix.mkdir()
    (ix / stem_cache.FILE_NAME).write_bytes(stem_cache.encode({"menangkap": "sentinel"}, fingerprint()))
    calls = []
    real = stemmer._backend
    monkeypatch.setattr(stemmer, "_backend", lambda w: calls.append(w) or real(w))
    assert stem_cache.warm(ix) == 1
    assert stem("menangkap") == "sentinel" and calls == []
    assert stem("memukul") == "pukul" and calls == ["memukul"]
    assert stem_cache.warm(ix) == 0  # unchanged file: not read again


def test_a_second_sync_stems_no_known_word_again(tmp_path: Path, monkeypatch) -> None:
    lib = Library(tmp_path / "ix")
    lib.add_folders([_folder(tmp_path / "a", 10)])
    lib.sync()
    # A new process: nothing in memory, only the saved file.
    calls = _as_a_new_process(monkeypatch)
    _folder(tmp_path / "a", 5, start=10)  # same words, new files
    assert lib.sync().added == 5
    assert calls == []
    write_article(tmp_path / "a", "new.txt", "Kabar", "6 September 2019", "Petani memanen padi.")
    lib.sync()
    assert "memanen" in calls and "polisi" not in calls and "menangkap" not in calls
    assert "memanen" in stem_cache.load(_whoosh_dir(lib))


@pytest.mark.parametrize("damage", ["missing", "garbage", "other_fingerprint", "truncated"])
def test_a_missing_or_damaged_file_is_a_cold_cache(tmp_path: Path, damage: str) -> None:
    lib = Library(tmp_path / "ix")
    lib.add_folders([_folder(tmp_path / "a", 6)])
    lib.sync()
    path = stem_cache.cache_path(_whoosh_dir(lib))
    if damage == "missing":
        path.unlink()
    elif damage == "garbage":
        path.write_bytes(b"\x00\x01 not a stem file")
    elif damage == "other_fingerprint":
        path.write_bytes(stem_cache.encode({"menangkap": "wrong"}, "another-analysis"))
    else:
        path.write_bytes(path.read_bytes()[:-10])
    stemmer._known.clear()
    stem.cache_clear()
    stem_cache._seen.clear()
    _folder(tmp_path / "a", 3, start=6)
    assert lib.sync().added == 3
    assert SearchEngine(lib).search(SearchRequest("tangkap")).total > 0
    saved = stem_cache.load(_whoosh_dir(lib))
    assert saved is not None and saved.get("menangkap", "tangkap") == "tangkap"


def test_the_stems_outlive_a_rebuild_and_stay_out_of_the_whoosh_folder(tmp_path: Path, monkeypatch) -> None:
    lib = Library(tmp_path / "ix")
    lib.add_folders([_folder(tmp_path / "a", 4)])
    lib.sync()
    assert stem_cache.cache_path(lib.dir.root).exists()
    names = (stem_cache.FILE_NAME, "." + stem_cache.FILE_NAME)
    assert not any(p.name.startswith(names) for p in lib.dir.whoosh.iterdir())
    lib.dir.meta_file.write_text('{"schema_version": 0}')
    again = Library(tmp_path / "ix")
    assert again.open().reason is RebuildReason.OTHER_VERSION
    # Same analysis settings: the saved stems are still right, and used.
    calls = _as_a_new_process(monkeypatch)
    assert again.sync().added == 4
    assert "menangkap" not in calls and "pembangunan" not in calls


def test_no_commit_no_file(tmp_path: Path) -> None:
    lib = Library(tmp_path / "ix")
    lib.add_folders([tmp_path / "empty"])
    (tmp_path / "empty").mkdir()
    lib.sync()
    assert not stem_cache.cache_path(_whoosh_dir(lib)).exists()


def test_an_unwritable_file_never_fails_the_sync(tmp_path: Path, monkeypatch) -> None:
    def refuse(*_args, **_kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(stem_cache, "write_bytes_atomic", refuse)
    lib = Library(tmp_path / "ix")
    lib.add_folders([_folder(tmp_path / "a", 4)])
    assert lib.sync().added == 4
    assert not stem_cache.cache_path(_whoosh_dir(lib)).exists()


def test_stale_temporary_files_are_removed(tmp_path: Path) -> None:
    leftover = tmp_path / safe_write.temp_name(stem_cache.FILE_NAME)
    leftover.write_text("half-written")
    recent = tmp_path / safe_write.temp_name(stem_cache.FILE_NAME)
    recent.write_text("being written by a live process")
    old = 10 * safe_write.STALE_TEMP_S
    os.utime(leftover, (os.path.getmtime(leftover) - old,) * 2)
    stem("menangkap")
    assert stem_cache.persist(tmp_path)
    assert not leftover.exists() and recent.exists()
    assert stem_cache.load(tmp_path) is not None


def test_workers_hand_their_stems_to_the_parent(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr("telusur.index.sync.PARALLEL_MIN_FILES", 2)
    use_settings(monkeypatch, workers=2)
    lib = Library(tmp_path / "ix")
    lib.add_folders([_folder(tmp_path / "a", 20)])
    assert lib.sync().added == 20
    saved = stem_cache.load(_whoosh_dir(lib))
    assert saved is not None
    assert {"menangkap", "pembangunan", "kebakaran", "meninggal", "perekonomian", "penangkapan"} <= set(saved)


def test_a_worker_uses_the_saved_stems(tmp_path: Path) -> None:
    """In a fresh interpreter, a worker's segment uses the saved stem rather than the backend's."""
    src = _folder(tmp_path / "a", 3)
    ix = tmp_path / "ix"
    lib = Library(ix)
    lib.sync()  # creates the empty index
    (lib.dir.root / stem_cache.FILE_NAME).write_bytes(
        stem_cache.encode({"menangkap": "zzsentinel"}, fingerprint()))
    code = (
        "import sys; from telusur.index.parallel import build_segment; from telusur.index.files import walk_articles;"
        "jobs = [(fs, sys.argv[2]) for fs in walk_articles(sys.argv[2])[0]];"
        "seg, out, learnt = build_segment(sys.argv[1], jobs, 32);"
        "print('menangkap' in learnt, seg is not None)"
    )
    out = subprocess.run([sys.executable, "-c", code, str(lib.dir.whoosh), str(src)],
                         capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "True"]  # taught, not recomputed


TRICKY = [
    "menangkap", "pembangunan", "perekonomian", "ketidakadilan", "diperbaiki", "mempertanggungjawabkan",
    "berkesinambungan", "pengeboran", "penyanyi", "menyapu", "memperbarui", "terabaikan", "bekerja", "pelajaran",
    "peradilan", "menyelenggarakan", "keberhasilannya", "dikelola", "sepertinya", "mengatakan", "menteri",
    "perempuan", "pengusaha", "bermain", "mengerem", "penyerapan", "memproklamasikan", "berterbangan", "kemenangan",
]


def test_the_quick_re_shim_gives_sastrawi_s_own_results() -> None:
    """Stemming with ``_QuickRe`` equals Sastrawi with the real ``re`` (whole-corpus check: bench/PROFILE.md)."""
    import json

    code = ("import sys, json; from telusur.analysis import stemmer; "
            "print(json.dumps([stemmer._backend(w) for w in sys.argv[1:]]))")
    plain = subprocess.run([sys.executable, "-c", code, *TRICKY], capture_output=True, text=True, check=True,
                           env={**os.environ, "TELUSUR_SASTRAWI_PLAIN_RE": "1"}).stdout
    assert json.loads(plain) == [stemmer._backend(w) for w in TRICKY]
    assert isinstance(sys.modules["Sastrawi.Stemmer.Context.Visitor.AbstractDisambiguatePrefixRule"].re,
                      stemmer._QuickRe)
    assert stemmer._QuickRe.sub("a.c", "", "xabcx", count=1) == "xx"  # a real pattern still works as one
    assert stemmer._QuickRe.sub("ang", "", "tangkapang", count=1) == "tkapang"


def test_a_search_process_snippets_with_the_saved_stems(tmp_path: Path, monkeypatch) -> None:
    lib = Library(tmp_path / "ix")
    lib.add_folders([_folder(tmp_path / "a", 10)])
    lib.sync()
    # A new process: the stemmer knows nothing; the index's saved stems are on disk.
    calls = _as_a_new_process(monkeypatch)
    res = SearchEngine(lib).search(SearchRequest("penangkapan"))
    assert res.total == 10 and "<mark>" in marked_html(res.hits[0].snippet)
    saved = stem_cache.load(_whoosh_dir(lib))
    assert saved and "menyaksikan" in saved
    # Every word of the articles came from the saved stems (the query's synonyms may be new).
    assert not set(calls) & set(saved)
