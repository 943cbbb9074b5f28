"""Settings read once at start, and no patch applied by an import (issue 28, item 5)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from telusur.settings import DEFAULT_LOCK_TIMEOUT_S, Settings, SettingsError, StemmerBackend

ROOT = Path(__file__).resolve().parents[1]


def test_defaults_and_each_variable() -> None:
    assert Settings.from_environ({}) == Settings()
    env = {"TELUSUR_STEMMER": " Snowball ", "TELUSUR_SASTRAWI_PLAIN_RE": "1", "TELUSUR_WORKERS": "3",
           "TELUSUR_LOCK_TIMEOUT": "2.5", "TELUSUR_INDEX_DIR": "/tmp/ix", "TELUSUR_FSYNC": "0", "TELUSUR_LANG": "EN"}
    assert Settings.from_environ(env) == Settings(StemmerBackend.SNOWBALL, False, 3, 2.5, Path("/tmp/ix"), False, "en")


def test_unreadable_numbers_keep_their_defaults() -> None:
    loose = Settings.from_environ({"TELUSUR_WORKERS": "many", "TELUSUR_LOCK_TIMEOUT": "soon"})
    assert loose.workers is None and loose.lock_timeout_s == DEFAULT_LOCK_TIMEOUT_S
    assert Settings.from_environ({"TELUSUR_LOCK_TIMEOUT": "-4"}).lock_timeout_s == 0.0


def test_an_unknown_stemmer_is_a_readable_error() -> None:
    with pytest.raises(SettingsError, match="TELUSUR_STEMMER must be one of sastrawi, snowball, none, not 'porter'"):
        Settings.from_environ({"TELUSUR_STEMMER": "porter"})


def _python(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env})


def test_the_cli_says_what_is_wrong_with_a_setting() -> None:
    proc = _python("import sys; from telusur.cli import main; sys.exit(main(['search', 'banjir']))",
                   TELUSUR_STEMMER="porter")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.strip() == "telusur: TELUSUR_STEMMER must be one of sastrawi, snowball, none, not 'porter'"


def test_importing_patches_nothing_and_start_does() -> None:
    """Import every layer: Sastrawi keeps its own ``re`` until the entry point's start() and a first word."""
    code = """
import re, sys
import telusur.analysis, telusur.index, telusur.searcher, telusur.gui.results_model, telusur.gui.main_window
from telusur.analysis import stemmer
import telusur.gui.pyside_refcount as fix
print(fix._applied, any(n.startswith("Sastrawi") for n in sys.modules))
from telusur.startup import start
start()
stemmer.stem("menangkap")
module = sys.modules["Sastrawi.Stemmer.Context.Visitor.AbstractDisambiguatePrefixRule"]
print(module.re is not re, stemmer.backend().value)
"""
    proc = _python(code, TELUSUR_STEMMER="sastrawi")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["False", "False", "True", "sastrawi"]


def test_start_takes_the_settings_it_is_given() -> None:
    code = """
from telusur import settings
from telusur.startup import start
from telusur.analysis import stem, stemmer
start(settings.Settings(stemmer=settings.StemmerBackend.NONE, workers=1))
print(settings.current().workers, stemmer.backend().value, stem("menangkap"))
"""
    proc = _python(code, TELUSUR_STEMMER="sastrawi", TELUSUR_WORKERS="4")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["1", "none", "menangkap"]
