"""The workbook recomputed, by pycel and by LibreOffice: every formula gives the value hvh-kba stores beside it,
every price a persona line uses is a cell of the price sheet, and a changed price or input cell moves the totals
as the command line moves them for the same change."""

from __future__ import annotations

import csv
import html
import json
import os
import re
import shutil
import subprocess
import time
import warnings
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from ..cli.helpers import run

SCENARIO = "Realistisch scenario"
PRICES = "Prijslijst"
CHANGE = {"detentie": 250, "participants": 25, "recidivism": 0.33, "level": "max"}  # the change both ways


def report(folder: Path, *options: str) -> Path:
    out = folder / "rapport.xlsx"
    result = run("report", "--out", str(out), *options)
    assert result.exit_code == 0, result.stderr
    return out


def load(path: Path, data_only: bool = False):
    import openpyxl

    with warnings.catch_warnings():  # LibreOffice writes extensions openpyxl does not read (and says so)
        warnings.simplefilter("ignore")
        return openpyxl.load_workbook(path, data_only=data_only)


def formula_cells(book):
    """(sheet title, coordinate) of every formula."""
    return [(sheet.title, cell.coordinate) for sheet in book.worksheets for row in sheet.iter_rows() for cell in row
            if isinstance(cell.value, str) and cell.value.startswith("=")]


def first_row(sheet, value, column: str = "A", after: int = 0) -> int:
    """The first row below `after` whose cell in `column` is `value` (or starts with it, for text)."""
    for row in range(after + 1, sheet.max_row + 1):
        cell = sheet[f"{column}{row}"].value
        if cell == value or (isinstance(value, str) and isinstance(cell, str) and cell.startswith(value)):
            return row
    raise KeyError(value)


class Layout:
    """Where things are on a scenario sheet (Dutch labels), found by their labels as a reader finds them."""

    def __init__(self, sheet):
        self.participants = first_row(sheet, "Deelnemers (")
        self.recidivism = first_row(sheet, "Recidive (")
        self.level = first_row(sheet, "Investeringsniveau (")
        at = first_row(sheet, "Bij deze invoer")
        self.societal_at, self.budget_at, self.minimum_at, self.investment_at, self.net_at, self.surplus_at = range(at + 1, at + 7)
        header = first_row(sheet, "Persona")
        self.allocation = {}
        for row in range(header + 1, sheet.max_row):
            if sheet[f"A{row}"].value in ("Totaal", "Total"):
                break
            self.allocation[sheet[f"A{row}"].value] = row
        table = first_row(sheet, "Recidive", after=row)
        self.rates = {}
        for row in range(table + 1, sheet.max_row):
            if sheet[f"A{row}"].value is None:
                break
            self.rates[sheet[f"A{row}"].value] = row
        self.total = first_row(sheet, "Totaal", after=row)
        self.laws = {sheet[f"A{r}"].value: r for r in range(row + 2, self.total)}
        chart = first_row(sheet, "Grafiek: baten bij elke recidive", after=self.total) + 1
        self.levels = {sheet[f"E{r}"].value: r for r in range(self.total + 3, chart - 2)}
        self.chart = {sheet[f"A{r}"].value: r for r in range(chart + 1, chart + 12)}
        header = first_row(sheet, "Grafiek: baten bij elke bezetting", after=chart) + 2
        self.occupancy = {sheet[f"A{r}"].value: r for r in range(header + 1, sheet.max_row + 1)}
        heads = {sheet.cell(header, c).value: sheet.cell(header, c).column_letter for c in range(1, sheet.max_column + 1)}
        self.at_hundred = next(column for text, column in heads.items() if str(text).endswith(" bij 100% recidive"))


def breakeven(*options: str) -> dict:
    result = run("breakeven", "realistic", "-f", "json", *options)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def budget_by_occupancy(data: dict) -> dict[int, float]:
    """`hvh-kba breakeven`'s budget benefits at 100 % recidivism for every occupancy: its net result plus the investment."""
    grid = data["grid"]
    assert grid["recidivism"][-1] == 1
    return {row["participants"]: row["net"][-1] + grid["investment"]["amount"] for row in grid["rows"]}


