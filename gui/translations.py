"""Interface translations: English source strings, Indonesian shipped as ``i18n/telusur_id.qm``.

Regenerate after changing strings::

    .venv/bin/pyside6-lupdate gui/*.py -ts gui/i18n/telusur_id.ts -no-obsolete
    .venv/bin/python gui/i18n/fill_id.py        # puts the Indonesian texts in
    .venv/bin/pyside6-lrelease gui/i18n/telusur_id.ts -qm gui/i18n/telusur_id.qm
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

HERE = Path(__file__).resolve().parent / "i18n"


def choose_language(locale: QLocale | None = None) -> str:
    """'id' when the system (or TELUSUR_LANG) is Indonesian, else 'en'."""
    forced = os.environ.get("TELUSUR_LANG", "").strip().lower()
    if forced:
        return "id" if forced.startswith("id") else "en"
    locale = locale or QLocale.system()
    return "id" if locale.language() == QLocale.Language.Indonesian else "en"


def install_translator(app: QCoreApplication, lang: str) -> QTranslator | None:
    """Load the Indonesian catalogue for 'id'; English needs none (the source strings)."""
    if lang != "id":
        return None
    translator = QTranslator(app)
    if not translator.load(str(HERE / "telusur_id.qm")):
        return None
    app.installTranslator(translator)
    return translator
