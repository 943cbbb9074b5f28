"""The ``telusur`` command: index folders, search from a terminal, or open the app.

Shaped like sqlite-utils' cli.py, split for size: each sub-command declares
its arguments beside the function that runs it (one module per group of
commands), calls the library (or the search engine), and reports through
``CliError``; ``main`` maps library errors to plain messages on stderr and
exit codes, so no traceback reaches the user. The app (``telusur.gui``) is
imported only when it is opened: the command line works without a display.
"""
from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable

from telusur.cli import index_cmds, output, related_export, saved, search, synonyms
from telusur.cli import library as library_cmds
from telusur.cli.errors import EXIT_ERROR, EXIT_OK, EXIT_USAGE, CliError, Exit, err
from telusur.cli.library import cmd_gui
from telusur.cli.options import index_dir_everywhere
from telusur.index import IndexBusyError, IndexDamagedError, IndexDirError, Library
from telusur.index.saved_searches import SavedSearchError
from telusur.settings import SettingsError
from telusur.startup import start

__all__ = ["EXIT_ERROR", "EXIT_OK", "EXIT_USAGE", "CliError", "Exit", "build_parser", "main"]

Command = Callable[[Library, argparse.Namespace], int]

# The sub-commands in the order `telusur --help` lists them.
SUBCOMMANDS = (
    index_cmds.add_index, search.add_search, index_cmds.add_check, library_cmds.add_remove, library_cmds.add_folders,
    synonyms.add_synonyms, library_cmds.add_gui, related_export.add_related, related_export.add_export, saved.add_watch,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="telusur", description="Full-text search for Indonesian news archives.")
    sub = parser.add_subparsers(dest="command")
    for add in SUBCOMMANDS:
        add(sub)
    index_dir_everywhere(parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    output.never_fail_to_encode()
    try:
        start()  # TELUSUR_* read once, here; the stemmer configured
    except SettingsError as error:
        err(str(error))
        return Exit.USAGE
    args = build_parser().parse_args(argv)
    library = Library(getattr(args, "index_dir", None))
    command: Command = getattr(args, "run", cmd_gui)  # no sub-command: the app
    try:
        if command is not cmd_gui and (problem := library.library_problem):
            err(f"{problem}; treating the library as empty (the file is kept as library.json.invalid when changed)")
        code = command(library, args)
        sys.stdout.flush()  # a reader that went away (| head) is met here, not at interpreter exit
        return code
    except BrokenPipeError:
        return _reader_gone()
    except CliError as error:
        err(str(error))
        return error.code
    except (IndexBusyError, IndexDirError, IndexDamagedError, SavedSearchError) as error:
        err(str(error))
        return Exit.ERROR
    except KeyboardInterrupt:
        err("interrupted; the index keeps its last complete state")
        return Exit.INTERRUPTED
    except OSError as error:
        err(f"{error.strerror or error}: {error.filename or ''}".rstrip(": "))
        return Exit.ERROR


def _reader_gone() -> int:
    """The output's reader closed it (``telusur search x | head -1``): stop quietly, as Unix tools do.

    Standard output is pointed at the null device so the interpreter's own
    final flush does not fail again (the recipe in Python's signal docs).
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real file descriptor (an embedding host): nothing to flush into
        pass
    return Exit.OK
