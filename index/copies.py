"""Wire copies: groups of near-duplicate articles, kept beside the index.

The same story republished by several outlets (another headline prefix, a
dateline, an inserted "Baca juga" line, a credit) is found with MinHash and
LSH (minhash.py) over word shingles of headline and body. The store
(``copies.dat`` beside ``library.json``: JSON lines and an array, never a
pickle) is derived data: each article's content digest, signature and group id, and a stamp of the index generation
it matches. ``refresh_copies`` brings it in line with the index after every
sync: articles gone or edited leave it, new ones are signed and compared
with the stored signatures only (never the whole archive against itself).
Whatever a crash leaves, the next refresh converges on the index's content.

A group's id is that of the article that founded it (the earliest, by date
then key, when several arrive at once), so ids stay stable as copies come
and go; a group of one is shown as no group.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
from array import array
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from whoosh.index import Index
from whoosh.util.filelock import FileLock, try_for

from telusur.analysis.safe_write import write_atomic

from .columns import column_values
from .doc_keys import document_keys, document_versions
from .minhash import BANDS, BINS, ROWS, SHINGLE_WORDS, LshTable, Signature, shingles, signature, similarity, words_of
from .segments import toc_file

STORE_NAME = "copies.dat"
OLD_STORE_NAMES = ("copies.pickle",)  # earlier versions' pickle: deleted, never loaded
LOCK_NAME = "copies.lock"
STORE_VERSION = 4
_MAX_LINE = 1 << 30  # one JSON line of the store (the entries: ~100 bytes an article)
PARAMS = (STORE_VERSION, SHINGLE_WORDS, BINS, BANDS, ROWS)
# Estimated Jaccard similarity of shingle sets above which two articles are copies.
SAME_STORY = 0.8
# Texts with fewer shingles are too short to tell a copy from a coincidence.
MIN_SHINGLES = 8
LOCK_TIMEOUT_S = 60.0


@dataclass(slots=True)
class Entry:
    version: str  # content digest when signed
    sig: Signature | None  # None: too short to compare
    group: str


@dataclass
class CopyStore:
    stamp: tuple = ()
    entries: dict[str, Entry] = field(default_factory=dict)

    def groups(self) -> dict[str, str]:
        """Key -> group id, for the articles whose group has two or more members."""
        sizes = Counter(e.group for e in self.entries.values())
        return {key: e.group for key, e in self.entries.items() if sizes[e.group] > 1}


def group_id(founder_key: str) -> str:
    return "g" + hashlib.sha1(founder_key.encode("utf-8", "surrogatepass")).hexdigest()[:12]


# What outlets add when they republish a story, dropped before comparing so
# that a short story's copy is not kept apart by them: a headline label
# ("VIDEO:", "BREAKING -"), a dateline ("JAKARTA, KOMPAS.com -"), "Baca juga"
# lines and a closing credit ("(ant/red)", "(Sumber: Antara)").
_HEADLINE_LABEL = re.compile(r"^[A-Z][A-Z ]{1,20}\s*[:|\-–—]\s+")
_DATELINE = re.compile(r"^[A-Z][A-Z .]{1,30}(?:,\s*[\w.]{2,30}(?:\s[\w.]{2,15})?)?\s*[-–—]\s+")
_INSERTED = re.compile(r"^(?:baca juga|baca|simak juga|lihat juga|klik)\b", re.IGNORECASE)
_CREDIT = re.compile(r"^\([^()]{1,40}\)$")


def story_text(headline: str, body: str) -> str:
    """Headline and body without the parts outlets add when they republish."""
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    paragraphs = [p for p in paragraphs if not _INSERTED.match(p)]
    if paragraphs and _CREDIT.match(paragraphs[-1]):
        paragraphs.pop()
    if paragraphs:
        paragraphs[0] = _DATELINE.sub("", paragraphs[0], count=1)
    return "\n".join([_HEADLINE_LABEL.sub("", headline.strip(), count=1), *paragraphs])


def article_signature(headline: str, body: str) -> Signature | None:
    found = shingles(words_of(story_text(headline, body)))
    return signature(found) if len(found) >= MIN_SHINGLES else None


def signature_bytes(headline: str, body: str) -> bytes:
    """The signature as the index's ``copysig`` column holds it (empty: too short to compare)."""
    sig = article_signature(headline, body)
    return sig.tobytes() if sig is not None else b""


