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
from typing import Any

import ahocorasick

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
    #: prepositions right after a departure cue that name where the person goes, not the club
    #: left ("ceduto al PSG", "sold to Chelsea")
    departure_to: list[str] = field(default_factory=list)
    #: words that point back at the last cited outlet or journalist ("il giornalista rivela")
    report_references: list[str] = field(default_factory=list)
    #: words before a club that make it the other party of a deal ("agreed a fee with X for Y"):
    #: when the sentence names a club before the cue, that one is the buyer and X the seller
    counterpart_markers: list[str] = field(default_factory=list)
    #: phrases after which a person only describes a club ("il club allenato da X", "led by X"):
    #: such a person is no claim's subject
    club_descriptors: list[str] = field(default_factory=list)
    #: nouns that with a club adjective name a club ("il club partenopeo", "el conjunto che")
    club_nouns: list[str] = field(default_factory=list)
    #: object pronouns that stand for the person the article is about ("anziché su di lui")
    pronouns: list[str] = field(default_factory=list)
    #: possessives just before a cue point at the sentence's subject ("suo grande sogno")
    possessives: list[str] = field(default_factory=list)
    #: verbs after which a role noun is what someone becomes, not someone ("diventare l'allenatore")
    copulas: list[str] = field(default_factory=list)
    #: phrases dating a clause years back ("two years ago", "quattro anni dopo il suo arrivo"):
    #: a done deal told there is career history, not news
    long_ago: list[str] = field(default_factory=list)
    #: a role someone not yet named will fill ("le prochain entraîneur", "the new manager")
    unnamed_roles: list[str] = field(default_factory=list)
    #: words opening a relative clause (", che aveva lasciato..."): background to a report
    relatives: list[str] = field(default_factory=list)
    #: words just before an `official` move that put it in the future ("will be appointed"):
    #: a decided move not yet done is an agreement
    future_markers: list[str] = field(default_factory=list)
    #: words just before an `official` cue that make it hypothetical ("could", "pronto a")
    modal_markers: list[str] = field(default_factory=list)
    conditions: dict[str, list[str]] = field(default_factory=dict)
    #: capitalised words that are never part of a person's name (sentence starts, months, places)
    not_names: list[str] = field(default_factory=list)
    #: whether two or three capitalised words inside a sentence make a name even without a known
    #: given name (not in German, where every noun is capitalised)
    loose_names: bool = True
    #: whether adjectives come before the club noun ("the German side") or after ("il club tedesco")
    adjective_first: bool = False
    #: possessives that point at a club ("their manager", "il loro allenatore"): its own man
    club_possessives: list[str] = field(default_factory=list)
    #: refusing verbs: a bid or offer refused by the person it is for ("Conte ha rifiutato la
    #: proposta della Juventus") ends the move, while one refused by his club only marks a bid
    refusals: list[str] = field(default_factory=list)
    #: the national coach's title next to a country, which then means its team: after it ("England
    #: manager") or, with its preposition, before it ("seleccionador de España")
    national_coach: list[str] = field(default_factory=list)
    #: where the language's press is: an outlet name shared by several ("Record") means the local one
    countries: list[str] = field(default_factory=list)
    #: prepositions after which two capitalised words are a place ("a Figline Valdarno"), not a
    #: person, unless they start with a known given name
    place_prepositions: list[str] = field(default_factory=list)
    #: words before an ambiguous short club name that mean the city, not the club ("a Roma")
    city_prepositions: list[str] = field(default_factory=list)


#: where a table phrase may end: at the end of a word, or after an elided article ("dall'", "un'")
#: that runs into the next word
_WORD_END = r"(?:(?<=')|(?!\w))"


@dataclass(frozen=True)
class StageCue:
    type: ClaimType
    stage: Stage
    person_side: str  # "near" | "after" | "before"
    #: the table pattern, its side marker taken off
    source: str

    @property
    def regex(self) -> re.Pattern[str]:
        """The pattern, tried with .match() at a word start."""
        return _phrase_regex(self.source)


