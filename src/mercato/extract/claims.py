"""Claim assembly: attach each stage cue to its person and club, then merge per article.

Within a sentence a cue takes the nearest person (or the side its table entry asks for) and
the nearest club not marked as a former club; a coordinated list ("Roma, Manchester United e
Benfica") shares the cue. A sentence with a cue but no named person (Italian drops subjects;
"il tecnico livornese", "the Spaniard") falls back on the article's current topic person, one
whose nationality or hometown fits the epithet when the knowledge base knows it. Claims are
then merged per (subject, type, club) keeping the furthest stage; an explicit denial wins
over anything short of an agreement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from mercato.extract.cues import CompiledTable, StageCue
from mercato.kb import KnowledgeBase
from mercato.model import STAGE_RANK, Claim, ClaimType, EntityKind, Mention, Person, Span, Stage

_LIST_GLUE = re.compile(r"^\s*(?:,|&|e|ed|and|y|et|und|o|or|ou|oder|as well as|sowie|plus|,\s*(?:e|and|y|et|und))\s*$")
_NEGATION_WINDOW = 28
_AFFILIATION_GAP = re.compile(r"^(?:'s|’s)?(?:\s+[\w\-’']+){0,4}\s+$")


@dataclass
class _Evidence:
    stage: Stage
    span: Span
    hedged: bool
    sources: set[str]
    conditions: set[str]
    direct: bool  # person named in the sentence (not inferred from the topic)


@dataclass
class _Draft:
    person_id: str
    type: ClaimType
    club_id: str
    evidence: list[_Evidence] = field(default_factory=list)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int


def assemble_claims(
    text: str,
    folded: str,
    sentences: Sequence[Sentence],
    mentions: list[Mention],
    people: dict[str, Person],
    kb: KnowledgeBase,
    table: CompiledTable,
) -> list[Claim]:
    persons = [m for m in mentions if m.kind == EntityKind.PERSON and not _is_journalist(m, kb)]
    clubs = [m for m in mentions if m.kind == EntityKind.CLUB]
    outlets = [m for m in mentions if m.kind == EntityKind.OUTLET]
    former = {id(c) for c in clubs if _is_former(folded, c, table)}
    affiliation = _affiliations(folded, persons, clubs, table)
    drafts: dict[tuple[str, ClaimType, str], _Draft] = {}

    for sentence in sentences:
        s_persons = [m for m in persons if sentence.start <= m.start < sentence.end]
        s_clubs = [m for m in clubs if sentence.start <= m.start < sentence.end]
        s_sources = _sources(folded, sentence, outlets, kb, table)
        chunk = folded[sentence.start : sentence.end]
        hedged = bool(table.hedge.search(chunk))
        conditions = {label for label, rx in table.conditions if rx.search(chunk)}
        for cue, start, end in _cue_matches(chunk, sentence.start, table):
            if _negated(folded, sentence.start, start, table):
                continue
            targets = _persons_for(cue, start, end, s_persons, folded)
            direct = bool(targets)
            if not targets:
                topic = _topic_person(persons, sentence.start, people, folded, sentence, table, kb)
                if topic is None:
                    continue
                targets = [topic]
            for person in targets:
                club_list = _clubs_for(
                    cue, start, end, s_clubs, person, former, affiliation, clubs, sentence, folded
                )
                for club in club_list:
                    if cue.type == ClaimType.MOVE and affiliation.get(person.entity_id) == club.entity_id:
                        continue
                    key = (person.entity_id, cue.type, club.entity_id)
                    draft = drafts.setdefault(key, _Draft(person.entity_id, cue.type, club.entity_id))
                    draft.evidence.append(
                        _Evidence(
                            cue.stage,
                            Span(sentence.start, sentence.end, text[sentence.start : sentence.end]),
                            hedged,
                            s_sources,
                            conditions,
                            direct,
                        )
                    )
    _add_implied_departures(drafts, affiliation)
    return [_finish(d, people, kb) for d in drafts.values()]


def _is_journalist(mention: Mention, kb: KnowledgeBase) -> bool:
    person = kb.people.get(mention.entity_id)
    return person is not None and person.role == "journalist"


def _cue_matches(chunk: str, offset: int, table: CompiledTable) -> list[tuple[StageCue, int, int]]:
    """Every cue match in a sentence; where cues overlap, the longest wins."""
    found: list[tuple[StageCue, int, int]] = []
    for cue in table.stage_cues:
        for m in cue.regex.finditer(chunk):
            found.append((cue, offset + m.start(), offset + m.end()))
    found.sort(key=lambda f: (-(f[2] - f[1]), f[1]))
    kept: list[tuple[StageCue, int, int]] = []
    for item in found:
        if all(item[2] <= k[1] or item[1] >= k[2] for k in kept):
            kept.append(item)
    return sorted(kept, key=lambda f: f[1])


def _negated(folded: str, sentence_start: int, cue_start: int, table: CompiledTable) -> bool:
    window = folded[max(sentence_start, cue_start - _NEGATION_WINDOW) : cue_start]
    window = re.split(r"[,;:]", window)[-1]
    return bool(table.negation.search(window))


def _persons_for(cue: StageCue, start: int, end: int, persons: list[Mention], folded: str) -> list[Mention]:
    candidates = [p for p in persons if p.end <= start or p.start >= end]
    if cue.person_side == "after":
        after = [p for p in candidates if p.start >= end]
        candidates = after or candidates
    elif cue.person_side == "before":
        before = [p for p in candidates if p.end <= start]
        candidates = before or candidates
    if not candidates:
        return []
    nearest = min(candidates, key=lambda p: _distance(p, start, end, prefer_after=False))
    return _coordinated(nearest, persons, folded)


def _distance(m: Mention, start: int, end: int, prefer_after: bool) -> float:
    if m.start >= end:
        gap = m.start - end
        return gap * (0.6 if prefer_after else 1.0)
    return float(start - m.end)


def _coordinated(anchor: Mention, mentions: list[Mention], folded: str) -> list[Mention]:
    """The anchor plus the mentions joined to it by list glue (commas, "e", "and", "y"...)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    idx = ordered.index(anchor)
    group = [anchor]
    # walk left and right while the text between neighbours is only list glue
    for step in (-1, 1):
        i = idx
        while 0 <= i + step < len(ordered):
            a, b = (ordered[i + step], ordered[i]) if step < 0 else (ordered[i], ordered[i + step])
            if not _LIST_GLUE.match(folded[a.end : b.start]):
                break
            i += step
            group.append(ordered[i])
    unique = {m.entity_id: m for m in group}
    return list(unique.values())