def chart_series(path: Path) -> dict[str, list[float]]:
    """The values LibreOffice stored with each chart series, by the range the series refers to."""
    series = {}
    with zipfile.ZipFile(path) as book:
        for name in book.namelist():
            if name.startswith("xl/charts/chart"):
                for values in re.findall(r"<c:val>(.*?)</c:val>", book.read(name).decode("utf-8"), re.S):
                    reference = html.unescape(re.search(r"<c:f>(.*?)</c:f>", values).group(1))
                    series[reference] = [float(v) for v in re.findall(r'<c:pt idx="\d+"><c:v>([^<]*)</c:v>', values)]
    return series


def price_rows(sheet, item: str) -> tuple[int, list[int]]:
    """The item's row on the price sheet and the rows of the tables' own prices beneath it."""
    row = first_row(sheet, item)
    own = [r for r in range(row + 1, row + 10) if sheet[f"A{r}"].value == item]
    return row, own


def change(engine, address: str, value, *readers: str) -> None:
    """Set a cell in pycel, which changes only cells it has met: it reads the cells that read it first."""
    for reader in readers:
        engine.evaluate(reader)
    engine.set_value(address, value)


# -- pycel --------------------------------------------------------------------------------------------


def test_workbook_formulas_follow_the_model(tmp_path, evaluation):
    from pycel import ExcelCompiler

    out = report(tmp_path, "--all")
    formulas, cached = load(out), load(out, data_only=True)
    assert formulas["Soufiane"]["J2"].value == "=H2*I2"
    assert formulas["Soufiane"]["H2"].value.startswith("='Prijslijst'!$E$")
    engine = ExcelCompiler(filename=str(out))
    for sheet, cell in formula_cells(formulas):  # every formula recomputes to the value stored beside it
        assert engine.evaluate(f"'{sheet}'!{cell}") == pytest.approx(cached[sheet][cell].value), (sheet, cell)
    result = evaluation.scenario("realistic")
    at = Layout(formulas[SCENARIO])
    assert sorted(at.rates) == [0, 0.2, 0.4, 0.6, 0.8]
    for rate, row in at.rates.items():
        for column, model in (("B", result.societal.at(Decimal(str(rate)))), ("C", result.municipal.at(Decimal(str(rate))))):
            assert cached[SCENARIO][f"{column}{row}"].value == pytest.approx(float(model))  # the value stored in the file
            assert engine.evaluate(f"'{SCENARIO}'!{column}{row}") == pytest.approx(float(model))  # recomputed
    assert formulas[SCENARIO][f"B{at.total}"].value.startswith("=SUM(")
    assert engine.evaluate(f"'{SCENARIO}'!B{at.total}") == pytest.approx(444410) == cached[SCENARIO][f"B{at.total}"].value
    for name in ("Worst-case scenario", "Ideaal scenario"):
        assert name in formulas.sheetnames


@pytest.mark.parametrize("options", [["--perspective", "municipal", "--transfers", "caused"], ["--perspective", "justice"],
                                     ["--perspective", "societal"], ["--perspective", "participant"]], ids=" ".join)
def test_the_workbook_under_a_perspective(tmp_path, options):
    """Every formula recomputes to the value stored beside it, and the scenario sheet holds the perspective's sums."""
    from pycel import ExcelCompiler

    from hvh_kba import api

    out = report(tmp_path, *options)
    formulas, cached = load(out), load(out, data_only=True)
    engine = ExcelCompiler(filename=str(out))
    for sheet, cell in formula_cells(formulas):
        assert engine.evaluate(f"'{sheet}'!{cell}") == pytest.approx(cached[sheet][cell].value), (sheet, cell)
    view = dict(zip(options[::2], options[1::2]))
    model = api.scenario(api.load(perspective=view["--perspective"], transfers=view.get("--transfers", "count")), "realistic").result
    sheet = cached[SCENARIO]
    at = Layout(sheet)
    for rate in (0, 0.4, 0.8):
        assert sheet[f"C{at.rates[rate]}"].value == pytest.approx(float(model.municipal.at(Decimal(str(rate)))))
        assert sheet[f"B{at.rates[rate]}"].value == pytest.approx(float(model.societal.at(Decimal(str(rate)))))
    assert sheet[f"B{at.total}"].value == pytest.approx(float(model.minimum))
    for rate, row in at.chart.items():
        assert sheet[f"C{row}"].value == pytest.approx(float(model.municipal.at(Decimal(str(rate)))))
    occupancy = budget_by_occupancy(breakeven(*options))
    assert {n: sheet[f"{at.at_hundred}{row}"].value for n, row in at.occupancy.items()} == pytest.approx(occupancy)


