"""Claim assembly: attach each stage cue to its person and club, then merge per article.

Within a sentence a cue takes the nearest person (or the side its table entry asks for) and
the nearest club close to it that is neither a former club nor a match opponent; a
coordinated list ("Roma, Manchester United e Benfica") shares the cue. Epithets and role
nouns ("il tecnico livornese", "the Spaniard", "der 53-Jährige") stand for a person named
earlier, preferably one whose nationality or hometown fits. A cue with no person in its
sentence yields nothing: guessing an unnamed subject cost more precision than it won.
Claims are merged per (subject, type, club) keeping the furthest stage; an explicit denial
wins over anything short of an agreement.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from mercato.extract.cues import CompiledTable, StageCue, ends_with, phrase_alternation
from mercato.extract.mentions import folded_demonyms
from mercato.extract.normalise import fold, is_word_character
from mercato.kb import KnowledgeBase
from mercato.model import STAGE_RANK, Claim, ClaimType, EntityKind, Mention, Person, Span, Stage

_LIST_GLUE = re.compile(
    r"^(?:\s*\([^()]{1,40}\))?(?:\s*\(\d{4}\))?"  # "Xabi Alonso (Bayer Leverkusen), Julian Nagelsmann (Germany)"
    r"\s*(?:(?:,|&|/|e|ed|and|y|et|und|o|or|ou|oder|as well as|sowie|plus|,\s*(?:e|and|y|et|und|o|or))"
    # "X e anche Y", "Mancini, ma anche Sousa", "oltre a Y": an item added to the list
    r"(?:\s*(?:anche|pure|also|tambien|aussi|auch|tambem)(?!\w))?"
    r"|,?\s*(?:ma|but|pero|mais|aber|mas|sondern) (?:anche|also|tambien|aussi|auch|tambem)"
    r"|,?\s*(?:oltre|ademas de)(?!\w))"
    # "tra il Napoli e il Galatasaray", "piace al Napoli e alla Roma", "al Betis y al Sevilla":
    # the conjunction may repeat the preposition and article
    r"(?:\s*(?:a|al|allo|alla|all'|ai|agli|alle|da|dal|dallo|dalla|dall'|di|del|dello|della|dell'|dei|degli|"
    r"de|en|con|per|su|sul|sulla|au|aux|du|des|ao|aos|do|dos|das|to|for|with|by|zu|zum|zur|von|vom|mit|bei|beim)(?!\w))?"
    r"(?:\s*(?:il|lo|la|l'|i|gli|le|les|el|los|las|the|o|os|as|der|die|das|den|dem))?\s*$"
)
#: "Lopetegui's backroom staff, including his assistant X": the staff share the coach's fate
_STAFF_GLUE = re.compile(
    r"^(?:'s)?\s+(?:\w+\s+){0,2}(?:staff|team|assistants|collaboratori|staff tecnico|cuerpo tecnico|"
    r"staff technique|trainerteam|equipa tecnica|comissao tecnica)\s*,?\s*"
    r"(?:including|tra cui|tra i quali|entre ellos|incluido|dont|darunter|incluindo|entre eles)\s+"
    r"(?:his |il suo |su |son |sein |seinen |o seu )?"
)
#: a person "of" a club right after the name: ", do Sporting", " del Milan", " of Al-Hilal"
_OF_CLUB = re.compile(r"^,? (?:do|da|del|dello|della|dell'|du|de l'|of|vom|von) ?$")
#: a list glue with no article or preposition: the items share what stands before the first
#: the person's own side of a deal, between a club and him: "e l'entourage di", "and the agents of"
_HIS_SIDE = re.compile(
    r"^\s*(?:e|ed|and|y|et|und|e con|and with|y con|et avec)\s+(?:[a-z]{1,4}'|[a-z]{1,4}\s+){0,2}"
    r"(?:entourage|agent[ei]?|agents?|agentes?|procurator[ei]|representatives?|entorno|empresari[oa]s?|berater[n]?|padre|father)"
    r"\s+(?:di|of|de|del|von|do|da|du)\s+$"
)
_GAP_BREAK = re.compile(r"[,;:]")
_PLAIN_LIST_GLUE = re.compile(r"\s*(?:,|and|e|y|et|und|,\s*(?:and|e|y|et|und))\s*")
#: a pair of people written as one ("the X-Y duo")
_PAIR_DASHES = ("-", "–")
_PARENTHESIS_CLUB = re.compile(r"^\s*\($")
_BARE_COMMA = re.compile(r"^\s*,\s*$")
_NOTHING_OR_COMMA = re.compile(r"\s*,?\s*$")
#: a conjunction before a second verb: "dice no al Barcelona y renueva" (the "no" stays behind).
#: Not Italian/Portuguese "e": folded, it is also the verb "è"/"é" ("non è stato esonerato").
_COORDINATED_VERB = phrase_alternation(["y", "and", "et", "und", "ma", "but", "pero", "mais", "aber"])
#: where a clause ends; with the sentence marks, where a phrase ends
_CLAUSE_MARKS = ",;:()"
_BREAK_MARKS = ".;:!?,"
_SENTENCE_MARK = re.compile(r"[.!?;\n]")
#: a sentence handing the word to someone (it ends with a colon before a quote)
_INTRODUCES_QUOTE = re.compile(r":\s*$")
#: a conjunction before a second person named by role ("X e o gerente de seleções, Y")
_CONJUNCTION = re.compile(r"^\s*(?:,\s*(?:and|e|y|et|und)?|and|e|y|et|und)\s+")
_APPOSITION_BREAK = re.compile(r"[.;:!?()]")
#: an article or preposition opening a list item ("dell'ex ...", "the former ...")
_LEADING_ARTICLE = re.compile(r"(?:[a-z]{1,4}'|(?:il|lo|la|el|the|o|a|le|der|die|den|de|del|di|do|da|du|von|of) )?")
#: a clause's bounds (`_clause`) in one regex call each: up to the last mark opening it, and up to
#: the first one closing it
_UP_TO_LAST_OPENING = re.compile(r".*[,;:(]", re.DOTALL)
_UP_TO_CLOSING = re.compile(r"[^,;:)]*")
#: sums of money as the six languages write them: "144 milioni di euro", "£55m", "€63.5million"
_MONEY = re.compile(
    r"(?:[€£$]\s?\d+(?:[.,]\d+)?\s?(?:bn|m|mn|mln|million|millions|billion)?\b"
    r"|\b\d+(?:[.,]\d+)?\s?(?:milioni|milione|millones|millón|millions|million|millionen|mio\.|milhões|milhão|mln|m)"
    r"(?:\s(?:di|de|d')\s?)?(?:\s?(?:euro|euros|sterline|pounds|sterling|dollars|dollari|dólares|dollar|reais))?\b)",
    re.IGNORECASE,
)
#: every sum of money `_MONEY` finds has one
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?<![\d/-])((?:19|20)\d{2})(?![\d])")
_WORD = re.compile(r"\w+")
_NEGATION_WINDOW = 28
_MODAL_WINDOW = 40
_CLUB_WINDOW = 90
#: a person after the cue counts as this much further away: subjects usually come first
_PERSON_AFTER = 1.5
#: mentions this close to the start of the text are in the headline
_HEADLINE = 120
#: the entity of a role noun standing for someone the article does not name
_UNNAMED = ""
_AFFILIATION_GAP = re.compile(r"^(?:'s)?(?:\s+[\w\-']+){0,4}\s+$")


class Sentence:
    """A sentence's bounds in the text. A plain class, not a dataclass: compiled (mypyc), it is
    built natively, where a dataclass runs the `__init__` the dataclasses module writes."""

    def __init__(self, start: int, end: int) -> None:
        self.start = start
        self.end = end


class _Evidence:
    """What one cue tells of a claim. A plain class, as `Sentence` is: built natively when compiled."""

    def __init__(
        self,
        stage: Stage,
        span: Span,
        hedged: bool,
        sources: frozenset[str],
        conditions: frozenset[str],
        direct: bool,
        cue_start: int = 0,
        caps: bool = False,
        guessed: bool = False,
    ) -> None:
        self.stage = stage
        self.span = span
        self.hedged = hedged
        self.sources = sources
        self.conditions = conditions
        self.direct = direct  # the person is named, not referred to by an epithet
        self.cue_start = cue_start
        #: a denied official step ("has not signed yet"): the claim stops at agreement
        self.caps = caps
        #: the sentence names no club for the cue: the club is the article's focus, a guess
        self.guessed = guessed


class _Draft:
    """A claim in the making: whose, of which type, with which club, and its evidence so far."""

    def __init__(self, person_id: str, claim_type: ClaimType, club_id: str) -> None:
        self.person_id = person_id
        self.type = claim_type
        self.club_id = club_id
        self.evidence: list[_Evidence] = []


class _ClubMarks:
    """What the words before a club mention make of it: a former club or a match opponent
    (never a claim's club), an origin (never where a player moves to), a destination (never the
    club of a departure). Decided on first need: most mentions are never asked about."""

    def __init__(self, folded: str, table: CompiledTable, clubs: list[Mention] | None = None) -> None:
        self.folded = folded
        self.table = table
        #: the article's clubs in text order: a list shares the mark of its first club
        self.clubs = clubs or []
        self.club_starts = [c.start for c in self.clubs]
        #: per mark, club start -> whether the words before the club make it so
        self._excluded: dict[int, bool] = {}
        self._origin: dict[int, bool] = {}
        self._destination: dict[int, bool] = {}
        self._counterpart: dict[int, bool] = {}
        #: club start -> the words before it (`_words_before`), shared by all marks
        self._before: dict[int, str] = {}

    def _words_before(self, club: Mention) -> str:
        before = self._before.get(club.start)
        if before is None:
            before = self._before[club.start] = _words_before(self.folded, club.start)
        return before

    def _marked(self, memo: dict[int, bool], club: Mention, pattern: re.Pattern[str], max_gap_words: int) -> bool:
        marked = memo.get(club.start)
        if marked is None:
            marked = memo[club.start] = _ends_with_marker(self._words_before(club), pattern, max_gap_words)
        return marked

    def excluded(self, club: Mention) -> bool:
        marked = self._excluded.get(club.start)  # asked for every club a cue may take: kept quick
        if marked is None:
            before, table = self._words_before(club), self.table
            marked = _ends_with_marker(before, table.former, 4) or _ends_with_marker(before, table.opponent, 2)
            if not marked:
                # "l'ex tecnico di Chelsea, Napoli e Juventus", "the former Chelsea and Spurs boss"
                i = bisect_left(self.club_starts, club.start)
                previous = self.clubs[i - 1] if i > 0 else None
                marked = bool(
                    previous is not None
                    and _PLAIN_LIST_GLUE.fullmatch(self.folded, previous.end, club.start)
                    and self.excluded(previous)
                )
            self._excluded[club.start] = marked
        return marked

    def origin(self, club: Mention) -> bool:
        return self._marked(self._origin, club, self.table.origin, 1)

    def destination(self, club: Mention) -> bool:
        return self._marked(self._destination, club, self.table.destination, 0)

    def counterpart(self, club: Mention) -> bool:
        return self._marked(self._counterpart, club, self.table.counterpart, 1)


@dataclass
class _Context:
    """What every step of the assembly of one article needs to see."""

    text: str
    folded: str
    kb: KnowledgeBase
    table: CompiledTable
    people: dict[str, Person]
    persons: list[Mention]
    clubs: list[Mention]
    outlets: list[Mention]
    marks: _ClubMarks
    #: sentences naming only years before this one tell career history, not news
    history_before: int | None
    affiliation: dict[str, str]
    #: clubs used to describe a player ("Valencia centre-back X"): not where others move to
    descriptor_clubs: set[int]
    anaphors: set[int]
    #: where each of `persons`, `clubs` and `outlets` starts (all three are in text order)
    person_starts: list[int] = field(default_factory=list)
    club_starts: list[int] = field(default_factory=list)
    outlet_starts: list[int] = field(default_factory=list)
    #: sentence start -> the club the text is about before it (`_focus_club`)
    focus: dict[int, Mention | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.person_starts = [m.start for m in self.persons]
        self.club_starts = [m.start for m in self.clubs]
        self.outlet_starts = [m.start for m in self.outlets]


def _in_sentence(mentions: list[Mention], starts: list[int], sentence: Sentence) -> list[Mention]:
    """The mentions (in text order, `starts` their starts) that start inside the sentence."""
    return mentions[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)]


def assemble_claims(
    text: str,
    folded: str,
    search: str,
    sentences: Sequence[Sentence],
    mentions: list[Mention],
    people: dict[str, Person],
    kb: KnowledgeBase,
    table: CompiledTable,
    role_nouns: list[tuple[int, int]],
    published_year: int | None = None,
) -> list[Claim]:
    """`search` is the search form of `folded`; `role_nouns` the spans of the table's role nouns in it."""
    named: list[Mention] = []
    every_name: list[Mention] = []  # with those describing a club: a role noun next to one is his
    describer: Mention | None = None  # the last person named only to describe a club
    for m in mentions:
        if m.kind != EntityKind.PERSON or _is_journalist(m, kb):
            continue
        every_name.append(m)
        if _describes_club(folded, m, table) or (
            describer is not None
            and (folded[describer.end : m.start] in _PAIR_DASHES or _LIST_GLUE.match(folded[describer.end : m.start]))
        ):
            describer = m  # "tramite X e Y", "led by X and Y", "through the X-Y duo": all describe the club
        else:
            named.append(m)
    clubs = [m for m in mentions if m.kind == EntityKind.CLUB]
    names = bytearray(len(folded))
    for m in mentions:
        names[m.start : m.end] = b"\x01" * (m.end - m.start)
    # a cue starting inside a name ("Rubén Baraja", "Real Madrid") is part of the name; a cue
    # may still span one ("musste bei RB Leipzig gehen")
    all_cues = [c for c in table.cue_index.find(folded, search) if not names[c[1]]]
    # only sentences with a cue can yield a claim: epithets elsewhere need no resolving
    with_cue = bytearray(len(folded))
    cue_starts = [c[1] for c in all_cues]
    for sentence in sentences:
        first = bisect_left(cue_starts, sentence.start)
        if first < len(cue_starts) and cue_starts[first] < sentence.end:
            with_cue[sentence.start : sentence.end] = b"\x01" * (sentence.end - sentence.start)
    marks = _ClubMarks(folded, table, clubs)
    affiliation = _affiliations(folded, named, clubs, table, marks)
    anaphors = _anaphors(
        folded, search, named, every_name, clubs, people, kb, table, role_nouns, with_cue, affiliation
    )
    persons = sorted(named + anaphors, key=lambda m: m.start)
    affiliated = [p for p in named if p.entity_id in affiliation]
    ctx = _Context(
        text=text,
        folded=folded,
        kb=kb,
        table=table,
        people=people,
        persons=persons,
        clubs=clubs,
        outlets=[m for m in mentions if m.kind == EntityKind.OUTLET],
        marks=marks,
        history_before=published_year - 2 if published_year else None,
        affiliation=affiliation,
        descriptor_clubs={
            id(c)
            for c in clubs
            if any(0 <= p.start - c.end <= 40 and affiliation[p.entity_id] == c.entity_id for p in affiliated)
        },
        anaphors={id(m) for m in anaphors},
    )
    drafts: dict[tuple[str, ClaimType, str], _Draft] = {}
    attributed: frozenset[str] = frozenset()
    last_cited: frozenset[str] = frozenset()
    previous_end = 0
    #: reports on a deal that name no person ("X and Y confirm an agreement between A and B")
    deal_reports: list[tuple[set[tuple[ClaimType, str]], set[str], frozenset[str]]] = []
    #: where persons, clubs and role nouns start: who may speak in a quote a sentence introduces
    named_starts = sorted(m.start for m in mentions if m.kind != EntityKind.OUTLET)
    role_starts = [start for start, _ in role_nouns]
    #: the sentences naming outlets, with their outlet mentions
    outlet_sentences: list[tuple[Sentence, list[Mention]]] = []
    for sentence in sentences:
        if text.find("\n\n", previous_end, sentence.start) != -1:
            attributed = frozenset()  # a report's attribution lasts until the next section
        outlets = _in_sentence(ctx.outlets, ctx.outlet_starts, sentence) if ctx.outlets else []
        cited: frozenset[str] = frozenset()
        if outlets:
            outlet_sentences.append((sentence, outlets))
            cited = _sources(ctx, outlets)
        if cited or last_cited:
            chunk = folded[sentence.start : sentence.end]
            if cited and table.attribution.search(chunk):
                attributed = last_cited = cited  # "according to X", "X reports": what follows is X's report
            elif last_cited and table.report_reference.search(chunk) and table.attribution.search(chunk):
                attributed = last_cited  # "il giornalista rivela": the one cited before
            elif (
                not cited
                and _INTRODUCES_QUOTE.search(chunk)
                and not table.report_reference.search(chunk)
                and _names_someone(sentence, named_starts, role_starts)
            ):
                attributed = frozenset()  # "the president said:": the quote that follows is his
        first, last = bisect_left(cue_starts, sentence.start), bisect_left(cue_starts, sentence.end)
        cues = [c for c in all_cues[first:last] if c[2] <= sentence.end] if first < last else []
        if cues:
            _read_sentence(ctx, sentence, cues, drafts, cited, cited or attributed)
            if cited and not _in_sentence(persons, ctx.person_starts, sentence):
                s_clubs = {m.entity_id for m in _in_sentence(clubs, ctx.club_starts, sentence)}
                deal_reports.append(({(c[0].type, club) for c in cues for club in s_clubs}, s_clubs, cited))
        previous_end = sentence.end
    _drop_contradicted_guesses(drafts)
    _drop_departures_to_the_buyer(drafts)
    _add_implied_departures(drafts, ctx.affiliation)
    for deals, deal_clubs, cited in deal_reports:
        _credit_open_deal(drafts, deals, deal_clubs, cited, ctx.affiliation)
    credited = _credit_lines(ctx, outlet_sentences)
    claims = [_finish(d, people, kb) for d in drafts.values()]
    for claim in claims:
        claim.sources = sorted(set(claim.sources) | credited)
    return claims


