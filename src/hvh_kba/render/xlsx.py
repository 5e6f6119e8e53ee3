"""The report as an Excel workbook whose totals are formulas, so an advisor can change a price and
see the totals follow.

Sheets: Parameters (null alternative, deadweight, drop-out), Prijslijst (the price list), one sheet
per persona (every line: price as a reference to the price list, quantity, amount = price x
quantity; totals by SUMIFS), one per scenario (participants, benefits at each recidivism rate and
the municipal minimum by law, as formulas on the persona totals), and Gepubliceerd (the published
figures and their status). openpyxl cannot store the value of a formula, so after writing, the
value hvh-kba computes is put beside every formula (`<v>`), and Excel recomputes on opening.
"""

from __future__ import annotations

import re
import zipfile
from decimal import Decimal
from pathlib import Path

from ..core.persona import PersonaResult, list_price
from ..schema.persona import LAWS
from .i18n import t

EUR = '"€" #,##0'
EUR_CENTS = '"€" #,##0.00'
PCT = "0%"
LINK = {"approach": "aanpak", "recidivism": "recidive"}


class Sheet:
    """An openpyxl sheet plus the values hvh-kba computes for its formula cells."""

    def __init__(self, workbook, title: str):
        self.ws = workbook.create_sheet(title)
        self.title = title
        self.cached: dict[str, float] = {}

    def put(self, ref: str, value, number_format: str | None = None, cached=None, bold: bool = False) -> None:
        cell = self.ws[ref]
        cell.value = float(value) if isinstance(value, Decimal) else value
        if number_format:
            cell.number_format = number_format
        if bold:
            from openpyxl.styles import Font

            cell.font = Font(bold=True)
        if cached is not None:
            self.cached[ref] = float(cached)

    def ref(self, cell: str) -> str:
        """An absolute reference to a cell of this sheet, for formulas on other sheets."""
        column, row = re.match(r"([A-Z]+)(\d+)", cell).groups()
        return f"'{self.title}'!${column}${row}"


def write_workbook(report, session, path: Path) -> None:
    from openpyxl import Workbook

    lang = report.lang
    evaluation = session.evaluation
    assumptions = evaluation.assumptions
    workbook = Workbook()
    workbook.remove(workbook.active)
    sheets: list[Sheet] = []

    params = Sheet(workbook, t("xlsx.parameters", lang))
    sheets.append(params)
    params.put("A1", t("xlsx.parameters", lang), bold=True)
    for row, (key, value) in enumerate((("baseline", assumptions.baseline), ("deadweight", assumptions.deadweight),
                                        ("dropout", assumptions.dropout)), start=2):
        params.put(f"A{row}", t(f"xlsx.param.{key}", lang))
        params.put(f"B{row}", value, PCT)
    R0, DW, DO = params.ref("B2"), params.ref("B3"), params.ref("B4")

    main = next(iter(report.results.values()))
    pricelist = session.dataset.pricelist_for(main.scenario)
    personas = evaluation.personas(pricelist)
    prices = Sheet(workbook, t("xlsx.pricelist", lang))
    sheets.append(prices)
    headers = ["id", t("item", lang), t("price", lang), t("low", lang), t("high", lang), t("unit", lang), t("payer", lang),
               t("xlsx.transfer", lang), t("source", lang)]
    for column, header in zip("ABCDEFGHI", headers):
        prices.put(f"{column}1", header, bold=True)
    price_row: dict[str, int] = {}
    for row, item in enumerate(pricelist.items, start=2):
        price_row[item.id] = row
        listed = list_price(item, assumptions, pricelist.year_of(item))
        values = [item.id, item.label, listed, item.low, item.high, item.unit_text, item.payer,
                  t("yes", lang) if item.transfer else "", f"{item.sources[0].where}, r. {item.sources[0].line}"]
        for column, value in zip("ABCDEFGHI", values):
            prices.put(f"{column}{row}", value, EUR if column in "CDE" else None)

    totals: dict[str, dict[str, str]] = {}
    for pid in session.persona_names():
        sheet = Sheet(workbook, session.dataset.personas[pid].name)
        sheets.append(sheet)
        totals[pid] = _persona_sheet(sheet, personas[pid], prices, price_row, lang)

    for result in report.results.values():
        sheet = Sheet(workbook, result.scenario.name.in_(lang)[:31])
        sheets.append(sheet)
        _scenario_sheet(sheet, result, totals, session.persona_names(), (R0, DW, DO), lang)

    published = Sheet(workbook, t("xlsx.published", lang))
    sheets.append(published)
    for column, header in zip("ABCDEFG", ["id", t("source", lang), t("published", lang), t("model", lang), t("delta", lang),
                                          t("status", lang), t("erratum", lang)]):
        published.put(f"{column}1", header, bold=True)
    for row, check in enumerate(report.checks, start=2):
        values = [check.figure.id, f"{check.group.where}, r. {check.figure.line}", check.figure.published, check.model,
                  check.delta, t(f"status.{check.status}", lang), check.erratum.id if check.erratum else ""]
        for column, value in zip("ABCDEFG", values):
            published.put(f"{column}{row}", value)

    for sheet in sheets:
        for column in sheet.ws.columns:
            width = max(len(str(c.value)) if c.value is not None and not str(c.value).startswith("=") else 10 for c in column)
            sheet.ws.column_dimensions[column[0].column_letter].width = min(max(width + 2, 8), 60)
    workbook.calculation.fullCalcOnLoad = True  # Excel and LibreOffice recompute when the file is opened
    workbook.save(path)
    _store_values(path, sheets)


