"""Safe YAML to plain Python, keeping the file and line of every value.

PyYAML's constructors lose line numbers and silently keep the last of two
duplicate keys. We compose the node tree (safe, C-accelerated where
libyaml is available) and convert it ourselves: floats become `Decimal`
straight from their text, so money never passes through binary floats.

What a data file never needs is refused with its line, before it can cost time or memory:
aliases (`*name`: a few lines of them expand into billions of values), nesting deeper than
MAX_DEPTH, and explicit tags (`!!python/object`).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from ..errors import Problem, Said, say

_TAG = "tag:yaml.org,2002:"
_COLLECTIONS = {"MappingNode": _TAG + "map", "SequenceNode": _TAG + "seq"}
_TRUE = {"true", "yes", "on", "y"}
MAX_DEPTH = 32  # the data files nest six levels at most
Path = tuple[str | int, ...]


class Document:
    """Loaded YAML data and, for each path in it, the (file, line) it was read from."""

    def __init__(self, data: Any, origins: dict[Path, tuple[str, int]], file: str):
        self.data = data
        self.origins = origins
        self.file = file

    def locate(self, path: Path) -> tuple[str, int | None]:
        """File and line of the deepest known prefix of `path` (a missing key points at its parent)."""
        for end in range(len(path), -1, -1):
            origin = self.origins.get(tuple(path[:end]))
            if origin is not None:
                return origin
        return self.file, None


def parse(text: str, file: str) -> tuple[Document | None, list[Problem]]:
    """Parse `text`; on failure return the problems instead of raising."""
    import yaml  # here, not at the top: runs whose data comes from the cache never need it

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C composer is several times faster
    try:
        node = yaml.compose(text, Loader=loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        what = exc.problem or exc.context
        return None, [Problem(file, line, "", say("data.yaml.syntax", what=_syntax(what)))]
    except yaml.YAMLError as exc:  # reader errors: bytes that are not text
        return None, [Problem(file, None, "", _reader_error(exc))]
    except (RecursionError, MemoryError):
        return None, [Problem(file, None, "", say("data.yaml.too_deep", depth=MAX_DEPTH))]
    problems: list[Problem] = []
    origins: dict[Path, tuple[str, int]] = {}
    data = {} if node is None else _Converter(origins, problems, file).convert(node, ())
    return Document(data, origins, file), problems


def merge(base: Document, override: Document) -> Document:
    """`override` on top of `base`: mappings merge key by key, anything else is replaced."""
    origins = dict(base.origins)

    def walk(a: Any, b: Any, path: Path) -> Any:
        if isinstance(a, dict) and isinstance(b, dict):
            out = dict(a)
            for key, value in b.items():
                out[key] = walk(a.get(key), value, path + (key,))
            origins[path] = override.origins.get(path, origins.get(path, (override.file, 1)))
            return out
        for key in [p for p in origins if p[: len(path)] == path and len(p) > len(path)]:
            del origins[key]
        origins.update({p: o for p, o in override.origins.items() if p[: len(path)] == path})
        return b

    return Document(walk(base.data, override.data, ()), origins, override.file)


class _Converter:
    """Nodes to plain values, each node once: a node met again is an alias, refused."""

    def __init__(self, origins: dict, problems: list, file: str):
        self.origins = origins
        self.problems = problems
        self.file = file
        self.seen: set[int] = set()
        self.alias = False

    def convert(self, node: Any, path: Path) -> Any:
        file = self.file
        if id(node) in self.seen:  # the composer hands an alias over as the anchored node itself
            if not self.alias:  # one line for the file, not one per alias
                line = self.origins.get(path[:-1], (file, None))[1]
                self.problems.append(Problem(file, line, dotted(path), say("data.yaml.alias")))
                self.alias = True
            return None
        self.origins[path] = (file, node.start_mark.line + 1)
        self.seen.add(id(node))
        if len(path) > MAX_DEPTH:
            self.problems.append(Problem(file, node.start_mark.line + 1, dotted(path), say("data.yaml.deeper", depth=MAX_DEPTH)))
            return None
        kind = type(node).__name__
        if kind in _COLLECTIONS and node.tag != _COLLECTIONS[kind]:
            self.problems.append(_unsupported(node, path, file))
            return None
        if kind == "MappingNode":
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                key = key_node.value if type(key_node).__name__ == "ScalarNode" else None
                line = key_node.start_mark.line + 1
                if not isinstance(key, str):
                    self.problems.append(Problem(file, line, dotted(path), say("data.yaml.plain_keys")))
                elif key in result:
                    self.problems.append(Problem(file, line, dotted(path + (key,)), say("data.yaml.duplicate_key")))
                else:
                    result[key] = self.convert(value_node, path + (key,))
                    self.origins[path + (key,)] = (file, line)  # the key's line: a block value starts below it
            return result
        if kind == "SequenceNode":
            return [self.convert(child, path + (i,)) for i, child in enumerate(node.value)]
        return _scalar(node, path, self.problems, file)


def _scalar(node: Any, path: Path, problems: list, file: str) -> Any:
    tag, value = node.tag, node.value
    if tag == _TAG + "str":
        return value
    if tag == _TAG + "int":
        try:
            return int(value.replace("_", ""), 0)
        except ValueError:
            return value
    if tag == _TAG + "float":
        number = None
        try:
            number = Decimal(value.replace("_", ""))
        except InvalidOperation:
            pass
        if number is None or not number.is_finite():
            problems.append(Problem(file, node.start_mark.line + 1, dotted(path), say("data.yaml.not_finite", value=value)))
        return number
    if tag == _TAG + "bool":
        return value.lower() in _TRUE
    if tag == _TAG + "null":
        return None
    if tag == _TAG + "timestamp":
        return value
    problems.append(_unsupported(node, path, file))
    return None


def _unsupported(node: Any, path: Path, file: str) -> Problem:
    # explicit tags such as !!python/object are refused, whatever they would build
    return Problem(file, node.start_mark.line + 1, dotted(path), say("data.yaml.tag", tag=node.tag))


# What the YAML parser (libyaml, or PyYAML's own) says is wrong, in words: its English text -> a message.
_SYNTAX = {
    "did not find expected ',' or ']'": say("data.yaml.expected_end_of_list"),
    "did not find expected ',' or '}'": say("data.yaml.expected_end_of_mapping"),
    "mapping values are not allowed in this context": say("data.yaml.mapping_not_allowed"),
    "mapping values are not allowed here": say("data.yaml.mapping_not_allowed_here"),
    "did not find expected key": say("data.yaml.expected_key"),
    "found unexpected end of stream": say("data.yaml.unexpected_end"),
    "found character that cannot start any token": say("data.yaml.bad_character"),
    "did not find expected '-' indicator": say("data.yaml.expected_dash"),
    "found undefined alias": say("data.yaml.undefined_alias"),
    "did not find expected node content": say("data.yaml.expected_content"),
    "could not find expected ':'": say("data.yaml.expected_colon"),
    "did not find expected <document start>": say("data.yaml.expected_document_start"),
    "found unknown escape character": say("data.yaml.unknown_escape"),
    "block sequence entries are not allowed in this context": say("data.yaml.list_not_allowed"),
    "found a tab character that violates indentation": say("data.yaml.tab"),
    "found undefined tag handle": say("data.yaml.undefined_tag_handle"),
    "found duplicate %YAML directive": say("data.yaml.duplicate_directive"),
    "found unknown directive name": say("data.yaml.unknown_directive"),
    "second occurrence": say("data.yaml.duplicate_anchor"),
    "exceeded maximum nesting depth": say("data.yaml.nesting"),
    "did not find expected comment or line break": say("data.yaml.expected_line_break"),
}
# Why the YAML reader refuses a character (ReaderError.reason)
_CHARACTER = {
    "control characters are not allowed": say("data.yaml.control_characters"),
    "special characters are not allowed": say("data.yaml.special_characters"),
}


def _syntax(what: str | None) -> Said:
    if not what:
        return say("data.yaml.invalid")
    return _SYNTAX.get(what, what)  # a text not listed is quoted as the parser says it


def _reader_error(exc: Exception) -> Said:
    """A character the YAML reader refuses (PyYAML's ReaderError, its own words rebuilt), or the error as it is."""
    character = getattr(exc, "character", None)
    if isinstance(character, int) and isinstance(getattr(exc, "position", None), int):
        reason = _CHARACTER.get(exc.reason, exc.reason)
        return say("data.yaml.character", code=f"{character:04x}", reason=reason, name=str(exc.name), position=str(exc.position))
    return say("data.yaml.error", detail=str(exc))


def dotted(path: Path) -> str:
    """A path as `items[3].amount`."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
