"""Where the bundled seed articles are, in a wheel install or a source checkout."""
from __future__ import annotations

import importlib.util
from pathlib import Path


def seeds_dir() -> Path | None:
    """The folder of the seed articles that ship with Telusur, or None if missing.

    ``seeds/`` is installed as the data-only package ``telusur.seeds`` (no
    ``__init__.py``: the folder holds the seed article and nothing else), so
    its location comes from the import system rather than from ``__file__``.
    ``importlib.resources`` would hand out a ``MultiplexedPath`` for such a
    package on Python 3.11; the first run needs a real folder to index, and an
    installed wheel's folder is real.
    """
    try:
        spec = importlib.util.find_spec("telusur.seeds")
    except ModuleNotFoundError:
        spec = None
    candidates = [Path(p) for p in (spec.submodule_search_locations or [])] if spec else []
    # An editable install's import hook cannot resolve a data-only package;
    # there the checkout's own seeds/ is beside the telusur/ folder.
    candidates.append(Path(__file__).resolve().parents[1] / "seeds")
    return next((folder for folder in candidates if folder.is_dir() and any(folder.glob("*.txt"))), None)
