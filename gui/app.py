"""Starting the desktop app: display check, QApplication, language, library, main window."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from telusur.index import Library

from .display import display_problem
from .main_window import MainWindow
from .pyside_refcount import make_singletons_immortal
from .settings import APPLICATION, ORGANIZATION, open_settings
from .translations import LANGUAGE_KEY, choose_language, install_translator


def create_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused when one exists, e.g. under pytest-qt)."""
    make_singletons_immortal()  # before any view asks a model for data (gui/pyside_refcount.py)
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    return app  # type: ignore[return-value]


def build_window(
    index_dir: Path | None = None, folders: list[str] | None = None, lang: str | None = None
) -> MainWindow:
    """The main window over the library at ``index_dir``, translator installed."""
    app = create_app()
    settings = open_settings()
    lang = lang or choose_language(saved=settings.value(LANGUAGE_KEY))
    install_translator(app, lang)
    library = Library(index_dir)
    return MainWindow(library, settings=settings, lang=lang, start_folders=folders or [])


def run(index_dir: Path | None = None, folders: list[str] | None = None, self_test: str | None = None) -> int:
    """Open the main window and run until it closes; returns the exit code (1: no window possible).

    ``self_test``: a query to search once the index is ready, then quit (see self_test.py).
    """
    if QApplication.instance() is None:
        problem = display_problem(os.environ)
        if problem is not None:
            print(problem.message, file=sys.stderr)
            return 1
    app = create_app()
    app.setApplicationDisplayName("Telusur")
    window = build_window(index_dir, folders)
    test = None
    if self_test is not None:
        from .self_test import SelfTest  # only a self-test needs it

        test = SelfTest(window, self_test)
    window.show()
    code = app.exec()
    # Work queued after the window closed (the related articles of a preview that
    # arrived late) ends before Python does: at exit its searcher is closed under it.
    window.shutdown()
    return int(test.outcome) if test is not None else code
