"""Find the clubs, people and outlets an article mentions.

Known names come from the knowledge base through one Aho-Corasick automaton over folded
aliases (word boundaries, longest match wins). People the knowledge base does not know are
found as capitalised name sequences that start with a known given name or follow a role noun
("il tecnico Pierre Sage", "boss Potter"); they become new, flagged entities. A later surname
("Allegri") resolves to the full name the article used elsewhere ("Massimiliano Allegri").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import groupby
from typing import NamedTuple

import ahocorasick
from rapidfuzz import fuzz

from mercato.extract.cues import CompiledTable, ends_with
from mercato.extract.lang.names import GIVEN_NAMES
from mercato.extract.normalise import fold, fold_key, search_form
from mercato.kb import Alias, KnowledgeBase
from mercato.model import EntityKind, Mention, Person

_PARTICLES = frozenset(
    ["de", "da", "di", "del", "della", "dei", "van", "von", "der", "den", "dos", "das", "do", "du", "le", "la",
     "el", "al", "bin", "ten", "ter", "mc", "st", "san"]
)
#: possessive: a name token never gives back letters (what follows it is a space or the end)
_CAPITALISED = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]*+"
#: the particles a name run may hold
_RUN_PARTICLES = [
    "de", "da", "di", "del", "della", "van", "von", "der", "den", "dos", "das", "do", "du", "ten", "ter", "el", "al"
]
_RUN_PARTICLE = "(?:" + "|".join(_RUN_PARTICLES) + ")"
_NAME_TOKEN = re.compile(rf"{_CAPITALISED}|(?<=\s){_RUN_PARTICLE}(?=\s)")
#: a run of name tokens separated by spaces or tabs only, from its first capitalised token (a
#: capital first lets the regex engine skip from one capital to the next)
_NEXT_NAME_TOKEN = rf"(?:[ \t]+(?:{_CAPITALISED}|{_RUN_PARTICLE}(?=\s)))"
_NAME_RUN = re.compile(rf"{_CAPITALISED}{_NEXT_NAME_TOKEN}*")
#: the runs of `_NAME_RUN` of two tokens or more, found alike: a run of one token is no match
#: (its token cannot end short of itself to reach a space), so the scan passes on to the next
_NAME_RUN_OF_SEVERAL = re.compile(rf"{_CAPITALISED}{_NEXT_NAME_TOKEN}+")
_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž]")

#: prominence given to a person by role when one surname fits several people
_ROLE_WEIGHT = {"coach": 3, "director": 2, "owner": 2, "player": 1}


@dataclass
class KBIndex:
    """Compiled lookup structures for one knowledge base (built once, reused for every article)."""

    #: keys are folded aliases in search form between spaces; values (key length, the alias ids
    #: in order, grouped by case rule: (rule, ids) for each run of ids sharing one)
    automaton: ahocorasick.Automaton
    aliases: list[Alias]
    given_names: frozenset[str]
    surname_people: dict[str, list[str]]
    #: folded given name -> ids of people who have it, for matching misspelt names
    given_name_people: dict[str, list[str]]


@dataclass
class ArticleEntities:
    """Everything found in one article; `people` includes new, flagged persons."""

    mentions: list[Mention] = field(default_factory=list)
    people: dict[str, Person] = field(default_factory=dict)

    def of_kind(self, kind: EntityKind) -> list[Mention]:
        return [m for m in self.mentions if m.kind == kind]


_INDEXES: dict[int, tuple[KnowledgeBase, KBIndex]] = {}


def index_for(kb: KnowledgeBase) -> KBIndex:
    """The compiled index of `kb`, built on first use (the knowledge base is never mutated after)."""
    cached = _INDEXES.get(id(kb))
    if cached is not None and cached[0] is kb:
        return cached[1]
    index = _build_index(kb)
    _INDEXES[id(kb)] = (kb, index)
    return index


def _build_index(kb: KnowledgeBase) -> KBIndex:
    automaton = ahocorasick.Automaton()
    by_key: dict[str, list[int]] = {}
    for i, alias in enumerate(kb.aliases):
        key = search_form(fold(alias.surface))
        if len(key) >= 2:
            by_key.setdefault(f" {key} ", []).append(i)
    rules = [_case_rule(alias) for alias in kb.aliases]
    for key, ids in by_key.items():
        by_rule = groupby(ids, key=rules.__getitem__)
        automaton.add_word(key, (len(key), tuple((rule, tuple(group)) for rule, group in by_rule)))
    automaton.make_automaton()
    given = set(GIVEN_NAMES)
    surname_people: dict[str, list[str]] = {}
    for person in kb.people.values():
        parts = person.name.split()
        if len(parts) > 1:
            given.add(parts[0])
    for alias in kb.aliases:
        if alias.kind == EntityKind.PERSON and alias.alias_type == "surname":
            surname_people.setdefault(fold_key(alias.surface), []).append(alias.entity_id)
    given_name_people: dict[str, list[str]] = {}
    for person in kb.people.values():
        parts = fold_key(person.name).split()
        if len(parts) > 1 and person.role != "journalist":
            given_name_people.setdefault(parts[0], []).append(person.id)
    return KBIndex(
        automaton, list(kb.aliases), frozenset(fold(g) for g in given), surname_people, given_name_people
    )


def _capitalised(text: str, start: int) -> bool:
    ch = text[start]
    return ch.isupper() or ch.isdigit()


class _Candidate:
    """An alias match taken for a mention: its span and the aliases it may be. A plain class, not a
    NamedTuple: compiled (mypyc), it is built and read natively, a NamedTuple by interpreted code."""

    def __init__(self, start: int, end: int, alias_ids: tuple[int, ...]) -> None:
        self.start = start
        self.end = end
        self.alias_ids = alias_ids


_SENTENCE_START = re.compile(r"(?:[.!?:\n\"“«]\s*|^\s*)$")
_ARTICLES = frozenset(
    ["the", "la", "le", "les", "los", "las", "il", "lo", "gli", "i", "o", "os", "a", "as", "die", "der", "das", "el"]
)
_DOMAIN_SUFFIX = re.compile(r"\.(?:it|com|es|fr|de|pt|br|net|org|co\.uk)\b", re.IGNORECASE)
#: a preposition and a capitalised word right after a national team's nickname ("la selección de Brasil")
_NAMES_ITS_COUNTRY = re.compile(r" (?:de|del|do|da|di|du|de la|von) [A-ZÀ-ÖØ-Þ]")
_NEXT_CAPITALISED = re.compile(r" [A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-ÿā-ž]")
#: a capitalised word (group 1) and its possessive "'s"; the word boundary before it is tested after
#: its first letter (a word character, so: no word character before it), which lets the scan jump
#: between capitals instead of trying every position
_CAPITALISED_WORD = re.compile(r"([A-ZÀ-ÖØ-ÞĀ-Ž](?<!\w.)[\w\-]+)(?:'s|’s)?")


def _alias_candidates(text: str, folded: str, search: str, index: KBIndex) -> list[_Candidate]:
    """Alias matches that start and end at word boundaries. Keys carry a space on either side and
    are searched in the text's search form between spaces, so the automaton reports only matches
    of whole words."""
    if not index.aliases:
        return []  # an empty knowledge base: there is no automaton to search
    #: (-key length, start, end, alias ids): sorted, longest first, then leftmost (no two matches
    #: share length and start, so the ids are never compared)
    found: list[tuple[int, int, int, tuple[int, ...]]] = []
    for end_idx, (key_length, by_rule) in index.automaton.iter(f" {search} "):
        start = end_idx - key_length + 1
        usable: tuple[int, ...] = ()
        for rule, ids in by_rule:
            if _case_ok(text, start, rule):
                usable += ids
        if usable:
            found.append((-key_length, start, end_idx - 1, usable))
    # longest match first, then leftmost; drop anything overlapping an accepted match
    found.sort()
    taken: list[tuple[int, int, tuple[int, ...]]] = []
    occupied = _Spans(len(folded))
    for _, start, end, usable in found:
        if not occupied.overlaps(start, end):
            taken.append((start, end, usable))
            occupied.add(start, end)
    taken.sort()  # by start, as accepted matches do not overlap
    return [_Candidate(start, end, usable) for start, end, usable in taken]


class _CaseRule(NamedTuple):
    """What an alias asks of the case of the text it matches (see `_case_rule`)."""

    #: an outlet's name length: a web address right after it lets it match in any case
    web_address_at: int | None
    #: a short acronym, which matches only as written
    exact: str | None
    #: where in the match a capital must stand; None: any case will do
    capital_at: int | None


def _case_rule(alias: Alias) -> _CaseRule:
    """Proper-noun aliases need a capital in the text; lower-case nicknames of clubs match in any
    case; short acronyms ("AS", "AD", "MD") only exactly as written, and not inside a run of
    upper-case words (a shouted headline) where every word looks like one."""
    surface = alias.surface
    # "sportmediaset.it", "calciomercato.com": a web address in any case
    web_address_at = len(surface) if alias.kind == EntityKind.OUTLET else None
    if len(surface) <= 3:
        return _CaseRule(web_address_at, surface, None)
    if alias.kind == EntityKind.CLUB and alias.alias_type == "nickname":
        if surface[:1].islower():
            return _CaseRule(web_address_at, None, None)  # "bianconeri"
        words = surface.lower().split()
        if len(words) > 1 and words[0] not in _ARTICLES:
            # a two-word nickname is no ordinary phrase ("os red devils"); "la roja" is
            return _CaseRule(web_address_at, None, None)
    if alias.kind == EntityKind.OUTLET and surface.islower() and " " not in surface:
        return _CaseRule(web_address_at, None, None)  # a brand written in lower case: "laut kicker"
    if alias.kind == EntityKind.OUTLET and surface[:1].islower() and not surface.islower():
        # a brand with an inner capital ("talkSPORT"): that capital, not the first letter
        return _CaseRule(web_address_at, None, next(i for i, c in enumerate(surface) if c.isupper()))
    first, _, rest = surface.partition(" ")
    if rest and alias.kind == EntityKind.PERSON and first.lower() in _ARTICLES:
        return _CaseRule(web_address_at, None, len(first) + 1)  # "ha puntato la Joya", "the Special One"
    return _CaseRule(web_address_at, None, 0)


def _case_ok(text: str, start: int, rule: _CaseRule) -> bool:
    """Does the text at `start` have the case the alias of `rule` asks for?"""
    web_address_at, exact, capital_at = rule
    if web_address_at is None and exact is None:  # most aliases: quickest answered first
        return capital_at is None or _capitalised(text, start + capital_at)
    if web_address_at is not None and _DOMAIN_SUFFIX.match(text, start + web_address_at):
        return True
    if exact is not None:
        if text[start : start + len(exact)] != exact:
            return False
        around = text[max(0, start - 12) : start + len(exact) + 12]
        letters = [c for c in around if c.isalpha()]
        return sum(c.isupper() for c in letters) < 0.6 * len(letters)
    return capital_at is None or _capitalised(text, start + capital_at)


def find_mentions(
    text: str,
    folded: str,
    search: str,
    kb: KnowledgeBase,
    table: CompiledTable,
    index: KBIndex,
    role_nouns: list[tuple[int, int]],
) -> ArticleEntities:
    """`search` is the search form of `folded` (see `normalise.search_form`); `role_nouns` the
    spans of the table's role nouns in it."""
    found = ArticleEntities()
    club_seen: set[str] = set()
    pending_people: list[tuple[_Candidate, list[Alias]]] = []
    pending_surnames: list[Mention] = []
    candidates = _alias_candidates(text, folded, search, index)
    for position, cand in enumerate(candidates):
        aliases = [index.aliases[i] for i in cand.alias_ids]
        kinds = {a.kind for a in aliases}
        if EntityKind.OUTLET in kinds:
            outlet = _local_outlet([a for a in aliases if a.kind == EntityKind.OUTLET], kb, table)
            if outlet.alias_type == "surname":
                pending_surnames.append(_mention(text, cand, EntityKind.OUTLET, outlet.entity_id))
            else:
                found.mentions.append(_mention(text, cand, EntityKind.OUTLET, outlet.entity_id))
        elif EntityKind.CLUB in kinds:
            club_aliases = [a for a in aliases if a.kind == EntityKind.CLUB]
            following = candidates[position + 1] if position + 1 < len(candidates) else None
            club_id = _choose_club(
                text, folded, cand, club_aliases, kb, table, club_seen, index, following
            )
            if club_id:
                club_seen.add(club_id)
                found.mentions.append(_mention(text, cand, EntityKind.CLUB, club_id))
        else:
            pending_people.append((cand, aliases))
    found.mentions.extend(_club_epithets(text, folded, search, kb, table, found.mentions))
    named_outlets = {m.entity_id for m in found.mentions if m.kind == EntityKind.OUTLET}
    # a journalist's bare surname counts once the article has named them in full
    found.mentions.extend(m for m in pending_surnames if m.entity_id in named_outlets)
    vocabulary = _Vocabulary(text)
    occupied = _Spans(len(text))
    occupied.add_all(found.mentions)
    known_people = _known_people(text, pending_people, kb, table, occupied)
    occupied.add_all(known_people)
    new_people = [
        _known_spelling(m, kb, index) for m in _new_people(text, folded, table, index, occupied, vocabulary, role_nouns)
    ]
    full_names = known_people + [m for m in new_people if " " in m.text]
    surnames = {fold_key(m.text).split()[-1] for m in full_names}
    surnames |= {fold_key(kb.people[m.entity_id].name).split()[-1] for m in known_people}
    person_mentions = full_names + [
        m for m in new_people if " " not in m.text and fold_key(m.text) not in surnames
    ]
    for m in person_mentions:
        found.people.setdefault(m.entity_id, kb.people.get(m.entity_id) or _new_person(m.text))
    occupied.add_all(person_mentions)
    surname_mentions = _surname_mentions(text, folded, found, occupied)
    occupied.add_all(surname_mentions)
    person_mentions += surname_mentions
    for m in _kb_surname_mentions(text, folded, pending_people, kb, table, occupied, vocabulary):
        found.people.setdefault(m.entity_id, kb.people[m.entity_id])
        person_mentions.append(m)
    found.mentions.extend(person_mentions)
    found.mentions.sort(key=lambda m: m.start)
    return found


