"""What to measure first: the value of information for the decision to continue at an investment, or stop.

The Monte Carlo of `uncertainty`, with the participants drawn as flows too (places filled, the
average stay, drop-out), gives each draw the net result of continuing: the perspective's budget
minus the investment. Stopping gives 0. The expected value of perfect information (EVPI) is what
knowing everything before deciding would be worth; the partial one (EVPPI) of a group of inputs,
what knowing that group would be worth: core/voi.py, the regression method of Strong, Oakley and
Brennan (2014). In euros a year, for the perspective's budget.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..errors import InputError, say
from ..record import record
from ..schema.common import Text
from ..schema.scenario import InformationGroup, Research, Scenario
from ._analysis import Analysis, RunContext
from ._research import beta_mean, check_draws, level_and_amount, model_of, research_of

if TYPE_CHECKING:
    from ..core.uncertainty import Outcome
    from ..core.voi import ValueOfInformation

DRAWS = 200_000


@record
class Information:
    group: InformationGroup
    value: float  # EVPPI, euros a year
    r_squared: float  # how much of the net result's spread the group's regression explains


@record
class MeasureReport:
    scenario: Scenario
    level: str
    investment: Decimal
    outcome: Outcome  # the Monte Carlo of the same draws (with the occupancy drawn)
    evpi: float
    mean_net: float  # the expected net result of continuing
    continue_share: float  # the share of draws in which continuing pays
    groups: tuple[Information, ...]  # ranked, most valuable first
    recidivism_mean: Decimal
    context: RunContext
    labels: Mapping[str, Text]  # price item -> its name, for the inputs the correlations name


def measure(
    analysis: Analysis, name: str | Path, *, draws: int = DRAWS, seed: int = 2024,
    recidivism: Decimal | float | str | None = None, investments: Iterable[str | Decimal | int] | None = None,
    progress: Callable[[int], None] | None = None,
) -> MeasureReport:
    """The value of information per group of inputs (the scenario's research.information), ranked.

    The decision: continue at the investment level (the first asked for; default: decided) or stop.
    """
    check_draws(draws, seed)
    chosen = analysis.scenario(name)
    research = research_of(chosen)
    if not research.information:
        raise InputError(say("lib.no_information", scenario=chosen.id), "scenario")
    mean = beta_mean(recidivism, research)
    level, amount, levels = level_and_amount(analysis, chosen, investments)
    from ..core import uncertainty, voi  # NumPy: only this question needs it

    model = model_of(analysis, chosen, research, occupancy=True)
    groups = _group_inputs(model, research, float(mean))
    tally = uncertainty.Tally(model, {k: float(v) for k, v in levels.items()}, level)
    investment = float(amount)
    k_r, k_mix = float(research.recidivism_concentration), float(research.mix_concentration)
    passes = []

    def chunks():
        first = not passes
        passes.append(True)
        for chunk, benefits in uncertainty.stream(model, draws, seed, float(mean), k_r, k_mix):
            if first:  # the first pass is the Monte Carlo too
                tally.add(benefits)
                if progress:
                    progress(tally.draws)
            yield benefits[uncertainty.MUNICIPAL] - investment, groups(chunk)

    result: ValueOfInformation = voi.value_of_information(chunks)
    outcome = tally.outcome(seed)
    ranked = sorted(
        (Information(g, result.evppi[g.id], result.r_squared[g.id]) for g in research.information),
        key=lambda info: -info.value,
    )
    return MeasureReport(
        chosen, level, amount, outcome, result.evpi, result.mean_net, outcome.reach[level], tuple(ranked), mean,
        analysis.context(chosen), MappingProxyType({item.id: item.label for item in analysis.pricelist(chosen).items}),
    )


def _group_inputs(model, research: Research, mean: float):
    """A function from a chunk of draws to each information group's inputs."""
    import numpy as np

    from ..core import rule, uncertainty

    items = {item: i for i, item in enumerate(model.items)}
    named = {name for group in research.information for name in group.inputs}
    for group in research.information:
        for name in group.inputs:
            if name not in (*items, "recidivism", "places", "stay", "dropout", "mix", "other-prices"):
                raise InputError(say("lib.not_a_drawn_input", group=group.id, name=name), "scenario")
    # the other prices as one number: their contribution to the budget at the mix and the mean recidivism
    others = [i for item, i in items.items() if item not in named]
    w = model.weights
    per_unit = rule.benefit(model.coefficients[:, 0, 0, :], model.coefficients[:, 0, 1, :], mean, w)  # (personas, items)
    weights = model.mix @ per_unit

    def inputs(chunk: uncertainty.Draws) -> dict[str, np.ndarray]:
        columns = {"recidivism": chunk.rates, "places": chunk.places, "stay": chunk.stay, "dropout": chunk.dropout,
                   "mix": chunk.weights[:, :-1], "other-prices": uncertainty.values(model, chunk, others) @ weights[others]}
        out = {}
        for group in research.information:
            parts = [columns[name] if name in columns else uncertainty.values(model, chunk, items[name]) for name in group.inputs]
            parts = [p[:, None] if p.ndim == 1 else p for p in parts]
            out[group.id] = np.hstack(parts)
        return out

    return inputs
