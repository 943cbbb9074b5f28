"""Data-set files: ``.jsonl``, ``.json`` and ``.csv``, one article per record.

They are read as streams (a 2 GB file never sits in memory): JSON Lines line
by line, a JSON array element by element (the stdlib decoder's
``raw_decode`` parses each element; only the splitting is ours, so no
streaming-JSON dependency is needed), CSV row by row. Each record is bounded
by ``Limits.record_bytes``; a bad record is skipped with its number and the
rest of the file is read. There is no whole-file time limit: a large data set
legitimately takes minutes, and every step of the loop is bounded.
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from typing import IO, Any

from ..files import NotRegularFile, open_regular
from ..messages import ArticleWarning, CoreMessage, DataSetProblem, SkipReason, ValueKind
from .fields import BODY_NAMES, field_map, record_to_article
from .limits import Limits
from .record import Extracted, Format, SkippedRecord
from .textcodec import stream_encoding

Item = Extracted | SkippedRecord
_HEAD_BYTES = 64 * 1024
_CHUNK_CHARS = 1024 * 1024
_MB = 1024 * 1024
_WS = " \t\r\n\ufeff"
_CSV_DELIMITERS = ",;\t|"
# Keys under which APIs wrap their list of articles in one object.
_WRAPPER_KEYS = ("articles", "data", "items", "results", "records", "berita", "news", "posts", "rows")


def _open_text(source: str | bytes, newline: str | None) -> IO[str]:
    """A text stream over the file (or bytes), in the encoding its head suggests."""
    binary: IO[bytes] = io.BytesIO(source) if isinstance(source, bytes) else open_regular(source)
    head = binary.read(_HEAD_BYTES)
    binary.seek(0)
    return io.TextIOWrapper(binary, encoding=stream_encoding(head), errors="replace", newline=newline)


_KINDS = {dict: ValueKind.AN_OBJECT, list: ValueKind.AN_ARRAY, str: ValueKind.A_STRING, bool: ValueKind.TRUE_FALSE,
          type(None): ValueKind.NULL}


def _kind(value: Any) -> CoreMessage:
    return CoreMessage(_KINDS.get(type(value), ValueKind.A_NUMBER))


def _too_long(number: int, limits: Limits) -> CoreMessage:
    return CoreMessage(DataSetProblem.RECORD_TOO_LARGE, record=number, megabytes=limits.record_bytes // _MB)


def _broken(code: DataSetProblem, **params: Any) -> ValueError:
    """A ValueError whose argument is the coded message (``_reason`` takes it back out)."""
    return ValueError(CoreMessage(code, **params))


def _reason(err: ValueError) -> str:
    first = err.args[0] if err.args else None
    return first if isinstance(first, CoreMessage) else str(err)


def _read_lines(stream: IO[str], limits: Limits) -> Iterator[tuple[int, str | None]]:
    """(line number, line) with over-long lines given as None after skipping them."""
    number = 0
    while True:
        line = stream.readline(limits.record_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > limits.record_bytes and not line.endswith("\n"):
            while True:  # skip to the end of the over-long line
                more = stream.readline(_CHUNK_CHARS)
                if not more or more.endswith("\n"):
                    break
            yield number, None
            continue
        yield number, line


def _json_lines(stream: IO[str], path: str, fmt: Format, limits: Limits) -> Iterator[Item]:
    for number, line in _read_lines(stream, limits):
        if line is None:
            yield SkippedRecord(path, _too_long(number, limits), number)
            continue
        line = line.strip(_WS).replace("\x00", "")
        if not line:
            continue
        try:
            obj = json.loads(line)
        except ValueError as err:
            message = getattr(err, "msg", str(err))
            yield SkippedRecord(path, CoreMessage(DataSetProblem.LINE_INVALID, line=number, error=message), number)
            continue
        except RecursionError:
            yield SkippedRecord(path, CoreMessage(DataSetProblem.LINE_TOO_DEEP, line=number), number)
            continue
        if not isinstance(obj, dict):
            yield SkippedRecord(path, CoreMessage(DataSetProblem.LINE_NOT_OBJECT, line=number, kind=_kind(obj)), number)
            continue
        yield _article(obj, number, path, fmt)


def _article(obj: dict[str, Any], number: int, path: str, fmt: Format,
             fields: dict[str, str] | None = None) -> Item:
    """``record_to_article``, with a record too deep to flatten skipped, not the file."""
    try:
        return record_to_article(obj, number, path, fmt, fields)
    except RecursionError:
        return SkippedRecord(path, CoreMessage(DataSetProblem.RECORD_TOO_DEEP, record=number), number)


class _Window:
    """The unread part of a text stream: ``buf[pos:]``, refilled a chunk at a time."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.buf = ""
        self.pos = 0
        self.eof = False

    def fill(self) -> bool:
        if self.eof:
            return False
        chunk = self.stream.read(_CHUNK_CHARS)
        if not chunk:
            self.eof = True
            return False
        self.buf = self.buf[self.pos:] + chunk.replace("\x00", "")
        self.pos = 0
        return True

    def skip_ws(self) -> bool:
        """Move past whitespace; False at the end of the input."""
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in _WS:
                self.pos += 1
            if self.pos < len(self.buf):
                return True
            if not self.fill():
                return False

    def char(self) -> str:
        return self.buf[self.pos]


