"""The report as an Excel workbook whose totals are formulas, so an advisor can change a price and
see the totals follow.

Sheets: Parameters (null alternative, deadweight, drop-out, and the weights of the one benefit rule
computed from them), Prijslijst (the price list), one sheet per persona (every line: price as a
reference to the price list, quantity, amount = price x quantity; totals by SUMIFS), one per
scenario (participants, benefits at each recidivism rate and the municipal minimum by law, as
formulas on the persona totals), and Gepubliceerd (the published figures and their status).

The formulas are not written by hand: they come from core/rule.py's own functions, applied to
cell references instead of numbers (`Formula`), so the workbook computes what the core computes.
openpyxl cannot store the value of a formula, so after writing, the value hvh-kba computes is put
beside every formula (`<v>`), and Excel recomputes on opening. Text from the data is always
written as text, never as a formula.
"""

from __future__ import annotations

import re
import zipfile
from decimal import Decimal
from pathlib import Path

from ..api._report import ReportContent
from ..core import rule
from ..core.persona import PersonaResult, accounts
from ..core.perspectives import Perspective
from ..i18n import t
from ..views.common import budget_label, part_label, whole_label

EUR = '"€" #,##0'
PCT = "0%"
LINK = {"approach": "aanpak", "recidivism": "recidive"}
TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


class Formula:
    """Spreadsheet formula text that composes with + - x like numbers do, brackets where precedence needs them."""

    def __init__(self, text: str, precedence: int = 3):  # 3: a reference or number, 2: a product, 1: a sum
        self.text = text
        self.precedence = precedence

    @staticmethod
    def of(value) -> Formula:
        return value if isinstance(value, Formula) else Formula(str(value), 3 if str(value)[0] != "-" else 1)

    def _at(self, least: int) -> str:
        return self.text if self.precedence >= least else f"({self.text})"

    def __add__(self, other):
        return Formula(f"{self._at(1)}+{Formula.of(other)._at(1)}", 1)

    def __radd__(self, other):
        return Formula.of(other) + self

    def __sub__(self, other):
        return Formula(f"{self._at(1)}-{Formula.of(other)._at(2)}", 1)

    def __rsub__(self, other):
        return Formula.of(other) - self

    def __mul__(self, other):
        return Formula(f"{self._at(2)}*{Formula.of(other)._at(2)}", 2)

    def __rmul__(self, other):
        return Formula.of(other) * self


class Sheet:
    """An openpyxl sheet plus the values hvh-kba computes for its formula cells."""

    def __init__(self, workbook, title: str):
        self.ws = workbook.create_sheet(title)
        self.title = title
        self.cached: dict[str, float] = {}

    def put(self, ref: str, value, number_format: str | None = None, cached=None, bold: bool = False) -> None:
        """A number, or a formula (Formula, or text starting with '='), with the value hvh-kba computes for it."""
        cell = self.ws[ref]
        cell.value = float(value) if isinstance(value, Decimal) else ("=" + value.text if isinstance(value, Formula) else value)
        self._style(cell, number_format, bold)
        if cached is not None:
            self.cached[ref] = float(cached)

    def text(self, ref: str, value: str, bold: bool = False) -> None:
        """Text, always as text: a label from the data that starts with '=' stays a label."""
        cell = self.ws[ref]
        cell.value = value
        cell.data_type = "s"
        self._style(cell, None, bold)

    @staticmethod
    def _style(cell, number_format: str | None, bold: bool) -> None:
        if number_format:
            cell.number_format = number_format
        if bold:
            from openpyxl.styles import Font

            cell.font = Font(bold=True)

    def ref(self, cell: str) -> Formula:
        """An absolute reference to a cell of this sheet, for formulas on other sheets."""
        column, row = re.match(r"([A-Z]+)(\d+)", cell).groups()
        return Formula(f"'{self.title.replace(chr(39), chr(39) * 2)}'!${column}${row}")


def sheet_title(name: str, used: set[str]) -> str:
    """A valid, unique sheet title: no []:*?/\\, at most 31 characters, not taken yet."""
    base = TITLE_FORBIDDEN.sub("-", name).strip("'") or "-"
    title, n = base[:31], 2
    while title.lower() in used:
        suffix = f" ({n})"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(title.lower())
    return title


