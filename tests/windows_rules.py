"""Windows' file rules, played on Linux: the helpers behind the ``windows_rules`` fixture.

Most people Telusur is for use Windows, and CI runs on Linux. Where Windows
differs in ways that have broken Telusur (issue 24), these helpers make the
standard library behave as Windows does:

- a file that is open (by this process: a descriptor in ``/proc/self/fd`` or
  a mapping in ``/proc/self/maps``, as Whoosh's lock and segment readers hold
  them) cannot be replaced, renamed or deleted: ``PermissionError`` with
  Windows' ``winerror`` (5, access denied; 32, sharing violation); nor can a
  folder holding one, and ``os.rename`` onto an existing name fails;
- names that differ only in case are one file (NTFS): every path a call gets
  is looked up ignoring case, ``realpath`` returns the spelling on disk and
  ``normcase`` lower-cases;
- a folder cannot be opened (so it cannot be fsynced);
- a path of 260 characters or more fails unless written ``\\?\\PATH`` (MAX_PATH);
- ``os.chmod`` takes no descriptor (Python 3.11 and 3.12) and there is no
  ``os.fchmod``;
- standard output redirected to a file or pipe encodes cp1252, strictly
  (standard error with backslash escapes); a child process gets the same
  from ``WINDOWS_CHILD_ENV`` (not set for every child: the tests that read a
  child's output decode it as UTF-8).

Telusur's own code reads one flag of its own, ``safe_write.ON_WINDOWS``, for
what no library call reveals (``st_ctime`` is the creation time); the rules
set it. A file "held open only briefly" is ``held_briefly``: it is closed
when a retry pauses, so no test sleeps.
"""
from __future__ import annotations

import builtins
import errno
import io
import os
import shutil
import stat
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from telusur.analysis import safe_write
from telusur.index import paths

WINDOWS_CHILD_ENV = {"PYTHONIOENCODING": "cp1252"}  # a child's redirected output, strict, as on Windows
ACCESS_DENIED = 5
SHARING_VIOLATION = 32


