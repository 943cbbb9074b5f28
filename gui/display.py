"""Can a window open here? Checked before Qt starts, because Qt's own answer misleads.

On Linux with no display at all, or with the X11 cursor library missing, Qt's
xcb plugin aborts (exit 134) saying "xcb-cursor0 ... Reinstalling the
application may fix this problem", which sends people the wrong way. These
checks read only the environment and the system's library list, so they run
in a few microseconds and never start Qt.
"""
from __future__ import annotations

import ctypes.util
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

CLI_HINT = (
    "The command line works without a display:\n"
    "  telusur index FOLDER      add a folder of articles and index it\n"
    "  telusur search WORDS      search the index\n"
    "  telusur --help            every command"
)


class DisplayIssue(Enum):
    NO_DISPLAY = "no display"
    NO_XCB_CURSOR = "xcb cursor library missing"


@dataclass(frozen=True)
class DisplayProblem:
    issue: DisplayIssue
    message: str  # plain words for the terminal (English, like the rest of the CLI)


def installed_library(name: str) -> str | None:
    """Where the shared library ``name`` (as in ``-lname``) is: in a frozen app's folder, else the system's.

    A frozen build (packaging/telusur.spec) carries its own libxcb-cursor
    beside Qt, and the loader finds it there first, so a system without the
    package can still open the window.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        found = sorted(Path(bundle).glob(f"lib{name}.so*"))
        if found:
            return str(found[0])
    return ctypes.util.find_library(name)


def display_problem(
    env: Mapping[str, str],
    platform: str = sys.platform,
    find_library: Callable[[str], str | None] = installed_library,
) -> DisplayProblem | None:
    """Why the window cannot open on this machine, or None when it can (as far as we can tell).

    Only Linux with Qt choosing its platform itself is judged: an explicit
    ``QT_QPA_PLATFORM`` (offscreen, wayland, vnc, ...) is the user's call.
    """
    if not platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return None
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return DisplayProblem(
            DisplayIssue.NO_DISPLAY,
            "telusur: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the app's window "
            "cannot open here. Run it on a graphical desktop, or over ssh with X forwarding (ssh -X).\n"
            + CLI_HINT,
        )
    if env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY") and find_library("xcb-cursor") is None:
        return DisplayProblem(
            DisplayIssue.NO_XCB_CURSOR,
            "telusur: the system library libxcb-cursor0, which Qt needs to open a window on X11, is not "
            "installed. Install it with: sudo apt-get install libxcb-cursor0 "
            "(Fedora: xcb-util-cursor; Arch: xcb-util-cursor).\n" + CLI_HINT,
        )
    return None
