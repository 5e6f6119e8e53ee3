"""A report as one self-contained HTML page: inline CSS and SVG charts, no network, A4 in print."""

from __future__ import annotations

import html

from ..views.model import View
from . import fmt

CSS = """
@page { size: A4; margin: 16mm 14mm 18mm; }
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
p.caption { break-after: avoid; }
h2 + *, h3 + * { break-before: avoid; }
.summary { background: #f6f9fc; border-left: 3px solid #2e75b6; padding: 2mm 4mm; }
#whatif { border: 1px solid #9dc3e6; padding: 2mm 4mm; margin: 4mm 0; }
#whatif label { display: inline-block; margin: 1mm 4mm 1mm 0; }
#whatif output, #whatif dd { font-weight: bold; }
#whatif dl { display: grid; grid-template-columns: max-content auto; gap: 0.5mm 4mm; margin: 2mm 0; }
#whatif dd { margin: 0; }
@media print { #whatif { display: none; } }
"""


NBSP = "\u00a0"


def keep(text: str) -> str:
    """An amount never splits over two lines: the space after the euro sign does not break."""
    return text.replace("€ ", "€" + NBSP)


def text(value, lang: str) -> str:
    """A line of words and typed values, escaped: text from the data is never markup."""
    return html.escape(keep(fmt.line(value, lang)))


