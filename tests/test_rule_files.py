"""Rule files that fail well, and overlays that say what they do (issue 12; issue 11 item 12).

Every problem in a ``--patterns`` file is one catalogued line naming the file, the rule's
number and the problem, exit 2, never a traceback; ``--patterns DIR`` adds to the packaged
rules unless a file says ``"replace": true``; the summary says how many rules came from where.
"""

from __future__ import annotations

import ast
import json
import re
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chartmatch.cli import app
from chartmatch.errors import ChartmatchError
from chartmatch.extract.rules import backtracking, load_context, load_targets
from chartmatch.read.note import Note
from chartmatch.resources import ROLES, SETTINGS, PatternSet, check_settings, read_json

runner = CliRunner()
NOTES = "patient_id,note_id,note_date,note_type,text\nP1,N1,2026-10-01,clinic,\"Denies HIV. Zorblax toxicity resolved.\"\n"
GOOD = {"literal": "ok", "category": "HIV"}


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture
def notes_csv(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text(NOTES, encoding="utf-8")
    return path


def write(folder: Path, name: str, data) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def targets(*rules) -> dict:
    return {"target_rules": [GOOD, GOOD, *rules]}  # the bad rule is rule 3


# (file, content, code, what the message must say)
FAILURES = [
    ("targets/x.json", '{"target_rules": [\n  {"literal": "a", "category": "HIV"},\n  {"literal": "b" "category"}\n]}',
     "E006", "invalid JSON at line 3"),
    ("targets/x.json", {"target_rule": []}, "E006", "'target_rules'"),
    ("targets/x.json", {"target_rules": [], "replce": True}, "E006", "unknown top-level key(s) 'replce'"),
    ("targets/x.json", {"target_rules": [], "replace": "yes"}, "E006", "'replace' must be true or false"),
    ("targets/x.json", targets({"literal": "a", "category": "HIV", "pattrn": "a"}), "E026", "rule 3 ('a'): JSON object contains invalid keys: {'pattrn'}"),
    ("targets/x.json", targets("HIV"), "E026", "rule 3 (?): a rule is a JSON object, not str"),
    ("targets/x.json", targets({"literal": "a", "category": "HIV", "pattern": [{"LOWR": "a"}]}), "E027", "rule 3 ('a'): bad token pattern: [pattern -> 0 -> LOWR]"),  # pydantic's wording after it differs by spaCy line
    ("targets/x.json", targets({"literal": "a", "category": "HIV", "pattern": [{"LOWER": "a", "OP": "++"}]}), "E027", "rule 3 ('a'): bad token pattern: [pattern -> 0 -> OP"),
    ("targets/x.json", targets({"literal": "a", "category": "HIV", "pattern": "HIV (positive"}), "E028", "rule 3 ('a'): pattern is not a valid regular expression (missing ), unterminated subpattern"),
    ("targets/x.json", targets({"literal": "a", "category": "HIV", "pattern": [{"LOWER": {"REGEX": "[a-"}}]}), "E028", "rule 3 ('a'): token REGEX is not a valid regular expression"),
    ("targets/x.json", targets({"literal": "a", "category": "HIV", "pattern": "(a+)+$"}), "E029", "rule 3 ('a'): pattern can backtrack catastrophically"),
    ("targets/x.json", targets({"literal": "a", "category": "HIV", "pattern": [{"TEXT": {"REGEX": r"^(\w+\s?)*$"}}]}), "E029", "rule 3 ('a'): token REGEX can backtrack"),
    ("targets/x.json", targets({"literal": "a", "category": "HIV", "metadata": {"unless_next": "(x*)*"}}), "E029", "rule 3 ('a'): metadata unless_next can backtrack"),
    ("targets/x.json", targets({"literal": "a", "category": "HIV", "metadata": {"sense": {"require": "(hiv"}}}), "E028", "rule 3 ('a'): sense require is not a valid regular expression"),
    ("targets/x.json", targets({"literal": "a", "category": "HIV", "metadata": {"sense": {"requires": "hiv"}}}), "E026", "rule 3 ('a'): bad sense: unknown sense keys ['requires']"),
    ("targets/x.json", targets({"literal": "a", "category": "HIV", "metadata": {"nrom": "hiv"}}), "E026", "rule 3 ('a'): unknown metadata key(s) 'nrom'"),
    ("targets/x.json", targets({"literal": "a", "category": "NOT_A_CONCEPT"}), "E007", "rule 3 ('a'): category 'NOT_A_CONCEPT' is not a concept"),
    ("context_rules.json", {"context_rules": [{"literal": "nix", "category": "NEGATED_EXISTENCE", "direction": "FORWARD"},
                                              {"literal": "nope", "category": "NEGATED_EXISTENCE", "direction": "FORWRD"}]},
     "E026", "rule 2 ('nope'): Direction FORWRD not recognized"),
    ("context_rules.json", {"context_rules": [{"literal": "nope", "category": "NEGATED_EXISTENCE", "direction": "FORWARD",
                                               "pattern": [{"LOWR": "nope"}]}]}, "E027", "rule 1 ('nope'): bad token pattern"),
    ("context_rules.json", {"context_rules": [{"literal": "nope", "category": "NEGATED_EXISTENCE", "direction": "FORWARD",
                                               "pattern": "(no+)*pe"}]}, "E029", "rule 1 ('nope'): pattern can backtrack"),
    ("sections.json", {"section_rules": [{"literal": "Plan:", "category": "plan", "colour": "red"}]}, "E026", "rule 1 ('Plan:'): JSON object contains invalid keys: {'colour'}"),
    ("sections.json", {"section_rules": [], "section_attributes": {"plan": {"historic": True}}}, "E006", "section_attributes 'plan'"),
    ("concepts.json", {"concepts": [{"id": "ZORBLAX", "family": "x", "description": "x"}, {"id": "HIV", "family": "x", "description": "x"}]},
     "E026", "rule 2 ('HIV'): concept already defined"),
    ("concepts.json", {"concepts": [{"id": "ZORBLAX", "famly": "x"}]}, "E026", "rule 1 ('ZORBLAX'): unknown key(s) 'famly'"),
    ("criteria.json", {"criteria": [{"id": "zorb", "kind": "exclusion", "item": "E99", "description": "x", "concepts": {"subject": ["HIV"]},
                                     "logic": "windowed", "settings": {"window_days": 7, "windw_years": 2}}]},
     "E009", "criterion 'zorb': unknown setting(s) windw_years: logic 'windowed' reads"),
    ("criteria.json", {"criteria": [{"id": "zorb", "kind": "exclusion", "item": "E99", "description": "x", "concepts": {"subject": ["HIV"]},
                                     "logic": "windowed", "settings": {"window_days": "7"}}]},
     "E009", "setting 'window_days' must be a whole number"),
    ("criteria.json", {"criteria": [{"id": "zorb", "kind": "exclusion", "item": "E99", "description": "x", "concepts": {"subject": ["HIV"]},
                                     "logic": "windowed", "settings": {}}]},
     "E009", "logic 'windowed' needs one of window_days, window_years"),
    ("criteria.json", {"criteria": [{"id": "zorb", "kind": "exclusion", "item": "E99", "description": "x", "concepts": ["HIV"],
                                     "logic": "windowed", "settings": {"window_days": 7}}]},
     "E009", "'concepts' must be an object of role -> concept ids; logic 'windowed' reads the roles subject, local, steroid"),
    ("criteria.json", {"criteria": [{"id": "zorb", "kind": "exclusion", "item": "E99", "description": "x",
                                     "concepts": {"subject": ["HIV"], "subjcet": ["HIV"]},
                                     "logic": "windowed", "settings": {"window_days": 7}}]},
     "E009", "unknown role(s) subjcet: logic 'windowed' reads subject, local, steroid"),
    ("criteria.json", {"criteria": [{"id": "zorb", "kind": "exclusion", "item": "E99", "description": "x",
                                     "concepts": {"drug": ["CHECKPOINT_INHIBITOR"]},
                                     "logic": "checkpoint_resistance", "settings": {}}]},
     "E009", "missing role(s) response"),
    ("criteria.json", {"criteria": [{"id": "zorb", "kind": "exclusion", "item": "E99", "description": "x",
                                     "concepts": {"subject": ["ZORBLAX"]}, "logic": "affirmed_history", "settings": {}}]},
     "E009", "unknown concept(s) ZORBLAX"),
]


@pytest.mark.parametrize("name, content, code, says", FAILURES, ids=[f"{f[2]}-{i}" for i, f in enumerate(FAILURES)])
def test_rule_file_problem_is_one_catalogued_line_exit_2(tmp_path, notes_csv, name, content, code, says):
    rules = tmp_path / "rules"
    write(rules, name, content)
    result = run("scan", notes_csv, "--out", tmp_path / "r.jsonl", "--patterns", rules, "--workers", "1")
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)
    line = [x for x in result.stderr.splitlines() if x.startswith("error")]
    assert len(line) == 1, result.stderr
    assert f"[{code}]" in line[0] and str(rules / name) in line[0], line[0]
    assert says in line[0], line[0]
    assert not (tmp_path / "r.jsonl").exists()


