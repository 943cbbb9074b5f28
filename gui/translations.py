"""Interface translations: English source strings, Indonesian shipped as ``i18n/telusur_id.qm``.

The catalogue is looked up by context = the class whose ``self.tr`` made the
string, so moving a ``tr`` call to another class needs the three steps below
(fill_id.py keys its texts by source string only, so new contexts fill in).
Regenerate after changing strings::

    .venv/bin/pyside6-lupdate gui/*.py -ts gui/i18n/telusur_id.ts -no-obsolete
    .venv/bin/python gui/i18n/fill_id.py        # puts the Indonesian texts in
    .venv/bin/pyside6-lrelease gui/i18n/telusur_id.ts -qm gui/i18n/telusur_id.qm
"""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from telusur import settings

HERE = Path(__file__).resolve().parent / "i18n"
_PLACEHOLDER = re.compile(r"%([1-9])")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Mark ``source`` for translation in ``context`` and return it untranslated.

    PySide6's own is typed as returning ``object``; this one keeps ``str`` for
    mypy. pyside6-lupdate finds calls by this name in any file.
    """
    return source


def with_args(template: str, *values: object) -> str:
    """Put ``values`` into the ``%1``..``%9`` of an already translated ``template``.

    PySide6 has no ``QString.arg``; the strings keep Qt's ``%1`` form so
    translators can reorder them. Written as one pass so a value that itself
    contains ``%2`` (a folder name, an error message) is never substituted again.
    Use it as ``with_args(self.tr("Cannot index %1: %2."), folder, problem)`` so
    pyside6-lupdate still sees the ``self.tr`` call and its context.
    """

    def value(match: re.Match[str]) -> str:
        i = int(match.group(1)) - 1
        return str(values[i]) if i < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


LANGUAGES = ("id", "en")  # the interfaces Telusur has; Indonesian is the source of truth for users
LANGUAGE_KEY = "ui/language"  # settings key the Language menu writes


def choose_language(locale: QLocale | None = None, saved: object = None) -> str:
    """The interface language: TELUSUR_LANG, else the Language menu's choice, else the system's.

    Telusur is made for Indonesian readers, so Indonesian is the default: only
    a system locale that is explicitly English gives English. ``LANG=C.UTF-8``
    (the usual default in containers and minimal installs) is no choice at
    all, and neither is a language the app does not have.
    """
    forced = settings.current().lang  # TELUSUR_LANG
    if forced:
        return "en" if forced.startswith("en") else "id"
    if isinstance(saved, str) and saved in LANGUAGES:
        return saved
    locale = locale or QLocale.system()
    return "en" if locale.language() == QLocale.Language.English else "id"


def install_translator(app: QCoreApplication, lang: str) -> QTranslator | None:
    """Load the Indonesian catalogue for 'id'; English needs none (the source strings)."""
    if lang != "id":
        return None
    translator = QTranslator(app)
    if not translator.load(str(HERE / "telusur_id.qm")):
        return None
    app.installTranslator(translator)
    return translator
