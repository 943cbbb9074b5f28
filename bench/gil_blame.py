"""Names what the other threads were doing while the GUI thread could not run (bench only).

``python -m bench.gui_bench IDX --blame`` starts a daemon sampler thread that
wakes every 2 ms. Python hands the global interpreter lock (GIL) round every
5 ms, so a wake-up that comes more than ``min_ms`` late means either a thread
held the GIL that long without letting go (a long C call), or the process
waited for a CPU. The sampler has just got the GIL then, so the thread that
released it is still at (or just after) that call: every busy thread's
innermost frames are kept, with each thread's CPU time, time queued for a CPU
and major page faults over the late window (Linux /proc; elsewhere empty).
A long C call shows as one thread with CPU close to the lateness; a thread
that holds the GIL while off the CPU (preempted, or blocked in a page fault
of a memory-mapped file) shows as no CPU at all.

It also samples the GUI thread's stack whenever its event loop has not turned
for 30 ms. Adds a thread that competes for the GIL: not for the stall counts.
"""
from __future__ import annotations

import os
import sys
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass

# Innermost frames that mean "waiting, not holding the GIL" (not `get`/`read`: a mapped file's).
_IDLE_LEAVES = {"wait", "_wait_for_tstate_lock", "select", "sleep", "poll", "accept", "acquire"}


@dataclass(frozen=True)
class Late:
    """One late wake-up: how late (ms), the busy threads' innermost frames, each thread's costs."""

    late_ms: float
    stacks: dict[str, tuple[str, ...]]
    threads: dict[int, tuple[float, float, float]]  # tid: CPU ms, queued ms, major faults, over the window
    steal_ms: float = 0.0  # the machine's: a hypervisor ran someone else on our CPUs
    iowait_ms: float = 0.0


def _frames(frame, depth: int) -> tuple[str, ...]:  # noqa: ANN001 - a frame object
    lines: list[str] = []
    while frame is not None and len(lines) < depth:
        code = frame.f_code
        lines.append(f"{code.co_filename.rsplit('/', 2)[-1]}:{frame.f_lineno} {code.co_name}")
        frame = frame.f_back
    return tuple(lines)


def _machine() -> tuple[float, float]:
    """The machine's steal and iowait so far, ms summed over CPUs (Linux /proc/stat), else zeros."""
    try:
        with open("/proc/stat") as fh:
            fields = fh.readline().split()
    except OSError:
        return 0.0, 0.0
    tick_ms = 1000 / os.sysconf("SC_CLK_TCK")
    return int(fields[8]) * tick_ms, int(fields[5]) * tick_ms


def _tasks() -> dict[int, tuple[float, float, float]]:
    """Per thread of this process: CPU ms, ms queued for a CPU, major page faults (Linux /proc)."""
    out: dict[int, tuple[float, float, float]] = {}
    try:
        tids = os.listdir("/proc/self/task")
    except OSError:
        return out
    for tid in tids:
        try:
            with open(f"/proc/self/task/{tid}/schedstat") as fh:
                cpu, queued, _ = fh.read().split()
            with open(f"/proc/self/task/{tid}/stat") as fh:
                majflt = fh.read().rsplit(")", 1)[1].split()[9]
        except (OSError, ValueError, IndexError):
            continue
        out[int(tid)] = (int(cpu) / 1e6, int(queued) / 1e6, float(majflt))
    return out


