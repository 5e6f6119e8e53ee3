"""The report as an Excel workbook whose totals are formulas, so an advisor can change a price or an input and
see the totals follow.

Sheets: Parameters (null alternative, deadweight, drop-out, and the weights of the one benefit rule computed
from them), Prijslijst (the price list, and beneath an item each price a persona's table uses instead of the
list's, as its own marked row), one sheet per persona (every line: price as a reference to the price sheet,
quantity, amount = price x quantity; totals by SUMIFS), one per scenario (input cells for participants,
recidivism, investment level and the persona mix; the allocation over the personas by largest remainder, the
benefits at each recidivism rate, the municipal minimum by law and the investment levels, all formulas on those
inputs and the persona totals; a break-even chart), and Gepubliceerd (the published figures and their status).

Prices follow the core (core/persona.py): a price list cell is the price list's price, which a table with a
price of its own does not use; the item's "--set" cell replaces both, as `--set ITEM=EUROS` does.

The formulas are not written by hand: they come from core/rule.py's own functions, applied to cell references
instead of numbers (`Formula`), so the workbook computes what the core computes. openpyxl cannot store the value
of a formula, so after writing, the value hvh-kba computes is put beside every formula (`<v>`), and Excel
recomputes on opening. Text from the data is always written as text, never as a formula.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from ..api._report import ReportContent
from ..core import rule
from ..core.persona import PersonaResult, PricedLine, accounts, list_price, unit_price
from ..core.allocation import allocate
from ..core.perspectives import Perspective
from ..core.scenario import occupancies, persona_coefficients
from ..i18n import t
from ..views.common import budget_label, context_lines, part_label, whole_label
from . import fmt

EUR = '"€" #,##0'  # Excel and LibreOffice show it in the reader's locale: € 444.410 in Dutch
PCT = "0%"
RATE = "0.0%"
LINK = {"approach": "aanpak", "recidivism": "recidive"}
TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
INPUT = "FFF2CC"  # the fill of a cell meant to be changed
OWN_PRICE = "FCE4D6"  # the fill of a table's own price on the price sheet
CHART_RATES = [Decimal(n) / 10 for n in range(11)]  # the break-even chart's recidivism axis
LineKey = tuple[str, str, int]  # persona id, costs or benefits, position: one line of a persona's tables


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
        self.notes: set[str] = set()  # cells of running text, left out of the column widths

    def put(self, ref: str, value, number_format: str | None = None, cached=None, bold: bool = False,
            fill: str | None = None) -> None:
        """A number, or a formula (Formula, or text starting with '='), with the value hvh-kba computes for it."""
        cell = self.ws[ref]
        cell.value = float(value) if isinstance(value, Decimal) else ("=" + value.text if isinstance(value, Formula) else value)
        self._style(cell, number_format, bold, fill)
        if cached is not None:
            self.cached[ref] = float(cached)

    def text(self, ref: str, value: str, bold: bool = False, fill: str | None = None) -> None:
        """Text, always as text: a label from the data that starts with '=' stays a label."""
        cell = self.ws[ref]
        cell.value = value
        cell.data_type = "s"
        self._style(cell, None, bold, fill)

    def note(self, ref: str, value: str) -> None:
        """A sentence for the reader, in italics; it runs on over the empty cells to its right."""
        self.text(ref, value)
        from openpyxl.styles import Font

        self.ws[ref].font = Font(italic=True)
        self.notes.add(ref)

    @staticmethod
    def _style(cell, number_format: str | None, bold: bool, fill: str | None = None) -> None:
        if number_format:
            cell.number_format = number_format
        if bold:
            from openpyxl.styles import Font

            cell.font = Font(bold=True)
        if fill:
            from openpyxl.styles import PatternFill

            cell.fill = PatternFill("solid", start_color=fill, end_color=fill)

    def validate(self, ref: str, kind: str, first: str, second: str | None = None) -> None:
        """Excel's data validation on an input cell: whole or decimal between first and second, or a list."""
        from openpyxl.worksheet.datavalidation import DataValidation

        rule_ = (DataValidation(type="list", formula1=first, allow_blank=False) if kind == "list" else
                 DataValidation(type=kind, operator="between", formula1=first, formula2=second, allow_blank=False))
        rule_.showErrorMessage = True
        self.ws.add_data_validation(rule_)
        rule_.add(ref)

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

    # first, what the workbook rests on: the price list, changed prices and data, the perspective (as in every view)
    about = new(t("xlsx.about", lang))
    about.text("A1", t("report.title", lang), bold=True)
    about.text("A2", f"hvh-kba {content.version}")
    for row, said in enumerate(context_lines(content.context, lang), start=4):
        about.text(f"A{row}", fmt.line(said, lang))

    params = new(t("xlsx.parameters", lang))
    params.text("A1", t("xlsx.parameters", lang), bold=True)
    for row, (key, value) in enumerate(
        (("baseline", assumptions.baseline), ("deadweight", assumptions.deadweight), ("dropout", assumptions.dropout)), start=2
    ):
        params.text(f"A{row}", t(f"xlsx.param.{key}", lang))
        params.put(f"B{row}", value, PCT, fill=INPUT)
    # the weights of the one rule, as formulas of the effects above (core/rule.py: weights)
    effects = rule.weights(params.ref("B2"), params.ref("B3"), params.ref("B4"), one=1)
    values = assumptions.weights
    params.text("A6", t("xlsx.weights", lang), bold=True)
    for row, key in enumerate(("approach", "kept", "baseline"), start=7):
        params.text(f"A{row}", t(f"xlsx.weight.{key}", lang))
        params.put(f"B{row}", getattr(effects, key), "0.00", cached=getattr(values, key))
    weights = rule.Weights(params.ref("B7"), params.ref("B8"), params.ref("B9"))

    prices = new(t("xlsx.pricelist", lang))
    price_cell = _price_sheet(prices, content, lang)

    totals: dict[str, dict[str, Formula]] = {}
    perspective = content.main.result.perspective
    for report in content.personas:
        result = report.result
        totals[result.persona.id] = _persona_sheet(new(result.persona.name), result, prices, price_cell, perspective, lang)

    names = {r.result.persona.id: r.result.persona.name for r in content.personas}
    coefficients = persona_coefficients({r.result.persona.id: r.result for r in content.personas})
    for report in content.scenarios:
        _scenario_sheet(new(report.result.scenario.name.in_(lang)), report.result, totals, names, weights, coefficients, lang)

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
            width = max(len(str(c.value)) if c.value is not None and c.data_type != "f" and c.coordinate not in sheet.notes
                        else 10 for c in column)
            sheet.ws.column_dimensions[column[0].column_letter].width = min(max(width + 2, 8), 60)
    workbook.calculation.fullCalcOnLoad = True  # Excel recomputes when the file is opened
    workbook.save(path)
    _store_values(path, sheets)


