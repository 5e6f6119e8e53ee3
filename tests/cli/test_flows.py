"""`hvh-kba flows`: the published flows and what they imply, in every format; bad options in one line."""

from __future__ import annotations

import json

import pytest

from .helpers import run, run_en


def test_the_published_flows():
    result = run("flows", "-f", "markdown")
    assert result.exit_code == 0, result.stderr
    for text in ("Gepubliceerde in- en uitstroom", "2024-q2", "bij Worst-case scenario", "onder Worst-case scenario"):
        assert text in result.stdout


def test_json_has_the_periods_and_the_readings():
    data = json.loads(run("flows", "-f", "json").stdout)
    assert [p["period"] for p in data["periods"]] == ["2021", "2022", "2023-tot-24-april", "2024-q2"]
    assert data["total"]["left"] == 30 and data["total"]["sent_back"] == 7
    assert [s["minimum"] for s in data["scenarios"]] == [314672, 444410, 646540]  # the study's reading reproduces annexes 5-7


def test_a_shorter_stay_serves_more_persons():
    # 20 places at 8 months: 20 x 12 / 8 = 30 persons a year
    data = json.loads(run("flows", "--stay", "8", "-f", "json").stdout)
    realistic = next(s for s in data["scenarios"] if s["id"] == "realistic")
    assert realistic["leaving_per_year"] == 30 and realistic["persons"] == 30


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["flows", "--stay", "20"], "--stay: 20 months is outside 2-18"),
        (["flows", "--stay", "0.1"], "--stay: 0.1 months is outside 2-18"),
        (["flows", "--stay", "twelve"], "--stay: 'twelve' is not a number"),
        (["flows", "--source", "elders"], "--source: unknown flows 'elders'"),
    ],
)
def test_bad_options(args, message):
    result = run_en(*args)
    assert result.exit_code == 2 and message in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_a_period_in_which_nobody_left(data_copy):
    """A quarter without departures is real: it brings no benefits and no drop-out, and no error."""
    path = data_copy / "flows" / "huis-van-herstel.yaml"
    text = path.read_text(encoding="utf-8")
    old = "    released: {end_of_sentence: 4, penitentiary_programme: 5}\n    sent_back: 3\n"
    assert old in text
    path.write_text(text.replace(old, "    released: 0\n    sent_back: 0\n"), encoding="utf-8")
    result = run("flows", "--data-dir", str(data_copy), "-f", "json")
    assert result.exit_code == 0, result.stderr
    quiet = next(v for v in json.loads(result.stdout)["observed"] if v["id"] == "2022")
    assert quiet["leaving_per_year"] == 0 and quiet["minimum"] == 0 and quiet["dropout"] == 0