def test_a_price_changed_in_the_workbook_moves_the_totals(tmp_path):
    from pycel import ExcelCompiler

    out = report(tmp_path)
    book = load(out)
    row = first_row(book[PRICES], "maatschappelijke-opvang-inclusief")
    engine = ExcelCompiler(filename=str(out))
    cell = f"'{SCENARIO}'!C{Layout(book[SCENARIO]).rates[0]}"
    before = engine.evaluate(cell)
    change(engine, f"{PRICES}!C{row}", 80, cell)
    after = engine.evaluate(cell)
    assert before - after == pytest.approx(7 * 365 * 20)  # 7 Soufianes, a year in the shelter, EUR 20 less a day


def test_every_price_a_line_uses_is_a_cell_of_the_price_sheet(tmp_path, dataset):
    """The tables' own prices (detention EUR 187 where the list says 230, day activities 66, bijstand 1,308) are
    marked rows of the price sheet, and every persona line refers to the row of the price it uses."""
    out = report(tmp_path)
    book = load(out)
    prices = book[PRICES]
    personas = {p.name: p for p in dataset.personas.values()}
    own_rows = set()
    for name, persona in personas.items():
        sheet = book[name]
        lines = list(persona.costs) + list(persona.benefits)
        for row, line in enumerate(lines, start=2):
            assert sheet[f"A{row}"].value == line.id
            reference = re.fullmatch(r"='Prijslijst'!\$E\$(\d+)", sheet[f"H{row}"].value)
            assert reference, (name, line.id, sheet[f"H{row}"].value)
            target = int(reference.group(1))
            assert prices[f"A{target}"].value == line.item
            if line.unit_price is None:
                assert prices[f"K{target}"].value is None  # the list's own row
            else:
                own_rows.add(target)
                assert prices[f"C{target}"].value == float(line.unit_price)  # the table's own price, in its own cell
                assert f"{name}: {line.label.nl}" in prices[f"K{target}"].value  # marked with the lines that use it
                assert prices[f"A{target - 1}"].value == line.item  # beneath its item (or the item's other own prices)
    assert {(prices[f"A{r}"].value, prices[f"C{r}"].value) for r in own_rows} == {
        ("detentie", 187), ("dagbesteding-wmo", 66), ("bijstand-alleenstaand", 1308)}
    assert all(prices[f"A{r}"].fill.fgColor.rgb.endswith("FCE4D6") for r in own_rows)


def scenario_json(*options: str) -> dict:
    result = run("scenario", "realistic", "-f", "json", *options)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_set_in_the_workbook_is_set_on_the_command_line(tmp_path, data_copy):
    """The item's --set cell replaces the list's price and the tables' own, as `--set detentie=250` does; so does
    typing 250 in both; the list's price alone moves only the lines priced by the list, as editing the price list
    file does (every detention line uses the tables' EUR 187, so nothing moves)."""
    from pycel import ExcelCompiler

    out = report(tmp_path)
    book = load(out)
    item, own = price_rows(book[PRICES], "detentie")
    assert len(own) == 1
    at = Layout(book[SCENARIO])
    watched = {"societal": f"B{at.rates[0]}", "municipal": f"C{at.rates[0]}", "minimum": f"B{at.total}"}

    def totals(**cells) -> dict:
        engine = ExcelCompiler(filename=str(out))
        readers = [f"'{SCENARIO}'!{cell}" for cell in watched.values()] + [f"{PRICES}!E{item}"]  # no line reads E{item}
        for cell, value in cells.items():
            change(engine, f"{PRICES}!{cell}", value, *readers)
        return {name: engine.evaluate(f"'{SCENARIO}'!{cell}") for name, cell in watched.items()}

    def cli(*options: str) -> dict:
        data = scenario_json("--recidivism", "0", *options)
        return {"societal": data["rows"][0]["societal"], "municipal": data["rows"][0]["municipal"],
                "minimum": data["municipal_minimum"]["total"]}

    before = totals()
    assert before == pytest.approx(cli())
    replaced = totals(**{f"D{item}": 250})
    assert replaced == pytest.approx(cli("--set", "detentie=250"))
    assert replaced["societal"] - before["societal"] == pytest.approx((250 - 187) * 365 * 20)  # EUR 459,900
    assert totals(**{f"C{item}": 250, f"C{own[0]}": 250}) == pytest.approx(replaced)
    pricelist = data_copy / "pricelists" / "impactstudie-2024.yaml"
    text = pricelist.read_text(encoding="utf-8")
    assert text.count("  - id: detentie\n    label: Detentie\n    amount: 230\n") == 1
    pricelist.write_text(text.replace("    label: Detentie\n    amount: 230\n", "    label: Detentie\n    amount: 250\n"),
                         encoding="utf-8")
    listed = totals(**{f"C{item}": 250})
    assert listed == pytest.approx(cli("--data-dir", str(data_copy)))
    assert listed == pytest.approx(before)