def test_rule_file_problem_in_extract_too(tmp_path, notes_csv):
    rules = tmp_path / "rules"
    write(rules, "targets/x.json", targets({"literal": "a", "category": "HIV", "pattern": [{"LOWR": "a"}]}))
    result = run("extract", notes_csv, "--out", tmp_path / "f.jsonl", "--patterns", rules)
    assert result.exit_code == 2 and "[E027]" in result.stderr and "rule 3" in result.stderr


def test_backtracking_detector():
    for bad in ["(a+)+$", "(a*)*", r"(\w+\s?)+", "(?:a|b+)*c", "(a{1,20}){1,20}", r"(x+)+?y", r"((ab)*c)*"]:
        assert backtracking(bad), bad
    for fine in ["a+b+", r"(?:\s+\w+){0,3}", r"\d{1,2}/\d{1,2}/\d{2,4}", "(ab)+", r"(?:x\d+){2}", "[a-z]+(?:-[a-z]+)?"]:
        assert backtracking(fine) is None, fine


def test_backtracking_regex_in_a_rule_is_refused_before_it_runs(tmp_path):
    # issue 11 item 12: '(a+)+$' on 'a'*40+'b' would run for ever; it never reaches a note
    rules = tmp_path / "rules"
    write(rules, "targets/x.json", {"target_rules": [{"literal": "a", "category": "HIV", "pattern": "(a+)+$"}]})
    with pytest.raises(ChartmatchError) as caught:
        load_targets(PatternSet.load(rules))
    assert caught.value.code == "E029"


