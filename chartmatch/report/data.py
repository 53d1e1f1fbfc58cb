"""The report's view model: result records (results.jsonl) joined with the patients' notes.

Everything here is plain data; escaping happens where it is turned into HTML (Jinja2 with
autoescape, displaCy for note text). Evidence that cannot be placed in a note (the note was
not given, the offsets fall outside its text, or the text there differs) is kept and
carries a ``problem`` that the checklist shows instead of a highlight.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..errors import ChartmatchError, Msg
from ..records import FLAGS, KINDS, MANUAL, MET, NOT_MET, STATUSES, UNKNOWN, VERDICTS, Note, favourable

VERDICT_CODE = {MET: "m", NOT_MET: "n", UNKNOWN: "u"}  # one letter per criterion in a list row


@dataclass(frozen=True)
class CriterionInfo:
    """What the criteria spec says about a criterion id (for labels; optional)."""

    id: str
    kind: str
    item: str = ""
    description: str = ""


@dataclass
class Evidence:
    index: int  # per patient, the order evidence appears in the checklist
    criterion: int  # index of its criterion in the patient's list
    note_id: str
    start: int | None
    end: int | None
    text: str
    concept: str
    flags: tuple[str, ...]  # the context flags that are set, in FLAGS order
    section: str
    date: str
    values: tuple[tuple[str, str], ...]
    problem: str | None = None  # why it is not highlighted; None when it is

    @property
    def located(self) -> bool:
        return self.problem is None


@dataclass
class CriterionView:
    index: int
    id: str
    kind: str
    item: str
    description: str
    verdict: str
    reason: str
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def effect(self) -> str:
        """favourable | unfavourable | unknown | manual: what the verdict means for the patient."""
        if self.kind == MANUAL:
            return "manual"
        if self.verdict == UNKNOWN or self.verdict not in VERDICTS:
            return "unknown"
        return "favourable" if favourable(self.kind, self.verdict) else "unfavourable"

    @property
    def excludes(self) -> bool:
        return self.effect == "unfavourable"


@dataclass
class NoteView:
    note_id: str
    date: str  # ISO date or ""
    note_type: str
    text: str
    evidence: list[Evidence] = field(default_factory=list)  # located evidence in this note


@dataclass
class PatientView:
    key: str  # "p<position>": a safe DOM/URL key, whatever the patient id holds
    patient_id: str
    rank: int
    status: str
    score: float
    criteria: list[CriterionView]
    notes: list[NoteView]  # newest first

    def by_kind(self, kind: str) -> list[CriterionView]:
        return [c for c in self.criteria if c.kind == kind]

    @property
    def counts(self) -> dict[str, int]:
        decided = [c for c in self.criteria if c.kind != MANUAL]
        return {v: sum(c.verdict == v for c in decided) for v in VERDICTS}

    @property
    def excluded_by(self) -> list[CriterionView]:
        return [c for c in self.criteria if c.excludes]

    @property
    def evidence(self) -> list[Evidence]:
        return [e for c in self.criteria for e in c.evidence]

    @property
    def unlocated(self) -> int:
        return sum(not e.located for e in self.evidence)

    @property
    def status_class(self) -> str:
        return self.status if self.status in STATUSES else "other"


@dataclass
class ReportModel:
    patients: list[PatientView]
    criteria: list[CriterionInfo]  # every criterion seen, in kind then first-seen order (filters)
    as_of: str | None
    version: str
    patterns_fingerprint: str
    notes_given: int  # notes of the reported patients

    @property
    def status_counts(self) -> dict[str, int]:
        return {s: sum(p.status == s for p in self.patients) for s in STATUSES}

    def verdict_codes(self, patient: PatientView) -> str:
        """One letter per report criterion (m / n / u, - when absent): the list filter's data."""
        mine = {c.id: c.verdict for c in patient.criteria}
        return "".join(VERDICT_CODE.get(mine.get(c.id, ""), "-") for c in self.criteria)


# --- reading results.jsonl ------------------------------------------------------------------


def record_problem(record: object) -> str | None:
    """Why ``record`` is not a results.jsonl record, or None if it is one."""
    if not isinstance(record, dict):
        return f"a JSON {type(record).__name__}, not an object"
    if not isinstance(record.get("patient_id"), str) or not record["patient_id"]:
        return "no patient_id"
    criteria = record.get("criteria")
    if not isinstance(criteria, list):
        return "no criteria list"
    for c in criteria:
        if not isinstance(c, dict) or not isinstance(c.get("id"), str):
            return "a criterion without an id"
        if not isinstance(c.get("evidence", []), list):
            return f"criterion {c['id']!r}: evidence is not a list"
        if any(not isinstance(e, dict) for e in c.get("evidence", [])):
            return f"criterion {c['id']!r}: evidence item is not an object"
    return None


