"""Spanish phrasings found by probing with short self-written sentences."""

from __future__ import annotations


def test_sera_el_sustituto_de_is_an_agreed_move(claims_in):
    claims = claims_in("es", "Sergio Francisco será el sustituto de Imanol Alguacil en la Real Sociedad.")
    assert ("Sergio Francisco", "move", "Real Sociedad", "agreement") in claims


def test_ha_firmado_su_renovacion_is_an_official_stay(claims_in):
    claims = claims_in("es", "Gerard Martín ha firmado su renovación con el Barcelona.")
    assert ("Gerard Martín", "stay", "Barcelona", "official") in claims


def test_presentado_una_oferta_is_a_bid_not_an_unveiling(claims_in):
    claims = claims_in("es", "El Real Madrid habría presentado una primera oferta por Leny Yoro.")
    assert ("Leny Yoro", "move", "Real Madrid", "negotiation") in claims


def test_conversaciones_avanzadas_is_negotiation(claims_in):
    claims = claims_in("es", "Conversaciones avanzadas entre el Atlético de Madrid y Conor Gallagher.")
    assert ("Conor Gallagher", "move", "Atlético Madrid", "negotiation") in claims


def test_llega_cedido_al_club_is_an_official_move(claims_in):
    claims = claims_in("es", "Antony llega cedido al Betis desde el Manchester United.")
    assert ("Antony", "move", "Real Betis", "official") in claims
    assert ("Antony", "departure", "Real Betis", "official") not in claims


def test_ya_es_jugador_del_and_ha_pagado_are_official(claims_in):
    claims = claims_in("es", "Álvaro Carreras ya es jugador del Real Madrid.")
    assert ("Álvaro Carreras", "move", "Real Madrid", "official") in claims
    claims = claims_in("es", "El Atlético de Madrid ha pagado 75 millones por Julián Álvarez.")
    assert ("Julián Álvarez", "move", "Atlético Madrid", "official") in claims


def test_relevo_para_puts_the_named_coach_at_risk(claims_in):
    claims = claims_in("es", "Los sevillistas buscan un relevo para Matías Almeyda.")
    assert ("Matías Almeyda", "departure", "Sevilla", "risk") in claims


def test_a_before_two_unknown_capitalised_words_reads_as_a_place(claims_in):
    # "a" is also the personal "a" ("sondea a X"), but an unknown pair of capitalised words after
    # it is more often a place than a person the knowledge base lacks: no person "Buenos Aires"
    claims = claims_in("es", "El delantero viajó a Buenos Aires y firmará con River Plate.")
    assert not any(c[0] == "Buenos Aires" for c in claims)


def test_cedido_al_names_where_he_goes(claims_in):
    claims = claims_in("es", "Vitor Roque ha sido cedido al Betis.")
    assert ("Vitor Roque", "move", "Real Betis", "official") in claims
    assert ("Vitor Roque", "departure", "Real Betis", "official") not in claims
    claims = claims_in("es", "Vitor Roque sale cedido al Betis.")
    assert ("Vitor Roque", "move", "Real Betis", "official") in claims


def test_cede_a_is_a_departure_from_the_lending_club(claims_in):
    claims = claims_in("es", "El Barcelona cede a Vitor Roque al Betis.")
    assert ("Vitor Roque", "departure", "Barcelona", "official") in claims


def test_tras_firmar_su_renovacion_is_official(claims_in):
    claims = claims_in("es", "Ernesto Valverde seguirá en el Athletic tras firmar su renovación.")
    assert ("Ernesto Valverde", "stay", "Athletic Bilbao", "official") in claims


def test_an_offer_of_millions_to_a_club_makes_it_the_seller(claims_in):
    claims = claims_in("es", "El PSG ha hecho una oferta de 60 millones al Barcelona por Gavi.")
    assert ("Gavi", "move", "Paris Saint-Germain", "negotiation") in claims
    assert not [c for c in claims if c[1] == "move" and c[2] == "Barcelona"]


def test_no_quiere_venderlo_backs_the_player(claims_in):
    claims = claims_in("es", "Brahim Díaz gusta en Inglaterra, pero el Real Madrid no quiere venderlo.")
    assert ("Brahim Díaz", "departure", "Real Madrid", "off") in claims


def test_hecho_oficial_la_destitucion_is_no_move(claims_in):
    claims = claims_in("es", "El Getafe ha hecho oficial la destitución de José Bordalás.")
    assert ("José Bordalás", "departure", "Getafe", "official") in claims
    assert ("José Bordalás", "move", "Getafe", "official") not in claims


def test_ha_nombrado_a_names_the_man_after_it(claims_in):
    claims = claims_in("es", "El Leganés ha destituido a Borja Jiménez y ha nombrado a Javier Aguirre como nuevo técnico.")
    assert ("Javier Aguirre", "move", "Leganés", "official") in claims
    assert ("Borja Jiménez", "move", "Leganés", "official") not in claims


def test_cierra_la_puerta_a_su_salida_backs_the_player(claims_in):
    claims = claims_in("es", "El Athletic cierra la puerta a la salida de Nico Williams.")
    assert ("Nico Williams", "departure", "Athletic Bilbao", "off") in claims
    assert not [c for c in claims if c[1] == "move"]


def test_se_marcha_cedido_al_is_where_he_goes(claims_in):
    claims = claims_in("es", "Ferran Torres deja el Barcelona y se marcha cedido al Galatasaray.")
    assert ("Ferran Torres", "move", "Galatasaray", "official") in claims
    assert ("Ferran Torres", "departure", "Barcelona", "official") in claims
    assert not [c for c in claims if c[1] == "departure" and c[2] == "Galatasaray"]


def test_tras_dejar_is_a_past_departure(claims_in):
    claims = claims_in("es", "Marcelo Gallardo será el nuevo seleccionador de Argentina tras dejar el River Plate.")
    assert ("Marcelo Gallardo", "departure", "River Plate", "official") in claims


def test_pagara_la_clausula_de_rescision_is_a_bid(claims_in):
    claims = claims_in("es", "El Arsenal pagará la cláusula de rescisión de Álex Baena, de 60 millones.")
    assert ("Álex Baena", "move", "Arsenal", "negotiation") in claims
