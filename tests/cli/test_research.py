from __future__ import annotations

import json

import pytest

from .helpers import run, run_en


def test_init_copies_the_data_and_refuses_to_overwrite(tmp_path):
    target = tmp_path / "mijn-data"
    result = run_en("init", str(target))
    assert result.exit_code == 0 and "15 files" in result.stdout  # 10 data files, 2 curves, the flows, the monitoring template and sample
    assert (target / "personas" / "joris.yaml").is_file() and (target / "indices" / "cpi-cbs.yaml").is_file()
    again = run_en("init", str(target))
    assert again.exit_code == 2 and "exists and is not an empty folder" in again.stderr
    assert run_en("verify", "--data-dir", str(target)).exit_code == 0
    assert not any(p.name.startswith(".mijn-data-") for p in tmp_path.iterdir())  # no staging left behind


def test_pricelist_diff(tmp_path, data_dir):
    changed = tmp_path / "duurder.yaml"
    text = (data_dir / "pricelists" / "impactstudie-2024.yaml").read_text(encoding="utf-8")
    changed.write_text(text.replace("id: impactstudie-2024", "id: duurder", 1).replace("    amount: 1500\n", "    amount: 2000\n", 1), encoding="utf-8")
    data = json.loads(run("pricelist", "diff", "impactstudie-2024", str(changed), "-f", "json").stdout)
    # the first item at EUR 1,500 is debt counselling, an approach line of every persona (societal and
    # Participatiewet, once a year): EUR 500 more for each of the 20 participants, at any recidivism
    assert [i["id"] for i in data["items"]] == ["schuldhulpverlening"]
    realistic = next(s for s in data["scenarios"] if s["scenario"] == "realistic")
    assert realistic["recidivism"] == pytest.approx(0.329)
    for key in ("municipal_minimum", "municipal", "societal"):
        assert realistic["after"][key] - realistic["before"][key] == 20 * 500
    out = run("pricelist", "diff", "impactstudie-2024", "impactstudie-2024").stdout
    assert "Geen verschillen in prijzen." in out


def test_pricelist_diff_needs_the_items_the_personas_use(tmp_path, data_dir):
    broken = tmp_path / "kaal.yaml"
    text = (data_dir / "pricelists" / "impactstudie-2024.yaml").read_text(encoding="utf-8")
    broken.write_text(text.replace("  - id: wajong\n", "  - id: wajong-oud\n"), encoding="utf-8")
    result = run_en("pricelist", "diff", "impactstudie-2024", str(broken))
    assert result.exit_code == 2 and "lacks items the personas use: wajong" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["scenario", "realistic", "--baseline-recidivism", "1.5%x"], "--baseline-recidivism: '1.5%x' is not a number"),
        (["scenario", "realistic", "--deadweight", "150"], "--deadweight: '150' is outside 0-100 %"),
        (["scenario", "realistic", "--dropout", "-0.1"], "--dropout: '-0.1' is outside 0-100 %"),
        (["scenario", "realistic", "--price-year", "2031"], "--price-year: 2031 is outside the index series cpi-cbs (2014-2025)"),
        (["scenario", "realistic", "--years", "0"], "--years: 0 is outside 1-100"),
        (["scenario", "realistic", "--years", "-3"], "--years: -3 is outside 1-100"),
        (["scenario", "realistic", "--years", "3", "--lag", "3"], "--lag: 3 is outside 0-2"),
        (["scenario", "realistic", "--discount-rate", "3%"], "--years: a discount rate or a lag goes with a horizon"),
        (["scenario", "realistic", "--years", "3", "--discount-rate", "120"], "--discount-rate: '120' is outside 0-100 %"),
        (["uncertainty", "realistic", "--draws", "0"], "--draws: 0 is outside 1-10,000,000"),
        (["measure", "--draws", "0"], "--draws: 0 is outside 1-10,000,000"),
        (["measure", "--recidivism", "0"], "--recidivism: a mean of 0 leaves the Beta distribution no room"),
        (["measure", "realistc"], "unknown scenario 'realistc'"),
        (["uncertainty", "realistic", "--recidivism", "1"], "leaves the Beta distribution no room"),
        (["sensitivity", "nope"], "unknown scenario 'nope'"),
        (["scenario", "realistic", "--prices", "lowest"], "Invalid value for '--prices'"),
    ],
)
def test_bad_research_values_exit_2(args, message):
    result = run_en(*args)
    assert result.exit_code == 2, result.stdout
    assert message in result.stderr, result.stderr


def test_research_options_change_the_result_and_say_so():
    result = run("scenario", "realistic", "--baseline-recidivism", "0.47", "--recidivism", "20", "-f", "json")
    data = json.loads(result.stdout)
    assert data["rows"][0]["municipal"] == 444410 + 12440 * 0.27
    table = run("scenario", "realistic", "--baseline-recidivism", "47%", "--deadweight", "0.1").stdout
    assert "Recidive zonder Huis van Herstel 47%, deadweight 10%, uitval 0%" in table
    assert "≠" in table  # the published figures no longer follow


def test_price_year_and_prices(tmp_path):
    data = json.loads(run("scenario", "realistic", "--price-year", "2025", "-f", "json").stdout)
    assert data["municipal_minimum"]["total"] == pytest.approx(444410 * 1.033)
    assert "Prijzen geïndexeerd naar 2025 (cpi-cbs)" in run("personas", "--price-year", "2025").stdout
    high = json.loads(run("scenario", "realistic", "--prices", "high", "-f", "json").stdout)
    assert high["rows"][0]["societal"] == 1970360 + 3 * 900


def test_horizon_in_json():
    data = json.loads(run("scenario", "realistic", "--years", "6", "--lag", "1", "-f", "json").stdout)
    horizon = data["horizon"]
    assert horizon["discount_rate"] == 0.0225 and horizon["recidivism"] == pytest.approx(0.329)
    assert [f["municipal_benefits"] for f in horizon["flows"]][0] == 0
    # a lost first year, then EUR 95,797 a year (452,757 - 356,960), discounted: back in year 5
    assert horizon["payback_year"]["municipal"] == 5 and horizon["payback_year"]["societal"] == 2


def test_sensitivity_and_its_formats():
    result = run("sensitivity", "realistic", "--top", "3")
    assert result.exit_code == 0 and "deelnemers" in result.stdout
    data = json.loads(run("sensitivity", "ideal", "--recidivism", "0", "-f", "json").stdout)
    assert data["base"]["recidivism"] == 0 and data["swings"][0]["municipal_swing"] >= data["swings"][-1]["municipal_swing"]
    assert run("sensitivity", "worst-case", "-f", "csv").stdout.startswith("table,row,input,low,high,")


def test_uncertainty_is_deterministic_under_a_seed():
    first = json.loads(run("uncertainty", "realistic", "--draws", "3000", "--seed", "5", "-f", "json").stdout)
    second = json.loads(run("uncertainty", "realistic", "--draws", "3000", "--seed", "5", "-f", "json").stdout)
    assert first == second
    assert set(first["probability_reach"]) == {"decided", "min", "max"}
    assert first["net"]["municipal"]["p5"] <= first["net"]["municipal"]["p50"] <= first["net"]["municipal"]["p95"]
    table = run("uncertainty", "worst-case", "--draws", "2000", "--lang", "en").stdout
    assert "Probability that municipal benefits reach the investment" in table
