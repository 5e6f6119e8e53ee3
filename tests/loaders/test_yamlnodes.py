"""The YAML reader: values with their lines, read from the parser's events (no tree of nodes first)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from hvh_kba.errors import said
from hvh_kba.loader.yamlnodes import parse


def problems(text: str) -> list[tuple[int | None, str, str]]:
    doc, found = parse(text, "f.yaml")
    return [(p.line, p.field, said(p.message, "en")) for p in found]


def test_values_and_the_lines_they_were_read_from():
    doc, found = parse("a: 1\nb:\n  - 2.50\n  - {c: yes, d: ~}\ne: tekst\n", "f.yaml")
    assert found == []
    assert doc.data == {"a": 1, "b": [Decimal("2.50"), {"c": True, "d": None}], "e": "tekst"}
    assert doc.locate(("b", 1, "c")) == ("f.yaml", 4) and doc.locate(("e",)) == ("f.yaml", 5)
    assert doc.locate(("b", 0)) == ("f.yaml", 3) and doc.locate(("missing",)) == ("f.yaml", 1)


@pytest.mark.parametrize(
    "text, expected",
    [
        # an alias anywhere is refused, once a file: as a value, as a key, to an anchor in a part not read
        ("a: &x [1, 2]\nb: *x\nc: *x\n", [(1, "b", "YAML aliases (*name) are not accepted; write the value out")]),
        ("a: &k x\n*k : 2\n", [(2, "", "YAML aliases (*name) are not accepted; write the value out")]),
        ("a: !!foo [&z 1]\nb: *z\n", [(1, "a", "unsupported YAML tag tag:yaml.org,2002:foo; only plain values are accepted"),
                                       (1, "b", "YAML aliases (*name) are not accepted; write the value out")]),
        ("a: *nope\n", [(1, "", "YAML syntax error: found undefined alias")]),
        ("a: 1\n---\nb: 2\n", [(2, "", "YAML syntax error: but found another document")]),
        ("a: 1\na: 2\n", [(2, "a", "duplicate key")]),
    ],
)
def test_what_a_data_file_never_needs_is_refused_with_its_line(text, expected):
    assert problems(text) == expected


def test_nesting_deeper_than_the_limit_is_refused_and_read_past():
    text = "a: " + "[" * 40 + "]" * 40 + "\nb: 1\n"
    doc, found = parse(text, "f.yaml")
    assert [(p.line, said(p.message, "en")) for p in found] == [(1, "nested deeper than 32 levels")]
    assert doc.data["b"] == 1


def test_an_empty_file_is_an_empty_mapping():
    assert parse("", "f.yaml")[0].data == {} and parse("# only a comment\n", "f.yaml")[0].data == {}