@cache
def _phrase_regex(source: str) -> re.Pattern[str]:
    """`source` compiled to end at a word end, on first use (most of a table's cues are never
    tried in a run) and kept: a mypyc-compiled class has no `__dict__` for a `cached_property`
    to keep it in, and `re.compile`'s own cache is slow to reach and too small for the tables."""
    return re.compile(f"(?:{source}){_WORD_END}")


#: where a cue's index entry puts it among the cues tried at one word: cues the index can only
#: place by a deeper look (a look-behind or nested group first) come first, in table order, then
#: those keyed by whole first word, by first word and next word, by stem (fewest letters first,
#: then in table order). The order decides between cues of one type matching the same words (the
#: first one tried wins).
_Rank = tuple[int, int, int]


@dataclass(frozen=True)
class _KeyCues:
    """The cues an index key can start, grouped by rank (best first) and the key's length."""

    length: int
    groups: tuple[tuple[_Rank, tuple[StageCue, ...]], ...]
    #: the key's cues in one alternation: where it does not match, none of them does (alternation
    #: backtracks into every branch), and most key hits match no cue. The sources use no group
    #: references, which joining them would renumber.
    any_cue_source: str

    @property
    def any_cue(self) -> re.Pattern[str]:
        return _phrase_regex(self.any_cue_source)


class KeyPass:
    """One Aho-Corasick pass over a text's search form for several keyed scans: a table's cue
    index and word-start scans each register their automaton and read their own hits of the one
    pass, instead of each passing over the whole text. The hits of the last text scanned are
    kept, as every scan of one article asks in turn (the same `search` string object)."""

    def __init__(self) -> None:
        self._parts: list[ahocorasick.Automaton] = []
        self._merged: ahocorasick.Automaton | None = None
        #: the last search form scanned, and its hits by slot
        self._last: tuple[str, list[list[tuple[int, Any]]]] | None = None

    def register(self, automaton: ahocorasick.Automaton) -> int:
        """Add a scan's automaton (its keys and values); returns the slot its hits come in."""
        self._parts.append(automaton)
        self._merged = None
        return len(self._parts) - 1

    def hits(self, search: str, slot: int) -> list[tuple[int, Any]]:
        """(end, value) for each key of the slot's automaton found in " " + `search` + " ", in the
        order the slot's own automaton would report them."""
        last = self._last
        if last is None or last[0] is not search:
            last = (search, self._scan(search))
            self._last = last
        return last[1][slot]

    def _scan(self, search: str) -> list[list[tuple[int, Any]]]:
        merged = self._merged or self._merge()
        by_slot: list[list[tuple[int, Any]]] = [[] for _ in self._parts]
        if merged.kind == ahocorasick.AHOCORASICK:
            entries: tuple[tuple[int, Any], ...]
            for end, entries in merged.iter(f" {search} "):
                for slot, value in entries:
                    by_slot[slot].append((end, value))
        return by_slot

    def _merge(self) -> ahocorasick.Automaton:
        """One automaton over every registered key, its value the (slot, value) of each scan that
        has the key. Keys ending at one position are reported longest first in any automaton
        holding them, so each slot's hits keep the order of its own automaton."""
        by_key: dict[str, list[tuple[int, Any]]] = {}
        for slot, automaton in enumerate(self._parts):
            for key, value in automaton.items():
                by_key.setdefault(key, []).append((slot, value))
        merged = ahocorasick.Automaton()
        for key, entries in by_key.items():
            merged.add_word(key, tuple(entries))
        merged.make_automaton()
        self._merged = merged
        return merged


