"""Measures how long the GUI thread's event loop goes without turning (a stall).

A precise timer ticks every few milliseconds; the time between two ticks,
minus the interval, is how long the loop was busy or blocked. Each gap is
kept with the GUI thread's own CPU time over it, so a reader can tell work
done on the GUI thread (CPU) from waiting (a lock, a file) or from the machine
being loaded (neither). The test suite (tests/gui/test_gui_thread_stalls.py)
and bench/gui_bench.py use it; ``paused()`` leaves out steps the harness
itself runs synchronously (building a window, a deliberate wait).
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer

TICK_MS = 5


@dataclass(frozen=True)
class Stall:
    """One gap between ticks: wall-clock and GUI-thread CPU milliseconds, and what was going on."""

    wall_ms: float
    cpu_ms: float
    during: str
    queued_ms: float = 0.0  # runnable but waiting for a CPU (from ``run_queue_clock``; 0 without one)


class StallWatch(QObject):
    """Start it on the GUI thread; ``stalls(min_ms)`` lists the gaps over ``min_ms``."""

    def __init__(self, parent: QObject | None = None, tick_ms: int = TICK_MS,
                 run_queue_clock: Callable[[], float] | None = None) -> None:
        super().__init__(parent)
        self.tick_ms = tick_ms
        # seconds this thread has waited for a CPU so far (bench/gui_bench.py reads Linux's schedstat):
        # tells the machine's load from waiting on a lock (the GIL) when neither shows as CPU time
        self._queue_clock = run_queue_clock or (lambda: 0.0)
        self._last_queued = 0.0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._tick)
        self._last_wall = 0.0
        self._last_cpu = 0.0
        self._paused = 0
        self.step = ""  # a label for what the script is doing (reported with each stall)
        self.gaps: list[Stall] = []

    def start(self) -> None:
        self._reset()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _reset(self) -> None:
        self._last_wall = time.perf_counter()
        self._last_cpu = time.thread_time()
        self._last_queued = self._queue_clock()

    def _tick(self) -> None:
        wall, cpu, queued = time.perf_counter(), time.thread_time(), self._queue_clock()
        if not self._paused:
            gap = (wall - self._last_wall) * 1000 - self.tick_ms
            if gap > 1:
                self.gaps.append(Stall(gap, (cpu - self._last_cpu) * 1000, self.step,
                                       (queued - self._last_queued) * 1000))
        self._last_wall, self._last_cpu, self._last_queued = wall, cpu, queued

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Leave out what runs inside (the harness's own synchronous steps)."""
        self._paused += 1
        try:
            yield
        finally:
            self._paused -= 1
            self._reset()

    def stalls(self, min_ms: float, *, cpu: bool = False) -> list[Stall]:
        """Gaps longer than ``min_ms`` of wall time (or of the GUI thread's CPU time, with ``cpu``)."""
        return [g for g in self.gaps if (g.cpu_ms if cpu else g.wall_ms) > min_ms]

    def longest(self) -> Stall | None:
        return max(self.gaps, key=lambda g: g.wall_ms, default=None)
