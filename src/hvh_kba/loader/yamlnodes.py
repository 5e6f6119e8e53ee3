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

from ..errors import Problem

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
        what = exc.problem or exc.context or "invalid YAML"
        return None, [Problem(file, line, "", f"YAML syntax error: {what}")]
    except yaml.YAMLError as exc:  # reader errors: bytes that are not text
        return None, [Problem(file, None, "", f"YAML error: {exc}")]
    except (RecursionError, MemoryError):
        return None, [Problem(file, None, "", f"nested too deep for a data file (at most {MAX_DEPTH} levels)")]
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
                self.problems.append(Problem(file, line, dotted(path), "YAML aliases (*name) are not accepted; write the value out"))
                self.alias = True
            return None
        self.origins[path] = (file, node.start_mark.line + 1)
        self.seen.add(id(node))
        if len(path) > MAX_DEPTH:
            self.problems.append(Problem(file, node.start_mark.line + 1, dotted(path), f"nested deeper than {MAX_DEPTH} levels"))
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
                    self.problems.append(Problem(file, line, dotted(path), "keys must be plain text"))
                elif key in result:
                    self.problems.append(Problem(file, line, dotted(path + (key,)), "duplicate key"))
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
            problems.append(Problem(file, node.start_mark.line + 1, dotted(path), f"not a finite number: {value}"))
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
    return Problem(file, node.start_mark.line + 1, dotted(path), f"unsupported YAML tag {node.tag}; only plain values are accepted")


def dotted(path: Path) -> str:
    """A path as `items[3].amount`."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