@dataclass
class CueIndex:
    """Stage cues indexed by how they start: a whole first word ("contatti"), a first word and the
    start of the second ("ha fir" for "ha firmato"), or the first letters of a stem ("esoner..."),
    so that each word of a text is tried only against the few cues that can start there instead
    of scanning the text once per cue. One Aho-Corasick automaton over the keys, written as they
    appear in a text's search form, finds the words that start any cue in one pass."""

    automaton: ahocorasick.Automaton
    #: cues whose start is not plain to see: tried first at every word
    anywhere: tuple[tuple[_Rank, StageCue], ...]
    #: the pass that finds the keys, and the slot of this index's hits
    key_pass: KeyPass
    slot: int

    def find(self, folded: str, search: str) -> list[tuple[StageCue, int, int]]:
        """Every cue match in a folded text (`search` is its search form); where matches overlap,
        the longest wins."""
        at: dict[int, list[tuple[_Rank, tuple[StageCue, ...]]]] = {}
        if self.automaton.kind == ahocorasick.AHOCORASICK:
            key: _KeyCues  # typed, so that compiled code reads its fields directly
            for end, key in self.key_pass.hits(search, self.slot):
                pos = end - key.length + 1
                if key.any_cue.match(folded, pos):
                    at.setdefault(pos, []).extend(key.groups)
        for rank, cue in self.anywhere:
            for word in _WORD.finditer(folded):
                at.setdefault(word.start(), []).append((rank, (cue,)))
        found: list[tuple[StageCue, int, int]] = []
        for pos, entries in at.items():
            if len(entries) > 1:
                entries.sort(key=lambda entry: entry[0])
            for _rank, cues in entries:
                for cue in cues:
                    m = cue.regex.match(folded, pos)
                    if m and m.end() > pos:
                        found.append((cue, pos, m.end()))
        found.sort(key=lambda f: (f[1] - f[2], f[1]))
        kept: list[tuple[StageCue, int, int]] = []
        taken = bytearray(len(folded))  # the characters of the kept matches (never empty)
        for item in found:
            _, start, end = item
            if 1 in taken[start:end] and not all(
                end <= k[1] or start >= k[2] or (item[1:] == k[1:] and item[0].type != k[0].type) for k in kept
            ):
                continue  # one phrase may carry two claims: "took over from X" (move + departure)
            kept.append(item)
            taken[start:end] = b"\x01" * (end - start)
        return sorted(kept, key=lambda f: f[1])


_WORD = re.compile(r"\w+")
_LITERAL = re.compile(r"[a-z0-9ßæøœ]+")
_STEM = 3


def _literal_starts(
    pattern: str, deep: bool = False, short_stems: bool = False, full_stems: bool = False
) -> list[tuple[str, str]] | None:
    """How a pattern can start, as (kind, key) pairs with kind "word", "pair" or "stem"; None when
    that is not plain to see. Leading groups of alternatives, optional ones included, are opened
    up ("(?:was|were) named", "a (?:forte )?rischio"); a `deep` look also passes over a leading
    look-behind and opens groups nested in alternatives ("(?:submit(?:ted)?|made) a").

    A first word before a stem shorter than `_STEM` is the key by itself ("the" for "the \\d{2}"),
    unless `short_stems`: then it makes a pair of kind "stem pair" ("the 2"), where the stem is no
    whole word. Scans, which do not rank keys, are spared trying every "the" that way.

    A stem is the first `_STEM` letters, or with `full_stems` all the letters the pattern starts
    with ("esonerat" for "esonerat[oa]"): a longer key is met at fewer words."""
    m = _LITERAL.match(pattern)
    if m:
        first, rest = m.group(0), pattern[m.end() :]
        if rest[:1] in ("?", "*") or rest.startswith("{0"):
            # the last letter is optional ("an? coach"): only the letters before it are sure
            sure = first[:-1]
            return [("stem", sure if full_stems else sure[:_STEM])] if sure else None
        if rest == "" or rest.startswith(("'", "(?!")):
            return [("word", first)]
        if rest.startswith(" ?"):
            # an optional space ("no ?1"): the word may run on into the next
            return [("stem", first if full_stems else first[:_STEM])]
        if rest[:1] == " ":
            seconds = _literal_starts(rest[1:], deep, short_stems)
            if seconds and (short_stems or all(_pair_kind(kind, key) == "pair" for kind, key in seconds)):
                return [(_pair_kind(kind, key), f"{first} {key.split(' ')[0][:_STEM]}") for kind, key in seconds]
            return [("word", first)]
        return [("stem", first if full_stems else first[:_STEM])]
    if deep and pattern.startswith(("(?<=", "(?<!")):
        return _literal_starts(pattern[_group_end(pattern) + 1 :], deep, short_stems, full_stems)
    if pattern.startswith("(?:"):
        close = _group_end(pattern)
        inner, rest = pattern[3:close], pattern[close + 1 :]
        optional = rest[:1] == "?"
        if optional:
            rest = rest[1:]
        if rest[:1] in ("*", "{", "+") or ("(" in inner and not deep):
            return None
        starts: list[tuple[str, str]] = []
        for branch in [*_branches(inner), *([""] if optional else [])]:
            sub = _literal_starts(branch + rest, deep, short_stems, full_stems)
            if sub is None:
                return None
            starts += sub
        return starts
    return None


