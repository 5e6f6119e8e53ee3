"""`hvh-kba report`: what a report shows, independent of its format (HTML, Markdown, PDF; the workbook has its own).

A report is a list of blocks: section headings, plain-language paragraphs, views (the same the
commands show) and charts. The chart blocks carry their data as numbers; drawing them is the HTML
renderer's.
"""

from __future__ import annotations

from dataclasses import field
from decimal import Decimal
from typing import Any

from ..api._report import ReportContent
from ..i18n import t
from ..record import record
from .common import (
    benefits_words, break_even_cell, budget_is_welfare, budget_label, context_lines, count_or_none, level_label, part_label,
    whole_label,
)
from .model import Count, Line, Money, Rate, View, line, phrase
from .municipalities import municipalities_view
from .persona import persona_view
from .pricelist import pricelist_view
from .research import sensitivity_view, swing_label
from .scenario import scenario_view
from .verify import counts as verify_counts
from .verify import remarks_view, verify_view


@record(frozen=False)
class Block:
    kind: str  # "section", "subsection", "paragraphs", "view", "chart"
    text: str = ""
    lines: list[Line] = field(default_factory=list)
    view: View | None = None
    chart: dict[str, Any] | None = None


@record(frozen=False)
class Report:
    title: str
    subtitle: list[Line]
    blocks: list[Block]
    lang: str

    def views(self) -> list[View]:
        return [b.view for b in self.blocks if b.view is not None]


