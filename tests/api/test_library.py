"""The library a researcher calls from a notebook: one function per question, typed and immutable results."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from hvh_kba import api
from hvh_kba.errors import DataError, InputError


@pytest.fixture(scope="module")
def analysis():
    return api.load()


def test_a_scenario_is_a_typed_immutable_result(analysis):
    report = api.scenario(analysis, "realistic")
    assert isinstance(report, api.ScenarioReport)
    result = report.result
    # annex 6: Wmo 257,450 + Participatiewet 186,960 = 444,410 at 20 participants (7/3/10)
    assert result.minimum == 444410 and dict(result.allocation) == {"joris": 10, "soufiane": 7, "patrick": 3}
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.participants = 21
    with pytest.raises(TypeError):
        report.published[("societal", Decimal(0))] = None  # a read-only mapping


def test_the_same_evaluation_serves_every_question(analysis):
    """One run evaluates a scenario once: the scenario shown and the figures checked are the same object."""
    first = api.scenario(analysis, "realistic").result
    assert api.scenario(analysis, "realistic").result is first
    assert analysis.evaluation.scenario("realistic") is first


def test_assumptions_change_a_copy_not_the_analysis(analysis):
    national = analysis.assuming(baseline="0.47", overrides={"detentie": 250})
    assert analysis.assumptions.baseline == 1 and national.assumptions.baseline == Decimal("0.47")
    assert not national.default_run and analysis.default_run
    # at r = R0 the recidivism-linked lines bring nothing: the municipal benefit is the minimum
    assert api.scenario(national, "realistic", rates=["0.47"]).result.rows[0].municipal == 444410


@pytest.mark.parametrize(
    ("call", "field", "fragment"),
    [
        (lambda a: api.scenario(a, "realistik"), None, "did you mean 'realistic'"),
        (lambda a: api.persona(a, "sofiane"), None, "did you mean 'soufiane'"),
        (lambda a: api.scenario(a, "realistic", participants=30), "participants", "outside 0-29"),
        (lambda a: api.scenario(a, "realistic", mix={"joris": "0.5", "soufiane": "0.5", "patrick": "0.1"}), "mix", "110 %"),
        (lambda a: api.scenario(a, "realistic", rates=["1.5"]), "rates", "outside 0-1"),
        (lambda a: api.scenario(a, "realistic", investments=["maxi"]), "investments", "not a level or an amount"),
        (lambda a: api.scenario(a, "realistic", years=101), "years", "outside 1-100"),
        (lambda a: a.assuming(overrides={"detentei": 1}), "overrides", "did you mean 'detentie'"),
        (lambda a: a.assuming(dropout=2), "dropout", "outside 0-1"),
        (lambda a: a.assuming(prices="cheap"), "prices", "accepted: low, mid, high"),
        (lambda a: api.uncertainty(a, "realistic", draws=0), "draws", "outside 1-"),
        (lambda a: api.municipalities(a, funding="4"), "funding", "unknown funding scenario '4'"),
    ],
)
def test_a_bad_argument_is_an_input_error_naming_it(analysis, call, field, fragment):
    with pytest.raises(InputError) as caught:
        call(analysis)
    assert caught.value.field == field and fragment in str(caught.value.message)


def test_bad_data_is_a_data_error(tmp_path):
    with pytest.raises(DataError) as caught:
        api.load(tmp_path / "nowhere", cache=False)
    assert "data folder not found" in str(caught.value)


def test_every_question_answers(analysis):
    assert [r.participants for r in api.scenarios(analysis).results] == [14, 20, 29]
    assert api.persona(analysis, "Joris").result.total("benefits", "municipal", link="approach") == 17196  # table 14
    assert [r.persona.id for r in api.personas(analysis).results] == ["soufiane", "patrick", "joris"]
    assert [i.id for i in api.pricelist(analysis, law="Participatiewet").items][:2] == ["bewindvoering", "bewindvoering-problematische-schulden"]
    assert api.pricelist_diff(analysis, "impactstudie-2024", "impactstudie-2024").items == ()
    grid = api.breakeven(analysis, "realistic", investments=["max"]).grid
    assert grid[20][0] == 456850 - 456739  # 20 participants, no recidivism, the maximum investment
    assert api.verify(analysis).unexplained == 0
    assert api.sensitivity(analysis, "realistic").tornado.swings[0].name == "participants"
    assert api.uncertainty(analysis, "realistic", draws=1000, seed=1).outcome.draws == 1000
    assert abs(sum(p.paid for p in api.municipalities(analysis).positions) - 356960) < Decimal("1e-18")  # divided by keys
    assert [r.result.scenario.id for r in api.report(analysis, ["ideal"]).scenarios] == ["ideal"]


def test_a_horizon_discounts_at_the_guideline_rate(analysis):
    flows = api.scenario(analysis, "realistic", years=2, rates=["0"], investments=["decided"]).horizon
    # year 1 undiscounted, year 2 divided by 1.0225 (scenario research.discount_rate 2.25 %):
    # net = 456,850 - 356,960 = 99,890 a year
    assert flows.discount_rate == Decimal("0.0225")
    assert abs(flows.municipal.npv - (Decimal(99890) + Decimal(99890) / Decimal("1.0225"))) < Decimal("1e-18")