def open_paths() -> set[str]:
    """Real paths this process holds open: descriptors and memory mappings."""
    held: set[str] = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("/"):
            held.add(target)
    try:
        with _REAL["open"]("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            for line in maps:
                parts = line.split(None, 5)
                if len(parts) == 6 and parts[5].startswith("/"):
                    held.add(parts[5].rstrip("\n").removesuffix(" (deleted)"))
    except OSError:
        pass
    return held


_REAL: dict[str, Any] = {
    "open": builtins.open, "io_open": io.open, "os_open": os.open, "stat": os.stat, "lstat": os.lstat,
    "replace": os.replace, "rename": os.rename, "unlink": os.unlink, "remove": os.remove, "rmdir": os.rmdir,
    "mkdir": os.mkdir, "listdir": os.listdir, "scandir": os.scandir, "chmod": os.chmod,
    "realpath": os.path.realpath, "normcase": os.path.normcase, "rmtree": shutil.rmtree,
}


def _windows_error(cls: type[OSError], code: int, winerror: int, name: Any, other: Any = None) -> OSError:
    """The error Windows raises, with its ``winerror`` (POSIX's OSError ignores that argument)."""
    err = cls(code, os.strerror(code), os.fspath(name), None, None if other is None else os.fspath(other))
    err.winerror = winerror  # type: ignore[attr-defined]
    return err


EXTENDED = "\\\\?\\"
# Off: paths of 260 characters or more fail unless written as \\?\PATH (Windows without
# the LongPathsEnabled setting); ``WindowsRules.long_paths_enabled`` turns the setting on.
LONG_PATHS_ENABLED = [False]


def on_disk(path: Any) -> Any:
    """``path`` with every existing component spelled as on disk (names are one file whatever their case).

    The \\?\\ prefix is taken off; a path of 260 characters or more without it fails.
    """
    if isinstance(path, int):
        return path
    text = os.fspath(path)
    if isinstance(text, bytes) or not text:
        return path
    if text.startswith(EXTENDED):
        path = text = text[len(EXTENDED) :]
    elif not LONG_PATHS_ENABLED[0] and len(os.path.abspath(text)) >= 260:
        err = FileNotFoundError(errno.ENOENT, "The system cannot find the path specified", text)
        err.winerror = 3  # type: ignore[attr-defined]
        raise err
    try:
        _REAL["lstat"](text)
        return path
    except OSError:
        pass
    parts = os.path.abspath(text).split(os.sep)
    current = os.sep
    for i, part in enumerate(parts[1:], 1):
        if not part:
            continue
        candidate = os.path.join(current, part)
        try:
            _REAL["lstat"](candidate)
        except OSError:
            try:
                names = _REAL["listdir"](current)
            except OSError:
                return os.path.join(current, *parts[i:])
            match = next((n for n in names if n.casefold() == part.casefold()), None)
            if match is None:
                return os.path.join(current, *[p for p in parts[i:] if p])
            candidate = os.path.join(current, match)
        current = candidate
    return current


def _lexists(path: Any) -> bool:
    """Whether a path already resolved by ``on_disk`` exists (no rule applied twice)."""
    try:
        _REAL["lstat"](path)
    except OSError:
        return False
    return True


def _held(path: Any) -> bool:
    """``path`` (already resolved by ``on_disk``: a file, or a folder with a file inside) is open here."""
    real = _REAL["realpath"](path)
    held = open_paths()
    return real in held or any(h.startswith(real.rstrip(os.sep) + os.sep) for h in held)


class WindowsRules:
    """Installs the rules on a ``pytest.MonkeyPatch``; ``held_briefly`` and ``cp1252_output`` are for tests."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.mp = monkeypatch
        self.pauses: list[float] = []
        self._on_pause: list[Callable[[], None]] = []

    def install(self) -> WindowsRules:
        mp = self.mp
        mp.setattr(safe_write, "ON_WINDOWS", True)
        mp.setattr(safe_write, "pause", self._pause)
        mp.setattr(os, "replace", self._replace)
        mp.setattr(os, "rename", self._rename)
        mp.setattr(os, "unlink", self._unlink)
        mp.setattr(os, "remove", self._unlink)
        mp.setattr(os, "rmdir", self._rmdir)
        mp.setattr(shutil, "rmtree", self._rmtree)
        mp.setattr(os, "chmod", self._chmod)
        mp.delattr(os, "fchmod", raising=False)
        mp.setattr(os, "supports_fd", os.supports_fd - {_REAL["chmod"]})
        mp.setattr(os, "open", self._os_open)
        mp.setattr(builtins, "open", self._open)
        mp.setattr(io, "open", self._open)
        mp.setattr(os, "stat", self._path_call("stat"))
        mp.setattr(os, "lstat", self._path_call("lstat"))
        mp.setattr(os, "listdir", self._path_call("listdir"))
        mp.setattr(os, "scandir", self._path_call("scandir"))
        mp.setattr(os, "mkdir", self._mkdir)
        mp.setattr(os.path, "realpath", self._realpath)
        mp.setattr(os.path, "normcase", lambda p: os.fspath(p).lower())
        paths.ignores_case.cache_clear()  # probed again under these rules
        return self

    @contextmanager
    def long_paths_enabled(self) -> Iterator[None]:
        """As with Windows' LongPathsEnabled setting on (a test's own set-up of deep folders)."""
        LONG_PATHS_ENABLED[0] = True
        try:
            yield
        finally:
            LONG_PATHS_ENABLED[0] = False

    # --- files held open ------------------------------------------------------------

    @contextmanager
    def held_briefly(self, path: Path, *, pauses: int = 2) -> Iterator[None]:
        """Hold ``path`` open (as a scanner would) until the ``pauses``-th retry pause."""
        handle = _REAL["open"](path, "rb")
        count = [0]

        def maybe_close() -> None:
            count[0] += 1
            if count[0] >= pauses and not handle.closed:
                handle.close()

        self._on_pause.append(maybe_close)
        try:
            yield
        finally:
            self._on_pause.remove(maybe_close)
            handle.close()

    def _pause(self, seconds: float) -> None:
        self.pauses.append(seconds)
        for hook in list(self._on_pause):
            hook()

    def _replace(self, src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
        src, dst = on_disk(src), on_disk(dst)
        if _held(src) or (_lexists(dst) and _held(dst)):
            raise _windows_error(PermissionError, errno.EACCES, ACCESS_DENIED, src, dst)
        _REAL["replace"](src, dst, *args, **kwargs)

    def _rename(self, src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
        src, dst = on_disk(src), on_disk(dst)
        if _lexists(dst) and _REAL["realpath"](dst) != _REAL["realpath"](src):
            raise _windows_error(FileExistsError, errno.EEXIST, 183, src, dst)
        if _held(src):
            raise _windows_error(PermissionError, errno.EACCES, ACCESS_DENIED, src, dst)
        _REAL["rename"](src, dst, *args, **kwargs)

    def _unlink(self, path: Any, *args: Any, **kwargs: Any) -> None:
        if kwargs.get("dir_fd") is None:
            path = on_disk(path)
            if _held(path):
                raise _windows_error(PermissionError, errno.EACCES, SHARING_VIOLATION, path)
        _REAL["unlink"](path, *args, **kwargs)

    def _rmdir(self, path: Any, *args: Any, **kwargs: Any) -> None:
        if kwargs.get("dir_fd") is None:
            path = on_disk(path)
            if _held(path):
                raise _windows_error(PermissionError, errno.EACCES, SHARING_VIOLATION, path)
        _REAL["rmdir"](path, *args, **kwargs)

    def _rmtree(self, path: Any, ignore_errors: bool = False, onerror: Any = None, **kwargs: Any) -> None:
        """``shutil.rmtree`` by the rules: a held file stays, and so does its folder."""

        def failed(func: Callable[..., Any], target: str, err: OSError) -> None:
            if ignore_errors:
                return
            if onerror is not None:
                onerror(func, target, (type(err), err, err.__traceback__))
                return
            raise err

        root = on_disk(path)
        if os.path.islink(root):
            failed(os.path.islink, root, OSError(errno.ENOTDIR, "Cannot call rmtree on a symbolic link", root))
            return
        for dirpath, dirnames, filenames in os.walk(root, topdown=False):
            for name in filenames + [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]:
                try:
                    self._unlink(os.path.join(dirpath, name))
                except OSError as err:
                    failed(os.unlink, os.path.join(dirpath, name), err)
            try:
                self._rmdir(dirpath)
            except OSError as err:
                failed(os.rmdir, dirpath, err)

    # --- descriptors, folders and names ----------------------------------------------------

    def _chmod(self, path: Any, mode: int, *args: Any, **kwargs: Any) -> None:
        if isinstance(path, int):
            raise TypeError("chmod: path should be string, bytes or os.PathLike, not int")
        _REAL["chmod"](on_disk(path), mode, *args, **kwargs)

    def _os_open(self, path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if kwargs.get("dir_fd") is None:
            path = on_disk(path)
            try:
                is_dir = stat.S_ISDIR(_REAL["stat"](path).st_mode)
            except OSError:
                is_dir = False
            if is_dir:  # CreateFile of a folder needs FILE_FLAG_BACKUP_SEMANTICS, which os.open never sets
                raise _windows_error(PermissionError, errno.EACCES, ACCESS_DENIED, path)
        return _REAL["os_open"](path, flags, *args, **kwargs)

    def _open(self, file: Any, *args: Any, **kwargs: Any) -> Any:
        return _REAL["io_open"](on_disk(file), *args, **kwargs)

    def _path_call(self, name: str) -> Callable[..., Any]:
        real = _REAL[name]

        def call(path: Any = ".", *args: Any, **kwargs: Any) -> Any:
            if kwargs.get("dir_fd") is None:
                path = on_disk(path)
            return real(path, *args, **kwargs)

        return call

    def _mkdir(self, path: Any, *args: Any, **kwargs: Any) -> None:
        if kwargs.get("dir_fd") is None and not isinstance(path, bytes):
            resolved = on_disk(path)
            if _lexists(resolved):
                raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), os.fspath(path))
            path = resolved
        _REAL["mkdir"](path, *args, **kwargs)

    def _realpath(self, path: Any, *args: Any, **kwargs: Any) -> Any:
        return on_disk(_REAL["realpath"](on_disk(path), *args, **kwargs))

    # --- output ------------------------------------------------------------------------

    @contextmanager
    def cp1252_output(self) -> Iterator[None]:
        """sys.stdout encodes cp1252 strictly and sys.stderr with backslash escapes, as on a
        Windows console redirected to a file; what is written still reaches ``capsys``.

        Installed around the test's call (``pytest_runtest_call`` in conftest.py), after
        pytest's capture has put its own streams in place."""
        saved = sys.stdout, sys.stderr
        sys.stdout = Cp1252Stream(sys.stdout, "strict")
        sys.stderr = Cp1252Stream(sys.stderr, "backslashreplace")
        try:
            yield
        finally:
            sys.stdout, sys.stderr = saved


