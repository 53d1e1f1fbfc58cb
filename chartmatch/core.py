"""The scan, written once: notes -> facts -> a verdict per criterion -> patient results.

    ranked = rank(screen(notes, extract=each(extractor.extract), criteria=criteria, as_of=day))

Every way of running chartmatch calls :func:`screen`; each driver decides only *where* its
steps run and where the facts wait between extracting and deciding:

- the Python API (:class:`chartmatch.Matcher`) and ``evaluate``: in this process, facts in
  memory (:class:`FactsInMemory`);
- the local engine (:mod:`chartmatch.engine.scan`): extraction on N processes, facts spilled
  to disk by patient bucket (:class:`chartmatch.engine.store.FactStore`);
- Spark (:mod:`chartmatch.spark`): one call per patient group on an executor.

The as-of rule is applied here too (:func:`chartmatch.records.known_at`): a note dated after
the as-of date is not used. In memory such a note is not even extracted; a store keeps every
note's facts (so a ``--resume`` with another ``--as-of`` is right) and leaves them out when
the patients are decided. Ranking is :func:`chartmatch.rank.ranking.rank`, or the same key
(:func:`chartmatch.records.rank_key`) over summaries when the results stay on disk.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date
from typing import Any, Protocol

from .decide.patient import decide_patient
from .decide.spec import Criterion
from .records import Fact, Note, PatientResult, known_at

# Where extraction runs: notes in, (note, its facts) out, in input order. The facts are in
# whatever form the fact holder keeps (Fact objects in memory, compact rows on disk).
Extract = Callable[[Iterable[Note]], Iterable[tuple[Note, Any]]]
# The as-of date: one for every patient, or one per patient (evaluation at each gold as_of).
AsOf = date | Callable[[str], date]


class FactHolder(Protocol):
    """Where facts wait between extracting and deciding."""

    after_as_of: int  # notes left out because they are dated after the as-of date

    def add(self, note: Note, facts: Any) -> None: ...

    def close(self) -> None: ...

    def patients(self, as_of: AsOf) -> Iterable[tuple[str, list[Fact]]]: ...


class FactsInMemory:
    """Facts per patient in memory, patients in first-seen order. ``patients`` seeds ids to
    decide even without a note (evaluation: every gold patient is decided)."""

    def __init__(self, patients: Iterable[str] = ()) -> None:
        self.by_patient: dict[str, list[Fact]] = {pid: [] for pid in patients}
        self.after_as_of = 0

    def known(self, notes: Iterable[Note], as_of: AsOf) -> Iterator[Note]:
        """The notes a screen as of ``as_of`` may use (counting the others): only these are extracted."""
        for note in notes:
            if known_at(note.note_date, day_for(as_of, note.patient_id)):
                yield note
            else:
                self.after_as_of += 1

    def add(self, note: Note, facts: list[Fact]) -> None:
        # even no facts make an entry: the patient is still decided and ranked
        self.by_patient.setdefault(note.patient_id, []).extend(facts)

    def close(self) -> None:
        pass

    def patients(self, as_of: AsOf) -> Iterable[tuple[str, list[Fact]]]:
        return self.by_patient.items()


def day_for(as_of: AsOf, patient_id: str) -> date:
    return as_of(patient_id) if callable(as_of) else as_of


def each(extract_one: Callable[[Note], Any]) -> Extract:
    """Extraction in this process, one note at a time."""
    return lambda notes: ((note, extract_one(note)) for note in notes)


def screen(notes: Iterable[Note], *, extract: Extract, criteria: list[Criterion], as_of: AsOf,
           facts: FactHolder | None = None, progress: Callable[[Note], None] | None = None) -> Iterator[PatientResult]:
    """Read -> extract -> decide: one unranked result per patient that has a note known at
    ``as_of``, in the holder's patient order. ``facts`` is where facts wait (default: in
    memory, notes dated after ``as_of`` not extracted; ``facts.after_as_of`` counts them);
    it is closed when extraction ends, however it ends (a store keeps what was done).
    ``progress`` is called after each note is extracted."""
    holder = facts if facts is not None else FactsInMemory()
    if isinstance(holder, FactsInMemory):
        notes = holder.known(notes, as_of)
    try:
        for note, found in extract(notes):
            holder.add(note, found)
            if progress is not None:
                progress(note)
    finally:
        holder.close()
    for patient_id, patient_facts in holder.patients(as_of):
        yield decide_patient(patient_id, patient_facts, criteria, day_for(as_of, patient_id))


def known_by(notes: Iterable[Note], as_of: date, skipped: list[int] | None = None) -> Iterator[Note]:
    """The notes a screen as of ``as_of`` may use: none dated after it (undated notes are
    used). ``skipped[0]`` counts the others."""
    for note in notes:
        if not known_at(note.note_date, as_of):
            if skipped is not None:
                skipped[0] += 1
            continue
        yield note


def as_of_by_patient(days: Mapping[str, date], default: date) -> Callable[[str], date]:
    return lambda patient_id: days.get(patient_id) or default
