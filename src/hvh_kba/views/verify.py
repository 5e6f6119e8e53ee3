"""`hvh-kba verify`: every published figure beside the model, grouped by source table."""

from __future__ import annotations

from decimal import Decimal

from ..api._verify import Verification
from ..core.verify import Check
from ..i18n import t
from .common import context_lines
from .model import Cell, Column, Count, Money, Rate, Text, View, Word, line, phrase


def counts(summary) -> dict[str, Count]:
    """The summary's counts as values for a sentence ({unexplained_known}: a placeholder cannot have a hyphen)."""
    return {status.replace("-", "_"): Count(n) for status, n in summary.items()}


def source(check: Check) -> str:
    group = check.group
    where = f"{group.where}, r. {check.figure.line}"
    return where if group.doc == "impactonderzoek-2024" else f"{group.doc}: {where}"


def figure_cell(value: Decimal | None, unit: str, signed: bool = False) -> Cell | None:
    """A published or computed figure in its unit: euros (cents where the figure has them), a percentage, a count."""
    if value is None:
        return None
    if unit == "eur":
        return Money(value, signed=signed, decimals=0 if value == value.to_integral_value() else 1)
    if unit == "percent":
        return Rate(value, None if value * 100 == (value * 100).to_integral_value() else 2, signed=signed)
    return Count(int(value))


def verify_view(report: Verification, lang: str, *, statuses: set[str] | None = None, with_context: bool = True,
                remarks_below: bool = False) -> View:
    """`remarks_below`: the remarks follow in the same document (the report), instead of pointing at the data file."""
    checks = report.checks
    data = {
        "figures": [
            {
                "id": c.figure.id,
                "source": source(c),
                "unit": c.figure.unit,
                "published": c.figure.published,
                "model": c.model,
                "delta": c.delta,
                "status": c.status,
                "erratum": c.erratum.id if c.erratum else None,
            }
            for c in checks
        ],
        "summary": dict(report.counts),
    }
    view = View(t("verify_title", lang), data)
    if with_context:
        view.lines += context_lines(report.context, lang)
    shown = [c for c in checks if statuses is None or c.status in statuses]
    columns = [
        Column("figure", t("figure", lang)),
        Column("line", t("line", lang)),
        Column("published", t("published", lang)),
        Column("model", t("model", lang)),
        Column("delta", t("delta", lang)),
        Column("status", t("status", lang)),
        Column("erratum", t("erratum", lang)),
    ]
    errata = list({c.erratum.id: c.erratum for c in checks if c.erratum}.values())
    numbers = {erratum.id: i for i, erratum in enumerate(errata, 1)}
    tables: dict[tuple[str, str], object] = {}
    for check in shown:
        group = check.group
        key = (group.where, group.title)
        if key not in tables:
            doc = "" if group.doc == "impactonderzoek-2024" else f" ({group.doc})"
            tables[key] = view.table(f"group-{len(tables) + 1}", f"{group.where}: {group.title}{doc}", columns)
        unit = check.figure.unit
        tables[key].add(
            check.figure.id,
            {
                "figure": Text(check.figure.id),
                "line": Count(check.figure.line, grouped=False),
                "published": figure_cell(check.figure.published, unit),
                "model": figure_cell(check.model, unit),
                "delta": figure_cell(check.delta, unit, signed=True),
                "status": Word(check.status, t(f"status.{check.status}", lang)),
                "erratum": Text(f"[{numbers[check.erratum.id]}]") if check.erratum else None,
            },
            {"published": f"({t('almost', lang)})" if check.figure.qualifier == "bijna" else ""},
        )
    if errata:
        view.note(t("errata_title", lang))
        for erratum in errata:
            view.note(line(f"[{numbers[erratum.id]}] {erratum.id}: {erratum.what.in_(lang)}"))
    view.note(phrase(t("remarks_note.below" if remarks_below else "remarks_note", lang), count=Count(len(report.remarks))))
    words = "verify_summary.changed" if report.counts.get("changed-input") else "verify_summary"
    view.note(phrase(t(words, lang), total=Count(len(checks)), **counts(report.counts)))
    return view


def remarks_view(report: Verification, lang: str) -> View:
    """The remarks on the source that change no figure, each with where it is: for the report, which must not send a
    councillor to a file inside the package."""
    view = View(t("remarks_title", lang), {"remarks": [{"id": r.id, "what": r.what.in_(lang)} for r in report.remarks]})
    table = view.table("remarks", "", [Column("remark", t("remark", lang), align="left"), Column("where", t("source", lang), align="left")])
    for remark in report.remarks:
        where = "; ".join(f"{ref.where}, r. {ref.line}" if ref.line else ref.where for ref in remark.sources)
        table.add(remark.id, {"remark": Text(remark.what.in_(lang)), "where": Text(where)})
    return view