def test_packaged_rules_pass_every_check():
    patterns = PatternSet.load()
    assert len(load_targets(patterns)) > 1000 and len(load_context(patterns)) > 100
    assert read_json(patterns.criteria)["criteria"]


# --- overlays: add by default, replace when the file says so ------------------------------

def _flags(extractor, text: str) -> dict:
    facts = extractor.extract(Note("P1", "N1", text, date(2026, 10, 1)))
    return {f.text: f for f in facts}


@pytest.fixture(scope="module")
def extractor_of():
    from chartmatch.extract.pipeline import Extractor

    return lambda folder: Extractor(PatternSet.load(folder))


def test_overlay_adds_to_a_packaged_file_of_the_same_name(tmp_path, extractor_of):
    rules = tmp_path / "rules"
    write(rules, "targets/infection.json", {"target_rules": [{"literal": "zorblax virus", "category": "HIV", "metadata": {"norm": "hiv"}}]})
    write(rules, "context_rules.json", {"context_rules": [{"literal": "nix", "category": "NEGATED_EXISTENCE", "direction": "FORWARD"}]})
    facts = _flags(extractor_of(rules), "Denies HIV. Nix zorblax virus.")
    assert facts["HIV"].negated, "the packaged target and context rules are still there"
    assert facts["zorblax virus"].negated, "and the overlay's are added"
    packaged = PatternSet.load().counts()
    counts = PatternSet.load(rules).counts()
    assert counts["target rules"] == {"packaged": packaged["target rules"]["packaged"], "overlay": 1}
    assert counts["context rules"] == {"packaged": packaged["context rules"]["packaged"], "overlay": 1}
    assert counts["replaced"] == {}


def test_overlay_replaces_only_when_marked(tmp_path, extractor_of):
    rules = tmp_path / "rules"
    write(rules, "context_rules.json", {"replace": True, "context_rules": [
        {"literal": "nix", "category": "NEGATED_EXISTENCE", "direction": "FORWARD"}]})
    got = extractor_of(rules).extract(Note("P1", "N1", "Denies HIV. Nix HIV.", date(2026, 10, 1)))
    assert [f.negated for f in got] == [False, True], "the packaged 'denies' is gone, the overlay's 'nix' works"
    counts = PatternSet.load(rules).counts()
    assert counts["context rules"] == {"packaged": 0, "overlay": 1}
    assert counts["replaced"] == {"context_rules.json": 1}


