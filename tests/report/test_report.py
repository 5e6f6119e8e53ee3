"""Reports people look at: HTML in a real browser, the workbook recomputed, Markdown as stored."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ..cli.helpers import run
from .browser import need_browser, open_page, screenshot

EXPECTED = Path(__file__).parent / "expected"


@pytest.fixture(scope="module")
def html_report(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("report") / "rapport.html"
    result = run("report", "--out", str(out))
    assert result.exit_code == 0, result.stderr
    return out


def test_markdown_as_stored(tmp_path):
    out = tmp_path / "rapport.md"
    assert run("report", "--out", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8") == (EXPECTED / "rapport.nl.md").read_text(encoding="utf-8")


def test_html_is_self_contained(html_report):
    page = html_report.read_text(encoding="utf-8")
    assert page.count("<svg") == 3  # break-even, benefits by law, tornado
    for external in ("http://", "https://", "<link", "<script", "src="):
        assert external not in page.replace('xmlns="http://www.w3.org/2000/svg"', "").replace(
            'xmlns:xlink="http://www.w3.org/1999/xlink"', ""), external
    assert "@page { size: A4" in page


def test_html_renders_in_a_browser(html_report, tmp_path):
    need_browser()
    record, dom = open_page(html_report, tmp_path)
    assert record["errors"] == [] and record["broken_images"] == 0
    assert record["svgs"] == 3 and record["empty_svgs"] == 0
    for number in ("€ 444.410", "€ 356.960", "€ 456.850", "Patricks gemeentelijke baten dubbel geteld"):
        assert number in dom
    assert "€ 400.000" in dom  # an axis label of the break-even chart: text, in Dutch format


def test_screenshot_is_not_blank(html_report, tmp_path):
    need_browser()
    from PIL import Image

    png = tmp_path / "rapport.png"
    screenshot(html_report, png)
    with Image.open(png) as image:
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 50


def test_pdf(tmp_path):
    need_browser()
    out = tmp_path / "rapport.pdf"
    result = run("report", "--out", str(out), "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF") and out.stat().st_size > 50_000


def test_workbook_formulas_follow_the_model(tmp_path, evaluation):
    import openpyxl
    from pycel import ExcelCompiler

    out = tmp_path / "rapport.xlsx"
    assert run("report", "--out", str(out), "--all").exit_code == 0
    formulas = openpyxl.load_workbook(out)
    cached = openpyxl.load_workbook(out, data_only=True)
    assert formulas["Soufiane"]["J2"].value == "=H2*I2"
    assert formulas["Soufiane"]["H2"].value.startswith("='Prijslijst'!$C$")
    engine = ExcelCompiler(filename=str(out))
    result = evaluation.scenario("realistic")
    sheet = "Realistisch scenario"
    rows = {cached[sheet][f"A{r}"].value: r for r in range(1, 40) if isinstance(cached[sheet][f"A{r}"].value, (int, float))}
    rates = {rate: row for rate, row in rows.items() if 0 <= rate <= 1 and formulas[sheet][f"B{row}"].value.startswith("=")}
    assert sorted(rates) == [0, 0.2, 0.4, 0.6, 0.8]
    for rate, row in rates.items():
        for column, model in (("B", result.societal.at(Decimal(str(rate)))), ("C", result.municipal.at(Decimal(str(rate))))):
            assert cached[sheet][f"{column}{row}"].value == pytest.approx(float(model))  # the value stored in the file
            assert engine.evaluate(f"'{sheet}'!{column}{row}") == pytest.approx(float(model))  # recomputed
    total = next(r for r in range(1, 40) if str(formulas[sheet][f"B{r}"].value).startswith("=SUM("))
    assert engine.evaluate(f"'{sheet}'!B{total}") == pytest.approx(444410) == cached[sheet][f"B{total}"].value
    for name in ("Worst-case scenario", "Ideaal scenario"):
        assert name in formulas.sheetnames


@pytest.mark.parametrize("options", [["--perspective", "municipal", "--transfers", "caused"], ["--perspective", "justice"],
                                     ["--perspective", "societal"], ["--perspective", "participant"]], ids=" ".join)
def test_the_workbook_under_a_perspective(tmp_path, options):
    """Every formula recomputes to the value stored beside it, and the scenario sheet holds the perspective's sums."""
    import openpyxl
    from pycel import ExcelCompiler

    from hvh_kba import api

    out = tmp_path / "rapport.xlsx"
    result = run("report", "--out", str(out), *options)
    assert result.exit_code == 0, result.stderr
    formulas = openpyxl.load_workbook(out)
    cached = openpyxl.load_workbook(out, data_only=True)
    engine = ExcelCompiler(filename=str(out))
    for sheet in formulas.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    stored = cached[sheet.title][cell.coordinate].value
                    assert engine.evaluate(f"'{sheet.title}'!{cell.coordinate}") == pytest.approx(stored), (sheet.title, cell.coordinate)
    view = dict(zip(options[::2], options[1::2]))
    model = api.scenario(api.load(perspective=view["--perspective"], transfers=view.get("--transfers", "count")), "realistic").result
    sheet = cached["Realistisch scenario"]
    rows = {sheet[f"A{r}"].value: r for r in range(1, 40) if isinstance(sheet[f"A{r}"].value, (int, float))}
    for rate in (0, 0.4, 0.8):
        assert sheet[f"C{rows[rate]}"].value == pytest.approx(float(model.municipal.at(Decimal(str(rate)))))
        assert sheet[f"B{rows[rate]}"].value == pytest.approx(float(model.societal.at(Decimal(str(rate)))))
    total = next(r for r in range(1, 60) if sheet[f"A{r}"].value in ("Totaal", "Total") and r > rows[0.8])
    assert sheet[f"B{total}"].value == pytest.approx(float(model.minimum))


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("perspective", ["justice", "participant", "societal", "municipal"])
def test_the_summary_reads_right_under_every_perspective(tmp_path, perspective, lang):
    """The summary names the perspective's budget and says 'at no occupancy' or 'at no rate' in words, never
    'from 0 participants' or 'a recidivism of none'; the study's published figure is only quoted under its own view."""
    from hvh_kba import api

    out = tmp_path / "rapport.md"
    result = run("report", "--out", str(out), "--perspective", perspective, "--lang", lang)
    assert result.exit_code == 0, result.stderr
    summary = out.read_text(encoding="utf-8").split("\n## ")[1]
    for wrong in ("van geen", "of none", "van elk percentage", "of any rate", "Vanaf 0 ", "From 0 ", "publiceert", "publishes"):
        assert wrong not in summary, wrong
    decided = next(b for b in api.scenario(api.load(perspective=perspective), "realistic").result.break_even if b.level == "decided")
    if decided.min_participants is None:  # Justice and Security and the participant: nothing at 100 % recidivism
        assert ("Bij geen bezetting tot de 29 plaatsen" if lang == "nl" else "At no occupancy up to the 29 places") in summary
    else:
        assert (f"Vanaf {decided.min_participants} deelnemers" if lang == "nl" else f"From {decided.min_participants} participants") in summary


