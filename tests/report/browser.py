"""Open a report in Debian's headless Chromium and report what a reader would see.

A small script injected at the top of <head> records JavaScript errors, console errors, broken
images and empty SVGs; `--dump-dom` returns the rendered page with that record in it.
"""

from __future__ import annotations

import html
import json
import os
import re
from pathlib import Path

import pytest

from hvh_kba.render.browser import chromium, run

PROBE = """<script>
window.__errors = [];
window.addEventListener("error", e => window.__errors.push(e.message ? "js: " + e.message
  : "resource: " + String(e.target && (e.target.src || e.target.href)).slice(0, 120)), true);
const _error = console.error; console.error = (...a) => { window.__errors.push("console: " + a.join(" ")); _error(...a); };
window.addEventListener("load", () => {
  const images = [...document.images], svgs = [...document.querySelectorAll("svg")];
  const record = { errors: window.__errors, broken_images: images.filter(i => !(i.complete && i.naturalWidth > 0)).length,
    svgs: svgs.length, empty_svgs: svgs.filter(s => { const b = s.getBoundingClientRect(); return !(b.width > 0 && b.height > 0); }).length };
  const pre = document.createElement("pre"); pre.id = "probe"; pre.textContent = JSON.stringify(record);
  document.body.appendChild(pre);
});
</script>"""


def need_browser() -> None:
    """Skip without Chromium, unless the run demands it (CI sets HVH_KBA_REQUIRE_BROWSER=1 and installs it)."""
    if chromium() is None:
        if os.environ.get("HVH_KBA_REQUIRE_BROWSER") == "1":
            pytest.fail("HVH_KBA_REQUIRE_BROWSER=1 but no chromium on this machine")
        pytest.skip("no chromium here (CI installs Debian's chromium)")


def open_page(path: Path, folder: Path) -> tuple[dict, str]:
    page = re.sub(r"<head[^>]*>", lambda m: m.group(0) + PROBE, path.read_text(encoding="utf-8"), count=1)
    probed = folder / "probed.html"
    probed.write_text(page, encoding="utf-8")
    result = run(["--virtual-time-budget=5000", "--dump-dom", probed.as_uri()])
    found = re.search(r'<pre id="probe">(.*?)</pre>', result.stdout, re.S)
    record = json.loads(html.unescape(found.group(1))) if found else {"errors": ["the page did not finish loading"]}
    return record, result.stdout


def screenshot(path: Path, png: Path, size=(1000, 1600)) -> None:
    run([f"--screenshot={png}", f"--window-size={size[0]},{size[1]}", path.resolve().as_uri()])
