"""Whose money, computed by hand from the study's tables (5, 9, 13 and 14) and annex 4's payers."""

from __future__ import annotations

from decimal import Decimal

import pytest

from hvh_kba import api
from hvh_kba.core.perspectives import PERSPECTIVES


@pytest.fixture(scope="module")
def analysis():
    return api.load()


def shares(report) -> dict[str, tuple[Decimal, Decimal]]:
    return {s.actor: (s.at_zero, s.minimum) for s in report.distribution.shares}


def test_joris_by_payer(analysis):
    """Table 13: detention 68,255, 'Opiumwet' (annex 4: damage to public space, a municipal cost) 730, assault 5,500,
    police 1,772, safety officials 800, remand 5,586, all linked to recidivism, and debt counselling 1,500 from the
    approach; table 14 adds the bijstand, 15,696, a transfer: municipal-only, and paid anyway by tables 11-12.
    Municipalities: 730 + 800 + 1,500 + 15,696 = 18,726, of which 1,500 + 15,696 = 17,196 at any recidivism;
    Justice: 68,255 + 5,500 + 1,772 + 5,586 = 81,113; the participant loses the 15,696; the sum is table 13's 84,143."""
    got = shares(api.persona(analysis, "joris"))
    assert got["municipalities"] == (18726, 17196)
    assert got["justice"] == (81113, 0)
    assert got["participant"] == (-15696, -15696)
    assert sum(a for a, _ in got.values()) == 84143
    without = shares(api.persona(analysis.assuming(transfers="caused"), "joris"))
    assert without["municipalities"] == (18726 - 15696, 1500) and without["participant"] == (0, 0)


def test_patrick_by_payer(analysis):
    """Table 9: recidivism lines detention 68,255, Opiumwet 670, police 1,772, remand 5,586 (Justice), the mayor 680
    and safety officials 800 (municipal, other); approach lines eviction 6,000, re-letting 1,200, complaint 300 and
    clearing 600 (housing corporation), social work 650 and mental health care 800 (Zvw: annex 4 puts social work
    there, though table 10 books it under the Wmo), debt counselling 1,500 (municipal). No transfers."""
    got = shares(api.persona(analysis, "patrick"))
    assert got["municipalities"] == (680 + 800 + 1500, 1500)
    assert got["justice"] == (68255 + 670 + 1772 + 5586, 0)
    assert got["housing"] == (6000 + 1200 + 300 + 600, 8100)
    assert got["care"] == (650 + 800, 1450)
    assert sum(a for a, _ in got.values()) == 88813  # table 9's total


def test_soufiane_by_payer(analysis):
    """Table 5: recidivism lines to Justice, 68,255 + 1,400 + 5,500 + 2,700 + 1,772 + 5,586 = 85,213; the approach:
    debt counselling 1,500 and a year in the shelter 36,500 (Wmo), 38,000 for the municipalities."""
    got = shares(api.persona(analysis, "soufiane"))
    assert got["municipalities"] == (38000, 38000) and got["justice"] == (85213, 0)


def test_the_realistic_scenario_by_the_guideline(analysis):
    """7 Soufiane, 3 Patrick, 10 Joris. Municipal budget at any recidivism: 7 x 38,000 + 3 x 1,500 + 10 x 17,196 =
    442,460; without the bijstand the approach does not cause: 7 x 38,000 + 3 x 1,500 + 10 x 1,500 = 285,500. Against
    the decided 356,960: 24 participants (9/3/12 by largest remainder: 9 x 38,000 + 3 x 1,500 + 12 x 1,500 = 364,500),
    where 23 (8/3/12: 326,500) fall short. Justice without recidivism: 7 x 85,213 + 3 x 76,283 + 10 x 81,113."""
    report = api.scenario(analysis, "realistic")
    readings = {r.id: r for r in report.comparison}
    assert readings["study"].minimum == 444410
    assert readings["municipal"].minimum == 442460
    assert readings["municipal-caused"].minimum == 285500
    decided = readings["municipal-caused"].break_even[0]
    assert decided.level == "decided" and decided.max_recidivism is None and decided.min_participants == 24
    assert shares(report)["justice"][0] == 7 * 85213 + 3 * 76283 + 10 * 81113
    assert dict(readings["municipal"].by_part) == {"Wmo": 7 * 36500, "Participatiewet": 10 * 15696, "other": 20 * 1500}


@pytest.mark.parametrize("view", sorted(PERSPECTIVES))
@pytest.mark.parametrize("transfers", ["count", "caused"])
@pytest.mark.parametrize("scenario", ["worst-case", "realistic", "ideal"])
def test_the_distribution_adds_up_to_the_welfare_balance(analysis, view, transfers, scenario):
    report = api.scenario(analysis.assuming(perspective=view, transfers=transfers), scenario)
    distribution = report.distribution
    assert sum(s.at_zero for s in distribution.shares) == distribution.welfare_at_zero
    assert sum(s.minimum for s in distribution.shares) == distribution.welfare_minimum
    assert sum(s.transfers for s in distribution.shares) == 0  # they cancel
    assert distribution.welfare_at_zero == api.scenario(analysis, scenario).result.societal.at(Decimal(0))  # no transfer in tables 5, 9, 13


def test_the_perspective_never_changes_the_check_of_the_published_figures(analysis):
    for view in ("societal", "municipal", "justice"):
        other = api.verify(analysis.assuming(perspective=view, transfers="caused"))
        assert dict(other.counts) == dict(api.verify(analysis).counts)


def test_the_text_prices(analysis):
    """--price-set tekst at 20 participants: the shelter at 12,000 a year instead of 36,500 (7 x -24,500), the bijstand
    at annex 4's 600 a month instead of 1,308 (10 x -8,496): 444,410 - 171,500 - 84,960 = 187,950."""
    text = analysis.assuming(price_set="tekst")
    assert api.scenario(text, "realistic").result.minimum == Decimal(187950)
    assert not text.default_run and text.context().price_set.nl == "prijzen uit de tekst van de bronnen"
    by_hand = text.assuming(overrides={"detentie": 250})  # a price changed by hand wins over the set's
    assert by_hand.assumptions.overrides["detentie"] == 250 and "detentie" in by_hand.context().overrides


def test_a_distribution_that_does_not_add_up_is_refused(analysis):
    from hvh_kba.api._scenario import distribution
    from hvh_kba.core.persona import Parts
    from hvh_kba.core.scenario import Split
    from hvh_kba.errors import DataError

    accounts = dict(api.scenario(analysis, "realistic").result.accounts)
    accounts["budget/care"] = Split(Parts(Decimal(1), Decimal(0)), analysis.assumptions.weights)  # a payer counted wrong
    with pytest.raises(DataError, match="do not|add up"):
        distribution(accounts)
