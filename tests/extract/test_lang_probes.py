"""Phrasings found by probing with short self-written sentences in several languages."""

from __future__ import annotations

import pytest

from mercato.extract import extract
from mercato.kb import load_kb
from mercato.model import Article


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def _claims(kb, lang: str, text: str) -> set[tuple[str, str, str, str]]:
    result = extract(Article(id="t", lang=lang, title="", text=text), kb)
    return {(c.subject, c.type.value, c.club, c.stage.value) for c in result.claims}


def _sources(kb, lang: str, text: str) -> dict[tuple[str, str, str], list[str]]:
    result = extract(Article(id="t", lang=lang, title="", text=text), kb)
    return {(c.subject, c.type.value, c.club): sorted(c.sources) for c in result.claims}


def test_en_could_replace_puts_the_incumbent_at_risk(kb):
    claims = _claims(kb, "en", "Xabi Alonso could replace Carlo Ancelotti at Real Madrid next summer.")
    assert ("Xabi Alonso", "move", "Real Madrid", "speculation") in claims
    assert ("Carlo Ancelotti", "departure", "Real Madrid", "risk") in claims


def test_en_frontrunner_to_become_next_coach_is_speculation(kb):
    claims = _claims(kb, "en", "Mauricio Pochettino is the frontrunner to become the next Chelsea manager.")
    assert ("Mauricio Pochettino", "move", "Chelsea", "speculation") in claims


def test_en_under_growing_pressure(kb):
    claims = _claims(kb, "en", "Ange Postecoglou is under growing pressure at Tottenham after another defeat.")
    assert ("Ange Postecoglou", "departure", "Tottenham Hotspur", "risk") in claims


def test_es_volvera_a_la_carga_is_no_return(kb):
    claims = _claims(
        kb, "es", "El Athletic ha rechazado la oferta del Barcelona por Nico Williams, pero el Barça volverá a la carga."
    )
    assert ("Nico Williams", "move", "Barcelona", "negotiation") in claims


def test_de_lower_case_kicker_is_an_outlet(kb):
    sources = _sources(kb, "de", "Laut kicker hat der VfB Stuttgart Nick Woltemade im Visier.")
    assert sources[("Nick Woltemade", "move", "VfB Stuttgart")] == ["Kicker"]


def test_de_modal_before_a_verb_final_departure(kb):
    claims = _claims(kb, "de", "Xabi Alonso könnte Bayer Leverkusen im Sommer verlassen.")
    assert ("Xabi Alonso", "departure", "Bayer Leverkusen", "risk") in claims


def test_es_seleccion_de_country_is_that_country(kb):
    claims = _claims(
        kb, "es", "Carlo Ancelotti dejará el Real Madrid en junio para dirigir a la selección de Brasil."
    )
    assert ("Carlo Ancelotti", "move", "Brazil national team", "agreement") in claims
    assert not any(c[2] == "Spain national team" for c in claims)


def test_fr_origin_named_after_the_fee(kb):
    claims = _claims(
        kb, "fr", "Le PSG a signé Khvicha Kvaratskhelia pour 70 millions d'euros en provenance de Naples."
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
def test_talks_about_a_renewal_are_stay_negotiation(kb, lang, text, subject, club):
    assert (subject, "stay", club, "negotiation") in _claims(kb, lang, text)


def test_option_to_buy_is_no_speculation_cue(kb):
    claims = _claims(kb, "es", "El Betis ha cerrado la cesión de Antony con opción de compra.")
    assert ("Antony", "move", "Real Betis", "agreement") in claims


def test_pt_lending_club_loses_the_player(kb):
    claims = _claims(kb, "pt", "O Benfica emprestou Tiago Gouveia ao Nice com opção de compra.")
    assert ("Tiago Gouveia", "departure", "SL Benfica", "official") in claims


def test_es_deja_el_club_is_a_departure(kb):
    claims = _claims(kb, "es", "Carlo Ancelotti deja el Real Madrid para dirigir a Brasil.")
    assert ("Carlo Ancelotti", "departure", "Real Madrid", "official") in claims


def test_en_had_a_bid_rejected_keeps_negotiating(kb):
    claims = _claims(kb, "en", "Bayern Munich have had a bid rejected by Stuttgart for Nick Woltemade.")
    assert ("Nick Woltemade", "move", "Bayern Munich", "negotiation") in claims


def test_en_job_hanging_by_a_thread_and_expected_to_be_sacked_are_risks(kb):
    claims = _claims(kb, "en", "Sean Dyche's job is hanging by a thread at Everton.")
    assert ("Sean Dyche", "departure", "Everton", "risk") in claims
    claims = _claims(kb, "en", "Ange Postecoglou is expected to be sacked by Tottenham.")
    assert ("Ange Postecoglou", "departure", "Tottenham Hotspur", "risk") in claims
