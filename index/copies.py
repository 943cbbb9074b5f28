"""Wire copies: groups of near-duplicate articles, kept beside the index.

The same story republished by several outlets (another headline prefix, a
dateline, an inserted "Baca juga" line, a credit) is found with MinHash and
LSH (minhash.py) over word shingles of headline and body. The store is
derived data, never a pickle: ``copies.dat`` holds each article's content
digest, signature and group id, and ``copies.groups.json`` the groups a
search reads. ``refresh_copies`` brings them in line with the index after
every sync: articles gone or edited leave, new ones are signed and compared
with the stored signatures only (never the whole archive against itself).

The store grows by appending (issue 22: rewriting it whole was 3.9 s of a
1,000-article add at 10x): each refresh adds one chunk with the new entries,
the keys that left, their signatures and a sorted band index of those
signatures, and the index generation (stamp and segment ids) the store now
matches. Only the documents of segments the store has not seen are read
(segments never change once written). Every chunk carries a CRC: the store
is read up to its first damaged or torn chunk, which is exactly the store as
it was at an earlier generation, so the next refresh catches up from there.
After enough chunks or dropped entries the store is rewritten as one chunk.
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
import zlib
from array import array
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from whoosh.index import Index
from whoosh.util.filelock import FileLock, try_for

from telusur.analysis.safe_write import write_atomic, write_json_atomic

from .doc_keys import key_field, segment_keys
from .minhash import BANDS, BINS, ROWS, SHINGLE_WORDS, Signature, shingles, signature, similarity, words_of
from .segments import segment_id, toc_file
from .sync_records import Indexed

STORE_NAME = "copies.dat"
GROUPS_NAME = "copies.groups.json"  # what a search reads: key -> group id of grouped articles
OLD_STORE_NAMES = ("copies.pickle",)  # earlier versions' pickle: deleted, never loaded
LOCK_NAME = "copies.lock"
STORE_VERSION = 5
_MAX_LINE = 1 << 30  # one JSON line of the store (the entries: ~100 bytes an article)
PARAMS = (STORE_VERSION, SHINGLE_WORDS, BINS, BANDS, ROWS)
# Estimated Jaccard similarity of shingle sets above which two articles are copies.
SAME_STORY = 0.8
# Texts with fewer shingles are too short to tell a copy from a coincidence.
MIN_SHINGLES = 8
LOCK_TIMEOUT_S = 60.0
# The store is rewritten as one chunk when it has more chunks than this, or
# more rows of entries that left than DEAD_SHARE of the live ones.
MAX_CHUNKS = 48
DEAD_SHARE = 0.25


@dataclass(slots=True)
class Entry:
    version: str  # content digest when signed
    group: str
    sigs: array | None = None  # the array holding its signature (None: too short to compare)
    at: int = 0  # where in ``sigs`` it starts

    @property
    def sig(self) -> Signature | None:
        return None if self.sigs is None else self.sigs[self.at : self.at + BINS]

    def shares(self, lo: int, hi: int, part: array) -> bool:
        """Its signature holds ``part`` at ``lo:hi`` (one band)."""
        return self.sigs is not None and self.sigs[self.at + lo : self.at + hi] == part


@dataclass
class BandIndex:
    """One chunk's signatures by band: sorted band keys, and the key of each one's article.

    A band key is the band's first two values as one 64-bit number; a match
    is confirmed on the whole band (``CopyStore.candidates``).
    """

    keys: list[str]  # the signed articles of the chunk, in signature order
    bands: list[tuple[array, array]]  # per band: sorted band keys ("Q"), their positions in ``keys`` ("I")


@dataclass
class CopyStore:
    stamp: tuple = ()
    entries: dict[str, Entry] = field(default_factory=dict)
    segments: tuple[str, ...] = ()  # the segment ids of the generation ``stamp`` names
    chunks: list[BandIndex] = field(default_factory=list)
    rows: int = 0  # entry rows in the file, live or not
    size: int = 0  # bytes of the file's sound prefix (0: nothing sound, rewrite it)

    def groups(self) -> dict[str, str]:
        """Key -> group id, for the articles whose group has two or more members."""
        sizes = Counter(e.group for e in self.entries.values())
        return {key: e.group for key, e in self.entries.items() if sizes[e.group] > 1}

    def candidates(self, sig: Signature, batch: BandIndex | None = None, before: int = 0) -> set[str]:
        """Stored articles whose signature shares a whole band with ``sig``, and the first
        ``before`` signatures of ``batch`` (the refresh's own, signed in order) that do."""
        probe = _band_keys(sig)
        found: set[str] = set()
        entries = self.entries
        for band in range(BANDS):
            want = probe[band]
            lo, hi = band * ROWS, (band + 1) * ROWS
            part = sig[lo:hi]
            for chunk in self.chunks:
                sorted_keys, idents = chunk.bands[band]
                i = bisect_left(sorted_keys, want)
                while i < len(sorted_keys) and sorted_keys[i] == want:
                    key = chunk.keys[idents[i]]
                    i += 1
                    entry = entries.get(key)
                    if entry is not None and entry.shares(lo, hi, part):
                        found.add(key)
            if batch is not None:
                sorted_keys, idents = batch.bands[band]
                i = bisect_left(sorted_keys, want)
                while i < len(sorted_keys) and sorted_keys[i] == want:
                    if idents[i] < before:
                        key = batch.keys[idents[i]]
                        if entries[key].shares(lo, hi, part):  # the sort key is half the band
                            found.add(key)
                    i += 1
        return found


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


def _signature_of(raw: bytes | None) -> Signature | None:
    """A ``copysig`` column value as a signature (None: too short to compare, or not one)."""
    return array("I", raw) if raw and len(raw) == BINS * 4 else None


# --- the file ----------------------------------------------------------------------
# A header line (the parameters), then chunks. A chunk is a JSON line
# {"stamp", "segments", "size", "crc"} and ``size`` bytes whose CRC-32 is
# ``crc``: a JSON line {"rows": [[key, version, group, has-signature]...],
# "drop": [keys that left]}, the rows' signatures as little-endian 32-bit
# numbers, then for each band the sorted band keys (64-bit) and their
# positions among the chunk's signatures (32-bit).
_LE = sys.byteorder == "little"
_QUARTER = BINS // 2  # 64-bit numbers in one signature


def _json_line(handle: BinaryIO) -> object:
    line = handle.readline(_MAX_LINE)
    if not line.endswith(b"\n"):
        raise ValueError("truncated copy store")
    return json.loads(line)


def _line(data: object) -> bytes:
    # ensure_ascii: keys of files whose names are not UTF-8 hold lone surrogates, which \u escapes keep.
    return json.dumps(data, separators=(",", ":")).encode("ascii") + b"\n"


def _header_ok(handle: BinaryIO) -> bool:
    header = _json_line(handle)
    return isinstance(header, dict) and header.get("params") == list(PARAMS)


def _chunk_head(handle: BinaryIO) -> dict | None:
    """The next chunk's header, or None at the end of the file."""
    line = handle.readline(_MAX_LINE)
    if not line:
        return None
    if not line.endswith(b"\n"):
        raise ValueError("truncated chunk header")
    head = json.loads(line)
    if not (isinstance(head, dict) and isinstance(head.get("stamp"), list) and isinstance(head.get("size"), int)
            and isinstance(head.get("crc"), int) and isinstance(head.get("segments"), list)
            and all(isinstance(s, str) for s in head["segments"])):
        raise ValueError("bad chunk header")
    return head


def _as_64(sigs: array) -> array | memoryview:
    """The signatures' values as 64-bit numbers, value 2i low and 2i+1 high, on any byte order
    (on a little-endian machine a view of ``sigs``, not a copy: 92 MB at 10x)."""
    if _LE:
        return memoryview(sigs).cast("B").cast("Q")
    swapped = array("I", sigs)
    swapped.byteswap()
    wide = array("Q")
    wide.frombytes(swapped.tobytes())
    wide.byteswap()
    return wide


def _band_keys(sig: Signature) -> array | memoryview:
    """A signature's band keys: each band's first two values as one 64-bit number."""
    return _as_64(sig)[:: ROWS // 2]


def _band_index(keys: list[str], sigs: array) -> BandIndex:
    wide = _as_64(sigs)
    bands = []
    for band in range(BANDS):
        column = wide[band * (ROWS // 2) :: _QUARTER]
        order = sorted(range(len(column)), key=column.__getitem__)
        bands.append((array("Q", [column[i] for i in order]), array("I", order)))
    return BandIndex(keys, bands)


def _little(values: array) -> bytes | memoryview:
    """The values' little-endian bytes (on a little-endian machine a view, not a copy)."""
    if _LE:
        return memoryview(values).cast("B")
    swapped = array(values.typecode, values)
    swapped.byteswap()
    return swapped.tobytes()


def _native(typecode: str, data: bytes) -> array:
    values = array(typecode)
    values.frombytes(data)
    if not _LE:
        values.byteswap()
    return values


def _chunk_parts(stamp: tuple, segments: tuple[str, ...], rows: list[tuple[str, Entry]], drop: list[str],
                 sigs: array, index: BandIndex) -> list[bytes | memoryview]:
    """One chunk: header line, then its body (rows, signatures, band index), as parts to write in turn.

    ``sigs`` holds the signed rows' signatures in order, ``index`` their band index.
    """
    body: list[bytes | memoryview] = [
        _line({"rows": [[key, e.version, e.group, e.sigs is not None] for key, e in rows], "drop": drop}),
        _little(sigs),
    ]
    for sorted_keys, idents in index.bands:
        body += [_little(sorted_keys), _little(idents)]
    crc = 0
    for part in body:
        crc = zlib.crc32(part, crc)
    head = {"stamp": list(stamp), "segments": list(segments), "size": sum(len(p) for p in body), "crc": crc}
    return [_line(head), *body]


def _signed_of(rows: list[tuple[str, Entry]]) -> tuple[list[str], array]:
    """The signed rows' keys and their signatures, one after another in one array."""
    keys: list[str] = []
    sigs = array("I")
    for key, entry in rows:
        if entry.sigs is not None:
            keys.append(key)
            sigs.extend(entry.sigs[entry.at : entry.at + BINS])
    return keys, sigs


def _apply_chunk(store: CopyStore, body: bytes) -> BandIndex:
    """The entries a chunk adds and drops, applied to ``store``; raises on anything malformed."""
    end = body.index(b"\n") + 1
    data = json.loads(body[:end])
    rows, drop = data["rows"], data["drop"]
    if not (isinstance(rows, list) and isinstance(drop, list) and all(isinstance(k, str) for k in drop)):
        raise ValueError("bad rows")
    for row in rows:
        if not (isinstance(row, list) and len(row) == 4 and all(isinstance(v, str) for v in row[:3])):
            raise ValueError("bad row")
    signed = [row[0] for row in rows if row[3]]
    n = len(signed)
    sig_bytes = n * BINS * 4
    band_bytes = n * 12
    if len(body) != end + sig_bytes + BANDS * band_bytes:
        raise ValueError("chunk size")
    sigs = _native("I", body[end : end + sig_bytes])
    at = end + sig_bytes
    bands = []
    for _ in range(BANDS):
        bands.append((_native("Q", body[at : at + n * 8]), _native("I", body[at + n * 8 : at + band_bytes])))
        at += band_bytes
    if any(len(idents) and max(idents) >= n for _, idents in bands):
        raise ValueError("bad band index")
    for key in drop:
        store.entries.pop(key, None)
    i = 0
    for key, version, group, has_sig in rows:
        if has_sig:
            store.entries[key] = Entry(version, group, sigs, i * BINS)
            i += 1
        else:
            store.entries[key] = Entry(version, group)
    store.rows += len(rows)
    return BandIndex(signed, bands)


def load_store(path: Path) -> CopyStore:
    """The store up to its first damaged or torn chunk (empty when none is sound: it is rebuilt)."""
    store = CopyStore()
    try:
        with open(path, "rb") as handle:
            if not _header_ok(handle):
                return store
            sound = handle.tell()
            while (head := _chunk_head(handle)) is not None:
                body = handle.read(head["size"])
                if len(body) != head["size"] or zlib.crc32(body) != head["crc"]:
                    break
                store.chunks.append(_apply_chunk(store, body))
                store.stamp, store.segments = tuple(head["stamp"]), tuple(head["segments"])
                sound = handle.tell()
            store.size = sound if store.chunks else 0
    except Exception:  # derived data: what cannot be read is rebuilt
        if not store.chunks:
            return CopyStore()
        # ``store`` holds the chunks read before the bad one: the store as it was then.
    if not store.chunks:
        return CopyStore()
    return store


def _tail(path: Path) -> tuple[tuple, int] | None:
    """The stamp of the store's last chunk and the file's size, reading only chunk headers."""
    try:
        with open(path, "rb") as handle:
            if not _header_ok(handle):
                return None
            stamp = None
            while (head := _chunk_head(handle)) is not None:
                handle.seek(head["size"], os.SEEK_CUR)
                stamp = tuple(head["stamp"])
            size = handle.tell()
            if stamp is None or size != os.fstat(handle.fileno()).st_size:
                return None
            return stamp, size
    except Exception:
        return None


def _read_groups(root: Path) -> tuple[tuple, dict[str, str]] | None:
    try:
        data = json.loads((root / GROUPS_NAME).read_bytes())
        stamp, groups = tuple(data["stamp"]), data["groups"]
        if data.get("params") != list(PARAMS) or not isinstance(groups, dict):
            return None
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in groups.items()):
            return None
        return stamp, groups
    except Exception:
        return None


def load_groups(root: Path) -> dict[str, str]:
    """Only the groups (key -> group id), when they match the store; else none until the next refresh."""
    tail = _tail(root / STORE_NAME)
    saved = _read_groups(root)
    if tail is None or saved is None or saved[0] != tail[0]:
        return {}
    return saved[1]


def load_stamp(root: Path) -> tuple | None:
    """The index stamp the store and its groups both match; None when they do not agree (refresh)."""
    tail = _tail(root / STORE_NAME)
    saved = _read_groups(root)
    if tail is None or saved is None or saved[0] != tail[0]:
        return None
    return tail[0]


def save_store(path: Path, store: CopyStore, signed: tuple[list[str], array, BandIndex] | None = None) -> None:
    """The whole store as one chunk, replaced atomically (a crash leaves the old store or the new one).

    ``signed``: the entries' signed keys, signatures and band index when the
    caller has them (a rebuild: its batch is the whole store).
    Whatever else holds the name (a folder, a link) is moved aside first: the
    store is derived data and must heal, not fail every run.
    """
    rows = list(store.entries.items())
    if signed is None:
        keys, sigs = _signed_of(rows)
        index = _band_index(keys, sigs)
    else:
        keys, sigs, index = signed
    parts = [_line({"params": list(PARAMS)}), *_chunk_parts(store.stamp, store.segments, rows, [], sigs, index)]

    def fill(handle: BinaryIO) -> None:
        for part in parts:
            handle.write(part)

    _clear_the_way(path)
    write_atomic(path, fill, make_parent=True, clean_stale=True)
    for old in OLD_STORE_NAMES:  # never read again: code could hide in it
        with contextlib.suppress(OSError):
            (path.parent / old).unlink()


def _append(path: Path, store: CopyStore, rows: list[tuple[str, Entry]], drop: list[str],
            sigs: array, index: BandIndex) -> None:
    """Add one chunk after the store's sound prefix (a torn earlier append is cut off first).

    Not flushed to the disk: a chunk lost to a power cut leaves the store as
    it was one generation earlier, which the next refresh catches up from.
    """
    parts = _chunk_parts(store.stamp, store.segments, rows, drop, sigs, index)
    with open(path, "r+b") as handle:
        handle.seek(store.size)
        handle.truncate()
        for part in parts:
            handle.write(part)


def _save_groups(root: Path, store: CopyStore) -> None:
    data = {"params": list(PARAMS), "stamp": list(store.stamp), "groups": store.groups()}
    _clear_the_way(root / GROUPS_NAME)
    write_json_atomic(root / GROUPS_NAME, data, indent=None, make_parent=True, clean_stale=True)


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


def _assign(store: CopyStore, batch: BandIndex, before: int, key: str, sig: Signature | None) -> str:
    """The group of the most similar stored (or earlier signed) article, or a new group founded by ``key``."""
    if sig is None:
        return group_id(key)
    scored = []
    for other in store.candidates(sig, batch, before):
        other_sig = store.entries[other].sig
        if other_sig is not None and (sim := similarity(sig, other_sig)) >= SAME_STORY:
            scored.append((-sim, other))
    return store.entries[min(scored)[1]].group if scored else group_id(key)


def _version(raw: bytes | None) -> str:
    """The content digest a ``sync`` column value records: tells an edited article."""
    decoded = Indexed.decode(raw) if raw else None
    return decoded.digest if decoded is not None else (raw or b"").hex()


@dataclass
class _Fresh:
    """A live article the store does not hold as it is now: new, edited, or the store is new."""

    key: str
    docnum: int
    version: str
    date: int
    sig_raw: bytes | None


def _changes(reader, store: CopyStore) -> tuple[list[_Fresh], set[str], tuple[str, ...]]:
    """The articles to sign, the live keys, and the reader's segment ids.

    Only segments the store has not seen are read document by document; a
    seen segment's live keys come from its key list (segments never change,
    only their deletions grow).
    """
    field_name = key_field(reader)
    leaves = sorted(reader.leaf_readers(), key=lambda pair: pair[1])
    ids = tuple(segment_id(sub) for sub, _ in leaves)
    live_ids = set(ids)
    seen = set(store.segments) if store.entries else set()
    has_dates = reader.has_column("date")
    has_sigs = "copysig" in reader.schema and reader.has_column("copysig")
    fresh: list[_Fresh] = []
    live: set[str] = set()
    for (sub, offset), seg in zip(leaves, ids, strict=True):
        keys = segment_keys(sub, field_name, live_ids)
        deleted = sub.is_deleted if sub.has_deletions() else None
        if seg in seen:
            live.update(keys if deleted is None else (k for d, k in enumerate(keys) if not deleted(d)))
            continue
        syncs = sub.column_reader("sync") if "sync" in sub.schema and sub.has_column("sync") else None
        dates = sub.column_reader("date", translate=False) if has_dates else None
        sigs = sub.column_reader("copysig") if has_sigs else None
        for d, key in enumerate(keys):
            if not key or (deleted is not None and deleted(d)):
                continue
            live.add(key)
            version = _version(syncs[d]) if syncs is not None else ""
            known = store.entries.get(key)
            if known is not None and known.version == version:
                continue  # moved by a merge, or the store was rebuilt this run
            date = (dates[d] or 1 << 62) if dates is not None else 0
            fresh.append(_Fresh(key, offset + d, version, date, sigs[d] if sigs is not None else None))
    live.discard("")
    return fresh, live, ids


def refresh_copies(ix: Index, root: Path) -> CopiesReport | None:
    """Bring the store beside ``ix`` in line with it; None when it already was."""
    path = root / STORE_NAME
    lock = FileLock(str(root / LOCK_NAME))
    if not try_for(lock.acquire, timeout=LOCK_TIMEOUT_S, delay=0.05):
        return None  # another process is refreshing the same store
    try:
        stamp = index_stamp(ix)
        if load_stamp(root) == stamp:
            return None
        store = load_store(path)
        with ix.reader() as reader:
            fresh: list[_Fresh] = []
            live: set[str] = set()
            ids: tuple[str, ...] = ()
            if reader.doc_count() > 0:
                fresh, live, ids = _changes(reader, store)
            fresh_keys = {f.key for f in fresh}
            dropped = [k for k in store.entries if k not in live or k in fresh_keys]
            for key in dropped:
                del store.entries[key]
            fresh.sort(key=lambda f: (f.date, f.key))
            has_sigs = "copysig" in reader.schema and reader.has_column("copysig")
            # The refresh's own signatures go straight into one array, in signing order
            # (each column value dropped once copied: a rebuild at 10x held 179,080 of
            # them, and an array apiece, beside it: ~200 MB); their band index is built
            # once: an article's candidates among them are those signed before it.
            batch_sigs = array("I")
            signed: list[tuple[_Fresh, bool]] = []
            for item in fresh:
                if has_sigs:
                    sig = _signature_of(item.sig_raw)
                    item.sig_raw = None
                else:  # an index from before the column: signed from the stored text
                    stored = reader.stored_fields(item.docnum)
                    sig = article_signature(stored.get("headline", ""), stored.get("body", ""))
                if sig is not None:
                    batch_sigs.extend(sig)
                signed.append((item, sig is not None))
        batch_keys = [item.key for item, has_sig in signed if has_sig]
        batch = _band_index(batch_keys, batch_sigs)
        rebuilt = not store.entries
        rows: list[tuple[str, Entry]] = []
        at = 0
        for item, has_sig in signed:
            sig = batch_sigs[at * BINS : (at + 1) * BINS] if has_sig else None
            group = _assign(store, batch, at, item.key, sig)
            if sig is None:
                entry = Entry(item.version, group)
            else:
                entry = Entry(item.version, group, batch_sigs, at * BINS)
                at += 1
            store.entries[item.key] = entry
            rows.append((item.key, entry))
        store.stamp, store.segments = stamp, ids
        dead = store.rows + len(rows) - len(store.entries)
        if store.size == 0 or len(store.chunks) >= MAX_CHUNKS or dead > DEAD_SHARE * max(len(store.entries), 1):
            save_store(path, store, (batch_keys, batch_sigs, batch) if rebuilt else None)
        else:
            try:
                _append(path, store, rows, dropped, batch_sigs, batch)
            except OSError:
                save_store(path, store)  # a file that cannot be appended to is replaced
        _save_groups(root, store)
        return CopiesReport(len(signed), len(dropped), len(set(store.groups().values())))
    finally:
        lock.release()


def copy_groups(root: Path) -> dict[str, str]:
    """Key -> group id of every grouped article, as last stored (no refresh)."""
    return load_groups(root)


def copies_stamp(root: Path) -> tuple[int, ...] | None:
    """Changes whenever the groups are rewritten or the store is replaced or damaged."""
    try:
        st = (root / GROUPS_NAME).stat()
        store = (root / STORE_NAME).stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_ino, store.st_ino, store.st_size)