def test_summary_says_how_many_rules_from_where(tmp_path, notes_csv):
    rules = tmp_path / "rules"
    write(rules, "targets/new_family.json", {"target_rules": [{"literal": "zorblax", "category": "HIV"},
                                                              {"literal": "zorblaxine", "category": "HIV"}]})
    write(rules, "sections.json", {"replace": True, "section_rules": [{"literal": "Plan:", "category": "observation_and_plan"}]})
    result = run("extract", notes_csv, "--out", tmp_path / "f.jsonl", "--patterns", rules)
    assert result.exit_code == 0, result.output
    line = next(x for x in result.stderr.splitlines() if x.startswith("rules:"))
    assert re.search(r"\d[\d,]* target rules \+ 2 from .*rules/", line), line
    assert "1 section rules from" in line and "replaced by" in line and "sections.json" in line, line
    plain = run("extract", notes_csv, "--out", tmp_path / "f2.jsonl")
    assert "(packaged)" in next(x for x in plain.stderr.splitlines() if x.startswith("rules:"))


def test_new_concept_and_criterion_from_json_alone(tmp_path):
    from chartmatch import Matcher

    rules = tmp_path / "rules"
    write(rules, "concepts.json", {"concepts": [{"id": "ZORBLAX", "family": "test", "description": "a new exposure"}]})
    write(rules, "targets/zorblax.json", {"target_rules": [{"literal": "zorblax", "category": "ZORBLAX", "metadata": {"norm": "zorblax"}}]})
    write(rules, "criteria.json", {"criteria": [{"id": "zorblax_ever", "kind": "exclusion", "item": "E99",
                                                 "description": "Ever given zorblax", "concepts": {"subject": ["ZORBLAX"]},
                                                 "logic": "affirmed_history", "settings": {}}]})
    matcher = Matcher(rules)
    assert {c.id for c in matcher.criteria} >= {"hiv", "zorblax_ever"}, "added to the packaged criteria"
    notes = [Note("P1", "N1", "Received zorblax in 2024.", date(2026, 10, 1)), Note("P2", "N2", "Never had zorblax.", date(2026, 10, 1))]
    verdicts = {p.patient_id: {v.criterion_id if hasattr(v, "criterion_id") else v.id: v.verdict for v in p.verdicts}
                for p in matcher.match(notes, date(2026, 11, 1))}
    assert verdicts["P1"]["zorblax_ever"] == "met" and verdicts["P2"]["zorblax_ever"] == "not_met"


# --- criteria settings ------------------------------------------------------------------

def test_settings_a_decider_does_not_read_are_refused():
    # exclude_local was read nowhere (windowed always leaves local routes out): removed, now refused
    assert check_settings("windowed", {"window_days": 14}) == []
    assert "unknown setting(s) exclude_local" in " ".join(check_settings("windowed", {"window_days": 14, "exclude_local": True}))
    assert check_settings("manual", {"x": 1}) == ["unknown setting(s) x: logic 'manual' reads no settings"]


def _read_by_deciders(names_in) -> dict[str, set[str]]:
    """What each decider reads, by function, from the source of chartmatch/decide/logic/:
    ``names_in(fn)`` gives the names one function reads; helpers (``window_days``) count for
    the deciders that call them."""
    folder = Path(__file__).resolve().parent.parent / "chartmatch" / "decide" / "logic"
    reads: dict[str, set[str]] = {}
    calls: dict[str, set[str]] = {}
    for path in folder.glob("*.py"):
        for fn in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(fn, ast.FunctionDef):
                reads[fn.name] = names_in(fn)
                calls[fn.name] = {n.func.id for n in ast.walk(fn) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    return {name: keys | set().union(*(reads.get(c, set()) for c in calls[name])) for name, keys in reads.items()}


def _settings_keys(fn: ast.FunctionDef) -> set[str]:
    """Every key a function reads from ``c.settings`` (or an alias of it)."""
    aliases = {"settings"}
    for node in ast.walk(fn):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute) and node.value.attr == "settings":
            aliases |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    keys = set()
    for node in ast.walk(fn):
        holder = None
        if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
            holder, key = node.value, node.slice.value
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get"
              and node.args and isinstance(node.args[0], ast.Constant)):
            holder, key = node.func.value, node.args[0].value
        if holder is not None and ((isinstance(holder, ast.Attribute) and holder.attr in aliases)
                                   or (isinstance(holder, ast.Name) and holder.id in aliases)):
            keys.add(key)
    return keys


def _settings_read_by_deciders() -> dict[str, set[str]]:
    return _read_by_deciders(_settings_keys)