def _local_outlet(aliases: list[Alias], kb: KnowledgeBase, table: CompiledTable) -> Alias:
    """Of outlets sharing a name ("Record": Portugal's, Scotland's Daily Record), the one of the
    article's language's press."""
    for alias in aliases:
        outlet = kb.outlets.get(alias.entity_id)
        if outlet and outlet.country in table.countries:
            return alias
    return aliases[0]


def _club_epithets(
    text: str, folded: str, search: str, kb: KnowledgeBase, table: CompiledTable, taken: list[Mention]
) -> list[Mention]:
    """A club noun with a club's adjective names that club: "il club partenopeo" (Napoli),
    "la squadra rossonera" (Milan), "el conjunto colchonero" (Atlético); with a country's
    adjective, the club of that country the article named last ("the German side")."""
    adjectives = _folded_club_adjectives(kb)
    demonyms = folded_demonyms(kb)
    named_clubs = sorted((m for m in taken if m.kind == EntityKind.CLUB), key=lambda m: m.start)
    found = []
    for match in table.club_epithet.finditer(folded, search):
        start, end = match.start(), match.end()
        if any(m.start < end and start < m.end for m in taken):
            continue
        adjective = match.group(1)
        noun = (folded[start : match.start(1)] + folded[match.end(1) : end]).strip()
        if adjective in demonyms and table.role_noun.fullmatch(noun):
            continue  # "il tecnico salentino": where a person comes from, not the club he coaches
        if table.relative.fullmatch(adjective):
            continue  # "il club che ...": a relative pronoun, not an epithet (Spanish "che" is Valencia)
        club_id = adjectives.get(adjective) or _club_of_country(kb, demonyms.get(adjective, []), named_clubs, start)
        if club_id and club_id in kb.clubs:
            found.append(Mention(start, end, EntityKind.CLUB, club_id, text[start:end]))
    return found