def _persona_sheet(sheet: Sheet, result: PersonaResult, prices: Sheet, price_row: dict[str, int], lang: str) -> dict[str, str]:
    """The persona's lines and their totals; returns the total cells by name, for the scenario sheets."""
    headers = ["id", t("item", lang), t("xlsx.section", lang), t("link", lang), t("xlsx.societal_flag", lang),
               t("xlsx.municipal_flag", lang), t("law", lang), t("unit_price", lang), t("quantity", lang), t("amount", lang)]
    for column, header in zip("ABCDEFGHIJ", headers):
        sheet.put(f"{column}1", header, bold=True)
    lines = list(result.costs) + list(result.benefits)
    for row, priced in enumerate(lines, start=2):
        section = "kosten" if row - 2 < len(result.costs) else "baten"
        sheet.put(f"A{row}", priced.line.id)
        sheet.put(f"B{row}", priced.line.label)
        sheet.put(f"C{row}", section)
        sheet.put(f"D{row}", LINK.get(priced.link, ""))
        sheet.put(f"E{row}", 1 if priced.line.societal else 0)
        sheet.put(f"F{row}", 1 if priced.law else 0)
        sheet.put(f"G{row}", priced.law or "")
        if priced.deviates:  # the table's own price: a value, not the price list's
            sheet.put(f"H{row}", priced.unit_price, EUR)
        else:
            sheet.put(f"H{row}", f"={prices.ref(f'C{price_row[priced.line.item]}')}", EUR, cached=priced.unit_price)
        sheet.put(f"I{row}", priced.units)
        sheet.put(f"J{row}", f"=H{row}*I{row}", EUR, cached=priced.amount)
    last = len(lines) + 1
    span = {c: f"${c}$2:${c}${last}" for c in "CDEFGJ"}

    def sumifs(*criteria: tuple[str, str]) -> str:
        return "=SUMIFS(" + ",".join([span["J"]] + [f'{span[c]},{value}' for c, value in criteria]) + ")"

    rows = [
        ("costs_societal", t("xlsx.costs_societal", lang), sumifs(("C", '"kosten"'), ("E", "1")), result.total("costs", "societal")),
        ("costs_municipal", t("xlsx.costs_municipal", lang), sumifs(("C", '"kosten"'), ("F", "1")), result.total("costs", "municipal")),
    ]
    for perspective, flag in (("societal", "E"), ("municipal", "F")):
        for link in ("approach", "recidivism"):
            rows.append((f"{perspective}_{link}", t(f"xlsx.benefits_{perspective}_{link}", lang),
                         sumifs(("C", '"baten"'), (flag, "1"), ("D", f'"{LINK[link]}"')),
                         result.total("benefits", perspective, link=link)))
    for law in LAWS:
        for link in ("approach", "recidivism"):
            rows.append((f"{law}_{link}", t(f"xlsx.benefits_law_{link}", lang, law=law),
                         sumifs(("C", '"baten"'), ("G", f'"{law}"'), ("D", f'"{LINK[link]}"')),
                         result.total("benefits", "municipal", law, link)))
    cells = {}
    sheet.put("L1", t("total", lang), bold=True)
    for row, (name, label, formula, value) in enumerate(rows, start=2):
        sheet.put(f"L{row}", label)
        sheet.put(f"M{row}", formula, EUR, cached=value)
        cells[name] = sheet.ref(f"M{row}")
    return cells


