"""Reports people look at: HTML in a real browser, the workbook recomputed, Markdown as stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..cli.helpers import run, run_en
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
    assert page.count("<svg") == 4  # break-even, benefits by law, tornado; the what-if panel's chart
    assert page.count("<script") == 2  # the panel's data and its script, inline
    for external in ("http://", "https://", "<link", "src="):
        assert external not in page.replace('xmlns="http://www.w3.org/2000/svg"', "").replace(
            'xmlns:xlink="http://www.w3.org/1999/xlink"', ""), external
    assert "@page { size: A4" in page


def test_html_renders_in_a_browser(html_report, tmp_path):
    need_browser()
    record, dom = open_page(html_report, tmp_path)
    dom = dom.replace("&nbsp;", "\u00a0")  # the serialised page writes the amounts' no-break spaces as entities
    assert record["errors"] == [] and record["broken_images"] == 0
    assert record["svgs"] == 4 and record["empty_svgs"] == 0
    for number in ("€\u00a0444.410", "€\u00a0356.960", "€\u00a0456.850", "Patricks gemeentelijke baten dubbel geteld"):
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
    """Every page says which page of how many, and the version and the day it was made; amounts stay whole."""
    import re
    from datetime import date

    from pypdf import PdfReader

    from hvh_kba import __version__

    need_browser()
    out = tmp_path / "rapport.pdf"
    result = run("report", "--out", str(out), "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF") and out.stat().st_size > 50_000
    pages = [page.extract_text() for page in PdfReader(out).pages]
    assert len(pages) > 5
    for number, text in enumerate(pages, start=1):
        assert f"page {number} of {len(pages)}" in text, number
        assert f"hvh-kba {__version__} · {date.today().isoformat()}" in text, number
    # an amount never splits between the euro sign and its number
    assert not any(re.search(r"€\s*$", line) for text in pages for line in text.splitlines())


def test_html_keeps_amounts_together(html_report):
    """No plain space after a euro sign: the browser cannot break an amount over two lines."""
    import re

    page = re.sub(r"<svg.*?</svg>", "", html_report.read_text(encoding="utf-8"), flags=re.DOTALL)  # a chart's text never wraps
    assert "€ " not in page and "€\u00a0444.410" in page


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


def test_refuses_to_overwrite_without_force(tmp_path):
    out = tmp_path / "rapport.md"
    out.write_text("keep me", encoding="utf-8")
    result = run("report", "--out", str(out))
    assert result.exit_code == 2 and "--force" in result.stderr and out.read_text(encoding="utf-8") == "keep me"
    assert run("report", "--out", str(out), "--force").exit_code == 0 and out.read_text(encoding="utf-8") != "keep me"


def test_never_over_an_input_file(data_copy):
    target = data_copy / "personas" / "joris.yaml"
    before = target.read_text(encoding="utf-8")
    result = run_en("report", "--data-dir", str(data_copy), "--out", str(target.with_suffix(".md")))
    assert result.exit_code == 0  # a new file beside the inputs is fine
    result = run_en("report", "--data-dir", str(data_copy), "--out", str(target), "--force")
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
    result = run_en(*args)
    assert result.exit_code == 2 and message in result.stderr
