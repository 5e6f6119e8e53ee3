"""The value of information for the decision to continue: consistent with the Monte Carlo, ranked, and zero where nothing is in doubt."""

from __future__ import annotations

import pytest

from hvh_kba import api


@pytest.fixture(scope="module")
def analysis():
    return api.load()


def test_the_first_pass_is_the_monte_carlo_with_the_occupancy_drawn(analysis):
    report = api.measure(analysis, "realistic", draws=30_000, seed=7)
    plain = api.uncertainty(analysis, "realistic", draws=30_000, seed=7, occupancy=True)
    assert report.outcome == plain.outcome
    assert report.continue_share == plain.outcome.reach["decided"]
    assert report.mean_net == pytest.approx(plain.outcome.municipal.mean)


def test_ranked_and_never_above_knowing_everything(analysis):
    report = api.measure(analysis, "realistic", draws=30_000, seed=7)
    values = [g.value for g in report.groups]
    assert values == sorted(values, reverse=True) and len(values) == 9
    assert 0 < report.evpi and all(0 <= v <= report.evpi * 1.02 for v in values)  # up to the regression's noise
    assert report.groups[0].group.id in ("occupancy", "shelter")  # the two inputs the municipal minimum rests on
    assert api.measure(analysis, "realistic", draws=30_000, seed=7) == report  # the same seed, the same answer


def test_nothing_to_learn_when_every_draw_pays(analysis):
    """Society's welfare exceeds the municipalities' investment in every draw: continuing is always right, so
    knowing anything is worth exactly nothing (max(NB, 0) = NB in every draw)."""
    report = api.measure(analysis.assuming(perspective="societal"), "realistic", draws=20_000, seed=3)
    assert report.continue_share == 1 and report.evpi == 0
    assert all(g.value == pytest.approx(0, abs=1e-6) for g in report.groups)
