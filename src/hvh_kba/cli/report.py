from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import say
from .options import CliError, Lang, Language, Options, shared

NAME = "report"
FORMATS = (".html", ".md", ".xlsx", ".pdf")


@shared("research", "data")
def command(
    out: Annotated[Path, typer.Option("--out", metavar="FILE", help="The report to write: .html, .md, .xlsx or .pdf.")],
    scenario: Annotated[Optional[str], typer.Option("--scenario", metavar="NAME", help="The scenario to report (default: realistic).")] = None,
    all_: Annotated[bool, typer.Option("--all", help="All scenarios.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing report.")] = False,
    lang: Language = Lang.nl,
    *,
    opts: Options,
) -> None:
    """A report to attach or open: HTML with charts, Markdown to paste, an Excel workbook with formulas, or PDF."""
    from dataclasses import replace

    from .. import api
    from .run import analysis
    from .writes import write_atomically

    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise CliError(say("cli.out_extension", out=str(out), known=list(FORMATS)))
    if scenario is not None and all_:
        raise CliError(say("cli.scenario_and_all"))
    opts = replace(opts, lang=lang.value)
    run = analysis(opts, scenario=scenario, optional=("municipalities",))
    _refuse_inputs(out, opts, scenario)
    if out.exists() and not force:
        raise CliError(say("cli.out_exists", path=str(out)))
    if not out.resolve().parent.is_dir():
        raise CliError(say("cli.out_folder_missing", folder=str(out.resolve().parent)))
    names = [s.id for s in run.ordered_scenarios()] if all_ else [run.scenario(scenario or "realistic").id]
    content = api.report(run, names)
    write_atomically(out, lambda target: _write(content, opts.lang, suffix, target))
    typer.echo(f"{out}")


def _write(content, lang: str, suffix: str, target: Path) -> None:
    if suffix == ".xlsx":
        from ..render.xlsx import write_workbook

        write_workbook(content, lang, target)
        return
    from ..views.report import build

    report = build(content, lang)
    if suffix == ".md":
        from ..render.formats import report_markdown

        target.write_text(report_markdown(report), encoding="utf-8")
    else:
        from datetime import date

        from ..render.html import report_html

        # who made it and when, on every printed page: the version, and the day the report was written
        page = report_html(report, footer=f"hvh-kba {content.version} · {date.today().isoformat()}")
        if suffix == ".html":
            target.write_text(page, encoding="utf-8")
        else:
            from ..render.browser import print_pdf  # headless Chromium, A4 from the page's @page rule

            print_pdf(page, target)


def _refuse_inputs(out: Path, opts: Options, scenario: str | None) -> None:
    """Never write a report over a file the run reads."""
    from ..paths import shipped_data_dir

    target = out.resolve()
    inputs = {p.resolve() for p in (opts.pricelist, Path(scenario) if scenario else None) if p is not None}
    root = (opts.data_dir or shipped_data_dir()).resolve()
    inputs |= {p.resolve() for p in root.glob("*/*.yaml")}
    if target in inputs:
        raise CliError(say("cli.out_is_input", out=str(out)))
