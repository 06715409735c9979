"""The public entry points: analyze a text or a file into a ``Report``."""

from __future__ import annotations

import gc
import hashlib
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from .extract.claims import extract_claims
from .extract.subject import forget as forget_subject_memos
from .models import Finding, Report, Source, SourceLocation
from .segment.sections import segment
from .segment.table_claims import with_table_claims
from .view import ReportView

if TYPE_CHECKING:  # config imports the rule registry, which is only needed once rules run
    from .config import Settings


def analyze(
    text: str,
    *,
    path: str | os.PathLike[str] | None = None,
    config: Settings | None = None,
    encoding: str = "utf-8",
    locate: Callable[[int], SourceLocation] | None = None,
    lang: str = "en",
) -> Report:
    """Segment ``text``, extract its numeric claims and run the consistency rules.

    ``path`` is only recorded (and used for per-file rule settings); ``config`` selects the rules
    (``ipnlp.Settings(select=("IPN1",))``; all rules when None); ``locate`` maps a character offset to its place in a
    PDF/HTML/DOCX original and is used by the readers; ``lang`` names the language data
    (``ipnlp/lang/<lang>.py`` and ``ipnlp/data/<lang>/``) that segmentation and extraction read.
    """
    with collection_paused():
        return _analyze(text, path=path, config=config, encoding=encoding, locate=locate, lang=lang)


def _analyze(text: str, *, path: str | os.PathLike[str] | None, config: Settings | None, encoding: str,
             locate: Callable[[int], SourceLocation] | None, lang: str) -> Report:
    from .suppression import mask_directives

    view = build_view(mask_directives(text), path=path, locate=locate, lang=lang,
                      default_currency=getattr(config, "default_currency", None))
    report = Report(
        source=Source(
            path=None if path is None else os.fspath(path),
            sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
            chars=len(text),
            encoding=encoding,
        ),
        sections=list(view.sections),
        claims=list(view.claims),
    )
    from .rules import run_rules  # imported late: rules import models and views, not the API
    from .rules.cross.base import remember_positions

    remember_positions(report, view)

    findings = finalise_findings(text, run_rules(view, config))
    view.release()
    return report.model_copy(update={"findings": findings}) if findings else report


_pause_lock = threading.Lock()
_pauses = 0  # analyses running with the collector paused (threads, or analyze inside analyze)
_resume = False  # whether the collector was enabled when the first of them paused it


@contextmanager
def collection_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while one document is analysed, then as it was.

    Nearly every object an analysis makes stays alive until it ends (the view, its claims, sections
    and indexes), so each collection meanwhile traverses them all and frees none: about 15 young
    collections and a share of a full one per report. Paused, one young collection after the
    analysis does that work: time in collections per analysis 5.1 -> 2.7 ms on the shipped report,
    11.1 -> 5.5 ms on a 110,000-character annual report. What the analysis leaves as garbage (the
    view and its caches refer to each other) is collected then, as before. Results do not depend
    on when garbage is collected.
    """
    global _pauses, _resume
    with _pause_lock:
        if _pauses == 0:
            _resume = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _resume:
                gc.enable()


def finalise_findings(text: str, findings: list[Finding]) -> list[Finding]:
    """What every output sees: inline suppressions applied, source excerpts attached."""
    if not findings:
        return findings
    from .output.context import with_context
    from .suppression import apply_suppressions

    return with_context(text, apply_suppressions(text, findings))


def build_view(
    text: str,
    *,
    path: str | os.PathLike[str] | None = None,
    locate: Callable[[int], SourceLocation] | None = None,
    lang: str = "en",
    default_currency: str | None = None,
) -> ReportView:
    """Segment and extract without running rules: what every rule receives. ``default_currency``
    is the ISO code of a bare "$" (None: the document decides, else USD)."""
    forget_subject_memos()  # each analysis pays for its own reading, even of a text read before
    segmentation = segment(text, lang)
    claims = extract_claims(text, segmentation, locate=locate, lang=lang, default_currency=default_currency)
    claims = with_table_claims(text, segmentation, claims, locate=locate, lang=lang,  # one per table cell
                               default_currency=default_currency)
    return ReportView(
        text=text,
        sections=tuple(segmentation.sections),
        claims=tuple(claims),
        paragraphs=tuple(segmentation.paragraphs),
        sentences=tuple(segmentation.sentences),
        path=None if path is None else os.fspath(path),
        locate=locate,
        tables=tuple(segmentation.tables),
    )


def analyze_file(path: str | os.PathLike[str], *, config: Settings | None = None,
                 encoding: str | None = None, lang: str | None = None) -> Report:
    """Read ``path`` (format and encoding detected by ``ipnlp.io``) and analyze it.

    ``encoding`` (e.g. ``"cp1252"``) decodes a text or HTML file with that codec instead of
    detecting it; ``config.encoding`` and ``config.max_bytes`` apply too. ``lang`` (else
    ``config.lang``) names the language data; when neither is given it is detected from the
    text's script, as ``ipnlp check`` does, so a Chinese report is never read with English rules.
    A script with no language data (Japanese, Cyrillic ...) raises ``IpnlpError`` E003.
    """
    from .batch import reader_options
    from .io import read_document

    options = reader_options(config)
    if encoding is not None:
        options["encoding"] = encoding
    document = read_document(path, **options)
    return analyze(document.text, path=path, config=config, encoding=document.encoding,
                   locate=document.locate, lang=_file_language(document.text, path, lang or
                                                               getattr(config, "lang", None)))


def _file_language(text: str, path: str | os.PathLike[str], lang: str | None) -> str:
    """``lang`` if given, else the language of ``text``'s script; E003 when there is no data for it."""
    from .errors import IpnlpError, Messages
    from .lang.detect import detect_language, has_language

    if lang is None:
        lang = detect_language(text)
    if not has_language(lang):
        raise IpnlpError(Messages.E003.format(lang=lang) + f" ({os.fspath(path)}; pass lang= to override)")
    return lang
