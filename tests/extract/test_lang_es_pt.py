"""Spanish and Portuguese cue tables: short sentences written for these tests."""

from __future__ import annotations

import pytest

from mercato.extract import extract
from mercato.kb import load_kb
from mercato.model import Article


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def _claims(kb, lang: str, title: str, text: str) -> set[tuple[str, str, str, str]]:
    article = Article(id="t", lang=lang, title=title, text=text)
    result = extract(article, kb)
    return {(c.subject, c.type.value, c.club, c.stage.value) for c in result.claims}


def _triples(claims: set[tuple[str, str, str, str]]) -> set[tuple[str, str, str]]:
    return {c[:3] for c in claims}


# --- Spanish -----------------------------------------------------------------------------------


def test_es_sacking_is_official_departure(kb):
    claims = _claims(kb, "es", "Cambio de banquillo", "El Sevilla ha destituido a Julen Lopetegui tras la derrota.")
    assert ("Julen Lopetegui", "departure", "Sevilla", "official") in claims


def test_es_cesado_and_desvincula(kb):
    claims = _claims(kb, "es", "Noticias", "Ernesto Valverde se desvincula del Athletic Bilbao de mutuo acuerdo.")
    assert ("Ernesto Valverde", "departure", "Athletic Bilbao", "official") in claims


def test_es_principle_agreement(kb):
    claims = _claims(
        kb, "es", "Mercado", "El Real Madrid y Xabi Alonso tienen un principio de acuerdo para la próxima temporada."
    )
    assert ("Xabi Alonso", "move", "Real Madrid", "agreement") in claims


def test_es_contract_noun_is_not_an_appointment(kb):
    claims = _claims(
        kb, "es", "Atlético", "Diego Simeone tiene contrato con el Atlético de Madrid hasta 2027 y su ficha es alta."
    )
    assert not any(c[1] == "move" and c[3] == "official" for c in claims)


def test_es_release_clause_is_not_a_departure(kb):
    claims = _claims(
        kb, "es", "Mercado", "El Barcelona estudia pagar la cláusula de rescisión de Nico Williams al Athletic Bilbao."
    )
    assert not any(c[1] == "departure" and c[3] == "official" for c in claims)


def test_es_interest_is_speculation(kb):
    claims = _claims(kb, "es", "Rumores", "José Mourinho suena con fuerza para el banquillo del Real Betis.")
    assert ("José Mourinho", "move", "Real Betis", "speculation") in claims


def test_es_conditional_is_not_official(kb):
    text = "Manuel Pellegrini podría ser destituido por el Real Betis si pierde el derbi."
    claims = _claims(kb, "es", "Rumores", text)
    assert ("Manuel Pellegrini", "departure", "Real Betis", "risk") in claims


def test_es_no_seguira_means_leaving(kb):
    claims = _claims(kb, "es", "Noticias", "Imanol Alguacil no seguirá en la Real Sociedad la próxima temporada.")
    assert ("Imanol Alguacil", "departure", "Real Sociedad", "official") in claims


def test_es_renewal(kb):
    claims = _claims(kb, "es", "Barça", "Hansi Flick ha renovado con el Barcelona hasta 2027.")
    assert ("Hansi Flick", "stay", "Barcelona", "official") in claims


def test_es_nationality_adjective_without_article_is_no_person(kb):
    text = "Carlo Ancelotti dirige al Real Madrid. El fútbol español vive un gran momento y el club español negocia."
    claims = _claims(kb, "es", "Noticias", text)
    assert not any(c[1] == "move" and c[3] == "negotiation" for c in claims)


# --- Portuguese --------------------------------------------------------------------------------


def test_pt_sacking(kb):
    text = "O Benfica despediu Roger Schmidt. Roger Schmidt foi demitido após o empate."
    claims = _claims(kb, "pt", "Chicotada", text)
    assert ("Roger Schmidt", "departure", "SL Benfica", "official") in claims


def test_pt_brazilian_agreement_acerto(kb):
    claims = _claims(kb, "pt", "Mercado", "O Flamengo acertou a contratação de Filipe Luís como novo técnico.")
    assert ("Filipe Luís", "move", "Flamengo", "agreement") in _claims_with_stage_at_least(claims)


