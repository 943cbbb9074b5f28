"""Which files are articles, which folders are a saved page's assets, and the
source a file's folder names.

A browser's "Save page, complete" writes ``NAME.html`` plus a folder of its
assets. Chrome and Firefox call it ``NAME_files`` in English and in most
locales; localised builds also write the names in ``ASSET_FOLDER_SUFFIXES``.
A folder counts as assets only when a page of the same NAME sits beside it,
so a user's own folder called ``kompas_files`` is still read.
"""
from __future__ import annotations

import os
from collections.abc import Iterable

from .record import Format

SUFFIX_FORMATS: dict[str, Format] = {
    ".txt": Format.TXT,
    ".md": Format.MD,
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".xhtml": Format.HTML,
    ".mhtml": Format.MHTML,
    ".mht": Format.MHTML,
    ".pdf": Format.PDF,
    ".docx": Format.DOCX,
    ".odt": Format.ODT,
    ".epub": Format.EPUB,
    ".rtf": Format.RTF,
    ".jpg": Format.IMAGE,
    ".jpeg": Format.IMAGE,
    ".png": Format.IMAGE,
    ".tif": Format.IMAGE,
    ".tiff": Format.IMAGE,
    ".jsonl": Format.JSONL,
    ".ndjson": Format.JSONL,
    ".json": Format.JSON,
    ".csv": Format.CSV,
}
ARTICLE_SUFFIXES = tuple(SUFFIX_FORMATS)

# "_files" (Chrome, Firefox, Edge, Safari; English and most locales), then the
# localised names browsers are known to write.
ASSET_FOLDER_SUFFIXES = (
    "_files",
    "-Dateien",  # German
    "_archivos",  # Spanish
    "_fichiers",  # French
    "_arquivos",  # Portuguese
    "_file",  # Italian
    "_bestanden",  # Dutch
    "-filer",  # Danish, Norwegian
    "_pliki",  # Polish
)
_PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")


def article_kind(path: str) -> Format | None:
    """The format of an article file by its name, or None when it is not one."""
    name = os.path.basename(path)
    if name.startswith("."):
        return None
    return SUFFIX_FORMATS.get(os.path.splitext(name)[1].lower())


def is_asset_folder(dirname: str, sibling_files: Iterable[str]) -> bool:
    """True when ``dirname`` is the asset folder of a saved page among ``sibling_files``.

    ``sibling_files`` are the file names in the same parent folder (as
    ``os.walk`` gives them). Nothing inside an asset folder is an article.
    """
    lowered = dirname.lower()
    for suffix in ASSET_FOLDER_SUFFIXES:
        if lowered.endswith(suffix.lower()) and len(dirname) > len(suffix):
            stem = dirname[: -len(suffix)].lower()
            pages = {stem + page_suffix for page_suffix in _PAGE_SUFFIXES}
            if any(name.lower() in pages for name in sibling_files):
                return True
    return False


def prune_asset_folders(dirnames: list[str], filenames: Iterable[str]) -> list[str]:
    """``dirnames`` without the saved pages' asset folders, for ``os.walk`` loops."""
    names = list(filenames)
    return [d for d in dirnames if not is_asset_folder(d, names)]


def source_from_folder(path: str, library_folder: str) -> str | None:
    """The first folder below ``library_folder`` that holds ``path``, or None.

    Archives are commonly kept by outlet (``kompas/2019-09/x.txt`` -> "kompas");
    this is the source of articles whose file names none.
    """
    try:
        rel = os.path.relpath(os.path.abspath(path), os.path.abspath(library_folder))
    except ValueError:  # another drive on Windows
        return None
    parts = rel.split(os.sep)
    if len(parts) < 2 or parts[0] in (os.curdir, os.pardir) or not parts[0]:
        return None
    return parts[0]
