"""JSON and CSV for scripts and spreadsheets: exact numbers, ids that do not change with the language,
every table present; a CSV that Dutch Excel opens right; text from the data inert everywhere."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from .commands import COMMANDS, IDS, invoke, other_pricelist


@pytest.fixture(scope="module")
def other(tmp_path_factory):
    return other_pricelist(tmp_path_factory.mktemp("prices"))


def tables(command, other, lang="nl") -> dict[str, dict]:
    ids = json.loads(invoke(command, other, "-f", "json", "--lang", lang).stdout)["tables"]
    return {t: json.loads(invoke(command, other, "-f", "json", "--table", t, "--lang", lang).stdout) for t in ids}


def script_csv(command, other, lang="nl") -> list[dict]:
    return list(csv.DictReader(io.StringIO(invoke(command, other, "-f", "csv", "--lang", lang).stdout)))


@pytest.mark.parametrize("command", COMMANDS, ids=IDS)
def test_csv_has_every_table_and_exact_numbers(command, other):
    rows = script_csv(command, other)
    by_table = {(r["table"], r["row"]): r for r in rows}
    for table_id, table in tables(command, other).items():
        for row in table["rows"]:
            line = by_table[(table_id, row["id"])]
            for column, value in row["values"].items():
                if isinstance(value, (int, float)):
                    assert float(line[column]) == value, (table_id, row["id"], column)  # a number, the JSON's
                elif isinstance(value, list):  # a quantity's factors: the CSV has their product
                    product = 1.0
                    for factor in value:
                        product *= factor
                    assert float(line[column]) == pytest.approx(product)


@pytest.mark.parametrize("command", COMMANDS, ids=IDS)
def test_ids_and_numbers_do_not_change_with_the_language(command, other):
    dutch, english = script_csv(command, other, "nl"), script_csv(command, other, "en")
    assert [(r["table"], r["row"]) for r in dutch] == [(r["table"], r["row"]) for r in english]
    assert list(dutch[0]) == list(english[0])  # the header
    for nl, en in zip(dutch, english):
        for column, value in nl.items():
            if re.fullmatch(r"-?\d+(\.\d+)?", value):
                assert en[column] == value, column


def read_as_dutch_excel(data: bytes) -> list[list]:
    """What Dutch Excel makes of a CSV file it opens by double-click: UTF-8 when there is a byte-order mark,
    ';' between fields, a number where the text is one in Dutch notation (decimal comma, no grouping), else text."""
    assert data.startswith(b"\xef\xbb\xbf"), "without a byte-order mark Excel reads the file as Windows-1252"
    text = data[3:].decode("utf-8")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    rows = []
    for record in csv.reader(io.StringIO(text, newline=""), delimiter=";"):
        rows.append([float(v.replace(",", ".")) if re.fullmatch(r"-?\d+(,\d+)?", v) else v for v in record])
    return rows


@pytest.mark.parametrize("command", [c for c in COMMANDS if c[0] in ("scenario", "scenarios", "municipalities", "verify")],
                         ids=[i for i in IDS if i.split()[0] in ("scenario", "scenarios", "municipalities", "verify")])
def test_dutch_excel_reads_the_same_numbers(command, other):
    from hvh_kba.cli.app import app
    from typer.testing import CliRunner

    excel = read_as_dutch_excel(CliRunner().invoke(app, [*command, "-f", "csv-excel"], prog_name="hvh-kba").stdout_bytes)
    script = list(csv.reader(io.StringIO(invoke(command, other, "-f", "csv").stdout)))
    assert len(excel) == len(script) and excel[0] == script[0]
    for got, expected in zip(excel[1:], script[1:]):
        for cell, value in zip(got, expected):
            if re.fullmatch(r"-?\d+(\.\d+)?", value):
                assert cell == float(value)  # a number in Excel, the same as the script's
            else:
                assert cell == value  # text stays text (a date-like or number-like id would not)


def test_english_excel_uses_commas_and_points():
    from hvh_kba.cli.app import app
    from typer.testing import CliRunner

    data = CliRunner().invoke(app, ["scenario", "realistic", "-f", "csv-excel", "--lang", "en"], prog_name="hvh-kba").stdout_bytes
    assert data.startswith(b"\xef\xbb\xbftable,row,") and b"minimum,Wmo,,,,,,Wmo,257450,0.579" in data


def test_an_unknown_table_is_one_line(other):
    from ..cli.helpers import run, run_en

    result = run_en("scenario", "realistic", "--table", "nope")
    assert result.exit_code == 2
    assert result.stderr == "error: --table: no table 'nope' in this output; its tables: benefits, minimum, break_even, comparison\n"


def test_text_from_the_data_is_inert(data_copy):
    """A persona named like a formula stays text in CSV (Excel would run it) and markup stays text in Markdown."""
    from ..cli.helpers import run

    path = data_copy / "personas" / "joris.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("name: Joris", 'name: "=HYPERLINK(\\"http://x\\")<b>"'), encoding="utf-8")
    out = run("personas", "--data-dir", str(data_copy), "-f", "csv").stdout
    assert "'=HYPERLINK" in out and ",=HYPERLINK" not in out
    markdown = run("personas", "--data-dir", str(data_copy), "-f", "markdown").stdout
    assert "<b>" not in markdown and "&lt;b&gt;" in markdown
