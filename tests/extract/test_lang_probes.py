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
