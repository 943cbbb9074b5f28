"""The commands a wheel installs: ``telusur`` (console) and ``telusur-gui`` (no console window on Windows)."""
from __future__ import annotations

import importlib
import multiprocessing
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

PYPROJECT = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8"))


def _target(spec: str):
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)


def test_the_console_command_and_the_gui_script_are_declared_and_resolve():
    from telusur.cli import gui_main, main

    project = PYPROJECT["project"]
    assert _target(project["scripts"]["telusur"]) is main
    assert _target(project["gui-scripts"]["telusur-gui"]) is gui_main


def test_python_m_telusur_still_runs_the_command(tmp_path):
    for module in ("telusur", "telusur.cli"):
        done = subprocess.run([sys.executable, "-m", module, "--index-dir", str(tmp_path), "folders"],
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 0 and done.stdout == "", done.stderr


def test_importing_the_main_modules_runs_nothing():
    """A spawned worker imports the parent's main module; it must not start the command again."""
    for module in ("telusur.__main__", "telusur.cli.__main__"):
        sys.modules.pop(module, None)
        importlib.import_module(module)  # would SystemExit if the module ran main()


def test_both_entries_let_a_spawned_worker_start_before_reading_arguments(monkeypatch):
    """In a frozen app a worker is the program started with --multiprocessing-fork ...: argparse must not see it."""
    from telusur.cli import gui_main, main

    def worker_start() -> None:  # what freeze_support does in a frozen worker: run the worker, then exit
        if "--multiprocessing-fork" in sys.argv:
            raise SystemExit(0)

    monkeypatch.setattr(multiprocessing, "freeze_support", worker_start)
    monkeypatch.setattr(sys, "argv", ["telusur", "--multiprocessing-fork", "tracker_fd=8", "pipe_handle=10"])
    for entry in (main, gui_main):
        with pytest.raises(SystemExit) as stopped:
            entry()
        assert stopped.value.code == 0  # argparse would have exited 2 on the unknown arguments
