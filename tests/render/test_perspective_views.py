"""Every perspective shows each sum once: under the welfare view the budget set against the investment is the
welfare itself, and a table that showed both would show one column or row twice."""

from __future__ import annotations

import pytest

from ..cli.helpers import run

COMMANDS = [
    ["scenario", "realistic", "--years", "5"],
    ["scenarios"],
    ["persona", "joris"],
    ["personas"],
    ["breakeven"],
    ["sensitivity", "realistic"],
    ["uncertainty", "realistic", "--draws", "2000"],
]
PERSPECTIVES = ["study", "societal", "municipal", "justice", "participant"]


def markdown_tables(text: str) -> list[list[list[str]]]:
    """The tables of a Markdown output, as rows of cells (header first, the alignment row left out)."""
    tables: list[list[list[str]]] = []
    current: list[list[str]] | None = None
    for line in text.splitlines():
        if line.startswith("|"):
            cells = [c.strip().strip("*") for c in line.strip("|").split("|")]
            if set("".join(cells)) <= set(":-"):
                continue
            if current is None:
                current = []
                tables.append(current)
            current.append(cells)
        else:
            current = None
    return tables


@pytest.mark.parametrize("perspective", PERSPECTIVES)
@pytest.mark.parametrize("command", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
def test_no_table_shows_a_sum_twice(command, perspective):
    result = run(*command, "--perspective", perspective, "-f", "markdown")
    assert result.exit_code == 0, result.stderr
    tables = markdown_tables(result.stdout)
    assert tables
    for table in tables:
        header, rows = table[0], table[1:]
        names = [h for h in header if h != PUBLISHED]  # the published figure stands beside each column it checks
        assert len(set(names)) == len(names), header
        assert len({tuple(r) for r in rows}) == len(rows), (header, "two rows the same")
        if perspective == "societal" and len(rows) > 1:
            # the budget is the welfare: a second column of the same amounts is the same sum under another name
            columns = [c for h, c in zip(header, zip(*rows)) if h != PUBLISHED and any("€" in v for v in c)]
            assert len(set(columns)) == len(columns), (header, "two columns of the same amounts")


PUBLISHED = "Gepubliceerd"
