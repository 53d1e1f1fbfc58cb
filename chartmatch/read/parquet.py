"""Parquet exports read locally with pyarrow (``pip install 'chartmatch[parquet]'``): no JVM.

Rows are read in batches and checked exactly as JSONL records are (``formats.make_note``:
the same rejections, ``file:row`` for the line, row 1 the first). A date or timestamp column
(a pandas ``datetime64`` column, with or without a time zone) gives the note's date (its day,
in its own zone); a missing value (null, ``NaT``) an unknown date.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from ..errors import ChartmatchError, Msg
from .formats import Columns, Record, _check_header, make_note

BATCH_ROWS = 1024


def _value(value: object) -> object:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def read_parquet(path: Path, columns: Columns) -> Iterator[Record]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ChartmatchError(Msg.E030, path=path) from None
    try:
        parquet = pq.ParquetFile(path)
        header = list(parquet.schema_arrow.names)
    except (pa.ArrowException, OSError, ValueError) as exc:
        raise ChartmatchError(Msg.E031, path=path, detail=" ".join(str(exc).split())[:200]) from None
    _check_header(path, header, columns)  # E002 missing, E022 a used column twice
    wanted = [name for name in dict.fromkeys(vars(columns).values()) if name in header]
    row_number = 0
    try:
        for batch in parquet.iter_batches(batch_size=BATCH_ROWS, columns=wanted):
            for row in batch.to_pylist():
                row_number += 1
                yield make_note({k: _value(v) for k, v in row.items()}, columns, path, row_number, surrogates=Msg.R011)
    except (pa.ArrowException, OSError) as exc:
        raise ChartmatchError(Msg.E031, path=path, detail=f"row {row_number + 1}: " + " ".join(str(exc).split())[:200]) from None
