"""The shape of a batch job's records (Arrow), shared by the Spark tasks, the job and the loader.

``RECORDS`` is what the tasks emit: one row per read result. ``kind`` is ``article``,
``failure`` or ``notice``; failures and notices fill ``where`` and ``message`` only; an article
whose extraction failed has the reason in ``message`` and no mentions or claims. The job writes
it out as four Parquet datasets under the output directory:

- ``articles/month=YYYY-MM/lang=xx/`` — the article columns (no nested ones);
- ``mentions/month=…/lang=…/`` — one row per mention: ``rec``, ``seq``, entity, span;
- ``claims/month=…/lang=…/`` — one row per claim: ``rec``, ``seq``, subject, type, club, stage,
  ``hedged``, ``confidence``, ``sources``, ``conditions``, ``evidence`` (list of spans);
- ``events/`` — read failures and notices, with their ``rec``.

``rec`` orders everything as `mercato ingest` would read it (see `mercato.batch.plan`);
``month`` is ``unknown`` for an undated article, ``lang`` ``und`` when extraction failed.
"""

from __future__ import annotations

import pyarrow as pa

SPAN = pa.struct([("start", pa.int32()), ("end", pa.int32()), ("text", pa.string())])

MENTION = pa.struct(
    [
        ("seq", pa.int32()),
        ("entity_id", pa.string()),
        ("kind", pa.string()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("text", pa.string()),
    ]
)

CLAIM = pa.struct(
    [
        ("seq", pa.int32()),
        ("subject_id", pa.string()),
        ("subject", pa.string()),
        ("type", pa.string()),
        ("club_id", pa.string()),
        ("club", pa.string()),
        ("stage", pa.string()),
        ("hedged", pa.bool_()),
        ("confidence", pa.float64()),
        ("subject_is_new", pa.bool_()),
        ("sources", pa.list_(pa.string())),
        ("conditions", pa.list_(pa.string())),
        ("evidence", pa.list_(SPAN)),
    ]
)

ARTICLE_COLUMNS = (
    "rec", "input", "id", "url", "outlet", "published", "title", "text", "given_lang",
    "content_hash", "minhash", "message", "month", "lang",
)  # fmt: skip

RECORDS = pa.schema(
    [
        ("rec", pa.int64()),
        ("kind", pa.string()),
        ("input", pa.string()),
        ("where", pa.string()),
        ("message", pa.string()),
        ("id", pa.string()),
        ("url", pa.string()),
        ("outlet", pa.string()),
        ("published", pa.string()),
        ("title", pa.string()),
        ("text", pa.string()),
        ("given_lang", pa.string()),
        ("content_hash", pa.string()),
        ("minhash", pa.binary()),
        ("month", pa.string()),
        ("lang", pa.string()),
        ("mentions", pa.list_(MENTION)),
        ("claims", pa.list_(CLAIM)),
    ]
)

UNITS = pa.schema(
    [
        ("no", pa.int64()),
        ("source", pa.string()),
        ("kind", pa.string()),
        ("path", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("first_line", pa.int64()),
        ("reason", pa.string()),
        ("content", pa.binary()),
    ]
)
