"""Synthetic data for the large cases of the research benchmarks: many price items, many personas.

    python benchmarks/synthetic.py --items 1000 --personas 100 --out DIR [--seed 1]

DIR is made by `hvh-kba init DIR` (a copy of the shipped data), then grows: the shipped price list
gets synthetic items until it holds --items items, personas/ gets synthetic personas until there
are --personas, and scenarios/synthetic.yaml (extending the shipped base) mixes all of them. Use
it as any data folder: `hvh-kba sensitivity synthetic --data-dir DIR`.

The items mix what the model distinguishes: prices with and without a range, every payer,
transfers, municipal laws; each persona's benefit lines mix recidivism-linked and approach-linked
lines, lines in the societal table, the municipal table or both, lines with the table's own unit
price, a payer of their own, and transfers the approach does not cause. Every item is used by
some persona's benefits, so the Monte Carlo's model has every item. The same arguments (and seed)
give the same files, byte for byte.
"""

from __future__ import annotations

import argparse
import math
import random
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

SCENARIO = "synthetic"
PRICELIST = "impactstudie-2024"  # the shipped list, which every scenario uses: the new items go into it
# payer -> (the item's law text, the municipal table's law a line may sit under)
PAYERS = {
    "Wmo": ("Wmo", "Wmo"),
    "Participatiewet": ("Participatiewet", "Participatiewet"),
    "gemeente overig": ("Gemeente", "Overig"),
    "Wlz": ("Wlz", "Wlz"),
    "Justitie en Veiligheid": ("Justitie en Veiligheid", None),
    "Zvw": ("Zvw", None),
    "UWV": ("WW", None),
    "Belastingdienst": ("Toeslagen", None),
    "woningcorporatie": ("Woningcorporatie", None),
    "energieleverancier": ("Energieleverancier", None),
}
TRANSFER_PAYERS = ("Participatiewet", "UWV", "Belastingdienst")
UNITS = {"dag": "dagen", "uur": "uren", "week": "weken", "maand": "maanden", "jaar": "jaar", "keer": "keer",
         "delict": "delicten", "sessie": "sessies", "dagdeel": "dagdelen", "consult": "consulten"}
# typical quantities per unit: a year's worth, or a few
QUANTITIES = {"dag": (14, 30, 90, 182.5, 365), "uur": (2, 4.5, 8, 10, 26), "week": (4, 13, 26, 52), "maand": (3, 6, 12),
              "jaar": (1, 0.5, 2), "keer": (1, 2, 3), "delict": (1, 2), "sessie": (6, 12, 26), "dagdeel": (52, 104, 156),
              "consult": (4, 8, 12)}
SOURCE = "{where: benchmarks/synthetic.py}"


def shipped_items(text: str) -> list[str]:
    items = text[text.index("\nitems:"):]
    end = items.find("\nalternatives:")
    return re.findall(r"^  - id: ([a-z0-9-]+)$", items[: end if end > 0 else None], flags=re.M)


def shipped_facts(folder: Path) -> list[dict]:
    """The shipped list's items as the synthetic lines need them (read before the synthetic ones are added)."""
    from hvh_kba.loader.cache import Cache
    from hvh_kba.loader.dataset import load_dataset

    pricelist = load_dataset(folder, display="", cache=Cache(None)).pricelists[PRICELIST]
    return [{"id": i.id, "payer": i.payer, "unit": i.unit if i.unit in UNITS else "keer", "transfer": i.transfer,
             "price": i.price("low")} for i in pricelist.items]


def money(rng: random.Random, low: float, high: float) -> Decimal:
    """A price between `low` and `high`, log-uniform, in cents."""
    return Decimal(round(math.exp(rng.uniform(math.log(low), math.log(high))), 2)).quantize(Decimal("0.01"))


def number(value: Decimal | float | int) -> str:
    text = f"{Decimal(str(value)).normalize():f}"
    return text


def make_items(rng: random.Random, count: int) -> tuple[list[dict], str]:
    """`count` synthetic items: their facts, and their YAML (to go under the list's `items:`)."""
    items, out = [], []
    for i in range(1, count + 1):
        payer = rng.choice(list(PAYERS))
        unit = rng.choice(list(UNITS))
        transfer = payer in TRANSFER_PAYERS and rng.random() < 0.5
        ranged = rng.random() < 0.3
        price = money(rng, 5, 20_000)
        item = {"id": f"synth-item-{i:05d}", "payer": payer, "unit": unit, "transfer": transfer, "price": price}
        lines = [f"  - id: {item['id']}", f"    label: Synthetisch item {i}"]
        if ranged:
            high = (price * Decimal(str(rng.choice((1.2, 1.5, 2, 3))))).quantize(Decimal("0.01"))
            lines += [f"    low: {number(price)}", f"    high: {number(high)}"]
        else:
            lines.append(f"    amount: {number(price)}")
        lines += [f"    unit: {unit}", f"    unit_text: per {unit}", f"    payer: {payer}", f"    law: {PAYERS[payer][0]}"]
        if transfer:
            lines.append("    transfer: true")
        lines.append(f"    sources: [{SOURCE}]")
        items.append(item)
        out.append("\n".join(lines) + "\n")
    return items, "\n".join(out)


