"""A file swapped for a named pipe between the walk and the read: skipped at once, never a hang."""
from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from telusur.index.files import FileText, Skipped, read_text, walk_articles


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_in_place_of_a_file_never_blocks(tmp_path: Path) -> None:
    """Between the walk and the read a file is swapped for a FIFO: skipped at once."""
    path = tmp_path / "artikel.txt"
    path.write_text("Judul\n\nisi")
    found, _ = walk_articles(tmp_path)
    path.unlink()
    os.mkfifo(path)
    result: list[FileText | Skipped] = []
    reader = threading.Thread(target=lambda: result.append(read_text(found[0].path)), daemon=True)
    reader.start()
    reader.join(timeout=5)
    if reader.is_alive():  # free the hung reader so the test run can end
        with open(path, "wb"):
            pass
        pytest.fail("read_text blocked on a named pipe")
    assert isinstance(result[0], Skipped) and "not a regular file" in result[0].reason