def test_the_inputs_drive_the_allocation_and_the_totals(tmp_path):
    """Participants 0 .. capacity and another mix: the sheet's largest remainder gives the core's allocation, and
    the totals, the chosen level's investment and the results at a recidivism rate follow."""
    from pycel import ExcelCompiler

    from hvh_kba import api

    out = report(tmp_path)
    book = load(out)
    at = Layout(book[SCENARIO])
    engine = ExcelCompiler(filename=str(out))
    readers = [f"'{SCENARIO}'!{c}{row}" for c, row in [("B", at.total), *(("G", r) for r in at.allocation.values())]]
    names = {"Joris": "joris", "Soufiane": "soufiane", "Patrick": "patrick"}
    analysis = api.load()
    for mix in (None, {"joris": "0.5", "soufiane": "0.25", "patrick": "0.25"}):  # remainders tie: share, then order
        if mix:
            for name, row in at.allocation.items():
                change(engine, f"'{SCENARIO}'!B{row}", float(mix[names[name]]), *readers)
        for n in range(0, 30):
            change(engine, f"'{SCENARIO}'!B{at.participants}", n, *readers)
            model = api.scenario(analysis, "realistic", participants=n, mix=mix).result
            allocation = {names[name]: engine.evaluate(f"'{SCENARIO}'!G{row}") for name, row in at.allocation.items()}
            assert allocation == dict(model.allocation), (mix, n)
            assert engine.evaluate(f"'{SCENARIO}'!B{at.total}") == pytest.approx(float(model.minimum)), (mix, n)
    engine = ExcelCompiler(filename=str(out))
    readers = [f"'{SCENARIO}'!B{row}" for row in range(at.societal_at, at.surplus_at + 1)]
    for cell, value in ((f"B{at.participants}", 25), (f"B{at.recidivism}", 0.33), (f"B{at.level}", "max")):
        change(engine, f"'{SCENARIO}'!{cell}", value, *readers)
    expected = scenario_json("--participants", "25", "--recidivism", "0.33")
    row = expected["rows"][0]
    level = next(b for b in expected["break_even"] if b["label"] == "max")
    for cell, value in ((at.societal_at, row["societal"]), (at.budget_at, row["municipal"]),
                        (at.minimum_at, expected["municipal_minimum"]["total"]), (at.investment_at, level["investment"]),
                        (at.net_at, row["municipal"] - level["investment"]), (at.surplus_at, level["surplus"])):
        assert engine.evaluate(f"'{SCENARIO}'!B{cell}") == pytest.approx(value), cell


# -- LibreOffice ----------------------------------------------------------------------------------------

