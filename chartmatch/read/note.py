"""The records that reading produces: a :class:`Note` to process or a :class:`Rejection`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


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
