"""Facts spilled to disk, bucketed by patient, so a scan's memory does not grow with its input.

A work folder beside the output holds ``facts/<bucket>.jsonl`` (one line per note:
key, patient id, note date, fact rows) and ``done.log`` (the keys of notes whose line is
on disk). A note's key enters ``done.log`` only after its bucket line is flushed, and
lines whose key is not in ``done.log`` are ignored on load, so an interrupted scan
resumes without duplicated or lost facts. Every note's facts are kept, whatever its
date: the as-of rule applies when patients are decided, so a scan resumed with another
``--as-of`` is still right. The folder and its files are the owner's only (0700/0600):
they hold quotes from the notes.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from ..errors import ChartmatchError, Msg
from ..records import Fact, Note, known_at
from ..records import note_key as _note_key

FLUSH_EVERY = 256  # notes between flushes of the buckets and the done log
FORMAT = 2  # of the bucket lines; a work folder of another format is not resumed


def private_dir(path: Path) -> None:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)  # mkdir's mode is narrowed by the umask, never widened; be exact


def private_open(path: Path, mode: str):
    """``open(path, mode)`` for text, creating the file readable by the owner only."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if mode == "a" else os.O_TRUNC)
    return open(os.open(path, flags, 0o600), mode, encoding="utf-8")


def note_key(note: Note) -> str:
    """The note's key in ``done.log`` (:func:`chartmatch.records.note_key`, in hex)."""
    return _note_key(note.patient_id, note.note_id).hex()


def bucket_of(patient_id: str, buckets: int) -> int:
    return int.from_bytes(hashlib.blake2b(patient_id.encode(), digest_size=4).digest(), "big") % buckets


class FactStore:
    def __init__(self, folder: Path, *, meta: dict, resume: bool, buckets: int = 64) -> None:
        self.folder, self.buckets = folder, buckets
        meta = {**meta, "buckets": buckets, "format": FORMAT}
        meta_path = folder / "meta.json"
        if resume and meta_path.is_file():
            previous = json.loads(meta_path.read_text(encoding="utf-8"))
            if previous != meta:
                changed = sorted(k for k in meta if previous.get(k) != meta.get(k))
                raise ChartmatchError(Msg.E014, path=folder, changed=", ".join(changed))
        else:
            if folder.exists():
                shutil.rmtree(folder)
            private_dir(folder)
            private_dir(folder / "facts")
            with private_open(meta_path, "w") as handle:
                handle.write(json.dumps(meta, sort_keys=True))
        private_dir(folder)  # also a folder kept from an earlier run
        self.done: set[str] = set()
        done_path = folder / "done.log"
        if done_path.is_file():
            self.done = {line.strip() for line in done_path.read_text(encoding="utf-8").splitlines() if line.strip()}
        self._files = [private_open(folder / "facts" / f"{b:03d}.jsonl", "a") for b in range(buckets)]
        self._done_file = private_open(done_path, "a")
        self._pending: list[str] = []
        self.after_as_of = 0  # notes left out by patients(): dated after the as-of date

    def add(self, note: Note, rows: list[list]) -> None:
        key = note_key(note)
        day = note.note_date.isoformat() if note.note_date else None
        line = json.dumps([key, note.patient_id, day, rows], ensure_ascii=False, separators=(",", ":"))
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

    def patients(self, as_of: date | None = None) -> Iterator[tuple[str, list[Fact]]]:
        """Every patient's facts, one bucket in memory at a time, patients sorted within a
        bucket; notes dated after ``as_of`` are left out and counted in ``after_as_of``."""
        for bucket in range(self.buckets):
            by_patient, later = self.patients_in(bucket, as_of)
            self.after_as_of += later
            yield from sorted(by_patient.items())

    def patients_in(self, bucket: int, as_of: date | None = None) -> tuple[dict[str, list[Fact]], int]:
        """The facts of every patient in one bucket (each note once, unfinished notes
        skipped), and how many notes were left out because they are dated after ``as_of``.
        A patient whose every note is dated after ``as_of`` is not in the bucket at all."""
        by_patient: dict[str, list[Fact]] = defaultdict(list)
        seen: set[str] = set()
        later = 0
        with open(self.folder / "facts" / f"{bucket:03d}.jsonl", encoding="utf-8") as handle:
            for line in handle:
                try:
                    key, patient_id, day, rows = json.loads(line)
                except ValueError:
                    continue  # a line cut short by an interruption; its note is not in done.log
                if key not in self.done or key in seen:
                    continue
                seen.add(key)
                if as_of is not None and not known_at(date.fromisoformat(day) if day else None, as_of):
                    later += 1
                    continue
                by_patient[patient_id].extend(Fact.from_row(r) for r in rows)
        return by_patient, later

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