def write_workbook(content: ReportContent, lang: str, path: Path) -> None:
    from openpyxl import Workbook

    assumptions = content.assumptions
    workbook = Workbook()
    workbook.remove(workbook.active)
    sheets: list[Sheet] = []
    used: set[str] = set()

    def new(name: str) -> Sheet:
        sheet = Sheet(workbook, sheet_title(name, used))
        sheets.append(sheet)
        return sheet

    params = new(t("xlsx.parameters", lang))
    params.text("A1", t("xlsx.parameters", lang), bold=True)
    for row, (key, value) in enumerate(
        (("baseline", assumptions.baseline), ("deadweight", assumptions.deadweight), ("dropout", assumptions.dropout)), start=2
    ):
        params.text(f"A{row}", t(f"xlsx.param.{key}", lang))
        params.put(f"B{row}", value, PCT)
    # the weights of the one rule, as formulas of the effects above (core/rule.py: weights)
    effects = rule.weights(params.ref("B2"), params.ref("B3"), params.ref("B4"), one=1)
    values = assumptions.weights
    params.text("A6", t("xlsx.weights", lang), bold=True)
    for row, key in enumerate(("approach", "kept", "baseline"), start=7):
        params.text(f"A{row}", t(f"xlsx.weight.{key}", lang))
        params.put(f"B{row}", getattr(effects, key), "0.00", cached=getattr(values, key))
    weights = rule.Weights(params.ref("B7"), params.ref("B8"), params.ref("B9"))

    pricelist = content.pricelist.pricelist
    prices = new(t("xlsx.pricelist", lang))
    headers = ["id", t("item", lang), t("price", lang), t("low", lang), t("high", lang), t("unit", lang), t("payer", lang),
               t("xlsx.transfer", lang), t("source", lang)]
    for column, header in zip("ABCDEFGHI", headers):
        prices.text(f"{column}1", header, bold=True)
    price_row: dict[str, int] = {}
    for row, item in enumerate(pricelist.items, start=2):
        price_row[item.id] = row
        prices.text(f"A{row}", item.id)
        prices.text(f"B{row}", item.label.in_(lang))
        prices.put(f"C{row}", content.list_prices[item.id], EUR)
        prices.put(f"D{row}", item.low, EUR)
        prices.put(f"E{row}", item.high, EUR)
        prices.text(f"F{row}", item.unit_text)
        prices.text(f"G{row}", item.payer)
        prices.text(f"H{row}", t("yes", lang) if item.transfer else "")
        prices.text(f"I{row}", f"{item.sources[0].where}, r. {item.sources[0].line}")

    totals: dict[str, dict[str, Formula]] = {}
    perspective = content.main.result.perspective
    for report in content.personas:
        result = report.result
        totals[result.persona.id] = _persona_sheet(new(result.persona.name), result, prices, price_row, perspective, lang)

    names = {r.result.persona.id: r.result.persona.name for r in content.personas}
    for report in content.scenarios:
        _scenario_sheet(new(report.result.scenario.name.in_(lang)), report.result, totals, names, weights, lang)

    published = new(t("xlsx.published", lang))
    for column, header in zip("ABCDEFG", ["id", t("source", lang), t("published", lang), t("model", lang), t("delta", lang),
                                          t("status", lang), t("erratum", lang)]):
        published.text(f"{column}1", header, bold=True)
    for row, check in enumerate(content.verification.checks, start=2):
        published.text(f"A{row}", check.figure.id)
        published.text(f"B{row}", f"{check.group.where}, r. {check.figure.line}")
        for column, value in zip("CDE", (check.figure.published, check.model, check.delta)):
            published.put(f"{column}{row}", value, PCT if check.figure.unit == "percent" else None)
        published.text(f"F{row}", t(f"status.{check.status}", lang))
        published.text(f"G{row}", check.erratum.id if check.erratum else "")

    for sheet in sheets:
        for column in sheet.ws.columns:
            width = max(len(str(c.value)) if c.value is not None and c.data_type != "f" else 10 for c in column)
            sheet.ws.column_dimensions[column[0].column_letter].width = min(max(width + 2, 8), 60)
    workbook.calculation.fullCalcOnLoad = True  # Excel and LibreOffice recompute when the file is opened
    workbook.save(path)
    _store_values(path, sheets)


