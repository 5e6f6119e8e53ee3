"""What a command shows, independent of how: titled tables of typed cells, notes, and JSON data.

Commands build a View; renderers (rich table, Markdown, CSV, JSON) turn it into text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

Kind = Literal["text", "eur", "pct", "rate", "count"]


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: Kind = "text"
    align: Literal["left", "right"] | None = None  # default: text left, numbers right

    @property
    def right(self) -> bool:
        return self.align == "right" if self.align else self.kind != "text"


@dataclass
class Table:
    title: str
    columns: list[Column]
    rows: list[dict[str, Any]] = field(default_factory=list)
    # per row: {column key: mark} shown after the value, e.g. a footnote number
    marks: list[dict[str, str]] = field(default_factory=list)
    # indexes of rows to emphasise (totals)
    strong: set[int] = field(default_factory=set)

    def add(self, row: dict[str, Any], marks: dict[str, str] | None = None, strong: bool = False) -> None:
        if strong:
            self.strong.add(len(self.rows))
        self.rows.append(row)
        self.marks.append(marks or {})


@dataclass
class View:
    title: str
    data: dict[str, Any]  # the JSON form: a contract scripts rely on
    lines: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    csv_table: int = 0  # which shown table CSV writes...
    csv: Table | None = None  # ...unless the view has a flat table just for CSV

    def table(self, title: str, columns: list[Column]) -> Table:
        table = Table(title, columns)
        self.tables.append(table)
        return table


def plain(value: Any) -> Any:
    """JSON-ready: Decimals become exact numbers (int where whole), containers recurse."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value