def _club_of_country(
    kb: KnowledgeBase, attributes: list[tuple[str, str]], named: list[Mention], before: int
) -> str | None:
    countries = {value for kind, value in attributes if kind == "nationality"}
    if not countries:
        return None  # not a country's adjective (most club epithets): no club to look for
    for mention in reversed(named):
        club = kb.clubs.get(mention.entity_id)
        if mention.end <= before and club and not club.national_team and club.country in countries:
            return club.id
    return None


_DEMONYMS: dict[int, tuple[KnowledgeBase, dict[str, list[tuple[str, str]]]]] = {}


def folded_demonyms(kb: KnowledgeBase) -> dict[str, list[tuple[str, str]]]:
    """The knowledge base's epithet words keyed as they appear in folded text ("niederlander")."""
    cached = _DEMONYMS.get(id(kb))
    if cached is None or cached[0] is not kb:
        table: dict[str, list[tuple[str, str]]] = {}
        for word, attributes in kb.demonyms.items():
            table.setdefault(fold(word), []).extend(attributes)
        cached = _DEMONYMS[id(kb)] = (kb, table)
    return cached[1]


_CLUB_ADJECTIVES: dict[int, tuple[KnowledgeBase, dict[str, str]]] = {}


def _folded_club_adjectives(kb: KnowledgeBase) -> dict[str, str]:
    cached = _CLUB_ADJECTIVES.get(id(kb))
    if cached is None or cached[0] is not kb:
        cached = _CLUB_ADJECTIVES[id(kb)] = (kb, {fold(k): v for k, v in kb.club_adjectives.items()})
    return cached[1]