def _claims_with_stage_at_least(claims: set[tuple[str, str, str, str]]) -> set[tuple[str, str, str, str]]:
    """Agreement or official both satisfy "at least agreement"."""
    return {(s, t, c, "agreement") for s, t, c, st in claims if st in ("agreement", "official")}


def test_pt_contratacao_alone_is_not_official(kb):
    claims = _claims(kb, "pt", "Rumores", "O Palmeiras estuda a contratação de Jorge Jesus para a próxima temporada.")
    assert ("Jorge Jesus", "move", "Palmeiras", "speculation") in claims


def test_pt_site_oficial_is_no_appointment(kb):
    claims = _claims(
        kb, "pt", "Notícias", "Abel Ferreira deu uma entrevista ao Palmeiras, publicada no site oficial do clube."
    )
    assert not any(c[1] == "move" and c[3] == "official" for c in claims)


def test_pt_not_anymore_coach(kb):
    claims = _claims(kb, "pt", "Seleção", "Dorival Júnior não é mais técnico do Corinthians.")
    assert ("Dorival Júnior", "departure", "Corinthians", "official") in claims


def test_pt_backed_coach(kb):
    claims = _claims(kb, "pt", "Porto", "Vítor Bruno continua no cargo e tem a confiança da direção do FC Porto.")
    assert ("Vítor Bruno", "departure", "FC Porto", "off") in claims


def test_pt_de_acordo_com_is_attribution_not_agreement(kb):
    claims = _claims(kb, "pt", "Rumores", "De acordo com a imprensa, Bruno Lage é um dos nomes na lista do Sporting.")
    assert ("Bruno Lage", "move", "Sporting CP", "speculation") in claims
    assert not any(c[3] == "agreement" for c in claims)


def test_pt_renewal(kb):
    claims = _claims(kb, "pt", "Palmeiras", "Abel Ferreira renovou contrato com o Palmeiras até 2027.")
    assert ("Abel Ferreira", "stay", "Palmeiras", "official") in claims


def test_es_a_coach_the_club_will_have_is_agreed_not_appointed(kb):
    claims = _claims(kb, "es", "Banquillo", "El Real Madrid, que tendrá un nuevo entrenador, ha elegido a Xabi Alonso.")
    assert ("Xabi Alonso", "move", "Real Madrid", "agreement") in claims
    claims = _claims(kb, "es", "Banquillo", "Xabi Alonso se convertirá en el nuevo entrenador del Real Madrid.")
    assert ("Xabi Alonso", "move", "Real Madrid", "agreement") in claims


def test_es_list_items_each_with_their_preposition_share_the_cue(kb):
    text = "El Valencia piensa en Quique Setién, en Marcelino García Toral y en Rafa Benítez."
    triples = _triples(_claims(kb, "es", "Banquillo", text))
    assert {("Quique Setién", "move", "Valencia"), ("Rafael Benítez", "move", "Valencia")} <= triples


def test_es_an_added_list_item_shares_the_cue(kb):
    triples = _triples(_claims(kb, "es", "Banquillo", "El Valencia piensa en Quique Setién, pero también en Rafa Benítez."))
    assert ("Rafael Benítez", "move", "Valencia") in triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dani Ceballos ha pedido salir del Real Madrid.", ("Dani Ceballos", "departure", "Real Madrid", "risk")),
        ("El Betis va a por Dani Ceballos.", ("Dani Ceballos", "move", "Real Betis", "speculation")),
        ("El Betis se ha fijado en Dani Ceballos.", ("Dani Ceballos", "move", "Real Betis", "speculation")),
        ("Dani Ceballos y Isco se harán cargo del Real Betis.", ("Dani Ceballos", "move", "Real Betis", "official")),
    ],
)
def test_es_more_market_idioms(kb, text, expected):
    assert expected in _claims(kb, "es", "Mercado", text)


def test_es_going_for_a_goal_is_no_pursuit(kb):
    assert not _claims(kb, "es", "Liga", "Dani Ceballos va a por el gol ante el Betis.")
