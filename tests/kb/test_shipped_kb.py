"""The shipped knowledge base: coverage, alias curation rules, attributes."""

from __future__ import annotations

from collections import Counter

import pytest

from mercato.kb import ALIAS_TYPES, KnowledgeBase, load_kb
from mercato.model import EntityKind


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def ids_for(kb: KnowledgeBase, surface: str, lang: str | None = None) -> list[str]:
    """Entity ids for an exact surface, best club first (the ranking the extractor uses)."""
    hits = [a for a in kb.aliases if a.surface == surface and (lang is None or a.lang in (None, lang))]
    ranked = sorted(hits, key=lambda a: -kb.club_prominence.get(a.entity_id, 0))
    return list(dict.fromkeys(a.entity_id for a in ranked))


def test_sizes(kb: KnowledgeBase) -> None:
    assert len(kb.clubs) > 1500
    assert len(kb.people) > 1500
    roles = Counter(p.role for p in kb.people.values())
    assert roles["coach"] >= 250 and roles["player"] >= 1000
    assert roles["director"] + roles["president"] + roles["owner"] >= 50
    assert len(kb.outlets) >= 150
    assert sum(o.kind == "journalist" for o in kb.outlets.values()) >= 50
    assert sum(c.national_team for c in kb.clubs.values()) >= 60


def test_alias_integrity(kb: KnowledgeBase) -> None:
    tables = {EntityKind.CLUB: kb.clubs, EntityKind.PERSON: kb.people, EntityKind.OUTLET: kb.outlets}
    for alias in kb.aliases:
        assert alias.alias_type in ALIAS_TYPES
        assert alias.entity_id in tables[alias.kind], alias
        assert alias.lang in (None, "it", "en", "es", "fr", "de", "pt"), alias
    for person in kb.people.values():
        assert all(club in kb.clubs for club in person.clubs), person


@pytest.mark.parametrize(
    ("league", "size"),
    [
        ("en.1", 20),
        ("it.1", 20),
        ("es.1", 20),
        ("de.1", 18),
        ("fr.1", 18),
        ("pt.1", 18),
        ("nl.1", 18),
        ("tr.1", 18),
        ("sco.1", 12),
        ("be.1", 16),
        ("sa.1", 18),
        ("br.1", 20),
        ("ar.1", 30),
        ("mls", 30),
        ("en.2", 24),
        ("it.2", 20),
        ("es.2", 22),
        ("de.2", 18),
        ("fr.2", 18),
    ],
)
def test_league_coverage(kb: KnowledgeBase, league: str, size: int) -> None:
    clubs = [c for c in kb.clubs.values() if c.league == league]
    assert len(clubs) == size
    expected = (
        100
        if league in {"en.1", "it.1", "es.1", "de.1", "fr.1"}
        else 80
        if "." not in league or league.endswith(".1")
        else 60
    )
    assert all(kb.club_prominence[c.id] == expected for c in clubs), league


@pytest.mark.parametrize(
    ("club_id", "name"),
    [
        ("eng:west-ham-united-fc", "West Ham United"),
        ("it:as-roma", "AS Roma"),
        ("it:ac-milan", "AC Milan"),
        ("it:fc-internazionale-milano", "Inter Milan"),
        ("it:juventus", "Juventus"),
        ("it:ss-lazio", "SS Lazio"),
        ("pt:sl-benfica", "SL Benfica"),
        ("de:bayern-munchen", "Bayern Munich"),
        ("eng:chelsea-fc", "Chelsea"),
        ("es:atletico-madrid", "Atlético Madrid"),
        ("de:1-fc-koln", "1. FC Köln"),
        ("sa:al-nassr", "Al-Nassr"),
        ("fr:paris-saint-germain", "Paris Saint-Germain"),
        ("es:athletic-club-bilbao", "Athletic Bilbao"),
    ],
)
def test_canonical_names(kb: KnowledgeBase, club_id: str, name: str) -> None:
    assert kb.clubs[club_id].name == name


