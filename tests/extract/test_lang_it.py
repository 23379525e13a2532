"""Italian cue table: idioms of the transfer market, in short sentences written for these tests."""

from __future__ import annotations

import pytest

from mercato.extract import extract
from mercato.kb import load_kb
from mercato.model import Article


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def _claims(kb, text: str) -> set[tuple[str, str, str, str]]:
    result = extract(Article(id="t", lang="it", text=text, published="2025-06"), kb)
    return {(c.subject, c.type.value, c.club, c.stage.value) for c in result.claims}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "tornare alla carica": a renewed push, not a return to a club
        ("Il Milan è tornato alla carica per Dusan Vlahovic.", ("Dušan Vlahović", "move", "AC Milan", "negotiation")),
        ("Il Napoli mette sul piatto 40 milioni per Dusan Vlahovic.", ("Dušan Vlahović", "move", "SSC Napoli", "negotiation")),
        # announcing one's farewell is a departure, not an appointment
        ("Claudio Ranieri aveva annunciato a giugno l'addio al Cagliari.", ("Claudio Ranieri", "departure", "Cagliari", "official")),
        ("Igor Tudor resterà almeno fino a giugno alla Juventus.", ("Igor Tudor", "stay", "Juventus", "official")),
        ("Sarà Igor Tudor a guidare i bianconeri della Juventus.", ("Igor Tudor", "move", "Juventus", "agreement")),
        ("Per Igor Tudor è scattato il rinnovo automatico con la Juventus.", ("Igor Tudor", "stay", "Juventus", "official")),
        ("Maurizio Sarri lasciò la Lazio dopo la contestazione dei tifosi.", ("Maurizio Sarri", "departure", "SS Lazio", "official")),
    ],
)
def test_it_idioms(kb, text, expected):
    assert expected in _claims(kb, text)


def test_it_si_tratta_di_is_no_negotiation(kb):
    claims = _claims(kb, "Il nome caldo per la panchina della Roma? Si tratta di Claudio Ranieri.")
    assert not any(c[3] == "negotiation" for c in claims)


def test_it_announced_farewell_is_no_appointment(kb):
    claims = _claims(kb, "Claudio Ranieri ha annunciato l'addio al Cagliari.")
    assert ("Claudio Ranieri", "move", "Cagliari", "official") not in claims


def test_it_a_deal_at_risk_is_no_coach_at_risk(kb):
    claims = _claims(kb, "Il rinnovo di Dusan Vlahovic con la Juventus rischia di sfumare.")
    assert not any(c[1] == "departure" for c in claims)


def test_it_club_requesting_a_player_is_not_the_one_he_leaves(kb):
    claims = _claims(kb, "Randal Kolo Muani, richiesto dalla Juventus, è in uscita dal Paris Saint-Germain.")
    assert ("Randal Kolo Muani", "departure", "Juventus", "risk") not in claims
    assert ("Randal Kolo Muani", "departure", "Paris Saint-Germain", "risk") in claims


def test_it_relative_pronoun_is_no_club_epithet(kb):
    result = extract(Article(id="t", lang="it", text="Il club che ha scelto Claudio Ranieri è la Roma."), kb)
    assert all(m.entity_id != "es:valencia-cf" for m in result.mentions)


def test_it_fans_protest_ends_no_move(kb):
    claims = _claims(kb, "Maurizio Sarri lasciò la Lazio dopo la contestazione dei tifosi.")
    assert not any(c[1] == "move" and c[3] == "off" for c in claims)


def test_it_list_items_with_what_they_were_share_the_cue(kb):
    claims = _claims(
        kb, "La Roma ha sondato l'ex ct Roberto Mancini, l'ex Fiorentina Paulo Sousa e Frank Lampard."
    )
    assert {("Roberto Mancini", "move", "AS Roma", "contact"), ("Frank Lampard", "move", "AS Roma", "contact")} <= claims
    assert ("Paulo Sousa", "move", "AS Roma", "contact") in claims


def test_it_an_added_list_item_shares_the_cue(kb):
    claims = _claims(kb, "La Lazio ha sondato Roberto Mancini, ma anche Paulo Sousa.")
    assert ("Paulo Sousa", "move", "SS Lazio", "contact") in claims
    claims = _claims(kb, "La Lazio ha sondato Roberto Mancini, oltre a Paulo Sousa.")
    assert ("Paulo Sousa", "move", "SS Lazio", "contact") in claims


def test_it_a_role_phrase_before_a_name_is_that_name_not_an_earlier_one(kb):
    text = "Claudio Ranieri è libero. La Roma ha sondato l'ex allenatore e centrocampista del Chelsea, Frank Lampard."
    claims = _claims(kb, text)
    assert ("Frank Lampard", "move", "AS Roma", "contact") in claims
    assert not any(c[0] == "Claudio Ranieri" for c in claims)
    # a role phrase doing something of its own still stands for the one named before
    claims = _claims(kb, "Claudio Ranieri è libero. Il tecnico ha firmato con la Roma e Frank Lampard resta al Chelsea.")
    assert ("Claudio Ranieri", "move", "AS Roma", "official") in claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # asking to talk to other clubs: on the way out
        ("Gian Piero Gasperini ha chiesto all'Atalanta di poter trattare con altre squadre.", ("Gian Piero Gasperini", "departure", "Atalanta", "risk")),
        ("Dusan Vlahovic è fuori dal progetto della Juventus.", ("Dušan Vlahović", "departure", "Juventus", "risk")),
        ("Dusan Vlahovic se ne va dalla Juventus.", ("Dušan Vlahović", "departure", "Juventus", "official")),
        ("Il Napoli ci prova per Dusan Vlahovic.", ("Dušan Vlahović", "move", "SSC Napoli", "speculation")),
        ("Dusan Vlahovic è sul taccuino del Napoli.", ("Dušan Vlahović", "move", "SSC Napoli", "speculation")),
    ],
)
def test_it_more_market_idioms(kb, text, expected):
    assert expected in _claims(kb, text)


def test_it_trying_hard_in_a_match_is_no_pursuit(kb):
    assert not _claims(kb, "Dusan Vlahovic ci prova ma il Napoli perde ancora.")
