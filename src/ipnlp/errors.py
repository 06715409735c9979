"""Numbered user-facing messages, so tests and callers can match codes rather than prose."""

from __future__ import annotations


class Messages:
    E001 = "E001 cannot read {path}: {reason}"
    E002 = "E002 {path} is not text ({reason})"
    E003 = "E003 no language data for {lang!r}"
    E004 = ("E004 {path} is {size} bytes, over the limit of {limit} bytes "
            "(raise it with --max-bytes or max-bytes in [tool.ipnlp])")
    E005 = "E005 reading {suffix} files needs an optional extra: pip install 'ipnlp[{extra}]'"
    E006 = "E006 invalid configuration: {detail}"
    E007 = "E007 unknown rule selector {selector!r}"
    E010 = "E010 no files to check: {detail}"
    # E02x: batch processing (ipnlp.batch); a batch reports these per document and carries on.
    E020 = "E020 {path} is empty: no text to analyse"
    E021 = "E021 analysing {path} failed: {reason}"
    E022 = "E022 analysing {path} crashed its worker process ({reason})"
    E024 = ("E024 analysing {path} stopped after {seconds:g} s of CPU time, its time budget "
            "(the input is pathological, or report it as a bug)")
    E023 = "E023 --scheduler needs the dask extra: pip install 'ipnlp[dask]' ({reason})"
    # E03x: writing results.
    E030 = "E030 refusing to write {path}: {reason}"
    E031 = "E031 {path}: the results cannot be written as {format} ({reason})"
    E008 = "E008 baseline {path}: {reason}"
    E009 = "E009 rule plugin {name!r} (entry point group ipnlp.rules): {reason}"


class IpnlpError(Exception):
    """An error meant for people: its message names the file and the reason, no traceback needed."""

    @property
    def code(self) -> str:
        return str(self).split(" ", 1)[0]
