"""The layers depend one way: nothing below the command line imports it."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "hvh_kba"
BELOW_THE_CLI = ("api", "core", "loader", "render", "schema", "views")


def imports(path: Path) -> set[str]:
    """Every module a file imports, as absolute names."""
    package = ["hvh_kba", *path.relative_to(PACKAGE).parent.parts]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            found.add(module)
            found |= {f"{module}.{alias.name}" for alias in node.names}
    return found


def test_nothing_below_the_cli_imports_it():
    offenders = [
        str(path.relative_to(PACKAGE))
        for layer in BELOW_THE_CLI
        for path in (PACKAGE / layer).rglob("*.py")
        if any(name == "hvh_kba.cli" or name.startswith("hvh_kba.cli.") for name in imports(path))
    ]
    assert offenders == []


def test_the_core_is_pure():
    """No file access, no printing, no command line in the core (the NumPy Monte Carlo included)."""
    forbidden = {"os", "sys", "pathlib", "subprocess", "typer", "rich", "yaml", "pydantic", "hvh_kba.loader", "hvh_kba.render"}
    for path in (PACKAGE / "core").glob("*.py"):
        names = imports(path)
        assert not {n for n in names if n in forbidden or any(n.startswith(f + ".") for f in forbidden)}, path.name
        assert "print(" not in path.read_text(encoding="utf-8"), path.name
