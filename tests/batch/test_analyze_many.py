"""analyze_many: one result per input, in input order, streaming, and nothing lost."""

from __future__ import annotations

import itertools
import os
from concurrent.futures import Future

import pytest

import ipnlp
from ipnlp import InputError, Report, analyze_many
from ipnlp.batch import chunked, claim_rows, ordered_window

from .conftest import GOOD

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"


def _texts(count: int) -> list[tuple[str, str]]:
    return [(f"Report {i}\n\nThe office granted {i + 1} patents for the year.\n", f"doc{i}.txt")
            for i in range(count)]


@pytest.fixture
def mixed_inputs(tmp_path):
    """Good files with an unreadable, an empty and a binary file among them."""
    paths = []
    for index in range(3):
        good = tmp_path / f"good{index}.txt"
        good.write_text(GOOD.replace("1,200", str(1200 + index)), encoding="utf-8")
        paths.append(good)
    unreadable = tmp_path / "unreadable.txt"
    os.symlink(tmp_path / "no-such-target", unreadable)  # listed in the directory, cannot be opened
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(PNG)
    return [paths[0], unreadable, paths[1], empty, binary, paths[2]]


@pytest.mark.parametrize("n_process", [1, 2])
def test_one_result_per_input_in_order_and_nothing_lost(mixed_inputs, n_process):
    results = list(analyze_many(mixed_inputs, n_process=n_process, batch_size=2))
    assert [type(r).__name__ for r in results] == \
        ["Report", "InputError", "Report", "InputError", "InputError", "Report"]
    assert [r.source.path for r in results if isinstance(r, Report)] == \
        [str(mixed_inputs[i]) for i in (0, 2, 5)]
    errors = {os.path.basename(r.path): r for r in results if isinstance(r, InputError)}
    assert errors["unreadable.txt"].code == "E001"
    assert errors["empty.txt"].code == "E020"
    assert errors["image.txt"].code == "E002"
    for name, error in errors.items():
        assert name in error.message  # the message names the file ...
    assert "No such file" in errors["unreadable.txt"].message  # ... and the reason


@pytest.mark.parametrize("n_process", [1, 2])
def test_processes_give_the_same_reports_as_one_process(n_process):
    sources = _texts(20)
    assert list(analyze_many(sources, n_process=n_process, batch_size=3)) == \
        [ipnlp.analyze(text, path=path) for text, path in sources]


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_generator_input_is_consumed_lazily(n_process):
    pulled = []

    def sources():
        for index in itertools.count():  # endless: only streaming can work
            pulled.append(index)
            yield (f"Report\n\nThe office granted {index + 1} patents.\n", f"doc{index}.txt")

    results = analyze_many(sources(), n_process=n_process, batch_size=2)
    first = list(itertools.islice(results, 5))
    assert [r.source.path for r in first] == [f"doc{i}.txt" for i in range(5)]
    # bounded read-ahead: at most 2 * n_process batches in flight beyond what was consumed
    assert len(pulled) <= 5 + 2 * n_process * 2 + 2
    results.close()  # stopping early shuts the workers down


def test_text_sources_and_stdin_like_none_path():
    [report, error] = analyze_many([("The office granted 7 patents.", None), ("  \n", None)])
    assert report.source.path is None and report.claims
    assert error.code == "E020" and "<stdin>" in error.message


def test_a_source_of_the_wrong_type_is_a_programming_error():
    with pytest.raises(TypeError):
        list(analyze_many([42]))


def test_ordered_window_keeps_order_and_bounds_work_in_flight():
    submitted = []
    in_flight_max = 0

    def submit(chunk):
        submitted.append(chunk)
        future: Future = Future()
        future.set_result([x * 10 for x in chunk])
        return future

    out = []
    for value in ordered_window(chunked(range(20), 3), submit, window=2):
        out.append(value)
        in_flight_max = max(in_flight_max, sum(len(c) for c in submitted) - len(out))
    assert out == [x * 10 for x in range(20)]
    assert in_flight_max <= (2 + 1) * 3  # the chunk being handed out plus `window` submitted


def test_claim_rows_flatten_claims_with_their_document():
    report = ipnlp.analyze("Results\n\nThe office granted 1,200 patents, up 5.1% year-on-year.\n",
                           path="r.txt")
    [row] = list(claim_rows(report))
    assert row["path"] == "r.txt" and row["value"] == 1200 and row["unit"] == "patents"
    assert (row["yoy_value"], row["yoy_unit"], row["yoy_direction"]) == (5.1, "percent", "up")