_STRUCTURE = re.compile(r'[\\"\[\]{}]')
_IN_STRING = re.compile(r'[\\"]')
_SCALAR_END = re.compile(r"[\s,\]}]")


def _skip_value(w: _Window) -> None:
    """Move past one JSON value without building it (too deep or too large to decode).

    Only brackets and strings are followed, a chunk at a time, so a value of
    any size or depth is passed over in bounded memory. Raises ValueError when
    the input ends inside it.
    """
    if w.char() not in '[{"':
        while (m := _SCALAR_END.search(w.buf, w.pos)) is None:
            w.pos = len(w.buf)
            if not w.fill():
                return
        w.pos = m.start()
        return
    depth, in_string = 0, False
    while True:
        m = (_IN_STRING if in_string else _STRUCTURE).search(w.buf, w.pos)
        if m is None:
            w.pos = len(w.buf)
            if not w.fill():
                raise _broken(DataSetProblem.ENDS_INSIDE)
            continue
        c, w.pos = m.group(), m.end()
        if in_string:
            if c == "\\":  # the escaped character, whatever it is, is not a quote
                if w.pos >= len(w.buf) and not w.fill():
                    raise _broken(DataSetProblem.ENDS_INSIDE)
                w.pos += 1
                continue
            in_string = False
            if depth == 0:
                return
        elif c == '"':
            in_string = True
        elif c in "[{":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return


class _Bad:
    """A value that was passed over: too deep, or (``large``) over the record limit."""

    def __init__(self, *, large: bool) -> None:
        self.large = large


def _value(w: _Window, decoder: json.JSONDecoder, limits: Limits) -> Any:
    """The next JSON value, or ``_Bad`` when it is too deep or too large (then skipped)."""
    while True:
        try:
            value, w.pos = decoder.raw_decode(w.buf, w.pos)
            return value
        except RecursionError:
            _skip_value(w)
            return _Bad(large=False)
        except json.JSONDecodeError as err:
            if len(w.buf) - w.pos > limits.record_bytes:
                _skip_value(w)
                return _Bad(large=True)
            if not w.fill():
                raise _broken(DataSetProblem.BROKEN_JSON, error=err.msg) from err


def _json_values(w: _Window, limits: Limits, *, in_array: bool) -> Iterator[Any]:
    """The elements of an array (``in_array``: ``w`` is at its ``[``) or a run of concatenated values.

    Raises ValueError with a readable message on broken JSON; the caller turns
    it into a skip for the rest of the file (a JSON array cannot be resynced).
    An element too deep or too large comes as ``_Bad`` and the next one follows.
    """
    decoder = json.JSONDecoder()
    if in_array:
        if not w.skip_ws() or w.char() != "[":
            raise _broken(DataSetProblem.NOT_ARRAY)
        w.pos += 1
    first = True
    while True:
        if not w.skip_ws():
            if in_array:
                raise _broken(DataSetProblem.NOT_CLOSED)
            return
        if in_array and w.char() == "]":
            w.pos += 1
            return
        if in_array and not first:
            if w.char() != ",":
                raise _broken(DataSetProblem.EXPECTED_COMMA, found=w.char())
            w.pos += 1
            if not w.skip_ws():
                raise _broken(DataSetProblem.NOT_CLOSED)
        first = False
        yield _value(w, decoder, limits)


