"""``chartmatch scan`` as one call: check the outputs, hold the lock, run an engine, write the files.

    outcome = scan_files(["notes.csv"], Path("results.jsonl"), as_of=date(2026, 11, 20), csv_path=Path("s.csv"))

The engines are drivers of the same scan (:func:`chartmatch.core.screen`): ``local`` runs it
on this machine's processes (:mod:`.scan`), ``spark`` on a Spark cluster
(:mod:`chartmatch.spark`). The inputs are read once: with ``report``, the local engine keeps
the notes it reads for the report (the report holds every note's text anyway); Spark reads
them on the cluster, so for its report they are read here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from ..core import known_by
from ..read.formats import Columns
from ..read.inputs import check_inputs
from ..records import Note
from ..resources import PatternSet
from ..write.files import check_outputs, write_rejections, write_summary_csv
from .lock import ScanLock, lock_path
from .scan import ScanOutcome, run_scan, summary_rows

ENGINES = ("local", "spark")


def scan_files(
    inputs: Iterable[str | Path],
    out: Path,
    *,
    as_of: date,
    patterns: str | Path | PatternSet | None = None,
    columns: Columns | None = None,
    engine: str = "local",
    workers: int = 1,
    resume: bool = False,
    master: str = "local[*]",
    force: bool = False,
    csv_path: Path | None = None,
    errors: Path | None = None,
    report: Path | None = None,
    progress: Callable[[int], None] | None = None,
) -> ScanOutcome:
    """Scan ``inputs`` into ``out`` (JSONL, rank order) and the optional ``--csv`` summary,
    ``--errors`` (rejected rows) and ``--report`` (HTML). Every output is checked before a
    note is read (none is an input or another output, each can be written, none exists
    unless ``force``); one scan at a time writes ``out`` (:class:`.lock.ScanLock`)."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}: use {' or '.join(ENGINES)}")
    out = Path(out)
    outputs = {"--out": out, "--csv": csv_path, "--errors": errors, "--report": report}
    beside = {"--out": [out.with_name(out.name + ".work"), out.with_name(out.name + ".partial"), lock_path(out)]}
    inputs = check_inputs(inputs)
    check_outputs(outputs, inputs, force, beside)
    pattern_set = patterns if isinstance(patterns, PatternSet) else PatternSet.load(patterns)
    with ScanLock(out):
        check_outputs(outputs, inputs, force, beside)  # again: a scan that just ended may have written them
        kept: list[Note] | None = [] if report is not None and engine == "local" else None
        if engine == "spark":
            from ..spark import run_spark_scan

            outcome = run_spark_scan(inputs, out, as_of=as_of, patterns=str(pattern_set.user_dir) if pattern_set.user_dir else None,
                                     columns=columns, master=master)
        else:
            outcome = run_scan(inputs, out, as_of=as_of, patterns=pattern_set, columns=columns, workers=workers,
                               resume=resume, progress=progress, seen=kept.append if kept is not None else None)
        if csv_path is not None:
            write_summary_csv(csv_path, summary_rows(outcome.summaries))
        if errors is not None:
            write_rejections(errors, outcome.stats.rejected)
        if report is not None:
            _write_report(report, out, kept, inputs, columns, as_of, pattern_set)
    return outcome


def _write_report(report: Path, out: Path, kept: list[Note] | None, inputs: list[Path], columns: Columns | None,
                  as_of: date, pattern_set: PatternSet) -> None:
    from .. import __version__
    from ..decide.spec import load_criteria
    from ..read.inputs import read_notes
    from ..report import read_results, write_report

    notes = kept if kept is not None else read_notes(inputs, columns)  # Spark read them on the cluster
    write_report(report, read_results(out), known_by(notes, as_of), as_of=as_of, version=__version__,
                 patterns_fingerprint=pattern_set.fingerprint(), criteria=load_criteria(pattern_set))
