"""`hvh-kba verify`: every published figure beside the model, grouped by source table."""

from __future__ import annotations

from decimal import Decimal

from ..core.verify import Check, summary
from ..render.i18n import t
from ..render.view import Column, Table, View


def _ref(check: Check) -> str:
    group = check.group
    return f"{group.where}, r. {check.figure.line}" if group.doc == "impactonderzoek-2024" else f"{group.doc}: {group.where}, r. {check.figure.line}"


def verify_view(checks: list[Check], remarks: int, *, lang: str, context: list[str], statuses: set[str] | None) -> View:
    counts = summary(checks)
    data = {
        "figures": [
            {
                "id": c.figure.id,
                "source": _ref(c),
                "published": c.figure.published,
                "model": c.model,
                "delta": c.delta,
                "status": c.status,
                "erratum": c.erratum.id if c.erratum else None,
            }
            for c in checks
        ],
        "summary": counts,
    }
    view = View(t("verify_title", lang), data)
    view.lines += context
    shown = [c for c in checks if statuses is None or c.status in statuses]
    columns = [
        Column("id", t("figure", lang)),
        Column("line", t("line", lang), align="right"),
        Column("published", t("published", lang), align="right"),
        Column("model", t("model", lang), align="right"),
        Column("delta", t("delta", lang), align="right"),
        Column("status", t("status", lang)),
        Column("erratum", t("erratum", lang)),
    ]
    errata = list({c.erratum.id: c.erratum for c in checks if c.erratum}.values())
    numbers = {erratum.id: i for i, erratum in enumerate(errata, 1)}
    current = None
    table = None
    for check in shown:
        key = (check.group.where, check.group.title)
        if key != current:
            current = key
            doc = "" if check.group.doc == "impactonderzoek-2024" else f" ({check.group.doc})"
            table = view.table(f"{check.group.where}: {check.group.title}{doc}", columns)
        table.add(
            {
                "id": check.figure.id,
                "line": str(check.figure.line),
                "published": _number(check.figure.published, check.figure.unit, lang, check.figure.qualifier),
                "model": _number(check.model, check.figure.unit, lang),
                "delta": _number(check.delta, check.figure.unit, lang, signed=True),
                "status": t(f"status.{check.status}", lang),
                "erratum": f"[{numbers[check.erratum.id]}]" if check.erratum else "",
            }
        )
    # CSV gets one flat row per figure, with the JSON keys and exact numbers
    view.csv = Table("figures", [Column(k, k) for k in data["figures"][0]] if checks else [])
    for row in data["figures"]:
        view.csv.add(row)
    notes = []
    if errata:
        notes.append(t("errata_title", lang))
        notes += [f"[{numbers[e.id]}] {e.id}: {e.what_en if lang == 'en' else e.what}" for e in errata]
    notes.append(t("remarks_note", lang, count=remarks))
    notes.append(t("verify_summary", lang, total=len(checks), **counts))
    view.notes = notes
    return view


def _number(value: Decimal | None, unit: str, lang: str, qualifier: str | None = None, signed: bool = False) -> str:
    from ..render import fmt

    if value is None:
        return ""
    if unit == "eur":
        text = fmt.number(value, lang, 0 if value == fmt.whole(value) else 1)
    elif unit == "percent":
        text = fmt.pct(value, lang, 0 if value == fmt.whole(value) else 2)
    else:
        text = fmt.number(value, lang)
    if signed and value > 0:
        text = "+" + text
    return f"bijna {text}" if qualifier == "bijna" else text
