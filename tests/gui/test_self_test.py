"""``telusur gui --self-test QUERY``: what the frozen app's smoke test (.ci/frozen) relies on."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from telusur.gui.self_test import SelfTest, SelfTestOutcome
from telusur.index import Library

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture
def translator(qapp):
    """The Indonesian catalogue installed as the app's start-up installs it."""
    from telusur.gui.translations import install_translator

    installed = install_translator(qapp, "id")
    assert installed is not None
    yield
    qapp.removeTranslator(installed)


def _window(qtbot, tmp_path: Path, settings: QSettings, lang: str):
    """A window not yet shown, so the self-test sees its first run from the start."""
    from telusur.gui.main_window import MainWindow

    window = MainWindow(Library(tmp_path / "index"), settings=settings, lang=lang, seeds_dir=SEEDS, watch=False)
    qtbot.addWidget(window)
    return window


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_fresh_profile_indexes_the_seed_finds_the_query_and_closes(
    qtbot, tmp_path, isolated_settings, translator, lang, capsys
):
    window = _window(qtbot, tmp_path, isolated_settings, lang)
    test = SelfTest(window, "fotovoltaik")
    window.show()
    qtbot.waitUntil(lambda: test.report is not None, timeout=30000)
    report = test.report
    assert test.outcome is SelfTestOutcome.FOUND
    assert (report.language, report.platform, report.translated, report.rendered) == (lang, "offscreen", True, True)
    assert report.documents == 1 and report.rows == 1
    assert report.first == "Xi Jinping Adakan Pembicaraan Dengan Presiden Kazakhstan"
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    printed = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert printed["outcome"] == "found" and printed["rows"] == 1 and printed["language"] == lang


def test_a_query_with_no_hits_is_not_found(qtbot, tmp_path, isolated_settings):
    window = _window(qtbot, tmp_path, isolated_settings, "en")
    test = SelfTest(window, "zzqxv")
    window.show()
    qtbot.waitUntil(lambda: test.report is not None, timeout=30000)
    assert test.report.rows == 0 and test.report.first is None
    assert test.outcome is SelfTestOutcome.NOT_FOUND


def test_a_missing_catalogue_fails_the_indonesian_self_test(qtbot, tmp_path, isolated_settings):
    """A frozen app without gui/i18n/*.qm shows English to an Indonesian user: that is a failure."""
    window = _window(qtbot, tmp_path, isolated_settings, "id")
    test = SelfTest(window, "fotovoltaik")
    window.show()
    qtbot.waitUntil(lambda: test.report is not None, timeout=30000)
    assert test.report.rows == 1 and not test.report.translated
    assert test.outcome is SelfTestOutcome.NOT_FOUND


def test_no_answer_in_time_is_timed_out(qtbot, make_window, capsys):
    """Started after the window is ready and idle, the test never gets its cue: the deadline ends it."""
    window = make_window()
    test = SelfTest(window, "fotovoltaik", timeout_ms=50)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
    assert test.report is None and test.outcome is SelfTestOutcome.TIMED_OUT
    assert json.loads(capsys.readouterr().out.strip()) == {"query": "fotovoltaik", "outcome": "timed_out"}


def test_the_command_passes_self_test_to_the_app(monkeypatch, tmp_path):
    from telusur.cli import main
    from telusur.entry import gui_main
    from telusur.gui import app

    calls = []
    monkeypatch.setattr(app, "run", lambda **kwargs: calls.append(kwargs) or 7)
    assert main(["gui", "--self-test", "banjir", "--index-dir", str(tmp_path), str(tmp_path / "a")]) == 7
    # The gui-scripts entry (telusur-gui; the frozen windowed program) takes telusur gui's arguments.
    assert gui_main(["--index-dir", str(tmp_path), str(tmp_path / "b")]) == 7
    assert calls == [
        {"index_dir": tmp_path, "folders": [str(tmp_path / "a")], "self_test": "banjir"},
        {"index_dir": tmp_path, "folders": [str(tmp_path / "b")], "self_test": None},
    ]


def test_python_m_telusur_self_test_on_a_fresh_profile_exits_0(tmp_path):
    """The whole path the frozen smoke test takes, from the command line (offscreen, own HOME and XDG dirs)."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "TELUSUR_INDEX_DIR")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    done = subprocess.run([sys.executable, "-m", "telusur", "gui", "--self-test", "fotovoltaik",
                           "--index-dir", str(tmp_path / "index")],
                          env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == SelfTestOutcome.FOUND, done.stdout + done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["outcome"] == "found" and report["first"].startswith("Xi Jinping")
    assert "Traceback" not in done.stderr


def test_a_frozen_app_uses_its_own_xcb_cursor_library(tmp_path, monkeypatch):
    """The frozen folder carries libxcb-cursor: a system without the package still opens the window."""
    import ctypes.util

    from telusur.gui import display

    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)  # the system has none
    assert display.display_problem({"DISPLAY": ":0"}, "linux").issue is display.DisplayIssue.NO_XCB_CURSOR
    (tmp_path / "libxcb-cursor.so.0").write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert display.installed_library("xcb-cursor") == str(tmp_path / "libxcb-cursor.so.0")
    assert display.display_problem({"DISPLAY": ":0"}, "linux") is None
