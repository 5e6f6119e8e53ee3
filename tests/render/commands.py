"""Every command that shows tables, as a user runs it: the outputs the render tests check."""

from __future__ import annotations

from pathlib import Path

from ..cli.helpers import run

COMMANDS = [
    ["scenario", "realistic"],
    ["scenario", "worst-case", "--years", "5", "--recidivism", "33%"],
    ["scenario", "ideal", "--set", "detentie=230", "--investment", "400000"],
    ["scenario", "realistic", "--curve", "herveroordeling", "--years", "8"],
    ["scenarios"],
    ["persona", "soufiane"],
    ["persona", "patrick"],
    ["persona", "joris"],
    ["personas"],
    ["pricelist"],
    ["pricelist", "diff", "impactstudie-2024", "{other}"],
    ["breakeven"],
    ["municipalities"],
    ["municipalities", "--funding", "3"],
    ["sensitivity", "realistic"],
    ["uncertainty", "realistic", "--draws", "2000"],
    ["uncertainty", "realistic", "--occupancy", "--draws", "2000"],
    ["measure", "--draws", "5000"],
    ["flows"],
    ["monitor", "{sample}"],
    ["verify"],
]
IDS = [" ".join(c) for c in COMMANDS]


def other_pricelist(folder: Path) -> Path:
    """A second price list: the study's with detention at the annex's EUR 230 and a dearer shelter."""
    source = Path(__file__).resolve().parents[2] / "pricelists" / "impactstudie-2024.yaml"
    text = source.read_text(encoding="utf-8").replace("id: impactstudie-2024", "id: ander", 1)
    text = text.replace("    amount: 100\n", "    amount: 110\n", 1)
    target = folder / "ander.yaml"
    target.write_text(text, encoding="utf-8")
    return target


def invoke(command: list[str], other: Path, *extra: str, env: dict | None = None):
    sample = Path(__file__).resolve().parents[2] / "monitoring" / "voorbeeld.yaml"
    args = [str(other) if part == "{other}" else str(sample) if part == "{sample}" else part for part in command]
    result = run(*args, *extra, env=env)
    assert result.exit_code in (0, 1), result.stderr  # verify exits 1 only for an unexplained figure
    return result