def view_html(view: View, lang: str, level: int = 3) -> str:
    """One view as HTML: its title, lines, tables (numbers right-aligned, marks kept) and notes."""
    out = [f"<h{level}>{text(view.title, lang)}</h{level}>"]
    out += [f"<p class=\"meta\">{text(line, lang)}</p>" for line in view.lines]
    for table in view.tables:
        if table.title:
            out.append(f"<p class=\"caption\"><strong>{text(table.title, lang)}</strong></p>")
        right = [table.right(c) for c in table.columns]
        head = "".join(f"<th class=\"{'num' if r else ''}\">{text(c.header, lang)}</th>" for c, r in zip(table.columns, right))
        rows = []
        for row in table.rows:
            cells = []
            for c, r in zip(table.columns, right):
                shown = fmt.cell(row.cells.get(c.id), lang)
                mark = row.marks.get(c.id)
                cells.append(f"<td class=\"{'num' if r else ''}\">{html.escape(keep(f'{shown} {mark}' if mark and shown else mark or shown))}</td>")
            rows.append(f"<tr class=\"{'strong' if row.strong else ''}\">{''.join(cells)}</tr>")
        out.append(f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>")
    if view.notes:
        out.append("<ul>" + "".join(f"<li class=\"note\">{text(note, lang)}</li>" for note in view.notes) + "</ul>")
    return "\n".join(out)


def document(title: str, subtitle: list, blocks: list[str], lang: str, footer: str = "") -> str:
    body = "\n".join(blocks)
    meta = "".join(f"<p class=\"meta\">{text(line, lang)}</p>" for line in subtitle)
    return (
        f"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{html.escape(title)}</title>\n"
        f"<style>{CSS}{_print_footer(footer, lang)}</style>\n</head>\n<body>\n<h1>{html.escape(title)}</h1>\n{meta}\n{body}\n"
        "</body>\n</html>\n"
    )


def _print_footer(footer: str, lang: str) -> str:
    """On every printed page: who made it and when (left), the page of how many (right): CSS page-margin boxes."""
    from ..i18n import t

    def css_string(value: str) -> str:
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'

    style = "font-family: 'DejaVu Sans', sans-serif; font-size: 7.5pt; color: #666;"
    pages = (f"{css_string(t('report.footer', lang) + ' ')} counter(page) {css_string(' ' + t('report.footer_of', lang) + ' ')} "
             "counter(pages)")
    left = f"@bottom-left {{ content: {css_string(footer)}; {style} }}" if footer else ""
    return f"\n@page {{ {left} @bottom-right {{ content: {pages}; {style} }} }}\n"


def section(heading: str) -> str:
    return f"<h2>{html.escape(heading)}</h2>"


def paragraphs(lines: list, lang: str, css: str = "lead") -> str:
    inner = "".join(f"<p class=\"{css}\">{text(line, lang)}</p>" for line in lines)
    return f"<div class=\"summary\">{inner}</div>"


def chart(svg: str, caption, lang: str) -> str:
    return f"<figure>{svg}<figcaption>{text(caption, lang)}</figcaption></figure>"


def report_html(report, footer: str = "") -> str:
    """The whole report as one page, its charts drawn here as inline SVG."""
    from . import charts

    blocks = []
    for block in report.blocks:
        if block.kind == "section":
            blocks.append(section(block.text))
        elif block.kind == "subsection":
            blocks.append(f"<h3>{html.escape(block.text)}</h3>")
        elif block.kind == "whatif":
            blocks.append(whatif_html(block.chart))
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
                svg = charts.break_even(lines, levels, lang, title, spec["ylabel"], spec.get("markers", []))
            elif spec["kind"] == "by_law":
                svg = charts.by_law(spec["scenarios"], spec["whole"], spec["parts"], lang, title)
            else:
                svg = charts.tornado(spec["names"], spec["lows"], spec["highs"], spec["base"], lang, title, spec["xlabel"])
            blocks.append(chart(svg, block.text, lang))
    return document(report.title, report.subtitle, blocks, report.lang, footer)


# The what-if panel: controls, the answers, a chart. Its script only looks answers up in the data the report carries
# (views/report.py: whatif_spec, computed by the core) and writes euros with the language's separators.
WHATIF_SCRIPT = """
(function () {
  var data = JSON.parse(document.getElementById("whatif-data").textContent);
  var root = document.getElementById("whatif");
  root.hidden = false;
  function $(id) { return document.getElementById(id); }
  function eur(v) {
    var digits = String(Math.abs(v)).replace(/\\B(?=(\\d{3})+(?!\\d))/g, data.thousands);
    return (v < 0 ? "-" : "") + data.euro + digits;
  }
  function update() {
    var n = +$("wi-participants").value, r = +$("wi-recidivism").value, l = +$("wi-level").value, p = $("wi-perspective").value;
    var view = data.perspectives.filter(function (x) { return x.id === p; })[0];
    var budget = data.budget[p][n][r], whole = data.whole[p][n][r], amount = data.levels[l].amount;
    $("wi-participants-out").textContent = n;
    $("wi-recidivism-out").textContent = r + "%";
    $("wi-budget-label").textContent = data.words.benefits + ", " + view.budget;
    $("wi-whole-label").textContent = data.words.benefits + ", " + view.whole;
    $("wi-budget").textContent = eur(budget);
    $("wi-whole").textContent = eur(whole);
    $("wi-net").textContent = eur(budget - amount);
    $("wi-break-even").textContent = data.break_even[p][n][l];
    $("wi-min").textContent = data.min_participants[p][l];
    draw(p, r, n, amount);
  }
  function draw(p, r, n, amount) {
    var w = 600, h = 200, pad = 8, values = data.budget[p].map(function (row) { return row[r]; });
    var top = Math.max.apply(null, values.concat([amount, 0])), low = Math.min.apply(null, values.concat([0]));
    function x(k) { return pad + k * (w - 2 * pad) / data.capacity; }
    function y(v) { return h - pad - (v - low) * (h - 2 * pad) / ((top - low) || 1); }
    var points = values.map(function (v, k) { return x(k).toFixed(1) + "," + y(v).toFixed(1); }).join(" ");
    function label(tx, ty, text, anchor) {
      return '<text x="' + tx + '" y="' + ty + '" font-size="10" fill="#555" text-anchor="' + anchor + '">' + text + "</text>";
    }
    $("wi-chart").innerHTML =
      '<polyline fill="none" stroke="#2e75b6" stroke-width="2" points="' + points + '"/>' +
      '<line x1="' + x(0) + '" x2="' + x(data.capacity) + '" y1="' + y(amount) + '" y2="' + y(amount) +
      '" stroke="#7f7f7f" stroke-dasharray="4 3"/>' +
      '<circle cx="' + x(n) + '" cy="' + y(values[n]) + '" r="4" fill="#c55a11"/>' +
      label(x(0), pad + 2, eur(top), "start") + label(x(data.capacity), y(amount) - 4, eur(amount), "end") +
      label(x(0), h - 1, "0", "start") + label(x(data.capacity), h - 1, data.capacity, "end");
  }
  ["wi-participants", "wi-recidivism", "wi-level", "wi-perspective"].forEach(function (id) {
    $(id).addEventListener("input", update);
    $(id).addEventListener("change", update);
  });
  update();
})();
"""


def whatif_html(spec: dict) -> str:
    """The panel: hidden until its script runs, so that without JavaScript the report reads complete as it is."""
    import json

    words = spec["words"]
    levels = "".join(f'<option value="{i}">{html.escape(keep(level["label"]))}</option>' for i, level in enumerate(spec["levels"]))
    views = "".join(f'<option value="{html.escape(p["id"])}">{html.escape(p["budget"])}</option>' for p in spec["perspectives"])
    start = spec["start"]
    data = json.dumps(spec, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")  # inert inside the script element
    return (
        f'<section id="whatif" hidden>\n<h2>{html.escape(spec["title"])}</h2>\n<p class="meta">{html.escape(spec["intro"])}</p>\n'
        f'<label>{html.escape(words["participants"])} <input id="wi-participants" type="range" min="0" max="{spec["capacity"]}" '
        f'value="{start["participants"]}"> <output id="wi-participants-out"></output></label>\n'
        f'<label>{html.escape(words["recidivism"])} <input id="wi-recidivism" type="range" min="0" max="100" value="{start["rate"]}"> '
        f'<output id="wi-recidivism-out"></output></label>\n'
        f'<label>{html.escape(words["level"])} <select id="wi-level">{levels}</select></label>\n'
        f'<label>{html.escape(words["perspective"])} <select id="wi-perspective">{views}</select></label>\n'
        f'<dl><dt id="wi-budget-label"></dt><dd id="wi-budget"></dd><dt id="wi-whole-label"></dt><dd id="wi-whole"></dd>'
        f'<dt>{html.escape(words["net"])}</dt><dd id="wi-net"></dd><dt>{html.escape(words["break_even"])}</dt><dd id="wi-break-even"></dd>'
        f'<dt>{html.escape(words["min_participants"])}</dt><dd id="wi-min"></dd></dl>\n'
        f'<figure><svg id="wi-chart" viewBox="0 0 600 200" role="img" aria-label="{html.escape(words["chart"])}"></svg>'
        f'<figcaption>{html.escape(words["chart"])}</figcaption></figure>\n'
        f'<script type="application/json" id="whatif-data">{data}</script>\n<script>{WHATIF_SCRIPT}</script>\n</section>'
    )
