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
from ..schema.persona import LAWS
from .common import context_lines, level_label
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

    # (a) break-even: municipal benefits against occupancy
    blocks.append(Block("chart", text=t("chart.break_even_caption", lang), chart={
        "kind": "break_even",
        "title": t("chart.break_even", lang, scenario=main.scenario.name.in_(lang)),
        "lines": [(rate, list(range(len(values))), list(values)) for rate, values in content.curves.items()],
        "levels": [(level_label(main.scenario, level, lang, amount), amount) for level, amount in main.investments.items()],
    }))
    blocks.append(Block("section", t("report.scenarios", lang)))
    for report in content.scenarios:
        blocks.append(Block("view", view=scenario_view(report, lang, with_context=False)))
    everything = content.everything
    laws = [law for law in LAWS if any(r.municipal_by_law[law].at(Decimal(0)) for r in everything)]
    rate = main.rows[0].rate
    blocks.append(Block("chart", text=phrase(t("chart.by_law_caption", lang), rate=Rate(rate)), chart={
        "kind": "by_law",
        "title": phrase(t("chart.by_law", lang), rate=Rate(rate)),
        "scenarios": [r.scenario.name.in_(lang) for r in everything],
        "societal": [r.societal.at(rate) for r in everything],
        "laws": {law: [r.municipal_by_law[law].at(rate) for r in everything] for law in laws},
    }))
    if content.sensitivity is not None:
        tornado = content.sensitivity.tornado
        blocks.append(Block("section", t("report.sensitivity", lang)))
        blocks.append(Block("view", view=sensitivity_view(content.sensitivity, lang, top=12, with_context=False)))
        top = tornado.swings[:12]
        blocks.append(Block("chart", text=t("chart.tornado_caption", lang), chart={
            "kind": "tornado",
            "title": t("chart.tornado", lang, scenario=main.scenario.name.in_(lang)),
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
    lines = [
        phrase(t("summary.minimum", lang), n=Count(result.participants), minimum=Money(result.minimum),
               wmo=Rate(result.minimum_share("Wmo"), 0), pw=Rate(result.minimum_share("Participatiewet"), 0)),
    ]
    if decided is not None:
        word = t("summary.more" if decided.surplus >= 0 else "summary.less", lang)
        lines.append(phrase(t("summary.decided", lang), decided=Money(decided.investment), ratio=Rate(decided.ratio, 0),
                            surplus=Money(abs(decided.surplus)), word=word, n=Count(decided.min_participants or 0)))
    if maximum is not None:
        from .common import break_even_cell

        lines.append(phrase(t("summary.maximum", lang), maximum=Money(maximum.investment), rate=break_even_cell(maximum, lang)))
    pub_low = report.published.get(("societal", high_rate))
    lines.append(phrase(
        t("summary.societal", lang), low=Money(rows[high_rate].societal), high=Money(rows[low_rate].societal),
        high_rate=Rate(high_rate), low_rate=Rate(low_rate), published=Money(pub_low.figure.published) if pub_low else "-",
    ))
    lines.append(phrase(t("summary.verify", lang), total=Count(len(content.verification.checks)), **verify_counts(counts)))
    return lines
