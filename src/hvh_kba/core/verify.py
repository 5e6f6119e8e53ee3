"""Compare every published figure with the model and classify the difference.

The checks, figures the model computes:
match             the model gives the published number
rounding          within EUR 1, or a percentage the text rounded (down or to the nearest whole),
                  or 'bijna N %' with the model just below N (percentages are fractions, as every rate)
erratum           a documented inconsistency of the source explains the difference: the erratum
                  predicts it (published - model) from the source's other numbers, within rounding
unexplained       anything else, including an erratum whose prediction does not hold
changed-input     on a run that changes the study's input (a price, an assumption, a data file), a figure
                  that does not come out: the change, not the study, may be why
And, not counted as checks:
restated          the figure is an input of the model (a line of table 2, a part of a funding
                  scenario, a contribution divided by a key taken from the same table): it agrees,
                  but it could not have disagreed unless the data were typed in wrong
unexplained-known the figure differs, an erratum says so and what it does and does not explain
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from typing import Literal

from ..record import record
from ..schema.published import Errata, Erratum, Figure, FigureGroup, Published
from .arith import evaluate
from .evaluation import Evaluation
from .measures import measure, restates

Status = Literal["match", "rounding", "erratum", "unexplained", "changed-input", "restated", "unexplained-known"]
CHECKS: tuple[Status, ...] = ("match", "rounding", "erratum", "unexplained", "changed-input")
STATUSES: tuple[Status, ...] = CHECKS + ("restated", "unexplained-known")
# How far an erratum's expectation may be off: the rounding of the published unit.
TOLERANCE = {"eur": Decimal(1), "percent": Decimal("0.005"), "count": Decimal(0)}
ALMOST = Decimal("0.02")  # 'bijna 70 %': the model lies below 70 % by at most 2 points
HUNDRED = Decimal(100)


@record
class Check:
    group: FigureGroup
    figure: Figure
    model: Decimal | None
    status: Status
    erratum: Erratum | None = None
    expected: Decimal | None = None  # the erratum's expected difference

    @property
    def delta(self) -> Decimal | None:
        return None if self.model is None else self.figure.published - self.model


def classify(
    figure: Figure, model: Decimal | None, erratum: Erratum | None, restated: bool = False
) -> tuple[Status, Decimal | None]:
    """The status, and the difference the erratum predicts (if it predicts one)."""
    if model is None:
        return "unexplained", None
    delta = figure.published - model
    if erratum is not None and figure.id in erratum.unexplained:
        # known not to be explained; if the model now gives it, the listing is wrong and must go
        return ("unexplained-known" if not _agrees(figure, model, delta) else "unexplained"), None
    if erratum is not None:
        expected = evaluate(erratum.figures[figure.id])
        ok = abs(delta - expected) <= TOLERANCE[figure.unit]
        return ("erratum" if ok else "unexplained"), expected
    if delta == 0:
        return ("restated" if restated else "match"), None
    if _agrees(figure, model, delta):
        return ("restated" if restated else "rounding"), None
    return "unexplained", None


def _agrees(figure: Figure, model: Decimal, delta: Decimal) -> bool:
    """Equal, or equal but for the text's rounding."""
    if delta == 0:
        return True
    if figure.unit == "eur":
        return abs(delta) <= 1
    return figure.unit == "percent" and _rounded(figure, model)


def _rounded(figure: Figure, model: Decimal) -> bool:
    if figure.qualifier == "bijna":
        return figure.published - ALMOST <= model < figure.published
    points = model * HUNDRED  # the text prints whole percents
    whole = {points.quantize(Decimal(1), ROUND_FLOOR), points.quantize(Decimal(1), ROUND_HALF_UP)}
    return figure.published * HUNDRED in whole


def verify(
    published: Published, errata: Errata, evaluation: Evaluation, only: Callable[[Figure], bool] | None = None,
    changed: bool = False,
) -> list[Check]:
    """Check every published figure, or those `only` selects; `changed`: the run changes the study's input, so a
    figure that does not come out is `changed-input`, not `unexplained`."""
    by_figure = {fid: erratum for erratum in errata.errata for fid in (*erratum.figures, *erratum.unexplained)}
    checks = []
    for group in published.groups:
        for figure in group.figures:
            if only is not None and not only(figure):
                continue
            model = measure(evaluation, figure.of)
            erratum = by_figure.get(figure.id)
            status, expected = classify(figure, model, erratum, restates(evaluation, figure.of))
            if changed and status == "unexplained":
                status = "changed-input"
            checks.append(Check(group, figure, model, status, erratum, expected))
    return checks


def summary(checks: list[Check]) -> dict[str, int]:
    """Status -> number of figures; `checked` counts the figures that are real checks."""
    counts = {status: sum(1 for c in checks if c.status == status) for status in STATUSES}
    return {**counts, "checked": sum(counts[s] for s in CHECKS)}
