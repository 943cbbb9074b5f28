"""The operating system's reasons for a skipped file, translated."""
from __future__ import annotations


def test_os_reasons_for_a_skipped_file_are_translated(qtbot, indonesian):
    """A broken link was skipped as "tidak dapat dibaca: No such file or directory"."""
    import errno
    import os

    from telusur.gui.core_messages import core_text
    from telusur.index import CoreMessage, SkipReason
    from telusur.index.messages import os_reason

    def reason(number: int) -> str:
        return core_text(CoreMessage(SkipReason.CANNOT_READ, error=os_reason(OSError(number, os.strerror(number)))))

    assert reason(errno.ENOENT) == "tidak dapat dibaca: berkas atau folder tidak ada"
    assert reason(errno.EACCES) == "tidak dapat dibaca: izin ditolak"
    # A reason without a code keeps the system's words.
    assert core_text(CoreMessage(SkipReason.CANNOT_READ, error="something new")) == "tidak dapat dibaca: something new"
