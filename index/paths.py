"""Folder paths as the library stores them, and which folder a path lies under."""
from __future__ import annotations

import os
from collections.abc import Iterable


def normalize_folder(folder: str | os.PathLike[str]) -> str:
    """Absolute, user-expanded and symlink-resolved: one spelling per folder."""
    return os.path.realpath(os.path.expanduser(os.fspath(folder)))


def is_under(path: str, folder: str) -> bool:
    """``path`` is ``folder`` or inside it (a prefix that ends at a separator)."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def under_any(path: str, folders: Iterable[str]) -> bool:
    return any(is_under(path, f) for f in folders)


def folder_of(path: str, folders: Iterable[str]) -> str:
    """The innermost of ``folders`` that holds ``path`` ("" if none does)."""
    return max((f for f in folders if is_under(path, f)), key=len, default="")