def _pair_kind(kind: str, key: str) -> str:
    """The kind of a pair whose second word starts as (kind, key): "stem pair" when that is a stem
    shorter than `_STEM`, which the pair's search key must not end as a whole word."""
    return "stem pair" if kind == "stem" and len(key) < _STEM else "pair"


def _branches(alternatives: str) -> list[str]:
    """The alternatives of a group's inside, split at the bars outside nested groups."""
    branches, depth, begin = [], 0, 0
    for i, ch in enumerate(alternatives):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "|" and depth == 0:
            branches.append(alternatives[begin:i])
            begin = i + 1
    return [*branches, alternatives[begin:]]


def _group_end(pattern: str) -> int:
    """Index of the parenthesis that closes the group opening the pattern."""
    depth = 0
    for i, ch in enumerate(pattern):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth == 0:
            return i
    return len(pattern) - 1


def _search_key(kind: str, key: str) -> str:
    """An index key as the automaton meets it in " " + search form + " ": a word start follows a
    space; a whole word, or a second word shorter than a stem (matched whole), ends at one."""
    if kind == "word" or (kind == "pair" and len(key.split(" ")[1]) < _STEM):
        return f" {key} "
    return f" {key}"


def _cue_index(cues: list[StageCue], key_pass: KeyPass) -> CueIndex:
    entries: dict[str, list[tuple[_Rank, StageCue]]] = {}
    anywhere: list[tuple[_Rank, StageCue]] = []
    hidden: list[StageCue] = []
    for index, cue in enumerate(cues):
        starts = _literal_starts(cue.source, full_stems=True)
        if not starts:
            hidden.append(cue)
            continue
        for kind, key in set(starts):
            # stems rank by their first letters only, then in table order
            rank = (1, 0, 0) if kind == "word" else (2, 0, 0) if kind == "pair" else (3, min(len(key), _STEM), index)
            entries.setdefault(_search_key(kind, key), []).append((rank, cue))
    for i, cue in enumerate(hidden):
        starts = _literal_starts(cue.source, deep=True)
        if not starts:
            anywhere.append(((0, i, 0), cue))
        for kind, key in set(starts or ()):
            entries.setdefault(_search_key(kind, key), []).append(((0, i, 0), cue))
    automaton = ahocorasick.Automaton()
    for key, ranked in entries.items():
        by_rank: dict[_Rank, list[StageCue]] = {}
        for rank, cue in ranked:
            by_rank.setdefault(rank, []).append(cue)
        groups = tuple((rank, tuple(group)) for rank, group in sorted(by_rank.items()))
        sources = dict.fromkeys(cue.source for _, cues in groups for cue in cues)
        automaton.add_word(key, _KeyCues(len(key), groups, "|".join(f"(?:{source})" for source in sources)))
    automaton.make_automaton()
    return CueIndex(automaton, tuple(anywhere), key_pass, key_pass.register(automaton))


#: `\d` spelled out as literal digits, so that `_literal_starts` can read patterns starting with one
_DIGIT = "(?:" + "|".join("0123456789") + ")"
_DIGIT_RUN = re.compile(r"\\d(?:\{(\d+)\})?")
#: a decimal digit `\d` matches that is no ASCII digit ("٣"): keys spelled with ASCII digits miss it
_OTHER_DIGIT = re.compile(r"\d(?<![0-9])")


