"""The batch scan: read -> extract (N workers) -> spill facts -> decide per bucket -> rank -> write.

Memory holds one bucket of facts at a time and one small summary per patient, never the
note texts; the output is written in rank order to a temporary file and renamed at the
end, so a reader never sees half a result.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..decide.patient import STATUS_ORDER, decide_patient
from ..decide.spec import load_criteria
from ..read.formats import Columns
from ..read.inputs import ReadStats, check_inputs, read_notes
from ..resources import PatternSet
from ..write.files import dumps, summary_row
from ..write.records import patient_record
from .store import FactStore, note_key
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
    for note, rows in extract_all(todo(), str(patterns.user_dir) if patterns.user_dir else None, workers):
        store.add(note, rows)
        done += 1
        if progress is not None:
            progress(done)
    store.close()

    criteria = load_criteria(patterns)
    results_dir = work / "results"
    results_dir.mkdir(exist_ok=True)
    summaries: list[Summary] = []
    for bucket in range(store.buckets):
        with open(results_dir / f"{bucket:03d}.jsonl", "w", encoding="utf-8") as handle:
            for patient_id, facts in sorted(store.patients(bucket).items()):
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
    partial = out.with_name(out.name + ".partial")
    with open(partial, "w", encoding="utf-8", newline="\n") as target:
        for rank, s in enumerate(summaries, start=1):
            record = json.loads(load(s))
            record["rank"] = rank
            target.write(dumps(record) + "\n")
    os.replace(partial, out)


def summary_rows(summaries: list[Summary]):
    for rank, s in enumerate(summaries, start=1):
        counts = {"met": s.met, "not_met": s.not_met, "unknown": s.unknown}
        yield summary_row(rank, s.patient_id, s.status, s.score, counts, s.excluded_by)
