"""The explicit rule registry and rule selection by code, prefix or name.

Built-in rules come from the family packages' ``RULES`` tuples; third-party rules from the
entry-point group ``ipnlp.rules``, each entry point resolving to a ``Rule`` or a tuple of them::

    [project.entry-points."ipnlp.rules"]
    acme = "acme_ipnlp:RULES"

A plugin's codes use its own prefix of 2 to 8 capitals and 3 digits (``ACME001``, as ruff's
external codes); ``IPN`` is reserved for the built-in rules. A plugin that cannot be loaded, or a
rule of it that is malformed or reuses a code or name, is skipped with a one-line
``PluginWarning`` (docs/plugins.md): one broken package must not stop ``ipnlp check`` or
``ipnlp.analyze``.

Selection works like ruff: a selector is ``ALL``, a code prefix (``IPN1`` is the figures family,
``IPN101`` one rule, ``ACME`` a plugin's rules) or a rule name (``conflicting-values``, as specific
as its code). For each rule the most specific matching selector of ``select`` and of ``ignore`` is
compared; the more specific wins and ``ignore`` wins a tie.
"""

from __future__ import annotations

import functools
import re
import warnings
from collections.abc import Iterable, Sequence
from importlib.metadata import entry_points
from typing import get_args

from ..errors import IpnlpError, Messages
from .base import Rule

ENTRY_POINT_GROUP = "ipnlp.rules"
ALL = "ALL"
BUILTIN_PREFIX = "IPN"
_CODE = re.compile(r"IPN\d{3}")
_PLUGIN_CODE = re.compile(r"(?!IPN)[A-Z]{2,8}\d{3}")
_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_CODE_PREFIX = re.compile(r"[A-Z]+")
_SELECTOR = re.compile(r"(?P<prefix>[A-Z]+)\d*")


class PluginWarning(UserWarning):
    """A rule plugin (entry-point group ``ipnlp.rules``) was skipped, and why."""


#: Entry points skipped by the last ``plugin_rules`` call, so that a selector naming a rule they
#: would have provided is a warning rather than E007.
_skipped_plugins: list[str] = []
_skipped_plugins_selectors: set[str] = set()  # the selectors already warned about


def builtin_rules() -> tuple[Rule, ...]:
    # Imported here, not at module level: the family modules import ``ipnlp.rules.base``, whose
    # package ``__init__`` imports this module.
    from ..alignment.checks import ALIGN_RULES
    from . import cross, figures, text

    # Cross-document rules (IPN5xx) and translation rules (IPN6xx) are registered for listing,
    # documentation and selection; the per-document engine skips them: ``ipnlp.rules.cross`` runs
    # the first over a batch, ``ipnlp.align`` the second over a document and its translation.
    return tuple(figures.RULES) + tuple(text.RULES) + tuple(cross.RULES) + ALIGN_RULES


def plugin_rules(taken: Sequence[Rule] = ()) -> tuple[Rule, ...]:
    """Rules contributed by installed packages through the ``ipnlp.rules`` entry-point group.

    Never raises for a plugin's fault: an entry point that cannot be loaded or holds something
    else than rules, and a rule with a malformed code, name or severity or that reuses a code or
    name of ``taken`` (the built-in rules) or of an earlier plugin, is skipped with a
    ``PluginWarning``. Entry points are read in name order, so which of two clashing plugins wins
    does not depend on the installation order.
    """
    _skipped_plugins.clear()
    _skipped_plugins_selectors.clear()
    found: list[Rule] = []
    codes = {rule.code for rule in taken}
    names = {rule.name for rule in taken}
    for entry_point in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: ep.name):
        try:
            loaded = entry_point.load()
        except Exception as exc:  # whatever a broken package raises on import
            _skip(entry_point.name, f"cannot be loaded: {type(exc).__name__}: {exc}")
            continue
        values = (loaded,) if isinstance(loaded, Rule) else loaded
        if not isinstance(values, (tuple, list)) or not all(isinstance(v, Rule) for v in values):
            _skip(entry_point.name, f"must be a Rule or a tuple of Rules, not {type(loaded).__name__}")
            continue
        for rule in values:
            problem = _plugin_rule_problem(rule, codes, names)
            if problem:
                _skip(entry_point.name, f"rule {rule.code!r} {rule.name!r} skipped: {problem}", whole=False)
                continue
            codes.add(rule.code)
            names.add(rule.name)
            found.append(rule)
    return tuple(found)


