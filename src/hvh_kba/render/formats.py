"""A view in each output format: a terminal table, Markdown, JSON, CSV for scripts, CSV for Dutch Excel.

JSON and both CSVs carry exact numbers (money in euros, rates as fractions) under ids that do not
change with the language; the terminal and Markdown show them in the language's formats. Text
from the data stays text in every format: never a formula in a CSV cell, never markup in Markdown.
"""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from typing import Any

from ..errors import InputError, say
from ..views.model import Cell, Label, Quantity, Table, Text, View, Word
from . import fmt

FORMATS = ("table", "json", "csv", "csv-excel", "markdown")
# Excel and LibreOffice run a cell that starts with one of these as a formula (CSV injection)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def render(view: View, output: str, lang: str, *, table: str | None = None, columns: int = 120) -> str:
    """The view in `output`; `table`: only the table with this id."""
    if table is not None:
        view = only(view, table)
    if output == "json":
        return render_json(view, lang, whole=table is None)
    if output == "csv":
        return render_csv(view, lang)
    if output == "csv-excel":
        return render_excel_csv(view, lang)
    if output == "markdown":
        return render_markdown(view, lang)
    from .screen import render as screen

    return screen(view, lang, columns)


def only(view: View, table_id: str) -> View:
    chosen = [t for t in view.tables if t.id == table_id]
    if not chosen:
        known = [t.id for t in view.tables]
        raise InputError(say("render.no_table", table=table_id, known=list(known) or say("render.no_tables")), "table")
    return View(view.title, view.data, view.lines, chosen, view.notes)


# -- JSON ----------------------------------------------------------------------------------------
def number(value: Decimal) -> int | float:
    """A Decimal as the number JSON and CSV carry: the nearest double, an int where that is whole.

    Money and rates are computed to 28 digits; a double keeps 15 to 17 of them, more than any amount
    or rate here needs, and drops the last-digit noise of division (186960.0000000000000000000002).
    """
    nearest = float(value)
    return int(nearest) if nearest.is_integer() and abs(nearest) < 2**53 else nearest


def number_text(value: Decimal) -> str:
    """The same number as CSV text: shortest digits, never an exponent (0.00001, not 1e-05)."""
    nearest = number(value)
    return str(nearest) if isinstance(nearest, int) else f"{Decimal(repr(nearest)):f}"


def plain(value: Any) -> Any:
    """JSON-ready: Decimals become numbers (int where whole), mappings and sequences recurse."""
    if isinstance(value, Decimal):
        return number(value)
    if isinstance(value, dict) or hasattr(value, "items"):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def exact(value: Cell | None, lang: str) -> Any:
    """A cell's exact value: euros, a fraction, a count, a quantity's factors, a word's id, text."""
    if value is None:
        return None
    if isinstance(value, Quantity):
        return [plain(f) for f in value.factors]
    if isinstance(value, Label):
        return fmt.cell(value, lang)
    return plain(value.value)


def table_json(table: Table, lang: str) -> dict[str, Any]:
    return {
        "id": table.id,
        "title": fmt.line(table.title, lang),
        "columns": [{"id": c.id, "title": fmt.line(c.header, lang)} for c in table.columns],
        "rows": [
            {
                "id": row.id,
                "values": {c.id: exact(row.cells.get(c.id), lang) for c in table.columns},
                "shown": {c.id: fmt.cell(row.cells.get(c.id), lang) for c in table.columns},
                **({"marks": row.marks} if row.marks else {}),
            }
            for row in table.rows
        ],
    }


def render_json(view: View, lang: str, whole: bool = True) -> str:
    """The command's data (its contract for scripts) with the ids of its tables; or, with --table, that table in full:
    every row's exact values, and the text each shows on screen."""
    data = {**plain(view.data), "tables": [t.id for t in view.tables]} if whole else table_json(view.tables[0], lang)
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


# -- CSV -----------------------------------------------------------------------------------------
def _union(view: View) -> list[str]:
    columns: dict[str, None] = {}
    for table in view.tables:
        for column in table.columns:
            columns.setdefault(column.id, None)
    return list(columns)


