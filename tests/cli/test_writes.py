"""Writes that survive: a signal, a killed run, a full disk, a browser that hangs."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from hvh_kba.cli.writes import STRAY, write_atomically

SLOW_WRITER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from hvh_kba.cli.writes import write_atomically

    def write(path):
        path.write_text("half a report")
        Path(sys.argv[2]).write_text("writing")  # tell the test the write has begun
        time.sleep(30)

    write_atomically(Path(sys.argv[1]), write)
""")


def start_slow_writer(tmp_path: Path) -> tuple[subprocess.Popen, Path]:
    target, started = tmp_path / "rapport.md", tmp_path / "started"
    process = subprocess.Popen([sys.executable, "-c", SLOW_WRITER, str(target), str(started)])
    deadline = time.monotonic() + 20
    while not started.exists():
        assert time.monotonic() < deadline and process.poll() is None, "the writer did not start"
        time.sleep(0.02)
    return process, target


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_a_signal_during_a_write_leaves_nothing(tmp_path, number):
    process, target = start_slow_writer(tmp_path)
    process.send_signal(number)
    assert process.wait(timeout=10) != 0
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["started"]  # no temporary file


def test_a_killed_run_leaves_a_stray_the_next_write_removes(tmp_path):
    process, target = start_slow_writer(tmp_path)
    process.kill()  # SIGKILL: no cleanup is possible
    process.wait(timeout=10)
    strays = [p for p in tmp_path.iterdir() if p.name.endswith(STRAY)]
    assert len(strays) == 1 and strays[0].name.startswith(f".rapport.md.{process.pid}.")
    write_atomically(target, lambda path: path.write_text("heel", encoding="utf-8"))
    assert target.read_text(encoding="utf-8") == "heel"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rapport.md", "started"]


def test_a_running_writers_file_is_left_alone(tmp_path):
    stray = tmp_path / f".rapport.md.{os.getpid()}.abc{STRAY}"  # this process runs: not a stray
    stray.write_text("busy", encoding="utf-8")
    write_atomically(tmp_path / "rapport.md", lambda path: path.write_text("x", encoding="utf-8"))
    assert stray.exists()


def test_a_failed_write_names_the_target_not_the_temporary(tmp_path):
    target = tmp_path / "rapport.xlsx"

    def full(path: Path) -> None:
        raise OSError(28, "No space left on device", str(path))

    with pytest.raises(OSError) as caught:
        write_atomically(target, full)
    assert caught.value.filename == str(target) and caught.value.strerror == "No space left on device"
    assert list(tmp_path.iterdir()) == []


FAKE_BROWSER = textwrap.dedent("""\
    #!/bin/sh
    # a browser that starts a child and never finishes
    sleep 300 &
    echo $! > "$HVH_KBA_TEST_CHILD"
    sleep 300
""")


def test_a_hanging_browser_is_stopped_with_all_its_children(tmp_path, monkeypatch):
    from hvh_kba.render import browser

    fake = tmp_path / "chromium"
    fake.write_text(FAKE_BROWSER, encoding="utf-8")
    fake.chmod(0o755)
    child = tmp_path / "child.pid"
    monkeypatch.setattr(browser, "chromium", lambda: str(fake))
    monkeypatch.setenv("HVH_KBA_TEST_CHILD", str(child))
    start = time.monotonic()
    with pytest.raises(OSError) as caught:
        browser.run(["about:blank"], timeout=1)
    assert time.monotonic() - start < 10 and "did not finish within 1 s" in str(caught.value)
    pid = int(child.read_text())
    deadline = time.monotonic() + 5
    while True:  # the child was killed with its group (a zombie until init reaps it counts as gone)
        try:
            state = Path(f"/proc/{pid}/stat").read_text().split()[2]
        except FileNotFoundError:
            break
        if state == "Z":
            break
        assert time.monotonic() < deadline, "the browser's child still runs"
        time.sleep(0.05)
