"""What every command shares: option types, error display, the stderr console, progress."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from ..dates import parse_date
from ..errors import ChartmatchError, Msg
from ..read.formats import Columns

err = Console(stderr=True, highlight=False)
if not err.is_terminal:  # logs and pipes: wide enough for the ranked table, no wrapping
    err = Console(stderr=True, highlight=False, width=160)
EXIT_ERROR = 2  # the command could not run
EXIT_REJECTED = 3  # the command ran, but some input rows were rejected

PatternsOpt = Annotated[Optional[Path], typer.Option("--patterns", help="Folder of rule files that add to / override the packaged patterns/.")]
AsOfOpt = Annotated[Optional[str], typer.Option("--as-of", help="Screening date YYYY-MM-DD; windows count back from it. Default: today.")]
ForceOpt = Annotated[bool, typer.Option("--force", help="Overwrite existing output files.")]
PatientCol = Annotated[str, typer.Option("--patient-col", help="Column holding the patient id.")]
NoteCol = Annotated[str, typer.Option("--note-col", help="Column holding the note id.")]
DateCol = Annotated[str, typer.Option("--date-col", help="Column holding the note date.")]
TypeCol = Annotated[str, typer.Option("--type-col", help="Column holding the note type.")]
TextCol = Annotated[str, typer.Option("--text-col", help="Column holding the note text.")]


def columns(patient: str, note: str, date_: str, type_: str, text: str) -> Columns:
    return Columns(patient_id=patient, note_id=note, note_date=date_, note_type=type_, text=text)


def as_of_date(value: str | None) -> date:
    if value is None:
        return date.today()
    parsed = parse_date(value)
    if parsed is None:
        raise ChartmatchError(Msg.E005, value=value)
    return parsed


def fails_cleanly(command: Callable) -> Callable:
    """Show a ChartmatchError as one line on stderr and exit 2, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except ChartmatchError as exc:
            err.print(f"[bold red]error[/] {exc}", markup=True, soft_wrap=True)
            raise typer.Exit(EXIT_ERROR) from None

    return wrapper


def note_progress() -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]} notes/s"), TimeElapsedColumn(), TimeRemainingColumn(),
        console=err, transient=True, disable=not err.is_terminal,
    )


def report_rejections(stats, errors_path: Path | None) -> None:
    from ..write.files import write_rejections

    for r in stats.rejected:
        err.print(f"rejected {r}", markup=False, soft_wrap=True)
    if errors_path is not None:
        write_rejections(errors_path, stats.rejected)