def test_settings_table_matches_what_the_deciders_read():
    from chartmatch.decide.logic import LOGIC

    read = _settings_read_by_deciders()
    for logic in LOGIC:
        declared = set(SETTINGS.get(logic, {}))
        assert read.get(logic, set()) <= declared, (
            f"{logic} reads settings {sorted(read.get(logic, set()) - declared)}: declare them in resources.SETTINGS")
    assert set(SETTINGS) <= set(LOGIC)


def _role_names(fn: ast.FunctionDef) -> set[str]:
    """Every role a function asks its criterion for (``c.role("a", "b")``)."""
    roles = set()
    for node in ast.walk(fn):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "role":
            assert all(isinstance(a, ast.Constant) for a in node.args), f"{fn.name}: c.role() takes role names as written"
            roles |= {a.value for a in node.args}
    return roles


def _roles_read_by_deciders() -> dict[str, set[str]]:
    return _read_by_deciders(_role_names)


def test_roles_table_matches_what_the_deciders_read():
    from chartmatch.decide.logic import LOGIC

    read = _roles_read_by_deciders()
    assert set(ROLES) == set(LOGIC), "every decider declares its roles (manual: none)"
    for logic in LOGIC:
        assert read.get(logic, set()) == set(ROLES[logic]), (
            f"{logic} reads roles {sorted(read.get(logic, set()))}, resources.ROLES declares {sorted(ROLES[logic])}")


def test_deciders_name_no_concept():
    """Which concept plays which part in a criterion is data (criteria.json's roles, values.json's
    kinds); the deciders and the fact builder hold mechanisms only, so no concept id is written in them."""
    ids = {c["id"] for c in read_json(PatternSet.load().concepts)["concepts"]}
    folder = Path(__file__).resolve().parent.parent / "chartmatch"
    for path in [*folder.glob("decide/**/*.py"), *folder.glob("extract/*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        # a concept is named where code selects or compares by it (an argument, a comparison, a
        # collection); a display word in a reason ("ECOG 1") is not a binding
        holders = (ast.Call, ast.Compare, ast.Set, ast.List, ast.Tuple, ast.Dict)
        named = {c.value for n in ast.walk(tree) if isinstance(n, holders) for c in ast.iter_child_nodes(n)
                 if isinstance(c, ast.Constant) and isinstance(c.value, str)} & ids
        assert not named, f"{path.name} names {sorted(named)}: give them a role in criteria.json or a kind in values.json"


def test_a_criterion_reuses_a_decider_with_other_concepts(tmp_path):
    """Roles let one decider serve a new criterion: the checkpoint-resistance logic read for a
    new drug, with no Python change."""
    from chartmatch import Matcher

    rules = tmp_path / "rules"
    write(rules, "concepts.json", {"concepts": [{"id": "ZORBLAX", "family": "test", "description": "a new antibody"}]})
    write(rules, "targets/zorblax.json", {"target_rules": [{"literal": "zorblax", "category": "ZORBLAX", "metadata": {"norm": "zorblax"}}]})
    write(rules, "criteria.json", {"criteria": [{"id": "zorblax_resistance", "kind": "exclusion", "item": "E99",
                                                 "description": "Primary resistance to zorblax",
                                                 "concepts": {"drug": ["ZORBLAX"], "response": ["TUMOR_RESPONSE"]},
                                                 "logic": "checkpoint_resistance", "settings": {"min_sd_months": 4}}]})
    matcher = Matcher(rules)
    notes = [Note("P1", "N1", "Zorblax from 01/2025. Partial response in 04/2025. Progressive disease in 11/2025.", date(2026, 1, 5)),
             Note("P2", "N2", "Zorblax from 01/2025; progressive disease at the first restaging.", date(2026, 1, 5)),
             Note("P3", "N3", "Nivolumab from 01/2025; progressive disease at the first restaging.", date(2026, 1, 5))]
    got = {p.patient_id: {v.criterion_id if hasattr(v, "criterion_id") else v.id: v.verdict for v in p.verdicts}
           for p in matcher.match(notes, date(2026, 2, 1))}
    assert got["P1"]["zorblax_resistance"] == "met"
    assert got["P2"]["zorblax_resistance"] == "not_met"
    assert got["P3"]["zorblax_resistance"] == "not_met", "nivolumab is the packaged criterion's drug, not this one's"
    assert got["P3"]["prior_checkpoint_inhibitor"] == "not_met"