class _FirstTooLarge(Exception):
    """The file's first object is over the record limit: maybe a wrapper of many articles."""


def _records_from(values: Iterator[Any], path: str, limits: Limits, *, in_array: bool) -> Iterator[Item]:
    number = 0
    try:
        for value in values:
            number += 1
            if isinstance(value, _Bad):
                if number == 1 and not in_array and value.large:
                    raise _FirstTooLarge
                reason = (_too_long(number, limits) if value.large
                          else CoreMessage(DataSetProblem.RECORD_TOO_DEEP, record=number))
                yield SkippedRecord(path, reason, number)
            elif isinstance(value, dict):
                wrapped = _wrapped_list(value)
                if number == 1 and not in_array and wrapped is not None:
                    yield from _records(wrapped, path)
                    continue
                yield _article(value, number, path, Format.JSON)
            elif in_array and number == 1:
                yield SkippedRecord(path, CoreMessage(DataSetProblem.FIRST_ELEMENT, kind=_kind(value)))
                return
            else:
                yield SkippedRecord(path, CoreMessage(DataSetProblem.RECORD_NOT_OBJECT, record=number,
                                                      kind=_kind(value)), number)
    except ValueError as err:
        reason = (CoreMessage(DataSetProblem.UNREADABLE_JSON_AFTER, record=number, error=_reason(err)) if number
                  else CoreMessage(DataSetProblem.UNREADABLE_JSON_START, error=_reason(err)))
        yield SkippedRecord(path, reason, number + 1)


def _json_stream(stream: IO[str], path: str, limits: Limits, *, in_array: bool) -> Iterator[Item]:
    values = _json_values(_Window(stream), limits, in_array=in_array)
    yield from _records_from(values, path, limits, in_array=in_array)


def _wrapper_stream(stream: IO[str], path: str, limits: Limits) -> Iterator[Item]:
    """``{"status": ..., "articles": [...]}`` too large to decode at once: its list, element by element."""
    w = _Window(stream)
    decoder = json.JSONDecoder()
    if not w.skip_ws() or w.char() != "{":
        return
    w.pos += 1
    try:
        while w.skip_ws() and w.char() != "}":
            if w.char() == ",":
                w.pos += 1
                w.skip_ws()
            key = _value(w, decoder, limits)
            if not w.skip_ws() or w.char() != ":":
                raise _broken(DataSetProblem.EXPECTED_COLON)
            w.pos += 1
            if not w.skip_ws():
                raise _broken(DataSetProblem.OBJECT_NOT_CLOSED)
            if isinstance(key, str) and key.lower() in _WRAPPER_KEYS and w.char() == "[":
                yield from _records_from(_json_values(w, limits, in_array=True), path, limits, in_array=True)
                return
            _skip_value(w)
    except ValueError as err:
        yield SkippedRecord(path, CoreMessage(DataSetProblem.UNREADABLE_JSON_START, error=_reason(err)))
        return
    yield SkippedRecord(path, _too_long(1, limits), 1)


def _wrapped_list(obj: dict[str, Any]) -> list[Any] | None:
    """{"articles": [...]}: the list of articles an API response wraps, if that is what ``obj`` is."""
    if "body" in field_map(list(obj)):
        return None
    for key, value in obj.items():
        if key.lower() in _WRAPPER_KEYS and isinstance(value, list) and value and isinstance(value[0], dict):
            return value
    return None


def _records(values: list[Any], path: str) -> Iterator[Item]:
    for number, value in enumerate(values, 1):
        if isinstance(value, dict):
            yield _article(value, number, path, Format.JSON)
        else:
            yield SkippedRecord(path, CoreMessage(DataSetProblem.RECORD_NOT_OBJECT, record=number, kind=_kind(value)),
                                number)


def _first_char(stream: IO[str]) -> str:
    while True:
        chunk = stream.read(4096)
        if not chunk:
            return ""
        stripped = chunk.lstrip(_WS + "\x00")
        if stripped:
            return stripped[0]


def _first_line_is_object(source: str | bytes, limits: Limits) -> bool:
    with _open_text(source, None) as stream:
        line = stream.readline(limits.record_bytes).strip(_WS)
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def _extract_jsonl(source: str | bytes, path: str, limits: Limits) -> Iterator[Item]:
    with _open_text(source, None) as stream:
        yield from _json_lines(stream, path, Format.JSONL, limits)