def _lines(result: PersonaResult) -> Iterator[tuple[LineKey, PricedLine]]:
    """A persona's lines, costs then benefits, each with its key."""
    for section in ("costs", "benefits"):
        for position, priced in enumerate(result.lines(section)):
            yield (result.persona.id, section, position), priced


def _price_sheet(sheet: Sheet, content: ReportContent, lang: str) -> Callable[[LineKey, PricedLine], str]:
    """The price list, each item's tables' own prices in marked rows beneath it; returns the cell of the price a line uses.

    Columns: C the price (the list's, or a table's own), D the item's replacement (`--set`), E the price used:
    D where it holds a number, else C. So, as in the core (core/persona.py: list_price, unit_price), a changed list
    price moves the lines priced by the list and leaves a table's own price alone, and D replaces both.
    """
    assumptions = content.assumptions
    pricelist = content.pricelist.pricelist
    plain = replace(assumptions, overrides={})  # the prices before --set (and --price-set, which works as --set)
    # item -> (the table's own price, the price the run gives those lines) -> the lines: one row for each
    own: dict[str, dict[tuple[Decimal, Decimal], list[tuple[LineKey, str, PricedLine]]]] = {}
    for report in content.personas:
        for key, priced in _lines(report.result):
            if priced.line.unit_price is not None:
                price = unit_price(priced.line, priced.item, plain, pricelist.year_of(priced.item))
                lines = own.setdefault(priced.line.item, {}).setdefault((price, priced.unit_price), [])
                lines.append((key, report.result.persona.name, priced))

    sheet.text("A1", t("xlsx.pricelist", lang), bold=True)
    notes = [t("xlsx.price_note.list", lang), t("xlsx.price_note.own", lang), t("xlsx.price_note.set", lang)]
    for row, note in enumerate(notes, start=2):
        sheet.note(f"A{row}", note)
    header = len(notes) + 3
    headers = ["id", t("item", lang), t("price", lang), t("xlsx.set_price", lang), t("xlsx.used_price", lang), t("low", lang),
               t("high", lang), t("unit", lang), t("payer", lang), t("xlsx.transfer", lang), t("xlsx.own_price_of", lang),
               t("source", lang)]
    for column, text in zip("ABCDEFGHIJKL", headers):
        sheet.text(f"{column}{header}", text, bold=True)

    cells: dict[LineKey, str] = {}
    list_cells: dict[str, str] = {}
    row = header
    for item in pricelist.items:
        row += 1
        item_row = row
        list_cells[item.id] = f"E{row}"
        replacement = assumptions.overrides.get(item.id)
        sheet.text(f"A{row}", item.id)
        sheet.text(f"B{row}", item.label.in_(lang))
        sheet.put(f"C{row}", list_price(item, plain, pricelist.year_of(item)), EUR, fill=INPUT)
        sheet.put(f"D{row}", replacement, EUR, fill=INPUT)
        sheet.put(f"E{row}", Formula(f"IF(ISNUMBER(D{row}),D{row},C{row})"), EUR, cached=content.list_prices[item.id])
        sheet.put(f"F{row}", item.low, EUR)
        sheet.put(f"G{row}", item.high, EUR)
        sheet.text(f"H{row}", item.unit_text)
        sheet.text(f"I{row}", item.payer)
        sheet.text(f"J{row}", t("yes", lang) if item.transfer else "")
        sheet.text(f"L{row}", f"{item.sources[0].where}, r. {item.sources[0].line}")
        for (price, used), lines in own.get(item.id, {}).items():
            row += 1
            sheet.text(f"A{row}", item.id, fill=OWN_PRICE)
            sheet.text(f"B{row}", t("xlsx.own_price_label", lang, item=item.label.in_(lang)), fill=OWN_PRICE)
            sheet.put(f"C{row}", price, EUR, fill=INPUT)
            sheet.put(f"E{row}", Formula(f"IF(ISNUMBER(D{item_row}),D{item_row},C{row})"), EUR, cached=used)
            sheet.text(f"H{row}", item.unit_text)
            sheet.text(f"K{row}", "; ".join(f"{name}: {priced.line.label.in_(lang)}" for _, name, priced in lines), fill=OWN_PRICE)
            sheet.text(f"L{row}", "; ".join(f"{name}: {priced.line.source.where}, r. {priced.line.source.line}"
                                            for _, name, priced in lines))
            cells.update((key, f"E{row}") for key, _, _ in lines)
    return lambda key, priced: cells.get(key) or list_cells[priced.line.item]


