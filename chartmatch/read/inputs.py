"""Read several note exports as one stream, rejecting duplicates, and count what was read."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ChartmatchError, Msg
from .formats import Columns, read_csv, read_folder, read_jsonl
from .note import Note, Rejection


@dataclass
class ReadStats:
    read: int = 0
    rejected: list[Rejection] = field(default_factory=list)

    @property
    def accepted(self) -> int:
        return self.read - len(self.rejected)


def reader_for(path: Path):
    if path.is_dir():
        return read_folder
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return read_csv
    if suffix in (".jsonl", ".ndjson", ".json"):
        return read_jsonl
    raise ChartmatchError(Msg.E003, path=path)


def _key(note: Note) -> bytes:
    # 8 bytes per note keeps duplicate detection affordable for millions of notes.
    return hashlib.blake2b(f"{note.patient_id}\x00{note.note_id}".encode(), digest_size=8).digest()


def check_inputs(paths: Iterable[str | Path]) -> list[Path]:
    """Every input exists and has a known format (raises the first problem), before any work."""
    paths = [Path(p) for p in paths]
    for path in paths:
        if not path.exists():
            raise ChartmatchError(Msg.E001, path=path)
        reader_for(path)
    return paths


def read_notes(paths: Iterable[str | Path], columns: Columns | None = None, stats: ReadStats | None = None) -> Iterator[Note]:
    """Yield every acceptable note from ``paths`` in input order.

    Rejected records go to ``stats.rejected`` (nothing is dropped silently); a note whose
    (patient_id, note_id) was already read is rejected as a duplicate.
    """
    columns = columns or Columns()
    stats = stats if stats is not None else ReadStats()
    paths = check_inputs(paths)
    seen: dict[bytes, tuple[int, int]] = {}  # key -> (input index, line): compact for millions
    for index, path in enumerate(paths):
        for record in reader_for(path)(path, columns):
            stats.read += 1
            if isinstance(record, Rejection):
                stats.rejected.append(record)
                continue
            key = _key(record)
            file, _, line = record.source.rpartition(":")
            first = seen.get(key)
            if first is not None:
                first_where = f"{paths[first[0]]}:{first[1]}" if first[1] else str(paths[first[0]])
                stats.rejected.append(Rejection(file, int(line), "R004", Msg.R004.format(
                    note_id=record.note_id, patient_id=record.patient_id, first=first_where)))
                continue
            seen[key] = (index, int(line))
            yield record



def count_notes(paths: Iterable[str | Path]) -> int | None:
    """A quick count of the records in the inputs, for a progress bar's ETA (None if unknown)."""
    import csv

    total = 0
    for path in map(Path, paths):
        if path.is_dir():
            total += sum(1 for _ in path.glob("*/*.txt"))
        elif path.suffix.lower() == ".csv":
            with path.open(encoding="utf-8", errors="replace", newline="") as handle:
                total += max(sum(1 for _ in csv.reader(handle)) - 1, 0)
        elif path.is_file():
            with path.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        else:
            return None
    return total
