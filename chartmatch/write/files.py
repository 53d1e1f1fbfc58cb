"""Writing outputs: JSONL (byte-identical for the same input), a spreadsheet-safe CSV summary,
and the list of rejected rows."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from ..errors import ChartmatchError, Msg
from ..records import PatientResult, Rejection
from .records import patient_record

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def check_writable(path: Path | None, force: bool, option: str = "output") -> None:
    """``path`` can be written: a file (not a folder) in an existing folder this user may
    write in, and new unless ``force``."""
    if path is None:
        return
    if path.is_dir():
        raise ChartmatchError(Msg.E018, option=option, path=path)
    parent = path.absolute().parent
    if not parent.is_dir():
        raise ChartmatchError(Msg.E019, option=option, path=path, parent=parent)
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ChartmatchError(Msg.E020, option=option, path=path, parent=parent, detail="permission denied")
    if (path.exists() or path.is_symlink()) and not force:
        raise ChartmatchError(Msg.E004, path=path)


def _same_file(a: Path, b: Path) -> bool:
    if a.resolve() == b.resolve():
        return True
    try:
        return os.path.samefile(a, b)  # hard links, and paths resolve() cannot see through
    except OSError:
        return False


def _inside(path: Path, folder: Path) -> bool:
    return folder.is_dir() and path.resolve().is_relative_to(folder.resolve())


def check_outputs(outputs: Mapping[str, Path | None], inputs: Iterable[Path], force: bool,
                  beside: Mapping[str, Iterable[Path]] | None = None) -> None:
    """Check every output of a command before it reads anything: each can be written
    (:func:`check_writable`), none is an input or inside an input folder, and no two name
    the same file, ``force`` or not. ``beside`` lists files a command writes next to an
    output (work folder, lock), which must not be inputs either."""
    given = {option: path for option, path in outputs.items() if path is not None}
    inputs = list(inputs)
    for option, path in given.items():
        for other in [path, *(beside or {}).get(option, ())]:
            if any(_same_file(other, p) or _inside(other, p) for p in inputs):
                raise ChartmatchError(Msg.E016, option=option, path=path)
    options = list(given)
    for i, first in enumerate(options):
        for second in options[i + 1:]:
            if _same_file(given[first], given[second]):
                raise ChartmatchError(Msg.E017, first=first, second=second, path=given[second])
    for option, path in given.items():
        check_writable(path, force, option)


@contextmanager
def replacing(path: Path, *, private: bool = False, newline: str | None = "\n") -> Iterator:
    """Write ``path`` as a whole: into ``path.partial``, renamed over ``path`` when complete
    (a reader never sees half a file; an interrupted write leaves ``path`` as it was).
    ``private``: readable by the owner only (0600), for files that hold note text."""
    partial = path.with_name(path.name + ".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600 if private else 0o666)
    try:
        if private and hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)  # a partial left by an earlier run keeps its mode otherwise
        with open(fd, "w", encoding="utf-8", newline=newline) as handle:
            yield handle
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def dumps(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=False, separators=(",", ":"))


def write_jsonl(path: Path, records: Iterable[dict], *, private: bool = False) -> int:
    n = 0
    with replacing(path, private=private) as handle:
        for record in records:
            handle.write(dumps(record) + "\n")
            n += 1
    return n


def write_results(path: Path, patients: list[PatientResult]) -> int:
    """Results hold evidence quoted from the notes: owner-only, as every output with note text."""
    return write_jsonl(path, (patient_record(r) for r in patients), private=True)


def spreadsheet_safe(value: object) -> str:
    """Neutralise formula injection (OWASP): a cell starting with = + - @ is prefixed with '."""
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


SUMMARY_HEADER = ("rank", "patient_id", "status", "score", "met", "not_met", "unknown", "excluded_by")


def summary_row(rank: int, patient_id: str, status: str, score: float, counts: dict, excluded_by) -> tuple:
    return (rank, patient_id, status, f"{score:.4f}", counts["met"], counts["not_met"], counts["unknown"], ";".join(excluded_by))


def result_rows(patients: list[PatientResult]) -> Iterable[tuple]:
    for r in patients:
        yield summary_row(r.rank, r.patient_id, r.status, r.score, r.counts(), r.excluded_by())


def write_summary_csv(path: Path, rows: Iterable[tuple]) -> None:
    """One row per patient (see SUMMARY_HEADER); rows from ``result_rows`` or the scan engine."""
    with replacing(path, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(SUMMARY_HEADER)
        for row in rows:
            writer.writerow([spreadsheet_safe(x) for x in row])


def write_rejections(path: Path, rejected: list[Rejection]) -> None:
    with replacing(path, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "line", "code", "reason"])
        for r in rejected:
            writer.writerow([spreadsheet_safe(x) for x in (r.source, r.line, r.code, r.reason)])
