"""The Spark job behind `mercato batch extract`: units → `mapInArrow(run_partition)` → Parquet.

The driver plans the units (`mercato.batch.plan`) and ships them as a small DataFrame (a file
on a Hadoop-compatible file system is read by Spark's ``binaryFile`` source and joined in as
bytes). Each task runs `mercato.batch.tasks.run_partition`: it reads and analyses its units and
writes its share of the four Parquet datasets (`mercato.batch.schema`) with pyarrow, into a
staging directory of its own attempt, and returns only a manifest of those files. The driver
then moves the files of the attempts Spark kept into place (a failed or duplicate attempt's
files are dropped with the staging directory). Keeping the rows out of the JVM is what lets
the job scale with cores: the JVM only schedules.
"""

from __future__ import annotations

import json
import os
import sys
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mercato.batch.plan import DEFAULT_SPLIT_BYTES, Unit, is_remote, plan_units
from mercato.batch.schema import UNITS
from mercato.ingest.decode import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    import pyarrow as pa
    from pyspark.sql import DataFrame, SparkSession

DEFAULT_MASTER = "local[*]"
TABLES = ("articles", "mentions", "claims", "events")


@dataclass
class ExtractSummary:
    output: str
    units: int = 0
    partitions: int = 0
    articles: int = 0
    failures: int = 0
    notices: int = 0
    mentions: int = 0
    claims: int = 0
    seconds: float = 0.0
    master: str = ""
    events: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, object]:
        return {
            "output": self.output,
            "master": self.master,
            "units": self.units,
            "partitions": self.partitions,
            "articles": self.articles,
            "failures": self.failures,
            "notices": self.notices,
            "mentions": self.mentions,
            "claims": self.claims,
            "seconds": round(self.seconds, 3),
            "articles_per_second": round(self.articles_per_second, 1),
        }


def spark_session(master: str = DEFAULT_MASTER, conf: dict[str, str] | None = None) -> SparkSession:
    """A SparkSession for mercato's jobs (or the one already running in this process).

    In local mode the Python workers are this interpreter (so they import the same mercato),
    the UI is off and the driver gets 2 GB (it is the executor too).
    """
    from pyspark.sql import SparkSession

    settings = {
        "spark.sql.session.timeZone": "UTC",
        "spark.sql.execution.arrow.pyspark.enabled": "true",
        "spark.python.worker.reuse": "true",
        "spark.sql.shuffle.partitions": "8",
        "spark.sql.sources.partitionOverwriteMode": "static",
    }
    if master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
        settings.update(
            {"spark.ui.enabled": "false", "spark.driver.memory": "2g", "spark.ui.showConsoleProgress": "false"}
        )
    settings.update(conf or {})
    builder = SparkSession.builder.master(master).appName("mercato-batch")
    for key, value in settings.items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def hadoop_lister(spark: SparkSession) -> Any:
    """Lists files under a Hadoop URI with the JVM's FileSystem API (recursively)."""

    def lister(uri: str) -> list[tuple[str, int]]:
        jvm = spark.sparkContext._jvm
        assert jvm is not None
        hadoop_path = jvm.org.apache.hadoop.fs.Path(uri)
        fs = hadoop_path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())  # type: ignore[union-attr]
        status = fs.getFileStatus(hadoop_path)
        if not status.isDirectory():
            return [(status.getPath().toString(), int(status.getLen()))]
        found: list[tuple[str, int]] = []
        files = fs.listFiles(hadoop_path, True)
        while files.hasNext():
            item = files.next()
            name = item.getPath().getName()
            if not name.startswith((".", "_")):
                found.append((item.getPath().toString(), int(item.getLen())))
        return found

    return lister


