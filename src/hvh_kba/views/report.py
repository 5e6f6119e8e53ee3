"""`hvh-kba report`: what a report shows, independent of its format (HTML, Markdown, PDF; the workbook has its own).

A report is a list of blocks: section headings, plain-language paragraphs, views (the same the
commands show) and charts. The chart blocks carry their data as numbers; drawing them is the HTML
renderer's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..api._report import ReportContent
from ..i18n import t
from .common import benefits_words, budget_is_welfare, budget_label, context_lines, level_label, part_label, whole_label
from .model import Count, Line, Money, Rate, View, line, phrase
from .municipalities import municipalities_view
from .persona import persona_view
from .pricelist import pricelist_view
from .research import sensitivity_view, swing_label
from .scenario import scenario_view
from .verify import counts as verify_counts
from .verify import verify_view


@dataclass
class Block:
    kind: str  # "section", "paragraphs", "view", "chart"
    text: str = ""
    lines: list[Line] = field(default_factory=list)
    view: View | None = None
    chart: dict[str, Any] | None = None


@dataclass
class Report:
    title: str
    subtitle: list[Line]
    blocks: list[Block]
    lang: str

    def views(self) -> list[View]:
        return [b.view for b in self.blocks if b.view is not None]


def build(content: ReportContent, lang: str) -> Report:
    main = content.main.result
    blocks: list[Block] = [Block("section", t("report.summary", lang)), Block("paragraphs", lines=_summary(content, lang))]
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
        "title": words("chart.break_even", scenario=main.scenario.name.in_(lang)),
        "ylabel": t("chart.municipal_benefits", lang) if study else capital(words("chart.benefits_axis")),
        "lines": [(rate, list(range(len(values))), list(values)) for rate, values in content.curves.items()],
        "levels": [(level_label(main.scenario, level, lang, amount), amount) for level, amount in main.investments.items()],
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
    if content.sensitivity is not None:
        tornado = content.sensitivity.tornado
        blocks.append(Block("section", t("report.sensitivity", lang)))
        blocks.append(Block("view", view=sensitivity_view(content.sensitivity, lang, top=12, with_context=False)))
        top = tornado.swings[:12]
        blocks.append(Block("chart", text=capital(words("chart.tornado_caption")), chart={
            "kind": "tornado",
            "title": words("chart.tornado", scenario=main.scenario.name.in_(lang)),
            "xlabel": t("chart.municipal_net", lang) if study else capital(words("chart.net_axis")),
            "names": [swing_label(s, lang) for s in top],
            "lows": [s.at_low.municipal for s in top],
            "highs": [s.at_high.municipal for s in top],
            "base": tornado.base.municipal,
        }))
    if content.settlement is not None:
        blocks.append(Block("section", t("report.municipalities", lang)))
        blocks.append(Block("view", view=municipalities_view(content.settlement, lang, with_context=False)))
    blocks.append(Block("section", t("report.personas", lang)))
    for report in content.personas:
        blocks.append(Block("view", view=persona_view(report, lang, with_context=False)))
    blocks.append(Block("section", t("report.pricelist", lang)))
    blocks.append(Block("view", view=pricelist_view(content.pricelist, lang)))
    blocks.append(Block("section", t("report.verify", lang)))
    blocks.append(Block("view", view=verify_view(content.verification, lang, statuses={"erratum", "unexplained"}, with_context=False)))
    subtitle = [line(t("report.subtitle", lang, scenario=main.scenario.name.in_(lang), version=content.version)),
                *context_lines(content.context, lang)]
    return Report(t("report.title", lang), subtitle, blocks, lang)


def _summary(content: ReportContent, lang: str) -> list[Line]:
    """The scenario in plain words, against the decided contribution and the study's range."""
    report = content.main
    result = report.result
    levels = {b.level: b for b in result.break_even}
    decided, maximum = levels.get("decided"), levels.get("max")
    counts = content.verification.counts
    rows = {row.rate: row for row in result.rows}
    low_rate, high_rate = min(rows), max(rows)
    study = result.perspective.is_study
    who = None if study else t(f"who.{result.perspective.id}", lang)
    benefits = benefits_words(result.perspective.id, lang)
    if study:
        lines = [phrase(t("summary.minimum", lang), n=Count(result.participants), minimum=Money(result.minimum),
                        wmo=Rate(result.minimum_share("Wmo"), 0), pw=Rate(result.minimum_share("Participatiewet"), 0))]
    else:
        parts: list = []
        for i, part in enumerate(result.minimum_by_law):
            parts += [" (" if i == 0 else ", ", Rate(result.minimum_share(part), 0), f" {part_label(part, lang)}"]
        lines = [phrase(t("summary.minimum.budget", lang), n=Count(result.participants), who=who, minimum=Money(result.minimum),
                        parts=tuple(parts + [")"] if parts else []))]
    if decided is not None:
        word = t("summary.more" if decided.surplus >= 0 else "summary.less", lang)
        sentence = phrase(t("summary.decided", lang), decided=Money(decided.investment), ratio=Rate(decided.ratio, 0),
                          surplus=Money(abs(decided.surplus)), word=word)
        if decided.min_participants is not None:
            reach = phrase(t("summary.from", lang), n=Count(decided.min_participants), benefits=benefits)
        else:  # no occupancy the facility has reaches it: never 'from 0 participants'
            reach = phrase(t("summary.from_none", lang), capacity=Count(result.scenario.capacity), benefits=benefits)
        lines.append(sentence + (" ",) + reach)
    if maximum is not None:
        kind = "any" if maximum.at_any_recidivism else "none" if maximum.max_recidivism is None else None
        words = t(f"summary.maximum.{kind}" if kind else "summary.maximum", lang)
        rate = Rate(maximum.max_recidivism) if kind is None else ""
        lines.append(phrase(words, maximum=Money(maximum.investment), rate=rate, benefits=benefits))
    if study:
        pub_low = report.published.get(("societal", high_rate))
        lines.append(phrase(
            t("summary.societal", lang), low=Money(rows[high_rate].societal), high=Money(rows[low_rate].societal),
            high_rate=Rate(high_rate), low_rate=Rate(low_rate), published=Money(pub_low.figure.published) if pub_low else "-",
        ))
    else:
        lines.append(phrase(t("summary.societal.guideline", lang), low=Money(rows[high_rate].societal),
                            high=Money(rows[low_rate].societal), high_rate=Rate(high_rate)))
    lines.append(phrase(t("summary.verify", lang), total=Count(len(content.verification.checks)), **verify_counts(counts)))
    return lines