def _names_someone(sentence: Sentence, *starts: list[int]) -> bool:
    """Does an entity or role noun (`starts`: sorted start offsets) start inside the sentence?"""
    return any(bisect_left(s, sentence.start) < bisect_left(s, sentence.end) for s in starts)


def _credit_open_deal(
    drafts: dict[tuple[str, ClaimType, str], _Draft],
    deals: set[tuple[ClaimType, str]],
    clubs: set[str],
    cited: frozenset[str],
    affiliation: dict[str, str],
) -> None:
    """Credit a report on a deal between clubs to the one open claim about such a deal, if the
    article has just one (several candidates: the report could be about any of them, unless just
    one plays for the other club the report names). The deal is also his departure from there."""
    open_deals = [
        draft
        for (_, ctype, club_id), draft in drafts.items()
        if (ctype, club_id) in deals and _merged_stage(draft) != Stage.OFFICIAL
    ]
    persons = {d.person_id for d in open_deals}
    if len(persons) > 1:
        persons = {p for p in persons if affiliation.get(p) in clubs}
        open_deals = [d for d in open_deals if d.person_id in persons and d.club_id != affiliation[d.person_id]]
    if len(persons) == 1:
        person = next(iter(persons))
        leaving = drafts.get((person, ClaimType.DEPARTURE, affiliation.get(person, "")))
        if leaving is not None and leaving.club_id in clubs and _merged_stage(leaving) != Stage.OFFICIAL:
            open_deals.append(leaving)
        for draft in open_deals:
            draft.evidence[0].sources |= cited