def _persona_sheet(
    sheet: Sheet, result: PersonaResult, prices: Sheet, price_cell: Callable[[LineKey, PricedLine], str],
    perspective: Perspective, lang: str,
) -> dict[str, Formula]:
    """The persona's lines and their totals; returns the total cells by name, for the scenario sheets.

    Columns E and F say how a line counts in the perspective's whole and budget (1, 0, or -1 for a transfer its
    receiver loses), G its law or budget line: core/perspectives.py decides, the sheet only sums. H, the unit
    price, always refers to the price sheet: to the list's price, or to the table's own.
    """
    study = perspective.is_study
    flags = ([t("xlsx.societal_flag", lang), t("xlsx.municipal_flag", lang)] if study else
             [t("xlsx.flag", lang, who=whole_label(perspective.id, lang)), t("xlsx.flag", lang, who=budget_label(perspective.id, lang))])
    headers = ["id", t("item", lang), t("xlsx.section", lang), t("link", lang), *flags, t("law", lang), t("unit_price", lang),
               t("quantity", lang), t("amount", lang)]
    for column, header in zip("ABCDEFGHIJ", headers):
        sheet.text(f"{column}1", header, bold=True)
    lines = list(_lines(result))
    parts = {account.rsplit("/", 1)[1]: account for account in perspective.parts}
    negative: set[str] = set()  # the flag columns that hold a -1 on a benefit line
    for row, (key, priced) in enumerate(lines, start=2):
        section = "kosten" if key[1] == "costs" else "baten"
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
        sheet.put(f"H{row}", prices.ref(price_cell(key, priced)), EUR, cached=priced.unit_price)
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


