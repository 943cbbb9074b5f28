"""Telusur's settings from the environment: read once, at start, into one record.

Seven ``TELUSUR_*`` variables used to be read in five modules, some at import
(a bad ``TELUSUR_STEMMER`` raised during ``import``). Now the entry points
(the CLI's and the app's ``main``, a worker process's start, the tests'
conftest) call ``telusur.startup.start()``, which reads and validates them
here once; code below asks ``current()``. Every layer may import this module:
it imports nothing of Telusur's.
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

DEFAULT_LOCK_TIMEOUT_S = 10.0


class StemmerBackend(StrEnum):
    """The stemmer (``TELUSUR_STEMMER``); part of the index fingerprint, so switching rebuilds."""

    SASTRAWI = "sastrawi"  # dictionary based, the default
    SNOWBALL = "snowball"  # PyStemmer's Indonesian Snowball: no dictionary
    NONE = "none"  # words as written


class SettingsError(ValueError):
    """A setting that cannot be used; ``str()`` says which and what it may be."""


@dataclass(frozen=True)
class Settings:
    """Everything Telusur takes from the environment."""

    stemmer: StemmerBackend = StemmerBackend.SASTRAWI  # TELUSUR_STEMMER
    sastrawi_quick_re: bool = True  # TELUSUR_SASTRAWI_PLAIN_RE=1 turns the speed-up off (equivalence test)
    workers: int | None = None  # TELUSUR_WORKERS: indexing processes; None: by CPU count
    lock_timeout_s: float = DEFAULT_LOCK_TIMEOUT_S  # TELUSUR_LOCK_TIMEOUT: bounded wait for a writer
    index_dir: Path | None = None  # TELUSUR_INDEX_DIR: None: the user's data folder
    fsync: bool = True  # TELUSUR_FSYNC=0 skips fsync at commit (tests, measuring its cost)
    lang: str = ""  # TELUSUR_LANG: the interface language, '' = chosen from the menu or system

    @classmethod
    def from_environ(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        name = env.get("TELUSUR_STEMMER", "").strip().lower() or StemmerBackend.SASTRAWI.value
        if name not in StemmerBackend.__members__.values():
            choices = ", ".join(b.value for b in StemmerBackend)
            raise SettingsError(f"TELUSUR_STEMMER must be one of {choices}, not {name!r}")
        workers = env.get("TELUSUR_WORKERS", "").strip()
        try:  # an unreadable timeout keeps the default, as before
            timeout = max(0.0, float(env.get("TELUSUR_LOCK_TIMEOUT", DEFAULT_LOCK_TIMEOUT_S)))
        except ValueError:
            timeout = DEFAULT_LOCK_TIMEOUT_S
        index_dir = env.get("TELUSUR_INDEX_DIR")
        return cls(
            stemmer=StemmerBackend(name),
            sastrawi_quick_re=env.get("TELUSUR_SASTRAWI_PLAIN_RE") != "1",
            workers=int(workers) if workers.isdigit() else None,
            lock_timeout_s=timeout,
            index_dir=Path(index_dir) if index_dir else None,
            fsync=env.get("TELUSUR_FSYNC", "1") != "0",
            lang=env.get("TELUSUR_LANG", "").strip().lower(),
        )

    def but(self, **changes: object) -> Settings:
        """A copy with ``changes`` (tests: ``use(current().but(workers=2))``)."""
        return replace(self, **changes)  # type: ignore[arg-type]


_current: Settings | None = None


def current() -> Settings:
    """The settings of this process (read from the environment on first use if no entry point did)."""
    global _current
    if _current is None:
        _current = Settings.from_environ()
    return _current


def use(settings: Settings) -> Settings:
    """Make ``settings`` this process's; returns the ones they replace."""
    global _current
    previous = current()
    _current = settings
    return previous
