"""Per-language cue tables, compiled to regular expressions over folded text.

A table (one module per language in `mercato.extract.lang`) is data: lists of patterns written
for lower-case, accent-free text. A stage cue is written `"type:stage": [patterns]`. A pattern
may start with a marker telling where the claim's person stands relative to the cue:

- `>` the person follows the cue ("sostituire Lopetegui", "replace X", "Nachfolge von X");
- `<` the person precedes it ("X was sacked");
- none: the nearest person on either side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import import_module

from mercato.extract.lang.names import NEVER_NAMES
from mercato.model import ClaimType, Stage


@dataclass(frozen=True)
class LanguageTable:
    """Everything one language contributes to extraction; see the module docstring."""

    lang: str
    stages: dict[str, list[str]]
    negations: list[str] = field(default_factory=list)
    hedges: list[str] = field(default_factory=list)
    attributions: list[str] = field(default_factory=list)
    role_nouns: list[str] = field(default_factory=list)
    former_markers: list[str] = field(default_factory=list)
    club_references: list[str] = field(default_factory=list)
    #: words before a club that make it a match opponent, not a claim's club ("against", "contro")
    opponent_markers: list[str] = field(default_factory=list)
    #: words before a club that make it where a player comes from ("signed from X", "dal Napoli")
    origin_markers: list[str] = field(default_factory=list)
    #: words before a club that make it where someone is going ("leaving to join X"): never the
    #: club of a departure
    destination_markers: list[str] = field(default_factory=list)
    #: object pronouns that stand for the person the article is about ("anziché su di lui")
    pronouns: list[str] = field(default_factory=list)
    #: possessives just before a cue point at the sentence's subject ("suo grande sogno")
    possessives: list[str] = field(default_factory=list)
    #: words just before an `official` cue that make it hypothetical ("could", "pronto a")
    modal_markers: list[str] = field(default_factory=list)
    conditions: dict[str, list[str]] = field(default_factory=dict)
    #: capitalised words that are never part of a person's name (sentence starts, months, places)
    not_names: list[str] = field(default_factory=list)
    #: whether two or three capitalised words inside a sentence make a name even without a known
    #: given name (not in German, where every noun is capitalised)
    loose_names: bool = True
    #: words before an ambiguous short club name that mean the city, not the club ("a Roma")
    city_prepositions: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class StageCue:
    type: ClaimType
    stage: Stage
    person_side: str  # "near" | "after" | "before"
    regex: re.Pattern[str]


@dataclass(frozen=True)
class CompiledTable:
    lang: str
    stage_cues: tuple[StageCue, ...]
    negation: re.Pattern[str]
    hedge: re.Pattern[str]
    attribution: re.Pattern[str]
    role_noun: re.Pattern[str]
    former: re.Pattern[str]
    club_reference: re.Pattern[str]
    opponent: re.Pattern[str]
    origin: re.Pattern[str]
    destination: re.Pattern[str]
    pronoun: re.Pattern[str]
    possessive: re.Pattern[str]
    modal: re.Pattern[str]
    conditions: tuple[tuple[str, re.Pattern[str]], ...]
    not_names: frozenset[str]
    city_prepositions: frozenset[str]
    loose_names: bool


_NEVER = re.compile(r"(?!x)x")


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    if not patterns:
        return _NEVER
    return re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?!\w)")


def compile_table(table: LanguageTable) -> CompiledTable:
    cues: list[StageCue] = []
    for key, patterns in table.stages.items():
        type_name, stage_name = key.split(":")
        by_side: dict[str, list[str]] = {"near": [], "after": [], "before": []}
        for pattern in patterns:
            side = {">": "after", "<": "before"}.get(pattern[:1], "near")
            by_side[side].append(pattern[1:] if side != "near" else pattern)
        for side, group in by_side.items():
            if group:
                cues.append(StageCue(ClaimType(type_name), Stage(stage_name), side, _alternation(group)))
    return CompiledTable(
        lang=table.lang,
        stage_cues=tuple(cues),
        negation=_alternation(table.negations),
        hedge=_alternation(table.hedges),
        attribution=_alternation(table.attributions),
        role_noun=_alternation(table.role_nouns),
        former=_alternation(table.former_markers),
        club_reference=_alternation(table.club_references),
        opponent=_alternation(table.opponent_markers),
        origin=_alternation(table.origin_markers),
        destination=_alternation(table.destination_markers),
        pronoun=_alternation(table.pronouns),
        possessive=_alternation(table.possessives),
        modal=_alternation(table.modal_markers),
        conditions=tuple((text, _alternation(pats)) for text, pats in table.conditions.items()),
        not_names=frozenset(w.casefold() for w in (*table.not_names, *NEVER_NAMES)),
        city_prepositions=frozenset(table.city_prepositions),
        loose_names=table.loose_names,
    )


@cache
def table_for(lang: str) -> CompiledTable:
    """The compiled table for `lang`; unknown languages fall back to English."""
    try:
        module = import_module(f"mercato.extract.lang.{lang}")
    except ModuleNotFoundError:
        module = import_module("mercato.extract.lang.en")
    return compile_table(module.TABLE)
