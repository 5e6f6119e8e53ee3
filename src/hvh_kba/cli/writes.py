"""Files the command line writes survive anything: a full disk, a signal, a killed run.

A report is written to a temporary file beside the target, flushed to disk, then renamed over it,
so the target is either the old file or the whole new one. SIGTERM and SIGHUP during the write
raise SystemExit (SIGINT raises KeyboardInterrupt already), so the temporary file is removed; one
left by a run killed outright (SIGKILL, a power cut) carries its process id, and the next write to
the same target removes it once that process is gone. Errors name the target, not the temporary.
"""

from __future__ import annotations

import contextlib
import glob
import os
import signal
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

STRAY = ".hvh-kba.tmp"  # the suffix of a temporary file: .NAME.PID.RANDOM.hvh-kba.tmp


@contextlib.contextmanager
def signals_raise() -> Iterator[None]:
    """SIGTERM and SIGHUP end the process through Python, so `finally` and `except` clean up."""

    def leave(number, _frame):
        raise SystemExit(128 + number)

    chosen = [s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)) if s is not None]
    try:
        before = {s: signal.signal(s, leave) for s in chosen}
    except ValueError:  # not the main thread (a notebook's worker): signals are not ours to change
        yield
        return
    try:
        yield
    finally:
        for number, handler in before.items():
            signal.signal(number, handler)


def sweep(folder: Path, name: str) -> None:
    """Remove the temporary files of earlier writes to `name` whose process no longer runs."""
    for stray in folder.glob(f".{glob.escape(name)}.*{STRAY}"):
        pid = stray.name[len(name) + 2 :].split(".", 1)[0]
        if pid.isdigit() and not _running(int(pid)):
            stray.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def write_atomically(out: Path, write: Callable[[Path], None]) -> None:
    """Call `write` with a temporary path beside `out`; then flush it to disk and rename it to `out`."""
    folder = out.resolve().parent
    sweep(folder, out.name)
    descriptor, name = tempfile.mkstemp(dir=folder, prefix=f".{out.name}.{os.getpid()}.", suffix=STRAY)
    os.close(descriptor)
    temporary = Path(name)
    try:
        with signals_raise():
            try:
                write(temporary)
                with open(temporary, "rb+") as handle:
                    os.fsync(handle.fileno())
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes it private; a report is an ordinary file
                os.replace(temporary, out)
            except OSError as error:
                raise OSError(error.errno, error.strerror or str(error), str(out)) from error
            _sync_folder(folder)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _sync_folder(folder: Path) -> None:
    """The rename itself on disk (best effort: not every system can open a folder)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
