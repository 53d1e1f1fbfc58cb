"""Load and validate the rule files of a :class:`~chartmatch.resources.PatternSet`.

Rules are medspaCy's own validated objects (``TargetRule``, ``ConTextRule``,
``SectionRule``); this module adds what medspaCy does not check, each problem a catalogued
message naming the file and the rule's number in it (``chartmatch/errors.py``):

- unknown keys of a rule (``E026``) or of a target rule's ``metadata`` (:data:`METADATA_KEYS`);
- token patterns, against spaCy's schema (``{"LOWR": ...}``, a bad ``OP``: ``E027``);
- every regular expression a rule holds (a ``pattern`` string, a token's ``REGEX``, the
  metadata ``unless_prev`` / ``unless_next`` / ``protocol_if`` / ``sense``): it must compile
  (``E028``) and must not nest an open-ended repeat inside another (``(a+)+$``), which can
  take exponential time on a hostile note (``E029``);
- every target category must be a concept in ``concepts.json`` (``E007``);
- ``values.json`` (:func:`load_values`): each lexicon a known name with a regex that compiles
  and cannot backtrack catastrophically (``E028``, ``E029``), each reader registered, each
  concept in ``concepts.json``, each entry's keys known (``E032``).

Which files are read, and how an overlay adds to the packaged rules, is ``resources.py``.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from pathlib import Path
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import Any

from ..errors import ChartmatchError, Msg
from ..resources import LIST_KEY, VALUE_TABLES, PatternSet, layers, read_json, role_of
from .senses import sense_of

__all__ = ["read_json", "load_concepts", "load_targets", "load_context", "load_sections", "load_values", "backtracking"]

# Target rule metadata: keys that steer matching (extract/targets.py, extract/facts.py) and the
# values a fact carries (read by the deciders). Anything else is a typo, refused on load.
RULE_CONTROL = {"norm", "unless_prev", "unless_next", "fallback", "sense", "negated", "protocol_if", "note", "vague", "possible", "named"}
VALUE_KEYS = {"subtype", "route", "type", "organ", "target", "response", "class", "result", "adequate"}
METADATA_KEYS = RULE_CONTROL | VALUE_KEYS
_METADATA_REGEXES = ("unless_prev", "unless_next", "protocol_if")


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


# --- regular expressions -------------------------------------------------------------------

_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT}
_OPEN = 10  # a repeat of at most this many is bounded enough not to matter


def _open_ended(hi: int) -> bool:
    return hi >= _OPEN  # MAXREPEAT included


def _nested_repeat(items, outer: bool) -> bool:
    for op, av in items:
        if op in _REPEATS:
            _lo, hi, sub = av
            if _open_ended(hi) and outer:
                return True
            if _nested_repeat(sub, outer or _open_ended(hi)):
                return True
        elif op is _sre.SUBPATTERN:
            if _nested_repeat(av[-1], outer):
                return True
        elif op is _sre.BRANCH:
            if any(_nested_repeat(branch, outer) for branch in av[1]):
                return True
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            if _nested_repeat(av[1], outer):
                return True
        elif op is _sre.GROUPREF_EXISTS:
            if any(_nested_repeat(branch, outer) for branch in av[1:] if branch):
                return True
        # atomic groups and possessive repeats (?>...) a++ never backtrack into themselves
    return False


def backtracking(pattern: str) -> str | None:
    """Why ``pattern`` can take exponential time (an open-ended repeat inside a repeated
    group: ``(a+)+``, ``(\\w+\\s?)*``, ``(a*){1,50}``), or None. Python's ``re`` has no time
    limit, so such a pattern is refused when rules load rather than run."""
    try:
        parsed = _sre_parse.parse(pattern)
    except re.error:
        return None  # reported as invalid by the caller
    return "a repeat inside a repeated group" if _nested_repeat(parsed, False) else None


def _token_regexes(pattern: Any) -> Iterator[str]:
    """Every ``REGEX`` value of a spaCy token pattern."""
    if isinstance(pattern, dict):
        for key, value in pattern.items():
            if key == "REGEX" and isinstance(value, str):
                yield value
            else:
                yield from _token_regexes(value)
    elif isinstance(pattern, list):
        for value in pattern:
            yield from _token_regexes(value)


def _regexes(item: dict) -> Iterator[tuple[str, str, int]]:
    """(field, regex, flags) of every regular expression a rule holds."""
    pattern = item.get("pattern")
    if isinstance(pattern, str):
        yield "pattern", pattern, re.IGNORECASE
    elif isinstance(pattern, list):
        for rx in _token_regexes(pattern):
            yield "token REGEX", rx, 0
    meta = item.get("metadata") or {}
    if isinstance(meta, dict):
        for key in _METADATA_REGEXES:
            if isinstance(meta.get(key), str):
                yield f"metadata {key}", meta[key], re.IGNORECASE
        sense = meta.get("sense")
        if isinstance(sense, dict):
            for key in ("require", "reject"):
                if isinstance(sense.get(key), str):
                    yield f"sense {key}", sense[key], re.IGNORECASE
            for pair in sense.get("recategorize") or ():
                if isinstance(pair, (list, tuple)) and pair and isinstance(pair[0], str):
                    yield "sense recategorize", pair[0], re.IGNORECASE


def _shown(text: str, limit: int = 80) -> str:
    return repr(text if len(text) <= limit else text[:limit] + "...")


def check_rule(path: Path, number: int, item: dict, *, target: bool) -> None:
    """What medspaCy leaves unchecked in one rule dict: token patterns, regexes, metadata keys."""
    what = _shown(str(item.get("literal", "?")), 40)
    pattern = item.get("pattern")
    if pattern is not None and not isinstance(pattern, (str, list)):
        raise ChartmatchError(Msg.E026, path=path, number=number, what=what,
                              detail="'pattern' must be a regex string or a token pattern (a list of objects)")
    if isinstance(pattern, list):
        from spacy.schemas import validate_token_pattern

        problems = validate_token_pattern(pattern)
        if problems:
            raise ChartmatchError(Msg.E027, path=path, number=number, what=what, detail="; ".join(problems[:3]))
    meta = item.get("metadata")
    if meta is not None and not isinstance(meta, dict):
        raise ChartmatchError(Msg.E026, path=path, number=number, what=what, detail="'metadata' must be a JSON object")
    if target and meta:
        unknown = sorted(set(meta) - METADATA_KEYS)
        if unknown:
            raise ChartmatchError(Msg.E026, path=path, number=number, what=what,
                                  detail=f"unknown metadata key(s) {', '.join(map(repr, unknown))}; "
                                         f"known: {', '.join(sorted(METADATA_KEYS))}")
    for field, rx, flags in _regexes(item):
        try:
            re.compile(rx, flags)
        except re.error as exc:
            raise ChartmatchError(Msg.E028, path=path, number=number, what=what, field=field, detail=str(exc),
                                  pattern=_shown(rx)) from None
        why = backtracking(rx)
        if why:
            raise ChartmatchError(Msg.E029, path=path, number=number, what=what, field=field, detail=why,
                                  pattern=_shown(rx))


def _rules(path: Path, cls, *, target: bool = False) -> Iterator[tuple[Path, int, Any]]:
    """(file, rule number in that file, rule) for every rule a rule file holds, overlay
    layers included, each checked."""
    key = LIST_KEY[role_of(path)]
    for layer in layers(path):
        for number, item in enumerate(layer.data[key], start=1):
            if not isinstance(item, dict):
                raise ChartmatchError(Msg.E026, path=layer.path, number=number, what="?",
                                      detail=f"a rule is a JSON object, not {type(item).__name__}")
            check_rule(layer.path, number, item, target=target)
            try:
                rule = cls.from_dict(item)
            except (ValueError, TypeError, KeyError, AttributeError) as exc:
                detail = " ".join(str(exc).split())  # medspaCy's messages span lines
                raise ChartmatchError(Msg.E026, path=layer.path, number=number, what=_shown(str(item.get("literal", "?")), 40),
                                      detail=detail) from None
            yield layer.path, number, rule


def load_concepts(patterns: PatternSet) -> dict[str, dict]:
    return {c["id"]: c for c in read_json(patterns.concepts).get("concepts", [])}


def load_targets(patterns: PatternSet) -> list:
    TargetRule = import_medspacy()[1]
    concepts = load_concepts(patterns)
    targets = []
    for file in patterns.targets:
        for path, number, rule in _rules(file, TargetRule, target=True):
            what = _shown(rule.literal, 40)
            if rule.category not in concepts:
                raise ChartmatchError(Msg.E007, path=path, number=number, what=what, category=rule.category)
            try:
                sense = sense_of(rule)
            except (ValueError, TypeError, AttributeError, re.error) as exc:
                raise ChartmatchError(Msg.E026, path=path, number=number, what=what, detail=f"bad sense: {exc}") from None
            for _, category in (sense.recategorize if sense else ()):
                if category not in concepts:
                    raise ChartmatchError(Msg.E007, path=path, number=number, what=what, category=category)
            targets.append(rule)
    return targets


def load_context(patterns: PatternSet) -> list:
    return [rule for _, _, rule in _rules(patterns.context, import_medspacy()[2])]


def load_sections(patterns: PatternSet) -> tuple[list, dict[str, dict]]:
    attributes = read_json(patterns.sections).get("section_attributes", {})  # checks the attributes too
    return [rule for _, _, rule in _rules(patterns.sections, import_medspacy()[3])], attributes


# --- values.json: the value readers' lexicons and tables -------------------------------------

LEXICON_KEYS = {"comment", "pattern", "labelled", "also"}


def _check_regex(path: Path, number: int, name: str, field: str, rx: object) -> str:
    if not isinstance(rx, str):
        raise ChartmatchError(Msg.E032, path=path, table="lexicon", entry=name, detail=f"{field} must be a regex string")
    try:
        re.compile(rx, re.IGNORECASE)
    except re.error as exc:
        raise ChartmatchError(Msg.E028, path=path, number=number, what=repr(name), field=field, detail=str(exc),
                              pattern=_shown(rx)) from None
    why = backtracking(rx)
    if why:
        raise ChartmatchError(Msg.E029, path=path, number=number, what=repr(name), field=field, detail=why,
                              pattern=_shown(rx))
    return rx


def _labelled(path: Path, number: int, name: str, field: str, value: object) -> list[tuple[str, str]]:
    if not isinstance(value, list) or not all(isinstance(p, list) and len(p) == 2 and isinstance(p[0], str) for p in value):
        raise ChartmatchError(Msg.E032, path=path, table="lexicon", entry=name,
                              detail=f"{field} must be a list of [label, regex] pairs")
    return [(label, _check_regex(path, number, name, f"{field} {label!r}", rx)) for label, rx in value]


def _either(first: str, second: str) -> str:
    return f"(?:{first})|(?:{second})"


def _merge_lexicon(path: Path, number: int, name: str, entry: object, base: object) -> str | list[tuple[str, str]]:
    """One lexicon entry of one layer over what the layers before it gave (``base``):
    ``pattern`` / ``labelled`` replace it, ``also`` adds alternatives to it."""
    from .values import LEXICONS

    kind = LEXICONS.get(name)
    if kind is None:
        raise ChartmatchError(Msg.E032, path=path, table="lexicon", entry=name,
                              detail=f"no reader reads this lexicon; known: {', '.join(sorted(LEXICONS))}")
    if not isinstance(entry, dict):
        raise ChartmatchError(Msg.E032, path=path, table="lexicon", entry=name, detail="a lexicon is a JSON object")
    unknown = sorted(set(entry) - LEXICON_KEYS)
    if unknown:
        raise ChartmatchError(Msg.E032, path=path, table="lexicon", entry=name,
                              detail=f"unknown key(s) {', '.join(map(repr, unknown))}; a lexicon holds "
                                     f"{', '.join(map(repr, sorted(LEXICON_KEYS)))}")
    other = "labelled" if kind == "pattern" else "pattern"
    if other in entry:
        raise ChartmatchError(Msg.E032, path=path, table="lexicon", entry=name, detail=f"this lexicon is given as {kind!r}, not {other!r}")
    if kind in entry and "also" in entry:
        raise ChartmatchError(Msg.E032, path=path, table="lexicon", entry=name, detail=f"give {kind!r} (replaces) or 'also' (adds), not both")
    if kind in entry:
        value = entry[kind]
        return _check_regex(path, number, name, kind, value) if kind == "pattern" else _labelled(path, number, name, kind, value)
    if "also" not in entry:
        raise ChartmatchError(Msg.E032, path=path, table="lexicon", entry=name, detail=f"give {kind!r} or 'also'")
    if base is None:
        raise ChartmatchError(Msg.E032, path=path, table="lexicon", entry=name, detail="'also' adds to a lexicon, but none is given before")
    if kind == "pattern":
        return _either(base, _check_regex(path, number, name, "also", entry["also"]))  # type: ignore[arg-type]
    merged = dict(base)  # type: ignore[arg-type]
    for label, rx in _labelled(path, number, name, "also", entry["also"]):
        merged[label] = _either(merged[label], rx) if label in merged else rx
    return list(merged.items())


def load_values(patterns: PatternSet):
    """The value tables of ``values.json`` (packaged, then the overlay's entries over them),
    each entry checked: a :class:`~chartmatch.extract.values.ValueTables`."""
    from .values import KINDS, LEXICONS, READERS, ValueTables

    concepts = load_concepts(patterns)
    lexicons: dict[str, object] = {}
    readers: dict[str, object] = {}
    windows: dict[str, tuple[int, int]] = {}
    overriding: dict[str, tuple[str, ...]] = {}
    kinds: dict[str, frozenset[str]] = {}
    last = None
    for layer in layers(patterns.values_file):
        path, data = layer.path, layer.data
        last = path
        for number, (name, entry) in enumerate(data.get("lexicons", {}).items(), start=1):
            lexicons[name] = _merge_lexicon(path, number, name, entry, lexicons.get(name))
        for table in VALUE_TABLES[1:]:
            for concept, entry in data.get(table, {}).items():
                if concept not in concepts:
                    raise ChartmatchError(Msg.E032, path=path, table=table[:-1], entry=concept,
                                          detail="not a concept in concepts.json; add it there first")
                if table == "readers":
                    if entry not in READERS:
                        raise ChartmatchError(Msg.E032, path=path, table="reader", entry=concept,
                                              detail=f"no reader named {entry!r}; registered: {', '.join(sorted(READERS))}")
                    readers[concept] = READERS[entry]
                elif table == "windows":
                    if not (isinstance(entry, list) and len(entry) == 2
                            and all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in entry)):
                        raise ChartmatchError(Msg.E032, path=path, table="window", entry=concept,
                                              detail="a window is [characters before, characters after], two whole numbers >= 0")
                    windows[concept] = (entry[0], entry[1])
                elif table == "kinds":
                    unknown = sorted(set(entry) - set(KINDS)) if isinstance(entry, list) else None
                    if not (isinstance(entry, list) and all(isinstance(k, str) for k in entry)) or unknown:
                        raise ChartmatchError(Msg.E032, path=path, table="kind", entry=concept,
                                              detail=f"give a list of kinds from {', '.join(sorted(KINDS))}"
                                                     + (f" (not {', '.join(map(repr, unknown))})" if unknown else ""))
                    kinds[concept] = frozenset(entry)
                else:
                    if not (isinstance(entry, list) and all(isinstance(k, str) for k in entry)):
                        raise ChartmatchError(Msg.E032, path=path, table="overriding", entry=concept,
                                              detail="give a list of value names")
                    overriding[concept] = tuple(entry)
    missing = sorted(set(LEXICONS) - set(lexicons))
    if missing:
        raise ChartmatchError(Msg.E032, path=last, table="lexicon", entry=missing[0],
                              detail=f"missing: the readers need {', '.join(missing)}")
    from .values import Lexicons

    return ValueTables(Lexicons(lexicons), readers, windows, overriding, kinds)  # type: ignore[arg-type]
