"""The preview pane: the whole selected article, every match highlighted, match stepping.

The browser shows only HTML Telusur built from escaped text, never follows links
and never loads a resource, so an article quoting ``<img src=http://…>`` stays text.
"""
from __future__ import annotations

import os
from collections.abc import Iterator

from PySide6.QtCore import QThreadPool, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QDesktopServices,
    QGuiApplication,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from telusur.index import display_path
from telusur.searcher import ArticleView, MatchTerms, headline_marked, highlight_chunks, marked_html
from telusur.searcher.highlight import HEADLINE_MAX_CHARS

from .date_display import format_datetime
from .markdown_text import is_markdown, marked_line, paragraph_html
from .richtext import MARK_BG, escape, qt_html
from .scanview import ScanView
from .translations import with_args
from .workers import PreviewPieces, PreviewTask

# Articles up to this many characters are shown at once, on the GUI thread;
# longer ones show their start at once and the rest as a worker marks it
# (a 9 MB article froze the window for 31 s when marked in one go).
PREVIEW_AT_ONCE_CHARS = 100_000
# HTML is handed to the browser in batches of about this size.
PREVIEW_BATCH_CHARS = 200_000
# The preview lays out at most this much of an article, then says it is cut:
# Qt's layout of a 9 MB one-line article took 60 s (1 M characters: ~2 s).
PREVIEW_MAX_CHARS = 1_000_000


