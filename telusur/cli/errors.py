"""Exit codes and the plain error messages every command ends with.

Its own module so that each command module can raise ``CliError`` without
importing the package that assembles them (no import cycle).
"""
from __future__ import annotations

import sys
from enum import IntEnum


class Exit(IntEnum):
    """The command's exit codes (README: "Command line")."""

    OK = 0
    ERROR = 1  # folders, a busy index, files that cannot be read
    USAGE = 2  # a query, date or command line that cannot be read
    INTERRUPTED = 130  # Ctrl+C, as shells report SIGINT


EXIT_OK, EXIT_ERROR, EXIT_USAGE = Exit.OK, Exit.ERROR, Exit.USAGE


class CliError(Exception):
    """A plain message for stderr and the exit code to end with."""

    def __init__(self, message: str, code: Exit = Exit.ERROR) -> None:
        super().__init__(message)
        self.code = code


def err(message: str) -> None:
    """One message line on stderr; file names in it cannot forge lines or send escapes."""
    from telusur.searcher.printable import printable

    print(f"telusur: {printable(message)}", file=sys.stderr)
