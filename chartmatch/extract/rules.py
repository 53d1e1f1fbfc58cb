"""Load and validate the rule files of a :class:`~chartmatch.resources.PatternSet`.

Rules are medspaCy's own validated objects (``TargetRule``, ``ConTextRule``,
``SectionRule``); this module adds what medspaCy does not check: every target category
must be a concept in ``concepts.json``, and a broken file is reported by path.
"""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path
from typing import Any

from ..errors import ChartmatchError, Msg
from ..resources import PatternSet
from .senses import sense_of


def import_medspacy():
    """Import medspaCy's rule classes without keeping its global ``filterwarnings("ignore")``."""
    with warnings.catch_warnings():
        from medspacy.common.medspacy_matcher import MedspacyMatcher
        from medspacy.context import ConTextRule
        from medspacy.section_detection import SectionRule
        from medspacy.target_matcher import TargetRule
    return MedspacyMatcher, TargetRule, ConTextRule, SectionRule


def run_matcher(matcher, doc) -> list[tuple[int, int, int]]:
    """Call a ``MedspacyMatcher``, without spaCy's W036 warning about its empty sub-matchers."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"\[W036\]")
        return matcher(doc)


def read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ChartmatchError(Msg.E006, path=path, detail=f"invalid JSON at line {exc.lineno}: {exc.msg}") from None


def _from_dicts(path: Path, key: str, cls) -> list:
    data = read_json(path)
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        raise ChartmatchError(Msg.E006, path=path, detail=f"expected an object with a list {key!r}")
    rules = []
    for number, item in enumerate(data[key], start=1):
        try:
            rules.append(cls.from_dict(item))
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise ChartmatchError(Msg.E006, path=path, detail=f"rule {number} ({item.get('literal', '?')!r}): {exc}") from None
    return rules


def load_concepts(patterns: PatternSet) -> dict[str, dict]:
    return {c["id"]: c for c in read_json(patterns.concepts).get("concepts", [])}


def load_targets(patterns: PatternSet) -> list:
    TargetRule = import_medspacy()[1]
    concepts = load_concepts(patterns)
    targets = []
    for path in patterns.targets:
        for rule in _from_dicts(path, "target_rules", TargetRule):
            if rule.category not in concepts:
                raise ChartmatchError(Msg.E007, path=path, category=rule.category)
            try:
                sense = sense_of(rule)
            except (ValueError, TypeError, re.error) as exc:
                raise ChartmatchError(Msg.E006, path=path, detail=f"rule {rule.literal!r}: bad sense: {exc}") from None
            for _, category in (sense.recategorize if sense else ()):
                if category not in concepts:
                    raise ChartmatchError(Msg.E007, path=path, category=category)
            targets.append(rule)
    return targets


def load_context(patterns: PatternSet) -> list:
    return _from_dicts(patterns.context, "context_rules", import_medspacy()[2])


def load_sections(patterns: PatternSet) -> tuple[list, dict[str, dict]]:
    rules = _from_dicts(patterns.sections, "section_rules", import_medspacy()[3])
    return rules, read_json(patterns.sections).get("section_attributes", {})
