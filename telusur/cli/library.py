"""The library's folders (``telusur remove``, ``telusur folders``) and the app (``telusur gui``)."""
from __future__ import annotations

import argparse
from pathlib import Path

from telusur.cli.errors import CliError, Exit, err
from telusur.cli.output import plural, shown_path
from telusur.index import Library
from telusur.index.paths import normalize_folder, same_folder


def add_remove(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("remove", help="remove a folder from the library (its files are not touched)")
    p.add_argument("folder", type=Path)
    p.set_defaults(run=cmd_remove)


def cmd_remove(library: Library, args: argparse.Namespace) -> int:
    folder = normalize_folder(args.folder)
    if not any(same_folder(folder, listed) for listed in library.folders):
        listed = "; the library's folders: telusur folders" if library.folders else "; the library has no folders"
        raise CliError(f"{args.folder} is not in the library{listed}")
    removed = library.remove_folder(args.folder)
    print(
        f"removed {args.folder} from the library "
        f"({plural(removed, 'document')} dropped from the index; files untouched)"
    )
    return Exit.OK


def add_folders(sub: argparse._SubParsersAction) -> None:
    sub.add_parser("folders", help="list the library's folders").set_defaults(run=cmd_folders)


def cmd_folders(library: Library, args: argparse.Namespace) -> int:
    folders = library.folders
    if not folders:  # said on stderr: standard output stays a plain list (empty) for scripts
        err("the library has no folders yet: add one with telusur index FOLDER")
    for folder in folders:
        print(shown_path(folder))
    return Exit.OK


def add_gui(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gui", help="open the desktop app (the default)")
    p.add_argument("folders", nargs="*", type=Path, help="folders to add to the library first")
    p.add_argument(
        "--self-test", metavar="QUERY",
        help="check an installed app: search QUERY once the index is ready, print what was shown, quit "
        "(exit 0 when found, 1 when not, 3 when nothing was shown in time)",
    )
    p.set_defaults(run=cmd_gui)


def cmd_gui(library: Library, args: argparse.Namespace) -> int:
    from telusur.gui.app import run  # imported here: the CLI must work without a display

    return run(
        index_dir=library.index_dir, folders=[str(f) for f in getattr(args, "folders", [])],
        self_test=getattr(args, "self_test", None),
    )