def _share_format(shares) -> str:
    """Percent with the decimals the mix needs: 51%, 12.5%."""
    places = max((-Decimal(s * 100).normalize().as_tuple().exponent for s in shares), default=0)
    return "0%" if places <= 0 else "0." + "0" * min(places, 4) + "%"


def _column(number: int) -> str:
    """A column's letters: 1 -> A, 27 -> AA."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _rank(remainders: str, shares: str, remainder: str, share: str, before: tuple[str, str] | None) -> str:
    """A remainder's rank among `remainders` as core/allocation.py ranks them: the larger remainder first, then the
    larger share, then the mix's order (`before`: the remainders and shares of the personas before it, if any)."""
    rank = f'COUNTIF({remainders},">"&{remainder})+COUNTIFS({remainders},{remainder},{shares},">"&{share})'
    return rank + (f"+COUNTIFS({before[0]},{remainder},{before[1]},{share})" if before else "")


Benefits = Callable[..., Formula]  # (account, rate cell[, participants per persona]) -> the population's benefits


def _scenario_sheet(sheet: Sheet, result, totals, names: dict[str, str], weights: rule.Weights, coefficients, lang: str) -> None:
    """Inputs (participants, recidivism, investment level, mix), the allocation, and every sum as formulas on them.

    Columns A-G from the top: the notes, the inputs, what they give, the allocation, the benefits at the scenario's
    rates, the minimum by law, the investment levels; below them the charts' data, the charts to the right.
    `coefficients`: the personas' parts per account, for the values stored beside the occupancy chart's formulas.
    """
    scenario, perspective = result.scenario, result.perspective
    whole_name, budget_name = ([t("societal", lang), t("municipal", lang)] if perspective.is_study else
                               [whole_label(perspective.id, lang), budget_label(perspective.id, lang)])
    sheet.text("A1", scenario.name.in_(lang), bold=True)
    notes = [t("xlsx.scenario_note.inputs", lang), t("xlsx.scenario_note.allocation", lang),
             t("xlsx.scenario_note.rule", lang)]
    for row, note in enumerate(notes, start=2):
        sheet.note(f"A{row}", note)

    # the inputs
    top = len(notes) + 3
    sheet.text(f"A{top}", t("xlsx.inputs", lang), bold=True)
    count_row, rate_row, level_row = top + 1, top + 2, top + 3
    research = scenario.research
    rate = research.recidivism.expected() if research is not None else Decimal(1)  # the sensitivity's base rate
    levels = dict(result.investments)
    level = "decided" if "decided" in levels else next(iter(levels))
    sheet.text(f"A{count_row}", t("xlsx.input.participants", lang, capacity=scenario.capacity))
    sheet.put(f"B{count_row}", result.participants, fill=INPUT)
    sheet.validate(f"B{count_row}", "whole", "0", str(scenario.capacity))
    sheet.text(f"A{rate_row}", t("xlsx.input.recidivism", lang))
    sheet.put(f"B{rate_row}", rate, RATE, fill=INPUT)
    sheet.validate(f"B{rate_row}", "decimal", "0", "1")
    sheet.text(f"A{level_row}", t("xlsx.input.level", lang, levels=", ".join(levels)))
    sheet.text(f"B{level_row}", level, fill=INPUT)
    sheet.validate(f"B{level_row}", "list", '"' + ",".join(levels) + '"')
    rate_cell, level_cell = Formula(f"$B${rate_row}"), Formula(f"$B${level_row}")

    # what the inputs give: filled in below, once the cells it refers to are there
    at = level_row + 2
    sheet.text(f"A{at}", t("xlsx.at_inputs", lang), bold=True)
    results = [at + i for i in range(1, 7)]

    count_cell, share_cell, last = _allocation(sheet, results[-1] + 2, result, names, Formula(f"$B${count_row}"), lang)

    def benefits(account: str, rate: Formula, counts: dict[str, Formula] = count_cell) -> Formula:
        """The population's benefits: per persona, participants x the one rule on its two parts."""
        terms = [count * rule.benefit(totals[pid][f"{account}_approach"], totals[pid][f"{account}_recidivism"], rate, weights)
                 for pid, count in counts.items()]
        return sum(terms[1:], terms[0])

    # the benefits at the scenario's recidivism rates
    start = last + 3
    for column, header in zip("ABC", [t("recidivism", lang), whole_name, budget_name]):
        sheet.text(f"{column}{start}", header, bold=True)
    for i, row in enumerate(result.rows, start=start + 1):
        sheet.put(f"A{i}", row.rate, PCT)
        sheet.put(f"B{i}", benefits("societal", Formula(f"$A{i}")), EUR, cached=row.societal)
        sheet.put(f"C{i}", benefits("municipal", Formula(f"$A{i}")), EUR, cached=row.municipal)

    # the minimum: the benefits at 100 % recidivism, by law
    first = start + 2 + len(result.rows)
    sheet.text(f"A{first}", t("minimum_title", lang) if perspective.is_study else
               t("minimum_title_p", lang, budget=budget_label(perspective.id, lang)), bold=True)
    sheet.put(f"E{first}", 1, PCT)  # 100 % recidivism: the municipal minimum under the study's assumptions
    sheet.text(f"D{first}", t("recidivism", lang))
    hundred = Formula(f"$E${first}")
    law_rows = []
    for row, law in enumerate([law for law, split in result.municipal_by_law.items() if split.minimum], start=first + 1):
        sheet.text(f"A{row}", part_label(law, lang))
        sheet.put(f"B{row}", benefits(law, hundred), EUR, cached=result.municipal_by_law[law].at(Decimal(1)))
        law_rows.append(row)
    total_row = first + 1 + len(law_rows)
    sheet.text(f"A{total_row}", t("total", lang), bold=True)
    # by law where the budget has laws; a budget without them (Justice and Security) straight from its own totals
    total = Formula(f"SUM(B{law_rows[0]}:B{law_rows[-1]})") if law_rows else benefits("municipal", hundred)
    minimum = result.municipal.at(Decimal(1))
    sheet.put(f"B{total_row}", total, EUR, cached=minimum, bold=True)

    # the investment levels against the minimum
    inv = total_row + 2
    sheet.text(f"A{inv}", t("investment_title", lang) if perspective.is_study else
               t("investment_title_p", lang, budget=budget_label(perspective.id, lang)), bold=True)
    for column, text in zip("BCDE", [t("investment", lang), t("ratio", lang), t("surplus", lang), t("xlsx.level", lang)]):
        sheet.text(f"{column}{inv}", text, bold=True)
    labels = scenario.investment.labels()
    level_lines = []  # the chart's lines: label, cell, amount
    for row, (name, amount) in enumerate(levels.items(), start=inv + 1):
        label = labels[name].in_(lang) if name in labels else t("level.custom", lang)
        sheet.text(f"A{row}", label)
        sheet.put(f"B{row}", amount, EUR, fill=INPUT)
        sheet.put(f"C{row}", Formula(f"$B${total_row}/B{row}"), PCT, cached=minimum / amount if amount else None)
        sheet.put(f"D{row}", Formula(f"$B${total_row}") - Formula(f"B{row}"), EUR, cached=minimum - amount)
        sheet.text(f"E{row}", name)
        level_lines.append((f"{t('investment', lang)}: {label}", Formula(f"$B${row}"), amount))
    levels_first, levels_last = inv + 1, inv + len(levels)

    # what the inputs give
    chosen = Formula(f"INDEX($B${levels_first}:$B${levels_last},MATCH({level_cell.text},$E${levels_first}:$E${levels_last},0))")
    budget_at, amount = result.municipal.at(rate), levels[level]
    for row, (label, formula, value) in zip(results, [
        (t("xlsx.benefits_at", lang, who=whole_name), benefits("societal", rate_cell), result.societal.at(rate)),
        (t("xlsx.benefits_at", lang, who=budget_name), benefits("municipal", rate_cell), budget_at),
        (t("xlsx.minimum_at", lang, who=budget_name), Formula(f"$B${total_row}"), minimum),
        (t("xlsx.chosen_investment", lang), chosen, amount),
        (t("xlsx.net_at", lang), Formula(f"B{results[1]}") - Formula(f"B{results[3]}"), budget_at - amount),
        (t("surplus", lang), Formula(f"B{results[2]}") - Formula(f"B{results[3]}"), minimum - amount),
    ]):
        sheet.text(f"A{row}", label)
        sheet.put(f"B{row}", formula, EUR, cached=value)

    row = _rate_chart(sheet, levels_last + 2, result, benefits, level_lines, whole_name, budget_name, lang)
    _occupancy_chart(sheet, row, result, coefficients, names, share_cell, benefits, (hundred, rate_cell, rate), level_lines,
                     budget_name, lang)


