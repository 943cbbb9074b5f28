"""Where an index keeps the stems it has learnt: beside its Whoosh folder, not inside it.

The Whoosh folder holds only the files of index generations (the crash tests
check that a sync leaves nothing else there). The stems depend only on the
analysis settings, which the file's header names (``analysis/stem_cache.py``),
so they stay valid when the index is started over for any other reason, and a
file from other settings is ignored and then replaced.
"""
from __future__ import annotations

import os
from pathlib import Path

from telusur.analysis import stem_cache


def stems_folder(whoosh_dir: str | os.PathLike[str]) -> Path:
    """The index root (``IndexDir.root``): the parent of the Whoosh folder."""
    return Path(whoosh_dir).parent


def warm(whoosh_dir: str | os.PathLike[str]) -> int:
    """Teach this process's stemmer what the index has learnt; returns how many stems were new."""
    return stem_cache.warm(stems_folder(whoosh_dir))


def persist(whoosh_dir: str | os.PathLike[str], learnt_elsewhere: dict[str, str] | None = None) -> bool:
    """After a commit: save what this process (and its workers) learnt, if the file lacks it."""
    return stem_cache.persist(stems_folder(whoosh_dir), learnt_elsewhere)
