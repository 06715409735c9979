"""Settings: ``[tool.ipnlp]`` in pyproject.toml, merged with command-line flags.

::

    [tool.ipnlp]
    select = ["ALL"]                  # codes, prefixes (IPN1, ACME) or rule names
    ignore = ["IPN304"]
    fail-on = "warning"               # error | warning | info (check's exit status)
    baseline = "ipnlp-baseline.json"  # relative to this pyproject.toml; may not exist yet
    max-bytes = 52428800              # inputs larger than this are refused (E004)
    encoding = "cp1252"               # decode text/HTML inputs with this codec instead of detecting
    [tool.ipnlp.per-file-ignores]
    "drafts/*.md" = ["IPN2"]

Every command that reads reports (``check``, ``analyze``, ``claims``) reads the same table,
through ``ipnlp.cli.common.settings_from_args``. The nearest pyproject.toml with a
``[tool.ipnlp]`` table applies, ``--config FILE`` names one, ``--isolated`` reads none.
Command-line flags win: ``--select`` replaces both ``select`` and ``ignore`` of the file (as in
ruff, an explicit selection starts afresh), ``--ignore`` adds to the file's ``ignore``, and
``--fail-on``/``--baseline``/``--max-bytes``/``--encoding`` replace theirs.
"""

from __future__ import annotations

import contextlib
import fnmatch
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, get_args

from .errors import IpnlpError, Messages
from .io import DEFAULT_MAX_BYTES
from .models import Severity
from .rules.base import Rule
from .rules.registry import ALL, specificity, validate_selectors

SEVERITIES: tuple[Severity, ...] = get_args(Severity)  # ("error", "warning", "info"), most severe first
PYPROJECT = "pyproject.toml"


def severity_rank(severity: str) -> int:
    """0 for error, 1 for warning, 2 for info: sorts the most severe first."""
    return SEVERITIES.index(severity)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Settings:
    select: tuple[str, ...] = (ALL,)
    ignore: tuple[str, ...] = ()
    fail_on: Severity = "error"
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    baseline: str | None = None
    #: Directory of the pyproject.toml the settings came from; per-file globs are relative to it.
    root: str | None = None
    #: Re-raise a crashing rule's exception instead of reporting it as an IPN000 finding.
    debug: bool = False
    #: Inputs larger than this are refused (E004) before they are read whole.
    max_bytes: int = DEFAULT_MAX_BYTES
    #: Decode text and HTML inputs with this codec instead of detecting it (``--encoding``).
    encoding: str | None = None
    #: Language data to read documents with (``--lang``); None: detected from each text's script.
    lang: str | None = None
    #: Also run the rules marked preview (not yet proven on real reports).
    preview: bool = False
    #: ISO 4217 code a bare "$" (or "dollars") means; None lets each document decide (a declaration
    #: such as "all amounts in HK$", its explicit local dollars, the place it names), else USD.
    default_currency: str | None = None

    def selectors(self) -> list[str]:
        """Every selector the settings mention, for validation against the registry."""
        return [*self.select, *self.ignore, *(c for codes in self.per_file_ignores.values() for c in codes)]

    def validate(self, rules: Sequence[Rule] | None = None) -> Settings:
        validate_selectors(self.selectors(), rules)
        return self

    def ignored_for_path(self, rule: Rule, path: str | None) -> bool:
        """Whether a per-file-ignores pattern matching ``path`` names ``rule``."""
        if path is None or not self.per_file_ignores:
            return False
        candidates = _path_candidates(path, self.root)
        for pattern, codes in self.per_file_ignores.items():
            if any(fnmatch.fnmatchcase(c, pattern) for c in candidates) and any(
                specificity(code, rule) is not None for code in codes
            ):
                return True
        return False

    def merged(
        self,
        *,
        select: Sequence[str] | None = None,
        ignore: Sequence[str] | None = None,
        fail_on: str | None = None,
        baseline: str | None = None,
        debug: bool | None = None,
        max_bytes: int | None = None,
        encoding: str | None = None,
        lang: str | None = None,
        preview: bool | None = None,
        default_currency: str | None = None,
    ) -> Settings:
        """These settings overridden by command-line values (None means "not given")."""
        changes: dict[str, Any] = {}
        if select is not None:
            changes["select"] = tuple(select)
            changes["ignore"] = tuple(ignore or ())
        elif ignore:
            changes["ignore"] = (*self.ignore, *ignore)
        if fail_on is not None:
            changes["fail_on"] = _severity(fail_on, "--fail-on")
        if baseline is not None:
            changes["baseline"] = baseline
        if debug is not None:
            changes["debug"] = debug
        if max_bytes is not None:
            changes["max_bytes"] = _positive(max_bytes, "--max-bytes")
        if encoding is not None:
            changes["encoding"] = _encoding(encoding, "--encoding")
        if lang is not None:
            changes["lang"] = _lang(lang, "--lang")
        if preview:
            changes["preview"] = True
        if default_currency is not None:
            changes["default_currency"] = default_currency.upper()
        return replace(self, **changes)