ACTIVE: list[WindowsRules] = []  # the rules of the running test, if any


class Cp1252Stream(io.TextIOBase):
    """A text stream that encodes as Windows' redirected output does, then passes the text on."""

    def __init__(self, inner: Any, errors: str) -> None:
        self.inner, self._errors = inner, errors
        self.buffer = getattr(inner, "buffer", None)

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return "cp1252"

    @property
    def errors(self) -> str:  # type: ignore[override]
        return self._errors

    def reconfigure(self, *, encoding: str | None = None, errors: str | None = None, **_: Any) -> None:
        if encoding is not None:
            raise io.UnsupportedOperation("this emulated stream keeps cp1252")
        if errors is not None:
            self._errors = errors

    def write(self, text: str) -> int:
        encoded = text.encode("cp1252", self._errors)  # raises UnicodeEncodeError when strict
        self.inner.write(encoded.decode("cp1252"))
        return len(text)

    def flush(self) -> None:
        self.inner.flush()

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        return int(self.inner.fileno())


@pytest.fixture
def windows_rules(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Iterator[WindowsRules]:
    """The standard library as Windows has it, where that has mattered (see this module)."""
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("the Windows rules name open files through /proc")
    rules = WindowsRules(monkeypatch).install()
    ACTIVE.append(rules)
    yield rules
    ACTIVE.remove(rules)
    paths.ignores_case.cache_clear()
