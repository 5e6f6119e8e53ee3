"""One broken file per kind of bad input: each gives one clear problem naming file, line and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from hvh_kba.loader.cache import Cache
from hvh_kba.loader.dataset import load_dataset
from hvh_kba.errors import DataError

PRICES = "pricelists/impactstudie-2024.yaml"
SOUFIANE = "personas/soufiane.yaml"
BASE = "scenarios/_impactstudie-2024.yaml"
REALISTIC = "scenarios/realistic.yaml"
CURVE = "recidivism/herveroordeling.yaml"
FLOWS = "flows/huis-van-herstel.yaml"


def replace(root: Path, file: str, old: str, new: str, count: int = 1) -> None:
    path = root / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text not found in {file}: {old!r}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def problems(root: Path, **kwargs) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_dataset(root, display="data", **kwargs)
    return [str(p) for p in caught.value.problems]


CASES = [
    # (id, file, old, new, expected fragments of the one problem)
    ("yaml-syntax", SOUFIANE, "  - id: wajong\n", "  - id: [wajong\n", ["data/personas/soufiane.yaml:", "YAML syntax error"]),
    ("unknown-key", SOUFIANE, "    basis: € 98,- per dag\n", "    basis: € 98,- per dag\n    prijs: 98\n",
     ["data/personas/soufiane.yaml:60:", "costs[0].prijs", "unknown key; accepted keys: id, label"]),
    ("unknown-item", SOUFIANE, "    item: wajong\n", "    item: wajongg\n",
     ["data/personas/soufiane.yaml:57:", "costs[0].item", "unknown price item 'wajongg'", "did you mean 'wajong'"]),
    ("negative-amount", PRICES, "    amount: 1400\n", "    amount: -1400\n",
     ["data/pricelists/impactstudie-2024.yaml:646:", "items[", "amount", "-1400 is below 0"]),
    ("mix-not-100", BASE, "  joris: 51\n", "  joris: 50\n", ["data/scenarios/_impactstudie-2024.yaml:8: mix: the shares sum to 99 %"]),
    ("rate-above-100", BASE, "recidivism_rates: [0, 20, 40, 60, 80]", "recidivism_rates: [0, 20, 40, 60, 180]",
     ["data/scenarios/_impactstudie-2024.yaml:14:", "recidivism_rates[4]", "180 is above 100"]),
    ("participants-negative", REALISTIC, "participants: 20", "participants: -1",
     ["data/scenarios/realistic.yaml:10:", "participants", "-1 is below 0"]),
    ("participants-above-capacity", REALISTIC, "participants: 20", "participants: 30",
     ["data/scenarios/realistic.yaml", "participants: 30 is above the capacity of 29"]),
    ("duplicate-item-id", PRICES, "  - id: afsluiten-elektriciteit\n", "  - id: advocaat\n",
     ["data/pricelists/impactstudie-2024.yaml:", "items[1].id", "duplicate id 'advocaat'"]),
    ("duplicate-line-id", SOUFIANE, "  - id: huurtoeslag\n", "  - id: wajong\n",
     ["data/personas/soufiane.yaml:", "costs[1].id", "duplicate line id 'wajong'"]),
    ("duplicate-yaml-key", SOUFIANE, "    basis: € 98,- per dag\n", "    basis: € 98,- per dag\n    basis: twice\n",
     ["data/personas/soufiane.yaml:60:", "costs[0].basis", "duplicate key"]),
    ("wrong-type", PRICES, "    amount: 1400\n", "    amount: veel\n", ["data/pricelists/impactstudie-2024.yaml:646:", "amount"]),
    ("missing-key", SOUFIANE, "    basis: € 98,- per dag\n", "", ["data/personas/soufiane.yaml:", "costs[0].basis", "required key is missing"]),
    ("bad-literal", PRICES, "    unit: delict\n", "    unit: misdrijf\n", ["data/pricelists/impactstudie-2024.yaml:", "unit", "'dag'"]),
    ("unsafe-tag", SOUFIANE, "    basis: € 98,- per dag\n", "    basis: !!python/object/apply:os.system ['true']\n",
     ["data/personas/soufiane.yaml:59:", "costs[0].basis", "unsupported YAML tag"]),
    ("bad-id", SOUFIANE, "  - id: wajong\n", "  - id: Wajong Uitkering\n", ["data/personas/soufiane.yaml:53:", "costs[0].id", "not a valid id"]),
    ("id-not-file-name", REALISTIC, "id: realistic\n", "id: realistisch\n",
     ["data/scenarios/realistic.yaml:3:", "id", "differs from the file name 'realistic'"]),
    ("unknown-persona-in-mix", BASE, "  patrick: 13\n", "  pattrick: 13\n", ["data/scenarios/", "mix.pattrick", "unknown persona 'pattrick'"]),
    ("missing-base", REALISTIC, "extends: _impactstudie-2024", "extends: _onbekend", ["data/scenarios/realistic.yaml:2:", "cannot extend '_onbekend'"]),
    ("range-inverted", PRICES, "    low: 140\n    high: 255\n", "    low: 255\n    high: 140\n",
     ["data/pricelists/impactstudie-2024.yaml:", "items[", "low (255) is above high (140)"]),
    ("line-in-no-table", SOUFIANE, "    basis: € 98,- per dag\n", "    basis: € 98,- per dag\n    societal: false\n",
     ["data/personas/soufiane.yaml:53:", "costs[0]", "must count in the societal table, the municipal table, or both"]),
    ("uncaused-but-no-transfer", SOUFIANE, "    basis: € 1.500,- per jaar\n", "    basis: € 1.500,- per jaar\n    caused: false\n",
     ["data/personas/soufiane.yaml:", "benefits[6].caused", "'schuldhulpverlening' is not a transfer"]),
    ("unknown-payer", SOUFIANE, "    basis: € 98,- per dag\n", "    basis: € 98,- per dag\n    payer: gemeente\n",
     ["data/personas/soufiane.yaml:", "costs[0].payer", "'Wmo'"]),
    ("price-set-unknown-item", PRICES, "      - item: detentie\n        amount: 230\n", "      - item: detentiee\n        amount: 230\n",
     ["data/pricelists/impactstudie-2024.yaml:", "alternatives[0].prices[2].item", "unknown price item 'detentiee'"]),
    ("curve-decreases", CURVE, "    share: 70\n", "    share: 40\n",
     ["data/recidivism/herveroordeling.yaml:", "points[1].share", "40 % is below the 47 % of year 2", "never decreases"]),
    ("curve-years-out-of-order", CURVE, "  - year: 6\n", "  - year: 1\n",
     ["data/recidivism/herveroordeling.yaml:", "points[1].year", "year 1 does not come after year 2"]),
    ("curve-share-above-100", CURVE, "    share: 70\n", "    share: 170\n",
     ["data/recidivism/herveroordeling.yaml:", "points[1].share", "170 is above 100"]),
    ("flows-occupancy-above-places", FLOWS, "    occupied_average: 6\n", "    occupied_average: 40\n",
     ["data/flows/huis-van-herstel.yaml:", "periods[0].occupied_average", "40 is above the 29 places"]),
    ("flows-nobody-there", FLOWS, "    occupied_average: 6\n", "    occupied_average: 0\n",
     ["data/flows/huis-van-herstel.yaml:", "periods[0].occupied_average", "0, but 9 left"]),
    ("flows-periods-overlap", FLOWS, "    start: 2022-01-01\n", "    start: 2021-12-01\n",
     ["data/flows/huis-van-herstel.yaml:", "periods[1].start", "not after the end of period '2021'"]),
    ("detention-item-unknown", BASE, "  detention_item: detentie\n", "  detention_item: detentiee\n",
     ["data/scenarios/_impactstudie-2024.yaml:", "research.detention_item", "unknown price item 'detentiee'"]),
    ("correlation-of-a-beta", BASE, "    - between: [places, stay]\n", "    - between: [recidivism, stay]\n",
     ["data/scenarios/_impactstudie-2024.yaml:", "research.correlations[0].between[0]", "'recidivism' is not drawn uniformly"]),
    ("correlation-of-one", BASE, "      rho: 0.5\n", "      rho: 1\n",
     ["data/scenarios/_impactstudie-2024.yaml:", "research.correlations[0].rho", "makes two inputs one"]),
    ("information-unknown-input", BASE, "      inputs: [bijstand-alleenstaand]\n", "      inputs: [bijstand]\n",
     ["data/scenarios/_impactstudie-2024.yaml:", "research.information[5].inputs[0]", "unknown input 'bijstand'"]),
    ("stay-range-inverted", BASE, "    stay: {low: 8, high: 12,", "    stay: {low: 12, high: 8,",
     ["data/scenarios/_impactstudie-2024.yaml:", "research.ranges.stay", "low (12) is above high (8)"]),
    ("dropout-range-inverted", BASE, "    dropout: {low: 0, high: 20,", "    dropout: {low: 30, high: 20,",
     ["data/scenarios/_impactstudie-2024.yaml:", "research.ranges.dropout", "low (30) is above high (20)"]),
    ("stay-above-18-months", BASE, "    stay: {low: 8, high: 12,", "    stay: {low: 8, high: 24,",
     ["data/scenarios/_impactstudie-2024.yaml:", "research.ranges.stay.high", "24 is above 18"]),
    ("price-range-inverted", BASE, "      low: 187\n      high: 230\n", "      low: 287\n      high: 230\n",
     ["data/scenarios/_impactstudie-2024.yaml:", "research.price_ranges.detentie", "low (287) is above high (230)"]),
]


@pytest.mark.parametrize(("file", "old", "new", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_one_clear_problem(data_copy, file, old, new, expected):
    replace(data_copy, file, old, new)
    found = problems(data_copy)
    matching = [p for p in found if all(fragment in p for fragment in expected)]
    assert matching, f"no problem with {expected} in {found}"
    assert len(found) <= 2, found  # one problem per fault (a scenario base is reported for each scenario using it at most)


def test_all_problems_of_a_file_at_once(data_copy):
    replace(data_copy, SOUFIANE, "    item: wajong\n", "    item: wajongg\n")
    replace(data_copy, SOUFIANE, "    basis: € 123,- per maand\n", "    basis: € 123,- per maand\n    bogus: 1\n")
    replace(data_copy, PRICES, "    amount: 1400\n", "    amount: -1400\n")
    found = problems(data_copy)
    assert any("bogus" in p for p in found) and any("-1400" in p for p in found)


def test_problems_are_located_even_when_the_data_came_from_the_cache(data_copy, tmp_path):
    cache = Cache(tmp_path / "cache")
    load_dataset(data_copy, display="data", cache=cache)  # fills the cache
    # remove a price item: the persona files are unchanged (and cached), but now refer to a missing item
    replace(data_copy, PRICES, "  - id: wajong\n", "  - id: wajong-oud\n")
    found = problems(data_copy, cache=cache)
    assert any("data/personas/soufiane.yaml:57: costs[0].item: unknown price item 'wajong'" in p for p in found), found


def test_a_missing_folder_says_what_a_data_folder_needs(tmp_path):
    (tmp_path / "pricelists").mkdir()
    found = problems(tmp_path)
    assert any("folder missing" in p and "personas" in p for p in found)


def test_a_pricelist_file_that_does_not_exist(data_copy):
    found = problems(data_copy, pricelist_file=data_copy / "nope.yaml")
    assert any("nope.yaml" in p and "file not found" in p for p in found)