class SafeTextBrowser(QTextBrowser):
    """A QTextBrowser that fetches nothing: no links followed, no images loaded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, type_: int, name: QUrl | str) -> None:  # noqa: N802 - Qt API
        return None


def article_parts(
    article: ArticleView, match: MatchTerms, lang: str, *, limit: int | None = None, cut_note: str = ""
) -> Iterator[str]:
    """Headline, source, date, file (and record), link and body paragraphs as escaped HTML
    with highlights, piece by piece.

    A lazy generator: each paragraph (a runaway one in pieces cut at line or
    word breaks) is marked only when it is asked for. A Markdown article gets
    its emphasis and headings, applied to the escaped text (``markdown_text``),
    so its signs never show and its text never acts.
    """
    markdown = is_markdown(article.path)
    headline = marked_line(headline_marked(article.headline, match), markdown=markdown)
    yield f"<h2>{qt_html(headline)}</h2>"
    when = format_datetime(article.date, has_time=article.has_time, lang=lang)
    where = display_path(article.path) + (f" #{article.record}" if article.record is not None else "")
    meta = " · ".join(escape(p) for p in (article.source or "", when, where, article.url or "") if p)
    yield f'<p style="color:#666666;">{meta}</p>'
    # A runaway headline (a file without line breaks) is shown cut short above, in full here.
    rest = [article.headline] if len(article.headline) > HEADLINE_MAX_CHARS else []
    body = article.body
    cut = limit is not None and len(body) > limit
    if cut:
        assert limit is not None
        end = body.rfind(" ", 0, limit)
        body = body[: end if end > limit // 2 else limit]
    for para in rest + body.split("\n\n"):
        if not para.strip():
            continue
        for piece in highlight_chunks(para.strip(), match):
            marked = marked_html(piece).replace("\n", "<br/>")
            yield qt_html(paragraph_html(marked) if markdown else f"<p>{marked}</p>")
    if cut and cut_note:
        yield f'<p style="color:#666666;"><i>{escape(cut_note)}</i></p>'



def article_html(article: ArticleView, match: MatchTerms, lang: str) -> str:
    """The whole article as HTML (see ``article_parts``)."""
    return "\n".join(article_parts(article, match, lang))


def batches(parts: Iterator[str], size: int = PREVIEW_BATCH_CHARS) -> Iterator[str]:
    """Join HTML pieces into batches of about ``size`` characters."""
    batch: list[str] = []
    length = 0
    for part in parts:
        batch.append(part)
        length += len(part)
        if length >= size:
            yield "\n".join(batch)
            batch, length = [], 0
    if batch:
        yield "\n".join(batch)


class PreviewPanel(QWidget):
    """Browser plus a small bar: previous/next match, open file, show in folder."""

    message = Signal(str)  # a problem to show the user (e.g. the file is gone)

    def __init__(self, parent: QWidget | None = None, lang: str = "id") -> None:
        super().__init__(parent)
        self.lang = lang
        self.path: str | None = None  # the original file
        self.key: str | None = None  # the article's key (a data set's records share a path)
        self.url: str | None = None  # the article's own link, when known
        self._matches: list[tuple[int, int]] = []
        self._current = -1
        # Which article the preview worker's pieces belong to; a newer one drops older pieces.
        self._ticket = 0
        self._pieces = PreviewPieces(self)
        self._pieces.piece.connect(self._append_piece)
        self.loading = False  # the rest of a long article is still being marked

        self.browser = SafeTextBrowser(self)
        self.browser.setObjectName("previewPane")
        self.browser.setAccessibleName(self.tr("Article preview"))
        self.browser.setPlaceholderText(self.tr("Select a result to read the article here."))

        self.prev_button = QToolButton(self)
        self.prev_button.setObjectName("previousMatch")
        # Arrows only: the words are in the tooltip and the accessible name. With "◀ Sebelumnya" and
        # "Berikutnya ▶" the Indonesian bar was so wide that the default 1100 px window stacked the
        # results over the preview, leaving room for one and a half results.
        self.prev_button.setText("◀")
        self.prev_button.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.prev_button.setShortcut("Shift+F3")
        self.prev_button.clicked.connect(self.previous_match)
        self.next_button = QToolButton(self)
        self.next_button.setObjectName("nextMatch")
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Next match (F3)"))
        self.next_button.setShortcut("F3")
        self.next_button.clicked.connect(self.next_match)
        self.match_label = QLabel(self)
        self.match_label.setObjectName("matchLabel")
        self.open_button = QToolButton(self)
        self.open_button.setObjectName("openFile")
        self.open_button.setText(self.tr("Open file"))
        self.open_button.clicked.connect(self.open_file)
        self.folder_button = QToolButton(self)
        self.folder_button.setObjectName("showInFolder")
        self.folder_button.setText(self.tr("Show in folder"))
        self.folder_button.clicked.connect(self.show_in_folder)
        self.open_link_action = QAction(self.tr("Open link"), self)
        self.open_link_action.setObjectName("openLinkAction")
        self.open_link_action.setToolTip(self.tr("Open the article's web page in the browser"))
        self.open_link_action.triggered.connect(self.open_link)
        self.link_button = QToolButton(self)
        self.link_button.setObjectName("openLink")
        self.link_button.setDefaultAction(self.open_link_action)
        for button, name in (
            (self.prev_button, self.tr("Previous match")),
            (self.next_button, self.tr("Next match")),
            (self.open_button, self.tr("Open the original file")),
            (self.folder_button, self.tr("Show the file in its folder")),
            (self.link_button, self.tr("Open the article's web page")),
        ):
            button.setAccessibleName(name)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.match_label)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.link_button)
        bar.addWidget(self.folder_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        # A scanned clipping's picture beside its OCR text (hidden for other formats).
        self.scan = ScanView(self)
        self.split = QSplitter(self)
        self.split.addWidget(self.browser)
        self.split.addWidget(self.scan)
        layout.addWidget(self.split)
        self.clear()

    # -- content -----------------------------------------------------------------
    def clear(self) -> None:
        self._ticket += 1
        self.loading = False
        self.path = self.key = self.url = None
        self.browser.clear()
        self.scan.show_file(None)
        self._matches, self._current = [], -1
        self._update_controls()

    def show_article(self, article: ArticleView | None, match: MatchTerms) -> None:
        if article is None:
            self.clear()
            self.browser.setHtml("<p>" + escape(self.tr("This article is no longer in the index.")) + "</p>")
            return
        self._ticket += 1
        self.path, self.key = article.path, article.key or article.path
        # Only web links: a data set's "url" could name any scheme a desktop handler would run.
        self.url = article.url if (article.url or "").lower().startswith(("http://", "https://")) else None
        self.scan.show_file(article.path if article.format == "image" and os.path.isfile(article.path) else None)
        if len(article.headline) + len(article.body) <= PREVIEW_AT_ONCE_CHARS:
            self.loading = False
            self.browser.setHtml(article_html(article, match, self.lang))
            self._show_matches()
            return
        # A long article: its first batch now, the rest marked by a worker and appended,
        # up to PREVIEW_MAX_CHARS (then a note says it is cut).
        note = with_args(self.tr("The preview shows the first %1 of %2 characters; open the file to read it all."),
                         f"{PREVIEW_MAX_CHARS:,}", f"{len(article.body):,}")
        pieces = batches(article_parts(article, match, self.lang, limit=PREVIEW_MAX_CHARS, cut_note=note))
        self.browser.setHtml(next(pieces, ""))
        self.loading = True
        self._show_matches()
        QThreadPool.globalInstance().start(PreviewTask(pieces, self._ticket, lambda: self._ticket, self._pieces))

    def _show_matches(self) -> None:
        self._matches = self._find_matches(self.browser.document())
        self._current = -1
        if self._matches:
            self.next_match()
            # The first match is marked, but the article opens at its top: scrolled to a match far
            # down, the headline and source line were out of sight. Next (F3) goes to the match.
            self.browser.verticalScrollBar().setValue(0)
        else:
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        self._update_controls()

    def _append_piece(self, ticket: int, html: str, last: bool) -> None:
        """One more batch of a long article, from the worker (dropped if the article changed)."""
        if ticket != self._ticket:
            return
        doc = self.browser.document()
        if html:
            cursor = QTextCursor(doc)
            cursor.movePosition(QTextCursor.MoveOperation.End)
            first_new = cursor.block()
            start = cursor.position()
            cursor.insertHtml(html)
            # Only the new blocks are scanned: rescanning a 9 MB document per batch stalled the GUI.
            new = [m for m in self._find_matches(doc, doc.findBlock(start) or first_new) if m[0] >= start]
            self._matches.extend(new)
        if last:
            self.loading = False
        self._update_controls()

    @staticmethod
    def _find_matches(doc: QTextDocument, first: QTextBlock | None = None) -> list[tuple[int, int]]:
        """(position, length) of every highlighted fragment from ``first`` on, in document order."""
        wanted = QColor(MARK_BG)
        found: list[tuple[int, int]] = []
        block = first if first is not None and first.isValid() else doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                if frag.isValid() and frag.charFormat().background().color() == wanted:
                    if found and found[-1][0] + found[-1][1] == frag.position():
                        found[-1] = (found[-1][0], found[-1][1] + frag.length())
                    else:
                        found.append((frag.position(), frag.length()))
                it += 1
            block = block.next()
        return found

    @property
    def match_count(self) -> int:
        return len(self._matches)

    @property
    def current_match(self) -> int:
        return self._current

    def next_match(self) -> None:
        if self._matches:
            self._go((self._current + 1) % len(self._matches))

    def previous_match(self) -> None:
        if self._matches:
            self._go((self._current - 1) % len(self._matches))

    def _go(self, i: int) -> None:
        self._current = i
        pos, length = self._matches[i]
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(pos)
        cursor.setPosition(pos + length, QTextCursor.MoveMode.KeepAnchor)
        extra = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#ff9632"))
        extra.format = fmt
        extra.cursor = cursor
        self.browser.setExtraSelections([extra])
        plain = QTextCursor(cursor)
        plain.clearSelection()
        self.browser.setTextCursor(plain)
        self.browser.ensureCursorVisible()
        self._update_controls()

    def _update_controls(self) -> None:
        has = bool(self._matches)
        self.prev_button.setEnabled(has)
        self.next_button.setEnabled(has)
        self.open_button.setEnabled(self.path is not None)
        self.folder_button.setEnabled(self.path is not None)
        self.open_link_action.setEnabled(bool(self.url))
        if has:
            # "3/28" between the arrows, the sentence for tooltips and screen readers: "Kecocokan 3 dari 28"
            # was cut to "Kecocokan" in a preview pane at its narrowest.
            words = with_args(self.tr("Match %1 of %2"), self._current + 1, len(self._matches))
            self.match_label.setText(f"{self._current + 1}/{len(self._matches)}")
            self.match_label.setToolTip(words)
            self.match_label.setAccessibleName(words)
        else:
            self.match_label.setText("")
            self.match_label.setToolTip("")
            self.match_label.setAccessibleName("")

    # -- actions -------------------------------------------------------------------
    def open_file(self) -> None:
        if self.path and self._exists(self.path) and not QDesktopServices.openUrl(QUrl.fromLocalFile(self.path)):
            self.message.emit(with_args(
                self.tr("No program could open %1. Open it from your file manager, "
                        "or install a program for this kind of file."), self.path))

    def open_link(self) -> None:
        """The article's own web page (saved pages, MHTML and data sets often know it)."""
        if self.url and not QDesktopServices.openUrl(QUrl(self.url)):
            QGuiApplication.clipboard().setText(self.url)  # so the reader can paste it into a browser
            self.message.emit(with_args(
                self.tr("No web browser could open %1. The link is copied: paste it into a browser."), self.url))

    def show_in_folder(self) -> None:
        if self.path and self._exists(self.path):
            folder = os.path.dirname(self.path)
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(folder)):
                self.message.emit(with_args(self.tr("No file manager could show %1."), folder))

    def _exists(self, path: str) -> bool:
        if os.path.exists(path):
            return True
        self.message.emit(
            with_args(
                self.tr("The file %1 no longer exists. Reindex its folder to update the results."), display_path(path)
            )
        )
        return False
