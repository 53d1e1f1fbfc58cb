"""Readers for note exports: CSV, JSONL and folders of text files.

Each reader yields a :class:`Note` or a :class:`Rejection` per record, streaming, so a
file of millions of notes is never held in memory. Text is kept exactly as exported
(Windows line endings included) so that fact offsets index the text the user has.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import deque
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..dates import parse_date
from ..errors import ChartmatchError, Msg
from .note import Note, Rejection

Record = Note | Rejection

csv.field_size_limit(sys.maxsize)


@dataclass(frozen=True)
class Columns:
    """Names of the export's fields; --text-col NOTE_TEXT and friends change them."""

    patient_id: str = "patient_id"
    note_id: str = "note_id"
    note_date: str = "note_date"
    note_type: str = "note_type"
    text: str = "text"

    @property
    def required(self) -> tuple[str, ...]:
        return (self.patient_id, self.note_id, self.text)


_SURROGATE = re.compile("[\udc80-\udcff]")  # undecodable bytes, as surrogateescape keeps them


def _has_surrogates(value: str) -> bool:
    return _SURROGATE.search(value) is not None


def make_note(row: Mapping[str, object], columns: Columns, path: Path, line: int) -> Record:
    """Validate one record's fields and build its Note, or say why it is rejected."""

    def reject(msg: Msg, **kw: object) -> Rejection:
        return Rejection(str(path), line, msg.name, msg.format(**kw))

    values: dict[str, str] = {}
    for name in (columns.patient_id, columns.note_id, columns.note_date, columns.note_type, columns.text):
        raw = row.get(name)
        values[name] = "" if raw is None else str(raw)
        if _has_surrogates(values[name]):
            return reject(Msg.R005)
    for name in (columns.patient_id, columns.note_id):
        if not values[name].strip():
            return reject(Msg.R001, field=name)
    text = values[columns.text]
    if not text.strip():
        return reject(Msg.R002)
    raw_date = values[columns.note_date].strip()
    note_date = None
    if raw_date:
        note_date = parse_date(raw_date)
        if note_date is None:
            return reject(Msg.R003, value=raw_date)
    spans = row.get("spans") or ()
    return Note(
        patient_id=values[columns.patient_id].strip(),
        note_id=values[columns.note_id].strip(),
        text=text,
        note_date=note_date,
        note_type=values[columns.note_type].strip(),
        source=f"{path}:{line}",
        spans=tuple(spans) if isinstance(spans, list) else (),
    )


def _check_header(path: Path, header: list[str], columns: Columns) -> None:
    missing = [c for c in columns.required if c not in header]
    if missing:
        raise ChartmatchError(Msg.E002, path=path, missing=", ".join(missing), found=", ".join(header))


class _Lines:
    """The physical lines of a file, numbered, with lines pushed back to be parsed again."""

    def __init__(self, handle) -> None:
        self._handle = handle
        self._next_number = 1
        self.replay: deque[tuple[int, str]] = deque()
        self.taken: list[tuple[int, str]] = []  # lines of the record being parsed

    def __iter__(self):
        return self

    def __next__(self) -> str:
        if self.replay:
            number, line = self.replay.popleft()
        else:
            line = next(self._handle)
            number, self._next_number = self._next_number, self._next_number + 1
        self.taken.append((number, line))
        return line


def read_csv(path: Path, columns: Columns) -> Iterator[Record]:
    """CSV in strict mode: a record with a broken quote is rejected by its first line, and
    the lines after that line are parsed again, so an unclosed quote cannot swallow rows."""
    # surrogateescape keeps undecodable bytes visible per row instead of failing the file.
    with path.open(encoding="utf-8-sig", errors="surrogateescape", newline="") as handle:
        lines = _Lines(handle)
        reader = csv.reader(lines, strict=True)
        try:
            header = [h.strip() for h in next(reader)]
        except (StopIteration, csv.Error):
            raise ChartmatchError(Msg.E010, path=path) from None
        _check_header(path, header, columns)
        while True:
            lines.taken.clear()
            try:
                fields = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                broken = list(lines.taken)
                if not broken:
                    return
                yield Rejection(str(path), broken[0][0], "R009", Msg.R009.format(detail=exc))
                lines.replay.extendleft(reversed(broken[1:]))
                reader = csv.reader(lines, strict=True)
                continue
            if not fields:
                continue
            start_line = lines.taken[0][0]
            if len(fields) != len(header):
                yield Rejection(str(path), start_line, "R007", Msg.R007.format(found=len(fields), expected=len(header)))
                continue
            yield make_note(dict(zip(header, fields)), columns, path, start_line)


def read_jsonl(path: Path, columns: Columns) -> Iterator[Record]:
    with path.open("rb") as handle:
        header_checked = False
        for number, raw in enumerate(handle, start=1):
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                yield Rejection(str(path), number, "R005", Msg.R005.format())
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Rejection(str(path), number, "R006", Msg.R006.format(detail=exc.msg))
                continue
            if not isinstance(row, dict):
                yield Rejection(str(path), number, "R006", Msg.R006.format(detail=type(row).__name__))
                continue
            if not header_checked:
                _check_header(path, list(row), columns)
                header_checked = True
            yield make_note(row, columns, path, number)


def read_folder(path: Path, columns: Columns) -> Iterator[Record]:
    """``DIR/<patient_id>/<note_id>.txt``, with an optional sidecar ``<note_id>.json``
    holding ``note_date`` and ``note_type``; without one the date is unknown."""
    for patient_dir in sorted(p for p in path.iterdir() if p.is_dir()):
        for txt in sorted(patient_dir.glob("*.txt")):
            row: dict[str, object] = {columns.patient_id: patient_dir.name, columns.note_id: txt.stem}
            sidecar = txt.with_suffix(".json")
            if sidecar.exists():
                try:
                    meta = json.loads(sidecar.read_text(encoding="utf-8-sig"))
                    row[columns.note_date] = meta.get("note_date", "")
                    row[columns.note_type] = meta.get("note_type", "")
                except (ValueError, UnicodeDecodeError, AttributeError) as exc:
                    yield Rejection(str(txt), 0, "R008", Msg.R008.format(sidecar=sidecar.name, detail=exc))
                    continue
            try:
                row[columns.text] = txt.read_bytes().decode("utf-8-sig")
            except UnicodeDecodeError:
                yield Rejection(str(txt), 0, "R005", Msg.R005.format())
                continue
            yield make_note(row, columns, txt, 0)
