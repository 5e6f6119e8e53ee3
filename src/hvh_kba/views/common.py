"""What several views show alike: the run's context, investment levels, break-even answers."""

from __future__ import annotations

from decimal import Decimal

from ..api._analysis import RunContext
from ..core.scenario import BreakEven
from ..i18n import t
from ..schema.scenario import Scenario
from .model import Cell, Count, Line, Money, Rate, Text, Word, line, phrase


def context_lines(context: RunContext, lang: str) -> list[Line]:
    """The lines that say on what a computed view rests: price list, price choice, changed prices and effects."""
    choice = context.range_choice.in_(lang) if context.range_choice is not None else t(f"prices.{context.prices}", lang)
    lines = [line(f"{t('pricelist', lang)}: {context.pricelist}; {choice}")]
    if context.overrides:
        changed: list = [f"{t('overrides', lang)}: "]
        for i, (item, amount) in enumerate(context.overrides.items()):
            changed += ([", "] if i else []) + [f"{item} = ", Money(amount)]
        lines.append(tuple(changed))
    if context.price_year is not None:
        lines.append(line(t("indexed", lang, year=context.price_year, series=context.index)))
    if context.price_set is not None:
        lines.append(line(t("price_set_line", lang, title=context.price_set.in_(lang))))
    if context.effects is not None:
        effects = {name: Rate(value) for name, value in context.effects.items()}
        lines.append(phrase(t("effects", lang), **effects))
    if context.perspective != "study":
        lines.append(line(t("perspective_line", lang, budget=budget_label(context.perspective, lang))))
    if context.transfers == "caused":
        lines.append(line(t("transfers_caused", lang)))
    if context.changed_data:
        what = ", ".join(f"{t(f'kind.{kind}', lang)} {name}" for kind, _, name in (item.partition(" ") for item in context.changed_data))
        lines.append(line(t("changed_data", lang, what=what)))
    elif context.changed:
        lines.append(line(t("changed_run", lang)))
    return lines


def level_label(scenario: Scenario, level: str, lang: str, amount: Decimal) -> Line:
    """An investment level as the data names it (besloten 2026-2027, minimum (tabel 2)), or a given amount."""
    labels = scenario.investment.labels()
    if level in labels:
        return line(labels[level].in_(lang))
    return line(t("level.custom", lang), " ", Money(amount))


def level_cell(scenario: Scenario, level: str, lang: str) -> Text:
    """An investment level in a table: its name (the amount has its own column)."""
    labels = scenario.investment.labels()
    return Text(labels[level].in_(lang) if level in labels else t("level.custom", lang))


def break_even_cell(entry: BreakEven, lang: str) -> Cell:
    """The highest recidivism at which the benefits reach the investment: a rate, any rate, or none."""
    if entry.at_any_recidivism:
        return Word("any", t("any_rate", lang))
    if entry.max_recidivism is None:
        return Word("none", t("no_rate", lang))
    return Rate(entry.max_recidivism)


def count_or_none(value: int | None, lang: str) -> Cell:
    return Word("none", t("none", lang)) if value is None else Count(value)


def whole_label(perspective: str, lang: str) -> str:
    """The column of society as a whole: the study's societal table, or the guideline's welfare."""
    return t("whole.study" if perspective == "study" else "whole.guideline", lang)


def budget_is_welfare(perspective: str) -> bool:
    """Under the welfare view the sum set against the investment is the welfare itself: views show it once, not twice."""
    return perspective == "societal"


def share(value: Decimal) -> Rate:
    """A share in whole percents, unless that would show 0 % or 100 % for one that is neither: then with as many
    decimals as it takes to show the difference (99.999 %), so that 'every draw' is never said of all but a few."""
    decimals = 0
    while 0 < value < 1 and decimals < 6 and (value * 100).quantize(Decimal(1).scaleb(-decimals)) in (0, 100):
        decimals += 1
    return Rate(value, decimals)


def decimals_needed(value: Decimal) -> int:
    """The decimals a number needs to be shown whole: 365 days, 12 months, but 182.5 as it is."""
    return max(0, -value.normalize().as_tuple().exponent)


def benefits_words(perspective: str, lang: str) -> str:
    """The benefits set against the investment, inside a sentence: 'gemeentelijke baten', 'baten voor Justitie en Veiligheid'."""
    if perspective == "study":
        return t("summary.benefits", lang)
    return t("summary.benefits.budget", lang, who=t(f"who.{perspective}", lang))


def budget_label(perspective: str, lang: str) -> str:
    """The column set against the investment: the study's municipal tables, or a payer's budget."""
    return t(f"budget.{perspective}", lang)


def part_label(part: str, lang: str) -> str:
    """A law or budget line: Wmo, Participatiewet, Overig as the study writes them; the guideline's 'other' in words."""
    return t("part.other", lang) if part == "other" else part
