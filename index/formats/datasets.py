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
from collections.abc import Iterator
from typing import IO, Any

from telusur.analysis.safe_write import extended_path

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
    binary: IO[bytes] = io.BytesIO(source) if isinstance(source, bytes) else open(extended_path(source), "rb")  # noqa: SIM115
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
        if not isinstance(obj, dict):
            yield SkippedRecord(path, CoreMessage(DataSetProblem.LINE_NOT_OBJECT, line=number, kind=_kind(obj)), number)
            continue
        yield record_to_article(obj, number, path, fmt)


def _json_values(stream: IO[str], limits: Limits, *, in_array: bool) -> Iterator[Any]:
    """The elements of a top-level array (``in_array``) or a run of concatenated values.

    Raises ValueError with a readable message on broken JSON; the caller turns
    it into a skip for the rest of the file (a JSON array cannot be resynced).
    """
    decoder = json.JSONDecoder()
    buf = ""
    pos = 0
    eof = False

    def fill() -> bool:
        nonlocal buf, pos, eof
        chunk = stream.read(_CHUNK_CHARS)
        if not chunk:
            eof = True
            return False
        buf = buf[pos:] + chunk.replace("\x00", "")
        pos = 0
        return True

    def skip_ws() -> bool:
        """Move past whitespace; False at the end of the input."""
        nonlocal pos
        while True:
            while pos < len(buf) and buf[pos] in _WS:
                pos += 1
            if pos < len(buf):
                return True
            if not fill():
                return False

    if in_array:
        if not skip_ws() or buf[pos] != "[":
            raise _broken(DataSetProblem.NOT_ARRAY)
        pos += 1
    first = True
    while True:
        if not skip_ws():
            if in_array:
                raise _broken(DataSetProblem.NOT_CLOSED)
            return
        if in_array and buf[pos] == "]":
            return
        if in_array and not first:
            if buf[pos] != ",":
                raise _broken(DataSetProblem.EXPECTED_COMMA, found=buf[pos])
            pos += 1
            if not skip_ws():
                raise _broken(DataSetProblem.NOT_CLOSED)
        while True:
            try:
                value, end = decoder.raw_decode(buf, pos)
                break
            except json.JSONDecodeError as err:
                if len(buf) - pos > limits.record_bytes:
                    raise _broken(DataSetProblem.ELEMENT_TOO_LARGE, megabytes=limits.record_bytes // _MB) from err
                if eof or not fill():
                    raise _broken(DataSetProblem.BROKEN_JSON, error=err.msg) from err
        pos = end
        first = False
        yield value


def _json_stream(stream: IO[str], path: str, limits: Limits, *, in_array: bool) -> Iterator[Item]:
    number = 0
    values = _json_values(stream, limits, in_array=in_array)
    try:
        for value in values:
            number += 1
            if isinstance(value, dict):
                wrapped = _wrapped_list(value)
                if number == 1 and not in_array and wrapped is not None:
                    yield from _records(wrapped, path)
                    continue
                yield record_to_article(value, number, path, Format.JSON)
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
            yield record_to_article(value, number, path, Format.JSON)
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


def extract_jsonl(source: str | bytes, path: str, limits: Limits) -> Iterator[Item]:
    with _open_text(source, None) as stream:
        yield from _json_lines(stream, path, Format.JSONL, limits)


def extract_json(source: str | bytes, path: str, limits: Limits) -> Iterator[Item]:
    """An array of objects, JSON Lines saved as .json, or one object wrapping a list."""
    with _open_text(source, None) as stream:
        first = _first_char(stream)
    if first == "[":
        with _open_text(source, None) as stream:
            yield from _json_stream(stream, path, limits, in_array=True)
    elif first == "{":
        with _open_text(source, None) as stream:
            if _first_line_is_object(source, limits):
                yield from _json_lines(stream, path, Format.JSON, limits)
            else:
                yield from _json_stream(stream, path, limits, in_array=False)
    elif not first:
        yield SkippedRecord(path, CoreMessage(SkipReason.EMPTY))
    else:
        yield SkippedRecord(path, CoreMessage(DataSetProblem.NEITHER))


def _delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in _CSV_DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def extract_csv(source: str | bytes, path: str, limits: Limits) -> Iterator[Item]:
    """Rows under a header row; the delimiter is the one the header uses most."""
    csv.field_size_limit(limits.record_bytes)  # process-wide; every CSV read sets its own
    with _open_text(source, "") as stream:
        header_line = stream.readline(limits.record_bytes)
        stream.seek(0)
        lines = (line.replace("\x00", "") for line in stream)
        reader = csv.reader(lines, delimiter=_delimiter(header_line))
        try:
            header = next(reader, None)
        except csv.Error as err:
            yield SkippedRecord(path, CoreMessage(DataSetProblem.CSV_HEADER_UNREADABLE, error=str(err)))
            return
        if not header or not any(cell.strip() for cell in header):
            code = SkipReason.EMPTY if not header_line.strip() else DataSetProblem.CSV_NO_HEADER
            yield SkippedRecord(path, CoreMessage(code))
            return
        fields = field_map(header)
        if "body" not in fields:
            shown = ", ".join(h.strip() for h in header[:8])
            yield SkippedRecord(path, CoreMessage(DataSetProblem.CSV_NO_BODY_COLUMN, names=BODY_NAMES, header=shown))
            return
        index = {key: header.index(key) for key in fields.values()}
        number = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as err:
                yield SkippedRecord(path, CoreMessage(DataSetProblem.CSV_UNREADABLE_AFTER, record=number,
                                                      error=str(err)), number + 1)
                return
            number += 1
            if not any(cell.strip() for cell in row):
                number -= 1  # blank lines are not records
                continue
            record = {key: row[i] if i < len(row) else None for key, i in index.items()}
            item = record_to_article(record, number, path, Format.CSV, fields)
            if isinstance(item, Extracted) and len(row) != len(header):
                item = _with_warning(item, CoreMessage(ArticleWarning.ROW_FIELDS, fields=len(row), header=len(header)))
            yield item


def _with_warning(item: Extracted, warning: str) -> Extracted:
    from dataclasses import replace

    return replace(item, warnings=(*item.warnings, warning))
