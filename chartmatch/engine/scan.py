"""The batch scan: read -> extract (N workers) -> spill facts -> decide per bucket -> rank -> write.

Memory holds one bucket of facts at a time and one small summary per patient, never the
note texts; the output is written in rank order to a temporary file and renamed at the
end, so a reader never sees half a result. One scan at a time writes an output (a lock
beside it, :mod:`.lock`). Notes dated after the as-of date are not used for verdicts
(a screen as of a date uses what was known then); ``ScanOutcome.after_as_of`` counts them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..decide.patient import STATUS_ORDER, decide_patient
from ..decide.spec import load_criteria
from ..read.formats import Columns
from ..read.inputs import ReadStats, check_inputs, read_notes
from ..resources import PatternSet
from ..write.files import dumps, replacing, summary_row
from ..write.records import patient_record
from .lock import ScanLock
from .store import FactStore, note_key, private_dir, private_open
from .workers import extract_all


@dataclass(frozen=True, slots=True)
class Summary:
    """What ranking and the CSV summary need of a patient; the full record stays on disk."""

    patient_id: str
    status: str
    score: float
    met: int
    not_met: int
    unknown: int
    excluded_by: tuple[str, ...]
    bucket: int
    offset: int

    def sort_key(self) -> tuple:
        return (STATUS_ORDER[self.status], -self.score, self.patient_id)


@dataclass
class ScanOutcome:
    stats: ReadStats
    as_of: date
    summaries: list[Summary] = field(default_factory=list)  # in rank order
    skipped: int = 0  # notes already done in an earlier, interrupted run
    after_as_of: int = 0  # notes read but not used: dated after the as-of date

    def by_status(self) -> dict[str, int]:
        return {s: sum(x.status == s for x in self.summaries) for s in STATUS_ORDER}


def _input_fingerprint(inputs: list[Path]) -> list[list]:
    out = []
    for p in inputs:
        st = p.stat()
        out.append([str(p.resolve()), st.st_size if p.is_file() else 0, int(st.st_mtime)])
    return out


def run_scan(
    inputs: Iterable[str | Path],
    out: Path,
    *,
    as_of: date,
    patterns: PatternSet,
    columns: Columns | None = None,
    workers: int = 1,
    resume: bool = False,
    progress: Callable[[int], None] | None = None,
) -> ScanOutcome:
    with ScanLock(out):
        return _run_scan(inputs, out, as_of=as_of, patterns=patterns, columns=columns, workers=workers,
                         resume=resume, progress=progress)


def _run_scan(inputs, out: Path, *, as_of: date, patterns: PatternSet, columns: Columns | None, workers: int,
              resume: bool, progress: Callable[[int], None] | None) -> ScanOutcome:
    inputs = check_inputs(inputs)
    stats = ReadStats()
    notes = read_notes(inputs, columns, stats)
    work = out.with_name(out.name + ".work")
    store = FactStore(work, resume=resume, meta={
        "inputs": _input_fingerprint(inputs), "patterns": patterns.fingerprint(),
        "columns": list(vars(columns or Columns()).values())})
    outcome = ScanOutcome(stats=stats, as_of=as_of)

    def todo():
        for note in notes:
            if note_key(note) in store.done:
                outcome.skipped += 1
                continue
            yield note

    done = 0
    try:
        for note, rows in extract_all(todo(), str(patterns.user_dir) if patterns.user_dir else None, workers):
            store.add(note, rows)
            done += 1
            if progress is not None:
                progress(done)
    finally:
        store.close()  # what was extracted is on disk for --resume, however the loop ended

    criteria = load_criteria(patterns)
    results_dir = work / "results"
    private_dir(results_dir)
    summaries: list[Summary] = []
    for bucket in range(store.buckets):
        by_patient, later = store.patients(bucket, as_of)
        outcome.after_as_of += later
        with private_open(results_dir / f"{bucket:03d}.jsonl", "w") as handle:
            for patient_id, facts in sorted(by_patient.items()):
                result = decide_patient(patient_id, facts, criteria, as_of)
                offset = handle.tell()
                handle.write(dumps(patient_record(result)) + "\n")
                counts = result.counts()
                summaries.append(Summary(patient_id, result.status, result.score, counts["met"], counts["not_met"],
                                         counts["unknown"], tuple(result.excluded_by()), bucket, offset))
    summaries.sort(key=Summary.sort_key)
    outcome.summaries = summaries

    handles: dict[int, object] = {}

    def load(s: Summary) -> str:
        handle = handles.get(s.bucket) or handles.setdefault(s.bucket, open(results_dir / f"{s.bucket:03d}.jsonl", encoding="utf-8"))
        handle.seek(s.offset)
        return handle.readline()

    try:
        write_ranked(out, summaries, load)
    finally:
        for handle in handles.values():
            handle.close()
    store.remove()
    return outcome



def write_ranked(out: Path, summaries: list[Summary], load: Callable[[Summary], str]) -> None:
    """Write each patient's record (``load`` returns its JSON without rank) in rank order,
    to a temporary file renamed at the end."""
    with replacing(out, private=True) as target:  # evidence quotes the notes: owner-only
        for rank, s in enumerate(summaries, start=1):
            record = json.loads(load(s))
            record["rank"] = rank
            target.write(dumps(record) + "\n")


def summary_rows(summaries: list[Summary]):
    for rank, s in enumerate(summaries, start=1):
        counts = {"met": s.met, "not_met": s.not_met, "unknown": s.unknown}
        yield summary_row(rank, s.patient_id, s.status, s.score, counts, s.excluded_by)