def _scenario_sheet(sheet: Sheet, result, totals, names: dict[str, str], params: tuple[str, str, str], lang: str) -> None:
    R0, DW, DO = params
    sheet.put("A1", f"{result.scenario.name.in_(lang)}: {result.participants} {t('participants', lang)}", bold=True)
    sheet.put("A3", t("persona", lang), bold=True)
    sheet.put("B3", t("participants", lang).capitalize(), bold=True)
    count_cell = {}
    for row, pid in enumerate([p for p in names if p in result.allocation], start=4):
        sheet.put(f"A{row}", names[pid])
        sheet.put(f"B{row}", result.allocation[pid])
        count_cell[pid] = f"$B${row}"

    def benefits(perspective: str, rate_cell: str, law: str | None = None) -> str:
        terms = []
        for pid, count in count_cell.items():
            cells = totals[pid]
            approach = cells[f"{law}_approach" if law else f"{perspective}_approach"]
            recidivism = cells[f"{law}_recidivism" if law else f"{perspective}_recidivism"]
            terms.append(f"{count}*({approach}*(1-{DW})*(1-{DO})+{recidivism}*(1-{DO})*({R0}-{rate_cell}))")
        return "=" + "+".join(terms)

    start = 5 + len(count_cell)
    for column, header in zip("ABC", [t("recidivism", lang), t("societal", lang), t("municipal", lang)]):
        sheet.put(f"{column}{start}", header, bold=True)
    for i, row in enumerate(result.rows, start=start + 1):
        sheet.put(f"A{i}", row.rate, PCT)
        sheet.put(f"B{i}", benefits("societal", f"$A{i}"), EUR, cached=row.societal)
        sheet.put(f"C{i}", benefits("municipal", f"$A{i}"), EUR, cached=row.municipal)
    first = start + 2 + len(result.rows)
    sheet.put(f"A{first}", t("minimum_title", lang), bold=True)
    sheet.put(f"E{first}", 1, PCT)  # 100 % recidivism: the municipal minimum under the study's assumptions
    sheet.put(f"D{first}", t("recidivism", lang))
    law_rows = []
    for row, law in enumerate([law for law in LAWS if result.municipal_by_law[law].approach], start=first + 1):
        sheet.put(f"A{row}", law)
        sheet.put(f"B{row}", benefits("municipal", f"$E${first}", law), EUR, cached=result.municipal_by_law[law].at(Decimal(1)))
        law_rows.append(row)
    total_row = first + 1 + len(law_rows)
    sheet.put(f"A{total_row}", t("total", lang), bold=True)
    sheet.put(f"B{total_row}", f"=SUM(B{law_rows[0]}:B{law_rows[-1]})", EUR, cached=result.municipal.at(Decimal(1)), bold=True)
    inv = total_row + 2
    sheet.put(f"A{inv}", t("investment_title", lang), bold=True)
    levels = result.investments
    for offset, (level, amount) in enumerate(levels.items(), start=1):
        row = inv + offset
        sheet.put(f"A{row}", t(f"level.{level}", lang) if level in ("decided", "min", "max") else level)
        sheet.put(f"B{row}", amount, EUR)
        sheet.put(f"C{row}", f"=$B${total_row}/B{row}", PCT, cached=result.municipal.at(Decimal(1)) / amount if amount else None)
        sheet.put(f"D{row}", f"=$B${total_row}-B{row}", EUR, cached=result.municipal.at(Decimal(1)) - amount)
    sheet.put(f"C{inv}", t("ratio", lang), bold=True)
    sheet.put(f"D{inv}", t("surplus", lang), bold=True)


def _store_values(path: Path, sheets: list[Sheet]) -> None:
    """Write each formula's computed value into the file, so readers that do not recompute see it too."""
    with zipfile.ZipFile(path) as source:
        files = {name: source.read(name) for name in source.namelist()}
    for number, sheet in enumerate(sheets, start=1):
        name = f"xl/worksheets/sheet{number}.xml"
        xml = files[name].decode("utf-8")

        def fill(match: re.Match, cached: dict[str, float] = sheet.cached) -> str:
            value = cached.get(match.group(1))
            return match.group(0) if value is None else match.group(0).replace("<v />", f"<v>{value!r}</v>")

        files[name] = re.sub(r'<c r="([A-Z]+\d+)"[^>]*><f>[^<]*</f><v />', fill, xml).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in files.items():
            target.writestr(name, data)