def _signature_of(reader, docnum: int, column) -> Signature | None:
    """From the ``copysig`` column when the index has one, else from the stored text."""
    if column is not None:
        raw = column[docnum]
        return array("I", raw) if raw and len(raw) == BINS * 4 else None
    stored = reader.stored_fields(docnum)
    return article_signature(stored.get("headline", ""), stored.get("body", ""))


# The file is data, never code (a pickle there would run whatever anyone who
# can write to the index folder put in it). Three JSON lines, then the
# signatures as raw little-endian 32-bit numbers, so a reader stops at what it
# needs: the header (parameters, index stamp, entry count), the groups (key ->
# group id of grouped articles, all a search needs) and the entries (key,
# version, group, has-signature), whose signatures follow in order.
_LE = sys.byteorder == "little"


def _json_line(handle: BinaryIO) -> object:
    line = handle.readline(_MAX_LINE)
    if not line.endswith(b"\n"):
        raise ValueError("truncated copy store")
    return json.loads(line)


def _header(handle: BinaryIO) -> dict | None:
    header = _json_line(handle)
    if not isinstance(header, dict) or header.get("params") != list(PARAMS):
        return None
    if not isinstance(header.get("stamp"), list) or not isinstance(header.get("count"), int):
        return None
    return header


def _groups(handle: BinaryIO) -> dict[str, str]:
    groups = _json_line(handle)
    if not isinstance(groups, dict) or not all(isinstance(v, str) for v in groups.values()):
        raise ValueError("bad groups")
    return groups


def load_store(path: Path) -> CopyStore:
    """The stored groups; a missing, foreign or damaged file reads as empty (it is rebuilt)."""
    try:
        with open(path, "rb") as handle:
            header = _header(handle)
            if header is None:
                return CopyStore()
            _groups(handle)  # derived from the entries
            rows = _json_line(handle)
            if not isinstance(rows, list) or len(rows) != header["count"]:
                return CopyStore()
            signed = sum(1 for row in rows if row[3])
            sigs = array("I")
            sigs.frombytes(handle.read(signed * BINS * 4 + 1))
            if len(sigs) != signed * BINS:
                return CopyStore()
            if not _LE:
                sigs.byteswap()
            entries: dict[str, Entry] = {}
            at = 0
            for key, version, group, has_sig in rows:
                if not (isinstance(key, str) and isinstance(version, str) and isinstance(group, str)):
                    return CopyStore()
                sig = sigs[at:at + BINS] if has_sig else None
                at += BINS if has_sig else 0
                entries[key] = Entry(version, sig, group)
        return CopyStore(tuple(header["stamp"]), entries)
    except Exception:  # derived data: anything unreadable is rebuilt
        return CopyStore()


def load_groups(path: Path) -> dict[str, str]:
    """Only the groups (key -> group id), without reading the signatures."""
    try:
        with open(path, "rb") as handle:
            if _header(handle) is None:
                return {}
            return _groups(handle)
    except Exception:
        return {}


def load_stamp(path: Path) -> tuple | None:
    """The index stamp the store matches; None when its header or groups are unreadable (rebuild)."""
    try:
        with open(path, "rb") as handle:
            header = _header(handle)
            if header is None:
                return None
            _groups(handle)
        return tuple(header["stamp"])
    except Exception:
        return None


def _line(data: object) -> bytes:
    # ensure_ascii: keys of files whose names are not UTF-8 hold lone surrogates, which \u escapes keep.
    return json.dumps(data, separators=(",", ":")).encode("ascii") + b"\n"


def save_store(path: Path, store: CopyStore) -> None:
    """Atomic replace with fsync: a crash leaves the old store or the new one.

    Whatever else holds the name (a folder, a link) is moved aside first: the
    store is derived data and must heal, not fail every run.
    """
    rows = [[key, e.version, e.group, e.sig is not None] for key, e in store.entries.items()]
    sigs = array("I")
    for e in store.entries.values():
        if e.sig is not None:
            sigs.extend(e.sig)
    if not _LE:
        sigs.byteswap()

    def fill(handle: BinaryIO) -> None:
        handle.write(_line({"params": list(PARAMS), "stamp": list(store.stamp), "count": len(rows)}))
        handle.write(_line(store.groups()))
        handle.write(_line(rows))
        handle.write(sigs.tobytes())

    _clear_the_way(path)
    write_atomic(path, fill, make_parent=True, clean_stale=True)
    for old in OLD_STORE_NAMES:  # never read again: code could hide in it
        with contextlib.suppress(OSError):
            (path.parent / old).unlink()


