"""The Python API: notes in, ranked patients with evidence out. The CLI is a thin layer over it.

    >>> from chartmatch import Matcher
    >>> results = Matcher().match(notes, as_of=date(2026, 11, 24))

The scan itself is :func:`chartmatch.core.screen`, the same for the local and Spark engines;
the Matcher runs it in this process with the facts in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .core import FactsInMemory, each, known_by, screen
from .decide.patient import decide_patient
from .decide.spec import Criterion, load_criteria
from .extract.pipeline import Extractor
from .rank.ranking import rank
from .read.formats import Columns
from .read.inputs import ReadStats, read_notes
from .records import Fact, Note, PatientResult
from .resources import PatternSet

__all__ = ["Matcher", "ScanResult", "known_by"]  # known_by: the as-of rule (chartmatch.core), kept importable here


@dataclass
class ScanResult:
    patients: list[PatientResult]
    stats: ReadStats
    as_of: date
    after_as_of: int = 0  # notes read but not used: dated after the as-of date


class Matcher:
    """Build once (loading the rules takes about a second), then match any number of notes."""

    def __init__(self, patterns: str | Path | PatternSet | None = None) -> None:
        self.patterns = patterns if isinstance(patterns, PatternSet) else PatternSet.load(patterns)
        self.criteria: list[Criterion] = load_criteria(self.patterns)
        self.extractor = Extractor(self.patterns)

    def extract(self, note: Note) -> list[Fact]:
        return self.extractor.extract(note)

    def decide(self, facts_by_patient: dict[str, list[Fact]], as_of: date) -> list[PatientResult]:
        results = [decide_patient(pid, facts, self.criteria, as_of) for pid, facts in facts_by_patient.items()]
        return rank(results)

    def match(self, notes: Iterable[Note], as_of: date | None = None,
              progress: Callable[[Note], None] | None = None, *, skipped: list[int] | None = None) -> list[PatientResult]:
        """Decide and rank the patients of ``notes`` as of ``as_of``. Notes dated after it
        are not used (``skipped[0]`` counts them); a patient with no other note is not ranked."""
        as_of = as_of or date.today()
        facts = FactsInMemory()
        ranked = rank(screen(notes, extract=each(self.extract), criteria=self.criteria, as_of=as_of, facts=facts,
                             progress=progress))
        if skipped is not None:
            skipped[0] += facts.after_as_of
        return ranked

    def scan(self, inputs: Iterable[str | Path], as_of: date | None = None, columns: Columns | None = None,
             progress: Callable[[Note], None] | None = None) -> ScanResult:
        """Read note exports and match them; rejected rows are in ``result.stats``."""
        as_of = as_of or date.today()
        stats = ReadStats()
        skipped = [0]
        patients = self.match(read_notes(inputs, columns, stats), as_of, progress, skipped=skipped)
        return ScanResult(patients=patients, stats=stats, as_of=as_of, after_as_of=skipped[0])
