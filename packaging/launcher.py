"""The frozen app's first code: packaging/telusur.spec builds both of its programs from it.

``telusur`` (windowed: no console window on Windows, the app of the macOS
bundle) is the app, taking ``telusur gui``'s arguments; ``telusur-cli`` (a
console program) is the whole ``telusur`` command. One script for both keeps
one analysis and one folder of libraries; the program's own name picks the role.
"""
import multiprocessing
import sys
from pathlib import Path

if __name__ == "__main__":
    # First of all: a spawned indexing worker is this program started again,
    # and must become the worker here instead of opening a second app.
    multiprocessing.freeze_support()
    from telusur.cli import main
    from telusur.entry import gui_main

    entry = main if Path(sys.executable).stem.lower().endswith("-cli") else gui_main
    sys.exit(entry())