def _mention(text: str, cand: _Candidate, kind: EntityKind, entity_id: str) -> Mention:
    return Mention(cand.start, cand.end, kind, entity_id, text[cand.start : cand.end])


def _choose_club(
    text: str,
    folded: str,
    cand: _Candidate,
    aliases: list[Alias],
    kb: KnowledgeBase,
    table: CompiledTable,
    seen: set[str],
    index: KBIndex,
    following: _Candidate | None,
) -> str | None:
    """Pick the club an alias means here, or None when it is the city/country rather than a club.
    `following` is the next alias match of the text."""
    given_names = index.given_names
    usable = [a for a in aliases if a.lang in (None, table.lang)] or aliases
    before = folded[max(0, cand.start - 24) : cand.start]
    country = all(a.alias_type == "country" for a in usable)
    if country and not _names_national_coach(folded, cand, before, table):
        # a country is its national team only next to its coach's title ("England manager",
        # "seleccionador de España") or where someone is heading there ("rumbo a Brasil")
        heading = [
            m for m in table.destination.finditer(before) if not before[m.end() :].strip() and len(m.group(0)) >= 4
        ]  # "rumbo a Brasil", but not "a penalty for Spain"
        if not heading:
            return None
    word = folded[cand.start : cand.end].strip()
    if " " not in word and word in given_names and _NEXT_CAPITALISED.match(text, cand.end):
        return None  # "Pau Víctor", "Milan Škriniar": a given name, not the club
    if " " not in word and _after_given_name(text, cand.start, given_names):
        return None  # "Rui Vitória": a surname after a given name, not the club
    if " " not in word and not country:
        # one-word club names are often their city's: "a Roma" is the city, "alla Roma" the club
        previous = folded[max(0, cand.start - 12) : cand.start].split()
        if previous and previous[-1] in table.city_prepositions and not _heads_club_list(text, cand, following, index):
            return None
    ids = [a.entity_id for a in usable if a.entity_id in kb.clubs]
    if not ids:
        return None
    if not country and all(kb.clubs[cid].national_team for cid in ids) and _NAMES_ITS_COUNTRY.match(text, cand.end):
        return None  # "la selección de Brasil": the country named next says which team
    for club_id in ids:
        if club_id in seen:
            return club_id
    return max(ids, key=lambda cid: kb.club_prominence.get(cid, 0))


