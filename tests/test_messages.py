"""Every message the program says exists in Dutch and English, with the same placeholders, and every key the code
says is in the list: nothing reaches a reader half-translated."""

from __future__ import annotations

import ast
import string
from pathlib import Path

from hvh_kba.messages import MESSAGES

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "hvh_kba"


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_both_languages_have_the_same_placeholders():
    wrong = {key: (nl, en) for key, (nl, en) in MESSAGES.items() if placeholders(nl) != placeholders(en) or not nl or not en}
    assert wrong == {}


def said_keys() -> set[tuple[str, str]]:
    """Every literal key passed to say(...) in the code, with the file that says it."""
    found = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "say" and node.args:
                if isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                    found.add((node.args[0].value, str(path.relative_to(PACKAGE))))
    return found


def test_every_key_the_code_says_is_in_the_list():
    missing = sorted((key, where) for key, where in said_keys() if key not in MESSAGES)
    assert missing == []
