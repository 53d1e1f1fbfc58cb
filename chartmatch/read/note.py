"""The records that reading produces: a :class:`Note` to process or a :class:`Rejection`.

They live in :mod:`chartmatch.records` with every other record; this path is kept for
callers (``from chartmatch.read.note import Note``)."""

from __future__ import annotations

from ..records import Note, Rejection

__all__ = ["Note", "Rejection"]
