"""Headless Chromium (Debian's `chromium`) for PDF output: A4 comes from the page's @page rule."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
]


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def run(args: list[str], timeout: float = 90) -> subprocess.CompletedProcess:
    """Chromium with a fresh profile; without the network flags it would hang on lookups on a closed network."""
    exe = chromium()
    if exe is None:
        from ..errors import InputError

        raise InputError("a PDF needs Debian's chromium (apt-get install chromium); or write .html and print it")
    with tempfile.TemporaryDirectory(prefix="hvh-kba-chromium-") as profile:
        env = dict(os.environ, HOME=profile, DBUS_SESSION_BUS_ADDRESS="disabled:")
        return subprocess.run([exe, *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True, text=True,
                              timeout=timeout, env=env, stdin=subprocess.DEVNULL)


def print_pdf(page: str, target: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="hvh-kba-pdf-") as folder:
        source = Path(folder) / "report.html"
        source.write_text(page, encoding="utf-8")
        pdf = Path(folder) / "report.pdf"
        result = run([f"--print-to-pdf={pdf}", "--no-pdf-header-footer", source.as_uri()])
        if not pdf.is_file() or pdf.stat().st_size == 0:
            raise OSError(f"chromium wrote no PDF (exit {result.returncode})")
        shutil.copyfile(pdf, target)
