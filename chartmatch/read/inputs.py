"""Read several note exports as one stream, rejecting duplicates, and count what was read."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ChartmatchError, Msg
from .formats import Columns, read_csv, read_folder, read_jsonl
from ..records import Note, Rejection, note_key


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
    if suffix in (".parquet", ".pq"):
        from .parquet import read_parquet

        return read_parquet
    raise ChartmatchError(Msg.E003, path=path)


FOLDER_HINT = ": a folder input holds DIR/<patient_id>/<note_id>.txt"


def _blank(path: Path) -> bool:
    """The file holds nothing but whitespace (and a BOM); cheap: only small files are read."""
    size = path.stat().st_size
    if size > 65536:
        return False
    return not path.read_bytes().replace(b"\xef\xbb\xbf", b"").strip()


def check_inputs(paths: Iterable[str | Path]) -> list[Path]:
    """Every input exists, has a known format and is not plainly empty (raises the first
    problem), before any work. An input that turns out to hold no record when it is read
    stops the command too (:func:`read_notes`): reading nothing is never a success."""
    paths = [Path(p) for p in paths]
    if not paths:
        raise ChartmatchError(Msg.E023, path="the command line", hint=": give at least one input")
    for path in paths:
        if not path.exists():
            raise ChartmatchError(Msg.E001, path=path)
        reader = reader_for(path)
        if path.is_dir():
            try:
                with os.scandir(path) as entries:
                    has_folder = any(e.is_dir() for e in entries)
            except OSError as exc:
                raise ChartmatchError(Msg.E024, path=path, detail=exc.strerror or exc) from None
            if not has_folder:
                raise ChartmatchError(Msg.E023, path=path, hint=FOLDER_HINT)
        elif _blank(path):
            if reader is read_csv:
                raise ChartmatchError(Msg.E010, path=path)
            raise ChartmatchError(Msg.E023, path=path, hint=": the file is empty")
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
        before = stats.read
        for record in _read_one(path, columns):
            stats.read += 1
            if isinstance(record, Rejection):
                stats.rejected.append(record)
                continue
            key = note_key(record.patient_id, record.note_id)  # 8 bytes a note: affordable for millions
            file, _, line = record.source.rpartition(":")
            first = seen.get(key)
            if first is not None:
                first_where = f"{paths[first[0]]}:{first[1]}" if first[1] else str(paths[first[0]])
                stats.rejected.append(Rejection(file, int(line), "R004", Msg.R004.format(
                    note_id=record.note_id, patient_id=record.patient_id, first=first_where)))
                continue
            seen[key] = (index, int(line))
            yield record
        if stats.read == before:
            raise ChartmatchError(Msg.E023, path=path, hint=FOLDER_HINT if path.is_dir() else
                                  ": no record after the header" if path.suffix.lower() == ".csv" else ": no JSON line")


def _read_one(path: Path, columns: Columns) -> Iterator[Note | Rejection]:
    return reader_for(path)(path, columns)



SAMPLE_BYTES = 1 << 18  # read from each input file to estimate its number of records


def estimate_notes(paths: Iterable[str | Path]) -> int | None:
    """About how many records the inputs hold, for a progress bar's ETA, without reading them
    through: a folder's ``*/*.txt`` are counted (a listing); a file's size is divided by the
    mean record size in its first 256 KB (a smaller file is counted exactly). None if unknown."""
    import csv
    import io

    total = 0
    for path in map(Path, paths):
        if path.is_dir():
            total += sum(1 for _ in path.glob("*/*.txt"))
            continue
        if not path.is_file():
            return None
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(SAMPLE_BYTES)
        whole = len(head) >= size
        if path.suffix.lower() == ".csv":
            rows = sum(1 for _ in csv.reader(io.StringIO(head.decode("utf-8", errors="replace"), newline="")))
            records = max(rows - 1 - (not whole), 0)  # the header; a record cut by the sample's end
        else:
            lines = head.splitlines()
            records = sum(1 for line in lines[: len(lines) if whole else -1] if line.strip())
        total += records if whole or not head else round(records * size / len(head))
    return total
