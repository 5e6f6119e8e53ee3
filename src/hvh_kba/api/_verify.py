"""Every published figure beside the model, classified."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from ..core.verify import Check, summary
from ..record import record
from ..schema.published import Remark
from ._analysis import Analysis, RunContext


@record
class Verification:
    checks: tuple[Check, ...]
    remarks: tuple[Remark, ...]  # inconsistencies of the source that change no figure
    counts: Mapping[str, int]  # status -> number of figures
    context: RunContext

    @property
    def unexplained(self) -> int:
        return self.counts["unexplained"]


def verify(analysis: Analysis) -> Verification:
    """Compute every published figure of the study and classify the difference."""
    checks = tuple(analysis.checks())
    return Verification(checks, tuple(analysis.study().errata.remarks), MappingProxyType(summary(list(checks))), analysis.context())
