"""Segmentation shapes that a backtracking pattern or a per-line rescan would make super-linear:
``pytest -m slow`` (deselected by default), bounded like tests/test_scaling_slow.py."""

from __future__ import annotations

import pytest

from tests._child_process import analyse_within

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("unit", [
    pytest.param("." * 299 + "\n", id="lines-of-dots"),  # a contents leader with no page number
    pytest.param("Title " + "." * 60 + " 7\n", id="contents-lines"),
    pytest.param("|---|\n", id="delimiter-rows"),
    pytest.param("| a | 1 |\n|---|---|\n", id="tiny-tables"),
    pytest.param("a\t1\n\n", id="tab-rows"),
    pytest.param("# a\n", id="markdown-headings"),
    pytest.param("## Words and more words, all the way to the end\nthen more\n", id="converter-paragraphs"),
    pytest.param("x\r\x85\u2028", id="odd-line-breaks"),
])
def test_one_megabyte_of_segmentation_shapes_in_bounded_time(unit):
    analyse_within(unit, 1_000_000, seconds=60)
