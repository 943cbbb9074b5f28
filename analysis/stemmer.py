"""The one stemming function the analyzer calls, behind a bounded cache.

Whoosh pickles the analyzer into the index, so the stemmer object must never
live on a filter: it stays here, module-level, reached by import path.
Backends: ``sastrawi`` (default, dictionary based) or ``snowball`` (PyStemmer's
Indonesian Snowball stemmer, no dictionary, permissive licence). Pick one with
the ``TELUSUR_STEMMER`` environment variable (read by ``telusur.settings``; the
entry point calls ``configure``); the choice is part of the index fingerprint,
so switching rebuilds the index. The backend loads on the first word stemmed,
and Sastrawi's ``re`` is sped up then, not at import.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Callable
from functools import lru_cache
from types import ModuleType

from telusur.settings import StemmerBackend, current

from .resources import stem_overrides

BACKENDS = tuple(b.value for b in StemmerBackend)


_compiled = lru_cache(maxsize=1024)(re.compile)


class _QuickRe:
    """The ``re`` functions Sastrawi calls, with the same results, minus two costs.

    Sastrawi passes pattern strings to ``re.match``/``re.sub`` on every call,
    paying ``re._compile``'s Python-level cache lookup each time, and it
    removes a prefix with ``re.sub(root, "", word)``: the root word used as a
    pattern, a new pattern per word that evicts ``re``'s 512-entry cache and is
    compiled afresh. Together ~40 % of its time (profile in bench/PROFILE.md).
    A pattern made only of letters matches itself literally, so ``str.replace``
    gives the same result; anything else goes to the same compiled regex.
    """

    def __getattr__(self, name: str):  # flags, compile, escape...: the real module's
        return getattr(re, name)

    @staticmethod
    def match(pattern, string, flags=0):
        return _compiled(pattern, flags).match(string)

    @staticmethod
    def sub(pattern, repl, string, count=0, flags=0):
        if not flags and isinstance(pattern, str) and pattern.isalpha() and isinstance(repl, str) and "\\" not in repl:
            return string.replace(pattern, repl, count if count > 0 else -1)
        return _compiled(pattern, flags).sub(repl, string, count)


def _speed_up_sastrawi() -> None:
    """Point every loaded Sastrawi module's ``re`` at ``_QuickRe`` (results unchanged: tested)."""
    quick = _QuickRe()
    for name, module in list(sys.modules.items()):
        if name.startswith("Sastrawi") and isinstance(module, ModuleType) and getattr(module, "re", None) is re:
            module.re = quick  # type: ignore[attr-defined]


def _load_backend(name: StemmerBackend, quick_re: bool) -> Callable[[str], str]:
    if name is StemmerBackend.SASTRAWI:
        from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

        # The factory wraps the stemmer in an unbounded cache; take the inner
        # stemmer and bound the cache ourselves (see stem()).
        backend = StemmerFactory().create_stemmer().delegatedStemmer.stem
        if quick_re:  # off (TELUSUR_SASTRAWI_PLAIN_RE=1) for the equivalence test and benchmarks
            _speed_up_sastrawi()
        return backend
    if name is StemmerBackend.SNOWBALL:
        import Stemmer  # PyStemmer

        return Stemmer.Stemmer("indonesian").stemWord
    return lambda word: word


_choice: tuple[StemmerBackend, bool] | None = None  # (backend, quick re), once configured


def configure(name: StemmerBackend, *, quick_re: bool = True) -> None:
    """Use backend ``name`` from the next word on (``telusur.startup.start`` calls this)."""
    global _choice, _backend
    if _choice == (name, quick_re):
        return
    if _choice is not None and _choice[0] is not name:  # another stemmer: what it knew no longer holds
        stem.cache_clear()
        _known.clear()
        _fresh.clear()
    _choice = (name, quick_re)
    _backend = _load_on_first_word


def backend() -> StemmerBackend:
    """The configured backend (from the settings when no entry point configured one)."""
    if _choice is None:
        configure(current().stemmer, quick_re=current().sastrawi_quick_re)
    assert _choice is not None
    return _choice[0]


def _load_on_first_word(word: str) -> str:
    """Load the backend, then stand aside: later words go straight to it."""
    global _backend
    name = backend()
    assert _choice is not None
    _backend = _load_backend(name, _choice[1])
    return _backend(word)


_backend: Callable[[str], str] = _load_on_first_word
_overrides = stem_overrides()

# What the backend has answered, word -> root: the knowledge that is worth
# persisting with an index (``stem_cache.py``), since the backend is the slow
# part (Sastrawi: ~0.3-1.4 ms a first-seen word). Overrides and words with
# digits never reach the backend and are not kept. Bounded so an archive with
# millions of distinct words (names, typos) cannot grow it without end.
MAX_KNOWN = 1 << 20
_known: dict[str, str] = {}
# The part of ``_known`` this process computed itself (not taught), so a
# worker process can hand exactly its new knowledge back to its parent.
_fresh: dict[str, str] = {}


def _backend_root(word: str) -> str:
    root = _known.get(word)
    if root is not None:
        return root
    root = _backend(word)
    # Sastrawi returns "" or several words for inputs it cannot handle.
    if not root or " " in root or len(root) < 2:
        root = word
    if len(_known) < MAX_KNOWN:
        _known[word] = root
        _fresh[word] = root
    return root


@lru_cache(maxsize=1 << 18)
def stem(word: str) -> str:
    """Root of one lowercased word; words with digits and odd results pass through."""
    term = _overrides.get(word)
    if term is not None:
        return term
    if not word.isalpha():
        return word
    return _backend_root(word)


def known_stems() -> dict[str, str]:
    """A copy of everything the backend has answered in (or been taught by) this process."""
    return dict(_known)


def take_fresh_stems() -> dict[str, str]:
    """The stems this process computed since the last call (then forgets which they were)."""
    global _fresh
    fresh, _fresh = _fresh, {}
    return fresh


def teach_stems(table: dict[str, str]) -> int:
    """Add stems learnt elsewhere (a saved file, a worker process); returns how many were new.

    The caller vouches that ``table`` came from this same stemmer (the same
    analysis fingerprint), so results stay exactly what the backend would say.
    """
    added = 0
    for word, root in table.items():
        if len(_known) >= MAX_KNOWN:
            break
        if word not in _known:
            _known[word] = root
            added += 1
    return added