def _extract_json(source: str | bytes, path: str, limits: Limits) -> Iterator[Item]:
    """An array of objects, JSON Lines saved as .json, or one object wrapping a list."""
    with _open_text(source, None) as stream:
        first = _first_char(stream)
    if first == "[":
        with _open_text(source, None) as stream:
            yield from _json_stream(stream, path, limits, in_array=True)
    elif first == "{":
        if _first_line_is_object(source, limits):
            with _open_text(source, None) as stream:
                yield from _json_lines(stream, path, Format.JSON, limits)
            return
        try:
            with _open_text(source, None) as stream:
                yield from _json_stream(stream, path, limits, in_array=False)
        except _FirstTooLarge:
            with _open_text(source, None) as stream:
                yield from _wrapper_stream(stream, path, limits)
    elif not first:
        yield SkippedRecord(path, CoreMessage(SkipReason.EMPTY))
    else:
        yield SkippedRecord(path, CoreMessage(DataSetProblem.NEITHER))


def _delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in _CSV_DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")


def _decode_row(raw: bytes, encoding: str) -> str:
    """One record's bytes as text, judged row by row.

    A row that is valid UTF-8 is read as UTF-8, whatever the file's head
    suggested (a UTF-8 row appended to a cp1252 file); a UTF-8 file's row
    saved by a Windows tool (no UTF-8 sequence in it) is read as cp1252.
    """
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        if encoding != "utf-8":
            text = raw.decode(encoding, errors="replace")
        elif _UTF8_MULTIBYTE.search(raw):
            text = raw.decode("utf-8", errors="replace")
        else:
            text = raw.decode("cp1252", errors="replace")
    return text.replace("\x00", "")


def _byte_chunks(source: str | bytes) -> tuple[Iterator[bytes], str]:
    """The file as byte chunks in an ASCII-compatible encoding, and that encoding.

    Records are split on bytes (a quote and a newline are single bytes in
    UTF-8 and every legacy code page), then each is decoded on its own, so a
    row in another encoding costs only that row. UTF-16/32 files are
    re-encoded as UTF-8 on the way.
    """
    binary: IO[bytes] = io.BytesIO(source) if isinstance(source, bytes) else open_regular(source)
    head = binary.read(_HEAD_BYTES)
    binary.seek(0)
    encoding = stream_encoding(head)

    def chunks() -> Iterator[bytes]:
        with binary:
            if encoding.startswith(("utf-16", "utf-32")):
                text = io.TextIOWrapper(binary, encoding=encoding, errors="replace", newline="")
                while part := text.read(_CHUNK_CHARS):
                    yield part.encode("utf-8", "surrogatepass")
                return
            if encoding == "utf-8-sig":
                binary.read(3)
            while chunk := binary.read(_CHUNK_CHARS):
                yield chunk

    ascii_compatible = "utf-8" if encoding.startswith(("utf-16", "utf-32", "utf-8")) else encoding
    return chunks(), ascii_compatible


_UNCLOSED = b"\x00unclosed"  # a NUL never reaches a record: rows drop NULs when decoded


def _csv_records(chunks: Iterator[bytes], limit: int) -> Iterator[bytes | None]:
    """The file's CSV records as bytes; None for one over ``limit`` bytes (passed over, not kept).

    ``_UNCLOSED`` last when the file ends inside a quoted field.

    A record ends at a newline outside quotes: the count of quote characters
    since the record began is even (a quoted field's ``""`` keeps it even).
    Memory stays within ``limit`` plus one chunk whatever the file holds.
    """
    record = bytearray()
    odd = over = False
    newline = b"\n"
    first = True
    for chunk in chunks:
        if first:
            first = False
            if b"\n" not in chunk and b"\r" in chunk:
                newline = b"\r"  # classic Mac line ends
        start = 0
        while True:
            end = chunk.find(newline, start)
            piece = chunk[start:] if end < 0 else chunk[start:end + 1]
            if piece.count(b'"') % 2:
                odd = not odd
            if not over:
                record += piece
                if len(record) > limit:
                    over = True
                    record = bytearray()
            if end < 0:
                break
            start = end + 1
            if not odd:
                yield None if over else bytes(record)
                record = bytearray()
                over = False
    if odd:
        yield _UNCLOSED
    elif over:
        yield None
    elif record:
        yield bytes(record)