def run_extract(
    spark: SparkSession,
    inputs: Sequence[str],
    output: str | Path,
    *,
    partitions: int | None = None,
    kb_file: Path | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    split_bytes: int = DEFAULT_SPLIT_BYTES,
) -> ExtractSummary:
    """Read `inputs`, extract, and write the Parquet datasets under `output` (replacing them)."""
    import pyarrow as pa
    import pyarrow.fs as pafs
    import pyarrow.parquet as pq
    from pyspark.sql.pandas.types import from_arrow_schema

    from mercato.batch.tasks import MANIFEST

    started = time.perf_counter()
    out = str(output).rstrip("/")
    if not is_remote(out):
        out = str(Path(out).resolve())
    summary = ExtractSummary(output=out, master=spark.sparkContext.master or "")
    units = plan_units(inputs, split_bytes=split_bytes, max_line_bytes=max_bytes, lister=hadoop_lister(spark))
    summary.units = len(units)
    default = 3 * spark.sparkContext.defaultParallelism
    n = max(1, min(partitions or default, len(units)))
    summary.partitions = n
    user_kb = (kb_file.name, kb_file.read_bytes()) if kb_file is not None else None
    kb_broadcast = spark.sparkContext.broadcast(user_kb)

    frame = _units_frame(spark, units, n)
    manifest_schema = from_arrow_schema(MANIFEST)
    fs, root = pafs.FileSystem.from_uri(out)
    for table in TABLES:
        if fs.get_file_info(f"{root}/{table}").type != pafs.FileType.NotFound:
            fs.delete_dir(f"{root}/{table}")
    staging = f"{out}/_staging/{uuid.uuid4().hex}"

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        import pyarrow as pa
        from pyspark import TaskContext

        from mercato.batch.tasks import MANIFEST, run_partition

        context = TaskContext.get()
        part, attempt = (context.partitionId(), context.attemptNumber()) if context else (0, 0)
        rows = [row for batch in batches for row in batch.to_pylist()]
        written = run_partition(
            rows, f"{staging}/attempt-{part:05d}-{attempt}", f"{part:05d}", kb_broadcast.value, max_bytes
        )
        yield pa.RecordBatch.from_pylist(written, schema=MANIFEST)

    try:
        manifest = [row.asDict() for row in frame.mapInArrow(run, manifest_schema).collect()]
        # commit: only the files of the attempts Spark kept move into place
        for row in manifest:
            target = f"{root}/{row['path']}"
            fs.create_dir(target.rsplit("/", 1)[0], recursive=True)
            fs.move(f"{row['base']}/{row['path']}", target)
    finally:
        kb_broadcast.unpersist()
        if fs.get_file_info(f"{root}/_staging").type != pafs.FileType.NotFound:
            fs.delete_dir(f"{root}/_staging")
    rows_of = {t: sum(r["rows"] for r in manifest if r["table"] == t) for t in TABLES}
    summary.articles, summary.mentions, summary.claims = rows_of["articles"], rows_of["mentions"], rows_of["claims"]
    summary.failures = sum(r["failures"] for r in manifest if r["table"] == "events")
    summary.notices = sum(r["notices"] for r in manifest if r["table"] == "events")
    events = [pq.read_table(f"{root}/{r['path']}", filesystem=fs) for r in manifest if r["table"] == "events"]
    if events:
        table = pa.concat_tables(events).sort_by("rec")
        summary.events = [(r["kind"], r["where"], r["message"]) for r in table.to_pylist()[:1000]]
    summary.seconds = time.perf_counter() - started
    _write_manifest(spark, out, inputs, summary)
    return summary


def _units_frame(spark: SparkSession, units: list[Unit], partitions: int) -> DataFrame:
    """One row per unit, `partitions` slices in unit order; remote files joined in as bytes."""
    from pyspark.sql import functions as F
    from pyspark.sql.pandas.types import from_arrow_schema

    schema = from_arrow_schema(UNITS)
    rows = [{**u.to_row(), "content": None} for u in units]
    frame = spark.createDataFrame(spark.sparkContext.parallelize(rows, partitions), schema)  # type: ignore[arg-type]
    remote = [u.path for u in units if u.kind == "remote"]
    if not remote:
        return frame
    contents = (
        spark.read.format("binaryFile")
        .load(remote)
        .select(F.col("path").alias("rpath"), F.col("content").alias("rcontent"))
    )
    joined = frame.join(contents, frame["path"] == contents["rpath"], "left")
    return joined.select(
        *[c for c in UNITS.names if c != "content"],
        F.coalesce(F.col("rcontent"), F.col("content")).alias("content"),
    ).repartition(partitions)


def _write_manifest(spark: SparkSession, out: str, inputs: Sequence[str], summary: ExtractSummary) -> None:
    """A small JSON next to the datasets: what was read and counted (local output only)."""
    if "://" in out and not out.startswith("file://"):
        return
    path = Path(out.removeprefix("file://"))
    manifest = {"inputs": list(inputs), "spark": spark.version, **summary.to_dict()}
    (path / "_mercato.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
