"""Italian phrasings found by probing with short self-written sentences."""

from __future__ import annotations

import pytest

from mercato.extract import extract
from mercato.kb import load_kb
from mercato.model import Article


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def _claims(kb, text: str) -> set[tuple[str, str, str, str]]:
    result = extract(Article(id="t", lang="it", title="", text=text), kb)
    return {(c.subject, c.type.value, c.club, c.stage.value) for c in result.claims}


def _conditions(kb, text: str) -> dict[tuple[str, str, str], set[str]]:
    result = extract(Article(id="t", lang="it", title="", text=text), kb)
    return {(c.subject, c.type.value, c.club): set(c.conditions) for c in result.claims}


def test_vertice_di_mercato_with_his_entourage_is_contact(kb):
    claims = _claims(kb, "Vertice di mercato tra il Milan e l'entourage di Santiago Giménez.")
    assert ("Santiago Giménez", "move", "AC Milan", "contact") in claims


def test_al_vertice_of_the_table_is_no_contact(kb):
    claims = _claims(kb, "Il Napoli di Antonio Conte si conferma al vertice della classifica.")
    assert not [c for c in claims if c[1] == "move"]


def test_salta_il_trasferimento_ends_the_move(kb):
    claims = _claims(kb, "Salta il trasferimento di Jonathan David alla Juventus.")
    assert ("Jonathan David", "move", "Juventus", "off") in claims


def test_sara_il_successore_di(kb):
    claims = _claims(kb, "Claudio Ranieri sarà il successore di Ivan Jurić sulla panchina della Roma.")
    assert ("Claudio Ranieri", "move", "AS Roma", "agreement") in claims
    assert ("Ivan Jurić", "departure", "AS Roma", "risk") in claims


def test_tornera_al_club_is_agreed(kb):
    claims = _claims(kb, "Massimiliano Allegri tornerà al Milan dalla prossima stagione.")
    assert ("Massimiliano Allegri", "move", "AC Milan", "agreement") in claims


def test_prolungamento_is_a_stay(kb):
    claims = _claims(kb, "Prolungamento in vista per Federico Dimarco con l'Inter.")
    assert ("Federico Dimarco", "stay", "Inter Milan", "speculation") in claims


def test_trovato_l_accordo_per_il_rinnovo_is_a_stay_agreement(kb):
    claims = _claims(kb, "L'Inter e Federico Dimarco hanno trovato l'accordo per il rinnovo.")
    assert ("Federico Dimarco", "stay", "Inter Milan", "agreement") in claims


def test_passa_alla_in_prestito(kb):
    text = "Nicolò Zaniolo passa alla Fiorentina in prestito con diritto di riscatto."
    assert ("Nicolò Zaniolo", "move", "Fiorentina", "official") in _claims(kb, text)
    assert {"loan", "option to buy"} <= _conditions(kb, text)[("Nicolò Zaniolo", "move", "Fiorentina")]


def test_a_gennaio_is_a_condition(kb):
    conditions = _conditions(kb, "Jonathan David potrebbe arrivare alla Juventus a gennaio.")
    assert "in January" in conditions[("Jonathan David", "move", "Juventus")]


def test_gia_as_already_is_no_former_club(kb):
    claims = _claims(kb, "Sérgio Conceição ha già firmato con il Milan.")
    assert ("Sérgio Conceição", "move", "AC Milan", "official") in claims
    claims = _claims(kb, "Maurizio Sarri avrebbe già detto sì alla Lazio.")
    assert ("Maurizio Sarri", "move", "SS Lazio", "agreement") in claims


def test_a_closed_apposition_does_not_describe_the_next_club(kb):
    claims = _claims(kb, "Igor Tudor, il tecnico croato, piace alla Juventus.")
    assert ("Igor Tudor", "move", "Juventus", "speculation") in claims
    claims = _claims(kb, "Igor Tudor, già allenatore della Lazio, piace alla Juventus.")
    assert ("Igor Tudor", "move", "Juventus", "speculation") in claims


def test_favorito_tornato_and_firma_fino_al(kb):
    claims = _claims(kb, "Gian Piero Gasperini resta favorito per la panchina della Roma.")
    assert ("Gian Piero Gasperini", "move", "AS Roma", "speculation") in claims
    assert ("Claudio Ranieri", "move", "AS Roma", "official") in _claims(kb, "Claudio Ranieri è tornato alla Roma.")
    claims = _claims(kb, "Maurizio Sarri torna alla Lazio: firma fino al 2027.")
    assert ("Maurizio Sarri", "move", "SS Lazio", "official") in claims


def test_offerto_il_rinnovo_is_a_stay_negotiation(kb):
    claims = _claims(kb, "L'Inter ha offerto il rinnovo a Federico Dimarco.")
    assert ("Federico Dimarco", "stay", "Inter Milan", "negotiation") in claims