def line_yaml(rng: random.Random, n: int, item: dict, benefit: bool, amount: float | None = None) -> str:
    """One persona line using `item`: a benefit (with its link) or a cost; `amount`: about what it should come to
    (the quantity follows from it), else a quantity typical of the unit."""
    unit = item["unit"]
    if amount is None:
        quantity = [(rng.choice(QUANTITIES[unit]), UNITS[unit])]
    else:
        quantity = [(max(Decimal("0.01"), Decimal(amount / float(item["price"] or 1)).quantize(Decimal("0.01"))), UNITS[unit])]
    if unit == "uur" and rng.random() < 0.3:  # hours a week, a year long
        quantity = [(max(Decimal("0.01"), (Decimal(quantity[0][0]) / 52).quantize(Decimal("0.01"))), UNITS[unit]), (52, "weken")]
    law = PAYERS[item["payer"]][1]
    payer = None
    if rng.random() < 0.05:  # the line's own payer
        payer = rng.choice([p for p in PAYERS if p != item["payer"]])
        law = PAYERS[payer][1]
    municipal = law is not None and rng.random() < 0.9
    societal = not municipal or rng.random() < 0.85
    out = [f"  - id: line-{n:04d}", f"    label: Regel {n}", f"    item: {item['id']}"]
    if rng.random() < 0.1:  # the table's own price
        out.append(f"    unit_price: {number((item['price'] * Decimal(str(rng.uniform(0.8, 1.2)))).quantize(Decimal('0.01')))}")
    if benefit:
        out.append(f"    link: {'recidivism' if rng.random() < 0.4 else 'approach'}")
    if not societal:
        out.append("    societal: false")
    out.append("    quantity: [" + ", ".join(f"{{value: {number(v)}, unit: {u}}}" for v, u in quantity) + "]")
    out.append("    basis: synthetisch")
    if municipal:
        out.append(f"    municipal: {{law: {law}}}")
    if payer is not None:
        out.append(f"    payer: {payer}")
    transfer = item["transfer"] if payer is None else False
    if payer is not None and item["transfer"]:
        out.append("    transfer: false")
    if benefit and transfer and rng.random() < 0.3:
        out.append("    caused: false")  # paid anyway: counts in the budgets only with --transfers count
    out.append(f"    source: {SOURCE}")
    return "\n".join(out) + "\n"


def persona_yaml(pid: str, number_: int, costs: list[dict], benefits: list[dict], rng: random.Random) -> str:
    lines = [
        f"# Synthetic persona (benchmarks/synthetic.py): {len(benefits)} benefit lines, {len(costs)} cost lines.",
        f"id: {pid}", f"number: {number_}", f"name: Synthetisch {number_}", f"sources: [{SOURCE}]", "",
        "profile:", f"  age: {rng.randint(18, 70)}", "  summary: Een synthetische deelnemer.",
        "  characteristics: [synthetisch]", "  problem_areas: [synthetisch]", "  risk_factors: [synthetisch]",
        "  offences: [synthetisch]", "  goals: [synthetisch]", "  goals_by_domain: {Huisvesting: synthetisch}",
        f"  sources: [{SOURCE}]", "", "costs:",
    ]
    n = 0
    body = []
    for item in costs:
        n += 1
        body.append(line_yaml(rng, n, item, benefit=False))
    text = "\n".join(lines) + "\n" + ("\n".join(body) if body else "") + ("" if body else "  []\n")
    if not body:
        text = text.replace("costs:\n  []\n", "costs: []\n")
    text += "\nbenefits:\n"
    body = []
    # what a year of a persona's benefits comes to, about as much as the study's personas' (EUR 15,000 - 60,000),
    # spread unevenly over the lines
    total = rng.uniform(15_000, 60_000)
    weights = [rng.gammavariate(1.0, 1.0) for _ in benefits]
    for item, weight in zip(benefits, weights):
        n += 1
        body.append(line_yaml(rng, n, item, benefit=True, amount=total * weight / sum(weights)))
    return text + "\n".join(body)


