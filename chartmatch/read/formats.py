"""Readers for note exports: CSV, JSONL and folders of text files.

Each reader yields a :class:`Note` or a :class:`Rejection` per record, streaming, so a
file of millions of notes is never held in memory. Text is kept exactly as exported
(Windows line endings included) so that fact offsets index the text the user has.
"""

from __future__ import annotations

import csv
import json
import os
import re
import sys
import unicodedata
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


_SURROGATE = re.compile("[\ud800-\udfff]")  # undecodable bytes (surrogateescape) or a JSON "\\ud800"
_JSON_KIND = {dict: "object", list: "array", bool: "boolean", int: "number", float: "number"}
SHOWN_VALUE = 40  # a value longer than this is described (length, words), never shown: it may be note text


def _has_surrogates(value: str) -> bool:
    return _SURROGATE.search(value) is not None


def describe(value: str) -> str:
    """A field's value for a message: quoted when short, else only its shape, so a message
    never carries note text that landed in the wrong column."""
    if len(value) <= SHOWN_VALUE:
        return repr(value)
    return f"(a value of {len(value)} characters, {len(value.split())} words, not shown: is note text in this column?)"


def _control_char(value: str) -> str | None:
    for char in value:
        if unicodedata.category(char) == "Cc":
            return f"U+{ord(char):04X}"
    return None


def make_note(row: Mapping[str, object], columns: Columns, path: Path, line: int, *,
              surrogates: Msg = Msg.R005) -> Record:
    """Validate one record's fields and build its Note, or say why it is rejected.

    A value must be text (a JSON integer id is taken as text); ids hold no control
    characters; ``surrogates`` is the rejection for a lone surrogate (undecodable bytes in
    CSV, an invalid escape in JSON). Messages name the field, never quote note text."""

    def reject(msg: Msg, **kw: object) -> Rejection:
        return Rejection(str(path), line, msg.name, msg.format(**kw))

    ids = (columns.patient_id, columns.note_id)
    values: dict[str, str] = {}
    for name in (columns.patient_id, columns.note_id, columns.note_date, columns.note_type, columns.text):
        raw = row.get(name)
        if raw is None:
            raw = ""
        elif not isinstance(raw, str):
            if not (name in ids and type(raw) is int):
                return reject(Msg.R012, field=name, kind=_JSON_KIND.get(type(raw), type(raw).__name__))
            raw = str(raw)
        values[name] = raw
        if _has_surrogates(raw):
            return reject(surrogates, field=name)
    for name in ids:
        if not values[name].strip():
            return reject(Msg.R001, field=name)
        char = _control_char(values[name])
        if char is not None:
            return reject(Msg.R013, char=char, field=name)
    text = values[columns.text]
    if not text.strip():
        return reject(Msg.R002)
    raw_date = values[columns.note_date].strip()
    note_date = None
    if raw_date:
        note_date = parse_date(raw_date)
        if note_date is None:
            return reject(Msg.R003, value=describe(raw_date), field=columns.note_date)
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


def _shown_names(header: list[str], limit: int = 20) -> str:
    """The header's names for a message; a file without a header row would otherwise put
    its first note's text in the message."""
    names = [h if len(h) <= SHOWN_VALUE else f"<a name of {len(h)} characters>" for h in header[:limit]]
    more = f" and {len(header) - limit} more" if len(header) > limit else ""
    return ", ".join(names) + more


def _check_header(path: Path, header: list[str], columns: Columns) -> None:
    missing = [c for c in columns.required if c not in header]
    if missing:
        raise ChartmatchError(Msg.E002, path=path, missing=", ".join(missing), found=_shown_names(header))
    for name in dict.fromkeys(vars(columns).values()):
        if header.count(name) > 1:
            raise ChartmatchError(Msg.E022, path=path, column=name, count=header.count(name))


