"""brat standoff gold (``.txt`` + ``.ann``), as n2c2-style teams annotate.

Text-bound annotations ``T1<TAB>LABEL start end<TAB>text`` and attributes
``A1<TAB>Negated T1`` (Negated, Uncertain, Historical, Hypothetical, Family). Every
offset is checked: ``text[start:end]`` must equal the annotated text, or the file and
line are named in the error. Files are ``<patient_id>/<note_id>.txt`` (or flat
``<note_id>.txt``, the patient taken from a ``<note_id>.json`` sidecar if any).
"""

from __future__ import annotations

import json
from pathlib import Path

from ..dates import parse_date
from ..errors import ChartmatchError, Msg
from ..read.note import Note

ATTRIBUTES = {"negated": "negated", "uncertain": "uncertain", "historical": "historical",
              "hypothetical": "hypothetical", "family": "family"}


def parse_ann(ann: Path, text: str, note_id: str):
    from .gold import GoldSpan

    spans: dict[str, tuple[int, int, str]] = {}
    flags: dict[str, set[str]] = {}
    for number, line in enumerate(ann.read_text(encoding="utf-8-sig").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if line.startswith("T"):
            if len(parts) < 3:
                raise ChartmatchError(Msg.E012, path=ann, line=number, detail="text-bound annotation needs ID, 'LABEL start end' and text")
            label, *offsets = parts[1].replace(";", " ").split()
            if len(offsets) != 2:
                raise ChartmatchError(Msg.E012, path=ann, line=number, detail="discontinuous spans are not supported; split the annotation")
            start, end = int(offsets[0]), int(offsets[1])
            if text[start:end] != parts[2]:
                raise ChartmatchError(Msg.E012, path=ann, line=number,
                                      detail=f"offsets {start}-{end} give {text[start:end]!r}, the annotation says {parts[2]!r}")
            spans[parts[0]] = (start, end, label)
        elif line.startswith("A") or line.startswith("M"):
            fields = parts[1].split() if len(parts) > 1 else []
            if len(fields) < 2:
                raise ChartmatchError(Msg.E012, path=ann, line=number, detail="attribute needs a name and a target")
            name = ATTRIBUTES.get(fields[0].lower())
            if name and (len(fields) < 3 or fields[2].lower() not in ("false", "no", "0")):
                flags.setdefault(fields[1], set()).add(name)
    return [GoldSpan(note_id, s, e, label, frozenset(flags.get(tid, ()))) for tid, (s, e, label) in sorted(spans.items(), key=lambda kv: kv[1])]


def read_brat_folder(folder: Path):
    notes, spans = [], {}
    for txt in sorted(folder.rglob("*.txt")):
        ann = txt.with_suffix(".ann")
        if not ann.is_file():
            continue
        text = txt.read_bytes().decode("utf-8-sig")
        meta_path = txt.with_suffix(".json")
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
        patient = meta.get("patient_id") or (txt.parent.name if txt.parent != folder else txt.stem)
        note = Note(patient_id=str(patient), note_id=txt.stem, text=text,
                    note_date=parse_date(meta["note_date"]) if meta.get("note_date") else None,
                    note_type=meta.get("note_type", ""), source=str(txt))
        notes.append(note)
        spans[note.note_id] = parse_ann(ann, text, note.note_id)
    return notes, spans
