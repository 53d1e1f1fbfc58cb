"""The local engine: read -> extract (N workers) -> spill facts -> decide -> rank -> write.

The scan is :func:`chartmatch.core.screen`, the same as the Python API's and Spark's; this
engine decides where it runs: extraction on N worker processes (:mod:`.workers`), facts
spilled to disk per patient bucket (:class:`.store.FactStore`, which makes ``--resume``
possible), each patient's record written to disk as soon as it is decided, and only a
small :class:`Summary` per patient kept for ranking. So memory holds one bucket of facts
at a time, never the note texts; the output is written in rank order to a temporary file
and renamed at the end, so a reader never sees half a result. One scan at a time writes an
output (a lock beside it, :mod:`.lock`). Notes dated after the as-of date are not used for
verdicts; ``ScanOutcome.after_as_of`` counts them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..core import screen
from ..decide.spec import load_criteria
from ..read.formats import Columns
from ..read.inputs import ReadStats, check_inputs, read_notes
from ..records import STATUSES, Note, PatientResult, rank_key
from ..resources import PatternSet
from ..write.files import dumps, replacing, summary_row
from ..write.records import patient_record
from .lock import ScanLock
from .store import FactStore, note_key, private_open
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
    offset: int = -1  # where the record starts in the engine's results file

    @classmethod
    def of(cls, result: PatientResult, offset: int = -1) -> Summary:
        counts = result.counts()
        return cls(result.patient_id, result.status, result.score, counts["met"], counts["not_met"], counts["unknown"],
                   tuple(result.excluded_by()), offset)

    def sort_key(self) -> tuple:
        return rank_key(self.status, self.score, self.patient_id)


@dataclass
class ScanOutcome:
    stats: ReadStats
    as_of: date
    summaries: list[Summary] = field(default_factory=list)  # in rank order
    skipped: int = 0  # notes already done in an earlier, interrupted run
    after_as_of: int = 0  # notes read but not used: dated after the as-of date

    def by_status(self) -> dict[str, int]:
        return {s: sum(x.status == s for x in self.summaries) for s in STATUSES}


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
    seen: Callable[[Note], None] | None = None,
) -> ScanOutcome:
    """Scan ``inputs`` into ``out`` (JSONL, rank order). ``progress(n)`` after each note
    extracted; ``seen(note)`` for every note read, with its text (the report keeps them, so
    the inputs are read once)."""
    with ScanLock(out):
        return _run_scan(inputs, out, as_of=as_of, patterns=patterns, columns=columns, workers=workers,
                         resume=resume, progress=progress, seen=seen)


def _run_scan(inputs, out: Path, *, as_of: date, patterns: PatternSet, columns: Columns | None, workers: int,
              resume: bool, progress: Callable[[int], None] | None, seen: Callable[[Note], None] | None) -> ScanOutcome:
    inputs = check_inputs(inputs)
    criteria = load_criteria(patterns)
    stats = ReadStats()
    notes = read_notes(inputs, columns, stats)
    work = out.with_name(out.name + ".work")
    store = FactStore(work, resume=resume, meta={
        "inputs": _input_fingerprint(inputs), "patterns": patterns.fingerprint(),
        "columns": list(vars(columns or Columns()).values())})
    outcome = ScanOutcome(stats=stats, as_of=as_of)

    def todo():
        for note in notes:
            if seen is not None:
                seen(note)
            if note_key(note) in store.done:
                outcome.skipped += 1
                continue
            yield note

    done = 0

    def tick(_note: Note) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done)

    patterns_dir = str(patterns.user_dir) if patterns.user_dir else None
    results = screen(todo(), extract=lambda batch: extract_all(batch, patterns_dir, workers), criteria=criteria,
                     as_of=as_of, facts=store, progress=tick)
    results_path = work / "results.jsonl"
    summaries: list[Summary] = []
    with private_open(results_path, "w") as handle:
        for result in results:  # decided one bucket of facts at a time, each record on disk at once
            summaries.append(Summary.of(result, handle.tell()))
            handle.write(dumps(patient_record(result)) + "\n")
    outcome.after_as_of = store.after_as_of
    summaries.sort(key=Summary.sort_key)
    outcome.summaries = summaries

    with open(results_path, encoding="utf-8") as handle:
        def load(s: Summary) -> str:
            handle.seek(s.offset)
            return handle.readline()

        write_ranked(out, summaries, load)
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