def read_results(path: Path) -> list[dict]:
    """The records of a results.jsonl, checked; a bad line stops with E015 naming it."""
    path = Path(path)
    if not path.is_file():
        raise ChartmatchError(Msg.E001, path=path)
    records = []
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw.decode("utf-8-sig" if number == 1 else "utf-8"))
            except UnicodeDecodeError:
                raise ChartmatchError(Msg.E015, path=path, line=number, detail="not UTF-8") from None
            except json.JSONDecodeError as exc:
                raise ChartmatchError(Msg.E015, path=path, line=number, detail=f"invalid JSON: {exc.msg}") from None
            problem = record_problem(record)
            if problem:
                raise ChartmatchError(Msg.E015, path=path, line=number, detail=problem)
            records.append(record)
    return records


# --- building the model ---------------------------------------------------------------------


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _str(value: object) -> str:
    return "" if value is None else str(value)


def _values(values: object) -> tuple[tuple[str, str], ...]:
    if not isinstance(values, Mapping):
        return ()
    out = []
    for k, v in values.items():
        shown = v if isinstance(v, str) else json.dumps(v, ensure_ascii=False, sort_keys=True)
        out.append((str(k), shown))
    return tuple(out)


def locate(ev: Evidence, notes: Mapping[str, NoteView]) -> str | None:
    """None if ``ev`` can be highlighted in its note, else the reason it cannot."""
    note = notes.get(ev.note_id)
    if note is None:
        return f"note {ev.note_id or '(none)'} is not among the notes given to the report"
    if ev.start is None or ev.end is None:
        return "the evidence has no character offsets"
    if not 0 <= ev.start < ev.end <= len(note.text):
        return f"offsets {ev.start}-{ev.end} fall outside note {ev.note_id} ({len(note.text)} characters)"
    if ev.text and note.text[ev.start:ev.end] != ev.text:
        return f"note {ev.note_id} has different text at {ev.start}-{ev.end}; was it changed after the scan?"
    return None


def newest_first(notes: Iterable[NoteView]) -> list[NoteView]:
    """Newest first, undated notes last, same-day notes in note id order (deterministic)."""
    ordered = sorted(notes, key=lambda n: n.note_id)
    ordered.sort(key=lambda n: n.date, reverse=True)  # stable; "" (undated) sorts last
    return ordered


def _kind_order(kind: str) -> int:
    return KINDS.index(kind) if kind in KINDS else len(KINDS)


def build_model(
    records: Iterable[Mapping],
    notes: Iterable[Note],
    *,
    as_of: date | str | None,
    version: str,
    patterns_fingerprint: str,
    criteria: Sequence[CriterionInfo] = (),
) -> ReportModel:
    """Join result records (in rank order) with the notes of their patients."""
    records = list(records)
    for number, record in enumerate(records, start=1):
        problem = record_problem(record)
        if problem:
            raise ChartmatchError(Msg.E015, path="results", line=number, detail=problem)
    wanted = {r["patient_id"] for r in records}
    by_patient: dict[str, dict[str, NoteView]] = {pid: {} for pid in wanted}
    for note in notes:
        mine = by_patient.get(note.patient_id)
        if mine is None or note.note_id in mine:
            continue
        mine[note.note_id] = NoteView(note.note_id, note.note_date.isoformat() if note.note_date else "",
                                      note.note_type, note.text)

    spec = {c.id: c for c in criteria}
    seen: dict[str, CriterionInfo] = {}
    patients = []
    for position, record in enumerate(records, start=1):
        notes_of = by_patient[record["patient_id"]]
        views: list[CriterionView] = []
        n_ev = 0
        for c in record["criteria"]:
            info = spec.get(c["id"])
            kind = _str(c.get("kind")) or (info.kind if info else "")
            view = CriterionView(
                index=len(views), id=c["id"], kind=kind, item=info.item if info else "",
                description=info.description if info else "", verdict=_str(c.get("verdict")),
                reason=_str(c.get("reason")))
            for e in c.get("evidence", []):
                ev = Evidence(
                    index=n_ev, criterion=view.index, note_id=_str(e.get("note_id")),
                    start=_int(e.get("start")), end=_int(e.get("end")), text=_str(e.get("text")),
                    concept=_str(e.get("concept")), flags=tuple(f for f in FLAGS if e.get(f) is True),
                    section=_str(e.get("section")), date=_str(e.get("date")), values=_values(e.get("values")))
                ev.problem = locate(ev, notes_of)
                if ev.located:
                    notes_of[ev.note_id].evidence.append(ev)
                view.evidence.append(ev)
                n_ev += 1
            views.append(view)
            seen.setdefault(view.id, CriterionInfo(view.id, view.kind, view.item, view.description))
        score = record.get("score")
        patients.append(PatientView(
            key=f"p{position}", patient_id=record["patient_id"],
            rank=_int(record.get("rank")) or position, status=_str(record.get("status")),
            score=float(score) if isinstance(score, (int, float)) and not isinstance(score, bool) else 0.0,
            criteria=views, notes=newest_first(notes_of.values())))
    ordered = sorted(seen.values(), key=lambda c: _kind_order(c.kind))  # stable: first-seen within a kind
    return ReportModel(
        patients=patients, criteria=ordered,
        as_of=as_of.isoformat() if isinstance(as_of, date) else (as_of or None),
        version=version, patterns_fingerprint=patterns_fingerprint,
        notes_given=sum(len(n) for n in by_patient.values()))