def _has_other_digit(text: str) -> bool:
    """Does `text` hold a decimal digit beyond 0-9? Latin-1 holds none, and telling Latin-1 text
    (most of what mercato reads) by encoding it is many times quicker than a search."""
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return _OTHER_DIGIT.search(text) is not None
    return False


@dataclass(frozen=True)
class WordStartScan:
    """`regex.finditer` for an alternation of table patterns (see `phrase_alternation`), trying the
    regex only at the words that can start one of its patterns: one Aho-Corasick pass over the
    search form finds them (as for the stage cues). Without an automaton (a pattern whose start
    is not plain to see) every position is tried, as `finditer` does."""

    regex: re.Pattern[str]
    automaton: ahocorasick.Automaton | None
    #: whether some pattern starts with `\d`, which the keys spell with ASCII digits only
    digits: bool
    #: the pass that finds the automaton's keys, and the slot of this scan's hits
    key_pass: KeyPass | None = None
    slot: int = -1

    def finditer(self, folded: str, search: str) -> list[re.Match[str]]:
        """The matches `self.regex.finditer(folded)` gives; `search` is the search form of `folded`."""
        if self.automaton is None or self.key_pass is None or (self.digits and _has_other_digit(folded)):
            return list(self.regex.finditer(folded))
        if self.automaton.kind != ahocorasick.AHOCORASICK:
            return []  # an empty table
        starts = sorted({end - length + 1 for end, length in self.key_pass.hits(search, self.slot)})
        found: list[re.Match[str]] = []
        reached = 0
        for start in starts:
            if start >= reached:
                match = self.regex.match(folded, start)
                if match:
                    found.append(match)
                    reached = match.end()
        return found


def _word_start_scan(
    patterns: list[str], regex: re.Pattern[str] | None = None, key_pass: KeyPass | None = None
) -> WordStartScan:
    r"""A `WordStartScan` of `regex`, by default `phrase_alternation(patterns)`; its matches must start
    at a word start with one of `patterns`. Every pattern must start with a literal word or stem
    (leading optional words and `\d` opened up): then every match starts at a key, and matches
    are never empty. Its keys are found in `key_pass` (one of its own by default)."""
    regex = regex or phrase_alternation(patterns)
    automaton = _start_automaton(patterns)
    if automaton is None:
        return WordStartScan(regex, None, False)
    key_pass = key_pass or KeyPass()
    return WordStartScan(regex, automaton, any(r"\d" in p for p in patterns), key_pass, key_pass.register(automaton))


def _start_automaton(patterns: list[str]) -> ahocorasick.Automaton | None:
    """An automaton finding where `patterns` can start in " " + search form + " ", its values the
    keys' lengths; None when some pattern's start is not plain to see."""
    keys: set[str] = set()
    for pattern in patterns:
        spelled = _DIGIT_RUN.sub(lambda m: _DIGIT * int(m.group(1) or 1), pattern)
        starts = _literal_starts(spelled, deep=True, short_stems=True, full_stems=True)
        if not starts:
            return None
        keys.update(_search_key(kind, key) for kind, key in starts)
    automaton = ahocorasick.Automaton()
    for key in keys:
        automaton.add_word(key, len(key))
    automaton.make_automaton()
    return automaton


#: where a match of `WordBeforeScan.regex` may start in a run of word characters and hyphens
_RUN_WORD_START = re.compile(r"(?<!\w)[\w\-]")


