"""Crash safety: SIGKILL an indexer mid-build and mid-sync, then recover."""
from __future__ import annotations

import pytest
from rel_crash import CrashBench

TRIALS_PER_KIND = 12  # 24 kills in all, fixed seeds


@pytest.fixture(scope="module")
def bench(tmp_path_factory: pytest.TempPathFactory) -> CrashBench:
    return CrashBench(tmp_path_factory.mktemp("crash"), count=200)


@pytest.mark.parametrize("kind", ["full", "incremental"])
def test_sigkill_during_sync_leaves_a_usable_index(bench: CrashBench, kind: str) -> None:
    """Each kill leaves an openable, searchable index that the next sync fixes exactly."""
    results = [bench.trial(kind, seed) for seed in range(TRIALS_PER_KIND)]
    killed = [r for r in results if r.killed]
    # The kill moments fall inside the sync: most trials must really interrupt it.
    assert len(killed) >= TRIALS_PER_KIND // 2, [(r.delay_s, r.killed) for r in results]
    assert all(r.state != "mixed" for r in results), "one sync is one commit: no mix of generations"
