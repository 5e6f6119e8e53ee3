"""benchmarks/synthetic.py writes a data folder the tool loads and validates, the same for the same seed, with every
kind of price item and line the model distinguishes."""

from __future__ import annotations

import subprocess
import sys

from hvh_kba import api

from ..core.synthetic_data import SCRIPT, generator


def test_a_complete_valid_folder_every_item_in_use(tmp_path):
    facts = generator().generate(tmp_path / "data", items=150, personas=10, seed=2)
    analysis = api.load(tmp_path / "data")  # raises DataError on any problem
    scenario = analysis.scenario("synthetic")
    pricelist = analysis.pricelist(scenario)
    assert facts["items"] == len(pricelist.items) == 150 and facts["personas"] == len(scenario.mix) == 10
    assert set(scenario.mix) == set(analysis.dataset.personas)  # a mix over every persona
    assert {"realistic", "worst-case", "ideal", "synthetic"} <= set(analysis.dataset.scenarios)
    benefits = [line for pid in scenario.mix for line in analysis.dataset.personas[pid].benefits]
    assert {line.item for line in benefits} == {item.id for item in pricelist.items}
    items = pricelist.by_id()
    assert {line.link for line in benefits} == {"recidivism", "approach"}
    assert any(items[i].is_range for i in items) and any(not items[i].is_range for i in items)
    assert len({item.payer for item in pricelist.items}) >= 8 and any(item.transfer for item in pricelist.items)
    assert any(line.unit_price is not None for line in benefits) and any(not line.caused for line in benefits)
    assert any(not line.societal for line in benefits) and any(line.municipal for line in benefits)
    assert any(line.payer for line in benefits)
    assert api.sensitivity(analysis, "synthetic").tornado.swings


def test_the_same_seed_the_same_files(tmp_path):
    for name in ("a", "b"):
        subprocess.run([sys.executable, str(SCRIPT), "--items", "120", "--personas", "6", "--seed", "4",
                        "--out", str(tmp_path / name)], check=True, capture_output=True)
    files = {folder: sorted(p.name for p in (tmp_path / "a" / folder).iterdir()) for folder in ("pricelists", "personas", "scenarios")}
    assert len(files["personas"]) == 6
    for folder, names in files.items():
        assert names == sorted(p.name for p in (tmp_path / "b" / folder).iterdir())
        for name in names:
            assert (tmp_path / "a" / folder / name).read_bytes() == (tmp_path / "b" / folder / name).read_bytes(), name
