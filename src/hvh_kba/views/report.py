"""`hvh-kba report`: what a report contains, independent of its format (HTML, Markdown, Excel).

A report is a list of blocks: section headings, plain-language paragraphs, views (the same the
commands show) and charts. The chart blocks carry their data; drawing them is the HTML renderer's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..core.funding import budget_flows, inhabitants, settle
from ..core.scenario import ScenarioResult, occupancy_curves
from ..core.sensitivity import Tornado
from ..core.verify import Check, summary, verify
from ..render import fmt
from ..render.i18n import t
from ..render.view import View
from ..schema.persona import LAWS
from .municipalities import municipalities_view
from .persona import persona_view
from .pricelist import pricelist_view
from .research import sensitivity_view
from .scenario import break_even_rate, level_label, published_rows, scenario_view
from .verify import verify_view

CURVE_RATES = (Decimal(0), Decimal("0.4"), Decimal("0.8"), Decimal(1))


@dataclass
class Block:
    kind: str  # "section", "paragraphs", "view", "chart"
    text: str = ""
    lines: list[str] = field(default_factory=list)
    view: View | None = None
    chart: dict[str, Any] | None = None


@dataclass
class Report:
    title: str
    subtitle: list[str]
    blocks: list[Block]
    lang: str
    # for the workbook: the results the sheets rebuild with formulas
    results: dict[str, ScenarioResult] = field(default_factory=dict)
    checks: list[Check] = field(default_factory=list)

    def views(self) -> list[View]:
        return [b.view for b in self.blocks if b.view is not None]


def build(session, scenario_ids: list[str], tornado: Tornado | None, context: list[str], version: str) -> Report:
    lang = session.lang
    evaluation = session.evaluation
    study = session.study()
    checks = verify(study.published, study.errata, evaluation)
    results = {sid: evaluation.scenario(sid) for sid in scenario_ids}
    main = results[scenario_ids[0]]
    blocks: list[Block] = [Block("section", t("report.summary", lang)), Block("paragraphs", lines=_summary(main, checks, lang))]

    # (a) break-even: municipal benefits against occupancy
    personas = evaluation.personas(session.dataset.pricelist_for(main.scenario))
    curves = occupancy_curves(personas, main.mix, main.scenario.capacity, CURVE_RATES, evaluation.assumptions)
    blocks.append(
        Block(
            "chart",
            text=t("chart.break_even_caption", lang),
            chart={
                "kind": "break_even",
                "title": t("chart.break_even", lang, scenario=main.scenario.name.in_(lang)),
                "lines": [(fmt.rate(rate, lang), list(range(len(values))), values) for rate, values in curves.items()],
                "levels": [(level_label(level, lang, amount), amount) for level, amount in main.investments.items()],
            },
        )
    )
    blocks.append(Block("section", t("report.scenarios", lang)))
    for sid, result in results.items():
        view = scenario_view(
            result, [c for c in checks if c.figure.of.scenario == sid], lang=lang, default_run=session.default_run,
            show_published=True, context=[], personas=session.persona_names(),
        )
        blocks.append(Block("view", view=view))
    ordered = sorted(session.dataset.scenarios.values(), key=lambda s: s.participants)
    everything = {s.id: evaluation.scenario(s.id) for s in ordered}
    laws = [law for law in LAWS if any(r.municipal_by_law[law].at(0) for r in everything.values())]
    rate = main.rows[0].rate
    blocks.append(
        Block(
            "chart",
            text=t("chart.by_law_caption", lang, rate=fmt.rate(rate, lang)),
            chart={
                "kind": "by_law",
                "title": t("chart.by_law", lang, rate=fmt.rate(rate, lang)),
                "scenarios": [r.scenario.name.in_(lang) for r in everything.values()],
                "societal": [r.societal.at(rate) for r in everything.values()],
                "laws": {law: [r.municipal_by_law[law].at(rate) for r in everything.values()] for law in laws},
            },
        )
    )
    if tornado is not None:
        blocks.append(Block("section", t("report.sensitivity", lang)))
        blocks.append(Block("view", view=sensitivity_view(tornado, main.scenario.name.in_(lang), "decided", lang=lang, context=[], top=12)))
        top = tornado.swings[:12]
        blocks.append(
            Block(
                "chart",
                text=t("chart.tornado_caption", lang),
                chart={
                    "kind": "tornado",
                    "title": t("chart.tornado", lang, scenario=main.scenario.name.in_(lang)),
                    "names": [s.name if s.kind in ("range", "spread") else t(f"parameter.{s.name}", lang) for s in top],
                    "lows": [s.at_low.municipal for s in top],
                    "highs": [s.at_high.municipal for s in top],
                    "base": tornado.base.municipal,
                },
            )
        )
    twente = session.dataset.twente()
    if twente is not None:
        blocks.append(Block("section", t("report.municipalities", lang)))
        funding = next((f for f in twente.funding if f.id == "besloten"), twente.funding[0])
        mine = settle(twente, funding.id, personas, main.allocation, Decimal(1), inhabitants(twente), evaluation.assumptions)
        blocks.append(
            Block(
                "view",
                view=municipalities_view(
                    twente, funding, mine, budget_flows(twente, mine), [], scenario_name=main.scenario.name.in_(lang).lower(),
                    basis=t("basis.minimum", lang), key_label=t("key.inhabitants", lang), lang=lang,
                    default_run=session.default_run, context=[],
                ),
            )
        )
    blocks.append(Block("section", t("report.personas", lang)))
    for pid in session.persona_names():
        result = evaluation.persona(pid)
        own = [c for c in checks if c.figure.of.persona == pid]
        blocks.append(Block("view", view=persona_view(result, own, lang=lang, default_run=session.default_run, context=[])))
    blocks.append(Block("section", t("report.pricelist", lang)))
    pricelist = session.dataset.pricelist_for(main.scenario)
    blocks.append(Block("view", view=pricelist_view(pricelist, pricelist.items, lang=lang, context=[])))
    blocks.append(Block("section", t("report.verify", lang)))
    blocks.append(Block("view", view=verify_view(checks, len(study.errata.remarks), lang=lang, context=[], statuses={"erratum", "unexplained"})))
    title = t("report.title", lang)
    subtitle = [t("report.subtitle", lang, scenario=main.scenario.name.in_(lang), version=version), *context]
    return Report(title, subtitle, blocks, lang, results, checks)


def _summary(result: ScenarioResult, checks: list[Check], lang: str) -> list[str]:
    """The scenario in plain words, against the decided contribution and the study's range."""
    levels = {b.level: b for b in result.break_even}
    decided, maximum = levels.get("decided"), levels.get("max")
    counts = summary(checks)
    rows = {row.rate: row for row in result.rows}
    low_rate, high_rate = min(rows), max(rows)
    published = published_rows(checks, result.scenario.id)
    lines = [
        t("summary.minimum", lang, n=result.participants, minimum=fmt.eur(result.minimum, lang),
          wmo=fmt.pct(result.minimum_share("Wmo"), lang), pw=fmt.pct(result.minimum_share("Participatiewet"), lang)),
    ]
    if decided is not None:
        word = t("summary.more" if decided.surplus >= 0 else "summary.less", lang)
        lines.append(t("summary.decided", lang, decided=fmt.eur(decided.investment, lang), ratio=fmt.pct(decided.ratio * 100, lang),
                       surplus=fmt.eur(abs(decided.surplus), lang), word=word, n=decided.min_participants))
    if maximum is not None:
        lines.append(t("summary.maximum", lang, maximum=fmt.eur(maximum.investment, lang), rate=break_even_rate(maximum, lang)))
    soc_low, soc_high = rows[high_rate].societal, rows[low_rate].societal
    pub_low = published.get(("societal", high_rate))
    lines.append(
        t("summary.societal", lang, low=fmt.eur(soc_low, lang), high=fmt.eur(soc_high, lang), high_rate=fmt.rate(high_rate, lang),
          low_rate=fmt.rate(low_rate, lang), published=fmt.eur(pub_low.figure.published, lang) if pub_low else "-")
    )
    lines.append(t("summary.verify", lang, total=len(checks), **counts))
    return lines
