"""The README's examples: each ```console block starting with `$ hvh-kba ...` shows real output.

`python tests/readme_examples.py` rewrites the outputs after a change; the docs test fails
while they differ, so the README cannot drift from what the program prints.
"""

from __future__ import annotations

import contextlib
import re
import shlex
import shutil
import sys
import tempfile
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCK = re.compile(r"```console\n\$ (hvh-kba[^\n]*)\n(.*?)```", re.DOTALL)


def run(command: str) -> str:
    from typer.testing import CliRunner

    from hvh_kba.cli.app import app

    from hvh_kba.paths import shipped_data_dir

    # examples run in an empty folder (those that write, as init, start clean) with the monitoring files beside them
    with tempfile.TemporaryDirectory() as folder, contextlib.chdir(folder):
        shutil.copytree(shipped_data_dir() / "monitoring", Path(folder) / "monitoring")
        return CliRunner().invoke(app, shlex.split(command)[1:], prog_name="hvh-kba").output


def examples(text: str) -> list[tuple[str, str]]:
    return [(m.group(1), m.group(2)) for m in BLOCK.finditer(text)]


def update() -> int:
    text = README.read_text(encoding="utf-8")
    new = BLOCK.sub(lambda m: f"```console\n$ {m.group(1)}\n{run(m.group(1))}```", text)
    README.write_text(new, encoding="utf-8")
    print(f"{len(examples(new))} examples written", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(update())
