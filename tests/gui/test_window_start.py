"""Starting the window: display problems named, a real X11 window under Xvfb."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

# ---------------------------------------------------------------- opening a window at all

def test_display_problem_names_the_real_cause():
    from telusur.gui.display import DisplayIssue, display_problem

    def missing(_name: str) -> None:
        return None

    def present(name: str) -> str:
        return f"lib{name}.so.0"

    none = display_problem({}, "linux", present)
    assert none is not None and none.issue is DisplayIssue.NO_DISPLAY
    assert "no display found" in none.message and "telusur search" in none.message
    assert "Reinstalling" not in none.message
    cursor = display_problem({"DISPLAY": ":0"}, "linux", missing)
    assert cursor is not None and cursor.issue is DisplayIssue.NO_XCB_CURSOR
    assert "libxcb-cursor0" in cursor.message and "apt-get install" in cursor.message
    assert display_problem({"DISPLAY": ":0"}, "linux", present) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux", missing) is None  # not the xcb plugin
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", missing) is None  # the user's explicit choice
    assert display_problem({}, "win32", missing) is None


def _env_without_display(tmp_path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(TELUSUR_INDEX_DIR=str(tmp_path / "index"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    return env


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the X11/Wayland check is Linux's")
def test_telusur_without_a_display_says_so_and_points_to_the_command_line(tmp_path):
    done = subprocess.run([sys.executable, "-m", "telusur"], env=_env_without_display(tmp_path),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1, done.stderr
    assert "no display found" in done.stderr and "telusur search" in done.stderr
    assert "xcb-cursor0" not in done.stderr and "Reinstalling" not in done.stderr
    assert "Traceback" not in done.stderr


XVFB_SCRIPT = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from telusur.gui import app as gui_app

build = gui_app.build_window

def build_and_check(*args, **kwargs):
    window = build(*args, **kwargs)
    asked = []

    def poll():
        if window.indexing.opening_done and not window.sync_queue.busy and window.indexing.doc_count and not asked:
            asked.append(True)
            window.search_input.setText("fotovoltaik")
            window.search.search_now()

    def shown(_generation):
        app = QApplication.instance()
        print("PLATFORM", app.platformName(), "VISIBLE", window.isVisible(), "EXPOSED",
              window.windowHandle().isExposed(), "ROWS", window.model.rowCount(), "LANG", window.lang, flush=True)
        window.close()

    timer = QTimer(window)
    timer.timeout.connect(poll)
    timer.start(100)
    window.resultsShown.connect(shown)
    QTimer.singleShot(60000, lambda: QApplication.instance().exit(3))
    return window

gui_app.build_window = build_and_check
sys.exit(gui_app.run())
"""


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed")
def test_the_app_opens_a_real_x11_window_under_xvfb_and_finds_the_seed(tmp_path):
    """The README's first command on a desktop: Qt picks its platform itself (xcb), the seeds index."""
    env = {k: v for k, v in _env_without_display(tmp_path).items()
           if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "TELUSUR_LANG")}
    env["LANG"] = "C.UTF-8"  # the usual container default: no language chosen, so Indonesian
    done = subprocess.run(["xvfb-run", "-a", sys.executable, "-c", XVFB_SCRIPT], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "PLATFORM xcb VISIBLE True EXPOSED True ROWS 1 LANG id" in done.stdout, done.stdout + done.stderr
