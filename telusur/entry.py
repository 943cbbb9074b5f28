"""``telusur-gui``: the app without a terminal (the wheel's gui-scripts entry, the frozen ``telusur``).

Windows starts a gui-scripts entry, like a windowed frozen program, with no
console window behind the app, and so with no terminal for sub-commands: the
arguments are always those of ``telusur gui`` (folders dropped on the
program's icon arrive as arguments). The ``telusur`` command stays
``telusur.cli.main``.
"""
from __future__ import annotations

import multiprocessing
import sys


def gui_main(argv: list[str] | None = None) -> int:
    """Open the app: ``telusur-gui [--index-dir DIR] [FOLDER...]``."""
    # A frozen build starts its spawned indexing workers as this same program;
    # this turns such a start into the worker (a no-op when not frozen).
    multiprocessing.freeze_support()
    from telusur.cli import main

    return main(["gui", *(sys.argv[1:] if argv is None else argv)])
