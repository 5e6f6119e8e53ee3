"""Render a View as a rich table, Markdown, CSV or JSON. One function per format."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sys
from decimal import Decimal
from typing import Any

from . import fmt
from .view import Column, Table, View, plain



def cell(value: Any, column: Column, lang: str) -> str:
    if value is None:
        return ""
    if column.kind == "eur":
        return fmt.eur(value, lang)
    if column.kind == "pct":
        return fmt.pct(value, lang)
    if column.kind == "rate":
        return fmt.rate(value, lang)
    if column.kind == "count":
        return fmt.number(value, lang)
    return str(value)


def cell_text(table: Table, i: int, column: Column, lang: str) -> str:
    text = cell(table.rows[i].get(column.key), column, lang)
    mark = table.marks[i].get(column.key)
    return f"{text} {mark}" if mark else text


def render(view: View, output: str, lang: str) -> str:
    if output == "json":
        return json.dumps(plain(view.data), indent=2, ensure_ascii=False) + "\n"
    if output == "csv":
        return render_csv(view)
    if output == "markdown":
        return render_markdown(view, lang)
    return render_table(view, lang)


def render_table(view: View, lang: str) -> str:
    from rich import box
    from rich.console import Console
    from rich.table import Table as RichTable

    buffer = io.StringIO()
    console = Console(file=buffer, width=_width(), color_system=None, highlight=False, emoji=False)
    console.print(view.title, style="bold")
    for line in view.lines:
        console.print(line, highlight=False, markup=False)
    for table in view.tables:
        console.print()
        if table.title:
            console.print(table.title, style="bold", markup=False, highlight=False)
        rich = RichTable(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
        for i, column in enumerate(table.columns):
            rich.add_column(column.header, justify="right" if column.right else "left", no_wrap=column.right or i == 0, overflow="fold")
        for i in range(len(table.rows)):
            rich.add_row(*(cell_text(table, i, c, lang) for c in table.columns), style="bold" if i in table.strong else None)
        console.print(rich)
    if view.notes:
        console.print()
    for note in view.notes:
        console.print(note, markup=False, highlight=False)
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"


def _width() -> int:
    """The terminal's width when there is one (capped), else a fixed 120 for stable output."""
    if sys.stdout.isatty():
        return max(60, min(shutil.get_terminal_size((120, 24)).columns, 140))
    return 120


def render_markdown(view: View, lang: str) -> str:
    out = [f"## {view.title}", ""]
    out += [f"{line}  " for line in view.lines]
    for table in view.tables:
        out += ["", f"**{table.title}**", ""] if table.title else [""]
        out.append("| " + " | ".join(c.header for c in table.columns) + " |")
        out.append("|" + "|".join("---:" if c.right else ":---" for c in table.columns) + "|")
        for i in range(len(table.rows)):
            cells = [cell_text(table, i, c, lang).replace("|", "\\|") for c in table.columns]
            if i in table.strong:
                cells = [f"**{c}**" if c else c for c in cells]
            out.append("| " + " | ".join(cells) + " |")
    if view.notes:
        out.append("")
        out += [f"- {note}" for note in view.notes]
    return "\n".join(out) + "\n"


def report_markdown(report) -> str:
    """The report without its charts, ready to paste: views as Markdown under their section headings."""
    out = [f"# {report.title}", ""] + [f"{line}  " for line in report.subtitle]
    for block in report.blocks:
        if block.kind == "section":
            out += ["", f"## {block.text}"]
        elif block.kind == "paragraphs" and block.lines:
            out += [""] + [f"{line}  " for line in block.lines]
        elif block.kind == "view":
            out += ["", render_markdown(block.view, report.lang).rstrip("\n").replace("## ", "### ", 1)]
    return "\n".join(out) + "\n"


def render_csv(view: View) -> str:
    """The view's main table with stable keys as header and exact, unformatted numbers."""
    if view.csv is None and not view.tables:
        return ""
    table = view.csv or view.tables[view.csv_table]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([c.key for c in table.columns])
    for row in table.rows:
        writer.writerow([_csv_value(row.get(c.key)) for c in table.columns])
    return buffer.getvalue()


def _csv_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return plain(value)
    return "" if value is None else value