#: what joins the items of a bare list of names ("Chelsea, Napoli e Juventus")
_BARE_LIST_GLUE = re.compile(r"\s*(?:,\s*(?:e|ed|y|and|et|und|o|or|ou|oder)?|e|ed|y|and|et|und|o|or|ou|oder)\s+")


def _heads_club_list(text: str, cand: _Candidate, following: _Candidate | None, index: KBIndex) -> bool:
    """Is the next name, joined by a bare list glue, a club's? "ex tecnico di Chelsea, Napoli e
    Juventus", "piace a Juventus e Milan": the first item of a list of clubs is a club too, though
    its preposition would make a lone one a city ("a Roma, Milano e Torino" stays a city: its next
    name, a city, is no alias and the list glue stops short of the next)."""
    if following is None:
        return False
    glue = _BARE_LIST_GLUE.match(text, cand.end)
    if glue is None or glue.end() != following.start:
        return False
    aliases = [index.aliases[i] for i in following.alias_ids]
    return any(a.kind == EntityKind.CLUB and a.alias_type != "country" for a in aliases)


def _after_given_name(text: str, start: int, given_names: frozenset[str]) -> bool:
    previous = _word_before_space(text, start)
    if not previous[:1].isupper():
        return False
    word = fold(previous)
    return word in given_names and word not in _ARTICLES


def _word_before_space(text: str, start: int) -> str:
    """The word (`\\w+`) before the space that ends the text before `start` (a line break may
    follow the space), within the 30 characters before `start`; "" when there is none. Read back
    from the space: a search for `(\\w+) $` would try every position of the 30."""
    window = max(0, start - 30)
    if text[max(0, start - 1) : start] == " ":
        end = start - 1
    elif text[max(0, start - 2) : start] == " \n":
        end = start - 2
    else:
        return ""
    begin = end
    while begin > window and (text[begin - 1].isalnum() or text[begin - 1] == "_"):
        begin -= 1
    return text[begin:end]


def _names_national_coach(folded: str, cand: _Candidate, before: str, table: CompiledTable) -> bool:
    return bool(table.national_coach.match(folded, cand.end + 1)) or ends_with(before, table.national_coach)


