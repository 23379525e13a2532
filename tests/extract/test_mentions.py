"""Finding clubs, people and outlets in text: aliases, nicknames, context and new names."""

import pytest

from mercato.extract import extract
from mercato.kb import load_kb
from mercato.model import Article, EntityKind


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def _mentions(kb, text: str, lang: str = "it") -> list[tuple[str, str]]:
    result = extract(Article(id="t", text=text, lang=lang), kb)
    names = {**{c: kb.clubs[c].name for c in kb.clubs}}
    out = []
    for m in result.mentions:
        if m.kind == EntityKind.CLUB:
            out.append(("club", names[m.entity_id]))
        elif m.kind == EntityKind.OUTLET:
            out.append(("outlet", kb.outlets[m.entity_id].name))
        else:
            person = kb.people.get(m.entity_id)
            out.append(("person", person.name if person else m.entity_id))
    return out


def test_nicknames_resolve_to_their_club(kb):
    found = _mentions(kb, "Gli Hammers e i bianconeri si sfidano per lo stesso obiettivo.")
    assert ("club", "West Ham United") in found
    assert ("club", "Juventus") in found


def test_roma_is_the_club_with_an_article_and_the_city_without(kb):
    assert ("club", "AS Roma") in _mentions(kb, "Il tecnico piace alla Roma da tempo.")
    assert ("club", "AS Roma") not in _mentions(kb, "Il tecnico è arrivato ieri sera a Roma in treno.")


def test_a_city_preposition_before_a_list_of_clubs_heads_a_club(kb):
    assert ("club", "SSC Napoli") in _mentions(kb, "L'ex tecnico di Napoli, Chelsea e Juventus è libero.")
    assert ("club", "AS Roma") in _mentions(kb, "Il difensore piace a Roma e Juventus.")
    # a list of cities: its next name is no club
    assert ("club", "AS Roma") not in _mentions(kb, "Il tour passa a Roma, Milano e Firenze.")
    assert ("club", "AS Roma") not in _mentions(kb, "Il tecnico vive a Roma, dove allena il Lecce.")


def test_surname_resolves_to_the_full_name_used_earlier(kb):
    found = _mentions(kb, "Massimiliano Allegri è libero. Allegri aspetta la chiamata giusta.")
    assert found.count(("person", "Massimiliano Allegri")) == 2


def test_unknown_name_after_a_role_noun_becomes_a_new_person(kb):
    result = extract(Article(id="t", text="Il club ha scelto il tecnico Aurelio Bianchetti per la panchina.", lang="it"), kb)
    new = [m for m in result.mentions if m.kind == EntityKind.PERSON and m.entity_id.startswith("new:")]
    assert [m.text for m in new] == ["Aurelio Bianchetti"]


def test_misspelt_name_resolves_to_the_known_person(kb):
    found = _mentions(kb, "Arsenal are closing in on Viktor Gyokeres, who scored again.", lang="en")
    assert ("person", "Viktor Gyökeres") in found


def test_outlets_and_journalists_are_found(kb):
    found = _mentions(kb, "Secondo Calciomercato.it e Fabrizio Romano, la trattativa è avviata.")
    assert ("outlet", "Calciomercato.it") in found
    assert ("outlet", "Fabrizio Romano") in found


def test_short_acronyms_need_their_exact_case(kb):
    found = _mentions(kb, "Ad oggi, però, nessuno ha parlato.")
    assert not [m for m in found if m[0] == "outlet"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Liverpool want Florian Wirtz from Bayer Leverkusen, but the German side will not sell."),
        ("it", "Il Liverpool vuole Florian Wirtz del Bayer Leverkusen, ma il club tedesco non vende."),
    ],
)
def test_a_country_adjective_names_the_club_of_that_country_named_before(kb, lang, text):
    clubs = [name for kind, name in _mentions(kb, text, lang) if kind == "club"]
    assert clubs == ["Liverpool", "Bayer Leverkusen", "Bayer Leverkusen"]


def test_outlet_web_addresses_match_in_lower_case(kb):
    assert ("outlet", "Sportmediaset") in _mentions(kb, "Secondo sportmediaset.it la trattativa è avanzata.")


def test_an_outlet_short_name_is_found_without_its_article(kb):
    assert ("outlet", "The Guardian") in _mentions(kb, "A lanciare la notizia è il Guardian.")


def test_a_mention_is_a_value():
    """`Mention` is a plain class for speed, but behaves as the frozen dataclass it replaced: equal
    and hashed by value, shown by its fields, and (compiled) its fields cannot be reassigned."""
    from mercato.extract.compiled import compiled_modules
    from mercato.model import EntityKind, Mention

    a = Mention(3, 7, EntityKind.CLUB, "it:as-roma", "Roma")
    b = Mention(3, 7, EntityKind.CLUB, "it:as-roma", "Roma")
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert a != Mention(3, 7, EntityKind.CLUB, "it:lazio", "Roma")
    assert repr(a) == "Mention(start=3, end=7, kind=<EntityKind.CLUB: 'club'>, entity_id='it:as-roma', text='Roma')"
    if "mercato.model" in compiled_modules():
        with pytest.raises(AttributeError):
            a.start = 4  # type: ignore[misc]
