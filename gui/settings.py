"""Where the app keeps its preferences (geometry, splitters, last filter).

Always an INI file under the organisation/app name, so tests (and users with
several profiles) can redirect it with ``QSettings.setPath(IniFormat, ...)``.
"""
from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANIZATION = "Telusur"
APPLICATION = "Telusur"


def open_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)
