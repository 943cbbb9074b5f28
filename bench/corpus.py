"""Where the benchmarks find their articles, and a readable message when they are not there.

The benchmarks read the CLICK-ID news corpus (William & Sari, Data in Brief 32,
2020; CC BY 4.0) as ``clickid-news.jsonl.gz`` with its ``materialize.py``
beside it, by default in ``../shared/corpus/`` next to the project folder. The
path is always an argument: any folder of ``.txt`` articles in Telusur's file
layout works as well. Nothing here ever writes into the input.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SHARED_CORPUS = PROJECT_ROOT / ".." / "shared" / "corpus"
DEFAULT_JSONL = SHARED_CORPUS / "clickid-news.jsonl.gz"
JSONL_NAME = "clickid-news.jsonl.gz"
MATERIALIZE_NAME = "materialize.py"

WHERE_TO_GET = (
    "The benchmarks use the CLICK-ID news corpus (William & Sari, 'CLICK-ID: A novel dataset for "
    "Indonesian clickbait headlines', Data in Brief 32, 2020; CC BY 4.0) as clickid-news.jsonl.gz "
    f"with its {MATERIALIZE_NAME} beside it, by default in {SHARED_CORPUS.resolve()} "
    "(../shared/corpus/ next to the project folder). Put it there, pass its path, "
    "or pass a folder of .txt articles in Telusur's file layout instead."
)


class CorpusError(Exception):
    """The corpus path cannot be used; the message says why and where to get one."""


def is_jsonl(path: Path) -> bool:
    return path.name.endswith(".jsonl.gz")


def check_input(path: Path) -> Path:
    """``path`` itself when it is a usable corpus file or folder of articles."""
    if not path.exists():
        raise CorpusError(f"no corpus at {path}. {WHERE_TO_GET}")
    if path.is_dir():
        return path
    if not is_jsonl(path):
        raise CorpusError(f"{path} is neither a folder of articles nor a .jsonl.gz corpus. {WHERE_TO_GET}")
    script = path.parent / MATERIALIZE_NAME
    if path.name != JSONL_NAME or not script.is_file():
        # The corpus's materialize.py reads only the clickid-news.jsonl.gz beside it.
        raise CorpusError(f"{path} needs {MATERIALIZE_NAME} beside it and the name {JSONL_NAME}. {WHERE_TO_GET}")
    return path


def materialize(jsonl: Path, out_dir: Path, *, limit: int | None = None, quiet: bool = True, fmt: str = "txt",
                saved_complete: bool = False) -> Path:
    """Write the corpus's articles as files (mixed date styles, publisher/month folders) into ``out_dir``.

    ``fmt``: txt, html (saved pages; ``saved_complete`` adds their NAME_files/
    asset folders), jsonl or csv (one data-set file per publisher).
    """
    check_input(jsonl)
    cmd = [sys.executable, str(jsonl.parent / MATERIALIZE_NAME), str(out_dir), "--date-style", "mixed", "--subdirs"]
    if limit:
        cmd += ["--limit", str(limit)]
    if fmt != "txt":
        cmd += ["--format", fmt]
    if saved_complete:
        cmd += ["--saved-complete"]
    subprocess.run(cmd, check=True, capture_output=quiet)
    return out_dir
