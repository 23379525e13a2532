"""The in-memory knowledge base: entities, aliases and attribute tables."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mercato.model import Club, EntityKind, Outlet, Person, reduce_by_fields

#: Allowed values of :attr:`Alias.alias_type`.
ALIAS_TYPES: frozenset[str] = frozenset({"name", "nickname", "surname", "country", "short"})


@dataclass(frozen=True)
class Alias:
    """One surface form of an entity.

    ``alias_type`` tells the extractor how strict to be: ``name`` needs a capitalised match,
    ``nickname`` may be lower case ("bianconeri"), ``surname`` is a person's surname alone,
    ``country`` is a country name that may denote a national team, and ``short`` is an
    ambiguous short club form ("Inter", "Real", "City") that needs context.
    """

    surface: str
    kind: EntityKind
    entity_id: str
    lang: str | None = None
    alias_type: str = "name"

    def __reduce__(self) -> tuple[Any, ...]:
        return reduce_by_fields(self)


@dataclass
class KnowledgeBase:
    clubs: dict[str, Club] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    outlets: dict[str, Outlet] = field(default_factory=dict)
    aliases: list[Alias] = field(default_factory=list)
    region_of: dict[str, str] = field(default_factory=dict)
    demonyms: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    club_adjectives: dict[str, str] = field(default_factory=dict)
    club_prominence: dict[str, int] = field(default_factory=dict)
    #: journalist id -> outlet id of their main employer
    employer_of: dict[str, str] = field(default_factory=dict)
    _by_domain: dict[str, str] = field(default_factory=dict, repr=False)

    def outlet_by_domain(self, domain: str) -> Outlet | None:
        """Outlet for a host name or URL: "https://www.gazzetta.it/x" and "m.gazzetta.it" both match."""
        host = domain.strip().lower()
        if "://" in host:
            host = host.split("://", 1)[1]
        host = host.split("/", 1)[0].split(":", 1)[0]
        parts = host.split(".")
        # try the host itself, then each parent domain ("edition.cnn.com" -> "cnn.com")
        for i in range(len(parts) - 1):
            outlet_id = self._by_domain.get(".".join(parts[i:]))
            if outlet_id is not None:
                return self.outlets.get(outlet_id)
        return None

    def aliases_of(self, entity_id: str) -> list[Alias]:
        return [a for a in self.aliases if a.entity_id == entity_id]

    def reindex(self) -> None:
        """Rebuild derived indexes after entities changed (merge of a user file)."""
        self._by_domain = {}
        for outlet in self.outlets.values():
            if outlet.domain:
                self._by_domain.setdefault(outlet.domain.lower().removeprefix("www."), outlet.id)
        seen: set[Alias] = set()
        unique: list[Alias] = []
        for alias in self.aliases:
            if alias not in seen:
                seen.add(alias)
                unique.append(alias)
        self.aliases = unique
