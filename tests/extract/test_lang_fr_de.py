"""French and German cue tables, end to end: short made-up sentences about real coaches and clubs."""

import pytest

from mercato.extract import extract
from mercato.kb import load_kb
from mercato.model import Article


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def _claims(kb, lang: str, text: str) -> set[tuple[str, str, str, str]]:
    result = extract(Article(id="t", text=text, lang=lang), kb)
    return {(c.subject, c.type.value, c.club, c.stage.value) for c in result.claims}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le FC Nantes a limogé Antoine Kombouaré ce lundi.",
         ("Antoine Kombouaré", "departure", "Nantes", "official")),
        ("Selon la presse, l'Olympique de Marseille a trouvé un accord de principe avec Roberto De Zerbi.",
         ("Roberto De Zerbi", "move", "Olympique de Marseille", "agreement")),
        ("Christophe Galtier est sur la sellette au PSG.",
         ("Christophe Galtier", "departure", "Paris Saint-Germain", "risk")),
        ("Paulo Fonseca s'engage avec l'Olympique Lyonnais jusqu'en 2027.",
         ("Paulo Fonseca", "move", "Olympique Lyonnais", "official")),
        ("Luis Enrique a prolongé son contrat avec le Paris Saint-Germain.",
         ("Luis Enrique", "stay", "Paris Saint-Germain", "official")),
        ("Thiago Motta est une piste sérieuse pour le Paris Saint-Germain.",
         ("Thiago Motta", "move", "Paris Saint-Germain", "speculation")),
        ("Zinedine Zidane a refusé l'offre du Bayern Munich.",
         ("Zinedine Zidane", "move", "Bayern Munich", "off")),
        # an epithet in the next sentence stands for the coach just named
        ("Le LOSC a remercié Paulo Fonseca lundi. Le technicien portugais devrait rejoindre l'AC Milan.",
         ("Paulo Fonseca", "move", "AC Milan", "speculation")),
    ],
)
def test_french_claims(kb, text, expected):
    assert expected in _claims(kb, "fr", text)


def test_french_recruit_from_club_is_origin_not_destination(kb):
    claims = _claims(kb, "fr", "Le Paris Saint-Germain a recruté Khvicha Kvaratskhelia en provenance de Naples.")
    assert ("Khvicha Kvaratskhelia", "move", "Paris Saint-Germain", "official") in claims
    assert not any(c[1] == "move" and c[2] == "SSC Napoli" for c in claims)


def test_french_negated_sacking_is_no_claim(kb):
    assert _claims(kb, "fr", "Roberto De Zerbi n'a pas été limogé par l'Olympique de Marseille.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der FC Bayern München hat Thomas Tuchel freigestellt.",
         ("Thomas Tuchel", "departure", "Bayern Munich", "official")),
        ("Borussia Dortmund trennt sich von Edin Terzic.",
         ("Edin Terzić", "departure", "Borussia Dortmund", "official")),
        ("Laut Bild soll Xabi Alonso beim FC Bayern München ein Kandidat sein.",
         ("Xabi Alonso", "move", "Bayern Munich", "speculation")),
        ("Der VfB Stuttgart hat den Vertrag mit Sebastian Hoeneß verlängert.",
         ("Sebastian Hoeneß", "stay", "VfB Stuttgart", "official")),
        ("Vincent Kompany unterschreibt beim FC Bayern München einen Vertrag bis 2027.",
         ("Vincent Kompany", "move", "Bayern Munich", "official")),
        ("Julian Nagelsmann ist sich mit dem FC Bayern München einig.",
         ("Julian Nagelsmann", "move", "Bayern Munich", "agreement")),
        ("Der Stuhl von Niko Kovač beim VfL Wolfsburg wackelt.",
         ("Niko Kovač", "departure", "VfL Wolfsburg", "risk")),
        ("Oliver Glasner sagt dem FC Bayern München ab.",
         ("Oliver Glasner", "move", "Bayern Munich", "off")),
        # "wurde" is folded "würde" too: it must not make a sacking hypothetical
        ("Niko Kovač wurde beim VfL Wolfsburg entlassen.",
         ("Niko Kovač", "departure", "VfL Wolfsburg", "official")),
        # "der 53-Jährige" stands for the coach named before
        ("Der VfL Wolfsburg hat Niko Kovač am Sonntag entlassen. Der 53-Jährige wird neuer Trainer beim FC Schalke 04.",
         ("Niko Kovač", "move", "Schalke 04", "agreement")),
    ],
)
def test_german_claims(kb, text, expected):
    assert expected in _claims(kb, "de", text)


def test_german_successor_gives_both_move_and_departure(kb):
    claims = _claims(kb, "de", "Hansi Flick wird Nachfolger von Xavi beim FC Barcelona.")
    assert ("Hansi Flick", "move", "Barcelona", "agreement") in claims
    assert ("Xavi Hernández", "departure", "Barcelona", "official") in claims


def test_german_origin_club_is_not_a_destination(kb):
    claims = _claims(kb, "de", "Der FC Bayern München holt Vincent Kompany vom FC Burnley.")
    assert ("Vincent Kompany", "move", "Bayern Munich", "official") in claims
    assert not any(c[1] == "move" and c[2] == "Burnley" for c in claims)


def test_german_negated_sacking_is_no_claim(kb):
    assert _claims(kb, "de", "Eintracht Frankfurt hat Dino Toppmöller nicht entlassen.") == set()


def test_german_generic_plural_trainer_is_not_an_epithet(kb):
    text = ("Borussia Dortmund hat Nuri Şahin entlassen. "
            "In der Bundesliga mussten in dieser Saison schon sechs Trainer gehen.")
    claims = _claims(kb, "de", text)
    assert claims == {("Nuri Şahin", "departure", "Borussia Dortmund", "official")}
