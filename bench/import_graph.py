"""The import graph between chartmatch's subpackages, and which of them load spaCy.

    python bench/import_graph.py                   # this tree
    python bench/import_graph.py --root OTHER/     # another checkout (OTHER/chartmatch/)

Read with ``ast``, nothing is imported. A unit is a subpackage (``decide``, ``extract``, ...)
or a top-level module (``matcher``, ``spark``, ...). For each unit: the units it imports at
module level (``->``) and inside functions (``lazy``, loaded only when called). Then, for
each unit, whether importing it loads spaCy or medspaCy: ``directly`` (a module of the unit
imports it at module level) or ``through`` the chain of module-level imports that reaches one
(a package's ``__init__`` counts: importing ``chartmatch.x.y`` runs ``chartmatch/__init__.py``
and ``chartmatch/x/__init__.py`` first).
"""

from __future__ import annotations

import argparse
import ast
from collections import defaultdict
from pathlib import Path

HEAVY = ("spacy", "medspacy")


def modules(package: Path) -> dict[str, Path]:
    out = {}
    for path in sorted(package.rglob("*.py")):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def imports(name: str, path: Path, known: set[str]) -> list[tuple[str, bool]]:
    """(imported module, at module level?) for every import in the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    top_level = {id(node) for node in tree.body}
    for node in tree.body:  # imports under a module-level if/try still run on import
        if isinstance(node, (ast.If, ast.Try)):
            top_level |= {id(n) for n in ast.walk(node) if isinstance(n, (ast.Import, ast.ImportFrom))}
    found = []
    for node in ast.walk(tree):
        eager = id(node) in top_level
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            continue
        if isinstance(node, ast.Import):
            found += [(alias.name, eager) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.append((target, eager))
            for alias in node.names:  # "from . import context": a module, not a name
                if f"{target}.{alias.name}" in known:
                    found.append((f"{target}.{alias.name}", eager))
    return [(t, e) for t, e in found if not _type_checking_only(tree, t)]


def _type_checking_only(tree: ast.Module, target: str) -> bool:
    for node in tree.body:
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            for n in ast.walk(node):
                if isinstance(n, ast.ImportFrom) and n.module and target.endswith(n.module):
                    return True
                if isinstance(n, ast.Import) and any(a.name == target for a in n.names):
                    return True
    return False


def unit(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[1])
    args = parser.parse_args()
    mods = modules(args.root / "chartmatch")
    known = set(mods)
    eager: dict[str, set[str]] = defaultdict(set)  # module -> modules (chartmatch's or heavy) it loads on import
    edges: dict[str, dict[str, str]] = defaultdict(dict)  # unit -> unit -> "->" | "lazy"
    for name, path in mods.items():
        parts = name.split(".")
        eager[name] |= {".".join(parts[:i]) for i in range(1, len(parts))}  # parent packages run first
        for target, at_top in imports(name, path, known):
            root = target.split(".")[0]
            if root in HEAVY and at_top:
                eager[name].add(root)
            if root != "chartmatch":
                continue
            while target not in known and "." in target:  # "from ..x import name"
                target = target.rpartition(".")[0]
            if at_top:
                eager[name].add(target)
            a, b = unit(name), unit(target)
            if a != b and b != "__init__":
                edges[a][b] = "->" if at_top or edges[a].get(b) == "->" else "lazy"

    print("imports between units (-> at import time, lazy: inside a function)")
    for a in sorted({unit(m) for m in mods}):
        out = edges.get(a, {})
        now = sorted(b for b, how in out.items() if how == "->")
        later = sorted(b for b, how in out.items() if how == "lazy")
        print(f"  {a:10} -> {', '.join(now) or '-'}" + (f"   lazy: {', '.join(later)}" if later else ""))

    def chain(start: str) -> list[str] | None:
        """The shortest chain of module-level imports from ``start`` to spaCy / medspaCy."""
        seen, queue = {start: [start]}, [start]
        while queue:
            current = queue.pop(0)
            for nxt in sorted(eager.get(current, ())):
                if nxt in HEAVY:
                    return seen[current] + [nxt]
                if nxt not in seen:
                    seen[nxt] = seen[current] + [nxt]
                    queue.append(nxt)
        return None

    print("\nimporting the unit loads spaCy?")
    for u in sorted({unit(m) for m in mods}):
        members = [m for m in mods if unit(m) == u]
        direct = sorted(m for m in members if eager[m] & set(HEAVY))
        if direct:
            print(f"  {u:10} directly ({', '.join(m.removeprefix('chartmatch.') for m in direct)})")
            continue
        paths = [p for p in (chain(m) for m in members) if p]
        if paths:
            shortest = min(paths, key=len)
            print(f"  {u:10} through {' > '.join(p.removeprefix('chartmatch.') for p in shortest)}")
        else:
            print(f"  {u:10} no")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