def _allocation(sheet: Sheet, top: int, result, names: dict[str, str], participants: Formula, lang: str):
    """The participants over the personas by core/allocation.py's largest remainder, as formulas on the inputs.

    Returns the cells of each persona's participants and share, and the block's last persona row.
    """
    sheet.text(f"A{top}", t("allocation", lang), bold=True)
    for column, text in zip("ABCDEFG", [t("persona", lang), t("mix_share", lang), t("xlsx.quota", lang), t("xlsx.whole_part", lang),
                                         t("xlsx.remainder", lang), t("xlsx.rank", lang), t("participants", lang).capitalize()]):
        sheet.text(f"{column}{top + 1}", text, bold=True)
    order = list(result.mix)
    first, last = top + 2, top + 1 + len(order)
    quotas = {pid: result.participants * share for pid, share in result.mix.items()}
    ranked = sorted(order, key=lambda p: (-(quotas[p] - int(quotas[p])), -result.mix[p], order.index(p)))  # stored values only
    share_format = _share_format(result.mix.values())
    count_cell, share_cell = {}, {}
    for row, pid in enumerate(order, start=first):
        sheet.text(f"A{row}", names[pid])
        sheet.put(f"B{row}", result.mix[pid], share_format, fill=INPUT)
        sheet.put(f"C{row}", participants * Formula(f"B{row}"), "0.00", cached=quotas[pid])
        sheet.put(f"D{row}", Formula(f"INT(C{row})"), cached=int(quotas[pid]))
        sheet.put(f"E{row}", Formula(f"ROUND(C{row}-D{row},9)"), "0.00", cached=quotas[pid] - int(quotas[pid]))
        before = (f"$E${first}:$E${row - 1}", f"$B${first}:$B${row - 1}") if row > first else None
        rank = _rank(f"$E${first}:$E${last}", f"$B${first}:$B${last}", f"E{row}", f"B{row}", before)
        sheet.put(f"F{row}", Formula(rank, 1), cached=ranked.index(pid))
        left = f"{participants.text}-SUM($D${first}:$D${last})"
        sheet.put(f"G{row}", Formula(f"D{row}+IF(F{row}<{left},1,0)", 1), cached=result.allocation[pid])
        count_cell[pid], share_cell[pid] = Formula(f"$G${row}"), Formula(f"$B${row}")
    sheet.text(f"A{last + 1}", t("total", lang))
    sheet.put(f"B{last + 1}", Formula(f"SUM(B{first}:B{last})"), share_format, cached=sum(result.mix.values()))
    sheet.put(f"G{last + 1}", Formula(f"SUM(G{first}:G{last})"), cached=result.participants)
    return count_cell, share_cell, last


