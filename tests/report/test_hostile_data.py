"""Names from the data that would trip a spreadsheet or a chart stay harmless text, and the totals stay right."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ..cli.helpers import run


def rename(data_copy, file: str, old: str, new: str) -> None:
    path = data_copy / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture()
def hostile(data_copy):
    rename(data_copy, "personas/joris.yaml", "name: Joris", "name: Parameters")  # the workbook's own sheet
    rename(data_copy, "personas/patrick.yaml", "name: Patrick", "name: \"Pat'rick\"")  # a quote in a formula reference
    rename(data_copy, "personas/soufiane.yaml", "name: Soufiane", """name: '=HYPERLINK("http://x","<b>klik</b>")'""")
    # ':' and '/' cannot stand in a sheet title; '$\\frac{$' is TeX that does not parse
    rename(data_copy, "scenarios/realistic.yaml", "  nl: Realistisch scenario", "  nl: 'Realistisch: 20/29 $\\frac{$ [a]'")
    return data_copy


def test_the_workbook_keeps_hostile_names_as_text_and_computes_the_same_totals(hostile, tmp_path):
    import openpyxl
    from pycel import ExcelCompiler

    from hvh_kba import api

    out = tmp_path / "rapport.xlsx"
    result = run("report", "--data-dir", str(hostile), "--out", str(out))
    assert result.exit_code == 0, result.stderr
    book = openpyxl.load_workbook(out)
    names = book.sheetnames
    assert len(names) == len({n.lower() for n in names})  # unique, so no formula points at the wrong sheet
    assert "Parameters" in names and "Parameters (2)" in names and "Pat'rick" in names
    assert not any(c in n for n in names for c in "[]:*?/\\")
    soufiane = next(n for n in names if "HYPERLINK" in n)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("=HYPERLINK"):
                    assert cell.data_type == "s", (sheet.title, cell.coordinate)  # text, never a formula
    scenario = next(n for n in names if n.startswith("Realistisch"))
    engine = ExcelCompiler(filename=str(out))
    expected = api.scenario(api.load(hostile, cache=False), "realistic").result
    rates = {book[scenario][f"A{r}"].value: r for r in range(1, 40) if isinstance(book[scenario][f"A{r}"].value, (int, float))}
    for rate, row in rates.items():
        if 0 <= rate <= 1 and str(book[scenario][f"C{row}"].value).startswith("="):
            assert engine.evaluate(f"'{scenario}'!C{row}") == pytest.approx(float(expected.municipal.at(Decimal(str(rate)))))
    assert soufiane  # the persona has its own sheet, under a title made safe


def test_html_and_markdown_take_hostile_names_as_text(hostile, tmp_path):
    html = tmp_path / "rapport.html"
    result = run("report", "--data-dir", str(hostile), "--out", str(html))
    assert result.exit_code == 0, result.stderr  # a $...$ in a title is text to the charts, not TeX
    page = html.read_text(encoding="utf-8")
    assert "$\\frac{$" in page and "<b>" not in page
    markdown = tmp_path / "rapport.md"
    assert run("report", "--data-dir", str(hostile), "--out", str(markdown)).exit_code == 0
    assert "[a]" in markdown.read_text(encoding="utf-8")
