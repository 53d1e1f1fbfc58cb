"""The wheel ships every subpackage and the rule files; pyproject's package list stays in step."""

import tomllib
from importlib.resources import files
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_packaging_lists_every_subpackage():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(config["packages"])
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "chartmatch").rglob("__init__.py")}
    assert on_disk - {"chartmatch.patterns"} <= listed, f"add to pyproject packages: {sorted(on_disk - listed)}"
    assert "chartmatch.patterns" in listed and config["package-dir"]["chartmatch.patterns"] == "patterns"


def test_packaging_patterns_resolve_as_resources():
    base = files("chartmatch.patterns")
    for name in ("concepts.json", "criteria.json", "context_rules.json", "sections.json"):
        assert base.joinpath(name).is_file(), name
    assert any(p.name.endswith(".json") for p in base.joinpath("targets").iterdir())
