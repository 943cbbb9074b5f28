"""Reading one file in a helper process that can be capped in memory and stopped.

A 3 MB PDF with a 3 GB flate stream, a .docx whose XML parses into gigabytes,
a page whose parser never returns: no check between steps can bound those,
because the time and memory go inside one library call. So web pages, MHTML,
PDF and Word files are read by a helper process, one per process that
indexes, started on first use and reused:

- its address space is capped (``resource.setrlimit(RLIMIT_AS)`` on Linux and
  the BSDs) at its size once the readers are imported plus
  ``Limits.memory_bytes``. Where that call is missing or not enforced
  (Windows, macOS) the parent polls the helper's resident memory with
  ``psutil`` and stops it past its starting size plus the same amount.
  Hitting the cap gives ``MemoryError`` inside (the file is skipped as too
  large, the helper restarts) or ends the helper (the same skip).
- the parent waits ``Limits.seconds`` plus ``kill_grace`` for the answer, then
  kills the helper: the file is skipped with the time limit as its reason and
  the next file gets a new helper.

The helper is started with ``spawn`` (no fork of a process running Qt threads)
and ends when its parent does: a closed pipe ends its loop.
"""
from __future__ import annotations

import contextlib
import multiprocessing
import sys
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from ..messages import CoreMessage, SkipReason
from .limits import Limits
from .record import Extracted, Format, SkippedRecord

Item = Extracted | SkippedRecord
_POLL_S = 0.1
_START_TIMEOUT_S = 120.0  # spawning and importing the readers on a loaded machine


@dataclass(frozen=True)
class Answer:
    """What the helper read, and its peak resident memory so far (bytes; 0 when unknown)."""

    items: list[Item]
    peak_rss: int
    restart: bool = False  # it hit its memory cap: a fresh helper for the next file


def _memory_now() -> tuple[int, int]:
    """(address space, resident memory) of this process in bytes; (0, 0) where unknown."""
    try:
        import psutil

        info = psutil.Process().memory_info()
        return int(info.vms), int(info.rss)
    except Exception:  # psutil missing or refused: the cap is then absolute
        return 0, 0


def _cap_memory(memory_bytes: int, address_space: int) -> bool:
    """Cap this process's address space at what it uses now plus ``memory_bytes``.

    Relative to the helper's own size after importing the readers, so the cap
    means the same on every system (the readers' libraries map 100-300 MB
    there, more on some systems). False where the system cannot cap it.
    """
    if sys.platform == "darwin":  # accepted there but not enforced
        return False
    try:
        import resource
    except ImportError:  # Windows
        return False
    limit = address_space + memory_bytes
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ValueError, OSError):
        return False
    return True


def _preload() -> None:
    """Import every reader now, before the cap and before any file's time starts."""
    from . import dispatch, mhtml, pdf, webpage, word  # noqa: F401
    for module in ("trafilatura", "docx", "pypdfium2"):
        with contextlib.suppress(ImportError):
            __import__(module)


def peak_rss() -> int:
    """This process's peak resident memory in bytes (0 where unknown)."""
    try:
        import resource
    except ImportError:
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def _read(path: str, raw: bytes | None, kind: Format, limits: Limits) -> list[Item]:
    from .dispatch import extract

    return list(extract(path, raw, fmt=kind, limits=limits))


def _serve(conn: Connection, memory_bytes: int) -> None:
    """The helper's loop: one request in, one ``Answer`` out, until the pipe closes."""
    _preload()
    address_space, resident = _memory_now()
    capped = _cap_memory(memory_bytes, address_space)
    conn.send((capped, resident))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        func, args = request
        restart = False
        try:
            items = func(*args)
        except MemoryError:
            items, restart = [SkippedRecord(str(args[0]), CoreMessage(SkipReason.TOO_LARGE_IN_MEMORY))], True
        except Exception as err:  # the readers never raise for a bad file; a test hook might
            items = [SkippedRecord(str(args[0]), CoreMessage(SkipReason.COULD_NOT_READ, error=type(err).__name__))]
        try:
            conn.send(Answer(items, peak_rss(), restart))
        except MemoryError:
            too_large = SkippedRecord(str(args[0]), CoreMessage(SkipReason.TOO_LARGE_IN_MEMORY))
            conn.send(Answer([too_large], peak_rss(), True))
            return
        if restart:
            return


class CannotStart(Exception):
    """No helper process could be started here."""


