"""Phrasings found by probing with short self-written sentences in several languages."""

from __future__ import annotations

import pytest


def test_en_could_replace_puts_the_incumbent_at_risk(claims_in):
    claims = claims_in("en", "Xabi Alonso could replace Carlo Ancelotti at Real Madrid next summer.")
    assert ("Xabi Alonso", "move", "Real Madrid", "speculation") in claims
    assert ("Carlo Ancelotti", "departure", "Real Madrid", "risk") in claims


def test_en_frontrunner_to_become_next_coach_is_speculation(claims_in):
    claims = claims_in("en", "Mauricio Pochettino is the frontrunner to become the next Chelsea manager.")
    assert ("Mauricio Pochettino", "move", "Chelsea", "speculation") in claims


def test_en_under_growing_pressure(claims_in):
    claims = claims_in("en", "Ange Postecoglou is under growing pressure at Tottenham after another defeat.")
    assert ("Ange Postecoglou", "departure", "Tottenham Hotspur", "risk") in claims


def test_es_volvera_a_la_carga_is_no_return(claims_in):
    claims = claims_in(
        "es", "El Athletic ha rechazado la oferta del Barcelona por Nico Williams, pero el Barça volverá a la carga."
    )
    assert ("Nico Williams", "move", "Barcelona", "negotiation") in claims


def test_de_lower_case_kicker_is_an_outlet(sources_in):
    sources = sources_in("de", "Laut kicker hat der VfB Stuttgart Nick Woltemade im Visier.")
    assert sources[("Nick Woltemade", "move", "VfB Stuttgart")] == ["Kicker"]


def test_de_modal_before_a_verb_final_departure(claims_in):
    claims = claims_in("de", "Xabi Alonso könnte Bayer Leverkusen im Sommer verlassen.")
    assert ("Xabi Alonso", "departure", "Bayer Leverkusen", "risk") in claims


def test_es_seleccion_de_country_is_that_country(claims_in):
    claims = claims_in(
        "es", "Carlo Ancelotti dejará el Real Madrid en junio para dirigir a la selección de Brasil."
    )
    assert ("Carlo Ancelotti", "move", "Brazil national team", "agreement") in claims
    assert not any(c[2] == "Spain national team" for c in claims)


def test_fr_origin_named_after_the_fee(claims_in):
    claims = claims_in(
        "fr", "Le PSG a signé Khvicha Kvaratskhelia pour 70 millions d'euros en provenance de Naples."
    )
    assert ("Khvicha Kvaratskhelia", "departure", "SSC Napoli", "official") in claims


@pytest.mark.parametrize(
    ("lang", "text", "subject", "club"),
    [
        ("es", "La Real Sociedad ha mantenido contactos con Martín Zubimendi para su renovación.", "Martín Zubimendi", "Real Sociedad"),
        ("pt", "O Sporting já contactou o empresário de Geovany Quenda para discutir a renovação.", "Geovany Quenda", "Sporting CP"),
        ("fr", "Lille a engagé des discussions avec Jonathan David pour une prolongation.", "Jonathan David", "Lille"),
        ("en", "Arsenal have opened talks with Bukayo Saka over a new contract.", "Bukayo Saka", "Arsenal"),
    ],
)
def test_talks_about_a_renewal_are_stay_negotiation(claims_in, lang, text, subject, club):
    assert (subject, "stay", club, "negotiation") in claims_in(lang, text)


def test_option_to_buy_is_no_speculation_cue(claims_in):
    claims = claims_in("es", "El Betis ha cerrado la cesión de Antony con opción de compra.")
    assert ("Antony", "move", "Real Betis", "agreement") in claims


def test_pt_lending_club_loses_the_player(claims_in):
    claims = claims_in("pt", "O Benfica emprestou Tiago Gouveia ao Nice com opção de compra.")
    assert ("Tiago Gouveia", "departure", "SL Benfica", "official") in claims


def test_es_deja_el_club_is_a_departure(claims_in):
    claims = claims_in("es", "Carlo Ancelotti deja el Real Madrid para dirigir a Brasil.")
    assert ("Carlo Ancelotti", "departure", "Real Madrid", "official") in claims


def test_en_had_a_bid_rejected_keeps_negotiating(claims_in):
    claims = claims_in("en", "Bayern Munich have had a bid rejected by Stuttgart for Nick Woltemade.")
    assert ("Nick Woltemade", "move", "Bayern Munich", "negotiation") in claims


def test_en_job_hanging_by_a_thread_and_expected_to_be_sacked_are_risks(claims_in):
    claims = claims_in("en", "Sean Dyche's job is hanging by a thread at Everton.")
    assert ("Sean Dyche", "departure", "Everton", "risk") in claims
    claims = claims_in("en", "Ange Postecoglou is expected to be sacked by Tottenham.")
    assert ("Ange Postecoglou", "departure", "Tottenham Hotspur", "risk") in claims
