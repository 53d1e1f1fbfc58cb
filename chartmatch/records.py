"""The records every layer hands on, and the words they are written in.

Reading makes a :class:`Note` or a :class:`Rejection`; extraction makes :class:`Fact` objects;
deciding makes a :class:`Verdict` per criterion and a :class:`PatientResult` per patient;
ranking, writing, the report, the engines and evaluation only read them. This module
imports nothing of chartmatch and nothing of spaCy, so every layer can build on it, and the
vocabulary (context flags, verdicts, kinds, statuses, which verdict favours a patient, the
rank order, a note's key) is written here once.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from datetime import date

# --- vocabulary ------------------------------------------------------------------------------

FLAGS = ("negated", "uncertain", "historical", "hypothetical", "family")  # a fact's context flags
# the ``type`` values of a correction fact that take a statement back ("entered in error", "is incorrect")
RETRACTIONS = ("retraction", "retraction_after")

MET, NOT_MET, UNKNOWN = "met", "not_met", "unknown"
VERDICTS = (MET, NOT_MET, UNKNOWN)

INCLUSION, EXCLUSION, MANUAL = "inclusion", "exclusion", "manual"
KINDS = (INCLUSION, EXCLUSION, MANUAL)  # manual criteria are always unknown and never change a status

ELIGIBLE, NEEDS_REVIEW, EXCLUDED = "eligible", "needs_review", "excluded"
STATUSES = (ELIGIBLE, NEEDS_REVIEW, EXCLUDED)  # in rank order
STATUS_ORDER = {status: n for n, status in enumerate(STATUSES)}

MAX_EVIDENCE = 12  # facts kept per verdict: the deciding ones first


def favourable(kind: str, verdict: str) -> bool:
    """The verdict speaks for the patient: an inclusion met, an exclusion not met."""
    return (kind == INCLUSION and verdict == MET) or (kind == EXCLUSION and verdict == NOT_MET)


def unfavourable(kind: str, verdict: str) -> bool:
    """The verdict excludes the patient: an inclusion not met, an exclusion met."""
    return (kind == INCLUSION and verdict == NOT_MET) or (kind == EXCLUSION and verdict == MET)


def rank_key(status: str, score: float, patient_id: str) -> tuple:
    """Rank order: eligible, needs_review, excluded; higher score first; ties by patient id."""
    return (STATUS_ORDER[status], -score, patient_id)


def note_key(patient_id: str, note_id: str) -> bytes:
    """A note's identity in 8 bytes (duplicate detection, the resume log): cheap for millions."""
    return hashlib.blake2b(f"{patient_id}\x00{note_id}".encode(), digest_size=8).digest()


def known_at(note_date: date | None, as_of: date) -> bool:
    """A screen as of ``as_of`` uses what was known then: no note dated after it (undated notes are used)."""
    return note_date is None or note_date <= as_of


# --- reading ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Note:
    patient_id: str
    note_id: str
    text: str
    note_date: date | None = None
    note_type: str = ""
    source: str = ""  # "file:line" where the note was read, for messages
    spans: tuple = ()  # gold spans, when the input carries them (annotated notes)


@dataclass(frozen=True, slots=True)
class Rejection:
    """A row that was read but not processed, with where it was and why."""

    source: str  # file path
    line: int  # 1-based line (CSV: the line the record starts on); 0 for a whole file
    code: str
    reason: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.reason}"


# --- extracting ------------------------------------------------------------------------------


@dataclass(slots=True)
class Fact:
    patient_id: str
    note_id: str
    concept: str
    start: int  # character offsets into the note text: text[start:end] is the evidence
    end: int
    text: str
    norm: str = ""
    values: dict = field(default_factory=dict)
    negated: bool = False
    uncertain: bool = False
    historical: bool = False
    hypothetical: bool = False
    family: bool = False
    protocol: bool = False  # about the PROMIS protocol's own plan, not the patient's history
    current: bool = False  # described as ongoing ("is on", a current medication list)
    section: str | None = None
    date: date | None = None  # the event's date: from the sentence, else the note's date
    date_in_text: bool = False
    note_date: date | None = None
    sentence: int = 0
    cues: tuple = ()

    def to_row(self) -> list:
        """A compact, JSON-ready row (field order of the dataclass); ``from_row`` inverts it."""
        row = [getattr(self, name) for name in _FIELDS]
        for i in _DATE_FIELDS:
            row[i] = row[i].isoformat() if row[i] else None
        row[_CUES] = [list(c) for c in row[_CUES]]
        return row

    @classmethod
    def from_row(cls, row: list) -> Fact:
        row = list(row)
        for i in _DATE_FIELDS:
            row[i] = date.fromisoformat(row[i]) if row[i] else None
        row[_CUES] = tuple(tuple(c) for c in row[_CUES])
        return cls(*row)

    def to_dict(self) -> dict:
        return {
            "patient_id": self.patient_id,
            "note_id": self.note_id,
            "concept": self.concept,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "norm": self.norm,
            "values": self.values,
            **{flag: getattr(self, flag) for flag in FLAGS},
            "protocol": self.protocol,
            "current": self.current,
            "section": self.section,
            "date": self.date.isoformat() if self.date else None,
            "date_in_text": self.date_in_text,
            "note_date": self.note_date.isoformat() if self.note_date else None,
            "cues": [list(c) for c in self.cues],
        }


_FIELDS = tuple(f.name for f in fields(Fact))
_DATE_FIELDS = tuple(i for i, name in enumerate(_FIELDS) if name in ("date", "note_date"))
_CUES = _FIELDS.index("cues")


# --- deciding --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    """A criterion's verdict for one patient, with the facts that decided it."""

    id: str
    kind: str
    verdict: str
    reason: str
    evidence: tuple[Fact, ...] = ()

    @classmethod
    def of(cls, criterion, verdict: str, reason: str, evidence=()) -> Verdict:
        unique = {id(f): f for f in evidence if f is not None}  # first occurrence keeps its place
        ordered = tuple(unique.values())[:MAX_EVIDENCE]
        return cls(criterion.id, criterion.kind, verdict, reason, ordered)


@dataclass(frozen=True)
class PatientResult:
    patient_id: str
    status: str
    score: float
    verdicts: tuple[Verdict, ...]
    rank: int = 0

    def excluded_by(self) -> list[str]:
        return [v.id for v in self.verdicts if unfavourable(v.kind, v.verdict)]

    def counts(self) -> dict[str, int]:
        decided = [v for v in self.verdicts if v.kind != MANUAL]
        return {k: sum(v.verdict == k for v in decided) for k in VERDICTS}

    def rank_key(self) -> tuple:
        return rank_key(self.status, self.score, self.patient_id)