@dataclass(frozen=True)
class WordBeforeScan:
    r"""`regex.finditer` for `(?<!\w)([\w\-]+) (?:nouns)(?!\w)`, a word and a table noun after it
    ("the German side"), trying the regex only before the nouns one Aho-Corasick pass finds,
    instead of at every word. A match's word is the whole run of word characters and hyphens
    before the noun's space (a shorter one would not reach the space), from its first position
    the look-behind lets a match start at."""

    regex: re.Pattern[str]
    #: finds where the nouns start (see `_start_automaton`)
    nouns: ahocorasick.Automaton
    #: the pass that finds the nouns, and the slot of this scan's hits
    key_pass: KeyPass
    slot: int

    def finditer(self, folded: str, search: str) -> list[re.Match[str]]:
        """The matches `self.regex.finditer(folded)` gives; `search` is the search form of `folded`."""
        if self.nouns.kind != ahocorasick.AHOCORASICK:
            return []  # no nouns
        spaces = sorted({end - length for end, length in self.key_pass.hits(search, self.slot)})
        found: list[re.Match[str]] = []
        reached = 0
        for space in spaces:  # the space before a noun
            if space <= reached or folded[space] != " ":
                continue
            run = space
            while run > reached and (folded[run - 1].isalnum() or folded[run - 1] in "_-"):
                run -= 1
            start = _RUN_WORD_START.search(folded, run, space)
            match = start and self.regex.match(folded, start.start())
            if match:
                found.append(match)
                reached = match.end()
        return found


@dataclass(frozen=True)
class CompiledTable:
    lang: str
    stage_cues: tuple[StageCue, ...]
    cue_index: CueIndex
    negation: re.Pattern[str]
    hedge: PhraseTest
    attribution: re.Pattern[str]
    role_noun: re.Pattern[str]
    #: the role nouns, pronouns and unnamed roles again, for finding every one in a text
    role_noun_scan: WordStartScan
    pronoun_scan: WordStartScan
    unnamed_role_scan: WordStartScan
    former: re.Pattern[str]
    club_reference: re.Pattern[str]
    opponent: re.Pattern[str]
    origin: re.Pattern[str]
    destination: re.Pattern[str]
    counterpart: re.Pattern[str]
    departure_to: re.Pattern[str]
    report_reference: re.Pattern[str]
    club_epithet: WordStartScan | WordBeforeScan
    club_descriptor: re.Pattern[str]
    pronoun: re.Pattern[str]
    possessive: re.Pattern[str]
    copula: re.Pattern[str]
    long_ago: re.Pattern[str]
    unnamed_role: re.Pattern[str]
    relative: re.Pattern[str]
    future: re.Pattern[str]
    modal: re.Pattern[str]
    conditions: tuple[tuple[str, re.Pattern[str]], ...]
    #: all conditions in one pattern: where it first matches, no condition matches earlier
    any_condition: re.Pattern[str]
    not_names: frozenset[str]
    city_prepositions: frozenset[str]
    place_prepositions: frozenset[str]
    loose_names: bool
    countries: frozenset[str]
    national_coach: re.Pattern[str]
    refusal: re.Pattern[str]
    club_possessive: re.Pattern[str]


_NEVER = re.compile(r"(?!x)x")


def _club_epithet(nouns: list[str], adjective_first: bool, key_pass: KeyPass) -> WordStartScan | WordBeforeScan:
    """A club noun and the word next to it (the candidate club adjective)."""
    if not nouns:
        return _word_start_scan([], key_pass=key_pass)
    if adjective_first:
        regex = re.compile(r"(?<!\w)([\w\-]+) (?:" + "|".join(nouns) + r")(?!\w)")
        automaton = _start_automaton(nouns)
        if automaton is None or any(r"\d" in noun for noun in nouns):
            return WordStartScan(regex, None, False)
        return WordBeforeScan(regex, automaton, key_pass, key_pass.register(automaton))
    return _word_start_scan(nouns, re.compile(r"(?<!\w)(?:" + "|".join(nouns) + r") ([\w\-]+)"), key_pass)


