"""The two kinds of bad input, shared by every layer: problems in data files, and a bad argument.

Both end as one clear line per problem and exit code 2 on the command line; in a notebook they are
ordinary exceptions with the same text.
"""

from __future__ import annotations

from typing import Any

from .record import record


@record
class Message:
    """Words for a person, said in their language only when shown: a key of the message list (messages/) and the
    values that fill it. The library raises these; the command line says them in --lang; str() is English."""

    key: str
    values: tuple[tuple[str, Any], ...] = ()

    def text(self, lang: str = "en") -> str:
        from .messages import render

        return render(self, lang)

    def __str__(self) -> str:
        return self.text("en")


def say(key: str, **values: Any) -> Message:
    """A message to show: `say("unknown", what=..., name=...)`; lists become tuples, so that a message stays hashable."""
    return Message(key, tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in values.items()))


Said = str | Message  # a message, or text that is the same in every language (a file name, a value quoted back)


def said(value: Said, lang: str) -> str:
    return value.text(lang) if isinstance(value, Message) else value


@record
class Problem:
    file: str
    line: int | None
    field: str
    message: Said

    def text(self, lang: str = "en") -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field} {said(self.message, lang)}"

    def __str__(self) -> str:
        return self.text("en")


class DataError(Exception):
    """Invalid input data; every problem found, not only the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class InputError(ValueError):
    """A bad argument to the library (an unknown name, a value out of range).

    `field` is the library's name of the argument; the command line shows its own option instead.
    """

    def __init__(self, message: Said, field: str | None = None):
        self.message = message
        self.field = field
        super().__init__(f"{field}: {message}" if field else str(message))

    def text(self, lang: str = "en") -> str:
        return said(self.message, lang)


class ToolError(OSError):
    """A program hvh-kba uses (the browser that prints the PDF) failed: one line, exit 2, in the run's language."""

    def __init__(self, message: Said):
        self.message = message
        super().__init__(str(message))

    def text(self, lang: str = "en") -> str:
        return said(self.message, lang)


def os_reason(error: OSError) -> Said:
    """Why the system refused a file, in words for the common reasons (else the system's own, which is English)."""
    import errno

    keys = {errno.ENOENT: "os.not_found", errno.EACCES: "os.permission_denied", errno.EPERM: "os.not_permitted",
            errno.EEXIST: "os.exists", errno.ENOTDIR: "os.not_a_directory", errno.EISDIR: "os.is_a_directory",
            errno.ENOSPC: "os.no_space", errno.EROFS: "os.read_only", errno.ENAMETOOLONG: "os.name_too_long",
            errno.ELOOP: "os.symlink_loop", errno.EIO: "os.io_error"}
    key = keys.get(error.errno)
    return say(key) if key else error.strerror or str(error)


def unknown(what: str, name: str, known, field: str | None = None) -> InputError:
    """'unknown scenario 'realistik' (did you mean 'realistic'?); valid: ...': `what` names a noun of the message list."""
    import difflib

    known = sorted(known)
    close = difflib.get_close_matches(name, known, n=1)
    noun = say(f"noun.{what.replace(' ', '_')}")
    if close:
        return InputError(say("unknown.close", what=noun, name=name, close=close[0], known=known), field)
    return InputError(say("unknown", what=noun, name=name, known=known), field)


def shown(value: object, limit: int = 40) -> str:
    """A value quoted back in a message, shortened if long (a 5,000-digit number is not worth repeating)."""
    text = str(value)
    return text if len(text) <= limit else f"{text[: limit - 12]}...{text[-9:]} ({len(text)} characters)"
