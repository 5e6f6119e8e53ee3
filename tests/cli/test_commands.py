from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from .helpers import run


def test_version(capsys):
    from hvh_kba import __version__

    result = run(capsys, "--version")
    assert result.code == 0 and result.out == f"hvh-kba {__version__}\n"


def test_no_arguments_shows_help(capsys):
    result = run(capsys)
    assert "Usage:" in result.out + result.err and "scenario" in result.out + result.err


def test_an_unknown_command_exits_2(capsys):
    result = run(capsys, "scenarioo")
    assert result.code == 2 and "No such command" in result.err


def test_scenarios_side_by_side(capsys):
    result = run(capsys, "scenarios")
    assert result.code == 0
    assert "Worst-case scenario" in result.out and "€ 646.540" in result.out and "0,9%" in result.out
    data = json.loads(run(capsys, "scenarios", "-f", "json").out)
    assert [s["scenario"] for s in data["scenarios"]] == ["worst-case", "realistic", "ideal"]
    rows = list(csv.reader(io.StringIO(run(capsys, "scenarios", "-f", "csv").out)))
    assert rows[0] == ["measure", "worst-case", "realistic", "ideal"]


def test_persona_tables(capsys):
    result = run(capsys, "persona", "Soufiane")
    assert result.code == 0
    out = result.out
    assert "Persona 1: Soufiane" in out and "€ 87.774" in out and "€ 87.770 [1]" in out
    assert "€ 187 *" in out and "prijs wijkt af van de prijslijst (€ 230)" in out
    assert "Gemeentelijke baten per wet" in out and "€ 38.000" in out
    data = json.loads(run(capsys, "persona", "joris", "-f", "json").out)
    assert data["totals"]["benefits"]["municipal_minimum"] == 17196
    assert next(line for line in data["benefits"] if line["id"] == "geen-bijstand")["societal"] is False


def test_persona_in_english_and_markdown(capsys):
    out = run(capsys, "persona", "patrick", "--lang", "en", "-f", "markdown").out
    assert out.startswith("## Persona 2: Patrick") and "| Total |" not in out and "**Total**" in out
    assert "€51,100" in out


def test_unknown_persona(capsys):
    result = run(capsys, "persona", "sofiane")
    assert result.code == 2 and "unknown persona 'sofiane' (did you mean 'soufiane'?)" in result.err


def test_personas(capsys):
    out = run(capsys, "personas").out
    assert "Soufiane" in out and "36%" in out and "€ 123.213" in out
    data = json.loads(run(capsys, "personas", "-f", "json").out)
    assert [p["persona"] for p in data["personas"]] == ["soufiane", "patrick", "joris"]


def test_pricelist_filters(capsys):
    out = run(capsys, "pricelist", "--law", "Participatiewet").out
    assert "bewindvoering" in out and "detentie" not in out
    data = json.loads(run(capsys, "pricelist", "--search", "opvang", "-f", "json").out)
    assert [i["id"] for i in data["items"]] == [
        "maatschappelijke-opvang-exclusief", "maatschappelijke-opvang-inclusief", "maatschappelijke-opvang-gemiddeld-verblijf"]
    assert data["items"][1]["amount"] == 100 and data["items"][1]["sources"][0]["line"] == 6202
    assert "Geen posten gevonden" in run(capsys, "pricelist", "--search", "xyzzy").out


def test_breakeven_grid(capsys):
    result = run(capsys, "breakeven")
    assert result.code == 0 and "100%" in result.out
    data = json.loads(run(capsys, "breakeven", "realistic", "--investment", "max", "-f", "json").out)
    rows = data["grid"]["rows"]
    assert len(rows) == 30 and len(rows[0]["net"]) == 11
    assert rows[20]["net"][0] == 456850 - 456739  # 20 participants, no recidivism, maximum investment
    assert data["break_even"][0]["min_participants"] == 21


def test_verify_exit_0_and_json_contract(capsys):
    result = run(capsys, "verify")
    assert result.code == 0
    assert result.out.rstrip().endswith("0 onverklaard.")
    data = json.loads(run(capsys, "verify", "-f", "json").out)
    assert set(data["summary"]) == {"match", "rounding", "erratum", "unexplained"} and data["summary"]["unexplained"] == 0
    figure = next(f for f in data["figures"] if f["id"] == "tabel-16/gemeenten-0")
    assert figure == {"id": "tabel-16/gemeenten-0", "source": "Tabel 16, r. 5653", "published": 467740, "model": 456850,
                      "delta": 10890, "status": "erratum", "erratum": "patrick-gemeentelijke-baten-dubbel"}


def test_verify_exit_1_when_something_is_unexplained(capsys):
    result = run(capsys, "verify", "--set", "wajong=99", "--status", "unexplained")
    assert result.code == 1 and "tabel-3/wajong" in result.out


def test_verify_rejects_an_unknown_status(capsys):
    result = run(capsys, "verify", "--status", "fout")
    assert result.code == 2 and "accepted: match, rounding, erratum, unexplained" in result.err


def test_invalid_data_dir_lists_every_problem(capsys, data_copy):
    path = data_copy / "personas" / "joris.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("age: 54", "age: -54").replace("    item: detentie\n", "    item: detentie\n    extra: 1\n", 1), encoding="utf-8")
    result = run(capsys, "personas", "--data-dir", str(data_copy))
    assert result.code == 2 and result.out == ""
    lines = result.err.splitlines()
    assert len(lines) == 2
    assert all(line.startswith(f"fout: {data_copy}/personas/joris.yaml:") for line in lines)


@pytest.mark.parametrize("entry", [["-m", "hvh_kba"]])
def test_python_dash_m(entry, tmp_path):
    result = subprocess.run([sys.executable, *entry, "--version"], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0 and result.stdout.startswith("hvh-kba ")
