"""What a command shows, independent of the format, with every number still a number.

A view is a title, lines, tables and notes. Table cells and the values inside lines are typed
(money, a rate, a count, ...): only a renderer turns them into text, for one format and one
language. Tables and rows have ids that do not change with the language, so JSON and CSV stay
stable for scripts; words (titles, headers, labels) are in the view's language.
"""

from __future__ import annotations

import string
from dataclasses import field
from decimal import Decimal
from typing import Any, Literal, Union

from ..record import record


@record
class Money:
    """Euros. `scale` 1000 shows thousands; `signed` shows + before a gain; `decimals` where cents matter."""

    value: Decimal
    scale: int = 1
    signed: bool = False
    decimals: int = 0


@record
class Rate:
    """A rate or share as a fraction (0.36), shown in percent: whole (`decimals=0`) or with decimals where they matter."""

    value: Decimal
    decimals: int | None = None
    signed: bool = False


@record
class Count:
    value: int
    grouped: bool = True  # thousands separators; not for a line number or a year


@record
class Number:
    """A plain number with a fixed number of decimals (a discount factor)."""

    value: Decimal
    decimals: int = 0


@record
class Quantity:
    """A quantity as the product of its factors (6 hours x 52 weeks), so the arithmetic shows."""

    factors: tuple[Decimal, ...]

    @property
    def value(self) -> Decimal:
        total = Decimal(1)
        for factor in self.factors:
            total *= factor
        return total


@record
class Text:
    """Words: from the data (a label, a name) or from the word list. Never a formula, never markup."""

    value: str


@record
class Label:
    """Words with typed values in them (benefits at {0 %} recidivism): a row's label, in the view's language."""

    segments: tuple


@record
class Word:
    """One of a few fixed answers (any rate, none): its id in JSON and CSV, its words on screen."""

    id: str
    text: str

    @property
    def value(self) -> str:
        return self.id


Cell = Union[Money, Rate, Count, Number, Quantity, Text, Label, Word]
NUMERIC = (Money, Rate, Count, Number, Quantity)
Segment = Union[str, Cell]
Line = tuple[Segment, ...]


def phrase(template: str, **values: Segment | Line) -> Line:
    """A sentence from the word list with typed values (or lines) in its {placeholders}: formatted when rendered."""
    out: list[Segment] = []
    for literal, name, _spec, _conv in string.Formatter().parse(template):
        if literal:
            out.append(literal)
        if name is not None:
            value = values[name]
            out.extend(value if isinstance(value, tuple) else (value,))
    return tuple(out)


def line(*segments: Segment) -> Line:
    return tuple(segments)


@record
class Column:
    id: str
    header: str | Line
    align: Literal["left", "right"] | None = None  # default: right when the column holds numbers


@record(frozen=False)
class Row:
    id: str
    cells: dict[str, Cell | None]
    marks: dict[str, str] = field(default_factory=dict)  # shown after the value, e.g. a footnote number
    strong: bool = False  # a total


@record(frozen=False)
class Table:
    id: str
    title: str | Line
    columns: list[Column]
    rows: list[Row] = field(default_factory=list)

    def add(self, row_id: str, cells: dict[str, Cell | None], marks: dict[str, str] | None = None, strong: bool = False) -> None:
        self.rows.append(Row(row_id, cells, {k: v for k, v in (marks or {}).items() if v}, strong))

    def right(self, column: Column) -> bool:
        """Numbers right, words left; a column with nothing in it (no published figure) as the numbers it would hold."""
        if column.align is not None:
            return column.align == "right"
        cells = [row.cells.get(column.id) for row in self.rows]
        return any(isinstance(c, NUMERIC) for c in cells) or all(c is None for c in cells)


@record(frozen=False)
class View:
    title: str | Line
    data: dict[str, Any]  # the command's JSON contract, exact numbers
    lines: list[Line] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    notes: list[Line] = field(default_factory=list)

    def table(self, table_id: str, title: str | Line, columns: list[Column]) -> Table:
        table = Table(table_id, title, columns)
        self.tables.append(table)
        return table

    def text(self, value: str | Line) -> None:
        """A line of plain text (from data or the word list)."""
        self.lines.append((value,) if isinstance(value, str) else value)

    def note(self, value: str | Line) -> None:
        self.notes.append((value,) if isinstance(value, str) else value)
