"""Who pays and who saves: each municipality's contribution under a funding scenario and its share of the savings."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.funding import BudgetFlow, Position, budget_flows, inhabitants, participants_key, settle
from ..errors import DataError, InputError, Problem, say, unknown
from ..record import record
from ..schema.municipality import Funding, Twente
from ..schema.scenario import Scenario
from ._analysis import Analysis, RunContext, fraction

if TYPE_CHECKING:
    from ..core.verify import Check


@record
class Settlement:
    twente: Twente
    funding: Funding
    scenario: Scenario
    rate: Decimal | None  # the savings at this recidivism rate; None: the municipal minimum
    key: str | None  # where the participants come from: None by inhabitants, else the key file
    positions: tuple[Position, ...]
    flows: tuple[BudgetFlow, ...]
    checks: tuple[Check, ...]  # the funding scenario's published contributions
    context: RunContext
    default_run: bool


SETTLED = ("study", "municipal")  # the perspectives whose savings the municipalities share


def municipalities(
    analysis: Analysis, *, funding: str = "besloten", scenario: str | Path = "realistic",
    benefit_key: str | Path | Mapping[str, Decimal | int] = "inhabitants", recidivism: Decimal | float | str | None = None,
) -> Settlement:
    """Per municipality: its contribution under `funding`, its share of `scenario`'s municipal savings, its net position.

    benefit_key: 'inhabitants', a YAML file (participants: or shares: per municipality), or a mapping of
    participants per municipality; recidivism: the savings at this rate (default: the municipal minimum).
    """
    if analysis.perspective.id not in SETTLED:
        raise InputError(say("lib.perspective_not_settled", perspective=analysis.perspective.id, accepted=list(SETTLED)),
                         "perspective")
    twente = analysis.twente()
    chosen = next((f for f in twente.funding if f.id == funding), None)
    if chosen is None:
        raise unknown("funding scenario", funding, [f.id for f in twente.funding], "funding")
    occupancy = analysis.scenario(scenario)
    if isinstance(benefit_key, Mapping):
        weights, key = _weights(twente, benefit_key), "mapping"
    elif str(benefit_key) == "inhabitants":
        weights, key = inhabitants(twente), None
    else:
        weights, key = _key_file(Path(benefit_key), twente), str(benefit_key)
    rate = fraction(recidivism, "recidivism") if recidivism is not None else None
    result = analysis.evaluation.scenario(occupancy.id)
    personas = analysis.evaluation.personas(analysis.pricelist(occupancy))
    positions = settle(twente, chosen.id, personas, result.allocation, Decimal(1) if rate is None else rate, weights,
                       analysis.assumptions, analysis.perspective)
    checks = analysis.checks(only=lambda f: f.of.funding == chosen.id)
    return Settlement(
        twente, chosen, occupancy, rate, key, tuple(positions), tuple(budget_flows(twente, positions)), tuple(checks),
        analysis.context(occupancy), analysis.default_run,
    )


def _weights(twente: Twente, counts: Mapping[str, Decimal | int]) -> dict[str, Decimal]:
    known = twente.by_id()
    for name, count in counts.items():
        if name not in known:
            raise unknown("municipality", name, known, "benefit_key")
        if Decimal(count) < 0:
            raise InputError(say("lib.count_negative", name=name, count=str(count)), "benefit_key")
    if sum(Decimal(c) for c in counts.values()) == 0:
        raise InputError(say("lib.all_zero"), "benefit_key")
    return participants_key(counts)


def _key_file(path: Path, twente: Twente) -> dict[str, Decimal]:
    """A benefit key file: participants per municipality (counts), or shares in percent that sum to 100."""
    from ..loader.dataset import load_record
    from ..schema.municipality import BenefitKey

    if not path.is_file():
        raise InputError(say("lib.key_file_not_found", path=str(path)), "benefit_key")
    key, doc, problems = load_record(path, str(path), BenefitKey)
    if key is None:
        raise DataError(problems)
    known = twente.by_id()
    entries = key.participants if key.participants is not None else key.shares
    field = "participants" if key.participants is not None else "shares"
    problems = []
    for name in entries:
        if name not in known:
            line = doc.locate((field, name))[1] if doc else None
            problems.append(Problem(str(path), line, f"{field}.{name}",
                                    say("lib.unknown_unnamed", what=say("noun.municipality"), known=sorted(known))))
    if key.shares is not None and sum(key.shares.values()) != 1:
        line = doc.locate(("shares",))[1] if doc else None
        total = sum(key.shares.values()) * 100
        problems.append(Problem(str(path), line, "shares", say("shares_not_100", total=total)))
    if sum(entries.values()) == 0:
        problems.append(Problem(str(path), None, field, say("lib.all_zero")))
    if problems:
        raise DataError(problems)
    return participants_key(entries)
