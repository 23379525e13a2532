"""One local SparkSession for the whole test session (starting the JVM costs seconds)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    if shutil.which("java") is None and not os.environ.get("CI"):
        pytest.skip("no java on PATH (CI installs OpenJDK 17)")
    pytest.importorskip("pyspark")
    from mercato.batch.job import spark_session

    session = spark_session("local[2]", {"spark.sql.shuffle.partitions": "2"})
    yield session
    session.stop()
