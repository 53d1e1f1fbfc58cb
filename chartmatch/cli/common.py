"""What every command shares: option types, error display, the stderr console, progress."""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from ..errors import INTERRUPTED, ChartmatchError, Msg
from ..read.formats import Columns

err = Console(stderr=True, highlight=False)
if not err.is_terminal:  # logs and pipes: wide enough for the ranked table, no wrapping
    err = Console(stderr=True, highlight=False, width=160)
EXIT_ERROR = 2  # the command could not run
EXIT_REJECTED = 3  # the command ran, but some input rows were rejected
EXIT_INTERRUPTED = 130  # Ctrl-C, as a shell reports it

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


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
# C0 and C1 controls, DEL, and the bidi overrides that can disguise what a terminal shows
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: object) -> str:
    """``text`` safe for a terminal: every control character (escape sequences, bell, NUL,
    carriage return...) shown as ``\\xNN`` instead of acted on. Everything printed goes
    through it: ids, paths and messages may come from a hostile export."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}",
                        str(text))


_quiet = False
_ALWAYS = ("error", "rejected", "interrupted")  # shown even with -q


def say(text: object, style: str | None = None) -> None:
    """One line on stderr, as plain text (no markup read from it), control characters shown.
    With ``-q`` only errors and rejected rows are shown."""
    line = printable(text)
    if _quiet and not line.startswith(_ALWAYS):
        return
    err.print(line, style=style, markup=False, highlight=False, soft_wrap=True)


class _SayHandler(logging.Handler):
    """Library log records (``logging.getLogger("chartmatch...")``) as lines on stderr:
    ``warning <message>``, through :func:`say` (control characters shown, never markup)."""

    STYLES = {logging.WARNING: "yellow", logging.ERROR: "bold red"}

    def emit(self, record: logging.LogRecord) -> None:
        try:
            say(f"{record.levelname.lower()} {record.getMessage()}", style=self.STYLES.get(record.levelno))
        except Exception:  # a log line must never stop a scan
            self.handleError(record)


def configure_logging(*, verbose: int = 0, quiet: bool = False) -> None:
    """The CLI's logging: chartmatch's loggers print warnings (``-q``: errors only; ``-v``: info,
    ``-vv``: debug) on stderr. The library itself only logs; it never configures logging."""
    global _quiet
    _quiet = quiet
    level = logging.ERROR if quiet else logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING
    logger = logging.getLogger("chartmatch")
    logger.handlers = [h for h in logger.handlers if not isinstance(h, _SayHandler)]
    logger.addHandler(_SayHandler())
    logger.setLevel(level)
    logger.propagate = False


def as_of_date(value: str | None) -> date:
    """--as-of: a full date YYYY-MM-DD (a year or month alone is refused, not guessed);
    today when not given. A date in the future is allowed, with a warning."""
    if value is None:
        return date.today()
    try:
        if not _ISO_DAY.fullmatch(value.strip()):
            raise ValueError
        parsed = date.fromisoformat(value.strip())
    except ValueError:
        raise ChartmatchError(Msg.E005, value=value) from None
    if parsed > date.today():
        say("warning " + Msg.W001.format(value=parsed.isoformat(), today=date.today().isoformat()), style="yellow")
    return parsed


def fails_cleanly(command: Callable) -> Callable:
    """Show a ChartmatchError (or a file that cannot be read or written) as one line on
    stderr and exit 2, never a traceback; Ctrl-C prints one line and exits 130."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except ChartmatchError as exc:
            say(f"error {exc}", style="bold red")
            raise typer.Exit(EXIT_ERROR) from None
        except OSError as exc:
            if exc.filename is None:
                raise
            say(f"error {Msg.E025.format(path=exc.filename, detail=exc.strerror or exc)}", style="bold red")
            raise typer.Exit(EXIT_ERROR) from None
        except KeyboardInterrupt:
            say(INTERRUPTED if getattr(wrapper, "resumable", False) else "interrupted")
            raise typer.Exit(EXIT_INTERRUPTED) from None

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
        say(f"rejected {r}")
    if errors_path is not None:
        write_rejections(errors_path, stats.rejected)
