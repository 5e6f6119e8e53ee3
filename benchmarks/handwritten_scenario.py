"""The practical floor for `hvh-kba scenario realistic`: the same numbers from a short hand-written script.

Usage:  python benchmarks/handwritten_scenario.py [SCENARIO [DATA_DIR]]   (defaults: realistic, the repository root)

It exists as the floor for the benchmarks in benchmarks/ (issue: "scenario realistic, warm: at most 1.5x a
hand-written CSafeLoader script"): the least a Python program must do for this job. It reads the files the
tool reads for a scenario (the scenario, the base it `extends:`, its price list and the personas of its mix)
with `yaml.load(..., Loader=yaml.CSafeLoader)` into plain dicts, and computes under the study's default
assumptions the scenario's results that `hvh-kba scenario SCENARIO --format json` prints: participants,
allocation, the rows per recidivism rate, the municipal minimum, the investment levels and break-even
(6 of its 13 keys: not the published figures, the guideline's reading, the distribution or the
tables). No pydantic, no validation, no cache, no hvh_kba. tests/benchmarks/test_handwritten_scenario.py checks that it gives
the tool's numbers, for every shipped scenario.

The model, as the tool has it (src/hvh_kba/core): a persona's benefit line is worth unit price x the
product of its quantity's factors (the line's own `unit_price` wins over the price list's; a price
range counts at its low end). Lines linked to `approach` count at any recidivism, the others
(`recidivism`) only for the participants who do not reoffend: at rate r an account's benefit is
approach + recidivism x (1 - r). A line counts in `societal` unless it says `societal: false`, and in
`municipal` (and under its law) when it has a `municipal:` law. Participants are split over the
personas by the largest remainder; percentages in the files are fractions here. The defaults are the
study's (no price-year indexation, no deadweight or drop-out, recidivism without the approach 100 %), so
nothing else enters; persona costs do not enter a scenario's results at all.
"""

import json
import sys
from decimal import Decimal
from pathlib import Path

import yaml

LAWS = ("Wmo", "Participatiewet", "Wlz", "Overig")  # the study's order of the municipal table


def load(path):
    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def dec(value):
    # an int exactly, a float by its shortest text (the tool reads a float from the file's text; the fields used are ints)
    return Decimal(str(value))


def merge(base, override):
    """`extends:`: mappings merge key by key, anything else is replaced."""
    if isinstance(base, dict) and isinstance(override, dict):
        return {**base, **{key: merge(base.get(key), value) for key, value in override.items()}}
    return override


def read_scenario(data, name):
    scenario = load(data / "scenarios" / f"{name}.yaml")
    base = scenario.pop("extends", None)
    return merge(read_scenario(data, base), scenario) if base else scenario


def allocate(n, mix):
    """Whole participants per persona: the whole part of each quota, the rest to the largest remainders."""
    quotas = {p: n * share for p, share in mix.items()}
    seats = {p: int(q) for p, q in quotas.items()}
    order = list(mix)
    ranked = sorted(order, key=lambda p: (-(quotas[p] - seats[p]), -mix[p], order.index(p)))
    for p in ranked[: n - sum(seats.values())]:
        seats[p] += 1
    return seats


def persona_parts(persona, prices):
    """Account -> [approach, recidivism]: the persona's benefits in the rule's two parts."""
    parts = {name: [Decimal(0), Decimal(0)] for name in ("societal", "municipal", *LAWS)}
    for line in persona["benefits"]:
        amount = dec(line["unit_price"]) if line.get("unit_price") is not None else prices[line["item"]]
        for factor in line["quantity"]:
            amount *= dec(factor["value"])
        part = 0 if line["link"] == "approach" else 1
        accounts = ["societal"] if line.get("societal", True) else []
        if line.get("municipal"):
            accounts += ["municipal", line["municipal"]["law"]]
        for name in accounts:
            parts[name][part] += amount
    return parts


def population(per_persona, seats, name):
    approach = sum((per_persona[p][name][0] * n for p, n in seats.items()), Decimal(0))
    recidivism = sum((per_persona[p][name][1] * n for p, n in seats.items()), Decimal(0))
    return approach, recidivism


def max_rate(approach, recidivism, target):
    """The highest recidivism rate at which the benefits reach `target`, and whether any rate will do."""
    if approach >= target:
        return Decimal(1), True
    if approach + recidivism < target or recidivism <= 0:
        return None, False
    return 1 - (target - approach) / recidivism, False


def main(name="realistic", data=Path(__file__).resolve().parent.parent):
    data = Path(data)
    scenario = read_scenario(data, name)
    pricelist = load(data / "pricelists" / f"{scenario['pricelist']}.yaml")
    prices = {item["id"]: dec(item["amount"] if item.get("amount") is not None else item["low"]) for item in pricelist["items"]}
    mix = {p: dec(share) / 100 for p, share in scenario["mix"].items()}
    per_persona = {p: persona_parts(load(data / "personas" / f"{p}.yaml"), prices) for p in mix}

    n = scenario["participants"]
    seats = allocate(n, mix)
    societal, municipal = population(per_persona, seats, "societal"), population(per_persona, seats, "municipal")
    minimum = municipal[0]
    by_law = {law: population(per_persona, seats, law)[0] for law in LAWS}

    lines = scenario["investment"]["lines"]
    levels = {
        "decided": dec(scenario["investment"]["decided"]["amount"]),
        "min": sum((dec(line["amount"]) for line in lines if line.get("in_minimum", True)), Decimal(0)),
        "max": sum((dec(line["amount"]) for line in lines), Decimal(0)),
    }
    # the municipal minimum at every occupancy 0 .. capacity, for the fewest participants that pay back a level
    minima = [population(per_persona, allocate(k, mix), "municipal")[0] for k in range(scenario["capacity"] + 1)]
    break_even = []
    for level, amount in levels.items():
        rate, any_rate = max_rate(*municipal, amount)
        break_even.append({
            "label": level,
            "investment": amount,
            "max_recidivism": rate,
            "at_any_recidivism": any_rate,
            "min_participants": next((k for k, m in enumerate(minima) if m >= amount), None),
            "surplus": minimum - amount,
        })

    rates = [dec(r) / 100 for r in scenario["recidivism_rates"]]
    result = {
        "participants": n,
        "allocation": seats,
        "rows": [{"recidivism": r, "societal": societal[0] + societal[1] * (1 - r),
                  "municipal": municipal[0] + municipal[1] * (1 - r)} for r in rates],
        "municipal_minimum": {"total": minimum, "by_law": {law: m for law, m in by_law.items() if m}},
        "investment": levels,
        "break_even": break_even,
    }
    print(json.dumps(plain(result), indent=2, ensure_ascii=False))


def plain(value):
    """As the tool's JSON: a Decimal becomes the nearest double, an int where that is whole."""
    if isinstance(value, dict):
        return {key: plain(v) for key, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, Decimal):
        nearest = float(value)
        return int(nearest) if nearest.is_integer() and abs(nearest) < 2**53 else nearest
    return value


if __name__ == "__main__":
    main(*sys.argv[1:3])
