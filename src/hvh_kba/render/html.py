"""A report as one self-contained HTML page: inline CSS and SVG charts, no network, A4 in print."""

from __future__ import annotations

import html

from ..views.model import View
from . import fmt

CSS = """
@page { size: A4; margin: 16mm 14mm; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10pt; color: #1a1a1a;
       max-width: 190mm; margin: 0 auto; padding: 8mm 0; line-height: 1.35; }
h1 { font-size: 18pt; color: #1f4e79; margin: 0 0 2mm; }
h2 { font-size: 13pt; color: #1f4e79; border-bottom: 1px solid #9dc3e6; padding-bottom: 1mm; margin-top: 8mm;
     break-after: avoid; }
h3 { font-size: 11pt; margin: 5mm 0 1mm; break-after: avoid; }
p.lead { font-size: 11pt; }
p.meta, p.note, li.note { color: #555; font-size: 8.5pt; }
table { border-collapse: collapse; margin: 2mm 0 3mm; font-size: 8.5pt; break-inside: avoid; }
th, td { padding: 0.8mm 2mm; border-bottom: 1px solid #ddd; vertical-align: top; }
th { text-align: left; background: #eef4fa; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr.strong td { font-weight: bold; border-top: 1px solid #999; }
figure { margin: 3mm 0; break-inside: avoid; }
figure svg { width: 100%; height: auto; }
figcaption { font-size: 8.5pt; color: #555; }
.summary { background: #f6f9fc; border-left: 3px solid #2e75b6; padding: 2mm 4mm; }
"""


def text(value, lang: str) -> str:
    """A line of words and typed values, escaped: text from the data is never markup."""
    return html.escape(fmt.line(value, lang))


def view_html(view: View, lang: str, level: int = 3) -> str:
    """One view as HTML: its title, lines, tables (numbers right-aligned, marks kept) and notes."""
    out = [f"<h{level}>{text(view.title, lang)}</h{level}>"]
    out += [f"<p class=\"meta\">{text(line, lang)}</p>" for line in view.lines]
    for table in view.tables:
        if table.title:
            out.append(f"<p><strong>{text(table.title, lang)}</strong></p>")
        right = [table.right(c) for c in table.columns]
        head = "".join(f"<th class=\"{'num' if r else ''}\">{text(c.header, lang)}</th>" for c, r in zip(table.columns, right))
        rows = []
        for row in table.rows:
            cells = []
            for c, r in zip(table.columns, right):
                shown = fmt.cell(row.cells.get(c.id), lang)
                mark = row.marks.get(c.id)
                cells.append(f"<td class=\"{'num' if r else ''}\">{html.escape(f'{shown} {mark}' if mark and shown else mark or shown)}</td>")
            rows.append(f"<tr class=\"{'strong' if row.strong else ''}\">{''.join(cells)}</tr>")
        out.append(f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>")
    if view.notes:
        out.append("<ul>" + "".join(f"<li class=\"note\">{text(note, lang)}</li>" for note in view.notes) + "</ul>")
    return "\n".join(out)


def document(title: str, subtitle: list, blocks: list[str], lang: str) -> str:
    body = "\n".join(blocks)
    meta = "".join(f"<p class=\"meta\">{text(line, lang)}</p>" for line in subtitle)
    return (
        f"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{html.escape(title)}</title>\n"
        f"<style>{CSS}</style>\n</head>\n<body>\n<h1>{html.escape(title)}</h1>\n{meta}\n{body}\n</body>\n</html>\n"
    )


def section(heading: str) -> str:
    return f"<h2>{html.escape(heading)}</h2>"


def paragraphs(lines: list, lang: str, css: str = "lead") -> str:
    inner = "".join(f"<p class=\"{css}\">{text(line, lang)}</p>" for line in lines)
    return f"<div class=\"summary\">{inner}</div>"


def chart(svg: str, caption, lang: str) -> str:
    return f"<figure>{svg}<figcaption>{text(caption, lang)}</figcaption></figure>"


def report_html(report) -> str:
    """The whole report as one page; charts drawn here (matplotlib is imported only now)."""
    from . import charts

    blocks = []
    for block in report.blocks:
        if block.kind == "section":
            blocks.append(section(block.text))
        elif block.kind == "paragraphs":
            blocks.append(paragraphs(block.lines, report.lang) if block.lines else "")
        elif block.kind == "view":
            blocks.append(view_html(block.view, report.lang))
        elif block.kind == "chart":
            spec = block.chart
            lang = report.lang
            title = fmt.line(spec["title"], lang)
            if spec["kind"] == "break_even":
                lines = [charts.Line(fmt.rate(rate, lang), xs, ys) for rate, xs, ys in spec["lines"]]
                levels = [charts.Level(fmt.line(label, lang), amount) for label, amount in spec["levels"]]
                svg = charts.break_even(lines, levels, lang, title, spec["ylabel"])
            elif spec["kind"] == "by_law":
                svg = charts.by_law(spec["scenarios"], spec["whole"], spec["parts"], lang, title)
            else:
                svg = charts.tornado(spec["names"], spec["lows"], spec["highs"], spec["base"], lang, title, spec["xlabel"])
            blocks.append(chart(svg, block.text, lang))
    return document(report.title, report.subtitle, blocks, report.lang)
