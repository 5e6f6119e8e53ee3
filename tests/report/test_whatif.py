"""The HTML report's what-if panel, driven in Debian's Chromium: move the controls, read the answers off the page, and
compare them with `hvh-kba scenario ... --format json` for the same choice. Without JavaScript the panel stays out of
the way and the report reads complete."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from hvh_kba.render import fmt
from hvh_kba.render.browser import chromium

from ..cli.helpers import run
from .browser import need_browser

# participants, recidivism (whole percents), investment level, perspective: the ends and some in between
SETTINGS = [
    (20, 33, "decided", "study"),
    (14, 0, "max", "municipal"),
    (29, 100, "min", "societal"),
    (0, 50, "decided", "justice"),
    (24, 80, "max", "participant"),
    (7, 12, "min", "housing"),
]


@pytest.fixture(scope="module")
def page_file(tmp_path_factory):
    out = tmp_path_factory.mktemp("whatif") / "rapport.html"
    result = run("report", "--out", str(out))
    assert result.exit_code == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def browser():
    need_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chrome = p.chromium.launch(executable_path=chromium(), args=["--no-sandbox"])  # Debian's: no downloaded build
        yield chrome
        chrome.close()


def expected(participants: int, rate: int, level: str, perspective: str) -> dict[str, str]:
    """What the command line says for the same choice, written as the page writes it."""
    data = json.loads(run("scenario", "realistic", "--participants", str(participants), "--recidivism", f"{rate}%",
                          "--investment", level, "--perspective", perspective, "-f", "json").stdout)
    row, entry = data["rows"][0], data["break_even"][0]
    budget = Decimal(str(row["municipal"]))
    if entry["at_any_recidivism"]:
        rate_text = "elk percentage"
    elif entry["max_recidivism"] is None:
        rate_text = "geen"
    else:
        rate_text = fmt.rate(Decimal(str(entry["max_recidivism"])), "nl")
    return {
        "wi-budget": fmt.eur(budget), "wi-whole": fmt.eur(Decimal(str(row["societal"]))),
        "wi-net": fmt.eur(fmt.whole(budget) - Decimal(str(entry["investment"]))), "wi-break-even": rate_text,
        "wi-min": "geen" if entry["min_participants"] is None else str(entry["min_participants"]),
    }


def test_the_panel_agrees_with_the_command_line(page_file, browser):
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(page_file.as_uri())
    assert page.locator("#whatif").is_visible()
    levels = [o.get_attribute("value") for o in page.locator("#wi-level option").all()]
    labels = [o.text_content() for o in page.locator("#wi-level option").all()]
    index = {"decided": 0, "min": 1, "max": 2}
    assert len(levels) == 3 and labels[0] == "besloten 2026-2027"
    for participants, rate, level, perspective in SETTINGS:
        for control, value in (("#wi-participants", participants), ("#wi-recidivism", rate)):
            page.eval_on_selector(control, "(e, v) => { e.value = v; e.dispatchEvent(new Event('input')); }", str(value))
        page.select_option("#wi-level", str(index[level]))
        page.select_option("#wi-perspective", perspective)
        shown = {key: page.text_content(f"#{key}").replace("\u00a0", " ") for key in expected(0, 0, "decided", "study")}
        assert shown == expected(participants, rate, level, perspective), (participants, rate, level, perspective)
        assert page.text_content("#wi-participants-out") == str(participants)
        assert page.locator("#wi-chart circle").count() == 1 and page.locator("#wi-chart polyline").count() == 1
    assert errors == []
    page.close()


def test_without_javascript_the_report_reads_complete(page_file, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(page_file.as_uri())
    assert not page.locator("#whatif").is_visible()  # the panel waits for its script; nothing half-drawn
    body = page.text_content("body")
    assert "Samenvatting" in body and "444.410" in body and "Controle van de gepubliceerde cijfers" in body
    context.close()
