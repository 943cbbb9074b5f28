"""``python -m telusur.cli``: the same as the ``telusur`` command."""
import multiprocessing
import sys

from telusur.cli import main

if __name__ == "__main__":  # not when a spawned worker re-imports the main module
    multiprocessing.freeze_support()  # a frozen build's spawned worker starts here
    sys.exit(main())
