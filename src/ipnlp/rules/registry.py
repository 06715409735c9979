"""The explicit rule registry and rule selection by code, prefix or name.

Built-in rules come from the family packages' ``RULES`` tuples; third-party rules from the
entry-point group ``ipnlp.rules``, each entry point resolving to a ``Rule`` or a tuple of them::

    [project.entry-points."ipnlp.rules"]
    mycorp = "mycorp_ipnlp:RULES"

Selection works like ruff: a selector is ``ALL``, a code prefix (``IPN1`` is the figures family,
``IPN101`` one rule) or a rule name (``conflicting-values``, as specific as its code). For each rule
the most specific matching selector of ``select`` and of ``ignore`` is compared; the more specific
wins and ``ignore`` wins a tie.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from importlib.metadata import entry_points

from ..errors import IpnlpError, Messages
from .base import Rule

ENTRY_POINT_GROUP = "ipnlp.rules"
ALL = "ALL"
_CODE = re.compile(r"IPN\d{3}")


def builtin_rules() -> tuple[Rule, ...]:
    # Imported here, not at module level: the family modules import ``ipnlp.rules.base``, whose
    # package ``__init__`` imports this module.
    from ..alignment.checks import ALIGN_RULES
    from . import cross, figures, text

    # Cross-document rules (IPN5xx) and translation rules (IPN6xx) are registered for listing,
    # documentation and selection; the per-document engine skips them: ``ipnlp.rules.cross`` runs
    # the first over a batch, ``ipnlp.align`` the second over a document and its translation.
    return tuple(figures.RULES) + tuple(text.RULES) + tuple(cross.RULES) + ALIGN_RULES


def plugin_rules() -> tuple[Rule, ...]:
    """Rules contributed by installed packages through the ``ipnlp.rules`` entry-point group."""
    found: list[Rule] = []
    for entry_point in entry_points(group=ENTRY_POINT_GROUP):
        try:
            loaded = entry_point.load()
        except Exception as exc:  # a broken plugin is a configuration error, not a crash
            raise IpnlpError(Messages.E009.format(
                name=entry_point.name, reason=f"cannot be loaded: {type(exc).__name__}: {exc}")) from exc
        values = (loaded,) if isinstance(loaded, Rule) else loaded
        if not isinstance(values, (tuple, list)) or not all(isinstance(v, Rule) for v in values):
            reason = f"must be a Rule or a tuple of Rules, not {type(loaded).__name__}"
            raise IpnlpError(Messages.E009.format(name=entry_point.name, reason=reason))
        found.extend(values)
    return tuple(found)


@functools.cache
def all_rules() -> tuple[Rule, ...]:
    """Every registered rule, in code order. Cached: entry points are scanned once per process."""
    return check_unique(builtin_rules() + plugin_rules())


def check_unique(rules: Iterable[Rule]) -> tuple[Rule, ...]:
    """Rules sorted by code; a malformed or reused code or name is a configuration error."""
    by_code: dict[str, Rule] = {}
    names: set[str] = set()
    for rule in rules:
        if not _CODE.fullmatch(rule.code):
            raise IpnlpError(Messages.E009.format(
                name=rule.name, reason=f"rule code {rule.code!r} is not IPN followed by 3 digits"))
        if rule.code in by_code or rule.name in names:
            raise IpnlpError(Messages.E009.format(
                name=rule.name, reason=f"rule {rule.code} {rule.name} is registered twice"))
        by_code[rule.code] = rule
        names.add(rule.name)
    return tuple(sorted(by_code.values(), key=lambda r: r.code))


def get_rule(code_or_name: str, rules: Sequence[Rule] | None = None) -> Rule | None:
    """The rule with this exact code (case-insensitive) or name, or None."""
    key = code_or_name.strip()
    for rule in all_rules() if rules is None else rules:
        if rule.code == key.upper() or rule.name == key.lower():
            return rule
    return None


def specificity(selector: str, rule: Rule) -> int | None:
    """How specifically ``selector`` names ``rule`` (longer is more specific), or None if it does not."""
    key = selector.strip()
    if key.upper() == ALL:
        return 0
    if key.lower() == rule.name:
        return len(rule.code)
    if rule.code.startswith(key.upper()) and key.upper().startswith("IPN"):
        return len(key)
    return None


def validate_selectors(selectors: Iterable[str], rules: Sequence[Rule] | None = None) -> None:
    """Raise E007 for a selector that names no registered rule (a typo must not silently select nothing)."""
    pool = all_rules() if rules is None else rules
    for selector in selectors:
        if selector.strip().upper() == ALL:
            continue
        if not any(specificity(selector, rule) is not None for rule in pool):
            raise IpnlpError(Messages.E007.format(selector=selector))


def is_selected(rule: Rule, select: Sequence[str], ignore: Sequence[str]) -> bool:
    selected = max((s for s in (specificity(x, rule) for x in select) if s is not None), default=None)
    if selected is None:
        return False
    ignored = max((s for s in (specificity(x, rule) for x in ignore) if s is not None), default=None)
    return ignored is None or selected > ignored


def select_rules(
    select: Sequence[str] = (ALL,),
    ignore: Sequence[str] = (),
    rules: Sequence[Rule] | None = None,
) -> tuple[Rule, ...]:
    """The rules enabled by ``select`` minus ``ignore``, in code order; unknown selectors raise E007."""
    pool = all_rules() if rules is None else tuple(rules)
    validate_selectors([*select, *ignore], pool)
    return tuple(rule for rule in pool if is_selected(rule, select, ignore))
