from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from .helpers import run, run_en

EXPECTED = Path(__file__).parent / "expected"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_scenario_realistic_as_stored(lang):
    result = run("scenario", "realistic", "--lang", lang)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (EXPECTED / f"scenario-realistic.{lang}.txt").read_text(encoding="utf-8")


def test_json_contract():
    data = json.loads(run("scenario", "realistic", "--format", "json").stdout)
    assert {"scenario", "participants", "capacity", "allocation", "rows", "municipal_minimum", "investment", "break_even"} <= set(data)
    assert data["allocation"] == {"joris": 10, "soufiane": 7, "patrick": 3}
    first = data["rows"][1]
    assert first == {"recidivism": 0.2, "societal": 1639118, "municipal": 454362,
                     "published_societal": 1670510, "published_municipal": 463074}
    assert data["municipal_minimum"] == {"total": 444410, "by_law": {"Wmo": 257450, "Participatiewet": 186960}}
    assert data["investment"] == {"decided": 356960, "min": 389055, "max": 456739}
    maximum = next(b for b in data["break_even"] if b["label"] == "max")
    assert maximum["at_any_recidivism"] is False and maximum["min_participants"] == 21
    assert 0.008 < maximum["max_recidivism"] < 0.009
    decided = next(b for b in data["break_even"] if b["label"] == "decided")
    assert decided["at_any_recidivism"] is True and decided["max_recidivism"] == 1


def test_csv_has_a_header_and_a_row_per_rate():
    rows = [r for r in csv.DictReader(io.StringIO(run("scenario", "worst-case", "--format", "csv").stdout)) if r["table"] == "benefits"]
    assert [r["recidivism"] for r in rows] == ["0", "0.2", "0.4", "0.6", "0.8"]
    assert [r["row"] for r in rows] == ["r0", "r20", "r40", "r60", "r80"]
    assert rows[4]["societal"] == "454618.4" and rows[4]["published_societal"] == "542515"


def test_markdown():
    out = run("scenario", "ideal", "--format", "markdown").stdout
    assert out.startswith("## Ideaal scenario: 29 deelnemers")
    assert "| 0% | € 2.849.527 | € 2.849.527 | € 664.460 | € 678.980 [1] |" in out


@pytest.mark.parametrize("rate", ["0.3", "30", "30%"])
def test_recidivism_in_three_spellings(rate):
    data = json.loads(run("scenario", "realistic", "--recidivism", rate, "--format", "json").stdout)
    assert [row["recidivism"] for row in data["rows"]] == [0.3]
    assert data["rows"][0]["published_societal"] is None  # the study published no 30 % row


def test_participants_mix_and_investment():
    data = json.loads(run("scenario", "realistic", "--participants", "25", "--mix", "soufiane=30,patrick=20,joris=50",
                          "--investment", "max", "--investment", "400000", "--format", "json").stdout)
    assert data["participants"] == 25 and data["allocation"] == {"soufiane": 7, "patrick": 5, "joris": 13}
    assert [b["label"] for b in data["break_even"]] == ["max", "custom-400000"]
    assert all(row["published_societal"] is None for row in data["rows"])  # another population: nothing to compare


def test_set_changes_a_price_and_says_so():
    result = run("scenario", "realistic", "--set", "maatschappelijke-opvang-inclusief=33")
    assert "Aangepaste prijzen: maatschappelijke-opvang-inclusief = € 33" in result.stdout
    assert "≠" in result.stdout  # the published figures no longer follow from these prices


