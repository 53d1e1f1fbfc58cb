"""Where rule files come from: the packaged ``chartmatch.patterns``, overlaid by ``--patterns DIR``.

A file in the user's folder replaces the packaged file of the same relative name; new
target files (``targets/*.json``) are added. Paths are resolved through
``importlib.resources``, never from ``__file__``, so an installed wheel works from any
directory.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib.resources import as_file, files
from pathlib import Path

from .errors import ChartmatchError, Msg

CONCEPTS = "concepts.json"
SECTIONS = "sections.json"
CONTEXT = "context_rules.json"
CRITERIA = "criteria.json"
TARGETS = "targets"


def packaged_dir() -> Path:
    with as_file(files("chartmatch.patterns")) as path:
        return Path(path)


@dataclass(frozen=True)
class PatternSet:
    """The rule files one pipeline is built from, by role."""

    concepts: Path
    sections: Path
    context: Path
    criteria: Path
    targets: tuple[Path, ...]
    user_dir: Path | None = None

    @classmethod
    def load(cls, user_dir: str | Path | None = None) -> PatternSet:
        base = packaged_dir()
        user = Path(user_dir) if user_dir is not None else None
        if user is not None and not user.is_dir():
            raise ChartmatchError(Msg.E008, path=user)

        def pick(name: str) -> Path:
            if user is not None and (user / name).is_file():
                return user / name
            return base / name

        targets = {p.name: p for p in sorted((base / TARGETS).glob("*.json"))}
        if user is not None and (user / TARGETS).is_dir():
            targets.update({p.name: p for p in sorted((user / TARGETS).glob("*.json"))})
        return cls(
            concepts=pick(CONCEPTS),
            sections=pick(SECTIONS),
            context=pick(CONTEXT),
            criteria=pick(CRITERIA),
            targets=tuple(targets[name] for name in sorted(targets)),
            user_dir=user,
        )

    @property
    def files(self) -> tuple[Path, ...]:
        return (self.concepts, self.sections, self.context, self.criteria, *self.targets)

    def fingerprint(self) -> str:
        """A short digest of every rule file's bytes: names the rules a result came from."""
        digest = hashlib.sha256()
        for path in self.files:
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
        return digest.hexdigest()[:12]
