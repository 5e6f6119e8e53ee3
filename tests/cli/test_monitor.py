"""`hvh-kba monitor FILE`: the invented sample, the empty template, and a broken file per kind of bad input."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from .helpers import run, run_en

MONITORING = Path(__file__).resolve().parents[2] / "monitoring"
SAMPLE = MONITORING / "voorbeeld.yaml"


def test_the_sample_says_it_is_invented_in_every_format():
    assert "VERZONNEN VOORBEELD" in run("monitor", str(SAMPLE)).stdout
    assert "INVENTED SAMPLE" in run("monitor", str(SAMPLE), "--lang", "en").stdout
    assert json.loads(run("monitor", str(SAMPLE), "-f", "json").stdout)["invented"] is True


def test_the_sample_by_hand():
    """Three quarters: 4 + 3 + 3 released, 1 + 1 + 0 sent back (2 / 12 = 16.7 %); 1,260 + 1,365 + 1,518 participant
    days = 11.35 participant-years; paid 3 x 89,240. Each released participant is the study's average one: ten of
    them bring ten times the mix-weighted minimum, and the four of Q1 four tenths of it."""
    data = json.loads(run("monitor", str(SAMPLE), "-f", "json").stdout)
    total = data["total"]
    assert (total["released"], total["sent_back"]) == (10, 2)
    assert total["dropout"] == pytest.approx(2 / 12)
    assert total["participant_years"] == pytest.approx(4143 / 365)
    assert total["benefits"]["paid"] == 3 * 89240
    q1 = data["periods"][0]["benefits"]
    assert q1["minimum"] == pytest.approx(total["benefits"]["minimum"] * 4 / 10)
    assert data["outcomes"]["reconvicted"] == [1, 8] and data["recorded_reconviction"] == pytest.approx(1 / 8)
    places = {m["municipality"]: m for m in data["municipalities"]}
    assert places["enschede"]["released"] == 4 and places["borne"]["released"] == 0
    assert sum(m["benefits"] for m in places.values()) == pytest.approx(total["benefits"]["at_rate"])
    assert sum(m["paid"] for m in places.values()) == pytest.approx(3 * 89240)


def test_the_empty_template_runs():
    result = run("monitor", str(MONITORING / "sjabloon.yaml"))
    assert result.exit_code == 0, result.stderr


BROKEN = [
    ("more-leaving-than-present", "    sent_back: 1\n    occupied_start: 14\n", "    sent_back: 16\n    occupied_start: 14\n",
     ["voorbeeld.yaml:", "periods[0].sent_back", "20 left (released and sent back) but only 19 were there"]),
    ("unknown-municipality", "municipality: hengelo,", "municipality: hengeloo,",
     ["voorbeeld.yaml:", "participants[2].municipality", "unknown municipality 'hengeloo'", "did you mean 'hengelo'"]),
    ("end-before-start", "    end: 2026-03-31\n", "    end: 2025-03-31\n", ["voorbeeld.yaml:", "periods[0].end", "is before the start"]),
    ("overlapping-periods", "    start: 2026-04-01\n", "    start: 2026-03-15\n",
     ["voorbeeld.yaml:", "periods[1].start", "not after the end of period '2026-q1'"]),
    ("left-before-entering", "entered: 2025-06-02, left: 2026-01-20", "entered: 2026-06-02, left: 2026-01-20",
     ["voorbeeld.yaml:", "participants[0].left", "before entering"]),
    ("not-a-date", "    start: 2026-07-01\n", "    start: 2026-07-41\n", ["voorbeeld.yaml:", "periods[2].start"]),
    ("negative-count", "    entered: 6\n", "    entered: -6\n", ["voorbeeld.yaml:", "periods[1].entered", "below 0"]),
    ("more-records-than-released", "    released: 3\n    sent_back: 1\n    occupied_start: 14\n    occupied_end: 16\n",
     "    released: 2\n    sent_back: 1\n    occupied_start: 14\n    occupied_end: 17\n",
     ["voorbeeld.yaml:", "periods[1].released", "2, but 3 participant records left in this period to go home"]),
    ("left-after-the-last-period", "left: 2026-09-15, outcome: released", "left: 2030-09-15, outcome: released",
     ["voorbeeld.yaml:", "participants[11].left", "2030-09-15 is outside the periods of this file"]),
    ("average-above-places", "    occupied_end: 14\n    participant_days: 1260\n",
     "    occupied_end: 14\n    occupied_average: 40\n", ["voorbeeld.yaml:", "periods[0].occupied_average", "40 is above the 29 places"]),
    ("released-split-incomplete", "    released: {end_of_sentence: 2, penitentiary_programme: 1}\n", "    released: {end_of_sentence: 2}\n",
     ["voorbeeld.yaml:", "periods[2].released.penitentiary_programme", "required key is missing"]),
]


@pytest.mark.parametrize(("old", "new", "expected"), [b[1:] for b in BROKEN], ids=[b[0] for b in BROKEN])
def test_a_broken_file_gives_one_clear_line(tmp_path, old, new, expected):
    target = tmp_path / "voorbeeld.yaml"
    text = SAMPLE.read_text(encoding="utf-8")
    assert old in text
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = run_en("monitor", str(target))
    assert result.exit_code == 2, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and all(part in lines[0] for part in expected), result.stderr


def test_a_missing_file(tmp_path):
    result = run_en("monitor", str(tmp_path / "nope.yaml"))
    assert result.exit_code == 2 and "nope.yaml: file not found" in result.stderr


def test_init_writes_the_template(tmp_path):
    target = tmp_path / "data"
    assert run("init", str(target)).exit_code == 0
    assert (target / "monitoring" / "sjabloon.yaml").is_file() and (target / "flows" / "huis-van-herstel.yaml").is_file()
    assert run("monitor", str(target / "monitoring" / "sjabloon.yaml"), "--data-dir", str(target)).exit_code == 0
    shutil.rmtree(target)