def _read_sentence(
    ctx: _Context,
    sentence: Sentence,
    sentence_cues: list[tuple[StageCue, int, int]],
    drafts: dict[tuple[str, ClaimType, str], _Draft],
    cited: frozenset[str],
    sources: frozenset[str],
) -> None:
    """`cited`: the outlets this sentence names; `sources`: those or the ones whose report the
    section is. A done deal is a fact of its own: only a sentence naming an outlet credits it."""
    s_persons = _in_sentence(ctx.persons, ctx.person_starts, sentence)
    if not sentence_cues or not s_persons:
        return
    s_clubs = _in_sentence(ctx.clubs, ctx.club_starts, sentence)
    chunk = ctx.folded[sentence.start : sentence.end]
    hedged = ctx.table.hedge.found_in(chunk)
    conditions = _LazyConditions(ctx, sentence, chunk)

    cues: list[tuple[StageCue, int, int]] = []
    unsigned: list[tuple[StageCue, int, int]] = []
    for c in sentence_cues:
        if not _preceded_by(ctx.folded, sentence.start, c[1], ctx.table.negation, _NEGATION_WINDOW):
            cues.append(c)
        elif c[0].type != ClaimType.DEPARTURE and c[0].stage == Stage.OFFICIAL:
            unsigned.append(c)  # "non ha ancora firmato", "not yet official": agreed at most
    appointed = any(c.type == ClaimType.MOVE and c.stage == Stage.OFFICIAL for c, _, _ in cues)
    found: list[tuple[tuple[str, ClaimType, str], _Evidence]] = []
    replaced = {
        id(p)
        for cue, start, end in cues
        if cue.type == ClaimType.DEPARTURE and cue.person_side == "after"
        for p in _persons_for(cue, start, end, s_persons, ctx.folded, ctx.table)
    }
    for cue, start, end in cues + unsigned:
        stage = Stage.AGREEMENT if (cue, start, end) in unsigned else cue.stage
        # "RB Leipzig rejected an offer from Bayern for X": Leipzig is his club, the offer Bayern's
        # (but "Juventus rejected the chance to sign X" is Juventus' own move, off)
        offer_after = cue.stage == Stage.OFF and any(
            c.stage == Stage.NEGOTIATION and end <= s < end + 30 for c, s, _ in cues
        )
        refuser = (
            _refusing_club(ctx, start, s_persons, s_clubs)
            if cue.type == ClaimType.MOVE and (cue.stage == Stage.NEGOTIATION or offer_after)
            else None
        )
        if refuser is not None:
            for person in _persons_for(cue, start, end, s_persons, ctx.folded, ctx.table):
                if person.start >= end:
                    ctx.affiliation.setdefault(person.entity_id, refuser.entity_id)
            if offer_after:
                continue  # the refusing verb before "an offer from Bayern": the offer carries the move
        if stage == Stage.OFFICIAL and _tells_history(
            _clause(ctx.folded, sentence, start, end), ctx.history_before, ctx.table.long_ago
        ):
            continue
        if appointed and cue.type == ClaimType.DEPARTURE and cue.person_side == "after":
            stage = Stage.OFFICIAL  # "appointed ... to replace X": the replaced one is gone
        if (
            stage == Stage.OFFICIAL
            and cue.type != ClaimType.DEPARTURE
            and _preceded_by(ctx.folded, sentence.start, start, ctx.table.future, _MODAL_WINDOW)
        ):
            stage = Stage.AGREEMENT  # "will be appointed": decided, not done
        if STAGE_RANK[stage] > STAGE_RANK[Stage.CONTACT] and _preceded_by(
            ctx.folded, sentence.start, start, ctx.table.modal, _MODAL_WINDOW
        ):
            stage = Stage.RISK if cue.type == ClaimType.DEPARTURE else Stage.SPECULATION
        candidates = s_persons
        if cue.type == ClaimType.MOVE and cue.person_side == "near":
            # "Arrivé en remplacement de Galtier, Luis Enrique...": the replaced one did not arrive
            # (unless the cue right after him goes on to his own club: "succéder à Farioli, parti à
            # l'Ajax", "la salida de Ancelotti rumbo a Brasil"; not "als Nachfolger von Alonso verpflichtet.")
            candidates = [p for p in s_persons if id(p) not in replaced or _cue_continues(ctx.folded, p, start, end)]
            candidates = candidates or s_persons
        targets = _persons_for(cue, start, end, candidates, ctx.folded, ctx.table)
        aside = _in_relative_clause(ctx, sentence, start)
        if cue.person_side == "near":
            before = [p for p in s_persons if p.end <= start]
            if before and _preceded_by(ctx.folded, sentence.start, start, ctx.table.possessive, 24):
                targets = [before[-1]]  # "suo grande sogno", "after his dismissal": the one just named
        for person in targets:
            if person.entity_id == _UNNAMED:
                continue
            direct = id(person) not in ctx.anaphors
            if cue.type == ClaimType.MOVE and person.entity_id not in ctx.affiliation:
                origins = [
                    c
                    for c in s_clubs
                    if abs(c.start - person.end) <= 60
                    and not 0 <= c.start - end <= 1  # "richiesto dalla Juventus": the cue's own "da"
                    and ctx.marks.origin(c)
                ]
                if origins:
                    # "signed from Real Sociedad", "Wechsel von Dani Olmo aus Leipzig": the club he leaves
                    ctx.affiliation[person.entity_id] = origins[0].entity_id
            person_stage = stage
            if stage == Stage.NEGOTIATION and _refused_by(ctx, person, start, s_clubs):
                person_stage = Stage.OFF  # "Conte ha rifiutato la proposta della Juventus"
            for club in _clubs_for(ctx, cue, start, end, s_clubs, person, sentence, aside):
                if (
                    cue.type == ClaimType.MOVE
                    and ctx.affiliation.get(person.entity_id) == club.entity_id
                    and (person_stage != Stage.OFFICIAL or sentence.start <= club.start < sentence.end)
                ):
                    continue  # "Brentford forward Mbeumo": no move to Brentford; but "he was named
                    # as Martin's replacement" (the article's club) tells how he got there
                span = _evidence_span(ctx.text, sentence, (start, end), person, club)
                capped = (cue, start, end) in unsigned
                credited = cited if person_stage == Stage.OFFICIAL else sources
                replaced_gone = cue.type == ClaimType.DEPARTURE and cue.person_side == "after"
                if aside or (replaced_gone and person_stage == Stage.OFFICIAL):
                    # "secondo X, il tecnico, che aveva lasciato la Lazio, ..."; "X: Y signed as Z's
                    # successor": Y's move is the report, Z's exit a fact it builds on
                    credited = frozenset()
                guessed = not sentence.start <= club.start < sentence.end
                evidence = _Evidence(
                    person_stage, span, hedged, credited, conditions.value(), direct, start, capped, guessed
                )
                found.append(((person.entity_id, cue.type, club.entity_id), evidence))
    if any(e.stage != Stage.OFFICIAL and e.sources for _, e in found):
        # "X reports Y is close to Z, free since leaving W": the report is the open move
        for _, e in found:
            if e.stage == Stage.OFFICIAL:
                e.sources = frozenset()
    staying = {(p, c) for (p, t, c), _ in found if t == ClaimType.STAY}
    for key, evidence in found:
        if key[1] == ClaimType.MOVE and (key[0], key[2]) in staying:
            continue  # "signed a contract extension to stay at X" is no move to X
        drafts.setdefault(key, _Draft(*key)).evidence.append(evidence)