def _plugin_rule_problem(rule: Rule, codes: set[str], names: set[str]) -> str:
    from ..models import Severity

    if not isinstance(rule.code, str) or not _PLUGIN_CODE.fullmatch(rule.code):
        return ("a plugin's code is its own prefix of 2-8 capitals (not IPN) and 3 digits, "
                "e.g. ACME001")
    if not isinstance(rule.name, str) or not _NAME.fullmatch(rule.name):
        return "the name must be kebab-case, e.g. acme-word-count"
    if rule.severity not in get_args(Severity):
        return f"the severity must be one of {', '.join(get_args(Severity))}"
    if not callable(rule.check):
        return "check is not callable"
    if rule.code in codes:
        return f"code {rule.code} is already registered"
    if rule.name in names:
        return f"name {rule.name} is already registered"
    return ""


def _skip(entry_point: str, reason: str, *, whole: bool = True) -> None:
    if whole:
        _skipped_plugins.append(entry_point)
    message = Messages.E009.format(name=entry_point, reason=reason)
    warnings.warn(PluginWarning(message + (" (plugin skipped)" if whole else "")), stacklevel=3)


@functools.cache
def all_rules() -> tuple[Rule, ...]:
    """Every registered rule, in code order. Cached: entry points are scanned once per process."""
    builtin = check_unique(builtin_rules())
    return tuple(sorted(builtin + plugin_rules(builtin), key=lambda r: r.code))


def check_unique(rules: Iterable[Rule]) -> tuple[Rule, ...]:
    """Built-in rules sorted by code; a malformed or reused code or name is an error (E009): a bug
    in ipnlp itself, unlike a broken plugin, which is skipped."""
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
    """How specifically ``selector`` names ``rule`` (longer is more specific), or None if it does not.

    A code selector must spell the rule's whole prefix: ``IPN``, ``IPN1``, ``IPN101``, ``ACME``,
    ``ACME00``; ``IP`` or ``AC`` select nothing.
    """
    key = selector.strip()
    upper = key.upper()
    if upper == ALL:
        return 0
    if key.lower() == rule.name:
        return len(rule.code)
    match = _SELECTOR.fullmatch(upper)
    prefix = _CODE_PREFIX.match(rule.code)
    if match and prefix and match.group("prefix") == prefix.group() and rule.code.startswith(upper):
        return len(upper)
    return None


def validate_selectors(selectors: Iterable[str], rules: Sequence[Rule] | None = None) -> None:
    """Raise E007 for a selector that names no registered rule (a typo must not silently select nothing).

    When a plugin was skipped, a selector outside the built-in ``IPN`` codes may name its rules:
    that is a warning, so the broken plugin does not stop the run.
    """
    pool = all_rules() if rules is None else rules
    # Only against the installed rules: a caller's own pool has no skipped plugins.
    lenient = bool(_skipped_plugins) and pool is all_rules()
    for selector in selectors:
        if selector.strip().upper() == ALL:
            continue
        if not any(specificity(selector, rule) is not None for rule in pool):
            if lenient and not selector.strip().upper().startswith(BUILTIN_PREFIX):
                if selector in _skipped_plugins_selectors:  # selection is validated more than once
                    continue
                _skipped_plugins_selectors.add(selector)
                warnings.warn(PluginWarning(
                    f"rule selector {selector!r} matches no installed rule; a skipped plugin "
                    f"({', '.join(_skipped_plugins)}) may have provided it"), stacklevel=2)
                continue
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
