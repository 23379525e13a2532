"""Italian phrasings found by probing with short self-written sentences."""

from __future__ import annotations


def test_vertice_di_mercato_with_his_entourage_is_contact(claims_in):
    claims = claims_in("it", "Vertice di mercato tra il Milan e l'entourage di Santiago Giménez.")
    assert ("Santiago Giménez", "move", "AC Milan", "contact") in claims


def test_al_vertice_of_the_table_is_no_contact(claims_in):
    claims = claims_in("it", "Il Napoli di Antonio Conte si conferma al vertice della classifica.")
    assert not [c for c in claims if c[1] == "move"]


def test_salta_il_trasferimento_ends_the_move(claims_in):
    claims = claims_in("it", "Salta il trasferimento di Jonathan David alla Juventus.")
    assert ("Jonathan David", "move", "Juventus", "off") in claims


def test_sara_il_successore_di(claims_in):
    claims = claims_in("it", "Claudio Ranieri sarà il successore di Ivan Jurić sulla panchina della Roma.")
    assert ("Claudio Ranieri", "move", "AS Roma", "agreement") in claims
    assert ("Ivan Jurić", "departure", "AS Roma", "risk") in claims


def test_tornera_al_club_is_agreed(claims_in):
    claims = claims_in("it", "Massimiliano Allegri tornerà al Milan dalla prossima stagione.")
    assert ("Massimiliano Allegri", "move", "AC Milan", "agreement") in claims


def test_prolungamento_is_a_stay(claims_in):
    claims = claims_in("it", "Prolungamento in vista per Federico Dimarco con l'Inter.")
    assert ("Federico Dimarco", "stay", "Inter Milan", "speculation") in claims


def test_trovato_l_accordo_per_il_rinnovo_is_a_stay_agreement(claims_in):
    claims = claims_in("it", "L'Inter e Federico Dimarco hanno trovato l'accordo per il rinnovo.")
    assert ("Federico Dimarco", "stay", "Inter Milan", "agreement") in claims


def test_passa_alla_in_prestito(claims_in, conditions_in):
    text = "Nicolò Zaniolo passa alla Fiorentina in prestito con diritto di riscatto."
    assert ("Nicolò Zaniolo", "move", "Fiorentina", "official") in claims_in("it", text)
    assert {"loan", "option to buy"} <= conditions_in("it", text)[("Nicolò Zaniolo", "move", "Fiorentina")]


def test_a_gennaio_is_a_condition(conditions_in):
    conditions = conditions_in("it", "Jonathan David potrebbe arrivare alla Juventus a gennaio.")
    assert "in January" in conditions[("Jonathan David", "move", "Juventus")]


def test_gia_as_already_is_no_former_club(claims_in):
    claims = claims_in("it", "Sérgio Conceição ha già firmato con il Milan.")
    assert ("Sérgio Conceição", "move", "AC Milan", "official") in claims
    claims = claims_in("it", "Maurizio Sarri avrebbe già detto sì alla Lazio.")
    assert ("Maurizio Sarri", "move", "SS Lazio", "agreement") in claims


def test_a_closed_apposition_does_not_describe_the_next_club(claims_in):
    claims = claims_in("it", "Igor Tudor, il tecnico croato, piace alla Juventus.")
    assert ("Igor Tudor", "move", "Juventus", "speculation") in claims
    claims = claims_in("it", "Igor Tudor, già allenatore della Lazio, piace alla Juventus.")
    assert ("Igor Tudor", "move", "Juventus", "speculation") in claims


def test_favorito_tornato_and_firma_fino_al(claims_in):
    claims = claims_in("it", "Gian Piero Gasperini resta favorito per la panchina della Roma.")
    assert ("Gian Piero Gasperini", "move", "AS Roma", "speculation") in claims
    assert ("Claudio Ranieri", "move", "AS Roma", "official") in claims_in("it", "Claudio Ranieri è tornato alla Roma.")
    claims = claims_in("it", "Maurizio Sarri torna alla Lazio: firma fino al 2027.")
    assert ("Maurizio Sarri", "move", "SS Lazio", "official") in claims


def test_offerto_il_rinnovo_is_a_stay_negotiation(claims_in):
    claims = claims_in("it", "L'Inter ha offerto il rinnovo a Federico Dimarco.")
    assert ("Federico Dimarco", "stay", "Inter Milan", "negotiation") in claims
