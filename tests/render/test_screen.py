"""No number is ever cut on screen: every command, at the widths people's terminals have."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from collections import Counter

import pytest

from hvh_kba.render.screen import width
from hvh_kba.views.model import Column, Money, Table, Text, View

from .commands import COMMANDS, IDS, invoke, other_pricelist

WIDTHS = (60, 80, 100, 120)
NUMBER = re.compile(r"[\d€%]")


@pytest.fixture(scope="module")
def other(tmp_path_factory):
    return other_pricelist(tmp_path_factory.mktemp("prices"))


def shown_numbers(command, other, lang="nl") -> Counter:
    """What every table of the command shows for its numbers, read off its JSON (one --table at a time)."""
    ids = json.loads(invoke(command, other, "-f", "json", "--lang", lang).stdout)["tables"]
    wanted: Counter = Counter()
    for table_id in ids:
        table = json.loads(invoke(command, other, "-f", "json", "--table", table_id, "--lang", lang).stdout)
        for row in table["rows"]:
            for column, value in row["values"].items():
                shown = row["shown"][column]
                if shown and not isinstance(value, str) and value is not None:  # numbers, not words
                    wanted[shown] += 1
    return wanted


def whole(text: str, output: str) -> int:
    """How often `text` stands in the output whole: not as a piece of a longer number."""
    return len(re.findall(rf"(?<![\d.,€+-]){re.escape(text)}(?![\d.,%])", output))


@pytest.mark.parametrize("command", COMMANDS, ids=IDS)
def test_every_number_shows_whole_at_every_width(command, other):
    wanted = shown_numbers(command, other)
    assert wanted, "a command with tables shows numbers"
    for columns in WIDTHS:
        output = invoke(command, other, env={"COLUMNS": str(columns)}).stdout
        too_wide = [line for line in output.splitlines() if width(line) > columns]
        assert too_wide == [], f"{columns} columns: {too_wide[:2]}"
        cut = {text: (count, whole(text, output)) for text, count in wanted.items() if whole(text, output) < count}
        assert cut == {}, f"{columns} columns: shown fewer times than in the tables (text: (tables, screen))"


def test_in_english_too(other):
    command = ["scenario", "realistic"]
    wanted = shown_numbers(command, other, lang="en")
    output = invoke(command, other, "--lang", "en", env={"COLUMNS": "60"}).stdout
    assert "€1,970,360" in wanted and all(whole(text, output) >= count for text, count in wanted.items())


def table_of(values: list[str]) -> View:
    view = View("t", {})
    table = view.table("t", "", [Column("label", "Label")] + [Column(f"c{i}", f"Column {i}") for i in range(len(values))])
    table.add("r", {"label": Text("een heel lang label dat moet afbreken"), **{f"c{i}": Money(Decimal(v)) for i, v in enumerate(values)}})
    return view


@pytest.mark.parametrize("columns", [20, 30, 45, 60])
def test_narrow_tables_fold_then_stack_but_never_cut(columns):
    from hvh_kba.render.screen import render

    amounts = [f"{n}{n}{n}{n}{n}{n}{n}" for n in range(1, 8)]  # seven amounts of seven digits: € 1.111.111 ...
    output = render(table_of(amounts), "nl", columns)
    for amount in amounts:
        text = "€ " + ".".join([amount[0], amount[1:4], amount[4:]])
        assert whole(text, output) == 1, (text, output)
    assert max(width(line) for line in output.splitlines()) <= columns


def test_a_value_wider_than_the_terminal_is_not_shown_cut():
    from hvh_kba.render.screen import render

    output = render(table_of(["123456789012345678"]), "nl", 12)
    assert "123.456" not in output and "past niet" in output