def _rate_chart(sheet: Sheet, top: int, result, benefits: Benefits, level_lines, whole_name: str, budget_name: str,
                lang: str) -> int:
    """The benefits at every tenth of recidivism for the input participants, the investment levels beside them, and
    their chart; returns the first free row below."""
    sheet.text(f"A{top}", t("xlsx.chart_data.rate", lang), bold=True)
    header = top + 1
    for column, text in zip(map(_column, range(1, 4 + len(level_lines))),
                            [t("recidivism", lang), whole_name, budget_name, *(label for label, _, _ in level_lines)]):
        sheet.text(f"{column}{header}", text, bold=True)
    for row, rate in enumerate(CHART_RATES, start=header + 1):
        sheet.put(f"A{row}", rate, PCT)
        sheet.put(f"B{row}", benefits("societal", Formula(f"$A{row}")), EUR, cached=result.societal.at(rate))
        sheet.put(f"C{row}", benefits("municipal", Formula(f"$A{row}")), EUR, cached=result.municipal.at(rate))
        for column, (_, cell, amount) in zip(map(_column, range(4, 4 + len(level_lines))), level_lines):
            sheet.put(f"{column}{row}", cell, EUR, cached=amount)
    last = header + len(CHART_RATES)
    chart = _line_chart(sheet, header, last, 3, 3 + len(level_lines), t("xlsx.chart_title.rate", lang, who=budget_name),
                        budget_name, t("recidivism", lang))
    sheet.ws.add_chart(chart, "I2")
    return last + 2


