"""The commands a wheel installs: ``telusur`` (console) and ``telusur-gui`` (no console window on Windows)."""
from __future__ import annotations

import importlib
import multiprocessing
import runpy
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
LAUNCHER = ROOT / "packaging" / "launcher.py"  # the frozen app's first code


def _target(spec: str):
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)


def test_the_console_command_and_the_gui_script_are_declared_and_resolve():
    from telusur.cli import main
    from telusur.entry import gui_main

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


def test_a_spawned_worker_starts_before_any_argument_is_read(monkeypatch):
    """In a frozen app a worker is the program started again with --multiprocessing-fork ...:
    the launcher and the gui-scripts entry hand it to freeze_support before argparse could refuse it."""
    from telusur.entry import gui_main

    def worker_start() -> None:  # what freeze_support does in a frozen worker: run the worker, then exit
        if "--multiprocessing-fork" in sys.argv:
            raise SystemExit(0)

    monkeypatch.setattr(multiprocessing, "freeze_support", worker_start)
    worker_argv = ["--multiprocessing-fork", "tracker_fd=8", "pipe_handle=10"]
    for program in ("telusur", "telusur-cli"):  # the launcher picks the app or the command by its name
        monkeypatch.setattr(sys, "argv", [program, *worker_argv])
        monkeypatch.setattr(sys, "executable", str(Path("dist", "telusur", program)))
        with pytest.raises(SystemExit) as stopped:
            runpy.run_path(str(LAUNCHER), run_name="__main__")
        assert stopped.value.code == 0  # argparse would have exited 2 on the unknown arguments
    with pytest.raises(SystemExit) as stopped:
        gui_main()
    assert stopped.value.code == 0


def test_the_launcher_runs_the_app_or_the_command_by_the_program_name(monkeypatch):
    from telusur import cli, entry

    ran = []
    monkeypatch.setattr(cli, "main", lambda argv=None: ran.append(("main", argv)) or 0)
    monkeypatch.setattr(entry, "gui_main", lambda argv=None: ran.append(("gui_main", argv)) or 0)
    for program in ("telusur", "telusur-cli", "telusur.exe", "telusur-cli.exe"):
        monkeypatch.setattr(sys, "argv", [program, "folders"])
        monkeypatch.setattr(sys, "executable", str(Path("dist", "telusur", program)))
        with pytest.raises(SystemExit):
            runpy.run_path(str(LAUNCHER), run_name="__main__")
    assert [name for name, _ in ran] == ["gui_main", "main", "gui_main", "main"]