def _clubs_for(
    cue: StageCue,
    start: int,
    end: int,
    clubs: list[Mention],
    person: Mention,
    former: set[int],
    affiliation: dict[str, str],
    all_clubs: list[Mention],
    sentence: Sentence,
    folded: str,
) -> list[Mention]:
    candidates = [c for c in clubs if id(c) not in former]
    if cue.type == ClaimType.MOVE:
        candidates = [c for c in candidates if affiliation.get(person.entity_id) != c.entity_id] or []
    if candidates:
        prefer_after = cue.type == ClaimType.MOVE
        nearest = min(candidates, key=lambda c: _distance(c, start, end, prefer_after))
        return [c for c in _coordinated(nearest, clubs, folded) if id(c) not in former]
    if cue.type == ClaimType.DEPARTURE and person.entity_id in affiliation:
        return [m for m in all_clubs if m.entity_id == affiliation[person.entity_id]][:1]
    focus = [c for c in all_clubs if c.end <= sentence.start and id(c) not in former]
    return focus[-1:] if focus else []


def _topic_person(
    persons: list[Mention],
    before: int,
    people: dict[str, Person],
    folded: str,
    sentence: Sentence,
    table: CompiledTable,
    kb: KnowledgeBase,
) -> Mention | None:
    """The person a subject-less sentence is about: the one an epithet in it fits, else the
    person most recently named."""
    earlier = [p for p in persons if p.end <= before]
    if not earlier:
        return None
    chunk = folded[sentence.start : sentence.end]
    wanted = [attr for word in re.findall(r"\w+", chunk) for attr in kb.demonyms.get(word, [])]
    if wanted and table.role_noun.search(chunk):
        for mention in reversed(earlier):
            person = people.get(mention.entity_id)
            if person and _fits(person, wanted, kb):
                return mention
    return earlier[-1]


def _fits(person: Person, wanted: list[tuple[str, str]], kb: KnowledgeBase) -> bool:
    for kind, value in wanted:
        if kind == "nationality" and person.nationality == value:
            return True
        if kind == "birthplace" and person.birthplace == value:
            return True
        if kind == "region" and kb.region_of.get(person.id) == value:
            return True
    return False