def _in_relative_clause(ctx: _Context, sentence: Sentence, cue_start: int) -> bool:
    """Is the cue inside a clause opened by a comma and a relative pronoun (other than one telling
    what an outlet reported: "The Guardian, which mentioned talks with...")?"""
    comma = ctx.folded.rfind(",", sentence.start, cue_start)
    if comma == -1 or not ctx.table.relative.match(ctx.folded, comma + 1, cue_start):
        return False
    return not any(0 <= comma - m.end <= 1 for m in ctx.outlets)


def _refusing_club(
    ctx: _Context, cue_start: int, s_persons: list[Mention], s_clubs: list[Mention]
) -> Mention | None:
    """The club refusing an offer for its own player, if the cue is a refusal whose subject is a
    club named just before it, in the same clause and with no person in between."""
    if not ctx.table.refusal.match(ctx.folded, cue_start):
        return None
    before = [c for c in s_clubs if c.end <= cue_start]
    if not before or cue_start - before[-1].end > 30:
        return None
    club = before[-1]
    gap = ctx.folded[club.end : cue_start]
    if any(mark in gap for mark in _CLAUSE_MARKS) or any(club.end <= p.start < cue_start for p in s_persons):
        return None
    return club


def _refused_by(ctx: _Context, person: Mention, cue_start: int, s_clubs: list[Mention]) -> bool:
    """Is the cue a refusal whose subject is the person himself (named just before it, no club in
    between): then the offer he refused is over, not under negotiation?"""
    if person.end > cue_start or not ctx.table.refusal.match(ctx.folded, cue_start):
        return False
    return cue_start - person.end <= 30 and not any(person.end <= c.start < cue_start for c in s_clubs)


def _cue_continues(folded: str, person: Mention, start: int, end: int) -> bool:
    """Does the cue follow the person directly (a comma at most) and go on past itself before the
    clause ends?"""
    if not _NOTHING_OR_COMMA.match(folded, person.end, start):
        return False
    rest = _before_first(folded[end : end + 40], _BREAK_MARKS)
    return bool(rest.strip())


def _clause(folded: str, sentence: Sentence, start: int, end: int) -> str:
    """The stretch of the sentence between the punctuation marks around a cue."""
    opening = _UP_TO_LAST_OPENING.match(folded, sentence.start, start)
    closing = _UP_TO_CLOSING.match(folded, end, sentence.end)
    return folded[opening.end() if opening else sentence.start : closing.end() if closing else sentence.end]


class _LazyConditions:
    """A sentence's conditions and sums of money, worked out only if it yields a claim."""

    def __init__(self, ctx: _Context, sentence: Sentence, chunk: str) -> None:
        self.ctx, self.sentence, self.chunk = ctx, sentence, chunk
        self._value: frozenset[str] | None = None

    def value(self) -> frozenset[str]:
        if self._value is None:
            ctx, sentence, chunk = self.ctx, self.sentence, self.chunk
            labels: list[str] = []
            first = ctx.table.any_condition.search(chunk)
            if first is not None:  # no condition matches before the first match of any
                labels = [label for label, rx in ctx.table.conditions if rx.search(chunk, first.start())]
            money: list[str] = []
            if _DIGIT.search(ctx.text, sentence.start, sentence.end):  # a quicker scan than `_MONEY`'s
                sums = _MONEY.finditer(ctx.text, sentence.start, sentence.end)
                money = [f"money: {m.group(0).strip()}" for m in sums]
            self._value = frozenset(labels + money)
        return self._value


