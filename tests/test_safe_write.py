"""analysis/safe_write.py: the one writer of every file Telusur writes (issues 24, 26.3, 28.7, 29.3)."""
from __future__ import annotations

import errno
import os
import stat
import threading
from pathlib import Path

import pytest

from telusur.analysis import safe_write
from telusur.analysis.safe_write import FileInUseError, TargetKind, target_kind, write_atomic, write_bytes_atomic


def _leftovers(folder: Path) -> list[str]:
    return sorted(n for n in os.listdir(folder) if n.endswith(safe_write.TEMP_SUFFIX))


def test_a_new_file_and_a_replaced_one_leave_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    write_bytes_atomic(target, b"one")
    write_bytes_atomic(target, b"two")
    assert target.read_bytes() == b"two" and _leftovers(tmp_path) == []


def test_own_files_are_private_exports_get_a_new_file_s_mode_and_keep_an_existing_one(tmp_path: Path) -> None:
    write_bytes_atomic(tmp_path / "own", b"x")
    assert stat.S_IMODE((tmp_path / "own").stat().st_mode) == 0o600
    plain = tmp_path / "plain"
    plain.write_bytes(b"x")
    write_bytes_atomic(tmp_path / "export.csv", b"x", shared=True)
    assert stat.S_IMODE((tmp_path / "export.csv").stat().st_mode) == stat.S_IMODE(plain.stat().st_mode)
    os.chmod(tmp_path / "export.csv", 0o640)
    write_bytes_atomic(tmp_path / "export.csv", b"y", shared=True)
    assert stat.S_IMODE((tmp_path / "export.csv").stat().st_mode) == 0o640


def test_a_failed_fill_keeps_the_old_file_and_removes_the_temporary_one(tmp_path: Path) -> None:
    target = tmp_path / "keep.csv"
    target.write_bytes(b"old")

    def fails(handle) -> None:
        handle.write(b"half")
        raise ValueError("stop")

    with pytest.raises(ValueError):
        write_atomic(target, fails)
    assert target.read_bytes() == b"old" and _leftovers(tmp_path) == []


@pytest.mark.parametrize("name", ["a" * 251 + ".csv", "é" * 125 + ".csvx", "berita-" + "界" * 81 + ".json"])
def test_a_name_at_the_255_byte_limit_is_written(tmp_path: Path, name: str) -> None:
    """Issue 29.3: the temporary NAME.part was 5 bytes longer than a valid 255-byte name."""
    assert len(os.fsencode(name)) <= 255
    for _ in range(3):
        temp = safe_write.temp_name(name)
        assert len(os.fsencode(temp)) <= 255 and temp.startswith(".")
    write_bytes_atomic(tmp_path / name, b"ok")
    assert (tmp_path / name).read_bytes() == b"ok"


def test_errors_name_the_target_never_the_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "hasil.csv"
    with pytest.raises(FileNotFoundError) as caught:
        write_bytes_atomic(target, b"x")
    assert caught.value.filename == str(target)
    with pytest.raises(IsADirectoryError) as folder:
        write_bytes_atomic(tmp_path, b"x")
    assert folder.value.filename == str(tmp_path)


def test_a_fifo_is_written_through_and_stays_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipa"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    write_bytes_atomic(fifo, b"lewat pipa")
    reader.join(10)
    assert got == [b"lewat pipa"]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_symlink_is_written_through_and_stays_a_symlink(tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_bytes(b"old")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    write_bytes_atomic(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"


def _device(tmp_path: Path, name: str, minor: int) -> Path:
    """A private copy of /dev/null (minor 3) or /dev/full (minor 7): a test that fails must
    never replace the system's own device (as the old export did, as root)."""
    node = tmp_path / name
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, minor))
    except (PermissionError, AttributeError, OSError):
        pytest.skip("creating a device node needs root")
    return node


def test_devices_are_written_through_and_write_errors_are_raised(tmp_path: Path) -> None:
    """Issue 26.3: -o /dev/null replaced the device as root; -o /dev/full reported success."""
    null = _device(tmp_path, "null", 3)
    assert target_kind(null) is TargetKind.THROUGH
    before = os.lstat(null)
    write_bytes_atomic(null, b"x" * 100)
    after = os.lstat(null)
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino
    full = _device(tmp_path, "full", 7)
    with pytest.raises(OSError) as caught:
        write_bytes_atomic(full, b"x" * 100_000)
    assert caught.value.errno == errno.ENOSPC and caught.value.filename == str(full)
    assert stat.S_ISCHR(os.lstat(full).st_mode)


def test_full_fsync_is_used_where_the_system_has_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """macOS: plain fsync stops at the drive's cache; F_FULLFSYNC (as SQLite uses) reaches the disk."""
    import fcntl

    calls: list[str] = []
    monkeypatch.setattr(fcntl, "F_FULLFSYNC", 51, raising=False)
    monkeypatch.setattr(fcntl, "fcntl", lambda fd, op, *a: calls.append(f"fcntl {op}"))
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (calls.append("fsync"), real_fsync(fd)))
    write_bytes_atomic(tmp_path / "x", b"x")
    assert calls[0] == "fcntl 51" and "fsync" not in calls[:1]

    def unsupported(fd, op, *a):
        raise OSError(errno.ENOTSUP, "not supported")

    calls.clear()
    monkeypatch.setattr(fcntl, "fcntl", unsupported)
    write_bytes_atomic(tmp_path / "x", b"y")
    assert calls and calls[0] == "fsync"  # the fallback


def test_a_file_held_open_briefly_is_replaced_after_retries(tmp_path: Path, windows_rules) -> None:
    target = tmp_path / "library.json"
    target.write_bytes(b"old")
    with windows_rules.held_briefly(target, pauses=3):
        write_bytes_atomic(target, b"new")
    assert target.read_bytes() == b"new" and _leftovers(tmp_path) == []
    assert len(windows_rules.pauses) == 3


def test_a_file_held_open_for_good_is_a_clear_error_and_nothing_changes(tmp_path: Path, windows_rules) -> None:
    target = tmp_path / "hasil.csv"
    target.write_bytes(b"old")
    with open(target, "rb"), pytest.raises(FileInUseError) as caught:  # Excel has it open
        write_bytes_atomic(target, b"new")
    assert caught.value.filename == str(target) and "open in another program" in caught.value.strerror
    assert sum(windows_rules.pauses) >= safe_write.IN_USE_RETRY_S  # bounded: the budget, then the error
    assert target.read_bytes() == b"old" and _leftovers(tmp_path) == []


def test_no_folder_fsync_where_a_folder_cannot_be_opened(tmp_path: Path, windows_rules) -> None:
    assert safe_write.fsync_dir(tmp_path) is False
    write_bytes_atomic(tmp_path / "x", b"x")  # still writes
    assert (tmp_path / "x").read_bytes() == b"x"


def test_stale_temporary_copies_are_removed_and_others_are_not(tmp_path: Path) -> None:
    target = tmp_path / "library.json"
    stale = tmp_path / safe_write.temp_name(target.name)
    stale.write_bytes(b"killed writer")
    old = os.path.getmtime(stale) - 2 * safe_write.STALE_TEMP_S
    os.utime(stale, (old, old))
    mine = tmp_path / ".library.json.backup"
    mine.write_bytes(b"the user's")
    os.utime(mine, (old, old))
    write_bytes_atomic(target, b"{}", clean_stale=True)
    assert not stale.exists() and mine.exists()
