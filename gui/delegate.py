"""Paints one result: highlighted headline, date · outlet folder · file name, highlighted snippet.

A row new since its saved search was last opened gets a "New" tag before the
headline and an accent bar at its left edge (``ResultsModel.NewRole``).

Rows have one fixed height (headline line, meta line, three snippet lines) so the
view can use uniform item sizes and scroll 10,000 rows without measuring them.
A low list (a 600 px high window) gets fewer snippet lines, so it still shows
five rows (``CompactRows``).
"""
from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLine,
)
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .results_model import ResultRow, ResultsModel
from .richtext import qt_html

PAD = 8
GAP = 3
SNIPPET_LINES = 3
ROWS_WANTED = 5  # fewer snippet lines when the list would show fewer rows than this
ELLIPSIS = "…"
ACCENT_W = 3  # the new row's bar at the left edge
TAG_PAD = 5  # inside the "New" tag, left and right


def _x_of(line: QTextLine, position: int) -> float:
    """The x of a cursor position (PySide6 returns ``(x, position)``, typed as ``object``)."""
    x, _position = cast(tuple[float, int], line.cursorToX(position))
    return x


def _first_mark(doc: QTextDocument) -> tuple[int, int] | None:
    """Block positions (start, end) of the first highlighted run of a one-line ``doc``."""
    it = doc.firstBlock().begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.isValid() and fragment.charFormat().background().style() != Qt.BrushStyle.NoBrush:
            start = fragment.position() - doc.firstBlock().position()
            return start, start + fragment.length()
        it += 1
    return None


def _cut_front(doc: QTextDocument, room: float, ellipsis_w: float) -> None:
    """Drop the words before the first match when the match would fall past ``room``.

    A headline whose match sits beyond the row's width would show only its
    unmatched start, so the reader cannot see why it was found: it opens with
    "…" and the words just before the match instead.
    """
    mark = _first_mark(doc)
    layout = doc.firstBlock().layout()
    if mark is None or layout is None or layout.lineCount() == 0:
        return
    line = layout.lineAt(0)
    start, end = mark
    overflow = _x_of(line, end) - (room - ellipsis_w)
    if overflow <= 0:
        return
    text = doc.firstBlock().text()
    drop = min(line.xToCursor(overflow), start)
    while drop < start and _x_of(line, drop) < overflow:
        drop += 1
    # start at a word: move forward to just after a space when one is before the match
    space = text.find(" ", drop)
    if 0 <= space < start and _x_of(line, space + 1) - _x_of(line, drop) < ellipsis_w * 6:
        drop = space + 1
    if drop <= 0:
        return
    cursor = QTextCursor(doc)
    cursor.setPosition(doc.firstBlock().position())
    cursor.setPosition(doc.firstBlock().position() + drop, QTextCursor.MoveMode.KeepAnchor)
    plain = QTextCharFormat(cursor.charFormat())
    plain.clearBackground()
    cursor.insertText(ELLIPSIS, plain)


def elide_document(doc: QTextDocument, width: float) -> bool:
    """Cut a one-line rich-text ``doc`` to ``width`` at a letter boundary and end it with "…".

    QFontMetrics.elidedText only takes plain text and would lose the
    highlights; cutting the laid-out line keeps every format. When the first
    match lies past the cut, the start is cut too ("…words before the match…").
    Returns whether it cut. The document must not wrap (a huge text width) so it is one line.
    """
    if doc.idealWidth() <= width:
        return False
    fm = QFontMetrics(doc.defaultFont())
    ellipsis_w = fm.horizontalAdvance(ELLIPSIS)
    room = max(0.0, width - ellipsis_w - 2)
    _cut_front(doc, room, ellipsis_w)
    if doc.idealWidth() <= width:
        return True
    layout = doc.firstBlock().layout()
    if layout is None or layout.lineCount() == 0:
        return False
    cut = layout.lineAt(0).xToCursor(room)  # a cursor position: always between letters
    while cut > 0 and _x_of(layout.lineAt(0), cut) > room:
        cut -= 1
    text = doc.firstBlock().text()
    while cut > 0 and text[cut - 1].isspace():
        cut -= 1
    cursor = QTextCursor(doc)
    cursor.setPosition(doc.firstBlock().position() + cut)
    cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
    plain = QTextCharFormat(cursor.charFormat())
    plain.clearBackground()  # a cut inside a match: the "…" is not part of it (it was highlighted)
    cursor.insertText(ELLIPSIS, plain)
    return True


