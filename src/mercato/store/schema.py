"""The database schema as SQLAlchemy Core tables (DESIGN.md "Words": articles, entities, claims…).

One source of truth for the shape of the data: the Alembic migrations in ``migrations/``
create exactly these tables (a test compares them), and ``repo.py`` queries them.

Conventions
- Ids are strings a person can read and that survive a re-ingest: an article keeps the id its
  reader gave it (file stem, JSONL ``id``), a claim is ``<article id>#<n>``, an entity keeps its
  knowledge-base id. Only rows with no natural key (aliases, outcomes, failures) use integers.
- ``published`` is the first day of the period the source gives, ``published_precision`` says
  which period (``day`` | ``month`` | ``year``); the original "2024-12" is ``2024-12-01``/``month``.
- ``claims`` repeats its article's ``published`` and ``lang`` so that the per-person and per-club
  queries are one index range scan each, already in date order.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

ID = sa.String(255)

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("url", sa.Text),
    sa.Column("outlet", sa.String(200)),
    sa.Column("outlet_id", ID),
    sa.Column("published", sa.Date),
    sa.Column("published_precision", sa.String(5)),
    sa.Column("lang", sa.String(8)),
    sa.Column("title", sa.Text, nullable=False, server_default=""),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("source", sa.Text),
    # near-duplicate of this (earlier) article; NULL for an original
    sa.Column("copy_of", ID, sa.ForeignKey("articles.id", ondelete="SET NULL")),
    sa.Column("near_similarity", sa.Float),
    sa.Column("minhash", sa.LargeBinary),
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    sa.UniqueConstraint("content_hash"),
    sa.Index(None, "published"),
    sa.Index(None, "outlet_id"),
    sa.Index(None, "copy_of"),
)

entities = sa.Table(
    "entities",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("kind", sa.String(16), nullable=False),  # club | person | outlet
    sa.Column("name", sa.String(300), nullable=False),
    sa.Column("slug", sa.String(300), nullable=False),
    sa.Column("role", sa.String(32)),  # people: coach, player, director…; outlets: outlet | journalist
    sa.Column("country", sa.String(64)),
    # a person the extractor met in text and the knowledge base did not know
    sa.Column("new", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.UniqueConstraint("kind", "slug"),
)

aliases = sa.Table(
    "aliases",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("entity_id", ID, sa.ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
    sa.Column("surface", sa.String(300), nullable=False),
    # lower case, no accents, punctuation as spaces: what a name lookup compares
    sa.Column("folded", sa.String(300), nullable=False),
    sa.Column("lang", sa.String(8), nullable=False, server_default=""),
    sa.Column("alias_type", sa.String(16), nullable=False, server_default="name"),
    sa.UniqueConstraint("entity_id", "surface", "lang", "alias_type"),
    sa.Index(None, "folded"),
)

mentions = sa.Table(
    "mentions",
    metadata,
    sa.Column("article_id", ID, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("seq", sa.Integer, primary_key=True),
    sa.Column("entity_id", ID, sa.ForeignKey("entities.id"), nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.String(300), nullable=False),
    sa.Index(None, "entity_id"),
)

claims = sa.Table(
    "claims",
    metadata,
    sa.Column("id", sa.String(300), primary_key=True),  # "<article id>#<n>"
    sa.Column("article_id", ID, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("subject_id", ID, sa.ForeignKey("entities.id"), nullable=False),
    sa.Column("subject", sa.String(300), nullable=False),
    sa.Column("type", sa.String(16), nullable=False),  # move | departure | stay
    sa.Column("club_id", ID, sa.ForeignKey("entities.id"), nullable=False),
    sa.Column("club", sa.String(300), nullable=False),
    sa.Column("stage", sa.String(16), nullable=False),
    sa.Column("hedged", sa.Boolean, nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("conditions", sa.JSON, nullable=False),  # list[str]
    sa.Column("evidence", sa.JSON, nullable=False),  # list[{"start", "end", "text"}] into the article text
    sa.Column("published", sa.Date),  # = articles.published
    sa.Column("lang", sa.String(8)),  # = articles.lang
    sa.UniqueConstraint("article_id", "seq"),
    sa.Index(None, "subject_id", "published"),
    sa.Index(None, "club_id", "published"),
    sa.Index(None, "published"),
    # the rumour-thread grouping key (migration 0002)
    sa.Index(None, "subject_id", "type", "club_id", "published"),
    sa.Index(None, "stage"),
)

claim_sources = sa.Table(
    "claim_sources",
    metadata,
    sa.Column("claim_id", sa.String(300), sa.ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("seq", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(300), nullable=False),  # as the extractor gives it
    sa.Column("outlet_id", ID, sa.ForeignKey("entities.id")),  # NULL when not a known outlet
    sa.Index(None, "outlet_id"),
)

outcomes = sa.Table(
    "outcomes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("person_id", ID, sa.ForeignKey("entities.id")),
    sa.Column("person", sa.String(300), nullable=False),
    sa.Column("role", sa.String(32), nullable=False, server_default=""),
    # appointed | sacked | resigned | left | caretaker | joined | contract_extended
    sa.Column("event", sa.String(32), nullable=False),
    sa.Column("club_id", ID, sa.ForeignKey("entities.id")),
    sa.Column("club", sa.String(300), nullable=False),
    sa.Column("date", sa.Date, nullable=False),
    sa.Column("source", sa.String(300), nullable=False, server_default=""),  # file name, or an article id
    sa.Column("loaded_at", sa.DateTime(timezone=True), nullable=False),
    sa.UniqueConstraint("person", "event", "club", "date"),
    sa.Index(None, "person_id"),
    sa.Index(None, "club_id"),
)

ingest_failures = sa.Table(
    "ingest_failures",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("source", sa.Text, nullable=False),  # path, path:line, or URL
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),  # last time it failed
    sa.Column("count", sa.Integer, nullable=False, server_default="1"),
    sa.Index(None, "source"),
)

# --------------------------------------------------------------------------- rumour threads (migration 0002)
# A cache of what ``mercato.threads`` derives from the claims: rebuilt for the keys whose claims changed
# (see ``mercato.threads.grouping.refresh_threads``). Statuses are not stored: they depend on the
# outcomes known and on the day asked about, and are resolved when read.

THREAD_ID = sa.String(620)  # "<person slug>--<type>--<club slug>"

threads = sa.Table(
    "threads",
    metadata,
    sa.Column("id", THREAD_ID, primary_key=True),
    sa.Column("subject_id", ID, nullable=False),
    sa.Column("subject", sa.String(300), nullable=False),
    sa.Column("role", sa.String(32)),  # the subject's role (coach, player…) when known
    sa.Column("type", sa.String(16), nullable=False),
    sa.Column("club_id", ID, nullable=False),
    sa.Column("club", sa.String(300), nullable=False),
    sa.Column("first_published", sa.Date),
    sa.Column("last_published", sa.Date),
    sa.Column("first_article_id", ID),
    sa.Column("first_outlet", sa.String(300)),  # who published the first report
    sa.Column("first_origin", sa.String(300)),  # whom the first report goes back to (itself, a cited outlet)
    sa.Column("furthest_stage", sa.String(16), nullable=False),
    sa.Column("latest_stage", sa.String(16), nullable=False),
    sa.Column("n_claims", sa.Integer, nullable=False),
    sa.Column("n_articles", sa.Integer, nullable=False),
    sa.Column("n_outlets", sa.Integer, nullable=False),  # distinct publishers
    sa.Column("n_independent", sa.Integer, nullable=False),  # distinct origins: copies and citations collapse
    sa.Column("n_copies", sa.Integer, nullable=False),
    sa.Column("n_off", sa.Integer, nullable=False),
    sa.Column("hedged_share", sa.Float, nullable=False),
    sa.Column("conditions", sa.JSON, nullable=False),  # list[str], every condition stated
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index(None, "subject_id", "type"),
    sa.Index(None, "club_id", "type"),
    sa.Index(None, "last_published"),
)

# One row per (thread, outlet) that published or originated a report in it: the unit of an outlet's
# track record. relation: first (broke the story) | own (an independent later report) | copied.
thread_reports = sa.Table(
    "thread_reports",
    metadata,
    sa.Column("thread_id", THREAD_ID, sa.ForeignKey("threads.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("outlet_key", sa.String(320), primary_key=True),  # outlet entity id, or "name:<folded name>"
    sa.Column("outlet", sa.String(300), nullable=False),
    sa.Column("outlet_id", ID),
    sa.Column("first_published", sa.Date),
    sa.Column("stage", sa.String(16), nullable=False),  # furthest stage it asserted ("off" if only that)
    sa.Column("relation", sa.String(8), nullable=False),
    sa.Column("n_claims", sa.Integer, nullable=False),
    sa.Index(None, "outlet_key"),
)

thread_state = sa.Table(
    "thread_state",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

ALL_TABLES = (articles, entities, aliases, mentions, claims, claim_sources, outcomes, ingest_failures, threads,
              thread_reports, thread_state)  # fmt: skip