def phrase_alternation(patterns: list[str]) -> re.Pattern[str]:
    """Any of `patterns` as whole words.

    Written plainly, "(?<!\\w)(?:p1|p2|...)", the regex engine must try the pattern at every
    position of a text. Where every branch can be opened into alternatives that start with a plain
    character (`_literal_first`), they are grouped by that character and the word-start test moves
    behind it ("c(?<!\\w.)(?:ontratto|essione)|..."): the engine then skips to the positions holding
    one of those characters. The first alternative that matches wins in both forms."""
    if not patterns:
        return _NEVER
    branches = [branch for pattern in patterns for branch in _branches(pattern)]
    opened = [_literal_first(branch) for branch in branches]
    by_first: dict[str, list[str]] = {}
    for alternatives in opened:
        for alternative in alternatives or ():
            by_first.setdefault(alternative[0], []).append(alternative[1:])
    if any(alternatives is None for alternatives in opened) or len(by_first) > _MAX_FIRST_CHARACTERS:
        return re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in patterns) + ")" + _WORD_END)
    # alternatives starting differently never match at the same position: grouping keeps the order
    grouped = "|".join(rf"{re.escape(first)}(?<!\w.)(?:{'|'.join(rests)})" for first, rests in by_first.items())
    return re.compile(f"(?:{grouped}){_WORD_END}")


#: with more first characters than this, most positions of a text hold one of them and the plain
#: form, which rejects a position inside a word at once, is faster (measured on the bench corpus)
_MAX_FIRST_CHARACTERS = 8
@dataclass(frozen=True)
class PhraseTest:
    """Whether a text holds any of a table's phrases as whole words. Phrases that match whole words
    from their first letter are one fast alternation (`phrase_alternation`); those that end a
    word of any stem ("\\w+rebbe", a conditional mood) need the engine to try every word, so
    that second alternation is tried only when the text holds the letters they end in."""

    words: re.Pattern[str]
    endings: re.Pattern[str]
    #: letters every match of `endings` holds one of ("rebbe")
    ending_letters: tuple[str, ...]

    def found_in(self, text: str) -> bool:
        if self.words.search(text):
            return True
        return any(letters in text for letters in self.ending_letters) and self.endings.search(text) is not None


#: a word ending's stem, then look-behinds on it: `\w+`, `\w{2,}(?<!necess)`
_ANY_STEM = re.compile(r"\\w(?:\+|\{\d+,\})(?:\(\?<[=!][^()]*\))*")


def phrase_test(patterns: list[str]) -> PhraseTest:
    """`PhraseTest` of `patterns`: whole words first, word endings ("\\w+rebbe") after."""
    words: list[str] = []
    endings: list[str] = []
    ending_letters: list[str] = []
    for pattern in patterns:
        for branch in _branches(pattern):
            stem = _ANY_STEM.match(branch)
            opened = _literal_first(branch[stem.end() :]) if stem else None
            letters = [_LITERAL.match(ending) for ending in opened or ()]
            if not letters or not all(letters):
                words.append(branch)
                continue
            endings.append(branch)
            ending_letters += [m.group(0) for m in letters if m]
    return PhraseTest(phrase_alternation(words), phrase_alternation(endings), tuple(dict.fromkeys(ending_letters)))


_REGEX_SYNTAX = frozenset("\\()[].^$|?*+{}\n")
_QUANTIFIERS = ("?", "*", "+", "{")


def _literal_first(branch: str, depth: int = 0) -> list[str] | None:
    """`branch` as alternatives that each start with a plain character, in the order the regex
    engine tries them: a leading group opened ("(?:a|b)c" is "ac|bc"; optional, "(?:a )?b" is
    "a b|b"), a leading class or digit spelled out ("[oa]x" is "ox|ax"). None when it cannot be
    opened so ("\\w+rebbe")."""
    first, rest = branch[:1], branch[1:]
    if first and first not in _REGEX_SYNTAX and rest[:1] not in _QUANTIFIERS:
        return [branch]
    if branch.startswith("\\d") and branch[2:3] not in _QUANTIFIERS:
        return [digit + branch[2:] for digit in "0123456789"]
    if first == "[":
        close = branch.find("]")
        letters, rest = branch[1:close], branch[close + 1 :]
        if close < 2 or any(ch in letters for ch in "^-\\[") or rest[:1] in _QUANTIFIERS:
            return None
        return [letter + rest for letter in dict.fromkeys(letters)]
    if branch.startswith("(?:") and depth < 3:
        close = _group_end(branch)
        inner, rest = branch[3:close], branch[close + 1 :]
        alternatives = _branches(inner)
        if rest[:1] == "?" and rest[1:2] != "?":
            rest = rest[1:]
            alternatives.append("")  # a greedy optional group: first with it, then without
        elif rest[:1] in _QUANTIFIERS:
            return None
        opened: list[str] = []
        for alternative in alternatives:
            sub = _literal_first(alternative + rest, depth + 1)
            if sub is None:
                return None
            opened += sub
        return opened
    return None


