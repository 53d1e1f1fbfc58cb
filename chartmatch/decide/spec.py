"""The criteria spec (``patterns/criteria.json``) as validated data objects."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import ChartmatchError, Msg
from ..extract.rules import load_concepts, read_json
from ..resources import PatternSet

KINDS = ("inclusion", "exclusion", "manual")


@dataclass(frozen=True)
class Criterion:
    id: str
    kind: str  # inclusion | exclusion | manual
    item: str  # the trial's item number (I2, E6, ...)
    description: str
    concepts: tuple[str, ...] = ()  # every concept the criterion reads
    logic: str = "manual"  # the decider in chartmatch.decide.logic
    settings: dict = field(default_factory=dict)
    roles: dict[str, tuple[str, ...]] = field(default_factory=dict)  # role -> concepts, as criteria.json names them

    def role(self, *names: str) -> tuple[str, ...]:
        """The concepts criteria.json gives the named roles (none for a role it leaves out)."""
        return tuple(x for name in names for x in self.roles.get(name, ()))


def load_criteria(patterns: PatternSet) -> list[Criterion]:
    from .logic import LOGIC

    path = patterns.criteria
    concepts = load_concepts(patterns)
    data = read_json(path)
    criteria: list[Criterion] = []
    for item in data.get("criteria", []):
        given = item.get("concepts") or {}
        roles = {role: tuple(ids) for role, ids in given.items()} if isinstance(given, dict) else {}
        flat = tuple(dict.fromkeys(x for ids in roles.values() for x in ids)) if roles else tuple(given)
        try:
            c = Criterion(**{**item, "concepts": flat, "roles": roles})
        except TypeError as exc:
            raise ChartmatchError(Msg.E009, path=path, criterion=item.get("id", "?"), detail=str(exc)) from None
        problems = []
        if c.kind not in KINDS:
            problems.append(f"kind must be one of {', '.join(KINDS)}")
        if c.logic not in LOGIC:
            problems.append(f"logic {c.logic!r} is not one of {', '.join(sorted(LOGIC))}")
        unknown = [x for x in c.concepts if x not in concepts]
        if unknown:
            problems.append(f"unknown concept(s) {', '.join(unknown)}")
        if any(c.id == other.id for other in criteria):
            problems.append("duplicate id")
        if problems:
            raise ChartmatchError(Msg.E009, path=path, criterion=c.id, detail="; ".join(problems))
        criteria.append(c)
    return criteria