def _occupancy_chart(sheet: Sheet, top: int, result, coefficients, names: dict[str, str], share_cell: dict[str, Formula],
                     benefits: Benefits, rates: tuple[Formula, Formula, Decimal], level_lines, budget_name: str,
                     lang: str) -> None:
    """The budget's benefits at every occupancy 0 .. capacity, each occupancy allocated by largest remainder as the
    allocation above (the same shares), at 100 % and at the input recidivism; the investment levels; their chart."""
    hundred, rate_cell, rate = rates
    order = list(result.mix)
    k = len(order)
    remainder_columns = [_column(2 + i) for i in range(k)]
    seat_columns = [_column(2 + k + i) for i in range(k)]
    line_columns = [_column(2 + 2 * k + i) for i in range(2 + len(level_lines))]
    sheet.text(f"A{top}", t("xlsx.chart_data.occupancy", lang), bold=True)
    shares_row, header = top + 1, top + 2  # the shares in a row, beside the remainders they rank ties by
    sheet.text(f"A{shares_row}", t("mix_share", lang))
    for column, pid in zip(remainder_columns, order):
        sheet.put(f"{column}{shares_row}", share_cell[pid], _share_format(result.mix.values()), cached=result.mix[pid])
    heads = [t("participants", lang).capitalize(), *(t("xlsx.remainder_of", lang, name=names[p]) for p in order),
             *(names[p] for p in order), t("xlsx.at_hundred", lang, who=budget_name),
             t("xlsx.at_input_rate", lang, who=budget_name), *(label for label, _, _ in level_lines)]
    for column, text in zip(map(_column, range(1, len(heads) + 1)), heads):
        sheet.text(f"{column}{header}", text, bold=True)
    remainders_at = f"${remainder_columns[0]}{{row}}:${remainder_columns[-1]}{{row}}"
    shares = f"${remainder_columns[0]}${shares_row}:${remainder_columns[-1]}${shares_row}"
    curve = occupancies(coefficients, result.mix, result.scenario.capacity, result.municipal.weights, result.perspective.budget)
    for n, split in enumerate(curve):
        row = header + 1 + n
        seats = allocate(n, result.mix)
        sheet.put(f"A{row}", n)
        whole = {pid: f"INT($A{row}*{column}${shares_row})" for pid, column in zip(order, remainder_columns)}
        for column, pid in zip(remainder_columns, order):
            exact = n * result.mix[pid]
            sheet.put(f"{column}{row}", Formula(f"ROUND($A{row}*{column}${shares_row}-{whole[pid]},9)"), "0.00",
                      cached=exact - int(exact))
        left = f"$A{row}-(" + "+".join(whole.values()) + ")"
        for i, (column, pid) in enumerate(zip(seat_columns, order)):
            before = (f"${remainder_columns[0]}{row}:${remainder_columns[i - 1]}{row}",
                      f"${remainder_columns[0]}${shares_row}:${remainder_columns[i - 1]}${shares_row}") if i else None
            rank = _rank(remainders_at.format(row=row), shares, f"{remainder_columns[i]}{row}", f"{remainder_columns[i]}${shares_row}",
                         before)
            sheet.put(f"{column}{row}", Formula(f"{whole[pid]}+IF({rank}<{left},1,0)", 1), cached=seats[pid])
        counts = {pid: Formula(f"${column}{row}") for column, pid in zip(seat_columns, order)}
        sheet.put(f"{line_columns[0]}{row}", benefits("municipal", hundred, counts), EUR, cached=split.at(Decimal(1)))
        sheet.put(f"{line_columns[1]}{row}", benefits("municipal", rate_cell, counts), EUR, cached=split.at(rate))
        for column, (_, cell, amount) in zip(line_columns[2:], level_lines):
            sheet.put(f"{column}{row}", cell, EUR, cached=amount)
    first = 2 + 2 * k
    chart = _line_chart(sheet, header, header + 1 + result.scenario.capacity, first, first + 1 + len(level_lines),
                        t("xlsx.chart_title.occupancy", lang, who=budget_name), budget_name,
                        t("participants", lang).capitalize(), solid=2)
    sheet.ws.add_chart(chart, "I24")


def _line_chart(sheet: Sheet, header: int, last: int, first_column: int, last_column: int, title: str, axis: str,
                categories: str, solid: int = 1):
    """A line chart of the columns first_column..last_column (titles in row `header`, values below it to `last`)
    against column A: the first `solid` series (the benefits) solid, the rest (the investment levels) dashed."""
    from openpyxl.chart import LineChart, Reference

    chart = LineChart()
    chart.title = title
    chart.y_axis.title = axis
    chart.x_axis.title = categories
    chart.y_axis.number_format = EUR
    chart.y_axis.delete = False
    chart.x_axis.delete = False
    chart.add_data(Reference(sheet.ws, min_col=first_column, max_col=last_column, min_row=header, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(sheet.ws, min_col=1, min_row=header + 1, max_row=last))
    for i, series in enumerate(chart.series):
        series.smooth = False
        series.graphicalProperties.line.width = 28575 if i < solid else 19050  # EMU: 2.25 and 1.5 pt
        if i >= solid:
            series.graphicalProperties.line.dashStyle = "dash"
    chart.width, chart.height = 20, 10  # cm
    return chart


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
