"""`chartmatch scan`: note exports in, ranked patients with evidence out."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape
from rich.table import Table

from .common import (EXIT_REJECTED, AsOfOpt, DateCol, ForceOpt, NoteCol, PatientCol, PatternsOpt, TextCol,
                     TypeCol, as_of_date, columns, err, fails_cleanly, note_progress, report_rejections)


def ranked_table(patients, total: int) -> Table:
    table = Table("rank", "patient", "status", "score", "met", "not met", "unknown", "excluded by",
                  title=f"PROMIS candidates (first {len(patients)} of {total})")
    colours = {"eligible": "green", "needs_review": "yellow", "excluded": "red"}
    for p in patients:
        counts = p.counts()
        table.add_row(str(p.rank), escape(p.patient_id), f"[{colours[p.status]}]{p.status}[/]", f"{p.score:.3f}",
                      str(counts["met"]), str(counts["not_met"]), str(counts["unknown"]), ", ".join(p.excluded_by()))
    return table


@fails_cleanly
def scan_command(
    inputs: Annotated[list[Path], typer.Argument(help="CSV / JSONL files or folders of <patient_id>/<note_id>.txt.")],
    out: Annotated[Path, typer.Option("--out", help="Results, one JSON object per patient in rank order.")],
    as_of: AsOfOpt = None,
    patterns: PatternsOpt = None,
    csv_path: Annotated[Optional[Path], typer.Option("--csv", help="Also write a one-row-per-patient summary CSV.")] = None,
    errors: Annotated[Optional[Path], typer.Option("--errors", help="Write the rejected rows (file, line, reason) as CSV.")] = None,
    force: ForceOpt = False,
    top: Annotated[int, typer.Option("--top", help="Show the first N ranked patients on stderr (0: none).")] = 0,
    patient_col: PatientCol = "patient_id",
    note_col: NoteCol = "note_id",
    date_col: DateCol = "note_date",
    type_col: TypeCol = "note_type",
    text_col: TextCol = "text",
) -> None:
    """Screen patients for PROMIS: decide every criterion and rank the patients."""
    from ..matcher import Matcher
    from ..write.files import check_writable, write_results, write_summary_csv

    for path in (out, csv_path, errors):
        check_writable(path, force)
    day = as_of_date(as_of)
    matcher = Matcher(patterns)
    started = time.perf_counter()
    with note_progress() as progress:
        task = progress.add_task("scanning", total=None, rate="0")
        count = 0

        def tick(_note) -> None:
            nonlocal count
            count += 1
            if count % 25 == 0:
                rate = count / max(time.perf_counter() - started, 1e-9)
                progress.update(task, completed=count, rate=f"{rate:.0f}")

        result = matcher.scan(inputs, day, columns(patient_col, note_col, date_col, type_col, text_col), tick)
    write_results(out, result.patients)
    if csv_path is not None:
        write_summary_csv(csv_path, result.patients)
    report_rejections(result.stats, errors)
    if top > 0:
        err.print(ranked_table(result.patients[:top], len(result.patients)))
    by_status = {s: sum(p.status == s for p in result.patients) for s in ("eligible", "needs_review", "excluded")}
    err.print(
        f"read {result.stats.read} notes: processed {result.stats.accepted}, rejected {len(result.stats.rejected)}; "
        f"{len(result.patients)} patients: " + ", ".join(f"{k} {v}" for k, v in by_status.items())
        + f"; as of {day.isoformat()} -> {out}",
        markup=False, soft_wrap=True,
    )
    if result.stats.rejected:
        raise typer.Exit(EXIT_REJECTED)
