"""Roles people hold (placeholder until the full module lands)."""

from __future__ import annotations

from collections.abc import Sequence

from cuttings.infer.findings import CouncilResult, PeopleResult
from cuttings.model import RoleFact


def find_roles(paragraphs: Sequence[str], people: PeopleResult, councils: CouncilResult) -> tuple[RoleFact, ...]:
    return ()
