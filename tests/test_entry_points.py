"""The commands a wheel installs: ``telusur`` (console) and ``telusur-gui`` (no console window on Windows)."""
from __future__ import annotations

import importlib
import subprocess
import sys
import tomllib
from pathlib import Path

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
