"""GUI test set-up: offscreen Qt, a temporary index and temporary QSettings per test."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import importlib
import pkgutil
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from telusur.gui.pyside_refcount import make_singletons_immortal
from telusur.index import Library

make_singletons_immortal()  # as gui.app.create_app does, for tests that build views without it

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> QSettings:
    """Every test writes its preferences into tmp_path, never the user's."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    from telusur.gui.settings import open_settings

    settings = open_settings()
    assert str(tmp_path) in settings.fileName()
    return settings


@pytest.fixture
def make_window(qtbot, tmp_path: Path, isolated_settings: QSettings) -> Callable:
    """Build a shown MainWindow over a temporary index and wait until it is open."""
    from telusur.gui.main_window import MainWindow

    windows = []

    def factory(seeds: bool = True, lang: str = "en", watch: bool = False, index_dir: Path | None = None,
                settings: QSettings | None = None):
        library = Library(index_dir or tmp_path / "index")
        window = MainWindow(
            library, settings=settings or isolated_settings, lang=lang, seeds_dir=SEEDS if seeds else None, watch=watch
        )
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.ready, timeout=10000):
            window.show()
        qtbot.waitUntil(lambda: not window.sync_queue.busy, timeout=20000)
        windows.append(window)
        return window

    yield factory
    for window in windows:
        window.close()


class Gate:
    """Holds a background sync inside its file loop until the test lets it go.

    Patches ``read_text`` wherever an index module imported it, so the gate
    keeps working when the file reading moves between index modules.
    """

    def __init__(self, monkeypatch, after: int = 2) -> None:
        import telusur.index as index_package
        from telusur.index import files

        self.release = threading.Event()
        self.reached = threading.Event()
        self.calls = 0
        real = files.read_text

        def gated(path):
            self.calls += 1
            if self.calls > after:
                self.reached.set()
                self.release.wait(20)
            return real(path)

        patched = 0
        for info in pkgutil.iter_modules(index_package.__path__):
            module = importlib.import_module(f"telusur.index.{info.name}")
            if getattr(module, "read_text", None) is real:
                monkeypatch.setattr(module, "read_text", gated)
                patched += 1
        assert patched, "no index module reads files through read_text any more"


@pytest.fixture
def gate(monkeypatch) -> Callable[..., Gate]:
    gates: list[Gate] = []

    def factory(after: int = 2) -> Gate:
        g = Gate(monkeypatch, after)
        gates.append(g)
        return g

    yield factory
    for g in gates:
        g.release.set()


@pytest.fixture
def indonesian(qapp):
    """The Indonesian catalogue installed, as `telusur` does under LANG=C.UTF-8."""
    from telusur.gui.translations import install_translator

    translator = install_translator(qapp, "id")
    assert translator is not None, "gui/i18n/telusur_id.qm is missing; run pyside6-lrelease"
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def app_title(qapp):
    """The application name gui/app.py sets, so title bars read "… — Telusur"."""
    name = qapp.applicationDisplayName()
    qapp.setApplicationDisplayName("Telusur")
    yield
    qapp.setApplicationDisplayName(name)
