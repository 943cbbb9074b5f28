"""Where a library's query expansions come from: its acronym table and synonym files.

Kept apart from the engine so the command line can show the same sources
(``telusur synonyms``) that a search uses.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from whoosh.reading import IndexReader

from telusur.analysis.synonyms import SynonymError, Synonyms, load_user_synonyms, shipped_synonyms
from telusur.index import Library

from .expand import Lookups


@dataclass(frozen=True)
class SynonymSources:
    """The shipped list, the user's file (and its problems), and the two merged."""

    user_file: Path
    shipped: Synonyms
    user: Synonyms
    errors: tuple[SynonymError, ...]

    @property
    def active(self) -> Synonyms:
        return shipped_synonyms().merged(self.user)


def synonym_sources(user_file: Path) -> SynonymSources:
    user, errors = load_user_synonyms(user_file)
    return SynonymSources(user_file, shipped_synonyms(), user, tuple(errors))


def _mtime(path: Path) -> int | None:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return None


class LookupCache:
    """A library's lookups, rebuilt only when the index generation or the user file changes."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self._acronyms_for: int | None = None
        self._synonyms_for: tuple[int | None] | None = None
        self._lookups = Lookups()

    def get(self, reader: IndexReader) -> Lookups:
        generation = reader.generation()
        acronyms = self._lookups.acronyms
        if acronyms is None or generation != self._acronyms_for:
            acronyms = self.library.acronym_expansions(reader)
            self._acronyms_for = generation
        synonyms = self._lookups.synonyms
        user_file = self.library.synonyms_file
        stamp = (_mtime(user_file),)
        if stamp != self._synonyms_for:
            synonyms = synonym_sources(user_file).active
            self._synonyms_for = stamp
        if acronyms is not self._lookups.acronyms or synonyms is not self._lookups.synonyms:
            # A new object only when something changed: result sets are kept per lookups object.
            self._lookups = Lookups(acronyms, synonyms)
        return self._lookups
