"""Batch extraction on Apache Spark: the same pure functions as `mercato ingest`, run in Spark tasks.

- `mercato.batch.plan` — INPUT arguments → ordered work units (driver, no Spark);
- `mercato.batch.tasks` — what a task runs: read a unit, `extract` + MinHash per article (no Spark);
- `mercato.batch.job` — the Spark job: `mapInArrow` over the units, Parquet out;
- `mercato.batch.load` — Parquet → database through the ingest pipeline's store half.

PySpark is imported only inside `mercato.batch.job`, so the rest imports without it.
"""
