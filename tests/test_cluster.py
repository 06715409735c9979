"""ipnlp on a Dask cluster gives exactly the single-process results (skipped without ipnlp[dask])."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("dask.bag")
pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

from ipnlp import InputError, Report, analyze_many  # noqa: E402
from ipnlp.batch import CLAIM_COLUMNS, claim_rows  # noqa: E402
from ipnlp.cli import main  # noqa: E402
from ipnlp.cluster import analyze_on_cluster, claims_bag, claims_dataframe, reports_bag  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "cnipa-2025-work-report.en.txt"
DATA = Path(__file__).resolve().parent / "batch" / "data"


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                       dashboard_address=None)
    with distributed.Client(cluster, set_as_default=False) as dask_client:
        yield dask_client
    cluster.close()


@pytest.fixture(scope="module")
def paths(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reports")
    found = [str(CORPUS), *(str(p) for p in sorted(DATA.glob("*.md")))]
    bad = folder / "empty.txt"
    bad.write_text("", encoding="utf-8")
    return [*found, str(bad), *found]  # repeated inputs land in different partitions


def _local_rows(paths):
    return [row for r in analyze_many(paths) if isinstance(r, Report) for row in claim_rows(r)]


def test_reports_on_the_cluster_equal_the_single_process_run(client, paths):
    remote = reports_bag(paths, scheduler=client, partition_size=2).compute(scheduler=client)
    assert remote == list(analyze_many(paths))
    assert isinstance(remote[3], InputError) and remote[3].code == "E020"


def test_claims_bag_and_dataframe_equal_the_single_process_rows(client, paths):
    local = _local_rows(paths)
    assert len(local) > 50
    assert claims_bag(paths, scheduler=client, partition_size=2).compute(scheduler=client) == local
    frame = claims_dataframe(paths, scheduler=client, partition_size=2).compute(scheduler=client)
    assert list(frame.columns) == list(CLAIM_COLUMNS)
    expected = pd.DataFrame(local, columns=list(CLAIM_COLUMNS))
    assert frame["value"].tolist() == expected["value"].astype(float).tolist()
    assert frame[["path", "id", "unit", "subject", "start", "end"]].values.tolist() == \
        expected[["path", "id", "unit", "subject", "start", "end"]].values.tolist()


def test_analyze_on_cluster_streams_in_order(client, paths):
    assert list(analyze_on_cluster(paths, scheduler=client, batch_size=2)) == list(analyze_many(paths))


def test_cli_scheduler_option_gives_the_same_output(client, paths, capsys):
    local_code = main(["analyze", *paths[:3], "--format", "jsonl"])
    local = capsys.readouterr().out
    remote_code = main(["analyze", *paths[:3], "--format", "jsonl", "--scheduler", client.scheduler.address])
    remote = capsys.readouterr().out
    assert (remote_code, remote) == (local_code, local)
    assert [json.loads(line)["source"]["path"] for line in remote.splitlines()] == paths[:3]