class Helper:
    """One helper process and the pipe to it; restarted after a kill or a crash."""

    def __init__(self) -> None:
        self._process: Any = None
        self._conn: Connection | None = None
        self._capped = False
        self._memory = 0
        self._base_rss = 0  # the helper's resident memory when ready, before any file

    def _start(self, memory_bytes: int) -> None:
        context = multiprocessing.get_context("spawn")
        parent_end, child_end = context.Pipe()
        process = context.Process(target=_serve, args=(child_end, memory_bytes), daemon=True,
                                  name="telusur-reader")
        try:
            process.start()
            child_end.close()
            if not parent_end.poll(_START_TIMEOUT_S):
                raise OSError("the reader process did not start")
            self._capped, self._base_rss = parent_end.recv()
        except (OSError, EOFError, RuntimeError) as err:
            with contextlib.suppress(Exception):
                process.kill()
            parent_end.close()
            raise CannotStart(str(err)) from err
        self._process, self._conn, self._memory = process, parent_end, memory_bytes

    def stop(self) -> None:
        if self._process is not None:
            with contextlib.suppress(Exception):
                self._process.kill()
            self._process.join(5)
            with contextlib.suppress(Exception):
                self._process.close()
        if self._conn is not None:
            self._conn.close()
        self._process = self._conn = None

    def _over_memory(self) -> bool:
        """The fallback where the cap could not be set: the helper's resident memory, polled."""
        if self._capped or self._process is None:
            return False
        try:
            import psutil
        except ImportError:
            return False
        try:
            return bool(psutil.Process(self._process.pid).memory_info().rss > self._base_rss + self._memory)
        except psutil.Error:
            return False

    def call(self, func: Any, args: tuple, limits: Limits, path: str, seconds: float | None = None) -> Answer:
        """``func(*args)`` in the helper, within ``limits``; a skip for ``path`` when it breaks them.

        ``seconds``: the file's own time budget when it is not ``limits.seconds`` (OCR).
        """
        if self._process is None or not self._process.is_alive() or self._memory != limits.memory_bytes:
            self.stop()
            self._start(limits.memory_bytes)
        assert self._conn is not None
        try:
            self._conn.send((func, args))
        except (OSError, ValueError):
            self.stop()
            return Answer([SkippedRecord(path, CoreMessage(SkipReason.TOO_LARGE_IN_MEMORY))], 0, True)
        budget = limits.seconds if seconds is None else seconds
        end = time.monotonic() + budget + limits.kill_grace
        while True:
            try:
                ready = self._conn.poll(_POLL_S)
            except (OSError, EOFError):
                ready = True
            if ready:
                try:
                    answer: Answer = self._conn.recv()
                except (EOFError, OSError):  # it died: the memory cap, or the system's OOM killer
                    self.stop()
                    return Answer([SkippedRecord(path, CoreMessage(SkipReason.TOO_LARGE_IN_MEMORY))], 0, True)
                if answer.restart:
                    self.stop()
                return answer
            if self._over_memory():
                self.stop()
                return Answer([SkippedRecord(path, CoreMessage(SkipReason.TOO_LARGE_IN_MEMORY))], 0, True)
            if time.monotonic() > end:
                self.stop()
                return Answer([SkippedRecord(path, CoreMessage(SkipReason.TIMEOUT, seconds=budget))], 0, True)


_helper = Helper()
_lock = threading.Lock()


def run_isolated(func: Any, args: tuple, limits: Limits, path: str, seconds: float | None = None) -> Answer:
    """``func(*args)`` (a picklable, importable function) in this process's helper."""
    with _lock:
        return _helper.call(func, args, limits, path, seconds)


def _budget(kind: Format, limits: Limits) -> float:
    """How long a file of ``kind`` may take: a scan read by OCR has its own, longer budget."""
    if kind in (Format.PDF, Format.IMAGE):
        from .ocr import FILE_SECONDS, ocr_missing

        if ocr_missing() is None:
            return max(limits.seconds, FILE_SECONDS)
    return limits.seconds


def extract_isolated(path: str, raw: bytes | None, kind: Format, limits: Limits) -> list[Item]:
    """``extract`` of one single-article file, read in the helper process within ``limits``.

    Where no helper can be started (a daemon process; a frozen or embedded
    interpreter that cannot spawn) the file is read here, as before: bounded
    by the size limits and the cooperative deadline only.
    """
    if multiprocessing.current_process().daemon:
        return _read(path, raw, kind, limits)
    try:
        return run_isolated(_read, (path, raw, kind, limits), limits, path, _budget(kind, limits)).items
    except CannotStart:
        return _read(path, raw, kind, limits)


def stop_helper() -> None:
    """End this process's helper (it also ends on its own when this process exits)."""
    with _lock:
        _helper.stop()

