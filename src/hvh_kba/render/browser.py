"""Headless Chromium (Debian's `chromium`) for PDF output: A4 comes from the page's @page rule.

The browser runs in a process group of its own, its output goes to files (not pipes a stray child
could hold open), and whatever happens (it finishes, it hangs past the timeout, the run is
interrupted) the whole group is killed before the call returns.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from ..errors import ToolError, say

FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
]
TIMEOUT = 45  # seconds: a report prints in two or three


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def run(args: list[str], timeout: float = TIMEOUT) -> subprocess.CompletedProcess:
    """Chromium with a fresh profile; without the network flags it would hang on lookups on a closed network."""
    exe = chromium()
    if exe is None:
        from ..errors import InputError

        raise InputError(say("render.no_chromium"))
    with tempfile.TemporaryDirectory(prefix="hvh-kba-chromium-") as folder:
        profile, out, err = Path(folder) / "profile", Path(folder) / "stdout", Path(folder) / "stderr"
        env = dict(os.environ, HOME=str(profile), DBUS_SESSION_BUS_ADDRESS="disabled:")
        with open(out, "wb") as stdout, open(err, "wb") as stderr:
            process = subprocess.Popen(
                [exe, *FLAGS, f"--user-data-dir={profile}", *args], stdin=subprocess.DEVNULL, stdout=stdout, stderr=stderr,
                env=env, start_new_session=True,
            )
            try:
                code = process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                raise ToolError(say("render.chromium_timeout", seconds=f"{timeout:g}")) from None
            finally:
                _kill_group(process)
        return subprocess.CompletedProcess(args, code, out.read_text(errors="replace"), err.read_text(errors="replace"))


def _kill_group(process: subprocess.Popen) -> None:
    """The browser and every child it started, whatever state they are in."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pass


def print_pdf(page: str, target: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="hvh-kba-pdf-") as folder:
        source = Path(folder) / "report.html"
        source.write_text(page, encoding="utf-8")
        pdf = Path(folder) / "report.pdf"
        result = run([f"--print-to-pdf={pdf}", "--no-pdf-header-footer", source.as_uri()])
        if not pdf.is_file() or pdf.stat().st_size == 0:
            raise ToolError(say("render.chromium_no_pdf", code=result.returncode))
        shutil.copyfile(pdf, target)
