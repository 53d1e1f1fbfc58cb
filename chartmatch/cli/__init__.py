"""The `chartmatch` command line: one thin command per module, each over the Python API."""

from __future__ import annotations

from typing import Annotated

import typer

from .common import configure_logging
from .criteria import criteria_command
from .evaluate import evaluate_command, evaluate_context_command
from .explain import explain_command
from .extract import extract_command
from .report import report_command
from .scan import scan_command

# rich_markup_mode=None: help text is shown as written ("chartmatch[spark]" is not read as markup)
app = typer.Typer(help="Screen oncology charts for the PROMIS osteosarcoma trial (NCT06114225).",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False, rich_markup_mode=None)


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"chartmatch {__version__}")
        raise typer.Exit()


@app.callback()
def options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
    verbose: Annotated[int, typer.Option("--verbose", "-v", count=True,
                                         help="More messages: -v progress notes, -vv debugging.")] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only errors and rejected rows; no warnings or summary.")] = False,
) -> None:
    """Screen oncology charts for the PROMIS osteosarcoma trial (NCT06114225)."""
    configure_logging(verbose=verbose, quiet=quiet)


app.command("scan")(scan_command)
app.command("extract")(extract_command)
app.command("criteria")(criteria_command)
app.command("explain")(explain_command)
app.command("evaluate")(evaluate_command)
app.command("evaluate-context")(evaluate_context_command)
app.command("report")(report_command)


def main() -> None:
    app()
