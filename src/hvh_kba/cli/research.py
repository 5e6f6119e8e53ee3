"""What the research commands share: the scenario's research settings and the investment level."""

from __future__ import annotations

from decimal import Decimal

from .options import CliError
from .scenario import parse_investments


def research_of(scenario):
    if scenario.research is None:
        raise CliError(f"scenario {scenario.id} has no research section (ranges, spread, concentrations); see scenarios/_impactstudie-2024.yaml")
    return scenario.research


def level_and_amount(scenario, investment: list[str] | None) -> tuple[str, Decimal, dict[str, Decimal]]:
    """The level the net result is computed against (the first asked for; default: decided), and all levels."""
    levels = scenario.investment.levels()
    chosen = parse_investments(investment, levels) if investment else {"decided": levels["decided"]}
    first = next(iter(chosen))
    return first, chosen[first], {**levels, **chosen}