def _rows(view: View, lang: str):
    """Every row of every table: the table's id, the row's id, then the cells under the union of the columns."""
    columns = _union(view)
    yield ["table", "row", *columns]
    for table in view.tables:
        for row in table.rows:
            cells = (row.cells.get(c) for c in columns)
            yield [table.id, row.id, *(Text(fmt.cell(c, lang)) if isinstance(c, Label) else c for c in cells)]


def inert(text: str) -> str:
    """Text that a spreadsheet shows as text: a leading formula character gets a quote before it."""
    return "'" + text if text.startswith(FORMULA_START) else text


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (Text, Word)):
        return inert(value.value)
    if isinstance(value, str):
        return inert(value)
    if isinstance(value, Quantity):
        return number_text(value.value)
    return number_text(Decimal(value.value)) if isinstance(value.value, (Decimal, int)) else value.value


def render_csv(view: View, lang: str) -> str:
    """For scripts: comma-separated, decimal point, exact numbers, one header for all tables."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for row in _rows(view, lang):
        writer.writerow([_csv_value(v) for v in row])
    return buffer.getvalue()


def render_excel_csv(view: View, lang: str) -> str:
    """For a double click in Excel: UTF-8 with a byte-order mark, CRLF, and the language's separators.

    Dutch Excel expects ';' between fields and a decimal comma; English Excel ',' and a point.
    Numbers stay exact and without thousands separators, so Excel reads them as numbers.
    """
    delimiter, point = (";", ",") if lang == "nl" else (",", ".")
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    for row in _rows(view, lang):
        values = []
        for value in row:
            text = _csv_value(value)
            numeric = value is not None and not isinstance(value, (str, Text, Word))
            values.append(text.replace(".", point) if numeric and isinstance(text, str) else text)
        writer.writerow(values)
    return "\ufeff" + buffer.getvalue()


# -- Markdown ------------------------------------------------------------------------------------
def md(text: str) -> str:
    """Text inert in Markdown: no raw HTML, no table breaks."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")


def render_markdown(view: View, lang: str) -> str:
    out = [f"## {md(fmt.line(view.title, lang))}", ""]
    out += [f"{md(fmt.line(line, lang))}  " for line in view.lines]
    for table in view.tables:
        out += ["", f"**{md(fmt.line(table.title, lang))}**", ""] if table.title else [""]
        out.append("| " + " | ".join(md(fmt.line(c.header, lang)) for c in table.columns) + " |")
        out.append("|" + "|".join("---:" if table.right(c) else ":---" for c in table.columns) + "|")
        for row in table.rows:
            cells = []
            for c in table.columns:
                text = fmt.cell(row.cells.get(c.id), lang)
                mark = row.marks.get(c.id)
                cells.append(md(f"{text} {mark}" if mark and text else mark or text))
            if row.strong:
                cells = [f"**{c}**" if c else c for c in cells]
            out.append("| " + " | ".join(cells) + " |")
    if view.notes:
        out.append("")
        out += [f"- {md(fmt.line(note, lang))}" for note in view.notes]
    return "\n".join(out) + "\n"


def report_markdown(report) -> str:
    """The report without its charts, ready to paste: views as Markdown under their section headings."""
    lang = report.lang
    out = [f"# {md(report.title)}", ""] + [f"{md(fmt.line(line, lang))}  " for line in report.subtitle]
    for block in report.blocks:
        if block.kind == "section":
            out += ["", f"## {md(block.text)}"]
        elif block.kind == "subsection":
            out += ["", f"### {md(block.text)}"]
        elif block.kind == "paragraphs" and block.lines:
            out += [""] + [f"{md(fmt.line(line, lang))}  " for line in block.lines]
        elif block.kind == "view":
            out += ["", render_markdown(block.view, lang).rstrip("\n").replace("## ", "### ", 1)]
    return "\n".join(out) + "\n"
