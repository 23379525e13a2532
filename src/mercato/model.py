"""Shared types of the data flow: Article → Mention → Claim (see DESIGN.md, "Words")."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any, Final


class ClaimType(StrEnum):
    MOVE = "move"
    DEPARTURE = "departure"
    STAY = "stay"


class Stage(StrEnum):
    SPECULATION = "speculation"
    CONTACT = "contact"
    NEGOTIATION = "negotiation"
    AGREEMENT = "agreement"
    OFFICIAL = "official"
    RISK = "risk"
    OFF = "off"


#: How far along each stage is on its ladder; `off` sits outside the ladder.
STAGE_RANK: dict[Stage, int] = {
    Stage.SPECULATION: 1,
    Stage.RISK: 1,
    Stage.CONTACT: 2,
    Stage.NEGOTIATION: 3,
    Stage.AGREEMENT: 4,
    Stage.OFFICIAL: 5,
    Stage.OFF: 0,
}


class EntityKind(StrEnum):
    CLUB = "club"
    PERSON = "person"
    OUTLET = "outlet"


def reduce_by_fields(obj: Any) -> tuple[Any, ...]:
    """`__reduce__` of a frozen dataclass: pickled as a call of its constructor. Compiled (see
    setup.py), a frozen class cannot be restored attribute by attribute, as pickle does by default,
    and the knowledge-base cache pickles these."""
    return (type(obj), tuple(getattr(obj, f.name) for f in fields(obj)))


@dataclass(frozen=True)
class Club:
    id: str
    name: str
    country: str = ""
    league: str = ""
    national_team: bool = False

    def __reduce__(self) -> tuple[Any, ...]:
        return reduce_by_fields(self)


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    role: str = "other"
    nationality: str = ""
    birthplace: str = ""
    clubs: tuple[str, ...] = ()
    #: True when the extractor met this name in text and the knowledge base did not know it.
    new: bool = False

    def __reduce__(self) -> tuple[Any, ...]:
        return reduce_by_fields(self)


@dataclass(frozen=True)
class Outlet:
    id: str
    name: str
    kind: str = "outlet"  # outlet | journalist
    domain: str = ""
    country: str = ""

    def __reduce__(self) -> tuple[Any, ...]:
        return reduce_by_fields(self)


@dataclass
class Article:
    id: str
    text: str
    title: str = ""
    lang: str | None = None
    published: str | None = None  # ISO date, "YYYY-MM" or "YYYY-MM-DD"
    url: str | None = None
    outlet: str | None = None

    @property
    def full_text(self) -> str:
        """Title and body as one text: evidence offsets point into this string (after normalisation)."""
        return f"{self.title}\n\n{self.text}" if self.title else self.text

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.full_text.encode("utf-8")).hexdigest()

    @property
    def published_precision(self) -> str | None:
        if not self.published:
            return None
        return {4: "year", 7: "month", 10: "day"}.get(len(self.published), "day")


class Mention:
    """An entity named at `text[start:end]` of an article's normalised text.

    A plain class with read-only fields, not a frozen dataclass like its neighbours: the
    extractor makes dozens an article, and compiled (see setup.py) this constructor is some
    twenty times quicker than a frozen dataclass's, which sets each field through
    `object.__setattr__`. It compares, hashes and pickles by value, as a frozen dataclass does."""

    def __init__(self, start: int, end: int, kind: EntityKind, entity_id: str, text: str) -> None:
        self.start: Final = start
        self.end: Final = end
        self.kind: Final = kind
        self.entity_id: Final = entity_id
        self.text: Final = text

    def _fields(self) -> tuple[int, int, EntityKind, str, str]:
        return (self.start, self.end, self.kind, self.entity_id, self.text)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Mention) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (
            f"Mention(start={self.start!r}, end={self.end!r}, kind={self.kind!r}, "
            f"entity_id={self.entity_id!r}, text={self.text!r})"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (Mention, self._fields())


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text}

    def __reduce__(self) -> tuple[Any, ...]:
        return reduce_by_fields(self)


@dataclass
class Claim:
    subject: str
    type: ClaimType
    club: str
    stage: Stage
    sources: list[str] = field(default_factory=list)
    conditions: list[str] = field(default_factory=list)
    hedged: bool = False
    confidence: float = 0.5
    evidence: list[Span] = field(default_factory=list)
    subject_id: str = ""
    club_id: str = ""
    subject_is_new: bool = False

    def to_dict(self) -> dict[str, object]:
        return {
            "subject": self.subject,
            "type": self.type.value,
            "club": self.club,
            "stage": self.stage.value,
            "sources": list(self.sources),
            "conditions": list(self.conditions),
            "hedged": self.hedged,
            "confidence": round(self.confidence, 3),
            "evidence": [span.to_dict() for span in self.evidence],
        }


@dataclass
class Extraction:
    """What `extract` returns for one article: its language, normalised text, mentions and claims."""

    article_id: str
    lang: str
    text: str
    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {"id": self.article_id, "lang": self.lang, "claims": [c.to_dict() for c in self.claims]}