def _tells_history(chunk: str, before: int | None, long_ago: re.Pattern[str]) -> bool:
    """Does the clause date itself only to years well before publication ("in 2015", "two
    years ago")?"""
    if long_ago.search(chunk):
        return True
    if before is None:
        return False
    years = [int(y) for y in _YEAR.findall(chunk)]
    return bool(years) and max(years) < before


def _describes_club(folded: str, person: Mention, table: CompiledTable) -> bool:
    """Is the person named only to describe a club ("il club allenato da Simone Inzaghi")?"""
    window = folded[max(0, person.start - 50) : person.start]
    if not table.club_descriptor.search(window):
        return False  # most persons: one search instead of an iteration
    return any(
        m.end() >= len(window) - 1 or _is_role_phrase(window[m.end() :], table)
        for m in table.club_descriptor.finditer(window)
    )


def _is_role_phrase(gap: str, table: CompiledTable) -> bool:
    """Is `gap` a few words ending in a role noun ("former Brentford boss ")?"""
    if len(gap.split()) > 4 or _APPOSITION_BREAK.search(gap) or "," in gap:
        return False
    roles = list(table.role_noun.finditer(gap))
    return bool(roles) and not gap[roles[-1].end() :].strip()


def _is_journalist(mention: Mention, kb: KnowledgeBase) -> bool:
    person = kb.people.get(mention.entity_id)
    return person is not None and person.role == "journalist"


def _preceded_by(folded: str, sentence_start: int, cue_start: int, pattern: re.Pattern[str], width: int) -> bool:
    """Does `pattern` occur in the same clause shortly before the cue?"""
    window = _after_last(folded[max(sentence_start, cue_start - width) : cue_start], _CLAUSE_MARKS)
    conjunction = _COORDINATED_VERB.search(window)
    while conjunction:  # the clause goes back to the last conjunction
        window = window[conjunction.end() :]
        conjunction = _COORDINATED_VERB.search(window)
    return bool(pattern.search(window))


def _after_last(window: str, marks: str) -> str:
    """`window` after the last of the `marks` in it (all of it when there is none)."""
    last = -1
    for mark in marks:
        last = max(last, window.rfind(mark))
    return window[last + 1 :]


def _before_first(window: str, marks: str) -> str:
    """`window` up to the first of the `marks` in it (all of it when there is none)."""
    end = len(window)
    for mark in marks:
        found = window.find(mark, 0, end)
        if found >= 0:
            end = found
    return window[:end]


def _persons_for(
    cue: StageCue, start: int, end: int, persons: list[Mention], folded: str, table: CompiledTable
) -> list[Mention]:
    if cue.person_side == "after":
        candidates = [p for p in persons if p.start >= end and p.start - end < 60]
    elif cue.person_side == "before":
        candidates = [p for p in persons if p.end <= start]
    else:
        candidates = [p for p in persons if p.end <= start or p.start >= end]
    if not candidates:
        return []
    nearest = _nearest(candidates, start, end, _PERSON_AFTER)
    return _coordinated(nearest, persons, folded, table)


def _distance(m: Mention, start: int, end: int, after_factor: float) -> float:
    if m.start >= end:
        return (m.start - end) * after_factor
    return float(start - m.end)


def _nearest(mentions: list[Mention], start: int, end: int, after_factor: float) -> Mention:
    """The first of the mentions nearest the cue (`_distance`); most cues have just one candidate."""
    if len(mentions) == 1:
        return mentions[0]
    return min(mentions, key=lambda m: _distance(m, start, end, after_factor))


def _coordinated(
    anchor: Mention, mentions: list[Mention], folded: str, table: CompiledTable | None = None
) -> list[Mention]:
    """The anchor plus the mentions joined to it by list glue (commas, "e", "and", "y"...), also
    when each item carries its role ("his assistant X, head analyst Y and fitness coach Z").
    `mentions` (the anchor among them) are in text order."""
    if len(mentions) == 1:
        return [anchor]  # most sentences name one person and one club: no list to look for
    idx = mentions.index(anchor)
    group = [anchor]
    glues: list[str] = []
    for step in (-1, 1):
        i = idx
        while 0 <= i + step < len(mentions):
            a, b = (mentions[i + step], mentions[i]) if step < 0 else (mentions[i], mentions[i + step])
            glue = folded[a.end : b.start]
            if not _is_glue(glue, table):
                break
            glues.append(glue)
            i += step
            group.append(mentions[i])
    if len(glues) == 1 and _BARE_COMMA.match(glues[0]):
        return [anchor]  # "en remplacement de Galtier, Luis Enrique a connu": two names, no list
    unique = {m.entity_id: m for m in group}
    return list(unique.values())


def _is_glue(between: str, table: CompiledTable | None) -> bool:
    """Does `between` join two items of one list? With a table (people), an item may carry its
    role ("e il tecnico X") or what he was ("l'ex Fiorentina X")."""
    if _LIST_GLUE.match(between):
        return True
    if table is None:
        return False
    head = _CONJUNCTION.match(between) or _STAFF_GLUE.match(between)
    if not head:
        return False
    rest = between[head.end() :].strip().rstrip(",").strip()  # "e o gerente de seleções, Cícero Souza"
    words = len(rest.split())
    if words > 6 or _APPOSITION_BREAK.search(rest):
        return False
    lead = _LEADING_ARTICLE.match(rest)
    if table.former.match(rest, lead.end() if lead else 0):
        return True  # "l'ex Fiorentina Paulo Sousa", "dell'ex allenatore del Chelsea Frank Lampard"
    roles = list(table.role_noun.finditer(rest))
    return words <= 5 and bool(roles) and roles[-1].end() == len(rest)


