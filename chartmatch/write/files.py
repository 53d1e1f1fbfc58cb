"""Writing outputs: JSONL (byte-identical for the same input), a spreadsheet-safe CSV summary,
and the list of rejected rows."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path

from ..decide.patient import PatientResult
from ..errors import ChartmatchError, Msg
from ..read.note import Rejection
from .records import patient_record

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def check_writable(path: Path | None, force: bool) -> None:
    if path is not None and path.exists() and not force:
        raise ChartmatchError(Msg.E004, path=path)


def dumps(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=False, separators=(",", ":"))


def write_jsonl(path: Path, records: Iterable[dict]) -> int:
    n = 0
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for record in records:
            handle.write(dumps(record) + "\n")
            n += 1
    return n


def write_results(path: Path, patients: list[PatientResult]) -> int:
    return write_jsonl(path, (patient_record(r) for r in patients))


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
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(SUMMARY_HEADER)
        for row in rows:
            writer.writerow([spreadsheet_safe(x) for x in row])


def write_rejections(path: Path, rejected: list[Rejection]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "line", "code", "reason"])
        for r in rejected:
            writer.writerow([spreadsheet_safe(x) for x in (r.source, r.line, r.code, r.reason)])