def compile_table(table: LanguageTable) -> CompiledTable:
    cues: list[StageCue] = []
    for key, patterns in table.stages.items():
        type_name, stage_name = key.split(":")
        for pattern in patterns:
            side = {">": "after", "<": "before"}.get(pattern[:1], "near")
            source = pattern[1:] if side != "near" else pattern
            cues.append(StageCue(ClaimType(type_name), Stage(stage_name), side, source))
    key_pass = KeyPass()  # the cue index and the word-start scans find their keys in one pass
    return CompiledTable(
        lang=table.lang,
        stage_cues=tuple(cues),
        cue_index=_cue_index(cues, key_pass),
        negation=phrase_alternation(table.negations),
        hedge=phrase_test(table.hedges),
        attribution=phrase_alternation(table.attributions),
        role_noun=phrase_alternation(table.role_nouns),
        role_noun_scan=_word_start_scan(table.role_nouns, key_pass=key_pass),
        pronoun_scan=_word_start_scan(table.pronouns, key_pass=key_pass),
        unnamed_role_scan=_word_start_scan(table.unnamed_roles, key_pass=key_pass),
        former=phrase_alternation(table.former_markers),
        club_reference=phrase_alternation(table.club_references),
        opponent=phrase_alternation(table.opponent_markers),
        origin=phrase_alternation(table.origin_markers),
        destination=phrase_alternation(table.destination_markers),
        counterpart=phrase_alternation(table.counterpart_markers),
        report_reference=phrase_alternation(table.report_references),
        departure_to=re.compile(r"^\s*(?:" + "|".join(table.departure_to) + r")\s*$") if table.departure_to else _NEVER,
        club_epithet=_club_epithet(table.club_nouns, table.adjective_first, key_pass),
        club_descriptor=phrase_alternation(table.club_descriptors),
        pronoun=phrase_alternation(table.pronouns),
        possessive=phrase_alternation(table.possessives),
        copula=phrase_alternation(table.copulas),
        long_ago=phrase_alternation(table.long_ago),
        unnamed_role=phrase_alternation(table.unnamed_roles),
        relative=re.compile(r"\s*(?:" + "|".join(table.relatives) + r")(?!\w)") if table.relatives else _NEVER,
        future=phrase_alternation(table.future_markers),
        modal=phrase_alternation(table.modal_markers),
        conditions=tuple((text, phrase_alternation(pats)) for text, pats in table.conditions.items()),
        any_condition=phrase_alternation([p for pats in table.conditions.values() for p in pats]),
        not_names=frozenset(w.casefold() for w in (*table.not_names, *NEVER_NAMES)),
        city_prepositions=frozenset(table.city_prepositions),
        place_prepositions=frozenset(table.place_prepositions),
        loose_names=table.loose_names,
        countries=frozenset(table.countries),
        national_coach=phrase_alternation(table.national_coach),
        refusal=phrase_alternation(table.refusals),
        club_possessive=phrase_alternation(table.club_possessives),
    )


def ends_with(window: str, pattern: re.Pattern[str]) -> bool:
    """Does `pattern` match the last words of `window` (trailing spaces aside)?"""
    return any(m.end() >= len(window.rstrip()) for m in pattern.finditer(window))


@cache
def table_for(lang: str) -> CompiledTable:
    """The compiled table for `lang`; unknown languages fall back to English."""
    try:
        module = import_module(f"mercato.extract.lang.{lang}")
    except ModuleNotFoundError:
        module = import_module("mercato.extract.lang.en")
    return compile_table(module.TABLE)