def _persona_sheet(
    sheet: Sheet, result: PersonaResult, prices: Sheet, price_row: dict[str, int], perspective: Perspective, lang: str
) -> dict[str, Formula]:
    """The persona's lines and their totals; returns the total cells by name, for the scenario sheets.

    Columns E and F say how a line counts in the perspective's whole and budget (1, 0, or -1 for a transfer its
    receiver loses), G its law or budget line: core/perspectives.py decides, the sheet only sums.
    """
    study = perspective.is_study
    flags = ([t("xlsx.societal_flag", lang), t("xlsx.municipal_flag", lang)] if study else
             [t("xlsx.flag", lang, who=whole_label(perspective.id, lang)), t("xlsx.flag", lang, who=budget_label(perspective.id, lang))])
    headers = ["id", t("item", lang), t("xlsx.section", lang), t("link", lang), *flags, t("law", lang), t("unit_price", lang),
               t("quantity", lang), t("amount", lang)]
    for column, header in zip("ABCDEFGHIJ", headers):
        sheet.text(f"{column}1", header, bold=True)
    lines = list(result.costs) + list(result.benefits)
    parts = {account.rsplit("/", 1)[1]: account for account in perspective.parts}
    negative: set[str] = set()  # the flag columns that hold a -1 on a benefit line
    for row, priced in enumerate(lines, start=2):
        section = "kosten" if row - 2 < len(result.costs) else "baten"
        signs = dict(accounts(priced, result.transfers))
        whole, budget = signs.get(perspective.whole, 0), signs.get(perspective.budget, 0)
        part = next((name for name, account in parts.items() if account in signs), "")
        if section == "baten":
            negative |= {column for column, sign in (("E", whole), ("F", budget)) if sign < 0}
        sheet.text(f"A{row}", priced.line.id)
        sheet.text(f"B{row}", priced.line.label.in_(lang))
        sheet.text(f"C{row}", section)
        sheet.text(f"D{row}", LINK.get(priced.link, ""))
        sheet.put(f"E{row}", whole)
        sheet.put(f"F{row}", budget)
        sheet.text(f"G{row}", part)
        if priced.deviates:  # the table's own price: a value, not the price list's
            sheet.put(f"H{row}", priced.unit_price, EUR)
        else:
            sheet.put(f"H{row}", prices.ref(f"C{price_row[priced.line.item]}"), EUR, cached=priced.unit_price)
        sheet.put(f"I{row}", priced.units)
        sheet.put(f"J{row}", Formula(f"H{row}") * Formula(f"I{row}"), EUR, cached=priced.amount)
    last = len(lines) + 1
    span = {c: f"${c}$2:${c}${last}" for c in "CDEFGJ"}

    def sumifs(*criteria: tuple[str, str]) -> Formula:
        return Formula("SUMIFS(" + ",".join([span["J"]] + [f"{span[c]},{value}" for c, value in criteria]) + ")")

    def signed(flag: str, *criteria: tuple[str, str]) -> Formula:
        """The lines counted in a flag's account, less those it loses (a -1 there)."""
        plus = sumifs(*criteria, (flag, "1"))
        return plus - sumifs(*criteria, (flag, "-1")) if flag in negative else plus

    rows = [
        ("costs_societal", t("xlsx.costs_societal", lang), sumifs(("C", '"kosten"'), ("E", "1")), result.total("costs", "societal")),
        ("costs_municipal", t("xlsx.costs_municipal", lang), sumifs(("C", '"kosten"'), ("F", "1")), result.total("costs", "municipal")),
    ] if study else []
    for name, account, flag in (("societal", perspective.whole, "E"), ("municipal", perspective.budget, "F")):
        for link in ("approach", "recidivism"):
            label = (t(f"xlsx.benefits_{name}_{link}", lang) if study else
                     t(f"xlsx.benefits_law_{link}", lang, law=(whole_label if name == "societal" else budget_label)(perspective.id, lang)))
            rows.append((f"{name}_{link}", label, signed(flag, ("C", '"baten"'), ("D", f'"{LINK[link]}"')),
                         result.total("benefits", account, link=link)))
    for part, account in parts.items():
        for link in ("approach", "recidivism"):
            rows.append((f"{part}_{link}", t(f"xlsx.benefits_law_{link}", lang, law=part_label(part, lang)),
                         signed("F", ("C", '"baten"'), ("G", f'"{part}"'), ("D", f'"{LINK[link]}"')),
                         result.total("benefits", account, link=link)))
    cells = {}
    sheet.text("L1", t("total", lang), bold=True)
    for row, (name, label, formula, value) in enumerate(rows, start=2):
        sheet.text(f"L{row}", label)
        sheet.put(f"M{row}", formula, EUR, cached=value)
        cells[name] = sheet.ref(f"M{row}")
    return cells


