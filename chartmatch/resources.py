"""Where rule files come from: the packaged ``chartmatch.patterns``, overlaid by ``--patterns DIR``.

An overlay file *adds* to the packaged file of the same relative name (``concepts.json``,
``sections.json``, ``context_rules.json``, ``criteria.json``, ``values.json``,
``targets/<family>.json``): its rules come after the packaged ones (in ``values.json``, its
entries change or add the packaged entries of the same name). A file that means to *replace* the packaged one
says so with a top-level ``"replace": true``. New target files are added. Paths are
resolved through ``importlib.resources``, never from ``__file__``, so an installed wheel
works from any directory.

:func:`read_json` reads a rule file as the overlay means it (packaged rules first, unless
replaced) and checks its shape: top-level keys, the overlay marker, concept ids, and the
criteria settings each decider reads (:data:`SETTINGS`). Rule-level checks (unknown keys,
token patterns, regexes) are in ``extract/rules.py``. Nothing here imports spaCy.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

from .errors import ChartmatchError, Msg

CONCEPTS = "concepts.json"
SECTIONS = "sections.json"
CONTEXT = "context_rules.json"
CRITERIA = "criteria.json"
VALUES = "values.json"
TARGETS = "targets"
REPLACE = "replace"  # the top-level marker of an overlay file that replaces the packaged one

# The list of rules each kind of file holds, and the other top-level keys it may have.
LIST_KEY = {CONCEPTS: "concepts", SECTIONS: "section_rules", CONTEXT: "context_rules", CRITERIA: "criteria",
            TARGETS: "target_rules"}
OTHER_KEYS = {SECTIONS: {"section_attributes"}, CRITERIA: {"trial"}}
KIND = {CONCEPTS: "concepts", SECTIONS: "section rules", CONTEXT: "context rules", CRITERIA: "criteria",
        TARGETS: "target rules", VALUES: "value lexicons"}
# values.json holds named tables, not a list: lexicons (name -> regex), readers (concept ->
# reader name), windows (concept -> [before, after]), overriding (concept -> value keys).
# Their entries are checked in extract/rules.py (load_values).
VALUE_TABLES = ("lexicons", "readers", "windows", "overriding", "kinds")

# What a section may give the facts in it (extract/facts.py, extract/sections.py).
SECTION_ATTRIBUTES = {"historical", "family", "uncertain", "current", "ends_at_blank_line"}
CONCEPT_KEYS = {"id", "family", "description"}

# The settings each decider (``logic`` in criteria.json, chartmatch/decide/logic/) reads, with
# their types; a key that no decider reads is refused, so a typo or a stale key cannot pass
# for a setting. tests/test_rule_files.py checks this table against the deciders' source.
_WINDOW = {"window_days": int, "window_years": int}
SETTINGS: dict[str, dict[str, type]] = {
    "prior_systemic_therapy": {"plan_sections": list},
    "age_eligible": {"min_age": int, "max_age": int},
    "performance_status": {"adult_age": int, "max_ecog": int, "min_karnofsky": int, "min_lansky": int},
    "windowed": {**_WINDOW, "diagnosis": bool, "route_matters": bool},
    "autoimmune": {**_WINDOW, "replacement_only": list},
    "checkpoint_resistance": {"min_sd_months": int},
    "mab_allergy": {"min_grade": int, "allergy_sections": list},
    "toxicity": {"max_grade": int, "ignore": list, "generic": str, "stale_days": int, "acute": list},
    "resectable_nodules": {"conditional_cues": list},
    "pulmonary_function": {"normal_pct": int, "poor_pct": int},
}
# The roles each decider gives the concepts it reads (True: required). A criterion's
# "concepts" in criteria.json names the concepts of each role, so the deciders name no
# concept: {"diagnosis": ["OSTEOSARCOMA"], "lookalike": ["OTHER_SARCOMA"], ...}.
ROLES: dict[str, dict[str, bool]] = {
    "osteosarcoma": {"diagnosis": True, "lookalike": True, "correction": False},
    "pulmonary_metastases": {"lung_metastasis": True, "metastasis": True, "nodule": True},
    "resectable_nodules": {"resectable": True, "unresectable": True, "resection": True, "pneumonectomy": False,
                           "central": False, "patient_judgement": False},
    "prior_systemic_therapy": {"therapy": True, "regimen": True, "naive": False},
    "age_eligible": {"age": True, "dob": True},
    "performance_status": {"ecog": True, "karnofsky": True, "lansky": True, "age": True, "dob": True},
    "pulmonary_function": {"function": True},
    "local_recurrence": {"recurrence": True},
    "pleural_effusion": {"malignant": True, "effusion": True},
    "affirmed_history": {"subject": True, "correction": False},
    "windowed": {"subject": True, "local": False, "steroid": False},
    "checkpoint_resistance": {"drug": True, "response": True},
    "autoimmune": {"disease": True, "treatment": True, "steroid": False, "local": False, "replacement": False},
    "transplant": {"transplant": True},
    "mab_allergy": {"reaction": True, "antibody": True, "named_mab": False},
    "toxicity": {"toxicity": True},
    "hiv": {"hiv": True},
    "pregnancy": {"pregnancy": True, "lactation": True, "test": True},
    "manual": {},
}
REQUIRED_SETTINGS = {"windowed": _WINDOW, "autoimmune": _WINDOW}  # one of these
FIXED_SETTINGS: dict[tuple[str, str], object] = {}  # a setting that may only take one value


def packaged_dir() -> Path:
    """The packaged rule files: ``chartmatch.patterns`` of the installed package. When
    chartmatch is imported from a source tree instead (a Spark worker started in the
    repository root has the root first on its path), ``patterns/`` is not a subpackage there
    but the folder beside ``chartmatch/`` that the wheel ships as one (pyproject package-dir)."""
    try:
        with as_file(files("chartmatch.patterns")) as path:
            return Path(path)
    except ModuleNotFoundError:
        beside = Path(__file__).resolve().parent.parent / "patterns"
        if (beside / CONCEPTS).is_file():
            return beside
        raise


def role_of(path: Path) -> str:
    """The kind of rule file a path is, by its name (``targets/*.json`` are target files)."""
    return TARGETS if path.parent.name == TARGETS else path.name


def packaged_counterpart(path: Path) -> Path | None:
    """The packaged file an overlay file adds to (None for a packaged file or a new one)."""
    base = packaged_dir()
    try:
        path.resolve().relative_to(base.resolve())
        return None  # a packaged file
    except ValueError:
        pass
    counterpart = base / TARGETS / path.name if role_of(path) == TARGETS else base / path.name
    return counterpart if counterpart.is_file() else None


def _rule_error(path: Path, detail: str) -> ChartmatchError:
    return ChartmatchError(Msg.E006, path=path, detail=detail)


def read_one(path: Path) -> dict:
    """One rule file as written, its shape checked: a JSON object with the keys of its kind."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise _rule_error(path, f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    except UnicodeDecodeError:
        raise ChartmatchError(Msg.E013, path=path) from None
    role = role_of(path)
    if role == VALUES:
        return _check_values_shape(path, data)
    key = LIST_KEY.get(role)
    if key is None:
        return data if isinstance(data, dict) else {}
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        raise _rule_error(path, f"expected a JSON object with a list {key!r}")
    return _check_top_keys(path, data, role, {key, REPLACE, *OTHER_KEYS.get(role, ())})


def _check_top_keys(path: Path, data: dict, role: str, allowed: set[str]) -> dict:
    """No top-level key outside ``allowed``, and a boolean REPLACE flag if there is one."""
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise _rule_error(path, f"unknown top-level key(s) {', '.join(map(repr, unknown))}; a {role} file holds "
                                f"{', '.join(map(repr, sorted(allowed)))}")
    if not isinstance(data.get(REPLACE, False), bool):
        raise _rule_error(path, f"{REPLACE!r} must be true or false")
    return data


def _check_values_shape(path: Path, data: object) -> dict:
    if not isinstance(data, dict):
        raise _rule_error(path, f"expected a JSON object with the tables {', '.join(map(repr, VALUE_TABLES))}")
    _check_top_keys(path, data, VALUES, {*VALUE_TABLES, REPLACE})
    for table in VALUE_TABLES:
        if not isinstance(data.get(table, {}), dict):
            raise _rule_error(path, f"{table!r} must be a JSON object of name -> entry")
    return data


@dataclass(frozen=True)
class Layer:
    """One file's part of a rule file as read: where it comes from and its rules."""

    path: Path
    origin: str  # "packaged" or "overlay"
    data: dict


def layers(path: Path) -> list[Layer]:
    """The files a rule file is read from: the packaged file (unless the overlay replaces it),
    then the overlay file."""
    data = read_one(path)
    counterpart = packaged_counterpart(path)
    if counterpart is None:
        base = packaged_dir().resolve()
        packaged = path.resolve().is_relative_to(base)
        return [Layer(path, "packaged" if packaged else "overlay", data)]
    if data.get(REPLACE):
        return [Layer(path, "overlay", data)]
    return [Layer(counterpart, "packaged", read_one(counterpart)), Layer(path, "overlay", data)]


def read_json(path: Path) -> Any:
    """A rule file's data as the overlay means it: the packaged rules, then the overlay's
    (or the overlay's alone when it says ``"replace": true``), checked for shape."""
    parts = layers(path)
    role = role_of(path)
    if role == VALUES:  # each table's entries by name, the overlay's after (over) the packaged
        return {table: {k: v for layer in parts for k, v in layer.data.get(table, {}).items()} for table in VALUE_TABLES}
    key = LIST_KEY.get(role)
    if key is None:
        return parts[-1].data
    merged: dict = {}
    for layer in parts:
        for k, v in layer.data.items():
            if k == REPLACE:
                continue
            if k == key:
                merged.setdefault(k, []).extend(v)
            elif isinstance(v, dict) and isinstance(merged.get(k), dict):
                merged[k] = {**merged[k], **v}  # section_attributes: the overlay's sections added / changed
            else:
                merged[k] = v
    if role == CONCEPTS:
        _check_concepts(parts)
    elif role == SECTIONS:
        _check_section_attributes(parts)
    elif role == CRITERIA:
        _check_criteria(parts)
    return merged


def _items(layer: Layer, key: str):
    for number, item in enumerate(layer.data[key], start=1):
        if not isinstance(item, dict):
            raise _rule_error(layer.path, f"rule {number}: expected a JSON object, found {type(item).__name__}")
        yield number, item


def _check_concepts(parts: list[Layer]) -> None:
    seen: dict[str, Path] = {}
    for layer in parts:
        for number, item in _items(layer, "concepts"):
            unknown = sorted(set(item) - CONCEPT_KEYS)
            if unknown or not isinstance(item.get("id"), str):
                problem = f"unknown key(s) {', '.join(map(repr, unknown))}" if unknown else "'id' must be a string"
                raise ChartmatchError(Msg.E026, path=layer.path, number=number, what=repr(item.get("id", "?")),
                                      detail=f"{problem}; a concept holds {', '.join(sorted(CONCEPT_KEYS))}")
            if item["id"] in seen:
                first = seen[item["id"]]
                hint = (f" (in {first}); to change a packaged concept, mark your file \"replace\": true and give every concept"
                        if first != layer.path else "")
                raise ChartmatchError(Msg.E026, path=layer.path, number=number, what=repr(item["id"]),
                                      detail=f"concept already defined{hint}")
            seen[item["id"]] = layer.path


def _check_section_attributes(parts: list[Layer]) -> None:
    for layer in parts:
        attributes = layer.data.get("section_attributes", {})
        if not isinstance(attributes, dict):
            raise _rule_error(layer.path, "'section_attributes' must be an object of section -> flags")
        for section, flags in attributes.items():
            unknown = sorted(set(flags) - SECTION_ATTRIBUTES) if isinstance(flags, dict) else ["(not an object)"]
            if unknown or not all(isinstance(v, bool) for v in flags.values()):
                raise _rule_error(layer.path, f"section_attributes {section!r}: unknown or non-boolean flag(s) "
                                              f"{', '.join(unknown) or 'values'}; use {', '.join(sorted(SECTION_ATTRIBUTES))}")


def _type_ok(value: object, kind: type) -> bool:
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind is list:
        return isinstance(value, list) and all(isinstance(x, str) for x in value)
    return isinstance(value, kind)


def check_settings(logic: str, settings: object) -> list[str]:
    """What is wrong with one criterion's settings for its decider (empty when nothing)."""
    if not isinstance(settings, dict):
        return ["'settings' must be a JSON object"]
    known = SETTINGS.get(logic, {})
    problems = []
    unknown = sorted(set(settings) - set(known))
    if unknown:
        reads = f"logic {logic!r} reads {', '.join(sorted(known))}" if known else f"logic {logic!r} reads no settings"
        problems.append(f"unknown setting(s) {', '.join(unknown)}: {reads}")
    names = {int: "a whole number", bool: "true or false", str: "a string", list: "a list of strings"}
    for k, kind in known.items():
        if k in settings and not _type_ok(settings[k], kind):
            problems.append(f"setting {k!r} must be {names[kind]}")
        fixed = FIXED_SETTINGS.get((logic, k))
        if k in settings and fixed is not None and settings[k] != fixed:
            problems.append(f"setting {k!r} can only be {json.dumps(fixed)}: the decider does not read it")
    required = REQUIRED_SETTINGS.get(logic)
    if required and not set(required) & set(settings):
        problems.append(f"logic {logic!r} needs one of {', '.join(sorted(required))}")
    return problems


def check_roles(logic: str, concepts: object) -> list[str]:
    """What is wrong with one criterion's ``concepts`` for its decider: an object of role ->
    concept ids with every required role of :data:`ROLES` and no other (``[]`` for manual)."""
    roles = ROLES.get(logic, {})
    if not roles:
        return [] if concepts in (None, [], {}) else [f"logic {logic!r} reads no concepts: give \"concepts\": []"]
    if not isinstance(concepts, dict):
        return [f"'concepts' must be an object of role -> concept ids; logic {logic!r} reads the roles "
                f"{', '.join(roles)}"]
    problems = []
    unknown = [r for r in concepts if r not in roles]
    if unknown:
        problems.append(f"unknown role(s) {', '.join(unknown)}: logic {logic!r} reads {', '.join(roles)}")
    missing = [r for r, required in roles.items() if required and r not in concepts]
    if missing:
        problems.append(f"missing role(s) {', '.join(missing)}")
    if not all(isinstance(v, list) and all(isinstance(x, str) for x in v) for v in concepts.values()):
        problems.append("each role names a list of concept ids")
    return problems


def _check_criteria(parts: list[Layer]) -> None:
    for layer in parts:
        for _number, item in _items(layer, "criteria"):
            logic = str(item.get("logic", "manual"))
            problems = check_settings(logic, item.get("settings", {})) + check_roles(logic, item.get("concepts"))
            if problems:
                raise ChartmatchError(Msg.E009, path=layer.path, criterion=item.get("id", "?"), detail="; ".join(problems))


@dataclass(frozen=True)
class PatternSet:
    """The rule files one pipeline is built from, by role. Each path is the file to read
    (:func:`read_json` adds the packaged rules under an overlay file)."""

    concepts: Path
    sections: Path
    context: Path
    criteria: Path
    targets: tuple[Path, ...]
    user_dir: Path | None = None
    values: Path | None = None  # None: the packaged values.json (a PatternSet built before it existed)

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
            values=pick(VALUES),
        )

    @property
    def values_file(self) -> Path:
        return self.values if self.values is not None else packaged_dir() / VALUES

    def _role_files(self) -> tuple[Path, ...]:
        return (self.concepts, self.sections, self.context, self.criteria, self.values_file, *self.targets)

    @property
    def files(self) -> tuple[Path, ...]:
        """Every file read, overlay files after the packaged files they add to."""
        out: list[Path] = []
        for path in self._role_files():
            counterpart = packaged_counterpart(path)
            if counterpart is not None and counterpart not in out:
                out.append(counterpart)
            out.append(path)
        return tuple(out)

    def fingerprint(self) -> str:
        """A short digest of every rule file's bytes: names the rules a result came from."""
        digest = hashlib.sha256()
        for path in self.files:
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
        return digest.hexdigest()[:12]

    def counts(self) -> dict[str, dict[str, int]]:
        """How many rules of each kind are read from where: ``{kind: {"packaged": n, "overlay": m}}``,
        plus ``"replaced"``: the packaged files an overlay replaces."""
        out: dict[str, dict[str, int]] = {}
        replaced = []
        for path in self._role_files():
            role = role_of(path)
            tally = out.setdefault(KIND[role], {"packaged": 0, "overlay": 0})
            parts = layers(path)
            for layer in parts:
                tally[layer.origin] += len(layer.data.get("lexicons", {})) if role == VALUES else len(layer.data[LIST_KEY[role]])
            counterpart = packaged_counterpart(path)
            if counterpart is not None and len(parts) == 1:
                replaced.append(counterpart.relative_to(packaged_dir()).as_posix())
        out["replaced"] = {name: 1 for name in replaced}
        return out

    def describe(self) -> str:
        """One line for a summary: ``rules: 24,551 target rules (packaged) + 3 from my_rules/; ...``."""
        counts = self.counts()
        replaced = counts.pop("replaced")
        where = f"{self.user_dir}/" if self.user_dir is not None else ""
        parts = []
        for kind, tally in counts.items():
            if not tally["overlay"]:
                parts.append(f"{tally['packaged']:,} {kind}")
            elif not tally["packaged"]:
                parts.append(f"{tally['overlay']:,} {kind} from {where}")
            else:
                parts.append(f"{tally['packaged']:,} {kind} + {tally['overlay']:,} from {where}")
        line = "rules: " + ", ".join(parts) + (" (packaged)" if self.user_dir is None else "")
        if replaced:
            line += f"; replaced by {where}: " + ", ".join(sorted(replaced))
        return line
