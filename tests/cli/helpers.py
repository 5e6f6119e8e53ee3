from __future__ import annotations

from dataclasses import dataclass

import pytest

from hvh_kba.cli.app import main


@dataclass
class Result:
    code: int
    out: str
    err: str


def run(capsys, *args: str) -> Result:
    """Run the real entry point (its error handling included) and capture what it writes."""
    capsys.readouterr()
    with pytest.raises(SystemExit) as exited:
        main(list(args))
    captured = capsys.readouterr()
    code = exited.value.code
    return Result(code if isinstance(code, int) else (0 if code is None else 1), captured.out, captured.err)