def _scenario_sheet(sheet: Sheet, result, totals, names: dict[str, str], weights: rule.Weights, lang: str) -> None:
    sheet.text("A1", f"{result.scenario.name.in_(lang)}: {result.participants} {t('participants', lang)}", bold=True)
    sheet.text("A3", t("persona", lang), bold=True)
    sheet.text("B3", t("participants", lang).capitalize(), bold=True)
    count_cell = {}
    for row, pid in enumerate([p for p in names if p in result.allocation], start=4):
        sheet.text(f"A{row}", names[pid])
        sheet.put(f"B{row}", result.allocation[pid])
        count_cell[pid] = Formula(f"$B${row}")

    def benefits(account: str, rate: Formula) -> Formula:
        """The population's benefits: per persona, participants x the one rule on its two parts."""
        terms = [count * rule.benefit(totals[pid][f"{account}_approach"], totals[pid][f"{account}_recidivism"], rate, weights)
                 for pid, count in count_cell.items()]
        return sum(terms[1:], terms[0])

    start = 5 + len(count_cell)
    perspective = result.perspective
    names_ = ([t("societal", lang), t("municipal", lang)] if perspective.is_study else
              [whole_label(perspective.id, lang), budget_label(perspective.id, lang)])
    for column, header in zip("ABC", [t("recidivism", lang), *names_]):
        sheet.text(f"{column}{start}", header, bold=True)
    for i, row in enumerate(result.rows, start=start + 1):
        sheet.put(f"A{i}", row.rate, PCT)
        sheet.put(f"B{i}", benefits("societal", Formula(f"$A{i}")), EUR, cached=row.societal)
        sheet.put(f"C{i}", benefits("municipal", Formula(f"$A{i}")), EUR, cached=row.municipal)
    first = start + 2 + len(result.rows)
    sheet.text(f"A{first}", t("minimum_title", lang) if perspective.is_study else
               t("minimum_title_p", lang, budget=budget_label(perspective.id, lang)), bold=True)
    sheet.put(f"E{first}", 1, PCT)  # 100 % recidivism: the municipal minimum under the study's assumptions
    sheet.text(f"D{first}", t("recidivism", lang))
    law_rows = []
    for row, law in enumerate([law for law, split in result.municipal_by_law.items() if split.minimum], start=first + 1):
        sheet.text(f"A{row}", part_label(law, lang))
        sheet.put(f"B{row}", benefits(law, Formula(f"$E${first}")), EUR, cached=result.municipal_by_law[law].at(Decimal(1)))
        law_rows.append(row)
    total_row = first + 1 + len(law_rows)
    sheet.text(f"A{total_row}", t("total", lang), bold=True)
    # by law where the budget has laws; a budget without them (Justice and Security) straight from its own totals
    total = Formula(f"SUM(B{law_rows[0]}:B{law_rows[-1]})") if law_rows else benefits("municipal", Formula(f"$E${first}"))
    sheet.put(f"B{total_row}", total, EUR, cached=result.municipal.at(Decimal(1)), bold=True)
    inv = total_row + 2
    sheet.text(f"A{inv}", t("investment_title", lang) if perspective.is_study else
               t("investment_title_p", lang, budget=budget_label(perspective.id, lang)), bold=True)
    labels = result.scenario.investment.labels()
    for offset, (level, amount) in enumerate(result.investments.items(), start=1):
        row = inv + offset
        sheet.text(f"A{row}", labels[level].in_(lang) if level in labels else t("level.custom", lang))
        sheet.put(f"B{row}", amount, EUR)
        sheet.put(f"C{row}", Formula(f"$B${total_row}/B{row}"), PCT, cached=result.municipal.at(Decimal(1)) / amount if amount else None)
        sheet.put(f"D{row}", Formula(f"$B${total_row}") - Formula(f"B{row}"), EUR, cached=result.municipal.at(Decimal(1)) - amount)
    sheet.text(f"C{inv}", t("ratio", lang), bold=True)
    sheet.text(f"D{inv}", t("surplus", lang), bold=True)


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
