"""Numeric claim extraction (work in progress: being written now)."""

from __future__ import annotations


def extract_claims(text, segmentation, *, locate=None):
    return []
