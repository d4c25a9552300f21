"""Organisations and political parties named in an article (placeholder until the full module lands)."""

from __future__ import annotations

from collections.abc import Sequence

from cuttings.infer.findings import CouncilResult, EntitySpan


def find_organisations(
    paragraphs: Sequence[str], entities: Sequence[EntitySpan], councils: CouncilResult
) -> tuple[str, ...]:
    return ()