def _clear_the_way(path: Path) -> None:
    """A folder or link where the store goes is moved aside (kept, named ``.invalid``)."""
    if path.is_symlink() or (path.exists() and not path.is_file()):
        aside = path.with_name(path.name + ".invalid")
        if aside.is_symlink() or aside.is_file():
            aside.unlink()
        elif aside.exists():
            aside = path.with_name(f"{path.name}.invalid.{os.getpid()}")
        os.replace(path, aside)


def index_stamp(ix: Index) -> tuple:
    """Identifies one committed generation of one index (a rebuilt index never repeats it)."""
    generation = ix.latest_generation()
    toc = toc_file(ix, generation)
    try:
        st = toc.stat()
    except OSError:
        return (generation,)
    return (generation, st.st_mtime_ns, st.st_ino, st.st_size)


@dataclass(frozen=True)
class CopiesReport:
    signed: int
    dropped: int
    groups: int


def _assign(store: CopyStore, table: LshTable, key: str, sig: Signature | None) -> str:
    """The group of the most similar stored article, or a new group founded by ``key``."""
    if sig is None:
        return group_id(key)
    scored = []
    for other in table.candidates(sig):
        other_sig = store.entries[other].sig
        if other_sig is not None and (sim := similarity(sig, other_sig)) >= SAME_STORY:
            scored.append((-sim, other))
    return store.entries[min(scored)[1]].group if scored else group_id(key)


def refresh_copies(ix: Index, root: Path) -> CopiesReport | None:
    """Bring the store beside ``ix`` in line with it; None when it already was."""
    path = root / STORE_NAME
    lock = FileLock(str(root / LOCK_NAME))
    if not try_for(lock.acquire, timeout=LOCK_TIMEOUT_S, delay=0.05):
        return None  # another process is refreshing the same store
    try:
        stamp = index_stamp(ix)
        if load_stamp(path) == stamp:
            return None
        store = load_store(path)
        with ix.reader() as reader:
            keys = document_keys(reader)
            versions = document_versions(reader)
            live = {key: (docnum, versions.get(docnum, "")) for docnum, key in keys.items()}
            dropped = [k for k, e in store.entries.items() if k not in live or live[k][1] != e.version]
            for key in dropped:
                del store.entries[key]
            new = [k for k in live if k not in store.entries]
            dates = column_values(reader, "date", translate=False) if reader.has_column("date") else None
            new.sort(key=lambda k: ((dates[live[k][0]] or 1 << 62) if dates is not None else 0, k))
            has_sigs = "copysig" in reader.schema and reader.has_column("copysig")
            sigs = column_values(reader, "copysig") if has_sigs else None
            signed = [(key, _signature_of(reader, live[key][0], sigs)) for key in new]
            # Only the new signatures are looked up: when they are few, the
            # table keeps just the stored ones they may match (a set of their
            # band hashes; for a big batch that set would outgrow the table).
            few = len(signed) * 4 <= len(store.entries)
            table = LshTable(
                ((key, entry.sig) for key, entry in store.entries.items() if entry.sig is not None),
                probes=[sig for _, sig in signed if sig is not None] if few else None,
            )
            for key, sig in signed:
                store.entries[key] = Entry(live[key][1], sig, _assign(store, table, key, sig))
                if sig is not None:
                    table.insert(key, sig)
        store.stamp = stamp
        save_store(path, store)
        return CopiesReport(len(new), len(dropped), len(set(store.groups().values())))
    finally:
        lock.release()


def copy_groups(root: Path) -> dict[str, str]:
    """Key -> group id of every grouped article, as last stored (no refresh)."""
    return load_groups(root / STORE_NAME)


def copies_stamp(root: Path) -> tuple[int, int] | None:
    """The store file's change time and inode: a rewritten store has new ones."""
    try:
        st = (root / STORE_NAME).stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_ino)
