"""Origin tracing: where each report in a thread comes from.

An article that is a near-duplicate (``copy_of``) of an earlier one goes back to that original; an
article that attributes the claim to another outlet ("secondo quanto riportato da Calciomercato.it")
goes back to that outlet's own report when it is ingested, else to the outlet itself. Steps repeat
until a report that stands on its own: the end of the chain is the claim's *origin*. Pure functions
over :class:`ThreadClaim` rows; no I/O.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from mercato.extract.normalise import fold_key

#: how many hops a chain may take before it is cut (cycles are cut too)
MAX_HOPS = 8


@dataclass(frozen=True)
class SourceRef:
    """An outlet a claim attributes itself to: its entity id when known, else its name as written."""

    name: str
    outlet_id: str | None = None

    @property
    def key(self) -> str:
        return self.outlet_id or outlet_name_key(self.name)


@dataclass
class ThreadClaim:
    """One claim of a thread, with what origin tracing and the timeline need of its article."""

    claim_id: str
    article_id: str
    subject_id: str
    subject: str
    type: str
    club_id: str
    club: str
    stage: str
    hedged: bool
    confidence: float
    published: dt.date | None
    precision: str | None = None
    outlet: str | None = None
    outlet_id: str | None = None
    outlet_name: str | None = None  # the outlet entity's canonical name, when outlet_id is set
    copy_of: str | None = None
    title: str = ""
    url: str | None = None
    conditions: list[str] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    sources: list[SourceRef] = field(default_factory=list)

    @cached_property
    def publisher_key(self) -> str:
        return publisher_key(self.article_id, self.outlet_id, self.outlet)

    @property
    def publisher(self) -> str:
        return self.outlet_name or self.outlet or f"(unknown outlet: {self.article_id})"


@dataclass(frozen=True)
class ArticleRef:
    """An article a chain passes through that holds no claim of the thread (the original of a copy)."""

    article_id: str
    published: dt.date | None
    outlet: str | None
    outlet_id: str | None
    outlet_name: str | None = None

    @property
    def publisher_key(self) -> str:
        return publisher_key(self.article_id, self.outlet_id, self.outlet)

    @property
    def publisher(self) -> str:
        return self.outlet_name or self.outlet or f"(unknown outlet: {self.article_id})"


@dataclass(frozen=True)
class Step:
    """One hop of an origin chain: `relation` is how the previous report relates to this one."""

    relation: str  # "copy of" | "cites" | "cites (not ingested)"
    outlet_key: str
    outlet: str
    article_id: str | None = None
    published: dt.date | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "relation": self.relation,
            "outlet": self.outlet,
            "outlet_key": self.outlet_key,
            "article_id": self.article_id,
            "published": self.published.isoformat() if self.published else None,
        }


@dataclass(frozen=True)
class Origin:
    """Where one claim comes from: the chain of hops (empty for a report of its own) and its end."""

    key: str
    outlet: str
    chain: tuple[Step, ...] = ()

    @property
    def own(self) -> bool:
        return not self.chain


@lru_cache(maxsize=65536)
def outlet_name_key(name: str) -> str:
    return f"name:{fold_key(name)}"


def publisher_key(article_id: str, outlet_id: str | None, outlet: str | None) -> str:
    """Who published an article: its outlet entity, else its outlet as named, else the article alone."""
    if outlet_id:
        return outlet_id
    if outlet and outlet.strip():
        return outlet_name_key(outlet)
    return f"article:{article_id}"


def _sort_key(claim: ThreadClaim) -> tuple[dt.date, bool, str]:
    return (claim.published or dt.date.max, claim.copy_of is not None, claim.article_id)


def trace_origins(
    claims: Sequence[ThreadClaim], outside: Mapping[str, ArticleRef] | None = None
) -> dict[str, list[Origin]]:
    """claim id → its origins (one per cited source, else one). `outside` holds the articles that
    copies point to and that have no claim of their own in this thread."""
    outside = outside or {}
    by_article: dict[str, ThreadClaim] = {}
    for claim in sorted(claims, key=_sort_key):
        by_article.setdefault(claim.article_id, claim)
    # each publisher's reports, oldest first: a citation goes to the cited outlet's earliest report
    by_publisher: dict[str, list[ThreadClaim]] = {}
    for claim in by_article.values():
        by_publisher.setdefault(claim.publisher_key, []).append(claim)

    def cited_report(source: SourceRef, citing: ThreadClaim) -> ThreadClaim | None:
        for report in by_publisher.get(source.key, []):
            if report.article_id == citing.article_id:
                continue
            if citing.published is None or report.published is None or report.published <= citing.published:
                return report
        return None

    def trace(claim: ThreadClaim, chain: tuple[Step, ...], seen: frozenset[str]) -> list[Origin]:
        if len(chain) >= MAX_HOPS:
            return [Origin(claim.publisher_key, claim.publisher, chain)]
        if claim.copy_of and claim.copy_of not in seen:
            original = by_article.get(claim.copy_of)
            if original is not None:
                step = Step(
                    "copy of", original.publisher_key, original.publisher, original.article_id, original.published
                )
                return trace(original, (*chain, step), seen | {original.article_id})
            ref = outside.get(claim.copy_of)
            if ref is not None:
                step = Step("copy of", ref.publisher_key, ref.publisher, ref.article_id, ref.published)
                return [Origin(ref.publisher_key, ref.publisher, (*chain, step))]
            key = f"article:{claim.copy_of}"
            return [Origin(key, f"(article {claim.copy_of})", (*chain, Step("copy of", key, key, claim.copy_of)))]
        origins: list[Origin] = []
        for source in claim.sources:
            if source.key == claim.publisher_key:
                continue  # an outlet quoting itself
            report = cited_report(source, claim)
            if report is not None and report.article_id not in seen:
                step = Step("cites", report.publisher_key, report.publisher, report.article_id, report.published)
                origins.extend(trace(report, (*chain, step), seen | {report.article_id}))
            else:
                step = Step("cites (not ingested)", source.key, source.name)
                origins.append(Origin(source.key, source.name, (*chain, step)))
        if origins:
            return origins
        return [Origin(claim.publisher_key, claim.publisher, chain)]

    result: dict[str, list[Origin]] = {}
    for claim in claims:
        origins = trace(claim, (), frozenset({claim.article_id}))
        unique: dict[str, Origin] = {}
        for origin in origins:
            unique.setdefault(origin.key, origin)
        result[claim.claim_id] = list(unique.values())
    return result
