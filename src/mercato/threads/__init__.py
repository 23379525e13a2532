"""Rumour threads: every claim about one (person, type, club) across articles, with its timeline,
first report, origin chains, independent corroboration and competing threads (DESIGN.md "Words").

    with engine.begin() as conn:
        refresh_threads(conn)                            # the cache follows the claims
        for s in summaries(conn, subject_ids=["massimiliano-allegri"]):
            print(s.id, s.status, s.row["furthest_stage"], s.row["n_independent"])
        detail = thread_detail(conn, "massimiliano-allegri--move--west-ham-united")
"""

from mercato.threads.grouping import ensure_threads, load_claims, refresh_threads
from mercato.threads.origin import Origin, SourceRef, ThreadClaim, trace_origins
from mercato.threads.service import (
    STATUSES,
    ThreadDetail,
    ThreadSummary,
    default_as_of,
    summaries,
    thread_detail,
)
from mercato.threads.timeline import Thread, build_thread, thread_id

__all__ = [
    "STATUSES",
    "Origin",
    "SourceRef",
    "Thread",
    "ThreadClaim",
    "ThreadDetail",
    "ThreadSummary",
    "build_thread",
    "default_as_of",
    "ensure_threads",
    "load_claims",
    "refresh_threads",
    "summaries",
    "thread_detail",
    "thread_id",
    "trace_origins",
]
