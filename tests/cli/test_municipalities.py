from __future__ import annotations

import json

import pytest

from .helpers import run, run_en


def test_default_is_the_adopted_funding():
    result = run("municipalities")
    assert result.exit_code == 0
    assert "Besloten financiering 2026-2027" in result.stdout and "Aanname:" in result.stdout
    assert "Wie betaalt, wie bespaart: per budget" in result.stdout


def test_json_reconciles():
    data = json.loads(run("municipalities", "--funding", "3", "-f", "json").stdout)
    assert len(data["municipalities"]) == 14
    assert data["totals"]["saves"] == 444410
    assert data["totals"]["pays"] == pytest.approx(356959)
    almelo = next(m for m in data["municipalities"] if m["municipality"] == "almelo")
    assert almelo["published"] == 47038 and almelo["region"] == "almelo"
    assert set(almelo["saves_by_law"]) == {"Wmo", "Participatiewet"}


def test_a_recidivism_rate_adds_the_recidivism_savings():
    data = json.loads(run("municipalities", "--recidivism", "0", "-f", "json").stdout)
    assert data["totals"]["saves"] == 456850


def test_a_participants_file(tmp_path):
    key = tmp_path / "deelnemers.yaml"
    key.write_text("participants:\n  almelo: 10\n  enschede: 10\n", encoding="utf-8")
    data = json.loads(run("municipalities", "--benefit-key", str(key), "-f", "json").stdout)
    saves = {m["municipality"]: m["saves"] for m in data["municipalities"]}
    assert saves["almelo"] == saves["enschede"] == 444410 / 2 and saves["wierden"] == 0


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("participants:\n  almelo: 10\n  amsterdam: 3\n", "participants.amsterdam: unknown municipality"),
        ("participants:\n  almelo: -1\n", "participants.almelo: -1 is below 0"),
        ("shares:\n  almelo: 60\n  enschede: 30\n", "shares: the shares sum to 90 %; they must sum to 100 %"),
        ("participants:\n  almelo: 1\nshares:\n  almelo: 100\n", "give either participants"),
        ("deelnemers:\n  almelo: 1\n", "unknown key; accepted keys: participants, shares"),
    ],
)
def test_bad_key_files_exit_2(tmp_path, text, message):
    key = tmp_path / "key.yaml"
    key.write_text(text, encoding="utf-8")
    result = run_en("municipalities", "--benefit-key", str(key))
    assert result.exit_code == 2
    assert message in result.stderr and str(key) in result.stderr


def test_unknown_funding_and_missing_file():
    assert "unknown funding scenario '4'" in run_en("municipalities", "--funding", "4").stderr
    assert "file not found" in run_en("municipalities", "--benefit-key", "nope.yaml").stderr


def test_english_and_csv():
    out = run("municipalities", "--funding", "1", "--lang", "en").stdout
    assert "Who pays, who saves: by budget" in out and "€142,646" in out
    # adopted: no published table
    assert run("municipalities", "-f", "csv").stdout.startswith("table,row,municipality,region,pays,saves,")
    assert run("municipalities", "--funding", "2", "-f", "csv").stdout.startswith("table,row,municipality,region,pays,published,saves,")
