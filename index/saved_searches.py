"""Saved searches: a query and its filters under a name, and the articles already seen.

Kept in ``saved_searches.json`` beside ``library.json``: like it, this is the
user's own data (not derived), so it is versioned, changed under the library
lock as a read-modify-write and replaced atomically (library_file.py).
Which articles are new is not stored: it is worked out from the index when
asked (searcher/watch.py) as the matches whose key is not among the ``seen``
ones. So every sync, from the command line, the app or the folder watcher,
is counted without a hook in any of them; a crash mid-sync leaves nothing to
repair; and articles of a removed folder leave the index and so the count.
Seen keys are kept as short hashes: a search matching the whole archive stays small.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from telusur.analysis.safe_write import write_json_atomic

from .library_file import library_lock
from .messages import CoreMessage, SavedSearchProblem, error_message

FILE_NAME = "saved_searches.json"
VERSION = 1
MAX_NAME = 100


class SavedSearchError(ValueError):
    """A name that cannot be used or found; the message (a ``CoreMessage``) says why."""

    def __init__(self, code: SavedSearchProblem, **params: object) -> None:
        super().__init__(CoreMessage(code, **params))


@dataclass(frozen=True)
class SavedSearch:
    name: str
    query: str
    date_from: date | None = None
    date_to: date | None = None
    sources: tuple[str, ...] = ()
    seen: frozenset[str] = field(default_factory=frozenset)  # key_hash of articles already looked at

    def to_json(self) -> dict:
        return {
            "name": self.name,
            "query": self.query,
            "date_from": self.date_from.isoformat() if self.date_from else None,
            "date_to": self.date_to.isoformat() if self.date_to else None,
            "sources": list(self.sources),
            "seen": sorted(self.seen),
        }

    @classmethod
    def from_json(cls, data: dict) -> SavedSearch:
        def day(value: object) -> date | None:
            return date.fromisoformat(value) if isinstance(value, str) and value else None

        return cls(
            name=str(data["name"]),
            query=str(data["query"]),
            date_from=day(data.get("date_from")),
            date_to=day(data.get("date_to")),
            sources=tuple(str(s) for s in data.get("sources") or ()),
            seen=frozenset(str(s) for s in data.get("seen") or ()),
        )


def key_hash(key: str) -> str:
    """An article's key as stored in ``seen`` (64 bits: collisions are negligible)."""
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def check_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > MAX_NAME or any(ch in name for ch in "\n\r\t\x00"):
        raise SavedSearchError(SavedSearchProblem.BAD_NAME, max_chars=MAX_NAME)
    return name


@dataclass(frozen=True)
class SavedFile:
    """The saved searches that can be read, and the entries that cannot (kept as they are)."""

    searches: list[SavedSearch]
    bad: list[object] = field(default_factory=list)  # entries as found in the file
    problems: list[str] = field(default_factory=list)  # one sentence per bad entry


def read_saved_file(root: Path) -> SavedFile:
    """Every entry that can be read; the others are reported and kept for the next write.

    A missing file is none. A file that is not JSON (or nested too deeply to
    read) or not of this version is an error, never overwritten silently.
    """
    path = root / FILE_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return SavedFile([])
    except RecursionError:
        raise SavedSearchError(SavedSearchProblem.UNREADABLE_FILE, path=str(path),
                               error=CoreMessage(SavedSearchProblem.TOO_DEEP)) from None
    except (OSError, ValueError) as err:
        raise SavedSearchError(SavedSearchProblem.UNREADABLE_FILE, path=str(path), error=str(err)) from None
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("searches"), list):
        raise SavedSearchError(SavedSearchProblem.WRONG_VERSION, path=str(path), version=VERSION)
    found = SavedFile([])
    names: set[str] = set()
    for number, entry in enumerate(data["searches"], 1):
        try:
            search = SavedSearch.from_json(entry)
            check_name(search.name)
            if search.name in names:
                raise ValueError(CoreMessage(SavedSearchProblem.DUPLICATE_NAME, name=search.name))
        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as err:
            found.bad.append(entry)
            detail = CoreMessage(SavedSearchProblem.TOO_DEEP) if isinstance(err, RecursionError) else error_message(err)
            found.problems.append(CoreMessage(SavedSearchProblem.ENTRY_SKIPPED, path=str(path), number=number,
                                              error=detail))
            continue
        names.add(search.name)
        found.searches.append(search)
    return found


def read_saved(root: Path) -> list[SavedSearch]:
    """The saved searches that can be read (see ``read_saved_file`` for the others)."""
    return read_saved_file(root).searches


def _write(root: Path, searches: list[SavedSearch], bad: Sequence[object] = ()) -> None:
    data = {"version": VERSION, "searches": [s.to_json() for s in searches] + list(bad)}
    write_json_atomic(root / FILE_NAME, data, indent=1, make_parent=True, clean_stale=True)


def update_saved(root: Path, change: Callable[[list[SavedSearch]], list[SavedSearch]]) -> list[SavedSearch]:
    """Read, change and write the saved searches as one step (under the library lock).

    Entries that cannot be read are written back as they were: the user's
    data is reported, never dropped.
    """
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    with library_lock(root):
        current = read_saved_file(root)
        searches = change(current.searches)
        _write(root, searches, current.bad)
        return searches


def find(searches: list[SavedSearch], name: str) -> SavedSearch:
    for search in searches:
        if search.name == name:
            return search
    known = ", ".join(s.name for s in searches) or CoreMessage(SavedSearchProblem.NONE_YET)
    raise SavedSearchError(SavedSearchProblem.NOT_FOUND, name=name, known=known)


def add_search(root: Path, search: SavedSearch) -> None:
    check_name(search.name)

    def change(current: list[SavedSearch]) -> list[SavedSearch]:
        if any(s.name == search.name for s in current):
            raise SavedSearchError(SavedSearchProblem.EXISTS, name=search.name)
        return current + [search]

    update_saved(root, change)


def remove_search(root: Path, name: str) -> None:
    def change(current: list[SavedSearch]) -> list[SavedSearch]:
        find(current, name)
        return [s for s in current if s.name != name]

    update_saved(root, change)


def mark_seen(root: Path, name: str, keys: Iterable[str]) -> None:
    """Remember ``keys`` (the search's current matches) as looked at; nothing else is kept."""
    seen = frozenset(key_hash(k) for k in keys)

    def change(current: list[SavedSearch]) -> list[SavedSearch]:
        find(current, name)
        return [replace(s, seen=seen) if s.name == name else s for s in current]

    update_saved(root, change)
