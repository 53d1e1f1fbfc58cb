"""`chartmatch scan`: note exports in, ranked patients with evidence out."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape
from rich.table import Table

from .common import (EXIT_REJECTED, AsOfOpt, DateCol, ForceOpt, NoteCol, PatientCol, PatternsOpt, TextCol,
                     TypeCol, as_of_date, columns, err, fails_cleanly, note_progress, printable, report_rejections, say)


def ranked_table(summaries, total: int) -> Table:
    table = Table("rank", "patient", "status", "score", "met", "not met", "unknown", "excluded by",
                  title=f"PROMIS candidates (first {len(summaries)} of {total})")
    colours = {"eligible": "green", "needs_review": "yellow", "excluded": "red"}
    for rank, s in enumerate(summaries, start=1):
        table.add_row(str(rank), escape(printable(s.patient_id)), f"[{colours[s.status]}]{s.status}[/]", f"{s.score:.3f}",
                      str(s.met), str(s.not_met), str(s.unknown), ", ".join(s.excluded_by))
    return table


@fails_cleanly
def scan_command(
    inputs: Annotated[list[Path], typer.Argument(help="CSV / JSONL files or folders of <patient_id>/<note_id>.txt.")],
    out: Annotated[Path, typer.Option("--out", help="Results, one JSON object per patient in rank order.")],
    as_of: AsOfOpt = None,
    patterns: PatternsOpt = None,
    csv_path: Annotated[Optional[Path], typer.Option("--csv", help="Also write a one-row-per-patient summary CSV.")] = None,
    errors: Annotated[Optional[Path], typer.Option("--errors", help="Write the rejected rows (file, line, reason) as CSV.")] = None,
    workers: Annotated[Optional[int], typer.Option("--workers", min=1, help="Processes extracting in parallel. Default: all cores.")] = None,
    resume: Annotated[bool, typer.Option("--resume", help="Continue an interrupted scan into the same --out without redoing finished notes.")] = False,
    engine: Annotated[str, typer.Option("--engine", help="local (processes on this machine) or spark (pip install 'chartmatch[spark]').")] = "local",
    master: Annotated[str, typer.Option("--master", help="Spark master URL for --engine spark, e.g. local[2] or yarn.")] = "local[*]",
    force: ForceOpt = False,
    top: Annotated[int, typer.Option("--top", help="Show the first N ranked patients on stderr (0: none).")] = 0,
    report: Annotated[Optional[Path], typer.Option("--report", help="Also write the coordinator's HTML review report.")] = None,
    patient_col: PatientCol = "patient_id",
    note_col: NoteCol = "note_id",
    date_col: DateCol = "note_date",
    type_col: TypeCol = "note_type",
    text_col: TextCol = "text",
) -> None:
    """Screen patients for PROMIS: decide every criterion and rank the patients."""
    if engine == "spark" and (workers is not None or resume):
        raise typer.BadParameter("--workers and --resume are for --engine local: Spark divides the work by its "
                                 "own partitions (e.g. --master local[4]) and restarts failed tasks itself",
                                 param_hint="--engine spark")
    if engine not in ("local", "spark"):
        raise typer.BadParameter(f"unknown engine {engine!r}: use local or spark", param_hint="--engine")
    from ..engine.run import scan_files
    from ..engine.workers import default_workers
    from ..read.inputs import estimate_notes
    from ..resources import PatternSet

    day = as_of_date(as_of)
    pattern_set = PatternSet.load(patterns)
    rules_used = pattern_set.describe()  # how many rules of each kind, packaged or from --patterns (shapes checked)
    started = time.perf_counter()
    with note_progress() as progress:
        # the bar's total is estimated from the inputs' sizes: the notes are read once, by the scan
        total = estimate_notes(inputs) if progress.live.is_started else None
        task = progress.add_task("scanning", total=total, rate="-")

        def tick(done: int) -> None:
            if done % 16 == 0:
                progress.update(task, completed=done, total=max(total, done) if total else None,
                                rate=f"{done / max(time.perf_counter() - started, 1e-9):.0f}")

        outcome = scan_files(inputs, out, as_of=day, patterns=pattern_set, engine=engine,
                             columns=columns(patient_col, note_col, date_col, type_col, text_col),
                             workers=workers or default_workers(), resume=resume, master=master, force=force,
                             csv_path=csv_path, errors=errors, report=report, progress=tick)
    elapsed = time.perf_counter() - started
    report_rejections(outcome.stats, None)  # printed; --errors is written by the scan
    if top > 0:
        err.print(ranked_table(outcome.summaries[:top], len(outcome.summaries)))
    later = outcome.after_as_of
    say(rules_used)
    say(f"read {outcome.stats.read} notes: processed {outcome.stats.accepted}, rejected {len(outcome.stats.rejected)}"
        + (f" ({outcome.skipped} done before --resume)" if outcome.skipped else "")
        + (f"; {later} note{'s' if later != 1 else ''} dated after the as-of date {'were' if later != 1 else 'was'} not used"
           if later else "")
        + f"; {len(outcome.summaries)} patients: " + ", ".join(f"{k} {v}" for k, v in outcome.by_status().items())
        + f"; as of {day.isoformat()}; {elapsed:.1f} s -> {out}")
    if outcome.stats.rejected:
        raise typer.Exit(EXIT_REJECTED)


scan_command.resumable = True  # Ctrl-C: "rerun with --resume to continue"
