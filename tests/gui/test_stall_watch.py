"""StallWatch splits a gap into the GUI thread's CPU, its wait for a CPU, and the rest (asleep).

The ticks are driven by hand (no timer, no sleeps): the watch's clocks are set
to a moment in the past and one tick is delivered.
"""
from __future__ import annotations

import time

from telusur.gui.stall_watch import StallWatch


class FakeQueueClock:
    """Seconds spent runnable but waiting for a CPU, as a test sets them."""

    def __init__(self) -> None:
        self.seconds = 10.0

    def __call__(self) -> float:
        return self.seconds


def test_a_gap_records_the_time_spent_waiting_for_a_cpu(qapp) -> None:
    clock = FakeQueueClock()
    watch = StallWatch(run_queue_clock=clock)
    watch._reset()
    watch._last_wall -= 0.120  # the loop last turned 120 ms ago
    clock.seconds += 0.070  # 70 ms of it queued for a CPU
    watch.step = "typing"
    watch._tick()
    [gap] = watch.stalls(50)
    assert gap.during == "typing"
    assert 110 <= gap.wall_ms < 200
    assert abs(gap.queued_ms - 70) < 1e-6
    # the next gap starts from the clock's new reading: nothing queued since
    watch._last_wall -= 0.080
    watch._tick()
    assert watch.gaps[-1].queued_ms == 0


def test_without_a_queue_clock_nothing_is_counted_as_queued(qapp) -> None:
    watch = StallWatch()
    watch._reset()
    watch._last_wall = time.perf_counter() - 0.1
    watch._tick()
    assert watch.gaps and watch.gaps[-1].queued_ms == 0.0
