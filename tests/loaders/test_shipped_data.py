"""The shipped data: complete, and where the team's seed texts are at hand, true to them."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
STUDY = SEEDS / "003_306d5076277fdc6a.txt"


def test_the_three_scenarios_of_the_study(dataset):
    assert {s.id: s.participants for s in dataset.scenarios.values()} == {"worst-case": 14, "realistic": 20, "ideal": 29}
    for scenario in dataset.scenarios.values():
        assert scenario.capacity == 29
        # the files give percentages; the records hold fractions
        assert scenario.mix == {"joris": Decimal("0.51"), "soufiane": Decimal("0.36"), "patrick": Decimal("0.13")}
        assert scenario.recidivism_rates == [0, Decimal("0.2"), Decimal("0.4"), Decimal("0.6"), Decimal("0.8")]
        assert scenario.investment.levels() == {"decided": 356960, "min": 389055, "max": 456739}


def test_the_personas_and_their_tables(dataset):
    assert {p.id: (len(p.costs), len(p.benefits)) for p in dataset.personas.values()} == {
        "soufiane": (7, 8), "patrick": (6, 13), "joris": (5, 8)}


def test_annex_4_is_complete(dataset):
    items = dataset.pricelists["impactstudie-2024"].by_id()
    from_annex = [i for i in items.values() if any(ref.where == "bijlage 4" for ref in i.sources)]
    assert len(from_annex) == 70  # every row of annex 4, rows with several prices as several items
    assert items["detentie"].amount == 230 and items["beschermd-wonen"].is_range


def test_transfers_are_marked(dataset):
    transfers = {i.id for i in dataset.pricelists["impactstudie-2024"].items if i.transfer}
    assert {"wajong", "huurtoeslag", "zorgtoeslag", "bijstand-alleenstaand"} <= transfers
    assert "detentie" not in transfers


def _seed_lines() -> list[str]:
    return STUDY.read_text(encoding="utf-8").splitlines()


def _dutch(amount: Decimal) -> str:
    return f"{int(amount):,}".replace(",", ".")


@pytest.mark.skipif(not STUDY.is_file(), reason="the seed texts are not beside this checkout")
def test_every_price_stands_on_its_source_line(dataset):
    lines = _seed_lines()
    missing = []
    for item in dataset.pricelists["impactstudie-2024"].items:
        price = item.amount if item.amount is not None else item.low
        pattern = re.compile(rf"€ ?{re.escape(_dutch(price))}\b")
        refs = [ref for ref in item.sources if ref.doc == "impactonderzoek-2024" and ref.line]
        if not any(pattern.search(" ".join(lines[ref.line - 2 : ref.line + 4])) for ref in refs):
            missing.append((item.id, _dutch(price)))
    assert missing == []


@pytest.mark.skipif(not STUDY.is_file(), reason="the seed texts are not beside this checkout")
def test_every_persona_line_stands_on_its_source_line(dataset, evaluation):
    lines = _seed_lines()
    missing = []
    for persona in dataset.personas.values():
        for priced in evaluation.persona(persona.id).costs + evaluation.persona(persona.id).benefits:
            ref = priced.line.source
            near = " ".join(lines[ref.line - 2 : ref.line + 4])
            line = priced.line
            label = line.label if line.societal or not (line.municipal and line.municipal.label) else line.municipal.label
            if label.nl.split("/")[0] not in near:
                missing.append((persona.id, priced.line.id, ref.line, label))
    assert missing == []


PROGRESS = SEEDS / "001_f61d4acc95e8580f.txt"


@pytest.mark.skipif(not STUDY.is_file(), reason="the seed texts are not beside this checkout")
def test_every_curve_point_stands_on_its_source_line(dataset):
    """47 % and 'ruim 70%', 27,1 % and 'bijna 50%': each point's percentage as the study prints it, on the line cited."""
    lines = _seed_lines()
    missing = []
    for curve in dataset.curves.values():
        for point in curve.points:
            printed = f"{(point.share * 100).normalize():f}".replace(".", ",") + "%"
            if printed not in lines[point.source.line - 1]:
                missing.append((curve.id, point.year, printed, point.source.line))
    assert missing == []


@pytest.mark.skipif(not PROGRESS.is_file(), reason="the seed texts are not beside this checkout")
def test_the_published_flows_stand_on_their_source_lines(dataset):
    """The progress report's table (2021, 2022, 2023 to 24 April) row by row, and the impact study's quarter."""
    progress = PROGRESS.read_text(encoding="utf-8").splitlines()
    periods = dataset.flows["huis-van-herstel"].periods[:3]
    rows = {1011: [p.entered for p in periods], 1013: [p.released.end_of_sentence for p in periods],
            1015: [p.released.penitentiary_programme for p in periods], 1017: [p.sent_back for p in periods]}
    for line, counts in rows.items():
        assert progress[line - 1].split()[-3:] == [str(c) for c in counts], line
    assert "gemiddeld zes" in progress[1091 - 1]
    study = _seed_lines()
    q2 = dataset.flows["huis-van-herstel"].periods[3]
    for line, text in ((4419, f"ingestroomde deelnemers: {q2.entered}"), (4421, f"uitgestroomde deelnemers: {q2.released}"),
                       (4425, f"teruggeplaatste deelnemers: {q2.sent_back}"), (4441, f"{q2.places_filled_end} van de 29 plekken")):
        assert text in study[line - 1], line
    assert f"waarvan {q2.occupied_end}" in study[4441 - 1] or str(q2.occupied_end) in study[4442 - 1]
