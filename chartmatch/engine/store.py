"""Facts spilled to disk, bucketed by patient, so a scan's memory does not grow with its input.

A work folder beside the output holds ``facts/<bucket>.jsonl`` (one line per note:
key, patient id, fact rows) and ``done.log`` (the keys of notes whose line is on disk).
A note's key enters ``done.log`` only after its bucket line is flushed, and lines whose
key is not in ``done.log`` are ignored on load, so an interrupted scan resumes without
duplicated or lost facts.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections import defaultdict
from pathlib import Path

from ..errors import ChartmatchError, Msg
from ..extract.facts import Fact
from ..read.note import Note

FLUSH_EVERY = 256  # notes between flushes of the buckets and the done log


def note_key(note: Note) -> str:
    return hashlib.blake2b(f"{note.patient_id}\x00{note.note_id}".encode(), digest_size=8).hexdigest()


def bucket_of(patient_id: str, buckets: int) -> int:
    return int.from_bytes(hashlib.blake2b(patient_id.encode(), digest_size=4).digest(), "big") % buckets


class FactStore:
    def __init__(self, folder: Path, *, meta: dict, resume: bool, buckets: int = 64) -> None:
        self.folder, self.buckets = folder, buckets
        meta = {**meta, "buckets": buckets}
        meta_path = folder / "meta.json"
        if resume and meta_path.is_file():
            previous = json.loads(meta_path.read_text(encoding="utf-8"))
            if previous != meta:
                changed = sorted(k for k in meta if previous.get(k) != meta.get(k))
                raise ChartmatchError(Msg.E014, path=folder, changed=", ".join(changed))
        else:
            if folder.exists():
                shutil.rmtree(folder)
            (folder / "facts").mkdir(parents=True)
            meta_path.write_text(json.dumps(meta, sort_keys=True), encoding="utf-8")
        self.done: set[str] = set()
        done_path = folder / "done.log"
        if done_path.is_file():
            self.done = {line.strip() for line in done_path.read_text(encoding="utf-8").splitlines() if line.strip()}
        self._files = [open(folder / "facts" / f"{b:03d}.jsonl", "a", encoding="utf-8") for b in range(buckets)]
        self._done_file = open(done_path, "a", encoding="utf-8")
        self._pending: list[str] = []

    def add(self, note: Note, rows: list[list]) -> None:
        key = note_key(note)
        line = json.dumps([key, note.patient_id, rows], ensure_ascii=False, separators=(",", ":"))
        self._files[bucket_of(note.patient_id, self.buckets)].write(line + "\n")
        self._pending.append(key)
        if len(self._pending) >= FLUSH_EVERY:
            self.flush()

    def flush(self) -> None:
        for handle in self._files:
            handle.flush()
        if self._pending:
            self._done_file.write("\n".join(self._pending) + "\n")
            self._done_file.flush()
            self.done.update(self._pending)
            self._pending.clear()

    def close(self) -> None:
        self.flush()
        for handle in self._files:
            handle.close()
        self._done_file.close()

    def patients(self, bucket: int) -> dict[str, list[Fact]]:
        """The facts of every patient in one bucket (each note once, unfinished notes skipped)."""
        by_patient: dict[str, list[Fact]] = defaultdict(list)
        seen: set[str] = set()
        with open(self.folder / "facts" / f"{bucket:03d}.jsonl", encoding="utf-8") as handle:
            for line in handle:
                try:
                    key, patient_id, rows = json.loads(line)
                except ValueError:
                    continue  # a line cut short by an interruption; its note is not in done.log
                if key not in self.done or key in seen:
                    continue
                seen.add(key)
                by_patient[patient_id].extend(Fact.from_row(r) for r in rows)
        return by_patient

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
