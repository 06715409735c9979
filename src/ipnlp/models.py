"""Result models: what `ipnlp.analyze` returns and `ipnlp analyze --format json` prints.

All offsets are 0-based indices into the Python ``str`` of the analysed text, end exclusive, so
``text[start:end]`` is always the span's text. Lines and columns are derived, 1-based.
The JSON shape is versioned by ``Report.schema_version``; see README "JSON output".
"""

from __future__ import annotations

import math
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, PrivateAttr
from pydantic_core import PydanticSerializationError

SCHEMA_VERSION = 2

Qualifier = Literal[
    "exact", "more_than", "over", "nearly", "approximately", "less_than", "at_least", "at_most"
]
Severity = Literal["error", "warning", "info"]
SectionKind = Literal["title", "date", "part", "subsection", "unnumbered_paragraph"]


#: Largest magnitude a stated value may have. Every value then converts to a finite float (rules
#: compare floats) and prints as a short JSON number, never ``Infinity`` or a 4,300-digit integer.
MAX_ABS_VALUE = 1e300


def _representable(value: int | float) -> int | float:
    # int > float compares exactly (no conversion, so no OverflowError for a huge int)
    if (isinstance(value, float) and not math.isfinite(value)) or abs(value) > MAX_ABS_VALUE:
        raise ValueError(f"a stated value must be finite and at most {MAX_ABS_VALUE:g} in magnitude")
    return value


Number = Annotated[int | float, AfterValidator(_representable)]
FiniteFloat = Annotated[float, AfterValidator(_representable)]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    def model_dump_json(self, *, indent: int | None = None, **kwargs: Any) -> str:
        """pydantic's JSON, except that text UTF-8 cannot encode does not stop it.

        A broken PDF or a file name that is not UTF-8 leaves lone surrogates in the text;
        pydantic-core refuses them ("surrogates not allowed"). Then the same payload is written by
        ``json_text``, which escapes them as ``\\udXXX`` (valid JSON, read back to the same string).
        """
        try:
            return super().model_dump_json(indent=indent, **kwargs)
        except PydanticSerializationError as exc:
            if "surrogates not allowed" not in str(exc):
                raise
        from .output._escape import json_text

        return json_text(self.model_dump(mode="json", **kwargs), indent=indent)


class SourceLocation(_Model):
    """Where a span sits in the original file when the text was extracted from a richer format."""

    kind: Literal["text", "pdf", "html", "docx"] = "text"
    page: int | None = Field(default=None, description="1-based PDF page")
    block: int | None = Field(default=None, description="0-based HTML/DOCX block (paragraph) index")


class Source(_Model):
    path: str | None = None
    sha256: str
    chars: int
    encoding: str = "utf-8"


class Section(_Model):
    id: str = Field(description='Stable id such as "I", "I.3", "I.intro", "title"')
    kind: SectionKind
    marker: str | None = Field(default=None, description='Raw heading marker, e.g. "1)." or "II."')
    number: int | None = None
    title: str
    level: int
    parent: str | None = None
    start: int
    end: int


class SentenceRef(_Model):
    start: int
    end: int


class Change(_Model):
    """A stated change attached to a claim: "up 29.9% year-on-year", "down 3.1 percentage points"."""

    value: FiniteFloat
    unit: Literal["percent", "percentage_point", "basis_point", "points"]
    direction: Literal["up", "down"]
    start: int
    end: int
    text: str


class Claim(_Model):
    id: str
    start: int
    end: int
    text: str
    value: Number = Field(description="Fully scaled and signed: 356.41 billion yuan -> 356410000000; "
                                      "(-5.2%) -> -5.2. For a range, its low end")
    value_high: Number | None = Field(default=None, description="The high end of a range written as one "
                                      "figure (\"2.5% to 3.5%\", \"$10-15 billion\"); None otherwise")
    unit: str = Field(description="percent, percentage_point, basis_point, an ISO 4217 currency code (CNY, "
                                  "USD, HKD, SGD, GBP ...), cent, pence, month, year, day, times, points, "
                                  "rank, rank_positions or a counted noun such as patents")
    qualifier: Qualifier = "exact"
    yoy: Change | None = None
    period: str | None = None
    subject: str = ""
    section: str | None = None
    sentence: SentenceRef
    source_location: SourceLocation | None = None
    notes: list[str] = Field(default_factory=list, description="What the extractor assumed rather than read, "
                             "e.g. \"currency assumed from the document's explicit amounts\" for a bare $")


class Excerpt(_Model):
    """A window of the source line around an evidence span, for showing the finding in context.

    ``text`` is exactly ``report_text[start:end]``; ``clipped_start``/``clipped_end`` say whether
    the line goes on beyond the window (a one-paragraph-per-line text has lines of thousands of
    characters).
    """

    start: int
    end: int
    text: str
    clipped_start: bool = False
    clipped_end: bool = False


class Evidence(_Model):
    start: int
    end: int
    text: str
    line: int
    column: int
    source_location: SourceLocation | None = None
    path: str | None = Field(default=None, description="File of this span when it is not the finding's "
                                                        "own path (cross-document rules, IPN5xx)")
    # A display aid kept in memory (and across batch workers) but not serialised: the JSON shape
    # and schema_version are unchanged; SARIF writes it as contextRegion.
    context: Excerpt | None = Field(default=None, exclude=True,
                                    description="Source line window around the span (not serialised)")


class Finding(_Model):
    code: str = Field(description="Rule code, e.g. IPN101")
    rule: str = Field(description="Rule name, e.g. conflicting-values")
    severity: Severity
    message: str
    evidence: list[Evidence]
    fingerprint: str = Field(description="Content hash of rule + normalised evidence text")
    path: str | None = None


class Report(_Model):
    schema_version: Literal[2] = SCHEMA_VERSION
    source: Source
    sections: list[Section]
    claims: list[Claim]
    findings: list[Finding] = Field(default_factory=list)
    #: offset -> (line, column) of each claim's and change's start in the analysed text. Not part
    #: of the JSON, but pickled with the report, so cross-document rules (IPN5xx) place evidence
    #: in the text that was analysed without keeping the text or reading the file again.
    _positions: dict[int, tuple[int, int]] = PrivateAttr(default_factory=dict)


class InputError(_Model):
    """Yielded by ``analyze_many`` in place of a Report for an input that could not be analysed."""

    path: str | None
    code: str = Field(description="Error code, e.g. E001 (unreadable), E002 (not text)")
    message: str


class FigurePair(_Model):
    """One figure of a source document and its counterpart in the translation (``ipnlp.align``)."""

    status: Literal["matched", "differs", "missing", "added", "unpaired"] = Field(
        description="matched: same figure; differs: paired but a check failed (see findings); "
                    "missing: no counterpart in the translation; added: no counterpart in the source; "
                    "unpaired: no claim to pair with, but the number is written where the counterpart "
                    "would be (read as a claim on one side only), so nothing is reported")
    aspect: Literal["figure", "change"] = Field(
        default="figure", description="figure: the claims' values are paired; change: the changes stated with "
                                      "them are (the claim's yoy, or the claim when it is the change itself)")
    source: Claim | None
    translation: Claim | None


class Alignment(_Model):
    """What ``ipnlp.align`` returns and ``ipnlp align --format json`` prints."""

    schema_version: Literal[2] = 2
    source: Source
    translation: Source
    pairs: list[FigurePair]
    findings: list[Finding] = Field(default_factory=list)