@pytest.mark.parametrize(
    ("surface", "lang", "club_id"),
    [
        ("bianconeri", "it", "it:juventus"),
        ("Vecchia Signora", "it", "it:juventus"),
        ("rossoneri", "it", "it:ac-milan"),
        ("Diavolo", "it", "it:ac-milan"),
        ("giallorossi", "it", "it:as-roma"),
        ("nerazzurri", "it", "it:fc-internazionale-milano"),
        ("biancocelesti", "it", "it:ss-lazio"),
        ("partenopei", "it", "it:ssc-napoli"),
        ("Dea", "it", "it:atalanta-bergamo"),
        ("Hammers", "en", "eng:west-ham-united-fc"),
        ("Irons", "en", "eng:west-ham-united-fc"),
        ("Gunners", "en", "eng:arsenal-fc"),
        ("Toffees", "en", "eng:everton-fc"),
        ("Magpies", "en", "eng:newcastle-united-fc"),
        ("Red Devils", "en", "eng:manchester-united-fc"),
        ("Cottagers", "en", "eng:fulham-fc"),
        ("Los Blancos", "es", "es:real-madrid"),
        ("Merengues", "es", "es:real-madrid"),
        ("culés", "es", "es:fc-barcelona"),
        ("colchoneros", "es", "es:atletico-madrid"),
        ("Gones", "fr", "fr:olympique-lyonnais"),
        ("Phocéens", "fr", "fr:olympique-de-marseille"),
        ("Dogues", "fr", "fr:lille-osc"),
        ("Canaris", "fr", "fr:fc-nantes"),
        ("Werkself", "de", "de:bayer-04-leverkusen"),
        ("Königsblauen", "de", "de:fc-schalke-04"),
        ("Rekordmeister", "de", "de:bayern-munchen"),
        ("Schwarzgelben", "de", "de:borussia-dortmund"),
        ("Dragões", "pt", "pt:fc-porto"),
        ("Leões", "pt", "pt:sporting-cp"),
        ("Encarnados", "pt", "pt:sl-benfica"),
        ("Azzurri", "it", "nt:italy"),
        ("Three Lions", "en", "nt:england"),
        ("Seleção", "pt", "nt:brazil"),
        ("Albiceleste", "es", "nt:argentina"),
        ("les Bleus", "fr", "nt:france"),
        ("La Roja", "es", "nt:spain"),
        ("Oranje", "en", "nt:netherlands"),
        ("DFB-Elf", "de", "nt:germany"),
    ],
)
def test_nicknames(kb: KnowledgeBase, surface: str, lang: str, club_id: str) -> None:
    assert ids_for(kb, surface, lang)[:1] == [club_id]


def test_azzurri_is_not_napoli(kb: KnowledgeBase) -> None:
    assert "it:ssc-napoli" not in ids_for(kb, "azzurri") + ids_for(kb, "Azzurri")


def test_country_names_are_typed_country(kb: KnowledgeBase) -> None:
    for surface in ("Italia", "Inghilterra", "Deutschland", "España", "Brasil"):
        types = {a.alias_type for a in kb.aliases if a.surface == surface and a.entity_id.startswith("nt:")}
        assert types == {"country"}, surface


def test_prominence_ranking(kb: KnowledgeBase) -> None:
    assert ids_for(kb, "Juventus")[0] == "it:juventus"
    assert ids_for(kb, "Inter")[0] == "it:fc-internazionale-milano"
    assert ids_for(kb, "United")[0] == "eng:manchester-united-fc"
    assert ids_for(kb, "Real")[0] == "es:real-madrid"
    assert kb.club_prominence["nt:italy"] == 90
    assert kb.club_prominence["it:ac-monza"] == 60


def test_short_forms_are_typed_short(kb: KnowledgeBase) -> None:
    for surface, club in [
        ("Inter", "it:fc-internazionale-milano"),
        ("Roma", "it:as-roma"),
        ("Milan", "it:ac-milan"),
        ("City", "eng:manchester-city-fc"),
        ("Real", "es:real-madrid"),
    ]:
        types = {a.alias_type for a in kb.aliases if a.surface == surface and a.entity_id == club}
        assert types == {"short"}, surface


def test_no_junk_aliases(kb: KnowledgeBase) -> None:
    surfaces = {a.surface for a in kb.aliases if a.kind is EntityKind.CLUB}
    for junk in ("Union", "Sport", "Club", "Español", "Athletic"):
        assert junk not in surfaces or all(
            a.alias_type == "short" for a in kb.aliases if a.surface == junk and a.kind is EntityKind.CLUB
        ), junk
    too_short = {a.surface for a in kb.aliases if len(a.surface) < 3 and a.kind is EntityKind.CLUB}
    assert too_short <= {"OM", "OL", "AZ", "RB"}
    assert ids_for(kb, "Juventus") == ["it:juventus"]


def test_people(kb: KnowledgeBase) -> None:
    allegri = kb.people["massimiliano-allegri"]
    assert (allegri.role, allegri.nationality, allegri.birthplace) == ("coach", "Italy", "Livorno")
    assert kb.region_of["massimiliano-allegri"] == "Tuscany"
    assert "it:juventus" in allegri.clubs
    assert kb.people["julen-lopetegui"].birthplace == "Asteasu"
    assert kb.region_of["julen-lopetegui"] == "Basque Country"
    assert kb.people["ivan-juric"].name == "Ivan Jurić"
    assert kb.people["sergio-conceicao"].name == "Sérgio Conceição"