def _clubs_for(
    ctx: _Context,
    cue: StageCue,
    start: int,
    end: int,
    clubs: list[Mention],
    person: Mention,
    sentence: Sentence,
    aside: bool,
) -> list[Mention]:
    """`aside`: whether the cue is in a relative clause (`_in_relative_clause`)."""
    home = ctx.affiliation.get(person.entity_id)
    if cue.type == ClaimType.STAY and home:
        # a renewal is with the club he plays for, whoever else the sentence names
        return [m for m in ctx.clubs if m.entity_id == home][:1]
    # "verso l'addio: c'è la Roma", "Conte dice no: resta al Napoli": a colon opens another statement
    candidates = [
        c
        for c in clubs
        if not ctx.marks.excluded(c) and not (c.start >= end and ctx.folded.find(":", end, c.start) != -1)
    ]
    if not aside:
        # "Ranieri, che piace alla Juventus, ha firmato con la Roma": the aside is not the deal
        candidates = [c for c in candidates if not _in_relative_clause(ctx, sentence, c.start)]
    if cue.type == ClaimType.MOVE:
        candidates = [
            c
            for c in candidates
            if c.entity_id != home
            and not (not 0 <= c.start - end <= 1 and ctx.marks.origin(c))  # "richiesto dalla X": the cue's own "da"
            and id(c) not in ctx.descriptor_clubs
        ]
    elif cue.type == ClaimType.DEPARTURE:
        candidates = [
            c
            for c in candidates
            if not (ctx.marks.origin(c) and home != c.entity_id and _someone_else_comes_from(ctx, c, person, sentence))
            and not ctx.marks.destination(c)
            and not (
                cue.stage == Stage.OFFICIAL  # "ceduto al PSG"; but "a rischio esonero alla Juventus"
                and c.start >= end
                and ctx.table.departure_to.match(ctx.folded[end : c.start])
            )
        ]
        # "Tottenham want Brentford's Frank to replace X": a club describing someone else is not the
        # one X leaves, unless it is the only club left ("Palace chairman Parish won't sell Guehi")
        own = [c for c in candidates if id(c) not in ctx.descriptor_clubs or home == c.entity_id]
        candidates = own or candidates
    # where a player goes, or the club he renews with, is usually named after the cue
    after_factor = 0.6 if cue.type in (ClaimType.MOVE, ClaimType.STAY) else 1.0
    near = [c for c in candidates if _distance(c, start, end, after_factor) <= _CLUB_WINDOW]
    if any(c.end <= start for c in near):
        # "Bayern ist an Wirtz interessiert, Leverkusen will nicht verkaufen": past a comma, another clause
        near = [c for c in near if c.end <= start or "," not in ctx.folded[end : c.start]]
    if any(c.start >= end for c in near):
        # "dice no al Barcelona y renueva con el Athletic": before the "y", another verb's club
        near = [c for c in near if c.start >= end or not _COORDINATED_VERB.search(ctx.folded, c.end, start)]
    if not near and len({c.entity_id for c in candidates}) == 1:
        near = candidates  # the sentence's only club, however far from the cue
    if near:
        nearest = _nearest(near, start, end, after_factor)
        if (
            cue.type == ClaimType.MOVE
            and person.start > nearest.end
            and ctx.marks.counterpart(nearest)
            # "fumata bianca tra la Lazio e Sarri": the deal is between the club and the man himself
            and not _LIST_GLUE.match(ctx.folded[nearest.end : person.start])
            # "contatti tra il Milan e l'entourage di Morata": his agents speak for him
            and not _HIS_SIDE.match(ctx.folded[nearest.end : person.start])
        ):
            sides = _coordinated(nearest, clubs, ctx.folded)
            if len(sides) > 1:
                home = home or _seller_from_kb(ctx, person, sides)
                # "accordo tra Napoli e Galatasaray per Osimhen": the one he plays for sells
                return [c for c in sides if c.entity_id != home] if home in {c.entity_id for c in sides} else sides
            # "Liverpool have agreed a fee with Leverkusen for Wirtz", "la Juve ha inviato
            # all'Atalanta un'offerta per Koopmeiners": Leverkusen and Atalanta sell
            ctx.affiliation.setdefault(person.entity_id, nearest.entity_id)
            buyers = [c for c in near if c.end <= start and c.entity_id != nearest.entity_id]
            if not buyers:
                return []
            nearest = buyers[-1]
        elif cue.type == ClaimType.MOVE and nearest.end <= start:
            # "il Napoli ha raggiunto l'accordo con il Manchester United per Hojlund": United sells
            sellers = [c for c in near if end <= c.start < person.start and ctx.marks.counterpart(c)]
            if sellers and sellers[0].entity_id != nearest.entity_id:
                ctx.affiliation.setdefault(person.entity_id, sellers[0].entity_id)
        group = [c for c in _coordinated(nearest, clubs, ctx.folded) if not ctx.marks.excluded(c)]
        if cue.type == ClaimType.MOVE and cue.stage in _DEAL_STAGES and not home and len(group) == 2:
            # "Arsenal and Brentford are negotiating the transfer of X": the one he plays for sells
            seller = _seller_from_kb(ctx, person, group)
            return [c for c in group if c.entity_id != seller]
        return group
    if candidates:
        return []  # the sentence's clubs belong to other cues
    if cue.type == ClaimType.DEPARTURE and home:
        return [m for m in ctx.clubs if m.entity_id == home][:1]
    focus = _focus_club(ctx, sentence)
    return [focus] if focus else []


#: the stages of a move that two clubs work out between them
_DEAL_STAGES = (Stage.CONTACT, Stage.NEGOTIATION, Stage.AGREEMENT)


def _seller_from_kb(ctx: _Context, person: Mention, sides: list[Mention]) -> str:
    """Of two clubs dealing over a person the article gives no club of his own, the one the
    knowledge base lists among his clubs; when it lists both (the deal went through since), the one
    listed after the other, as its lists give the current club first. Taken as his club from here on."""
    known = ctx.people.get(person.entity_id) or ctx.kb.people.get(person.entity_id)
    ids = {c.entity_id for c in sides}
    listed = [c for c in known.clubs if c in ids] if known is not None and len(ids) == 2 else []
    if not listed:
        return ""
    ctx.affiliation[person.entity_id] = listed[-1]
    return listed[-1]


def _focus_club(ctx: _Context, sentence: Sentence) -> Mention | None:
    """The most salient club named before the sentence that is neither a former club nor an
    opponent; worked out once per sentence, for its cues and persons that name no club."""
    if sentence.start not in ctx.focus:
        earlier = ctx.clubs[: bisect_left(ctx.club_starts, sentence.start)]  # a club ending before starts before
        ctx.focus[sentence.start] = _most_salient(
            [c for c in earlier if c.end <= sentence.start and not ctx.marks.excluded(c)], sentence.start
        )
    return ctx.focus[sentence.start]


def _someone_else_comes_from(ctx: _Context, club: Mention, person: Mention, sentence: Sentence) -> bool:
    """Is the club someone else's origin ("Anselmi, que chega do Cruz Azul para substituir Vítor
    Bruno"): the nearest person to it in the sentence is not this one?"""
    others = _in_sentence(ctx.persons, ctx.person_starts, sentence)
    if not others:
        return False
    nearest = min(others, key=lambda p: club.start - p.end if p.end <= club.start else p.start - club.end)
    return nearest.entity_id != person.entity_id


def _most_salient(earlier: list[Mention], position: int) -> Mention | None:
    """Salience: how often an entity has been named so far, with a bonus for the headline and
    for being named in the last ~250 characters."""
    if not earlier:
        return None
    score: dict[str, float] = {}
    last: dict[str, Mention] = {}
    for m in earlier:
        score[m.entity_id] = score.get(m.entity_id, 0.0) + (3.0 if m.start < _HEADLINE else 1.0)
        last[m.entity_id] = m
    for entity_id, m in last.items():
        if position - m.end < 250:
            score[entity_id] += 2.0
    best = max(score, key=lambda e: (score[e], last[e].start))
    return last[best]


