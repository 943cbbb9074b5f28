"""Work around a PySide6 6.12 reference-count bug on CPython < 3.12.

When C++ calls a Python override that returns ``None`` (``QAbstractItemModel.data``
for a role the model does not provide, some event paths), PySide6 6.12 drops one
reference to ``None`` too many. Views call ``data()`` thousands of times a
second, so after a few minutes of use ``None``'s count reaches zero and the
interpreter aborts with "none_dealloc: deallocating None" (measured: -1 per
``index.data(FontRole)`` call; see tests/gui/test_model_and_safety.py).

CPython 3.12 made ``None``/``True``/``False`` immortal, which hides the bug; on
3.11 we do the same by hand: give the three singletons a reference count no
session can exhaust. They are never freed anyway, so nothing leaks. Applied by
an explicit call when the app starts (``gui.app.create_app``) and by the GUI
tests' conftest, not at import.
"""
from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40
_applied = False


def make_singletons_immortal() -> None:
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += _HEADROOM
    _applied = True