def test_a_scenario_file_by_path(tmp_path, data_dir):
    scenario = tmp_path / "achttien.yaml"
    scenario.write_text(
        f"extends: {data_dir / 'scenarios' / '_impactstudie-2024'}\n".replace(str(data_dir / "scenarios") + "/", "")
        + "id: achttien\nname: {nl: Achttien, en: Eighteen}\nparticipants: 18\nsources: [{where: test}]\n",
        encoding="utf-8",
    )
    (tmp_path / "_impactstudie-2024.yaml").write_text((data_dir / "scenarios" / "_impactstudie-2024.yaml").read_text(encoding="utf-8"))
    data = json.loads(run("scenario", str(scenario), "--format", "json").stdout)
    assert data["scenario"] == "achttien" and data["participants"] == 18


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["scenario", "realistisch"], "unknown scenario 'realistisch' (did you mean 'realistic'?); valid: ideal, realistic, worst-case"),
        (["scenario", "realistic", "--recidivism", "1.5%x"], "--recidivism: '1.5%x' is not a number"),
        (["scenario", "realistic", "--recidivism", "120"], "--recidivism: '120' is outside 0-100 %"),
        (["scenario", "realistic", "--participants", "30"], "--participants: 30 is outside 0-29"),
        (["scenario", "realistic", "--mix", "soufiane=36,patrick=13,joris=50"], "--mix: the shares sum to 99 %, not 100 %"),
        (["scenario", "realistic", "--mix", "sofie=36"], "unknown persona 'sofie'"),
        (["scenario", "realistic", "--investment", "maxi"], "--investment: 'maxi' is not a level or an amount"),
        (["scenario", "realistic", "--set", "detentie"], "--set: 'detentie' is not NAME=VALUE"),
        (["scenario", "realistic", "--set", "detentiee=230"], "unknown price item 'detentiee' (did you mean 'detentie'?)"),
        (["scenario", "realistic", "--set", "detentie=-5"], "--set detentie: '-5' is negative"),
        (["scenario", "realistic", "--data-dir", "/nonexistent"], "/nonexistent: data folder not found"),
        (["scenario", "realistic", "--pricelist", "/nonexistent.yaml"], "/nonexistent.yaml: file not found"),
        (["scenario", "realistic", "--perspective", "gemeente"], "--perspective: unknown perspective 'gemeente'"),
        (["scenario", "realistic", "--transfers", "some"], "--transfers: 'some' is not a choice; accepted: count, caused"),
        (["scenario", "realistic", "--price-set", "text"], "--price-set: unknown price set 'text' (did you mean 'tekst'?)"),
        (["municipalities", "--perspective", "justice"], "--perspective: the municipalities' positions need the study's"),
        (["scenario", "realistic", "--curve", "herveroordelin"], "--curve: unknown recidivism curve 'herveroordelin' (did you mean 'herveroordeling'?)"),
        (["scenario", "realistic", "--effect", "30"], "--curve: an effect or a curve of Huis van Herstel's own goes with a recidivism curve"),
        (["scenario", "realistic", "--curve", "herveroordeling", "--effect", "130%"], "--effect: "),
        (["scenario", "realistic", "--curve", "herveroordeling", "--baseline-recidivism", "50%"],
         "--curve: --baseline-recidivism and a recidivism curve both set the null alternative"),
        (["scenario", "realistic", "--curve", "herveroordeling", "--effect", "20", "--hvh-curve", "heropsluiting"],
         "--effect: an effect and a curve of Huis van Herstel's own both say what it does"),
        (["scenario", "realistic", "--curve", "herveroordeling", "--hvh-curve", "heropsluiting"],
         "--hvh-curve: 'heropsluiting' counts a new prison term, 'herveroordeling' a new conviction"),
    ],
)
def test_bad_values_exit_2_with_one_line(args, message):
    result = run_en(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_english_errors_with_lang_en():
    assert run("scenario", "nope", "--lang", "en").stderr.startswith("error: unknown scenario")
    assert run("scenario", "nope").stderr.startswith("fout: onbekend scenario")


def test_debug_shows_the_traceback():
    from hvh_kba.errors import InputError

    result = run("--debug", "scenario", "nope")
    assert isinstance(result.exception, InputError)  # raised, not turned into a line


def test_a_bug_is_one_line_too(monkeypatch):
    import hvh_kba.core.rule as rule

    monkeypatch.setattr(rule, "benefit", lambda *a, **k: 1 / 0)
    result = run("scenario", "realistic")
    assert result.exit_code == 1
    assert result.stderr == "fout: interne fout: ZeroDivisionError: division by zero (met --debug ziet u de traceback)\n"
