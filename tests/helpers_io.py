"""Helpers for the reader and batch tests: build note inputs on disk."""

from __future__ import annotations

from pathlib import Path


def make_text_folder(root: Path, notes) -> Path:
    """A folder of notes, one ``<patient>/<note>.txt`` per ``(patient_id, note_id, text)``."""
    for pid, nid, text in notes:
        (root / pid).mkdir(parents=True, exist_ok=True)
        (root / pid / f"{nid}.txt").write_text(text, encoding="utf-8")
    return root