def build(content: ReportContent, lang: str) -> Report:
    main = content.main.result
    several = len(content.scenarios) > 1
    blocks: list[Block] = [Block("section", t("report.summary", lang))]
    for report in content.scenarios:  # each scenario in plain words
        if several:
            blocks.append(Block("subsection", report.result.scenario.name.in_(lang)))
        blocks.append(Block("paragraphs", lines=_summary(report, lang)))
    if several:
        blocks.append(Block("paragraphs", lines=[_verified(content, lang)]))
    else:
        blocks[-1].lines.append(_verified(content, lang))
    if content.whatif is not None:
        blocks.append(Block("whatif", t("whatif.title", lang), chart=whatif_spec(content.whatif, lang)))
    perspective = main.perspective.id
    study = perspective == "study"

    def words(key: str, **values) -> str:
        """A chart's words: the study's municipal ones, or the same naming the perspective's budget."""
        return t(key, lang, **values) if study else t(f"{key}.budget", lang, who=t(f"who.{perspective}", lang), **values)

    def capital(text: str) -> str:
        return text[:1].upper() + text[1:]

    # (a) break-even: the budget's benefits against occupancy
    blocks.append(Block("chart", text=capital(words("chart.break_even_caption")), chart={
        "kind": "break_even",
        "title": words("chart.break_even", scenario=", ".join(r.result.scenario.name.in_(lang) for r in content.scenarios)),
        "ylabel": t("chart.municipal_benefits", lang) if study else capital(words("chart.benefits_axis")),
        "lines": [(rate, list(range(len(values))), list(values)) for rate, values in content.curves.items()],
        "levels": [(level_label(main.scenario, level, lang, amount), amount) for level, amount in main.investments.items()],
        # the scenarios' own occupancies, marked on the curves (they share mix and capacity: one chart serves all)
        "markers": [(r.result.scenario.name.in_(lang), r.result.participants) for r in content.scenarios],
    }))
    blocks.append(Block("section", t("report.scenarios", lang)))
    for report in content.scenarios:
        blocks.append(Block("view", view=scenario_view(report, lang, with_context=False)))
    everything = content.everything
    rate = main.rows[0].rate
    laws = list(dict.fromkeys(law for r in everything for law, split in r.municipal_by_law.items() if split.at(Decimal(0))))
    budget = t("municipal", lang) if study else budget_label(perspective, lang)
    parts = ({f"{budget}: {part_label(law, lang)}": [r.municipal_by_law[law].at(rate) for r in everything] for law in laws}
             or {budget: [r.municipal.at(rate) for r in everything]})  # a budget without laws is one bar
    once = budget_is_welfare(perspective)  # the welfare is the budget: one bar, not the same one twice
    whole = None if once else (t("societal", lang) if study else whole_label(perspective, lang), [r.societal.at(rate) for r in everything])
    caption = "chart.by_law_caption" if study else "chart.by_law_caption.welfare" if once else "chart.by_law_caption.budget"
    who = "" if study else t(f"who.{perspective}", lang)
    blocks.append(Block("chart", text=phrase(t(caption, lang), rate=Rate(rate), who=who), chart={
        "kind": "by_law",
        "title": phrase(t("chart.by_law", lang), rate=Rate(rate)),
        "scenarios": [r.scenario.name.in_(lang) for r in everything],
        "whole": whole,
        "parts": parts,
    }))
    tornadoes = [s for s in content.sensitivities if s is not None]
    if tornadoes:
        blocks.append(Block("section", t("report.sensitivity", lang)))
    for research in tornadoes:  # each scenario's own: its participants change what weighs most
        tornado = research.tornado
        blocks.append(Block("view", view=sensitivity_view(research, lang, top=12, with_context=False)))
        top = tornado.swings[:12]
        blocks.append(Block("chart", text=capital(words("chart.tornado_caption")), chart={
            "kind": "tornado",
            "title": words("chart.tornado", scenario=research.scenario.name.in_(lang)),
            "xlabel": t("chart.municipal_net", lang) if study else capital(words("chart.net_axis")),
            "names": [swing_label(s, lang, research.labels) for s in top],
            "lows": [s.at_low.municipal for s in top],
            "highs": [s.at_high.municipal for s in top],
            "base": tornado.base.municipal,
        }))
    settlements = [s for s in content.settlements if s is not None]
    if settlements:
        blocks.append(Block("section", t("report.municipalities", lang)))
    for settlement in settlements:
        blocks.append(Block("view", view=municipalities_view(settlement, lang, with_context=False, titled=several)))
    blocks.append(Block("section", t("report.personas", lang)))
    for report in content.personas:
        blocks.append(Block("view", view=persona_view(report, lang, with_context=False)))
    blocks.append(Block("section", t("report.pricelist", lang)))
    blocks.append(Block("view", view=pricelist_view(content.pricelist, lang)))
    blocks.append(Block("section", t("report.verify", lang)))
    blocks.append(Block("view", view=verify_view(content.verification, lang, statuses={"erratum", "unexplained", "changed-input"},
                                                 with_context=False, remarks_below=True)))
    blocks.append(Block("view", view=remarks_view(content.verification, lang)))
    names = ", ".join(r.result.scenario.name.in_(lang) for r in content.scenarios)
    subtitle = [line(t("report.subtitle", lang, scenario=names, version=content.version)),
                *context_lines(content.context, lang)]
    return Report(t("report.title", lang), subtitle, blocks, lang)