def _looks_like_a_record(line: str, header: list[str], columns: Columns) -> bool:
    """A physical line inside a quoted field that parses as a whole record of this file
    (the header's field count, plausible ids and date): the sign of a quote that was never
    closed swallowing the next row."""
    if line.count(",") < len(header) - 1:
        return False
    try:
        fields = next(csv.reader([line]))
    except (csv.Error, StopIteration):
        return False
    if len(fields) != len(header):
        return False
    row = dict(zip(header, fields))
    for name in (columns.patient_id, columns.note_id):
        value = row.get(name, "")
        if not value or len(value) > 64 or any(c.isspace() or c in '"' for c in value):
            return False
    raw_date = row.get(columns.note_date, "").strip()
    return not raw_date or parse_date(raw_date) is not None


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
    the lines after that line are parsed again, so an unclosed quote cannot swallow rows.
    A quote that is closed only at the end of a later row (whose text happens to end in
    ``"``) makes a valid record of both rows: a record whose quoted text holds a line that
    parses as a record of its own is rejected the same way (R010)."""
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
            inner = next((i for i, (_, text) in enumerate(lines.taken[1:], start=1)
                          if _looks_like_a_record(text, header, columns)), None)
            if inner is not None:
                yield Rejection(str(path), start_line, "R010", Msg.R010.format(inner=lines.taken[inner][0]))
                lines.replay.extendleft(reversed(lines.taken[inner:]))
                reader = csv.reader(lines, strict=True)
                continue
            if len(fields) != len(header):
                yield Rejection(str(path), start_line, "R007", Msg.R007.format(found=len(fields), expected=len(header)))
                continue
            yield make_note(dict(zip(header, fields)), columns, path, start_line)


class _DuplicateKeys:
    """``object_pairs_hook`` that remembers keys given twice (json keeps the last silently)."""

    def __init__(self) -> None:
        self.keys: list[str] = []

    def __call__(self, pairs: list[tuple[str, object]]) -> dict:
        obj: dict = {}
        for key, value in pairs:
            if key in obj:
                self.keys.append(key)
            obj[key] = value
        return obj


def read_jsonl(path: Path, columns: Columns) -> Iterator[Record]:
    used = set(vars(columns).values())
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
            duplicates = _DuplicateKeys()
            try:
                row = json.loads(line, object_pairs_hook=duplicates)
            except json.JSONDecodeError as exc:
                yield Rejection(str(path), number, "R006", Msg.R006.format(detail=exc.msg))
                continue
            except RecursionError:
                yield Rejection(str(path), number, "R006", Msg.R006.format(detail="nested too deeply"))
                continue
            if not isinstance(row, dict):
                yield Rejection(str(path), number, "R006", Msg.R006.format(detail=_JSON_KIND.get(type(row), type(row).__name__)))
                continue
            twice = sorted(set(duplicates.keys) & used)
            if twice:
                yield Rejection(str(path), number, "R006", Msg.R006.format(
                    detail=f"key {twice[0]!r} appears twice in the object; keep one"))
                continue
            if not header_checked:
                _check_header(path, list(row), columns)
                header_checked = True
            yield make_note(row, columns, path, number, surrogates=Msg.R011)


def _within(path: Path, root: Path) -> bool:
    """``path``, links followed, is inside ``root`` (already resolved)."""
    try:
        return path.resolve().is_relative_to(root)
    except (OSError, RuntimeError):  # a link loop
        return False


def _entries(folder: Path) -> list[os.DirEntry]:
    with os.scandir(folder) as it:
        return sorted(it, key=lambda e: e.name)


def read_folder(path: Path, columns: Columns) -> Iterator[Record]:
    """``DIR/<patient_id>/<note_id>.txt``, with an optional sidecar ``<note_id>.json``
    holding ``note_date`` and ``note_type``; without one the date is unknown.

    Every problem is a rejection naming the path (the rest is read): an unreadable patient
    folder, note or sidecar, a dangling link, a folder named ``*.txt``. A link that leads
    out of ``DIR`` is refused, so no file from elsewhere reaches the results or the report."""
    root = path.resolve()
    try:
        entries = _entries(path)
    except OSError as exc:
        raise ChartmatchError(Msg.E024, path=path, detail=exc.strerror or exc) from None
    for entry in entries:
        patient_dir = Path(entry.path)
        try:
            if not entry.is_dir():
                continue  # files beside the patient folders are not notes
        except OSError:
            continue
        if not _within(patient_dir, root):
            yield Rejection(str(patient_dir), 0, "R015", Msg.R015.format())
            continue
        try:
            notes = [e for e in _entries(patient_dir) if e.name.endswith(".txt")]
        except OSError as exc:
            yield Rejection(str(patient_dir), 0, "R014", Msg.R014.format(what="patient folder", detail=exc.strerror or exc))
            continue
        for note in notes:
            yield _folder_note(Path(note.path), patient_dir.name, root, columns)


def _folder_note(txt: Path, patient_id: str, root: Path, columns: Columns) -> Record:
    def reject(msg: Msg, **kw: object) -> Rejection:
        return Rejection(str(txt), 0, msg.name, msg.format(**kw))

    row: dict[str, object] = {columns.patient_id: patient_id, columns.note_id: txt.stem}
    sidecar = txt.with_suffix(".json")
    if not (_within(txt, root) and (not os.path.lexists(sidecar) or _within(sidecar, root))):
        return reject(Msg.R015)
    if txt.is_dir():
        return reject(Msg.R014, what="note", detail="a folder, not a file")
    if os.path.lexists(sidecar):
        try:
            with open(sidecar, "rb") as handle:
                meta = json.loads(handle.read().decode("utf-8-sig"))
            row[columns.note_date] = meta.get("note_date", "")
            row[columns.note_type] = meta.get("note_type", "")
        except OSError as exc:
            return reject(Msg.R008, sidecar=sidecar.name, detail=exc.strerror or exc)
        except (ValueError, UnicodeDecodeError, AttributeError, RecursionError) as exc:
            return reject(Msg.R008, sidecar=sidecar.name, detail=exc)  # positions and types, never the contents
    try:
        with open(txt, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        return reject(Msg.R014, what="note", detail=exc.strerror or exc)
    try:
        row[columns.text] = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return reject(Msg.R005)
    return make_note(row, columns, txt, 0, surrogates=Msg.R011)
