"""Problems in data files are said in Dutch too: each broken file of test_bad_input in Dutch, still naming its file,
line and field; and the English of every message that stands for a text of pydantic, YAML or Python is that text."""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal
from typing import Literal

import pytest

from hvh_kba.errors import DataError, Message, Problem
from hvh_kba.loader.dataset import UTF8_REASONS, load_dataset
from hvh_kba.loader.validate import DATE_ERRORS, FIELD_TYPES
from hvh_kba.loader.yamlnodes import _CHARACTER, _SYNTAX, parse
from hvh_kba.schema.common import Ref

from .test_bad_input import CASES, replace

# English a Dutch problem should not contain (the quoted values and keys of the fixtures contain none of these)
ENGLISH = (" the ", " must ", "unknown", "accepted", "expected", "Input should", " should ", " is not ", " above ", " below ",
           "duplicate", "did you mean", "required", "missing", " valid", " or ", " and ", " error", "cannot", " found")


def dutch_problems(root) -> list[Problem]:
    with pytest.raises(DataError) as caught:
        load_dataset(root, display="data")
    return caught.value.problems


@pytest.mark.parametrize(("file", "old", "new", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_broken_file_in_dutch(data_copy, file, old, new, expected):
    replace(data_copy, file, old, new)
    found = [p for p in dutch_problems(data_copy) if all(fragment in str(p) for fragment in expected)]
    assert found
    for problem in found:
        dutch = problem.text("nl")
        assert isinstance(problem.message, Message), problem
        assert dutch.startswith(f"{problem.file}:{problem.line}:" if problem.line else f"{problem.file}:"), dutch
        assert problem.field in dutch and problem.file.startswith("data/")
        assert not [word for word in ENGLISH if word in dutch], dutch
        assert dutch != str(problem)


def pydantic_errors(schema, value) -> list[dict]:
    from pydantic import TypeAdapter, ValidationError

    with pytest.raises(ValidationError) as caught:
        TypeAdapter(schema).validate_python(value)
    return caught.value.errors()


@pytest.mark.parametrize(("schema", "value"), [
    (int, "x"), (int, 1.5), (int, None), (str, 5), (bool, "x"), (bool, 5), (Decimal, "x"), (Decimal, [1]), (list[int], 5),
    (dict[str, int], 5), (Ref, "x"), (date, "2021-13-01"), (date, "2021-1-1"), (date, "2021/01/01"), (date, 1.5), (date, None),
    (Literal["dag", "week"], "jaar"), (Literal["dag"], "jaar"), (date, "20x1-01-01"), (date, "2021-02-30"),
])
def test_pydantic_in_its_own_english_and_in_dutch(schema, value):
    from hvh_kba.loader.validate import _message

    for error in pydantic_errors(schema, value):
        message = _message(error)
        assert isinstance(message, Message) and message.key != "data.pydantic.other", error
        assert message.text("en") == error["msg"]
        assert not [word for word in ("Input", "should", "valid ", " or ", "expected") if word in message.text("nl")], message.text("nl")


def test_a_pydantic_type_not_listed_names_its_type_in_dutch():
    from hvh_kba.loader.validate import _message

    error = {"type": "string_too_long", "msg": "String should have at most 3 characters", "ctx": {"max_length": 3}}
    assert _message(error).text("en") == "String should have at most 3 characters"
    assert _message(error).text("nl") == "ongeldige waarde (string_too_long)"


def test_the_lists_of_outside_words_keep_their_english():
    for table in (_SYNTAX, _CHARACTER, DATE_ERRORS, FIELD_TYPES, UTF8_REASONS):
        for english, message in table.items():
            assert message.text("en") == english
            assert message.text("nl") != english


def test_a_yaml_syntax_error_in_dutch():
    _, problems = parse("a: [b\n", "f.yaml")
    assert str(problems[0]) == "f.yaml:2: YAML syntax error: did not find expected ',' or ']'"
    assert problems[0].text("nl") == "f.yaml:2: fout in de YAML-syntaxis: ',' of ']' verwacht maar niet gevonden"
    _, problems = parse("a: \x07\n", "f.yaml")
    assert str(problems[0]).startswith("f.yaml: YAML error: unacceptable character #x0007: control characters are not allowed")
    assert "stuurtekens" in problems[0].text("nl")


def test_arithmetic_in_a_data_file_in_dutch(data_copy, data_dir):
    shutil.copytree(data_dir / "municipalities", data_copy / "municipalities")
    replace(data_copy, "municipalities/twente.yaml", 'amount: "178480 / 3"', 'amount: "178480 ** 3"')
    replace(data_copy, "municipalities/twente.yaml", 'amount: "178480 * 2 / 3"', 'amount: "178480 * 2 / 0"')
    problems = dutch_problems(data_copy)
    texts = {p.text("en"): p.text("nl") for p in problems}
    assert any("only numbers, + - * / // and brackets are allowed: '178480 ** 3'" in en for en in texts), texts
    assert any("division by zero in '178480 * 2 / 0'" in en for en in texts), texts
    assert not [nl for nl in texts.values() if "only" in nl or "division" in nl]