def _summary(report, lang: str) -> list[Line]:
    """One scenario in plain words, against the decided contribution and the study's range."""
    result = report.result
    levels = {b.level: b for b in result.break_even}
    decided, maximum = levels.get("decided"), levels.get("max")
    rows = {row.rate: row for row in result.rows}
    low_rate, high_rate = min(rows), max(rows)
    study = result.perspective.is_study
    who = None if study else t(f"who.{result.perspective.id}", lang)
    benefits = benefits_words(result.perspective.id, lang)
    parts: list = []
    for i, part in enumerate(result.minimum_by_law):  # the laws or budget lines the minimum rests on, if any
        parts += [" (" if i == 0 else ", ", Rate(result.minimum_share(part), 0), f" {part_label(part, lang)}"]
    values = {"participants": participants(result.participants, lang), "minimum": Money(result.minimum),
              "parts": tuple(parts + [")"] if parts else [])}
    lines = [phrase(t("summary.minimum", lang), **values) if study else phrase(t("summary.minimum.budget", lang), who=who, **values)]
    if decided is not None and decided.investment:
        if decided.surplus == 0:
            sentence = phrase(t("summary.decided.equal", lang), decided=Money(decided.investment))
        else:
            word = t("summary.more" if decided.surplus > 0 else "summary.less", lang)
            sentence = phrase(t("summary.decided", lang), decided=Money(decided.investment), ratio=Rate(decided.ratio, 0),
                              surplus=Money(abs(decided.surplus)), word=word)
        if decided.min_participants is None:  # no occupancy the facility has reaches it: never 'from 0 participants'
            reach = phrase(t("summary.from_none", lang), capacity=Count(result.scenario.capacity), benefits=benefits)
        elif decided.min_participants == 0:
            reach = phrase(t("summary.from_any", lang), benefits=benefits)
        else:
            reach = phrase(t("summary.from", lang), participants=participants(decided.min_participants, lang), benefits=benefits)
        lines.append(sentence + (" ",) + reach)
    if maximum is not None:
        kind = "any" if maximum.at_any_recidivism else "none" if maximum.max_recidivism is None else None
        words = t(f"summary.maximum.{kind}" if kind else "summary.maximum", lang)
        rate = Rate(maximum.max_recidivism) if kind is None else ""
        lines.append(phrase(words, maximum=Money(maximum.investment), rate=rate, benefits=benefits))
    if study:
        pub_low = report.published.get(("societal", high_rate))
        words = "summary.societal" if pub_low else "summary.societal.unpublished"  # the study's table, when it has this row
        lines.append(phrase(
            t(words, lang), low=Money(rows[high_rate].societal), high=Money(rows[low_rate].societal),
            high_rate=Rate(high_rate), low_rate=Rate(low_rate), published=Money(pub_low.figure.published) if pub_low else "",
        ))
    else:
        lines.append(phrase(t("summary.societal.guideline", lang), low=Money(rows[high_rate].societal),
                            high=Money(rows[low_rate].societal), high_rate=Rate(high_rate)))
    return lines


def whatif_spec(whatif, lang: str) -> dict[str, Any]:
    """The panel's data: whole euros per perspective, occupancy and rate, and every break-even already in words: the
    page's script looks them up and formats euros, nothing more."""
    from ..core.perspectives import PERSPECTIVES
    from ..render import fmt

    scenario = whatif.scenario
    labels = scenario.investment.labels()
    levels = list(whatif.levels.items())
    return {
        "title": t("whatif.title", lang),
        "intro": t("whatif.intro", lang, scenario=scenario.name.in_(lang)),
        "words": {key: t(f"whatif.{key}", lang) for key in ("participants", "recidivism", "level", "perspective", "benefits", "net",
                                                           "break_even", "min_participants", "chart")},
        "thousands": fmt.SEPARATORS[lang][0], "euro": "€\u00a0" if lang == "nl" else "€",
        "capacity": scenario.capacity,
        "start": {"participants": scenario.participants, "rate": int((scenario.research.recidivism.expected() * 100).to_integral_value())
                  if scenario.research else 0},
        "levels": [{"id": level, "label": labels[level].in_(lang) if level in labels else level, "amount": int(amount)}
                   for level, amount in levels],
        "perspectives": [{"id": name, "budget": budget_label(name, lang), "whole": whole_label(name, lang)} for name in PERSPECTIVES],
        "budget": {name: [[int(fmt.whole(v)) for v in row] for row in rows] for name, rows in whatif.budget.items()},
        "whole": {name: [[int(fmt.whole(v)) for v in row] for row in rows] for name, rows in whatif.whole.items()},
        "break_even": {name: [[fmt.cell(break_even_cell(b, lang), lang) for b in row] for row in rows]
                       for name, rows in whatif.break_even.items()},
        "min_participants": {name: [fmt.cell(count_or_none(b.min_participants, lang), lang) for b in rows[0]]
                             for name, rows in whatif.break_even.items()},
    }


def participants(n: int, lang: str) -> Line:
    """'1 deelnemer', '20 deelnemers': a count of participants in a sentence."""
    return line(t("n_participants.one", lang)) if n == 1 else phrase(t("n_participants", lang), n=Count(n))


def _verified(content: ReportContent, lang: str) -> Line:
    """What the check of the published figures found: once, whatever the scenarios."""
    counts = content.verification.counts
    words = "summary.verify.changed" if counts.get("changed-input") else "summary.verify"
    return phrase(t(words, lang), total=Count(len(content.verification.checks)), **verify_counts(counts))
