"""`chartmatch explain`: the facts of one note, highlighted in the terminal."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from .common import PatternsOpt, fails_cleanly

# One look per context: what a coordinator must not mistake for an affirmed finding.
STYLES = {"negated": "strike red", "family": "magenta", "hypothetical": "italic cyan",
          "uncertain": "yellow", "historical": "blue", "affirmed": "bold green"}


def style_of(fact) -> str:
    for flag in ("negated", "family", "hypothetical", "uncertain", "historical"):
        if getattr(fact, flag):
            return STYLES[flag]
    return STYLES["affirmed"]


@fails_cleanly
def explain_command(
    text_or_file: Annotated[str, typer.Argument(help="A note's text, or the path of a text file.")],
    patterns: PatternsOpt = None,
    note_date: Annotated[Optional[str], typer.Option("--note-date", help="The note's date, for relative dates.")] = None,
) -> None:
    """Show the facts chartmatch reads in one note, highlighted in place."""
    from ..extract.pipeline import Extractor
    from ..read.note import Note
    from ..resources import PatternSet

    path = Path(text_or_file)
    text = path.read_text(encoding="utf-8-sig") if len(text_or_file) < 4096 and path.is_file() else text_or_file
    from ..dates import parse_date

    day: date | None = parse_date(note_date) if note_date else None
    if note_date and day is None:
        raise typer.BadParameter("not a date: use YYYY-MM-DD, MM/DD/YYYY or 'Oct 3, 2026'", param_hint="--note-date")
    facts = Extractor(PatternSet.load(patterns)).extract(Note("-", path.name if path.is_file() else "-", text, day))
    console = Console(highlight=False)
    shown = Text(text)
    for f in facts:
        shown.stylize(style_of(f), f.start, f.end)
    console.print(shown)
    legend = Text("legend: ", style="dim")
    for name, style in STYLES.items():
        legend.append(name, style=style).append("  ")
    console.print(legend)
    table = Table("concept", "text", "flags", "section", "date", "values")
    for f in facts:
        flags = ", ".join(x for x in ("negated", "uncertain", "historical", "hypothetical", "family", "protocol", "current") if getattr(f, x))
        table.add_row(f.concept, Text(f.text, style=style_of(f)), flags, f.section or "", f.date.isoformat() if f.date else "",
                      ", ".join(f"{k}={v}" for k, v in f.values.items()))
    console.print(table)