def shares(rng: random.Random, count: int) -> list[Decimal]:
    """Percentages with two decimals summing to exactly 100, uneven as mixes are (a gamma draw per persona)."""
    raw = [rng.gammavariate(2.0, 1.0) for _ in range(count)]
    total = sum(raw)
    basis = [max(1, int(r / total * 10_000)) for r in raw]
    biggest = basis.index(max(basis))
    basis[biggest] += 10_000 - sum(basis)
    return [Decimal(b) / 100 for b in basis]


def generate(out: Path, items: int, personas: int, seed: int = 1) -> dict:
    """Write the data folder; return what it holds."""
    subprocess.run([sys.executable, "-m", "hvh_kba", "init", str(out)], check=True, stdout=subprocess.DEVNULL)
    rng = random.Random(seed)
    facts = shipped_facts(out)
    path = out / "pricelists" / f"{PRICELIST}.yaml"
    text = path.read_text(encoding="utf-8")
    shipped = shipped_items(text)
    new_items, block = make_items(rng, max(0, items - len(shipped)))
    at = text.find("\nalternatives:")
    at = len(text) if at < 0 else at + 1
    path.write_text(text[:at].rstrip("\n") + "\n\n  # --- synthetic (benchmarks/synthetic.py) ---\n" + block + "\n" + text[at:],
                    encoding="utf-8")

    shipped_personas = sorted(p.stem for p in (out / "personas").glob("*.yaml"))
    extra = max(0, personas - len(shipped_personas))
    pool = facts + new_items  # the synthetic personas use the shipped items too
    # every item in some persona's benefits: deal a shuffled deck round the personas, then add random ones
    per_persona = max(12, math.ceil(1.5 * len(pool) / extra)) if extra else 0
    deck = list(pool)
    rng.shuffle(deck)
    dealt: list[list[dict]] = [[] for _ in range(extra)]
    for k, item in enumerate(deck):
        dealt[k % extra].append(item)
    ids = []
    for p in range(extra):
        chosen = dealt[p]
        have = {i["id"] for i in chosen}
        while len(chosen) < per_persona and len(have) < len(pool):
            item = rng.choice(pool)
            if item["id"] not in have:
                have.add(item["id"])
                chosen.append(item)
        rng.shuffle(chosen)
        costs = rng.sample(pool, k=min(len(pool), rng.randint(2, 8)))
        pid = f"synth-{p + 1:04d}"
        ids.append(pid)
        (out / "personas" / f"{pid}.yaml").write_text(persona_yaml(pid, 100 + p, costs, chosen, rng), encoding="utf-8")

    everyone = shipped_personas + ids
    participants = min(max(20, 2 * len(everyone)), 800)
    capacity = min(participants + participants // 4, 1000)
    mix = "\n".join(f"  {pid}: {number(share)}" for pid, share in zip(everyone, shares(rng, len(everyone))))
    scenario = f"""# Synthetic scenario (benchmarks/synthetic.py, seed {seed}): every persona of this folder, {participants} participants.
extends: _impactstudie-2024
id: {SCENARIO}
name:
  nl: Synthetisch scenario
  en: Synthetic scenario
description:
  nl: {len(everyone)} persona's en {len(shipped) + len(new_items)} prijsitems, voor de benchmarks.
  en: {len(everyone)} personas and {len(shipped) + len(new_items)} price items, for the benchmarks.
participants: {participants}
capacity: {capacity}
investment:  # per participant as the realistic scenario's for 20: decided EUR 356,960, minimum 389,055, maximum 456,739
  lines:
    - {{id: synthetisch-minimum, label: Synthetische investering, amount: {participants * 389_055 // 20}, source: {SOURCE}}}
    - {{id: synthetisch-rest, label: Synthetische investering buiten het minimum, amount: {participants * (456_739 - 389_055) // 20}, in_minimum: false, source: {SOURCE}}}
  decided:
    amount: {participants * 356_960 // 20}
mix:
{mix}
research:
  ranges:
    participants: {{low: {participants * 7 // 10}, high: {capacity}}}
sources: [{SOURCE}]
"""
    (out / "scenarios" / f"{SCENARIO}.yaml").write_text(scenario, encoding="utf-8")
    return {"items": len(shipped) + len(new_items), "personas": len(everyone), "scenario": SCENARIO,
            "participants": participants}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=1000, help="price items in the list, the shipped ones included")
    parser.add_argument("--personas", type=int, default=100, help="personas in the scenario's mix, the shipped ones included")
    parser.add_argument("--out", type=Path, required=True, help="the folder to create (it must not exist, or be empty)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    facts = generate(args.out, args.items, args.personas, args.seed)
    print(f"{args.out}: {facts['items']} price items, {facts['personas']} personas, scenario '{facts['scenario']}' "
          f"({facts['participants']} participants)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
