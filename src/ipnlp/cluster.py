"""Run ipnlp past one machine: a Dask bag or dataframe of claims, and ``analyze --scheduler``.

Needs the optional extra ``pip install 'ipnlp[dask]'``. The functions shipped to workers are
module-level functions of this module, so Dask (and Ray, and Spark) pickle them *by reference*;
each worker process imports ipnlp and warms it up once (``_ready``) — no pipeline, table or rule
object is ever pickled. Only paths (or texts) go out and plain models or rows come back.

Paths are read by the workers, so they must see the same files (a shared file system or the same
container image); ``analyze_on_cluster`` also accepts ``(text, path)`` sources for files that only
the client can read.

>>> from ipnlp.cluster import claims_dataframe               # doctest: +SKIP
>>> frame = claims_dataframe(["reports/2025.txt", "reports/2026.txt"], scheduler="tcp://host:8786")
>>> frame.groupby("unit").value.sum().compute()             # doctest: +SKIP

``claims_frame`` is the same work as a plain pandas function, for Ray's ``map_batches`` and Spark's
``mapInPandas`` (see docs/scaling.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .batch import CLAIM_COLUMNS, Source, Task, analyze_task, chunked, claim_rows, normalise_source, ordered_window
from .errors import Messages
from .models import InputError, Report

if TYPE_CHECKING:  # the dask extra is optional: import it only where it is used
    import dask.bag
    import dask.dataframe
    import pandas

#: Column dtypes of the claims table; ``value`` and ``yoy_value`` are floats so that one column
#: holds counts and rates alike (exact below 2**53, which every reported figure is).
CLAIM_DTYPES: dict[str, str] = {
    "path": "object", "id": "object", "section": "object", "subject": "object", "period": "object",
    "value": "float64", "unit": "object", "qualifier": "object", "yoy_value": "float64",
    "yoy_unit": "object", "yoy_direction": "object", "start": "int64", "end": "int64", "text": "object",
}

#: The same table as a Spark DDL schema, for ``mapInPandas``.
CLAIMS_SPARK_SCHEMA = ", ".join(
    f"{name} {'double' if dtype == 'float64' else 'long' if dtype == 'int64' else 'string'}"
    for name, dtype in CLAIM_DTYPES.items()
)

# --- worker side: state is per process, created on first use, never shipped -------------------

_warm = False


def _ready(config: object | None) -> None:
    """Warm this worker process up once: imports, language tables, compiled patterns."""
    global _warm
    if not _warm:
        from .api import analyze

        analyze("The office granted 1 patent, up 2% year-on-year.", config=config)
        _warm = True


def analyze_partition(sources: Iterable[Source], config: object | None = None) -> list[Report | InputError]:
    """Analyse a partition of sources on a worker: one Report or InputError per source, in order."""
    _ready(config)
    return [analyze_task(normalise_source(source), config) for source in sources]


def _analyze_tasks(tasks: list[Task], config: object | None) -> list[Report | InputError]:
    _ready(config)
    return [analyze_task(task, config) for task in tasks]


def _claim_rows_partition(sources: Iterable[Source], config: object | None = None) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for result in analyze_partition(sources, config):
        if isinstance(result, Report):
            rows.extend(claim_rows(result))
    return rows


def claims_frame(sources: Iterable[Source] | pandas.DataFrame, config: object | None = None) -> pandas.DataFrame:
    """A pandas DataFrame of the claims in ``sources`` (paths, ``(text, path)`` pairs, or a
    DataFrame with a ``path`` column): the unit of work for Ray ``map_batches`` or Spark
    ``mapInPandas``. Documents that cannot be read contribute no rows."""
    import pandas as pd

    if isinstance(sources, pd.DataFrame):
        sources = [str(p) for p in sources["path"]]
    frame = pd.DataFrame(_claim_rows_partition(sources, config), columns=list(CLAIM_COLUMNS))
    return frame.astype(CLAIM_DTYPES)


# --- client side -------------------------------------------------------------------------------

def _client(scheduler: object) -> tuple[Any, bool]:
    """(client, created): a distributed Client given as such, the default client already connected
    to this address, or a new one connected to it and made the default."""
    from distributed import Client, default_client

    if isinstance(scheduler, Client):
        return scheduler, False
    try:
        client = default_client()
        if client.scheduler.address == scheduler:
            return client, False
    except ValueError:  # no default client yet
        pass
    return Client(scheduler, set_as_default=True), True


def reports_bag(
    paths: Iterable[Source],
    *,
    scheduler: object | None = None,
    config: object | None = None,
    partition_size: int = 8,
) -> dask.bag.Bag:
    """A Dask bag of one ``Report`` or ``InputError`` per source, in input order.

    ``scheduler`` is a ``distributed.Client`` or a scheduler address such as ``tcp://host:8786``
    (connected and made the default, so ``.compute()`` runs there); ``None`` uses Dask's current
    default. ``partition_size`` documents go to a worker at a time.
    """
    import dask.bag as db

    if scheduler is not None:
        _client(scheduler)
    sources = list(paths)
    return db.from_sequence(sources, partition_size=partition_size).map_partitions(
        analyze_partition, config)


def claims_bag(
    paths: Iterable[Source],
    *,
    scheduler: object | None = None,
    config: object | None = None,
    partition_size: int = 8,
) -> dask.bag.Bag:
    """A Dask bag of claim rows (dicts keyed by ``ipnlp.batch.CLAIM_COLUMNS``), one per claim.

    Same arguments as ``reports_bag``; documents that cannot be read contribute no rows (use
    ``reports_bag`` to see their ``InputError``).
    """
    import dask.bag as db

    if scheduler is not None:
        _client(scheduler)
    sources = list(paths)
    return db.from_sequence(sources, partition_size=partition_size).map_partitions(
        _claim_rows_partition, config)


def claims_dataframe(
    paths: Iterable[Source],
    *,
    scheduler: object | None = None,
    config: object | None = None,
    partition_size: int = 8,
) -> dask.dataframe.DataFrame:
    """A Dask DataFrame with one row per claim, columns and dtypes ``CLAIM_DTYPES``."""
    import pandas as pd

    meta = pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in CLAIM_DTYPES.items()})
    bag = claims_bag(paths, scheduler=scheduler, config=config, partition_size=partition_size)
    return bag.to_dataframe(meta=meta)


def analyze_on_cluster(
    sources: Iterable[Source],
    *,
    scheduler: object,
    config: object | None = None,
    batch_size: int = 8,
) -> Iterator[Report | InputError]:
    """``analyze_many`` on a Dask cluster: streamed, in input order, bounded work in flight.

    Used by ``ipnlp analyze|check|claims --scheduler ADDRESS``. A batch lost with its worker (Dask
    retries it first) is reported as E022 for each of its documents; the rest carry on.
    """
    client, created = _client(scheduler)
    workers = max(1, sum(client.nthreads().values()))

    def submit(tasks: list[Task]) -> Any:
        return client.submit(_analyze_tasks, tasks, config, pure=False)

    def lost(tasks: list[Task], exc: BaseException) -> list[InputError]:
        reason = f"{type(exc).__name__}: {exc}"
        paths = [task[1] if task[0] == "path" else task[2] for task in tasks]
        return [InputError(path=path, code="E022",
                           message=Messages.E022.format(path=path or "<stdin>", reason=reason))
                for path in paths]

    try:
        yield from ordered_window(chunked((normalise_source(s) for s in sources), batch_size), submit,
                                  window=2 * workers, on_broken=lost)
    finally:
        if created:  # a client the caller handed in, or already had, stays open
            client.close()
