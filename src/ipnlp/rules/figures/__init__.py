"""Rule family package: the explicit RULES tuple of this family, in code order."""

from __future__ import annotations

from ..base import Rule

RULES: tuple[Rule, ...] = ()