def _path_candidates(path: str, root: str | None) -> list[str]:
    """The forms a glob may match: the path as given, relative to the config root, and its name."""
    given = Path(path)
    candidates = [given.as_posix(), given.name]
    if root is not None:
        # Outside the project only the given form and the name can match.
        with contextlib.suppress(ValueError):
            candidates.append(given.resolve().relative_to(Path(root).resolve()).as_posix())
    return candidates


def _severity(value: object, key: str) -> Severity:
    if value not in SEVERITIES:
        raise IpnlpError(Messages.E006.format(
            detail=f"{key} must be one of {', '.join(SEVERITIES)}, not {value!r}"))
    return value  # type: ignore[return-value]


def _codes(value: object, key: str) -> tuple[str, ...]:
    if isinstance(value, str):  # forgive select = "IPN1": the intent is unambiguous
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise IpnlpError(Messages.E006.format(detail=f"{key} must be a list of rule codes, not {value!r}"))
    return tuple(v.strip() for v in value)


def _lang(value: object, key: str) -> str | None:
    from .lang.detect import has_language

    if value == "auto":
        return None
    if not isinstance(value, str) or not has_language(value):
        raise IpnlpError(Messages.E006.format(detail=f"{key}: no language data for {value!r} (or 'auto')"))
    return value


def _encoding(value: object, key: str) -> str:
    from .io.encoding import check_encoding_name

    try:
        return check_encoding_name(value)  # type: ignore[arg-type]
    except ValueError as exc:
        raise IpnlpError(Messages.E006.format(detail=f"{key}: {exc}")) from None


#: The largest size limit accepted (1 TiB): far beyond any report, and small enough that a read of
#: ``limit + 1`` bytes is a valid size everywhere (2**63 - 1 from a config file overflowed).
MAX_BYTES_CEILING = 2**40