class GilBlame:
    def __init__(self, tick_s: float = 0.002, min_ms: float = 40, depth: int = 6,
                 gui_last_tick: Callable[[], float] | None = None) -> None:
        self.tick_s, self.min_ms, self.depth = tick_s, min_ms, depth
        self.gui_last_tick = gui_last_tick  # perf_counter of the GUI loop's last turn, if watched
        self.events: list[Late] = []
        self.gui_stuck: Counter[tuple[str, ...]] = Counter()  # GUI stacks while its loop is stuck
        self.busy_while_stuck: Counter[int] = Counter()  # how many other threads ran Python then
        self.busy_tasks: Counter[str] = Counter()  # their outermost frames
        self.gui_ident = threading.main_thread().ident
        self.gui_tid = threading.main_thread().native_id
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="gil-blame", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(1)

    def _run(self) -> None:
        me, my_tid = threading.get_ident(), threading.get_native_id()
        names: dict[int | None, str] = {}
        last = time.perf_counter()
        before = _tasks()
        machine_before = _machine()
        while not self._stop.is_set():
            time.sleep(self.tick_s)
            now = time.perf_counter()
            late = (now - last - self.tick_s) * 1000
            last = now
            frames = sys._current_frames()
            if self.gui_last_tick is not None and now - self.gui_last_tick() > 0.030:
                self.gui_stuck[_frames(frames.get(self.gui_ident), 8)] += 1
                busy = [f for i, f in frames.items()
                        if i not in (me, self.gui_ident) and f.f_code.co_name not in _IDLE_LEAVES]
                self.busy_while_stuck[len(busy)] += 1
                for f in busy:
                    while f.f_back is not None:
                        f = f.f_back
                    self.busy_tasks[f"{f.f_code.co_filename.rsplit('/', 1)[-1]}:{f.f_code.co_name}"] += 1
            after = _tasks()  # every tick: the window of a late wake-up starts at the previous one
            machine = _machine()
            steal, iowait = machine[0] - machine_before[0], machine[1] - machine_before[1]
            machine_before = machine
            if late <= self.min_ms:
                before = after
                continue
            spent = {tid: (v[0] - before[tid][0], v[1] - before[tid][1], v[2] - before[tid][2])
                     for tid, v in after.items() if tid in before and tid != my_tid}
            before = after
            names.update({t.ident: t.name for t in threading.enumerate()})
            stacks = {("GUI" if i == self.gui_ident else names.get(i, f"thread-{i}")): _frames(f, self.depth)
                      for i, f in frames.items()
                      if i != me and (i == self.gui_ident or f.f_code.co_name not in _IDLE_LEAVES)}
            self.events.append(Late(late, stacks, spent, steal, iowait))
            last = time.perf_counter()

    def report(self, top: int = 10) -> str:
        """The lines busy threads were at when the sampler woke late, by summed lateness."""
        by_line: Counter[str] = Counter()
        count: Counter[str] = Counter()
        worst: dict[str, float] = defaultdict(float)
        example: dict[str, tuple[str, ...]] = {}
        for ev in self.events:
            for name, stack in ev.stacks.items():
                if name != "GUI" and stack:
                    by_line[stack[0]] += ev.late_ms
                    count[stack[0]] += 1
                    worst[stack[0]] = max(worst[stack[0]], ev.late_ms)
                    example.setdefault(stack[0], stack)
        out = [f"sampler woke > {self.min_ms:.0f} ms late: {len(self.events)} times, "
               f"{sum(e.late_ms for e in self.events):.0f} ms in all; busy threads' lines then:"]
        for key, total in by_line.most_common(top):
            out.append(f"  {total:7.0f} ms  n={count[key]:<3} worst {worst[key]:5.0f} ms  {key}")
            out.extend(f"{'':38}<- {line}" for line in example[key][1:])
        out.append("  each late window: lateness: other threads' CPU / queued for a CPU ms / major faults")
        for ev in sorted(self.events, key=lambda e: -e.late_ms)[:12]:
            costs = "; ".join(f"{tid}: {c:.0f}/{q:.0f}/{f:.0f}" for tid, (c, q, f) in ev.threads.items()
                              if tid != self.gui_tid and (c > 0.5 or q > 0.5 or f))
            gui = ev.threads.get(self.gui_tid or -1, (0.0, 0.0, 0.0))
            out.append(f"    {ev.late_ms:5.0f} ms: steal {ev.steal_ms:.0f}, iowait {ev.iowait_ms:.0f}; "
                       f"GUI {gui[0]:.0f}/{gui[1]:.0f}/{gui[2]:.0f}; others {costs or 'none ran or queued'}")
        out.append("  GUI stacks while its loop had not turned for 30 ms (samples):")
        out.extend(f"    n={n:<4} " + " <- ".join(stack[:4]) for stack, n in self.gui_stuck.most_common(6))
        out.append(f"  other threads running Python then (number: samples): {dict(self.busy_while_stuck)}")
        out.extend(f"    n={n:<4} {task}" for task, n in self.busy_tasks.most_common(6))
        return "\n".join(out)
