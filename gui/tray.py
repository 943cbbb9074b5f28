"""An optional desktop notification when a watched folder brings new articles to saved searches.

Off by default (``notify/tray`` in the settings, the checkable
``trayNotifyAction``). Only syncs the folder watcher started count: the user
who pressed "Reindex" is looking at the app already. The badges recounted
after such a sync are compared with the ones before it; a saved search whose
new-article count grew is named in the message. Where the desktop has no
system tray the action is disabled and its tooltip says why.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QObject, QSettings, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QStyle, QSystemTrayIcon, QWidget

from .saved_searches import Badge
from .translations import with_args
from .workers import SyncJob

SETTING = "notify/tray"
MESSAGE_MS = 10000
MAX_LINES = 4  # searches named in one message; the rest are counted


@dataclass(frozen=True)
class Arrival:
    """A saved search whose badge grew: ``added`` more new articles, ``new`` in all."""

    name: str
    added: int
    new: int


@dataclass(frozen=True)
class TrayMessage:
    title: str
    body: str
    search: str | None = None  # the one saved search it is about (a click opens it), or None


def arrivals(before: Mapping[str, int], badges: Sequence[Badge]) -> list[Arrival]:
    """The saved searches whose new-article count grew since ``before`` (name -> count), most first."""
    grown = [Arrival(b.search.name, b.new - before.get(b.search.name, 0), b.new)
             for b in badges if b.new > before.get(b.search.name, 0)]
    return sorted(grown, key=lambda a: (-a.added, a.name))


class TrayNotifier(QObject):
    """Owns ``trayNotifyAction`` and the tray icon; ``on_*`` slots take the sync and badge news."""

    notified = Signal(object)  # TrayMessage, once shown (tests wait on it)
    openRequested = Signal(str)  # the saved search named in a clicked message

    def __init__(
        self,
        settings: QSettings,
        window: QWidget,
        *,
        tray_available: Callable[[], bool] | None = None,  # default: QSystemTrayIcon.isSystemTrayAvailable
        show: Callable[[TrayMessage], None] | None = None,
    ) -> None:
        super().__init__(window)
        self.settings, self.window = settings, window
        self._show = show or self._show_in_tray
        self._tray: QSystemTrayIcon | None = None
        self._before: dict[str, int] | None = None  # badges last counted (None: not yet)
        self._armed = False  # a watcher's sync committed since the last count
        self._last: TrayMessage | None = None  # the message on show (a click opens its search)
        self.available = bool((tray_available or QSystemTrayIcon.isSystemTrayAvailable)())
        self.action = QAction(self.tr("Notify me of new articles in saved searches"), window)
        self.action.setObjectName("trayNotifyAction")
        self.action.setCheckable(True)
        if self.available:
            self.action.setToolTip(self.tr(
                "Show a desktop notification when a watched folder brings new articles to a saved search"))
            self.action.setChecked(_as_bool(settings.value(SETTING, False)))
        else:
            self.action.setEnabled(False)
            self.action.setChecked(False)
            self.action.setToolTip(self.tr(
                "This desktop has no system tray, so Telusur cannot show notifications here"))
        self.action.toggled.connect(self._on_toggled)

    @property
    def enabled(self) -> bool:
        return self.available and self.action.isChecked()

    # -- slots ----------------------------------------------------------------------
    def on_sync_finished(self, job: SyncJob, _outcome: object) -> None:
        if job.from_watcher:
            self._armed = True

    def on_badges(self, badges: list[Badge]) -> None:
        """Badges recounted: after a watcher's sync, tell of the searches that gained articles."""
        before, self._before = self._before, {b.search.name: b.new for b in badges}
        armed, self._armed = self._armed, False
        if not armed or before is None or not self.enabled:
            return
        message = self.message_for(arrivals(before, badges))
        if message is not None:
            self._show(message)
            self.notified.emit(message)

    # -- what it says ------------------------------------------------------------------
    def message_for(self, grown: Sequence[Arrival]) -> TrayMessage | None:
        if not grown:
            return None
        locale = self.window.locale() if isinstance(self.window, QWidget) else QLocale()
        title = self.tr("New articles in saved searches")
        if len(grown) == 1:
            one = grown[0]
            if one.added == 1:
                body = with_args(self.tr("1 new article for “%1”"), one.name)
            else:
                body = with_args(self.tr("%1 new articles for “%2”"), locale.toString(one.added), one.name)
            return TrayMessage(title, body, one.name)
        lines = [with_args(self.tr("%1: %2 new"), a.name, locale.toString(a.added)) for a in grown[:MAX_LINES]]
        if len(grown) > MAX_LINES:
            lines.append(with_args(self.tr("and %1 more saved searches"), locale.toString(len(grown) - MAX_LINES)))
        return TrayMessage(title, "\n".join(lines))

    # -- the tray itself -------------------------------------------------------------------
    def _on_toggled(self, on: bool) -> None:
        self.settings.setValue(SETTING, on)
        if not on and self._tray is not None:
            self._tray.hide()

    def _show_in_tray(self, message: TrayMessage) -> None:
        if self._tray is None:
            icon = self.window.windowIcon()
            if icon.isNull():
                icon = self.window.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView)
            self._tray = QSystemTrayIcon(QIcon(icon), self)
            self._tray.setToolTip("Telusur")
            self._tray.messageClicked.connect(self._on_clicked)
        self._last = message
        self._tray.show()
        self._tray.showMessage(message.title, message.body, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)

    def _on_clicked(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        if self._last is not None and self._last.search:
            self.openRequested.emit(self._last.search)


def _as_bool(value: object) -> bool:
    """QSettings gives "true"/"false" strings back from INI files."""
    return value is True or (isinstance(value, str) and value.lower() == "true")
