"""What every command does around its one library call: open the analysis its options describe, and show a view."""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

import typer

from .options import Options, parse_assignments, parse_rate

MAX_COLUMNS = 140  # wider terminals get lines no longer than this, for reading


def analysis(opts: Options, scenario: str | None = None, optional: tuple[str, ...] = ()):
    """The library's analysis of the data the options name; `scenario` may be the path of a scenario file to add."""
    from ..api import load
    from ..api._analysis import is_path

    return load(
        opts.data_dir,
        pricelist=opts.pricelist,
        scenario=Path(scenario) if scenario and is_path(scenario) else None,
        prices=opts.prices,
        price_set=opts.price_set,
        perspective=opts.perspective,
        transfers=opts.transfers,
        overrides={k: v.replace("€", "") for k, v in parse_assignments(list(opts.set_), "--set", "--set detentie=230")},
        price_year=opts.price_year,
        baseline=parse_rate(opts.baseline, "--baseline-recidivism") if opts.baseline is not None else None,
        deadweight=parse_rate(opts.deadweight, "--deadweight") if opts.deadweight is not None else None,
        dropout=parse_rate(opts.dropout, "--dropout") if opts.dropout is not None else None,
        optional=optional,
    )


def show(view, opts: Options) -> None:
    """Render the view in the chosen format and language, at the terminal's width."""
    from ..render.formats import render

    text = render(view, opts.output, opts.lang, table=opts.table, columns=columns())
    if opts.output == "csv-excel":
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))  # the byte-order mark and CRLF exactly as written
        sys.stdout.buffer.flush()
        return
    typer.echo(text, nl=False)


def columns() -> int:
    """The width to lay tables out in: $COLUMNS if set, else the terminal's, else 120 for stable output in pipes."""
    configured = os.environ.get("COLUMNS", "")
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    if sys.stdout.isatty():
        return min(shutil.get_terminal_size((120, 24)).columns, MAX_COLUMNS)
    return 120


class Progress:
    """A progress bar on a terminal, once the run looks like taking more than a second."""

    def __init__(self, total: int):
        self.total = total
        self.start = time.perf_counter()
        self.bar = None

    def __enter__(self):
        return self

    def __call__(self, done: int) -> None:
        if self.bar is None and sys.stderr.isatty() and done < self.total:
            elapsed = time.perf_counter() - self.start
            if elapsed * self.total / done > 1.0:
                from rich.progress import Progress

                self.bar = Progress(transient=True)
                self.bar.start()
                self.task = self.bar.add_task("Monte Carlo", total=self.total)
        if self.bar is not None:
            self.bar.update(self.task, completed=done)

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.stop()
