"""``telusur gui --self-test QUERY``: the installed app shows that it works, then quits.

Made for packaged builds (the frozen app, ``.ci/frozen``): unit tests run from
the checkout, so only a run of the installed program proves that Qt's platform
plugin, the interface catalogue, the stemmer's dictionary and the bundled seed
all load from the installed files. The window opens as usual; once the index is
open and no sync is queued (on a fresh profile: the seeds are indexed), QUERY
is searched as if typed, and when its first page is in the list the window is
rendered, one JSON line is printed and the window closes. The exit code says
how it went, so it reads the same where there is no console (Windows' windowed
program): see ``SelfTestOutcome``.
"""
from __future__ import annotations

import json
import sys
from dataclasses import asdict, dataclass
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from .main_window import MainWindow

TIMEOUT_MS = 180_000  # a fresh profile indexes one seed article; minutes mean something hangs
# A string of the main window's catalogue: translated when the Indonesian catalogue loaded.
PROBE_CONTEXT, PROBE_SOURCE = "MainWindow", "Add archive folder…"


class SelfTestOutcome(IntEnum):
    """The program's exit code after a self-test."""

    FOUND = 0  # the query found articles, shown in a rendered window, in the chosen language
    NOT_FOUND = 1  # the answer was shown but had no hits, or the catalogue did not load
    TIMED_OUT = 3  # no answer was shown within TIMEOUT_MS


@dataclass(frozen=True)
class SelfTestReport:
    """What the self-test saw, printed as one JSON line."""

    query: str
    platform: str  # Qt's platform plugin: offscreen, xcb, wayland, windows, cocoa
    language: str
    translated: bool  # the interface speaks ``language`` (English needs no catalogue)
    documents: int  # articles in the index when the query ran
    rows: int  # hits on the first page
    first: str | None  # the first hit's headline
    rendered: bool  # the window drew itself into an image of its size

    @property
    def outcome(self) -> SelfTestOutcome:
        found = self.rows > 0 and self.translated and self.rendered
        return SelfTestOutcome.FOUND if found else SelfTestOutcome.NOT_FOUND


class SelfTest(QObject):
    """Drives one window through the self-test; ``outcome`` is the exit code to end with."""

    def __init__(self, window: MainWindow, query: str, *, timeout_ms: int = TIMEOUT_MS) -> None:
        super().__init__(window)
        self.window = window
        self.query = query
        self.report: SelfTestReport | None = None
        self.outcome = SelfTestOutcome.TIMED_OUT
        self._asked = False
        window.ready.connect(self._search_when_idle)
        window.sync_queue.idle.connect(self._search_when_idle)
        window.resultsShown.connect(self._shown)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._give_up)
        self._deadline.start(timeout_ms)

    def _search_when_idle(self) -> None:
        window = self.window
        if self._asked or not window.indexing.opening_done or window.sync_queue.busy:
            return
        self._asked = True
        window.search_input.setText(self.query)
        window.search.search_now()

    def _shown(self, generation: int) -> None:
        window = self.window
        request = window.search.request
        if not self._asked or self.report is not None or request is None or request.text != self.query:
            return
        if generation != window.runner.generation:
            return  # an older answer; the one for the query is on its way
        model = window.model
        translated = window.lang == "en" or QCoreApplication.translate(PROBE_CONTEXT, PROBE_SOURCE) != PROBE_SOURCE
        image = window.grab()
        self.report = SelfTestReport(
            query=self.query,
            platform=QApplication.platformName(),
            language=window.lang,
            translated=translated,
            documents=window.indexing.doc_count or 0,
            rows=model.rowCount(),
            first=model.row(0).headline if model.rowCount() else None,
            rendered=not image.isNull() and image.size() == window.size(),
        )
        self.outcome = self.report.outcome
        self._print(json.dumps(asdict(self.report) | {"outcome": self.outcome.name.lower()}))
        self._finish()

    def _give_up(self) -> None:
        if self.report is None:
            self._print(json.dumps({"query": self.query, "outcome": SelfTestOutcome.TIMED_OUT.name.lower()}))
            self._finish()

    def _finish(self) -> None:
        self._deadline.stop()
        self.window.close()  # saves the settings and stops the workers as a user's close does

    @staticmethod
    def _print(line: str) -> None:
        # A windowed program on Windows has no stdout: the exit code alone tells.
        if sys.stdout is not None:
            print(line, flush=True)
