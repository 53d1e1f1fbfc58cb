"""Extraction on N worker processes, each building its pipeline once.

Notes go to the workers in batches (``imap`` keeps input order, so output stays
deterministic); facts come back as compact rows. With one worker everything runs in
this process.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

from ..extract.pipeline import Extractor
from ..read.note import Note
from ..resources import PatternSet

_extractor: Extractor | None = None


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _init(patterns_dir: str | None) -> None:
    global _extractor
    if _extractor is None or _extractor.patterns.user_dir != (Path(patterns_dir) if patterns_dir else None):
        _extractor = Extractor(PatternSet.load(patterns_dir))


def _worker_init(patterns_dir: str | None) -> None:
    # Ctrl-C reaches the whole process group: the parent stops the pool and says what to do;
    # a worker's own KeyboardInterrupt would only add a traceback per worker.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _init(patterns_dir)


def _extract_batch(batch: list[Note]) -> list[tuple[Note, list[list]]]:
    assert _extractor is not None
    # Rows, not Fact objects: smaller to pickle back; the note comes back without its text.
    return [(_strip(note), [f.to_row() for f in _extractor.extract(note)]) for note in batch]


def _strip(note: Note) -> Note:
    return Note(note.patient_id, note.note_id, "", note.note_date, note.note_type, note.source)


def _batches(notes: Iterable[Note], size: int) -> Iterator[list[Note]]:
    it = iter(notes)
    while batch := list(islice(it, size)):
        yield batch


def extract_all(notes: Iterable[Note], patterns_dir: str | None, workers: int, batch_size: int = 32) -> Iterator[tuple[Note, list[list]]]:
    """Yield ``(note without its text, fact rows)`` for every note, in input order."""
    if workers <= 1:
        _init(patterns_dir)
        for batch in _batches(notes, batch_size):
            yield from _extract_batch(batch)
        return
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    if ctx.get_start_method() == "fork":
        _init(patterns_dir)  # built once here; forked workers inherit it instead of building their own
    # Pool.imap would read the whole input ahead; a bounded window of batches in flight
    # keeps memory flat however large the export is.
    window: deque = deque()
    with ctx.Pool(workers, initializer=_worker_init, initargs=(patterns_dir,)) as pool:
        for batch in _batches(notes, batch_size):
            window.append(pool.apply_async(_extract_batch, (batch,)))
            if len(window) >= 3 * workers:
                yield from window.popleft().get()
        while window:
            yield from window.popleft().get()