META_SEP = "  ·  "
MIN_FILE_CHARS = 6  # an elided file name shorter than this says nothing; it is dropped instead


def fit_meta(parts: list[str], fm: QFontMetrics, width: int) -> str:
    """The meta line "date · outlet · file" cut to ``width`` pixels, the file name first.

    Eliding the joined line in the middle (as before) cut the outlet away in a
    narrow list ("Selasa, 10 September 2019 16.1…s · clickid-…"), though the
    outlet matters more than the file name, which the preview shows in full.
    """
    line = META_SEP.join(parts)
    if fm.horizontalAdvance(line) <= width:
        return line
    if len(parts) < 2:
        return fm.elidedText(line, Qt.TextElideMode.ElideMiddle, max(0, width))
    head = META_SEP.join(parts[:-1])
    room = width - fm.horizontalAdvance(head + META_SEP)
    if room >= fm.horizontalAdvance(parts[-1][:MIN_FILE_CHARS] + ELLIPSIS):
        # Cut at the end: "clickid-news-12…" still names the file; "clic…html" (the middle) did not.
        return head + META_SEP + fm.elidedText(parts[-1], Qt.TextElideMode.ElideRight, room)
    return fit_meta(parts[:-1], fm, width)


class ResultDelegate(QStyledItemDelegate):
    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        head = QFont(base)
        head.setBold(True)
        head.setPointSizeF(base.pointSizeF() * 1.15 if base.pointSizeF() > 0 else 11)
        meta = QFont(base)
        meta.setPointSizeF(base.pointSizeF() * 0.9 if base.pointSizeF() > 0 else 8)
        return head, meta, base

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        head, meta, body = self._fonts(option)
        height = (
            PAD * 2
            + QFontMetrics(head).lineSpacing()
            + GAP
            + QFontMetrics(meta).lineSpacing()
            + GAP
            + QFontMetrics(body).lineSpacing() * self.snippet_lines
            + 4
        )
        return QSize(max(200, option.rect.width()), height)

    snippet_lines = SNIPPET_LINES  # CompactRows lowers it for a low list

    def row_height(self, option: QStyleOptionViewItem, lines: int) -> int:
        kept, self.snippet_lines = self.snippet_lines, lines
        try:
            return self.sizeHint(option, QModelIndex()).height()
        finally:
            self.snippet_lines = kept

    @staticmethod
    def _document(html: str, font: QFont, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(font)
        doc.setHtml(qt_html(html))
        doc.setTextWidth(width)
        return doc

    @staticmethod
    def _lines_height(doc: QTextDocument, lines: int) -> int:
        """Height of the first ``lines`` laid-out lines, so no half line peeks out."""
        doc.documentLayout()  # forces layout
        block, seen, bottom = doc.begin(), 0, 0.0
        while block.isValid() and seen < lines:
            layout = block.layout()
            top = doc.documentLayout().blockBoundingRect(block).top()
            for i in range(layout.lineCount()):
                if seen >= lines:
                    break
                line = layout.lineAt(i)
                bottom = top + line.y() + line.height()
                seen += 1
            block = block.next()
        return int(bottom + 0.999)

    @staticmethod
    def _draw(painter: QPainter, doc: QTextDocument, top_left_x: int, top_y: int, clip: QRect, color) -> None:
        painter.save()
        painter.translate(top_left_x, top_y)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.palette.setColor(QPalette.ColorRole.Text, color)
        local_clip = QRectF(clip.translated(-top_left_x, -top_y))
        ctx.clip = local_clip
        painter.setClipRect(local_clip)
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        row: ResultRow | None = index.data(ResultsModel.RowRole)
        if row is None:
            return super().paint(painter, option, index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pal = option.palette
        if selected:
            painter.fillRect(option.rect, pal.highlight())
            text_color = pal.color(QPalette.ColorRole.HighlightedText)
            meta_color = text_color
        else:
            text_color = pal.color(QPalette.ColorRole.Text)
            meta_color = pal.color(QPalette.ColorRole.PlaceholderText)
        head, meta, body = self._fonts(option)
        r = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        y = r.top()

        head_h = QFontMetrics(head).lineSpacing()
        head_x = r.left()
        if index.data(ResultsModel.NewRole):
            head_x += self._draw_new_tag(painter, option, QRect(r.left(), y, r.width(), head_h), meta)
        doc = self._document(row.headline_html, head, 100000)  # one line, then elided to the row
        elide_document(doc, r.right() + 1 - head_x)
        self._draw(painter, doc, head_x, y, QRect(head_x, y, r.right() + 1 - head_x, head_h), text_color)
        y += head_h + GAP

        painter.setFont(meta)
        painter.setPen(meta_color)
        meta_h = QFontMetrics(meta).lineSpacing()
        parts = [p for p in (row.date_text, row.source or row.folder, row.file_name) if p]
        meta_fm = QFontMetrics(meta)
        room = r.width()
        left_middle = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if row.copies_text:  # "+2 copies: …" keeps its place at the right; the rest is cut first
            copies_w = min(meta_fm.horizontalAdvance(row.copies_text) + 2, room * 3 // 5)
            copies = meta_fm.elidedText(row.copies_text, Qt.TextElideMode.ElideRight, copies_w)
            painter.drawText(QRect(r.right() - copies_w + 1, y, copies_w, meta_h), left_middle, copies)
            room -= copies_w + meta_fm.horizontalAdvance("  ")
        meta_text = fit_meta(parts, meta_fm, max(0, room))
        painter.drawText(QRect(r.left(), y, max(0, room), meta_h), left_middle, meta_text)
        y += meta_h + GAP

        if row.snippet_html:
            doc = self._document(row.snippet_html, body, r.width())
            snip_h = self._lines_height(doc, self.snippet_lines)
            self._draw(painter, doc, r.left(), y, QRect(r.left(), y, r.width(), snip_h), text_color)

        painter.setPen(pal.color(QPalette.ColorRole.Midlight))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        if option.state & QStyle.StateFlag.State_HasFocus:
            pen = painter.pen()
            pen.setColor(pal.color(QPalette.ColorRole.Highlight).darker(130))
            painter.setPen(pen)
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
        painter.restore()

    def new_tag_text(self) -> str:
        return self.tr("New")

    def _draw_new_tag(self, painter: QPainter, option: QStyleOptionViewItem, line: QRect, font: QFont) -> int:
        """The accent bar and the "New" tag at the start of the headline line; returns the width taken."""
        pal = option.palette
        accent = QColor(pal.color(QPalette.ColorRole.Highlight))
        if option.state & QStyle.StateFlag.State_Selected:  # on the highlight, the tag turns to the text colour
            accent = QColor(pal.color(QPalette.ColorRole.HighlightedText))
        painter.fillRect(QRect(option.rect.left(), option.rect.top(), ACCENT_W, option.rect.height()), accent)
        bold = QFont(font)
        bold.setBold(True)
        fm = QFontMetrics(bold)
        text = self.new_tag_text()
        width = fm.horizontalAdvance(text) + 2 * TAG_PAD
        height = min(line.height(), fm.height() + 2)
        tag = QRect(line.left(), line.top() + (line.height() - height) // 2, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawRoundedRect(QRectF(tag), height / 2, height / 2)
        on_accent = pal.color(QPalette.ColorRole.Highlight) if option.state & QStyle.StateFlag.State_Selected \
            else pal.color(QPalette.ColorRole.HighlightedText)
        painter.setPen(on_accent)
        painter.setFont(bold)
        painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
        return width + TAG_PAD


class CompactRows(QObject):
    """Gives a low result list fewer snippet lines, so it shows ``ROWS_WANTED`` rows when it can."""

    def __init__(self, view: QListView, delegate: ResultDelegate) -> None:
        super().__init__(view)
        self.view, self.delegate = view, delegate
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize:
            self.fit(self.view.viewport().height())
        return False

    def fit(self, height: int) -> None:
        option = QStyleOptionViewItem()
        option.initFrom(self.view)
        lines = next((n for n in range(SNIPPET_LINES, 0, -1)
                      if height >= ROWS_WANTED * self.delegate.row_height(option, n)), 1)
        if lines != self.delegate.snippet_lines:
            self.delegate.snippet_lines = lines
            self.view.scheduleDelayedItemsLayout()  # uniform rows: the new height is measured once