def _known_people(
    text: str,
    pending: list[tuple[_Candidate, list[Alias]]],
    kb: KnowledgeBase,
    table: CompiledTable,
    occupied: _Spans,
) -> list[Mention]:
    """Knowledge-base people named in full (or by a distinctive alias); bare surnames wait."""
    mentions = []
    for cand, aliases in pending:
        if occupied.overlaps(cand.start, cand.end):
            continue
        people = [a for a in aliases if a.kind == EntityKind.PERSON and a.entity_id in kb.people]
        full = [a for a in people if a.alias_type != "surname"]
        if not full or _opening_non_name(text, cand, table):
            continue
        if " " not in _surface(text, cand) and _NEXT_CAPITALISED.match(text, cand.end):
            continue  # "Edu Rubio" is not the mononym "Edu": the name goes on
        best = max(full, key=lambda a: _ROLE_WEIGHT.get(kb.people[a.entity_id].role, 0))
        mentions.append(_mention(text, cand, EntityKind.PERSON, best.entity_id))
    return mentions


def _opening_non_name(text: str, cand: _Candidate, table: CompiledTable) -> bool:
    """"Son successeur...", "Will ...": a sentence's first word that the language's table lists
    as no name is that word, not the one-word alias of a person."""
    word = text[cand.start : cand.end]
    return " " not in word and word.casefold() in table.not_names and not _inside_sentence(text, cand.start)


def _surface(text: str, cand: _Candidate) -> str:
    return text[cand.start : cand.end].strip()


def _kb_surname_mentions(
    text: str,
    folded: str,
    pending: list[tuple[_Candidate, list[Alias]]],
    kb: KnowledgeBase,
    table: CompiledTable,
    occupied: _Spans,
    vocabulary: _Vocabulary,
) -> list[Mention]:
    """A bare surname the article never expands: the knowledge-base person of that surname, the
    most prominent by role (coaches are the ones written about by surname alone)."""
    mentions = []
    for cand, aliases in pending:
        if occupied.overlaps(cand.start, cand.end):
            continue
        people = [a.entity_id for a in aliases if a.kind == EntityKind.PERSON and a.entity_id in kb.people]
        if not people:
            continue
        best = max(people, key=lambda pid: _ROLE_WEIGHT.get(kb.people[pid].role, 0))
        rivals = [p for p in people if kb.people[p].role == kb.people[best].role]
        word = text[cand.start : cand.end]
        if (text[cand.end : cand.end + 1] == "-" and not text[cand.end + 1 : cand.end + 2].isupper()) or (
            word.lower() in vocabulary
        ):
            continue  # "Under-21" (but "Calafiori-Arsenal"), or a surname the article writes as a word
        if not _inside_sentence(text, cand.start) and (
            table.unnamed_role.match(folded, cand.start) or table.role_noun.match(folded, cand.end + 1)
        ):
            continue  # "Neuer Trainer wird...": a capitalised first word before a role is no surname
        if _opening_non_name(text, cand, table):
            continue
        rivals = sorted(set(rivals), key=lambda p: -len(kb.people[p].clubs))
        if len(rivals) == 1 or len(kb.people[rivals[0]].clubs) >= len(kb.people[rivals[1]].clubs) + 3:
            # of two coaches called Ancelotti, the one with the long career is the one meant
            mentions.append(_mention(text, cand, EntityKind.PERSON, rivals[0]))
    return mentions


class _Spans:
    """Character ranges already taken by a mention, as a mask: overlap tests run in C."""

    def __init__(self, length: int) -> None:
        self.mask = bytearray(length)

    def add(self, start: int, end: int) -> None:
        self.mask[start:end] = b"\x01" * (end - start)

    def add_all(self, mentions: list[Mention]) -> None:
        for m in mentions:
            self.add(m.start, m.end)

    def overlaps(self, start: int, end: int) -> bool:
        return 1 in self.mask[start:end]

    def covers(self, start: int, end: int) -> bool:
        return 0 not in self.mask[start:end]


def _name_runs(text: str, occupied: _Spans, role_ends: set[int]) -> Iterator[list[tuple[int, int]]]:
    """The tokens of each run of capitalised tokens (with name particles between them), except
    runs lying wholly inside known names: a new name is made of tokens no known name touches.
    One capitalised word makes a name only right after a role noun (ending at `role_ends`), so
    only the runs of one token found there are read: those of `_NAME_RUN.finditer(text)`.

    Particles before a run ("van " in "van Dijk") are not read: `_new_people` would strip them
    as leading tokens, and a lone capitalised word after them still needs a role noun before it
    to make a name, as it does without them."""
    several = [run.span() for run in _NAME_RUN_OF_SEVERAL.finditer(text)]
    for start, end in sorted(several + _lone_tokens_after_role_nouns(text, role_ends, several)):
        if not occupied.covers(start, end):
            yield [(m.start(), m.end()) for m in _NAME_TOKEN.finditer(text, start, end)]


