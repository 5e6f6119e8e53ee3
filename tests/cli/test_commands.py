from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from .helpers import run, run_en


def test_version():
    from hvh_kba import __version__

    result = run("--version")
    assert result.exit_code == 0 and result.stdout == f"hvh-kba {__version__}\n"


def test_no_arguments_shows_help():
    result = run_en()
    assert "Usage:" in result.stdout + result.stderr and "scenario" in result.stdout + result.stderr


def test_an_unknown_command_exits_2():
    result = run_en("scenarioo")
    assert result.exit_code == 2 and "No such command" in result.stderr


def test_scenarios_side_by_side():
    result = run("scenarios")
    assert result.exit_code == 0
    assert "Worst-case scenario" in result.stdout and "€ 646.540" in result.stdout and "0,9%" in result.stdout
    data = json.loads(run("scenarios", "-f", "json").stdout)
    assert [s["scenario"] for s in data["scenarios"]] == ["worst-case", "realistic", "ideal"]
    rows = list(csv.reader(io.StringIO(run("scenarios", "-f", "csv").stdout)))
    assert rows[0] == ["table", "row", "measure", "worst-case", "realistic", "ideal"]


def test_persona_tables():
    result = run("persona", "Soufiane")
    assert result.exit_code == 0
    out = result.stdout
    assert "Persona 1: Soufiane" in out and "€ 87.774" in out and "€ 87.770 [1]" in out
    assert "€ 187 *" in out and "prijs wijkt af van de prijslijst (€ 230)" in out
    assert "Gemeentelijke baten per wet" in out and "€ 38.000" in out
    data = json.loads(run("persona", "joris", "-f", "json").stdout)
    assert data["totals"]["benefits"]["municipal_minimum"] == 17196
    assert next(line for line in data["benefits"] if line["id"] == "geen-bijstand")["societal"] is False


def test_persona_in_english_and_markdown():
    out = run("persona", "patrick", "--lang", "en", "-f", "markdown").stdout
    assert out.startswith("## Persona 2: Patrick") and "| Total |" not in out and "**Total**" in out
    assert "€51,100" in out


def test_unknown_persona():
    result = run_en("persona", "sofiane")
    assert result.exit_code == 2 and "unknown persona 'sofiane' (did you mean 'soufiane'?)" in result.stderr


def test_personas():
    out = run("personas").stdout
    assert "Soufiane" in out and "36%" in out and "€ 123.213" in out
    data = json.loads(run("personas", "-f", "json").stdout)
    assert [p["persona"] for p in data["personas"]] == ["soufiane", "patrick", "joris"]


def test_pricelist_filters():
    out = run("pricelist", "--law", "Participatiewet").stdout
    assert "bewindvoering" in out and "detentie" not in out
    data = json.loads(run("pricelist", "--search", "opvang", "-f", "json").stdout)
    assert [i["id"] for i in data["items"]] == [
        "maatschappelijke-opvang-exclusief", "maatschappelijke-opvang-inclusief", "maatschappelijke-opvang-gemiddeld-verblijf"]
    assert data["items"][1]["amount"] == 100 and data["items"][1]["sources"][0]["line"] == 6202
    assert "Geen posten gevonden" in run("pricelist", "--search", "xyzzy").stdout


def test_breakeven_grid():
    result = run("breakeven")
    assert result.exit_code == 0 and "100%" in result.stdout
    data = json.loads(run("breakeven", "realistic", "--investment", "max", "-f", "json").stdout)
    rows = data["grid"]["rows"]
    assert len(rows) == 30 and len(rows[0]["net"]) == 11
    assert rows[20]["net"][0] == 456850 - 456739  # 20 participants, no recidivism, maximum investment
    assert data["break_even"][0]["min_participants"] == 21


def test_verify_exit_0_and_json_contract():
    result = run("verify")
    assert result.exit_code == 0
    assert "0 onverklaard." in result.stdout and "45 herhalen\nalleen invoer" in result.stdout
    data = json.loads(run("verify", "-f", "json").stdout)
    assert set(data["summary"]) == {"match", "rounding", "erratum", "unexplained", "changed-input", "restated", "unexplained-known",
                                    "checked"}
    assert data["summary"]["unexplained"] == 0
    figure = next(f for f in data["figures"] if f["id"] == "tabel-16/gemeenten-0")
    assert figure == {"id": "tabel-16/gemeenten-0", "source": "Tabel 16, r. 5653", "unit": "eur", "published": 467740,
                      "model": 456850, "delta": 10890, "status": "erratum", "erratum": "patrick-gemeentelijke-baten-dubbel"}


def test_a_figure_changed_by_the_run_is_not_unexplained():
    """A price set by hand moves table 3's Wajong: that figure differs because of the run, and verify says so, exit 0."""
    result = run("verify", "--set", "wajong=99", "--status", "changed-input")
    assert result.exit_code == 0 and "tabel-3/wajong" in result.stdout and "afwijkend door gewijzigde invoer" in result.stdout
    data = json.loads(run("verify", "--set", "wajong=99", "-f", "json", "--lang", "en").stdout)
    assert data["summary"]["unexplained"] == 0 and data["summary"]["changed-input"] > 0


def test_an_edited_data_folder_is_named(tmp_path):
    target = tmp_path / "data"
    assert run("init", str(target)).exit_code == 0
    joris = target / "personas" / "joris.yaml"
    joris.write_text(joris.read_text(encoding="utf-8").replace("    quantity: [{value: 365, unit: dagen}]", "    quantity: [{value: 300, unit: dagen}]", 1),
                     encoding="utf-8")
    result = run("verify", "--data-dir", str(target))
    assert result.exit_code == 0, result.stderr
    text = " ".join(result.stdout.split())
    assert "Let op: deze gegevens wijken af van die van de studie: persona joris." in text
    assert "0 onverklaard" in text and "afwijkend door gewijzigde invoer" in text


def test_verify_exit_1_when_something_is_unexplained_on_the_studys_own_data(monkeypatch):
    """With no tolerance at all, the errata's predictions fail on the study's own data: those are unexplained, exit 1."""
    from decimal import Decimal

    from hvh_kba.core import verify

    monkeypatch.setattr(verify, "TOLERANCE", {unit: Decimal(-1) for unit in verify.TOLERANCE})
    result = run("verify", "--status", "unexplained")
    assert result.exit_code == 1 and "onverklaard" in result.stdout


def test_verify_rejects_an_unknown_status():
    result = run_en("verify", "--status", "fout")
    assert result.exit_code == 2 and "accepted: match, rounding, erratum, unexplained" in result.stderr


def test_invalid_data_dir_lists_every_problem(data_copy):
    path = data_copy / "personas" / "joris.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("age: 54", "age: -54").replace("    item: detentie\n", "    item: detentie\n    extra: 1\n", 1), encoding="utf-8")
    result = run("personas", "--data-dir", str(data_copy))
    assert result.exit_code == 2 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 2
    assert all(line.startswith(f"fout: {data_copy}/personas/joris.yaml:") for line in lines)


@pytest.mark.parametrize("entry", [["-m", "hvh_kba"]])
def test_python_dash_m(entry, tmp_path):
    result = subprocess.run([sys.executable, *entry, "--version"], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0 and result.stdout.startswith("hvh-kba ")
