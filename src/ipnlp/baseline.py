"""Baseline files: accepted findings, keyed by content fingerprint rather than line numbers.

A fingerprint hashes the rule code and the normalised evidence text, so an accepted finding stays
accepted when text elsewhere in the report moves. Each entry absorbs one finding with its
fingerprint (a multiset, not a set), so a second, new occurrence of the same text is still reported.
``rule``, ``path`` and ``message`` are stored for the people reviewing the file; only
``fingerprint`` is matched, so renaming a report does not resurrect its accepted findings.

File format (``version`` 1)::

    {"ipnlp_baseline": 1,
     "findings": [{"fingerprint": "…", "code": "IPN101", "rule": "conflicting-values",
                   "path": "report.txt", "message": "…"}]}
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .errors import IpnlpError, Messages
from .models import Finding
from .rules import INTERNAL_ERROR

FORMAT_VERSION = 1


@dataclass(frozen=True)
class BaselineEntry:
    fingerprint: str
    code: str
    rule: str = ""
    path: str | None = None
    message: str = ""


@dataclass(frozen=True)
class BaselineResult:
    remaining: list[Finding]
    suppressed: int
    #: Entries whose report was checked but that matched no finding: fixed, or the text changed.
    stale: list[BaselineEntry]


def _norm(path: str | None) -> str | None:
    return None if path is None else os.path.normpath(path)


def dumps(findings: Iterable[Finding]) -> str:
    """The baseline JSON for ``findings``, sorted so that rewriting it gives a small diff."""
    entries = [
        {"fingerprint": f.fingerprint, "code": f.code, "rule": f.rule, "path": _norm(f.path),
         "message": f.message}
        for f in findings
        if f.code != INTERNAL_ERROR.code  # a crash is a bug to fix, never something to accept
    ]
    entries.sort(key=lambda e: (e["path"] or "", e["code"], e["fingerprint"], e["message"]))
    return json.dumps({"ipnlp_baseline": FORMAT_VERSION, "findings": entries},
                      ensure_ascii=False, indent=2) + "\n"


def write_baseline(path: str | os.PathLike[str], findings: Iterable[Finding]) -> int:
    """Write ``findings`` as a baseline, atomically; returns the number of entries."""
    from .cli.common import atomic_write_text

    text = dumps(findings)
    atomic_write_text(path, text)
    return len(json.loads(text)["findings"])


def _invalid(path: str, reason: str) -> IpnlpError:
    return IpnlpError(Messages.E008.format(path=path, reason=reason))


def load_baseline(path: str | os.PathLike[str]) -> list[BaselineEntry]:
    """The entries of a baseline file; anything malformed is E008 naming the file and the problem."""
    where = os.fspath(path)
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except OSError as exc:
        raise _invalid(where, f"cannot read: {exc.strerror or exc}") from exc
    except ValueError as exc:  # also UnicodeDecodeError
        raise _invalid(where, f"not valid JSON: {exc}") from exc
    except RecursionError as exc:
        raise _invalid(where, "not valid JSON: nested too deeply") from exc
    if not isinstance(data, dict) or data.get("ipnlp_baseline") != FORMAT_VERSION \
            or not isinstance(data.get("findings"), list):
        raise _invalid(where, f'not an ipnlp baseline (expected {{"ipnlp_baseline": {FORMAT_VERSION}, '
                              '"findings": [...]}; write one with --write-baseline)')
    entries = []
    for index, item in enumerate(data["findings"]):
        if not isinstance(item, dict) or not isinstance(item.get("fingerprint"), str):
            raise _invalid(where, f"entry {index} without a fingerprint: {item!r:.80}")
        for key in ("code", "rule", "message"):
            if not isinstance(item.get(key, ""), str):
                raise _invalid(where, f"entry {index}: {key} must be a string, not {item[key]!r:.40}")
        if not isinstance(item.get("path"), (str, type(None))):
            raise _invalid(where, f"entry {index}: path must be a string or null, not {item['path']!r:.40}")
        entries.append(BaselineEntry(
            fingerprint=item["fingerprint"], code=item.get("code", ""), rule=item.get("rule", ""),
            path=item.get("path"), message=item.get("message", "")))
    return entries


def apply_baseline(
    findings: Sequence[Finding],
    entries: Sequence[BaselineEntry],
    checked_paths: Iterable[str | None],
) -> BaselineResult:
    """Drop the findings the baseline accepts; report entries for checked paths that matched nothing.

    A finding first takes an unused entry with its fingerprint and path, then (a renamed report) any
    unused entry with its fingerprint. Only entries whose ``path`` was checked can be stale:
    checking one report against a project-wide baseline must not call the others' entries stale.
    """
    unused_by_key: dict[tuple[str, str | None], list[int]] = defaultdict(list)
    unused_by_fingerprint: dict[str, list[int]] = defaultdict(list)
    for index, entry in enumerate(entries):
        unused_by_key[(entry.fingerprint, _norm(entry.path))].append(index)
        unused_by_fingerprint[entry.fingerprint].append(index)
    used: set[int] = set()

    def take(candidates: list[int]) -> bool:
        while candidates:
            index = candidates.pop(0)
            if index not in used:
                used.add(index)
                return True
        return False

    accepted: set[int] = set()
    matchable = [i for i, f in enumerate(findings) if f.code != INTERNAL_ERROR.code]
    for i in matchable:
        if take(unused_by_key[(findings[i].fingerprint, _norm(findings[i].path))]):
            accepted.add(i)
    for i in matchable:
        if i not in accepted and take(unused_by_fingerprint[findings[i].fingerprint]):
            accepted.add(i)
    checked = {_norm(p) for p in checked_paths}
    stale = [e for index, e in enumerate(entries) if index not in used and _norm(e.path) in checked]
    remaining = [f for i, f in enumerate(findings) if i not in accepted]
    return BaselineResult(remaining=remaining, suppressed=len(accepted), stale=stale)