def _csv_rows(text: str, delimiter: str) -> list[list[str]]:
    """The rows in one record's text (a stray quote in an unquoted field can join several lines)."""
    try:
        return list(csv.reader([text], delimiter=delimiter))
    except csv.Error:
        return list(csv.reader(text.splitlines(keepends=True), delimiter=delimiter))


def _extract_csv(source: str | bytes, path: str, limits: Limits) -> Iterator[Item]:
    """Rows under a header row; the delimiter is the one the header uses most.

    A record over ``Limits.record_bytes``, or one the csv module cannot
    read, is skipped with its number and the rest of the file is read.
    """
    csv.field_size_limit(max(limits.record_bytes, 131072))  # records are already bounded by size
    chunks, encoding = _byte_chunks(source)
    records = _csv_records(chunks, limits.record_bytes)
    header: list[str] = []
    delimiter = ","
    for raw in records:
        if raw is None or raw is _UNCLOSED:
            yield SkippedRecord(path, CoreMessage(DataSetProblem.CSV_HEADER_TOO_LARGE,
                                                  megabytes=limits.record_bytes // _MB))
            return
        text = _decode_row(raw, encoding)
        if not text.strip():
            continue
        delimiter = _delimiter(text.split("\n", 1)[0])
        try:
            rows = _csv_rows(text, delimiter)
        except csv.Error as err:
            yield SkippedRecord(path, CoreMessage(DataSetProblem.CSV_HEADER_UNREADABLE, error=str(err)))
            return
        header = rows[0] if rows else []
        break
    if not header or not any(cell.strip() for cell in header):
        yield SkippedRecord(path, CoreMessage(SkipReason.EMPTY if not header else DataSetProblem.CSV_NO_HEADER))
        return
    fields = field_map(header)
    if "body" not in fields:
        shown = ", ".join(h.strip() for h in header[:8])
        yield SkippedRecord(path, CoreMessage(DataSetProblem.CSV_NO_BODY_COLUMN, names=BODY_NAMES, header=shown))
        return
    index = {key: header.index(key) for key in fields.values()}
    number = 0
    for raw in records:
        if raw is _UNCLOSED:
            yield SkippedRecord(path, CoreMessage(DataSetProblem.CSV_QUOTE_UNCLOSED, record=number + 1), number + 1)
            return
        if raw is None:
            number += 1
            yield SkippedRecord(path, _too_long(number, limits), number)
            continue
        try:
            rows = _csv_rows(_decode_row(raw, encoding), delimiter)
        except csv.Error as err:
            number += 1
            yield SkippedRecord(path, CoreMessage(DataSetProblem.CSV_RECORD_UNREADABLE, record=number, error=str(err)),
                                number)
            continue
        for row in rows:
            if not any(cell.strip() for cell in row):
                continue  # blank lines are not records
            number += 1
            record = {key: row[i] if i < len(row) else None for key, i in index.items()}
            item = _article(record, number, path, Format.CSV, fields)
            if isinstance(item, Extracted) and len(row) != len(header):
                item = _with_warning(item, CoreMessage(ArticleWarning.ROW_FIELDS, fields=len(row), header=len(header)))
            yield item


def _with_warning(item: Extracted, warning: str) -> Extracted:
    from dataclasses import replace

    return replace(item, warnings=(*item.warnings, warning))


def _regular_only(items: Iterator[Item], path: str) -> Iterator[Item]:
    """A file swapped for a named pipe or device before it was opened: skipped, never waited on."""
    try:
        yield from items
    except NotRegularFile:
        yield SkippedRecord(path, CoreMessage(SkipReason.NOT_REGULAR))


def extract_jsonl(source: str | bytes, path: str, limits: Limits) -> Iterator[Item]:
    return _regular_only(_extract_jsonl(source, path, limits), path)


def extract_json(source: str | bytes, path: str, limits: Limits) -> Iterator[Item]:
    """An array of objects, JSON Lines saved as .json, or one object wrapping a list."""
    return _regular_only(_extract_json(source, path, limits), path)


def extract_csv(source: str | bytes, path: str, limits: Limits) -> Iterator[Item]:
    """Rows under a header row (see ``_extract_csv``)."""
    return _regular_only(_extract_csv(source, path, limits), path)