def test_a_price_changed_in_the_workbook_moves_the_totals(tmp_path):
    import openpyxl
    from pycel import ExcelCompiler

    out = tmp_path / "rapport.xlsx"
    assert run("report", "--out", str(out)).exit_code == 0
    book = openpyxl.load_workbook(out)
    row = next(r for r in range(2, 200) if book["Prijslijst"][f"A{r}"].value == "maatschappelijke-opvang-inclusief")
    engine = ExcelCompiler(filename=str(out))
    rate_zero = next(r for r in range(1, 40) if book["Realistisch scenario"][f"A{r}"].value == 0)
    cell = f"'Realistisch scenario'!C{rate_zero}"
    before = engine.evaluate(cell)
    engine.set_value(f"Prijslijst!C{row}", 80)
    after = engine.evaluate(cell)
    assert before - after == pytest.approx(7 * 365 * 20)  # 7 Soufianes, a year in the shelter, EUR 20 less a day


def test_refuses_to_overwrite_without_force(tmp_path):
    out = tmp_path / "rapport.md"
    out.write_text("keep me", encoding="utf-8")
    result = run("report", "--out", str(out))
    assert result.exit_code == 2 and "--force" in result.stderr and out.read_text(encoding="utf-8") == "keep me"
    assert run("report", "--out", str(out), "--force").exit_code == 0 and out.read_text(encoding="utf-8") != "keep me"


def test_never_over_an_input_file(data_copy):
    target = data_copy / "personas" / "joris.yaml"
    before = target.read_text(encoding="utf-8")
    result = run("report", "--data-dir", str(data_copy), "--out", str(target.with_suffix(".md")))
    assert result.exit_code == 0  # a new file beside the inputs is fine
    result = run("report", "--data-dir", str(data_copy), "--out", str(target), "--force")
    assert result.exit_code == 2 and "no known extension" in result.stderr
    md = data_copy / "pricelists" / "prijzen.md"
    md.write_text("x", encoding="utf-8")
    assert target.read_text(encoding="utf-8") == before


def test_a_failed_write_leaves_nothing(tmp_path, monkeypatch):
    import hvh_kba.render.formats as output

    def broken(report):
        raise RuntimeError("disk full")

    monkeypatch.setattr(output, "report_markdown", broken)
    out = tmp_path / "rapport.md"
    result = run("report", "--out", str(out))
    assert result.exit_code == 1 and "disk full" in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("args", "message"), [
    (["report", "--out", "rapport.docx"], "accepted: .html, .md, .xlsx, .pdf"),
    (["report", "--out", "r.md", "--all", "--scenario", "ideal"], "--scenario and --all exclude each other"),
    (["report", "--out", "/nonexistent/folder/r.md"], "does not exist"),
])
def test_bad_report_options(args, message):
    result = run(*args)
    assert result.exit_code == 2 and message in result.stderr
