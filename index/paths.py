"""Folder paths as the library stores them, and which folder a path lies under.

Windows (NTFS) and macOS (APFS by default) ignore case in names: ``C:\\Berita``
and ``c:\\berita`` are one folder there. A folder is therefore stored with its
spelling on disk, and a path lies under a folder ignoring case wherever the
folder's file system ignores it (probed once per folder; for a folder that no
longer exists, the platform's default).
"""
from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterable


def normalize_folder(folder: str | os.PathLike[str]) -> str:
    """Absolute, user-expanded, symlink-resolved and spelled as on disk: one spelling per folder."""
    return on_disk_case(os.path.realpath(os.path.expanduser(os.fspath(folder))))


def on_disk_case(path: str) -> str:
    """``path`` with each existing component spelled as its folder lists it.

    Windows' ``realpath`` does this already; macOS' does not. A component is
    respelled only where the typed spelling exists but is not listed, which
    proves the file system ignores case there (never on Linux).
    """
    head, tail = os.path.split(path)
    if not tail or head == path:
        return path
    parent = on_disk_case(head)
    typed = os.path.join(parent, tail)
    if not os.path.lexists(typed) or not ignores_case(parent):  # Linux: no listing needed
        return typed
    try:
        names = os.listdir(parent)
    except OSError:
        return typed
    if tail in names:
        return typed
    folded = tail.casefold()
    spelled = next((name for name in names if name.casefold() == folded), tail)
    return os.path.join(parent, spelled)


@functools.lru_cache(maxsize=256)
def ignores_case(folder: str) -> bool:
    """The file system holding ``folder`` treats names that differ only in case as one."""
    probe = folder
    while True:
        head, tail = os.path.split(probe)
        if tail and tail.swapcase() != tail and os.path.lexists(probe):
            flipped = os.path.join(head, tail.swapcase())
            try:
                return os.path.lexists(flipped) and os.path.samefile(probe, flipped)
            except OSError:
                return False
        if not tail or head == probe:
            return sys.platform in ("win32", "darwin")
        probe = head


def is_under(path: str, folder: str) -> bool:
    """``path`` is ``folder`` or inside it (a prefix that ends at a separator; case as the file system takes it)."""
    if _under(path, folder):
        return True
    return ignores_case(folder) and _under(path.casefold(), folder.casefold())


def _under(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def same_folder(a: str, b: str) -> bool:
    """Two spellings of one folder (case ignored where its file system ignores it)."""
    return a == b or (ignores_case(a) and a.casefold() == b.casefold())


def under_any(path: str, folders: Iterable[str]) -> bool:
    return any(is_under(path, f) for f in folders)


def under_any_test(folders: Iterable[str]) -> Callable[[str], bool]:
    """``under_any`` with ``folders`` fixed, for testing many paths: one C-level prefix test
    per path when no folder's file system ignores case (a resync tests every indexed file)."""
    folders = list(folders)
    if any(ignores_case(f) for f in folders):
        return lambda path: under_any(path, folders)
    exact = frozenset(folders)
    prefixes = tuple(f.rstrip(os.sep) + os.sep for f in folders)
    return lambda path: path.startswith(prefixes) or path in exact


def folder_of(path: str, folders: Iterable[str]) -> str:
    """The innermost of ``folders`` that holds ``path`` ("" if none does)."""
    return max((f for f in folders if is_under(path, f)), key=len, default="")
