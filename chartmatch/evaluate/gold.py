"""Gold data: a folder with ``notes.jsonl`` + ``patients.jsonl``, or brat ``.txt`` + ``.ann`` pairs."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..errors import ChartmatchError, Msg
from ..read.formats import Columns
from ..read.inputs import ReadStats, read_notes
from ..records import FLAGS, Note
from .brat import read_brat_folder


@dataclass(frozen=True)
class GoldSpan:
    note_id: str
    start: int
    end: int
    label: str
    flags: frozenset[str] = frozenset()


@dataclass
class GoldPatient:
    patient_id: str
    as_of: date | None
    status: str | None
    criteria: dict[str, str]


@dataclass
class GoldCorpus:
    notes: list[Note]
    patients: dict[str, GoldPatient] = field(default_factory=dict)
    spans: dict[str, list[GoldSpan]] = field(default_factory=dict)  # note_id -> spans, span-annotated notes only
    stats: ReadStats = field(default_factory=ReadStats)


def spans_of(note: Note, raw_spans, where: str) -> list[GoldSpan]:
    out = []
    for n, s in enumerate(raw_spans, start=1):
        try:
            start, end, label = int(s["start"]), int(s["end"]), str(s["label"])
        except (KeyError, TypeError, ValueError):
            raise ChartmatchError(Msg.E012, path=where, line=n, detail="span needs start, end and label") from None
        if not 0 <= start < end <= len(note.text):
            raise ChartmatchError(Msg.E012, path=where, line=n, detail=f"span {start}-{end} lies outside the note text ({len(note.text)} characters)")
        if "text" in s and note.text[start:end] != s["text"]:
            raise ChartmatchError(Msg.E012, path=where, line=n, detail=f"span text {s['text']!r} differs from the note text {note.text[start:end]!r}")
        out.append(GoldSpan(note.note_id, start, end, label, frozenset(f for f in FLAGS if s.get(f))))
    return out


def _read_patients(path: Path) -> dict[str, GoldPatient]:
    patients: dict[str, GoldPatient] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            pid = str(row["patient_id"])
            as_of = date.fromisoformat(row["as_of"]) if row.get("as_of") else None
            patients[pid] = GoldPatient(pid, as_of, row.get("status"), dict(row.get("criteria", {})))
        except (ValueError, KeyError, TypeError) as exc:
            raise ChartmatchError(Msg.E012, path=path, line=number, detail=f"bad gold patient record: {exc}") from None
    return patients


def load_gold(path: str | Path) -> GoldCorpus:
    folder = Path(path)
    notes_path, patients_path = folder / "notes.jsonl", folder / "patients.jsonl"
    if notes_path.is_file():
        stats = ReadStats()
        notes = list(read_notes([notes_path], Columns(), stats))
        corpus = GoldCorpus(notes=notes, stats=stats)
        for note in notes:
            if note.spans:
                corpus.spans[note.note_id] = spans_of(note, note.spans, f"{note.source} ({note.note_id})")
    elif folder.is_dir() and any(folder.rglob("*.ann")):
        notes, spans = read_brat_folder(folder)
        corpus = GoldCorpus(notes=notes, spans=spans)
    else:
        raise ChartmatchError(Msg.E011, path=folder)
    if patients_path.is_file():
        corpus.patients = _read_patients(patients_path)
    return corpus
