"""Load the study's published figures and errata (shipped inside the package)."""

from __future__ import annotations

import json
from pathlib import Path

from ..core.arith import evaluate
from ..core.measures import missing_arguments
from ..errors import DataError, Problem, Said, say
from ..record import record
from ..schema.published import Documents, Errata, Published
from .cache import Cache
from .dataset import Reader, arithmetic_problem

PUBLISHED_DIR = Path(__file__).resolve().parent.parent / "published"


@record
class Study:
    published: Published
    errata: Errata
    documents: Documents


def load_study(folder: Path = PUBLISHED_DIR, cache: Cache | None = None) -> Study:
    """The published figures, errata and documents, checked against each other."""
    cache = cache or Cache(None)
    key = json.dumps(["study", str(folder.resolve())])
    hit = cache.get(key)
    if isinstance(hit, list) and [type(part) for part in hit] == [Published, Errata, Documents]:
        return Study(*hit)
    reader = Reader()  # the study's files ship inside the package, never edited: one entry for the three
    study = _load(folder, reader)
    cache.put(key, reader.manifest(), [study.published, study.errata, study.documents])
    return study


def _load(folder: Path, reader: Reader) -> Study:
    problems: list[Problem] = []
    loaded, docs = {}, {}
    for name, schema in (("figures", Published), ("errata", Errata), ("documents", Documents)):
        loaded[name], docs[name], found = reader.record(folder / f"{name}.yaml", f"published/{name}.yaml", schema)
        problems += found
    if problems:
        raise DataError(problems)
    study = Study(loaded["figures"], loaded["errata"], loaded["documents"])
    problems += _cross_check(study, docs)
    if problems:
        raise DataError(problems)
    return study


def _cross_check(study: Study, docs: dict) -> list[Problem]:
    problems = []

    def add(name: str, path: tuple, message: Said) -> None:
        file, line = docs[name].locate(path) if docs[name] else (f"published/{name}.yaml", None)
        problems.append(Problem(file, line, ".".join(str(p) for p in path), message))

    seen: set[str] = set()
    for g, group in enumerate(study.published.groups):
        for f, figure in enumerate(group.figures):
            at = ("groups", g, "figures", f)
            if figure.id in seen:
                add("figures", at + ("id",), say("data.published.duplicate_figure", id=figure.id))
            seen.add(figure.id)
            for name in missing_arguments(figure.of):
                add("figures", at + ("of",), say("data.published.measure_needs", measure=figure.of.measure, name=name))
    covered: dict[str, str] = {}

    def claim(at: tuple, figure_id: str, erratum_id: str, already: str) -> None:
        """A figure an erratum names: a published one, and named by no other erratum."""
        if figure_id not in seen:
            add("errata", at, say("data.published.no_figure", id=figure_id))
        if figure_id in covered:
            add("errata", at, say(already, erratum=covered[figure_id]))
        covered[figure_id] = erratum_id

    for e, erratum in enumerate(study.errata.errata):
        for figure_id, expression in erratum.figures.items():
            at = ("errata", e, "figures", figure_id)
            claim(at, figure_id, erratum.id, "data.published.explained_already")
            try:
                evaluate(expression)
            except (ValueError, ArithmeticError) as exc:
                add("errata", at, arithmetic_problem(exc, expression))
        for i, figure_id in enumerate(erratum.unexplained):
            claim(("errata", e, "unexplained", i), figure_id, erratum.id, "data.published.listed_already")
    return problems