def _anaphors(
    folded: str,
    search: str,
    named: list[Mention],
    every_name: list[Mention],
    clubs: list[Mention],
    people: dict[str, Person],
    kb: KnowledgeBase,
    table: CompiledTable,
    role_nouns: list[tuple[int, int]],
    in_scope: bytearray,
    affiliation: dict[str, str],
) -> list[Mention]:
    """Role nouns, epithets and object pronouns standing for a person named earlier
    ("il tecnico livornese", "su di lui"). `every_name`: `named` and the persons named only to
    describe a club ("led by former Brentford boss X"), whose role nouns stand for no one else."""
    demonyms = folded_demonyms(kb)
    birthplaces = _folded_birthplaces(kb)
    result: list[Mention] = []
    for match in table.pronoun_scan.finditer(folded, search):
        if not in_scope[match.start()]:
            continue
        chosen = _most_salient([p for p in named if p.end <= match.start()], match.start())
        if chosen is not None:
            result.append(Mention(match.start(), match.end(), EntityKind.PERSON, chosen.entity_id, match.group(0)))
    for match in table.unnamed_role_scan.finditer(folded, search):
        start, end = match.start(), match.end()
        if not in_scope[start] or _names_right_there(folded, every_name, start, end):
            continue
        if _after_copula(folded, start, table):
            continue
        # "le prochain entraîneur sur le point de signer": someone the text does not name
        result.append(Mention(start, end, EntityKind.PERSON, _UNNAMED, match.group(0)))
    unnamed = [m for m in result if m.entity_id == _UNNAMED]
    for start, end in role_nouns:
        if any(m.start <= start < m.end for m in unnamed):
            continue
        if not in_scope[start]:
            continue
        if _names_right_there(folded, every_name, start, end) or _describes_next_name(
            folded, every_name, clubs, end, table
        ):
            continue  # "il tecnico Pierre Sage", "Sage, il tecnico": the name is right there
        if _after_copula(folded, start, table):
            continue  # "diventare l'allenatore del Torino": what someone becomes
        if result and 0 <= start - result[-1].end <= 2:
            start = result.pop().start  # "il tecnico" + "livornese" is one epithet
        # a role noun ("il tecnico", "the striker") is never the president, owner or agent
        earlier = [p for p in named if p.end <= start and _role_of(people, kb, p) not in _OFFICE_HOLDERS]
        if not earlier:
            continue
        phrase = folded[start : end + 24]
        words = _WORD.findall(phrase)
        wanted = [attr for word in words for attr in demonyms.get(word, [])]
        wanted += [("place", word) for word in words[1:] if word in birthplaces]  # "l'allenatore di Grugliasco"
        # "the former Wolves boss", "o antigo técnico do Botafogo": someone who played or coached there
        wanted += [("club", c.entity_id) for c in clubs if 0 <= start - c.end <= 2 or 0 <= c.start - end <= 5]
        if ends_with(folded[max(0, start - 12) : start], table.club_possessive):
            # "Brentford would demand a fee for their manager": the club's own man
            owners = [c for c in clubs if c.end <= start and _same_clause(folded, c.end, start)]
            wanted += [("club", owners[-1].entity_id)] if owners else []
        fitting = [p for p in earlier if _fits(people.get(p.entity_id), wanted, kb, affiliation)] if wanted else []
        clause_start = _clause_start(folded, start)  # one scan, not one per earlier person
        same_sentence = [p for p in earlier if p.end >= clause_start]
        chosen = fitting[-1] if fitting else (same_sentence[-1] if same_sentence else _most_salient(earlier, start))
        if chosen is None:
            continue
        result.append(Mention(start, end, EntityKind.PERSON, chosen.entity_id, folded[start:end]))
    return result


_BIRTHPLACES: dict[int, tuple[KnowledgeBase, frozenset[str]]] = {}


def _folded_birthplaces(kb: KnowledgeBase) -> frozenset[str]:
    """Every birthplace of the knowledge base's people, folded ("grugliasco")."""
    cached = _BIRTHPLACES.get(id(kb))
    if cached is None or cached[0] is not kb:
        places = frozenset(fold(p.birthplace) for p in kb.people.values() if p.birthplace)
        cached = _BIRTHPLACES[id(kb)] = (kb, places)
    return cached[1]


_OFFICE_HOLDERS = frozenset({"president", "owner", "agent"})


def _role_of(people: dict[str, Person], kb: KnowledgeBase, mention: Mention) -> str:
    person = people.get(mention.entity_id) or kb.people.get(mention.entity_id)
    return person.role if person else "other"


def _names_right_there(folded: str, named: list[Mention], start: int, end: int) -> bool:
    """Is a role phrase next to a name, in the same clause ("il tecnico Pierre Sage", "Sage, il tecnico")?"""
    return any(0 <= p.start - end <= 3 and _same_clause(folded, end, p.start) for p in named) or any(
        0 <= start - p.end <= 3 and _same_clause(folded, p.end, start) for p in named
    )


#: what may stand between a role phrase and the name it describes, once its role nouns read "R"
#: and its clubs "C": "allenatore e centrocampista del Chelsea, Frank Lampard"
_DESCRIPTOR_GAP = re.compile(
    r"(?:\s*(?:(?:e|and|y|et|und)\s+R|(?:del|della|dello|dell'|di|de|du|do|da|of|at|von|vom|des|der)?"
    r"\s*(?:il |lo |la |l'|el |the |o |a |le )?C))*\s*,?\s*"
)


def _describes_next_name(
    folded: str, named: list[Mention], clubs: list[Mention], end: int, table: CompiledTable
) -> bool:
    """Does the role phrase ending at `end` describe the name that follows it, past more roles and
    the club ("l'ex allenatore e centrocampista del Chelsea, Frank Lampard")?"""
    after = [p for p in named if 0 <= p.start - end <= 60]
    if not after or not _same_clause(folded, end, after[0].start):
        return False
    stop = after[0].start
    gap = ""
    at = end
    for club in clubs:
        if end <= club.start and club.end <= stop:
            gap += folded[at : club.start] + "C"
            at = club.end
    gap = table.role_noun.sub("R", gap + folded[at:stop])
    return _DESCRIPTOR_GAP.fullmatch(gap) is not None


def _after_copula(folded: str, start: int, table: CompiledTable) -> bool:
    return ends_with(folded[max(0, start - 24) : start], table.copula)


def _same_clause(folded: str, start: int, end: int) -> bool:
    return not _SENTENCE_MARK.search(folded, start, end)


def _clause_start(folded: str, position: int) -> int:
    """Where the stretch `_same_clause` sees as one ending at `position` starts: past the last
    sentence mark before it."""
    return max(folded.rfind(mark, 0, position) for mark in ".!?;\n") + 1


def _fits(
    person: Person | None, wanted: list[tuple[str, str]], kb: KnowledgeBase, affiliation: dict[str, str]
) -> bool:
    if person is None:
        return False
    for kind, value in wanted:
        if kind == "nationality" and person.nationality == value:
            return True
        if kind == "birthplace" and person.birthplace == value:
            return True
        if kind == "place" and person.birthplace and fold(person.birthplace) == value:
            return True
        if kind == "region" and kb.region_of.get(person.id) == value:
            return True
        if kind == "club" and (value in person.clubs or affiliation.get(person.id) == value):
            return True
    return False


def _words_before(folded: str, position: int) -> str:
    """Up to 40 characters before a position, back to the last clause break."""
    words = _after_last(folded[max(0, position - 40) : position], _BREAK_MARKS)
    # an elided article is a word of its own: "parti a l'Ajax"
    if words.endswith("l'") and (len(words) == 2 or not is_word_character(words[-3])):
        return words[:-2] + " "
    return words




def _ends_with_marker(before: str, pattern: re.Pattern[str], max_gap_words: int) -> bool:
    """Does `pattern` match in `before` with at most `max_gap_words` words after its last match?"""
    if not pattern.search(before):
        return False  # most clubs: one search instead of an iteration
    ends = [m.end() for m in pattern.finditer(before)]
    if not ends:
        return False
    gap = before[ends[-1] :]
    # "già allenatore della Lazio, piace alla Juventus": past a clause mark, another statement
    return len(gap.split()) <= max_gap_words and not _GAP_BREAK.search(gap)


def _is_former(folded: str, club: Mention, table: CompiledTable) -> bool:
    return _ends_with_marker(_words_before(folded, club.start), table.former, 4)


