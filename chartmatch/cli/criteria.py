"""`chartmatch criteria`: the criteria table."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from .common import PatternsOpt, fails_cleanly


@fails_cleanly
def criteria_command(patterns: PatternsOpt = None) -> None:
    """List the PROMIS criteria chartmatch decides: id, kind, trial item, description."""
    from ..decide.spec import load_criteria
    from ..resources import PatternSet

    table = Table("id", "kind", "item", "description", title="PROMIS (NCT06114225) criteria")
    for c in load_criteria(PatternSet.load(patterns)):
        table.add_row(c.id, c.kind, c.item, c.description)
    Console(width=160).print(table)