def _positive(value: object, key: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_BYTES_CEILING:
        raise IpnlpError(Messages.E006.format(
            detail=f"{key} must be a number of bytes from 1 to {MAX_BYTES_CEILING}, not {value!r}"))
    return value


_KEYS = {"select", "ignore", "fail-on", "per-file-ignores", "baseline", "max-bytes", "encoding", "lang",
         "default-currency"}


def settings_from_table(table: Mapping[str, Any], *, source: str = "[tool.ipnlp]",
                        root: str | None = None) -> Settings:
    """Validate a ``[tool.ipnlp]`` table (kebab-case keys; snake_case accepted too)."""
    table = {str(k).replace("_", "-"): v for k, v in table.items()}
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise IpnlpError(Messages.E006.format(
            detail=f"{source}: unknown key {unknown[0]!r} (known: {', '.join(sorted(_KEYS))})"))
    settings = Settings(root=root)
    if "select" in table:
        settings = replace(settings, select=_codes(table["select"], f"{source} select"))
    if "ignore" in table:
        settings = replace(settings, ignore=_codes(table["ignore"], f"{source} ignore"))
    if "fail-on" in table:
        settings = replace(settings, fail_on=_severity(table["fail-on"], f"{source} fail-on"))
    if "per-file-ignores" in table:
        raw = table["per-file-ignores"]
        if not isinstance(raw, Mapping):
            raise IpnlpError(Messages.E006.format(
                detail=f"{source} per-file-ignores must be a table of glob = [codes]"))
        settings = replace(settings, per_file_ignores={
            str(glob): _codes(codes, f"{source} per-file-ignores {glob!r}") for glob, codes in raw.items()})
    if "max-bytes" in table:
        settings = replace(settings, max_bytes=_positive(table["max-bytes"], f"{source} max-bytes"))
    if "encoding" in table:
        settings = replace(settings, encoding=_encoding(table["encoding"], f"{source} encoding"))
    if "lang" in table:
        settings = replace(settings, lang=_lang(table["lang"], f"{source} lang"))
    if isinstance(table.get("default-currency"), str):
        settings = replace(settings, default_currency=table["default-currency"].upper())
    if "baseline" in table:
        baseline = table["baseline"]
        if not isinstance(baseline, str) or not baseline:
            raise IpnlpError(Messages.E006.format(detail=f"{source} baseline must be a file path"))
        settings = replace(settings, baseline=os.path.join(root, baseline) if root else baseline)
    return settings


def _load_toml(path: Path) -> dict[str, Any]:
    """Parse a TOML file; anything wrong with it is E006 naming the file and the problem."""
    try:
        import tomllib  # Python >= 3.11
    except ModuleNotFoundError:
        try:
            import tomli as tomllib  # type: ignore[no-redef]  # a dependency of ipnlp on Python 3.10
        except ModuleNotFoundError as exc:
            # Never fall back to defaults: the project's rules would silently not apply.
            raise IpnlpError(Messages.E006.format(
                detail=f"{path} not read: Python 3.10 needs the tomli package, a dependency of ipnlp "
                       "(reinstall ipnlp)")) from exc
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise IpnlpError(Messages.E006.format(detail=f"cannot read {path}: {exc.strerror or exc}")) from exc
    except tomllib.TOMLDecodeError as exc:
        raise IpnlpError(Messages.E006.format(detail=f"{path} is not valid TOML: {exc}")) from exc
    except UnicodeDecodeError as exc:
        raise IpnlpError(Messages.E006.format(
            detail=f"{path} is not valid TOML: not UTF-8 at byte {exc.start}")) from exc
    except RecursionError as exc:
        raise IpnlpError(Messages.E006.format(detail=f"{path} is not valid TOML: nested too deeply")) from exc


def load_settings(config: str | os.PathLike[str] | None = None,
                  start: str | os.PathLike[str] | None = None, *, isolated: bool = False) -> Settings:
    """Settings from ``config`` if given, else from the nearest pyproject.toml with ``[tool.ipnlp]``
    in ``start`` (default: the working directory) or its parents, else defaults.

    ``isolated`` (``--isolated``) reads no file at all: defaults and command-line flags only.
    """
    if isolated:
        return Settings()
    if config is not None:
        path = Path(config)
        if not path.is_file():
            raise IpnlpError(Messages.E006.format(detail=f"config file {path} not found"))
        table = _tool_table(_load_toml(path), path) or {}
        return settings_from_table(table, source=f"{path} [tool.ipnlp]", root=str(path.parent))
    here = Path(start or Path.cwd()).resolve()
    for directory in (here, *here.parents):
        candidate = directory / PYPROJECT
        if not candidate.is_file():
            continue
        table = _tool_table(_load_toml(candidate), candidate)
        if table is not None:
            return settings_from_table(table, source=f"{candidate} [tool.ipnlp]", root=str(directory))
    return Settings()


def _tool_table(data: Mapping[str, Any], path: Path) -> dict[str, Any] | None:
    tool = data.get("tool", {})
    if not isinstance(tool, dict):
        raise IpnlpError(Messages.E006.format(detail=f"{path}: tool must be a table ([tool.ipnlp]), not {tool!r:.40}"))
    table = tool.get("ipnlp")
    if table is not None and not isinstance(table, dict):
        raise IpnlpError(Messages.E006.format(detail=f"{path}: [tool.ipnlp] must be a table"))
    return table