@pytest.mark.parametrize(
    ("surface", "person"),
    [
        ("Allegri", "massimiliano-allegri"),
        ("Max Allegri", "massimiliano-allegri"),
        ("De Zerbi", "roberto-de-zerbi"),
        ("ten Hag", "erik-ten-hag"),
        ("Ten Hag", "erik-ten-hag"),
        ("van Nistelrooy", "ruud-van-nistelrooy"),
        ("Special One", "jose-mourinho"),
        ("Cholo", "diego-simeone"),
        ("Pep", "pep-guardiola"),
        ("Juric", "ivan-juric"),
        ("Marcelino", "marcelino-garcia-toral"),
        ("García", "marcelino-garcia-toral"),
    ],
)
def test_person_aliases(kb: KnowledgeBase, surface: str, person: str) -> None:
    assert person in ids_for(kb, surface)


def test_surname_not_generated_for_compound_given_name(kb: KnowledgeBase) -> None:
    assert "luis-enrique" not in ids_for(kb, "Enrique")


def test_euro_squad_players(kb: KnowledgeBase) -> None:
    bellingham = kb.people["jude-bellingham"]
    assert bellingham.role == "player" and bellingham.nationality == "England"
    assert "es:real-madrid" in bellingham.clubs


def test_outlets(kb: KnowledgeBase) -> None:
    assert kb.outlets["calciomercato-it"].name == "Calciomercato.it"
    assert kb.outlets["fabrizio-romano"].kind == "journalist"
    assert kb.employer_of["gianluca-di-marzio"] == "sky-sport-italia"
    assert "gazzetta-dello-sport" in ids_for(kb, "Rosea")
    assert "the-guardian" in ids_for(kb, "Guardian")
    assert {a.alias_type for a in kb.aliases if a.surface == "Sky" and a.kind is EntityKind.OUTLET} == {"short"}


def test_outlet_by_domain(kb: KnowledgeBase) -> None:
    assert kb.outlet_by_domain("https://www.gazzetta.it/Calcio/Serie-A/x.shtml").id == "gazzetta-dello-sport"  # type: ignore[union-attr]
    assert kb.outlet_by_domain("m.calciomercato.it").id == "calciomercato-it"  # type: ignore[union-attr]
    assert kb.outlet_by_domain("www.lequipe.fr").name == "L'Équipe"  # type: ignore[union-attr]
    assert kb.outlet_by_domain("example.org") is None


@pytest.mark.parametrize(
    ("word", "attribute"),
    [
        ("livornese", ("birthplace", "Livorno")),
        ("toscano", ("region", "Tuscany")),
        ("spaniard", ("nationality", "Spain")),
        ("portoghese", ("nationality", "Portugal")),
        ("croato", ("nationality", "Croatia")),
        ("tedeschi", ("nationality", "Germany")),
        ("basco", ("region", "Basque Country")),
        ("vasco", ("region", "Basque Country")),
        ("portugués", ("nationality", "Portugal")),
        ("alemán", ("nationality", "Germany")),
        ("portugaise", ("nationality", "Portugal")),
        ("allemand", ("nationality", "Germany")),
        ("niederländer", ("nationality", "Netherlands")),
        ("spanier", ("nationality", "Spain")),
        ("espanhol", ("nationality", "Spain")),
        ("argentinian", ("nationality", "Argentina")),
        ("dutchman", ("nationality", "Netherlands")),
        ("madrileño", ("birthplace", "Madrid")),
        ("lisboeta", ("birthplace", "Lisbon")),
        ("marseillais", ("birthplace", "Marseille")),
    ],
)
def test_demonyms(kb: KnowledgeBase, word: str, attribute: tuple[str, str]) -> None:
    assert attribute in kb.demonyms[word]


@pytest.mark.parametrize(
    ("word", "club"),
    [
        ("bianconero", "it:juventus"),
        ("bianconera", "it:juventus"),
        ("rossoneri", "it:ac-milan"),
        ("nerazzurro", "it:fc-internazionale-milano"),
        ("giallorosso", "it:as-roma"),
        ("biancoceleste", "it:ss-lazio"),
        ("viola", "it:acf-fiorentina"),
        ("granata", "it:torino-fc"),
        ("blaugrana", "es:fc-barcelona"),
        ("merengue", "es:real-madrid"),
        ("colchonero", "es:atletico-madrid"),
    ],
)
def test_club_adjectives(kb: KnowledgeBase, word: str, club: str) -> None:
    assert kb.club_adjectives[word] == club