def _lone_tokens_after_role_nouns(
    text: str, role_ends: set[int], several: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The runs of `_NAME_RUN.finditer(text)` of one token that start one or two characters after
    a role noun ("boss Potter", "il tecnico: Sage"); `several` are its runs of several tokens."""
    lone: list[tuple[int, int]] = []
    for start in sorted({end + gap for end in role_ends for gap in (1, 2)}):
        run = _NAME_RUN.match(text, start)
        if run is None or " " in run.group() or "\t" in run.group():
            continue  # no capital here, or a run of several tokens
        inside = bisect_right(several, (start, start)) - 1
        if inside >= 0 and several[inside][1] > start:
            continue  # a token inside a run of several ("Boss Graham Potter")
        if _token_begun_before(text, start):
            continue  # inside a token a run starts earlier ("Tecnico-Sage")
        lone.append(run.span())
    return lone


def _token_begun_before(text: str, start: int) -> bool:
    """Does a capital begin a name token before `start` that runs on through it? Then a run of
    `_NAME_RUN` holds `start` without starting there."""
    begin = start
    while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "_'’-"):
        begin -= 1  # back over the characters a token runs on with (`\w` and these)
    return _CAPITAL.search(text, begin, start) is not None


def _after_role_noun(start: int, role_ends: set[int]) -> bool:
    """Does a role noun end one or two characters before `start` ("boss Potter", "il tecnico: Sage")?"""
    return start - 1 in role_ends or start - 2 in role_ends


def _new_people(
    text: str,
    folded: str,
    table: CompiledTable,
    index: KBIndex,
    occupied: _Spans,
    vocabulary: _Vocabulary,
    role_nouns: list[tuple[int, int]],
) -> list[Mention]:
    """People the knowledge base does not know: a given name followed by more name tokens, or
    capitalised tokens right after a role noun."""
    mentions: list[Mention] = []
    role_ends = {end for _, end in role_nouns}
    headline_end = text.find("\n")
    for tokens in _name_runs(text, occupied, role_ends):
        tokens = [t for t in tokens if not occupied.overlaps(t[0], t[1])]
        tokens = _strip_possessive(text, tokens)
        while tokens and (
            _not_name(text, tokens[0], table) or fold(text[tokens[0][0] : tokens[0][1]]) in _PARTICLES
        ):
            tokens = tokens[1:]
        tokens = _cut_at_non_names(text, tokens, table)
        while tokens and fold(text[tokens[-1][0] : tokens[-1][1]]) in _PARTICLES:
            tokens = tokens[:-1]
        if not tokens:
            continue
        first = fold(text[tokens[0][0] : tokens[0][1]])
        after_role = _after_role_noun(tokens[0][0], role_ends)
        if (
            (len(tokens) >= 2 and first in index.given_names)
            or (after_role and len(tokens) <= 3)
            or (
                table.loose_names
                and 2 <= len(tokens) <= 3
                and _inside_sentence(text, tokens[0][0])
                and tokens[0][0] > headline_end
                and not any(_common_word(text, t, vocabulary) for t in tokens)
                and _word_before(folded, tokens[0][0]) not in table.place_prepositions
            )
        ):
            s, e = tokens[0][0], tokens[-1][1]
            name = text[s:e]
            if len(name) >= 3 and not occupied.overlaps(s, e):
                mentions.append(Mention(s, e, EntityKind.PERSON, _new_id(name), name))
    return mentions


_LOWERCASE_WORD = re.compile(r"\b[a-zà-ÿ][\w'-]+")


class _Vocabulary:
    """Words the text writes in lower case: a capitalised one among them is an ordinary word.
    Gathered on the first question, as few articles ask one."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._words: set[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self._words is None:
            self._words = set(_LOWERCASE_WORD.findall(self._text))
        return word in self._words


def _word_before(folded: str, start: int) -> str:
    words = folded[max(0, start - 12) : start].split()
    return words[-1] if words else ""


def _common_word(text: str, token: tuple[int, int], vocabulary: _Vocabulary) -> bool:
    """A capitalised word the same article also writes in lower case is an ordinary word."""
    word = text[token[0] : token[1]]
    return len(word) < 2 or word.isupper() or word.lower() in vocabulary


def _inside_sentence(text: str, start: int) -> bool:
    """Not the first word of a sentence or line (where any word is capitalised)."""
    before = text[max(0, start - 3) : start]
    return bool(before) and not _SENTENCE_START.search(before)


def _known_spelling(mention: Mention, kb: KnowledgeBase, index: KBIndex) -> Mention:
    """A name the knowledge base holds under another spelling ("Kvicha" for "Khvicha",
    "Nisterlooy" for "Nistelrooy") is that person, not a new one."""
    parts = fold_key(mention.text).split()
    same_surname = {
        pid for pid in index.surname_people.get(parts[-1], []) if kb.people[pid].role != "journalist"
    }
    if len(parts) < 2:
        if len(same_surname) == 1:  # "Mister Ranieri": the one Ranieri the knowledge base knows
            return Mention(mention.start, mention.end, mention.kind, next(iter(same_surname)), mention.text)
        return mention
    if len(same_surname) == 1:
        (pid,) = same_surname
        known = fold_key(kb.people[pid].name)
        if known[:1] == parts[0][:1] or known.endswith(" " + " ".join(parts)):
            # "Kvicha Kvaratskhelia" for "Khvicha ...", or "Kolo Muani" for "Randal Kolo Muani"
            return Mention(mention.start, mention.end, mention.kind, pid, mention.text)
    key = " ".join(parts)
    best, best_score = None, 0.0
    for pid in index.given_name_people.get(parts[0], []):
        score = fuzz.ratio(key, fold_key(kb.people[pid].name))
        if score > best_score:
            best, best_score = pid, score
    if best is not None and best_score >= 88:
        return Mention(mention.start, mention.end, mention.kind, best, mention.text)
    return mention


def _strip_possessive(text: str, tokens: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"Newcastle's Alexander Isak": a possessive token ends whatever precedes the name."""
    for i, (s, e) in enumerate(tokens):
        word = text[s:e]
        if (word.endswith("'s") or word.endswith("’s")) and i < len(tokens) - 1:
            return _strip_possessive(text, tokens[i + 1 :])
    if tokens:
        s, e = tokens[-1]
        if text[s:e].endswith(("'s", "’s")):
            tokens = tokens[:-1] + [(s, e - 2)]
    return tokens


def _not_name(text: str, token: tuple[int, int], table: CompiledTable) -> bool:
    word = text[token[0] : token[1]]
    return word.casefold() in table.not_names or word.isupper() and len(word) > 1 or word[:1].isdigit()


def _cut_at_non_names(text: str, tokens: list[tuple[int, int]], table: CompiledTable) -> list[tuple[int, int]]:
    for i, token in enumerate(tokens):
        if i > 0 and _not_name(text, token, table):
            return tokens[:i]
    return tokens


def _new_id(name: str) -> str:
    return "new:" + "-".join(fold_key(name).split())


@lru_cache(maxsize=8192)
def _new_person(name: str) -> Person:
    return Person(id=_new_id(name), name=name, new=True)


def _surname_mentions(
    text: str, folded: str, found: ArticleEntities, occupied: _Spans
) -> list[Mention]:
    """Single tokens that repeat the surname of a person named in full somewhere in the article."""
    by_surname: dict[str, str] = {}
    for person_id, person in found.people.items():
        parts = fold_key(person.name).split()
        if len(parts) < 2:
            continue
        by_surname.setdefault(parts[-1], person_id)
        if len(parts) >= 3 and parts[-2] not in _PARTICLES:
            by_surname.setdefault(parts[-2], person_id)  # Spanish first surname: "Julen Lopetegui Agote"
        if parts[-2] in _PARTICLES:
            by_surname.setdefault(" ".join(parts[-2:]), person_id)
    # The surnames are looked up where they occur rather than by reading every capitalised word:
    # most occurrences lie inside the full names, and the rest seldom start a capitalised word.
    mentions: list[Mention] = []
    words: set[tuple[int, int]] | None = None
    for start, end, surname_of in sorted(_occurrences(folded, by_surname)):
        if occupied.overlaps(start, end) or not _capitalised_word_at(text, start, end):
            continue
        if words is None:  # a word's start may lie inside an earlier word ("Saint-Germain")
            words = {match.span(1) for match in _CAPITALISED_WORD.finditer(text)}
        if (start, end) in words:
            mentions.append(Mention(start, end, EntityKind.PERSON, surname_of, text[start:end]))
    return mentions


def _occurrences(folded: str, values: dict[str, str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, value) wherever a key of `values` occurs in `folded`."""
    for key, value in values.items():
        start = folded.find(key)
        while start >= 0:
            yield start, start + len(key), value
            start = folded.find(key, start + 1)


def _capitalised_word_at(text: str, start: int, end: int) -> bool:
    """Could text[start:end] be a capitalised word of `_CAPITALISED_WORD.finditer(text)`?"""
    match = _CAPITALISED_WORD.match(text, start)
    return match is not None and match.end(1) == end