def _is_former(folded: str, club: Mention, table: CompiledTable) -> bool:
    window = folded[max(0, club.start - 40) : club.start]
    window = re.split(r"[.;:!?]", window)[-1]
    match = None
    for match in table.former.finditer(window):
        pass
    if match is None:
        return False
    between = window[match.end() :]
    return len(between.split()) <= 4 and "," not in between


def _affiliations(
    folded: str, persons: list[Mention], clubs: list[Mention], table: CompiledTable
) -> dict[str, str]:
    """Current club of a player described by it: "Brentford forward Bryan Mbeumo",
    "Newcastle's Alexander Isak"."""
    result: dict[str, str] = {}
    for person in persons:
        for club in clubs:
            if 0 <= person.start - club.end <= 40:
                gap = folded[club.end : person.start]
                if _AFFILIATION_GAP.match(gap) and (gap.startswith(("'s", "’s")) or table.role_noun.search(gap)):
                    if not _is_former(folded, club, table):
                        result.setdefault(person.entity_id, club.entity_id)
    return result


def _add_implied_departures(drafts: dict[tuple[str, ClaimType, str], _Draft], affiliation: dict[str, str]) -> None:
    """A player moving from the club the article says he plays for is (at least) at risk of leaving it."""
    for (person_id, ctype, club_id), draft in list(drafts.items()):
        home = affiliation.get(person_id)
        if ctype != ClaimType.MOVE or not home or home == club_id:
            continue
        stage = _merged_stage(draft)
        if stage == Stage.OFF:
            continue
        key = (person_id, ClaimType.DEPARTURE, home)
        implied = Stage.OFFICIAL if stage == Stage.OFFICIAL else Stage.RISK
        target = drafts.setdefault(key, _Draft(person_id, ClaimType.DEPARTURE, home))
        first = draft.evidence[0]
        target.evidence.append(_Evidence(implied, first.span, first.hedged, first.sources, set(), first.direct))


def _merged_stage(draft: _Draft) -> Stage:
    stages = [e.stage for e in draft.evidence]
    positive = [s for s in stages if s != Stage.OFF]
    best = max(positive, key=lambda s: STAGE_RANK[s]) if positive else Stage.OFF
    if Stage.OFF in stages and STAGE_RANK[best] < STAGE_RANK[Stage.AGREEMENT]:
        return Stage.OFF
    if draft.type == ClaimType.DEPARTURE and best not in (Stage.RISK, Stage.OFFICIAL, Stage.OFF):
        return Stage.RISK
    return best


def _finish(draft: _Draft, people: dict[str, Person], kb: KnowledgeBase) -> Claim:
    stage = _merged_stage(draft)
    person = people.get(draft.person_id) or kb.people.get(draft.person_id)
    club = kb.clubs[draft.club_id]
    supporting = [e for e in draft.evidence if e.stage == stage] or draft.evidence
    sources: set[str] = set()
    conditions: set[str] = set()
    for e in draft.evidence:
        sources |= e.sources
        conditions |= e.conditions
    spans: list[Span] = []
    for e in supporting:
        if e.span not in spans:
            spans.append(e.span)
    hedged = all(e.hedged for e in supporting)
    direct = any(e.direct for e in draft.evidence)
    confidence = 0.5 + 0.15 * min(len(draft.evidence), 3) / 3 + (0.15 if direct else 0.0) - (0.1 if hedged else 0.0)
    return Claim(
        subject=person.name if person else draft.person_id,
        type=draft.type,
        club=club.name,
        stage=stage,
        sources=sorted(sources),
        conditions=sorted(conditions),
        hedged=hedged,
        confidence=min(confidence, 0.95),
        evidence=spans,
        subject_id=draft.person_id,
        club_id=draft.club_id,
        subject_is_new=bool(person and person.new),
    )


def _sources(
    folded: str, sentence: Sentence, outlets: list[Mention], kb: KnowledgeBase, table: CompiledTable
) -> set[str]:
    """Outlets and journalists a sentence attributes its content to."""
    names: set[str] = set()
    for m in outlets:
        if sentence.start <= m.start < sentence.end:
            outlet = kb.outlets.get(m.entity_id)
            if outlet:
                names.add(outlet.name)
    return names