def _affiliations(
    folded: str, persons: list[Mention], clubs: list[Mention], table: CompiledTable, marks: _ClubMarks
) -> dict[str, str]:
    """Current club of a player described by it: "Brentford forward Bryan Mbeumo",
    "Newcastle's Alexander Isak". `clubs` are in text order."""
    result: dict[str, str] = {}
    club_starts = [c.start for c in clubs]
    club_ends = [c.end for c in clubs]
    for person in persons:
        # only a club ending at most 40 characters before the person or starting at most 45 after
        near = clubs[bisect_left(club_ends, person.start - 40) : bisect_right(club_starts, person.end + 45)]
        for club in near:
            if 0 < club.start - person.end <= 3 and _PARENTHESIS_CLUB.match(folded[person.end : club.start]):
                result.setdefault(person.entity_id, club.entity_id)  # "Xabi Alonso (Bayer Leverkusen)"
            elif (
                0 < club.start - person.end <= 45
                and _apposition(folded[person.end : club.start], table)
                and not marks.excluded(club)  # "Sarri, l'ex tecnico di Chelsea e Juventus"
            ):
                result.setdefault(person.entity_id, club.entity_id)  # "Kompany, the manager of Burnley"
            elif 0 < club.start - person.end <= 8 and _OF_CLUB.match(folded[person.end : club.start]):
                result.setdefault(person.entity_id, club.entity_id)  # "Gyokeres, do Sporting", "Theo del Milan"
            if (
                0 <= person.start - club.end <= 40
                and _describes(folded[club.end : person.start], table)
                and not _is_former(folded, club, table)
                and not any(club.end <= other.start < person.start for other in clubs)
            ):
                result.setdefault(person.entity_id, club.entity_id)
    return result


def _apposition(gap: str, table: CompiledTable) -> bool:
    """Is the text between a person and a club a role in apposition (", the manager of ",
    ", allenatore del ", ", entrenador del ")?"""
    if not gap.startswith(",") or len(gap.split()) > 7 or _APPOSITION_BREAK.search(gap):
        return False
    if "," in gap[1:]:
        return False  # "Tudor, il tecnico croato, piace alla Juventus": the apposition closed before the club
    if table.unnamed_role.search(gap):
        return False  # "Xabi Alonso, nuevo entrenador del Real Madrid": where he goes, not where he is
    return bool(table.role_noun.search(gap))


def _describes(gap: str, table: CompiledTable) -> bool:
    """Is the text between a club and a person only a possessive and/or a role ("'s", " forward ",
    " centre-back ", "'s France under-21 striker ")?"""
    if "\n" in gap or not _AFFILIATION_GAP.match(gap):
        return False  # a headline ending "... Real Madrid manager" says nothing of the next line
    if gap.startswith("'s") and not gap[2:].strip():
        return True
    roles = list(table.role_noun.finditer(gap))
    return bool(roles) and not gap[roles[-1].end() :].strip()


def _evidence_span(text: str, sentence: Sentence, cue: tuple[int, int], person: Mention, club: Mention) -> Span:
    """The shortest stretch of the sentence holding the cue and whichever of person and club it names."""
    start, end = cue
    for m in (person, club):
        if sentence.start <= m.start < sentence.end:
            start, end = min(start, m.start), max(end, m.end)
    return Span(start, end, text[start:end])


def _drop_contradicted_guesses(drafts: dict[tuple[str, ClaimType, str], _Draft]) -> None:
    """Drop claims resting only on a guessed club (`_Evidence.guessed`) that the article's own
    words contradict: a move to the club he renews with ("it's official" about a renewal), or a
    renewal with one club when he is said to renew with another."""
    stays: dict[str, set[str]] = {}
    named_stays: dict[str, set[str]] = {}
    for (person_id, ctype, club_id), draft in drafts.items():
        if ctype == ClaimType.STAY:
            stays.setdefault(person_id, set()).add(club_id)
            if not all(e.guessed for e in draft.evidence):
                named_stays.setdefault(person_id, set()).add(club_id)
    for key, draft in list(drafts.items()):
        person_id, ctype, club_id = key
        if not all(e.guessed for e in draft.evidence):
            continue
        renews_there = ctype == ClaimType.MOVE and club_id in stays.get(person_id, set())
        renews_elsewhere = ctype == ClaimType.STAY and bool(named_stays.get(person_id, set()) - {club_id})
        if renews_there or renews_elsewhere:
            del drafts[key]


def _drop_departures_to_the_buyer(drafts: dict[tuple[str, ClaimType, str], _Draft]) -> None:
    """A possible exit from the club he may be moving to ("a bid from Liverpool to sell X") is the
    sale to that club misread. A done move and a possible exit stand together ("he joined West Ham
    in the summer and is at risk already"), as do a done exit and a move (a return)."""
    for key, draft in list(drafts.items()):
        person_id, ctype, club_id = key
        if ctype != ClaimType.DEPARTURE or _merged_stage(draft) != Stage.RISK:
            continue
        move = drafts.get((person_id, ClaimType.MOVE, club_id))
        if move is not None and _merged_stage(move) not in (Stage.OFF, Stage.OFFICIAL):
            del drafts[key]


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
        # an inference of ours, not something the cited reports say
        target.evidence.append(_Evidence(implied, first.span, first.hedged, frozenset(), frozenset(), first.direct))


def _merged_stage(draft: _Draft) -> Stage:
    """The furthest stage asserted, unless a denial is the article's last word on an agreement
    (or comes at all, when nothing went as far as an agreement)."""
    positive = [e for e in draft.evidence if e.stage != Stage.OFF]
    if not positive:
        return Stage.OFF
    best = max((e.stage for e in positive), key=lambda s: STAGE_RANK[s])
    if best == Stage.OFFICIAL and any(e.caps for e in draft.evidence):
        last_cap = max(e.cue_start for e in draft.evidence if e.caps)
        if not any(e.stage == Stage.OFFICIAL and e.cue_start > last_cap for e in positive):
            best = Stage.AGREEMENT
    denials = [e.cue_start for e in draft.evidence if e.stage == Stage.OFF]
    if denials:
        if STAGE_RANK[best] < STAGE_RANK[Stage.AGREEMENT]:
            return Stage.OFF
        last_advance = max(e.cue_start for e in positive if e.stage == best)
        if max(denials) > last_advance:
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
        if stage != Stage.OFFICIAL or e.stage == Stage.OFFICIAL:
            # a done deal is credited to who reports it done, not to earlier reports of talks
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


_CREDIT = re.compile(r"^\W*(?:(?:fonte|source|fuente|quelle|via|credit|credits)\s*:?\s*)?\W*$")


def _credit_lines(ctx: _Context, outlet_sentences: list[tuple[Sentence, list[Mention]]]) -> set[str]:
    """Outlets credited on a line of their own ("(La Repubblica)", "Fonte: Sky Sport"): the
    whole article is their report. `outlet_sentences`: the sentences naming outlets, with those."""
    credited: set[str] = set()
    for sentence, inside in outlet_sentences:
        rest = ctx.folded[sentence.start : sentence.end]
        for m in sorted(inside, key=lambda m: -m.start):
            rest = rest[: m.start - sentence.start] + rest[m.end - sentence.start :]
        if _CREDIT.match(rest):
            credited |= {ctx.kb.outlets[m.entity_id].name for m in inside if m.entity_id in ctx.kb.outlets}
    return credited


def _sources(ctx: _Context, outlets: list[Mention]) -> frozenset[str]:
    """Outlets and journalists named in a sentence (`outlets` its outlet mentions): what it
    reports, it attributes to them."""
    names: set[str] = set()
    for m in outlets:
        if not _is_dateline(ctx.text, m):
            outlet = ctx.kb.outlets.get(m.entity_id)
            if outlet:
                names.add(outlet.name)
    return frozenset(names)


#: "MADRID (AP) —", "ROMA (ANSA) -": the agency that wrote the article, not a source it cites
_DATELINE_OPEN = re.compile(r"\(\s*$")
_DATELINE_CLOSE = re.compile(r"\s*\)\s*\.?\s*[-–—]")


def _is_dateline(text: str, outlet: Mention) -> bool:
    return bool(
        _DATELINE_OPEN.search(text, max(0, outlet.start - 3), outlet.start)
        and _DATELINE_CLOSE.match(text, outlet.end)
    )