# A private profile: recompute every formula of an .xlsx on loading (LibreOffice's default is never, trusting the
# values stored in the file), and the Dutch locale, so cells show as a Dutch LibreOffice shows them.
PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>nl-NL</value></prop></item>
</oor:items>
"""
# CSV export: separator ';', quote '"', UTF-8, from line 1, ..., 'save cell contents as shown' (the 9th token), every sheet
AS_SHOWN = "csv:Text - txt - csv (StarCalc):59,34,76,1,,1043,false,true,true,false,false,-1"


@pytest.fixture(scope="module")
def soffice(tmp_path_factory):
    """Debian's LibreOffice with a private profile; skipped without it, unless the run demands it (CI sets
    HVH_KBA_REQUIRE_LIBREOFFICE=1 and installs libreoffice-calc)."""
    program = shutil.which("soffice") or shutil.which("libreoffice")
    if program is None:
        if os.environ.get("HVH_KBA_REQUIRE_LIBREOFFICE") == "1":
            pytest.fail("HVH_KBA_REQUIRE_LIBREOFFICE=1 but no LibreOffice (soffice) on this machine")
        pytest.skip("no LibreOffice here (CI installs Debian's libreoffice-calc)")
    profile = tmp_path_factory.mktemp("libreoffice-profile")
    (profile / "user").mkdir()
    (profile / "user" / "registrymodifications.xcu").write_text(PROFILE, encoding="utf-8")

    def convert(target: str, folder: Path, *files: Path) -> float:
        """Open `files` in LibreOffice and save them as `target` into `folder`; returns the seconds it took."""
        started = time.monotonic()
        result = subprocess.run(
            [program, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore", "--nolockcheck",
             "--convert-to", target, "--outdir", str(folder), *map(str, files)],
            capture_output=True, text=True, timeout=180, env={**os.environ, "SAL_USE_VCLPLUGIN": "svp"},
        )
        assert result.returncode == 0, result.stderr
        return time.monotonic() - started

    return convert


def stale(source: Path, target: Path) -> Path:
    """A copy whose stored formula values are all 0, so only a real recalculation brings the numbers back."""
    zeroed = 0
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for name in original.namelist():
            data = original.read(name)
            if name.startswith("xl/worksheets/sheet"):
                data, count = re.subn(rb"(</f>)<v>[^<]*</v>", rb"\g<1><v>0</v>", data)
                zeroed += count
            copy.writestr(name, data)
    assert zeroed > 300
    return target


def test_libreoffice_recomputes_the_workbook_and_follows_a_change(tmp_path, soffice):
    """LibreOffice recomputes every formula to hvh-kba's value; with detention's --set cell at 250 and other inputs,
    it gives what `hvh-kba scenario realistic --set detentie=250 --participants 25 --recidivism 0.33` gives."""
    out = report(tmp_path)
    original = load(out, data_only=True)
    zero = stale(out, tmp_path / "stale.xlsx")
    book = load(out)
    item, _ = price_rows(book[PRICES], "detentie")
    at = Layout(book[SCENARIO])
    book[PRICES][f"D{item}"] = CHANGE["detentie"]
    sheet = book[SCENARIO]
    sheet[f"B{at.participants}"] = CHANGE["participants"]
    sheet[f"B{at.recidivism}"] = CHANGE["recidivism"]
    sheet[f"B{at.level}"] = CHANGE["level"]
    changed = tmp_path / "changed.xlsx"
    book.save(changed)  # openpyxl keeps no stored values: LibreOffice must compute them all

    folder = tmp_path / "recomputed"
    seconds = soffice("xlsx:Calc MS Excel 2007 XML", folder, zero, changed)
    print(f"LibreOffice recomputed two workbooks in {seconds:.1f} s")

    recomputed = load(folder / "stale.xlsx", data_only=True)
    cells = formula_cells(book)
    assert len(cells) > 300
    for title, cell in cells:
        assert recomputed[title][cell].value == pytest.approx(original[title][cell].value), (title, cell)

    after = load(folder / "changed.xlsx", data_only=True)
    sheet = after[SCENARIO]
    rates = sorted({*at.rates, *at.chart, CHANGE["recidivism"]})
    expected = scenario_json("--set", f"detentie={CHANGE['detentie']}", "--participants", str(CHANGE["participants"]),
                             *(f"--recidivism={Decimal(str(rate)) * 100:f}%" for rate in rates))
    by_rate = {row["recidivism"]: row for row in expected["rows"]}
    for table in (at.rates, at.chart):
        for rate, row in table.items():
            assert sheet[f"B{row}"].value == pytest.approx(by_rate[rate]["societal"]), rate
            assert sheet[f"C{row}"].value == pytest.approx(by_rate[rate]["municipal"]), rate
    assert {name.lower(): sheet[f"G{row}"].value for name, row in at.allocation.items()} == expected["allocation"]
    assert sheet[f"B{at.total}"].value == pytest.approx(expected["municipal_minimum"]["total"])
    for law, row in at.laws.items():
        assert sheet[f"B{row}"].value == pytest.approx(expected["municipal_minimum"]["by_law"][law])
    level = next(b for b in expected["break_even"] if b["label"] == CHANGE["level"])
    at_rate = by_rate[CHANGE["recidivism"]]
    for row, value in ((at.societal_at, at_rate["societal"]), (at.budget_at, at_rate["municipal"]),
                       (at.investment_at, level["investment"]), (at.net_at, at_rate["municipal"] - level["investment"]),
                       (at.surplus_at, level["surplus"])):
        assert sheet[f"B{row}"].value == pytest.approx(value), row
    for name, row in at.levels.items():
        surplus = next(b for b in expected["break_even"] if b["label"] == name)["surplus"]
        assert sheet[f"D{row}"].value == pytest.approx(surplus)
    assert sheet[f"B{at.societal_at}"].value != pytest.approx(original[SCENARIO][f"B{at.societal_at}"].value)

    # the occupancy grid and both charts follow too: `hvh-kba breakeven --set detentie=250`
    grid = breakeven("--set", f"detentie={CHANGE['detentie']}")
    occupancy = budget_by_occupancy(grid)
    assert {n: sheet[f"{at.at_hundred}{row}"].value for n, row in at.occupancy.items()} == pytest.approx(occupancy)
    for level in grid["break_even"]:
        assert next((n for n, value in sorted(occupancy.items()) if value >= level["investment"]), None) == level["min_participants"]
    charts = chart_series(folder / "changed.xlsx")
    column, rows = at.at_hundred, sorted(at.occupancy.values())
    assert charts[f"'{SCENARIO}'!${column}${rows[0]}:${column}${rows[-1]}"] == pytest.approx([occupancy[n] for n in sorted(occupancy)])
    rows = sorted(at.chart.values())
    assert charts[f"'{SCENARIO}'!$C${rows[0]}:$C${rows[-1]}"] == pytest.approx([by_rate[rate]["municipal"] for rate in sorted(at.chart)])


def test_libreoffice_shows_dutch_amounts(tmp_path, soffice):
    """In a Dutch LibreOffice the standard codes show as the study prints: € 444.410, 40%."""
    out = report(tmp_path)
    folder = tmp_path / "shown"
    seconds = soffice(AS_SHOWN, folder, out)
    print(f"LibreOffice wrote the sheets as shown in {seconds:.1f} s")
    with open(folder / f"rapport-{SCENARIO}.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert ["Totaal", "€ 444.410"] == rows[Layout(load(out)[SCENARIO]).total - 1][:2]
    assert any(row[:3] == ["40%", "€ 1.307.876", "€ 451.874"] for row in rows)
    with open(folder / f"rapport-{PRICES}.csv", encoding="utf-8", newline="") as handle:
        prices = list(csv.reader(handle, delimiter=";"))
    assert any(row[0] == "bijstand-alleenstaand" and row[2] == "€ 1.308" for row in prices)


def test_the_workbook_names_what_the_run_changed(tmp_path):
    """Its first sheet says on what it rests, as every view does: a price set by hand, and the published figures that
    move with it marked as changed input, never as unexplained."""
    import openpyxl

    out = tmp_path / "x.xlsx"
    assert run("report", "--out", str(out), "--set", "wajong=99").exit_code == 0
    book = openpyxl.load_workbook(out)
    about = [c.value for c in book.worksheets[0]["A"] if c.value]
    assert about[0] == "Huis van Herstel Twente: kosten en baten" and "Aangepaste prijzen: wajong = € 99" in about
    statuses = {row[5].value for row in book["Gepubliceerd"].iter_rows(min_row=2)}
    assert "afwijkend door gewijzigde invoer" in statuses and "onverklaard" not in statuses
