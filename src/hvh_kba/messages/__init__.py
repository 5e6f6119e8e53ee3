"""Everything the program says to a person besides its views, in Dutch and English: errors, its own lines on the
command line, Click's words and the help.

The library raises `Message`s (errors.py: a key and its values); they become words only when shown, in the
language of the run. Each part of the program keeps its messages in a module of its own here; a test checks that
every key the code says is in the list, in both languages, with the same placeholders.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..errors import Message
from . import cli, common, data, library

MESSAGES: dict[str, tuple[str, str]] = {**common.MESSAGES, **data.MESSAGES, **library.MESSAGES, **cli.MESSAGES}


def render(message: Message, lang: str) -> str:
    nl, en = MESSAGES[message.key]
    template = nl if lang == "nl" else en
    return template.format(**{name: _value(value, lang) for name, value in message.values})


def _value(value: Any, lang: str) -> str:
    """A value in a message: a message in the same language, a list joined, a large number grouped, else as given."""
    if isinstance(value, Message):
        return render(value, lang)
    if isinstance(value, (tuple, list)):
        return ", ".join(_value(v, lang) for v in value)
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        return str(value)
    from ..render import fmt

    if isinstance(value, int) or value == value.to_integral_value():
        return fmt.number(value, lang) if abs(value) >= 10_000 else str(int(value))
    return f"{value.normalize():f}".replace(".", "," if lang == "nl" else ".")
