"""Claim assembly end to end in Italian and English: sentences written for these tests about
real coaches and clubs."""

import pytest

from mercato.extract import extract
from mercato.extract.normalise import fold_key
from mercato.kb import load_kb
from mercato.model import Article


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def _claims(kb, text: str, lang: str, published: str | None = None) -> set[tuple[str, str, str, str]]:
    """(subject, type, club, stage) of every claim; subjects accent-folded as the scorer does."""
    result = extract(Article(id="t", text=text, lang=lang, published=published), kb)
    return {(fold_key(c.subject), c.type.value, c.club, c.stage.value) for c in result.claims}


def _claim(subject: str, ctype: str, club: str, stage: str) -> tuple[str, str, str, str]:
    return (fold_key(subject), ctype, club, stage)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("it", "Il Napoli ha esonerato Rudi Garcia dopo la sconfitta.", ("Rudi Garcia", "departure", "SSC Napoli", "official")),
        ("it", "Thiago Motta è a forte rischio esonero alla Juventus.", ("Thiago Motta", "departure", "Juventus", "risk")),
        ("it", "Il Milan ha avviato i primi contatti con Sérgio Conceição.", ("Sérgio Conceição", "move", "AC Milan", "contact")),
        ("it", "La Lazio ha trovato l'accordo con Maurizio Sarri.", ("Maurizio Sarri", "move", "SS Lazio", "agreement")),
        ("it", "È ufficiale: Igor Tudor è il nuovo allenatore della Juventus.", ("Igor Tudor", "move", "Juventus", "official")),
        # an agreement "between" a club and the man himself: he goes there
        ("it", "Fumata bianca tra la Lazio e Maurizio Sarri.", ("Maurizio Sarri", "move", "SS Lazio", "agreement")),
        ("fr", "Accord trouvé entre Newcastle et Simone Inzaghi.", ("Simone Inzaghi", "move", "Newcastle United", "agreement")),
        # a passive's agent is the club he leaves: "demitido pelo Benfica"
        ("pt", "Bruno Lage foi demitido pelo Benfica após a derrota.", ("Bruno Lage", "departure", "SL Benfica", "official")),
        # a phrase ending in an elided article runs into the club's name
        ("it", "Riccardo Calafiori è a un passo dall'Arsenal.", ("Riccardo Calafiori", "move", "Arsenal", "agreement")),
        ("en", "West Ham have sacked Julen Lopetegui.", ("Julen Lopetegui", "departure", "West Ham United", "official")),
        ("en", "Chelsea have opened talks with Enzo Maresca.", ("Enzo Maresca", "move", "Chelsea", "contact")),
        ("en", "Liverpool have agreed a fee with Bayer Leverkusen for Florian Wirtz.", ("Florian Wirtz", "move", "Liverpool", "agreement")),
        ("en", "Ruben Amorim has been appointed as Manchester United's new head coach.", ("Rúben Amorim", "move", "Manchester United", "official")),
    ],
)
def test_one_sentence_one_claim(kb, lang, text, expected):
    assert _claim(*expected) in _claims(kb, text, lang)


def test_a_list_of_clubs_shares_the_cue(kb):
    found = _claims(kb, "Massimiliano Allegri è stato accostato a tante squadre tra cui Roma, Manchester United e Benfica.", "it")
    for club in ("AS Roma", "Manchester United", "SL Benfica"):
        assert _claim("Massimiliano Allegri", "move", club, "speculation") in found


def test_a_list_of_clubs_may_name_each_with_its_article(kb):
    found = _claims(kb, "Massimiliano Allegri piace al Napoli e alla Roma, oltre che al Milan e all'Atalanta.", "it")
    found_es = _claims(kb, "Manuel Pellegrini interesa al Betis y al Sevilla.", "es")
    for club in ("SSC Napoli", "AS Roma"):
        assert _claim("Massimiliano Allegri", "move", club, "speculation") in found
    for club in ("Real Betis", "Sevilla"):
        assert _claim("Manuel Pellegrini", "move", club, "speculation") in found_es


def test_a_denial_after_the_rumour_turns_it_off(kb):
    text = "Si era parlato di un ritorno di Maurizio Sarri al Napoli. Ma la pista è ormai tramontata per Sarri e il Napoli."
    assert _claim("Maurizio Sarri", "move", "SSC Napoli", "off") in _claims(kb, text, "it")


def test_negated_cue_gives_no_stage(kb):
    found = _claims(kb, "Non c'è mai stata una trattativa tra il Milan e Antonio Conte.", "it")
    assert _claim("Antonio Conte", "move", "AC Milan", "negotiation") not in found


def test_hypothetical_official_is_only_speculation(kb):
    found = _claims(kb, "Roberto De Zerbi could become the new manager of Manchester United.", "en")
    assert _claim("Roberto De Zerbi", "move", "Manchester United", "speculation") in found


def test_epithet_stands_for_the_person_named_before(kb):
    text = "Massimiliano Allegri è libero. Il tecnico livornese è nel mirino del West Ham."
    assert _claim("Massimiliano Allegri", "move", "West Ham United", "speculation") in _claims(kb, text, "it")


def test_replacing_a_coach_puts_him_at_risk(kb):
    text = "Il West Ham pensa a Massimiliano Allegri per sostituire Julen Lopetegui."
    assert _claim("Julen Lopetegui", "departure", "West Ham United", "risk") in _claims(kb, text, "it")


def test_player_moving_away_is_at_risk_of_leaving_his_club(kb):
    text = "Liverpool have made an offer for Newcastle striker Alexander Isak."
    found = _claims(kb, text, "en")
    assert _claim("Alexander Isak", "move", "Liverpool", "negotiation") in found
    assert _claim("Alexander Isak", "departure", "Newcastle United", "risk") in found


def test_sources_are_the_outlets_the_sentence_attributes_it_to(kb):
    result = extract(Article(id="t", lang="it", text="Secondo quanto riportato da Calciomercato.it, il West Ham ha avviato i primi contatti con Massimiliano Allegri."), kb)
    claim = next(c for c in result.claims if c.club == "West Ham United")
    assert claim.sources == ["Calciomercato.it"]
    assert claim.stage.value == "contact"


def test_evidence_offsets_point_into_the_normalised_text(kb):
    result = extract(Article(id="t", lang="en", title="Big news", text="West Ham have sacked Julen Lopetegui."), kb)
    for claim in result.claims:
        for span in claim.evidence:
            assert result.text[span.start : span.end] == span.text


def test_old_career_history_is_not_news(kb):
    text = "In 2012 Chelsea appointed Roberto Di Matteo."
    assert not _claims(kb, text, "en", published="2025-03-01")


def test_extraction_is_deterministic(kb):
    article = Article(id="t", lang="it", text="Il Milan ha avviato i contatti con Sérgio Conceição. Il Napoli ha esonerato Rudi Garcia.")
    assert extract(article, kb).to_dict() == extract(article, kb).to_dict()


def test_sums_of_money_become_conditions(kb):
    result = extract(Article(id="t", lang="it", text="Il West Ham ha speso 144 milioni di euro e ha avviato i contatti con Massimiliano Allegri."), kb)
    assert "money: 144 milioni di euro" in result.claims[0].conditions


def test_time_frames_become_conditions(kb):
    text = "Massimiliano Allegri è pronto a dire sì al West Ham, ma solo a partire dalla stagione 2025-2026."
    result = extract(Article(id="t", lang="it", text=text), kb)
    assert any("next season" in c for claim in result.claims for c in claim.conditions)


def test_an_outlet_credited_on_its_own_line_sources_the_whole_article(kb):
    text = "Il Milan ha avviato i contatti con Sérgio Conceição.\n\n(La Gazzetta dello Sport)"
    result = extract(Article(id="t", lang="it", text=text), kb)
    assert result.claims and all("La Gazzetta dello Sport" in c.sources for c in result.claims)


def test_an_unsigned_deal_stops_at_agreement(kb):
    text = "La Roma ha scelto Claudio Ranieri come nuovo allenatore, ma Ranieri non ha ancora firmato il contratto."
    assert _claim("Claudio Ranieri", "move", "AS Roma", "agreement") in _claims(kb, text, "it")


@pytest.mark.parametrize(
    ("text", "mover", "leaver"),
    [
        ("At Roma, Ivan Juric took over from Daniele De Rossi in September.", "Ivan Juric", "Daniele De Rossi"),
        ("At Roma, Daniele De Rossi was replaced by Ivan Juric in September.", "Ivan Juric", "Daniele De Rossi"),
    ],
)
def test_one_phrase_carries_the_arrival_and_the_departure(kb, text, mover, leaver):
    found = _claims(kb, text, "en", published="2024-10-01")
    assert _claim(mover, "move", "AS Roma", "official") in found
    assert _claim(leaver, "departure", "AS Roma", "official") in found


def _sources(kb, text: str, lang: str) -> dict[tuple[str, str, str], list[str]]:
    result = extract(Article(id="t", text=text, lang=lang), kb)
    return {(fold_key(c.subject), c.type.value, c.club): c.sources for c in result.claims}


def test_a_wire_agency_dateline_is_not_a_source(kb):
    text = "MADRID (AP) — Real Madrid have appointed Xabi Alonso as their new coach."
    assert _sources(kb, text, "en")[(fold_key("Xabi Alonso"), "move", "Real Madrid")] == []


def test_background_facts_in_a_report_are_not_credited_to_it(kb):
    text = (
        "According to The Guardian, Roma are in talks with Thiago Motta, "
        "who was sacked by Juventus in March."
    )
    found = _sources(kb, text, "en")
    assert found[(fold_key("Thiago Motta"), "move", "AS Roma")] == ["The Guardian"]
    assert found[(fold_key("Thiago Motta"), "departure", "Juventus")] == []


def test_a_report_naming_no_person_credits_the_open_deal_between_its_clubs(kb):
    text = (
        "Arsenal are close to signing Viktor Gyokeres. "
        "Fabrizio Romano reports that an agreement between Arsenal and Sporting has been reached."
    )
    assert "Fabrizio Romano" in _sources(kb, text, "en")[(fold_key("Viktor Gyökeres"), "move", "Arsenal")]


def test_the_one_replaced_is_not_the_one_who_arrives(kb):
    text = "Arrivé en remplacement de Christophe Galtier, Luis Enrique a remporté trois titres avec le Paris Saint-Germain."
    found = _claims(kb, text, "fr")
    assert _claim("Christophe Galtier", "departure", "Paris Saint-Germain", "official") in found
    assert not any(c[0] == fold_key("Christophe Galtier") and c[1] == "move" for c in found)
    assert not any(c[0] == fold_key("Luis Enrique") and c[1] == "departure" for c in found)


def test_a_role_after_become_is_a_predicate_not_an_epithet(kb):
    text = "Maurizio Sarri torna alla Lazio. Marco Baroni si appresta a diventare l'allenatore del Torino."
    found = _claims(kb, text, "it")
    assert any(c[0] == fold_key("Marco Baroni") and c[2] == "Torino" for c in found)
    assert not any(c[0] == fold_key("Maurizio Sarri") and c[2] == "Torino" for c in found)


def test_the_club_an_offer_is_sent_to_is_the_seller(kb):
    text = "La Juventus ha inviato all'Atalanta la prima offerta ufficiale per Teun Koopmeiners."
    found = _claims(kb, text, "it")
    assert _claim("Teun Koopmeiners", "move", "Juventus", "negotiation") in found
    assert not any(c[1] == "move" and c[2] == "Atalanta" for c in found)


def test_the_month_of_may_does_not_make_a_claim_hypothetical(kb):
    text = "Julen Lopetegui was appointed by West Ham in May following the departure of David Moyes."
    found = _claims(kb, text, "en", published="2024-06-01")
    assert _claim("David Moyes", "departure", "West Ham United", "official") in found


def test_a_club_after_a_colon_is_where_he_goes_not_what_he_leaves(kb):
    text = "Gian Piero Gasperini è sempre più vicino all'addio all'Atalanta: c'è la Roma."
    found = _claims(kb, text, "it")
    assert not any(c[1] == "departure" and c[2] == "AS Roma" for c in found)


def test_a_relative_clause_is_background_not_the_report(kb):
    text = "Secondo Sky Sport Italia, Claudio Ranieri, che piace anche alla Juventus, ha firmato con la Roma."
    found = _sources(kb, text, "it")
    assert found[(fold_key("Claudio Ranieri"), "move", "AS Roma")] == ["Sky Sport Italia"]
    assert found[(fold_key("Claudio Ranieri"), "move", "Juventus")] == []


@pytest.mark.parametrize(
    ("lang", "text", "subject", "club"),
    [
        ("en", "Mikel Arteta has signed a new three-year contract with Arsenal.", "Mikel Arteta", "Arsenal"),
        ("it", "Simone Inzaghi ha firmato un nuovo contratto con l'Inter fino al 2026.", "Simone Inzaghi", "Inter Milan"),
        ("es", "Diego Simeone firmó un nuevo contrato con el Atlético de Madrid.", "Diego Simeone", "Atlético Madrid"),
        ("fr", "Luis Enrique a signé un nouveau contrat avec le PSG.", "Luis Enrique", "Paris Saint-Germain"),
        ("de", "Vincent Kompany hat einen neuen Vertrag beim FC Bayern unterschrieben.", "Vincent Kompany", "Bayern Munich"),
        ("pt", "Rúben Amorim assinou um novo contrato com o Sporting.", "Rúben Amorim", "Sporting CP"),
    ],
)
def test_a_new_contract_at_the_same_club_is_a_stay_not_a_move(kb, lang, text, subject, club):
    found = _claims(kb, text, lang)
    assert _claim(subject, "stay", club, "official") in found
    assert not any(c[1] == "move" for c in found)


def test_an_outlet_name_shared_by_two_papers_means_the_local_one(kb):
    pt = _sources(kb, "O Benfica está interessado em Viktor Gyökeres, avança o Record.", "pt")
    en = _sources(kb, "Rangers are interested in Viktor Gyökeres, says the Record.", "en")
    assert pt[(fold_key("Viktor Gyökeres"), "move", "SL Benfica")] == ["Record"]
    assert en[(fold_key("Viktor Gyökeres"), "move", "Rangers")] == ["Daily Record"]


@pytest.mark.parametrize(
    ("lang", "text", "bidder", "seller"),
    [
        ("en", "Liverpool have rejected a bid from Real Madrid for Trent Alexander-Arnold.", "Real Madrid", "Liverpool"),
        ("es", "El Barcelona ha rechazado una oferta del PSG por Lamine Yamal.", "Paris Saint-Germain", "Barcelona"),
        ("pt", "O Palmeiras rejeitou uma proposta do Flamengo por Estêvão.", "Flamengo", "Palmeiras"),
    ],
)
def test_a_rejected_bid_links_the_player_with_the_bidder(kb, lang, text, bidder, seller):
    found = _claims(kb, text, lang)
    assert any(c[1] == "move" and c[2] == bidder for c in found)
    assert not any(c[1] == "move" and c[2] == seller for c in found)


@pytest.mark.parametrize(
    ("lang", "headline", "expected"),
    [
        ("en", "Official: Liverpool complete signing of Florian Wirtz", ("Florian Wirtz", "move", "Liverpool", "official")),
        ("en", "Man Utd close in on Matheus Cunha deal", ("Matheus Cunha", "move", "Manchester United", "agreement")),
        ("it", "Milan, ufficiale l'arrivo di Massimiliano Allegri", ("Massimiliano Allegri", "move", "AC Milan", "official")),
        ("it", "Juve, Conte dice no: resta al Napoli", ("Antonio Conte", "move", "Juventus", "off")),
        ("es", "Oficial: Xabi Alonso, nuevo entrenador del Real Madrid", ("Xabi Alonso", "move", "Real Madrid", "official")),
        ("fr", "Mercato : le PSG fonce sur Khvicha Kvaratskhelia", ("Khvicha Kvaratskhelia", "move", "Paris Saint-Germain", "speculation")),
        ("pt", "Benfica fecha contratação de Richard Ríos", ("Richard Ríos", "move", "SL Benfica", "agreement")),
    ],
)
def test_headlines(kb, lang, headline, expected):
    assert _claim(*expected) in _claims(kb, headline, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Julen Lopetegui is the favourite to replace Gareth Southgate as England manager.",
         ("Julen Lopetegui", "move", "England national team", "speculation")),
        ("it", "Luciano Spalletti non è più il ct dell'Italia.", ("Luciano Spalletti", "departure", "Italy national team", "official")),
    ],
)
def test_a_country_next_to_its_coachs_title_is_the_national_team(kb, lang, text, expected):
    assert _claim(*expected) in _claims(kb, text, lang)


def test_a_country_before_a_players_role_is_not_his_club(kb):
    found = _claims(kb, "Uruguay forward Darwin Nunez is expected to leave Liverpool this summer.", "en")
    assert not any(c[2] == "Uruguay national team" for c in found)


def test_the_club_an_offer_goes_to_sells(kb):
    found = _claims(kb, "Il Napoli non molla Ademola Lookman: nuova offerta all'Atalanta.", "it")
    assert any(c[1] == "move" and c[2] == "SSC Napoli" for c in found)
    assert not any(c[1] == "move" and c[2] == "Atalanta" for c in found)


def test_a_renewal_is_with_the_club_he_plays_for(kb):
    text = "Napoli striker Victor Osimhen will renew until 2027 before his loan to Galatasaray."
    found = _claims(kb, text, "en")
    assert any(c[1] == "stay" and c[2] == "SSC Napoli" for c in found)
    assert not any(c[1] == "stay" and c[2] == "Galatasaray" for c in found)


@pytest.mark.parametrize(
    ("lang", "text", "subject", "club"),
    [
        ("en", "Liverpool will not sell Virgil van Dijk.", "Virgil van Dijk", "Liverpool"),
        ("it", "L'Atalanta non cede Ademola Lookman.", "Ademola Lookman", "Atalanta"),
        ("es", "El Athletic Club no negociará la salida de Nico Williams.", "Nico Williams", "Athletic Bilbao"),
        ("fr", "Lille ne vendra pas Jonathan David cet été.", "Jonathan David", "Lille"),
        ("de", "Leverkusen will Florian Wirtz nicht verkaufen.", "Florian Wirtz", "Bayer Leverkusen"),
        ("pt", "O Benfica não abre mão de António Silva.", "António Silva", "SL Benfica"),
    ],
)
def test_a_club_refusing_to_sell_rules_the_departure_out(kb, lang, text, subject, club):
    assert _claim(subject, "departure", club, "off") in _claims(kb, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "subject", "club"),
    [
        ("it", "Antonio Conte ha rifiutato la proposta della Juventus.", "Antonio Conte", "Juventus"),
        ("es", "Xabi Alonso rechaza la oferta del Liverpool.", "Xabi Alonso", "Liverpool"),
        ("pt", "Jorge Jesus recusou uma proposta do Flamengo.", "Jorge Jesus", "Flamengo"),
    ],
)
def test_an_offer_refused_by_the_man_it_is_for_is_off(kb, lang, text, subject, club):
    assert _claim(subject, "move", club, "off") in _claims(kb, text, lang)


def test_a_bid_rejected_by_the_selling_club_is_still_a_bid(kb):
    found = _claims(kb, "Newcastle's bid for Hugo Ekitike has been rejected by Eintracht Frankfurt.", "en")
    assert _claim("Hugo Ekitike", "move", "Newcastle United", "negotiation") in found
    assert not any(c[1] == "move" and c[2] == "Eintracht Frankfurt" for c in found)


@pytest.mark.parametrize(
    ("lang", "text", "club", "names"),
    [
        ("en", "Either Xabi Alonso or Julian Nagelsmann will replace Thomas Tuchel at Bayern.", "Bayern Munich",
         ["Xabi Alonso", "Julian Nagelsmann"]),
        ("es", "El Barcelona baraja los nombres de Hansi Flick y Thiago Motta.", "Barcelona", ["Hansi Flick", "Thiago Motta"]),
        ("fr", "Lyon hésite entre Paulo Fonseca et Pierre Sage.", "Olympique Lyonnais", ["Paulo Fonseca", "Pierre Sage"]),
        ("pt", "O Benfica tem na lista Bruno Lage, Rui Vitória e José Mourinho.", "SL Benfica",
         ["Bruno Lage", "Rui Vitória", "José Mourinho"]),
    ],
)
def test_every_candidate_of_a_list_is_linked(kb, lang, text, club, names):
    found = _claims(kb, text, lang)
    for name in names:
        assert any(c[0] == fold_key(name) and c[1] == "move" and c[2] == club for c in found), name


@pytest.mark.parametrize(
    ("lang", "text", "subject", "club"),
    [
        ("en", "Jadon Sancho signs for Chelsea until 2028.", "Jadon Sancho", "Chelsea"),
        ("en", "Jhon Duran completes £64m move to Al-Nassr.", "Jhon Durán", "Al-Nassr"),
        ("it", "Jonathan David firma con la Juventus fino al 2030.", "Jonathan David", "Juventus"),
        ("es", "Dani Olmo ficha por el Barcelona por seis temporadas.", "Dani Olmo", "Barcelona"),
        ("fr", "Mason Greenwood s'est engagé avec l'OM pour cinq saisons.", "Mason Greenwood", "Olympique de Marseille"),
        ("de", "Jonathan Tah unterschreibt beim FC Bayern bis 2029.", "Jonathan Tah", "Bayern Munich"),
        ("pt", "Gyökeres assina pelo Arsenal até 2030.", "Viktor Gyökeres", "Arsenal"),
    ],
)
def test_a_signing_told_in_the_present_is_done(kb, lang, text, subject, club):
    assert _claim(subject, "move", club, "official") in _claims(kb, text, lang)


def test_their_manager_is_the_clubs_own_man(kb):
    text = (
        "Tottenham want Brentford head coach Thomas Frank to replace Ange Postecoglou. "
        "Ange Postecoglou could still stay. Brentford would demand a £10m fee for their manager, "
        "who has two years left on his contract."
    )
    found = _claims(kb, text, "en")
    assert not any(c[0] == fold_key("Ange Postecoglou") and c[2] == "Brentford" for c in found)


def test_the_man_replaced_is_not_the_one_signed_even_before_a_final_verb(kb):
    found = _claims(kb, "Bayer Leverkusen hat Erik ten Hag als Nachfolger von Xabi Alonso verpflichtet.", "de")
    assert _claim("Erik ten Hag", "move", "Bayer Leverkusen", "official") in found
    assert not any(c[0] == fold_key("Xabi Alonso") and c[1] == "move" for c in found)


def test_a_headline_pairing_a_surname_and_a_club_with_a_hyphen(kb):
    found = _claims(kb, "Calafiori-Arsenal, manca solo l'ufficialità.", "it")
    assert _claim("Riccardo Calafiori", "move", "Arsenal", "agreement") in found


def test_the_club_a_deal_is_agreed_with_for_a_player_named_after_it_sells(kb):
    text = "Il Napoli ha raggiunto l'accordo con il Manchester United per Rasmus Hojlund."
    found = _claims(kb, text, "it")
    assert _claim("Rasmus Højlund", "move", "SSC Napoli", "agreement") in found
    assert _claim("Rasmus Højlund", "departure", "Manchester United", "risk") in found


def test_a_birthplace_epithet_points_at_the_man_born_there(kb):
    text = "Gian Piero Gasperini lascia l'Atalanta dopo nove anni. L'allenatore di Grugliasco piace alla Roma."
    found = _claims(kb, text, "it")
    assert any(c[0] == fold_key("Gian Piero Gasperini") and c[2] == "AS Roma" for c in found)


@pytest.mark.parametrize(
    ("lang", "text", "leaver", "arriver", "club"),
    [
        ("en", "Ange Postecoglou is expected to be replaced by Thomas Frank at Tottenham.", "Ange Postecoglou", "Thomas Frank",
         "Tottenham Hotspur"),
        ("it", "Thiago Motta sarà sostituito da Igor Tudor alla Juventus.", "Thiago Motta", "Igor Tudor", "Juventus"),
        ("es", "Xavi Hernández será sustituido por Hansi Flick en el Barcelona.", "Xavi Hernández", "Hansi Flick", "Barcelona"),
        ("fr", "Julien Stéphan sera remplacé par Jorge Sampaoli à Rennes.", "Julien Stéphan", "Jorge Sampaoli", "Rennes"),
        ("pt", "Roger Schmidt será substituído por Bruno Lage no Benfica.", "Roger Schmidt", "Bruno Lage", "SL Benfica"),
    ],
)
def test_a_passive_replacement_keeps_who_leaves_and_who_arrives(kb, lang, text, leaver, arriver, club):
    found = _claims(kb, text, lang)
    assert any(c[0] == fold_key(leaver) and c[1] == "departure" and c[2] == club for c in found)
    assert any(c[0] == fold_key(arriver) and c[1] == "move" and c[2] == club for c in found)
    assert not any(c[0] == fold_key(leaver) and c[1] == "move" for c in found)


def test_a_negation_and_a_club_stay_behind_a_coordinated_verb(kb):
    found = _claims(kb, "Nico Williams dice no al Barcelona y renueva con el Athletic.", "es")
    assert _claim("Nico Williams", "move", "Barcelona", "off") in found
    assert _claim("Nico Williams", "stay", "Athletic Bilbao", "official") in found


def test_a_negation_before_the_verb_e_still_negates(kb):
    # folded, "è" is "e": it must not be read as the conjunction that ends the negation's reach
    found = _claims(kb, "Thiago Motta non è stato esonerato dalla Juventus.", "it")
    assert not any(c[1] == "departure" and c[3] == "official" for c in found)


def test_the_words_before_a_position_stop_at_a_clause_break():
    from mercato.extract.claims import _after_last, _before_first, _words_before

    assert _after_last("venduto, ceduto; (in prestito) al", ",;:()") == " al"
    assert _after_last("nessuna pausa", ",;:()") == "nessuna pausa"
    assert _before_first("al Milan, dove", ".;:!?,") == "al Milan"
    # an elided article counts as a word of its own: "l'" before a club reads "l' "
    assert _words_before("ha lasciato l'", 14) == "ha lasciato  "
    assert _words_before("ha lasciato all'", 16) == "ha lasciato all'"


def test_en_an_approach_is_contact_and_a_transfer_request_a_risk(kb):
    assert _claim("Enzo Maresca", "move", "Chelsea", "contact") in _claims(kb, "Chelsea have made an approach for Enzo Maresca.", "en")
    assert _claim("Enzo Maresca", "move", "Chelsea", "negotiation") in _claims(kb, "Chelsea have made a bid for Enzo Maresca.", "en")
    found = _claims(kb, "Alexander Isak has handed in a transfer request at Newcastle.", "en")
    assert _claim("Alexander Isak", "departure", "Newcastle United", "risk") in found


def test_a_done_deal_is_credited_to_who_reports_it_done(kb):
    text = (
        "Roma are in talks with Gian Piero Gasperini, according to Sky Sports. "
        "Roma have officially appointed Gian Piero Gasperini as head coach."
    )
    assert _sources(kb, text, "en")[(fold_key("Gian Piero Gasperini"), "move", "AS Roma")] == []
    text = "Sky Sports reports that Roma have appointed Gian Piero Gasperini as head coach."
    assert _sources(kb, text, "en")[(fold_key("Gian Piero Gasperini"), "move", "AS Roma")] == ["Sky Sports"]


def test_the_exit_a_successor_fills_is_not_credited_to_the_report_on_him(kb):
    found = _sources(kb, "Laut Bild hat der FC Bayern Vincent Kompany als Nachfolger von Thomas Tuchel verpflichtet.", "de")
    assert found[(fold_key("Vincent Kompany"), "move", "Bayern Munich")] == ["Bild"]
    assert found[(fold_key("Thomas Tuchel"), "departure", "Bayern Munich")] == []
    # a replacement still to come is part of what the report says
    found = _sources(kb, "According to The Guardian, Chelsea are considering replacing Enzo Maresca with Thomas Tuchel.", "en")
    assert found[(fold_key("Enzo Maresca"), "departure", "Chelsea")] == ["The Guardian"]


@pytest.mark.parametrize(
    ("intro", "expected"),
    [
        ("The club's owner said:", []),  # his words, not the outlet's report
        ("Fabrizio Romano wrote:", ["Fabrizio Romano"]),
        ("The journalist added:", ["The Athletic"]),
    ],
)
def test_a_quote_belongs_to_whoever_introduces_it(kb, intro, expected):
    text = f'According to The Athletic, Chelsea are in talks with Enzo Maresca. {intro}\n"Chelsea have also made contact with Thomas Tuchel."'
    assert _sources(kb, text, "en")[(fold_key("Thomas Tuchel"), "move", "Chelsea")] == expected


def test_a_heading_ending_in_a_colon_keeps_the_report_going(kb):
    text = "Secondo Sky Sport, la Roma ha avviato i contatti con Gian Piero Gasperini. Ecco i dettagli:\nLa Roma tratta anche con Claudio Ranieri."
    assert _sources(kb, text, "it")[(fold_key("Claudio Ranieri"), "move", "AS Roma")] == ["Sky Sport Italia"]


def test_a_deal_report_credits_the_player_of_the_selling_club_and_his_exit(kb):
    text = (
        "Sporting striker Viktor Gyokeres is close to joining Arsenal. "
        "Valencia defender Cristhian Mosquera is also set to join Arsenal. "
        "Fabrizio Romano reports that an agreement between Arsenal and Sporting has been reached."
    )
    found = _sources(kb, text, "en")
    assert found[(fold_key("Viktor Gyökeres"), "move", "Arsenal")] == ["Fabrizio Romano"]
    assert found[(fold_key("Viktor Gyökeres"), "departure", "Sporting CP")] == ["Fabrizio Romano"]
    assert found[(fold_key("Cristhian Mosquera"), "move", "Arsenal")] == []


@pytest.mark.parametrize(
    ("lang", "text", "person", "club"),
    [
        ("es", "El Barcelona renueva a Hansi Flick hasta 2027. Ya es oficial el respaldo al proyecto de Flick.", "Hansi Flick", "Barcelona"),
        ("en", "Manchester City have handed Pep Guardiola a new contract until 2027. Guardiola has put pen to paper.", "Pep Guardiola", "Manchester City"),
        ("it", "La Juventus ha rinnovato il contratto di Dušan Vlahović. È ufficiale: Vlahović firma.", "Dušan Vlahović", "Juventus"),
    ],
)
def test_a_generic_official_cue_about_a_renewal_is_no_move(kb, lang, text, person, club):
    found = _claims(kb, text, lang)
    assert _claim(person, "stay", club, "official") in found
    assert not any(c[0] == fold_key(person) and c[1] == "move" for c in found)


def test_a_generic_official_cue_with_no_renewal_is_still_a_move(kb):
    found = _claims(kb, "Manchester City want a new manager. Pep Guardiola has put pen to paper.", "en")
    assert _claim("Pep Guardiola", "move", "Manchester City", "official") in found


def test_a_renewal_naming_no_club_goes_with_the_one_named_for_it(kb):
    text = "Il Napoli rinnova con Victor Osimhen. Lo vuole il Galatasaray. Il nigeriano rinnoverà fino al 2027."
    found = _claims(kb, text, "it")
    assert not any(c[1] == "stay" and c[2] == "Galatasaray" for c in found)


@pytest.mark.parametrize(
    ("lang", "text", "person", "former"),
    [
        ("es", "El Valencia ficha a Carlos Corberán, extécnico del Olympiakos y West Bromwich Albion.", "Carlos Corberán", "Olympiacos"),
        ("it", "Il Milan pensa a Maurizio Sarri, l'ex tecnico della Lazio e Juventus.", "Maurizio Sarri", "SS Lazio"),
        ("en", "Roma have hired Claudio Ranieri, the former manager of Chelsea and Leicester.", "Claudio Ranieri", "Chelsea"),
    ],
)
def test_a_former_club_in_apposition_is_not_the_one_he_leaves_now(kb, lang, text, person, former):
    found = _claims(kb, text, lang)
    assert any(c[0] == fold_key(person) and c[1] == "move" for c in found)
    assert not any(c[0] == fold_key(person) and c[2] == former for c in found)


@pytest.mark.parametrize(
    ("lang", "text", "person", "club"),
    [
        ("it", "Il Milan pensa a Maurizio Sarri, l'ex tecnico della Lazio, Napoli e Juventus.", "Maurizio Sarri", "AC Milan"),
        ("en", "West Ham have held talks with Graham Potter, the former manager of Brighton, Chelsea and Swansea.", "Graham Potter", "West Ham United"),
    ],
)
def test_a_list_of_former_clubs_shares_the_mark(kb, lang, text, person, club):
    found = _claims(kb, text, lang)
    assert {c[2] for c in found if c[0] == fold_key(person)} == {club}


def test_a_current_club_in_apposition_is_the_one_he_leaves(kb):
    found = _claims(kb, "Arsenal want Viktor Gyökeres, the striker of Sporting.", "en")
    assert _claim("Viktor Gyökeres", "departure", "Sporting CP", "risk") in found


@pytest.mark.parametrize(
    ("lang", "text", "subject", "club"),
    [
        ("it", "La Juventus, tramite Cristiano Giuntoli e Giorgio Chiellini, ha offerto un contratto a Thiago Motta.", "Thiago Motta", "Juventus"),
        ("es", "El Barcelona, a través de Deco, negocia con Nico Williams.", "Nico Williams", "Barcelona"),
        ("en", "Chelsea, through Paul Winstanley and Laurence Stewart, have made an offer for Victor Osimhen.", "Victor Osimhen", "Chelsea"),
        ("pt", "O Benfica, através de Rui Costa, negocia com Bruno Lage.", "Bruno Lage", "SL Benfica"),
        ("fr", "Le PSG, par l'intermédiaire de Luis Campos, négocie avec Victor Osimhen.", "Victor Osimhen", "Paris Saint-Germain"),
    ],
)
def test_the_people_a_club_acts_through_are_not_subjects(kb, lang, text, subject, club):
    found = _claims(kb, text, lang)
    assert {(c[0], c[1], c[2]) for c in found} == {(fold_key(subject), "move", club)}


def test_a_pair_of_directors_written_as_one_describes_the_club(kb):
    found = _claims(kb, "Il tentativo della Juventus (tramite Giuntoli-Chiellini) è fallito con Thiago Motta.", "it")
    assert not any(c[0] in (fold_key("Cristiano Giuntoli"), fold_key("Giorgio Chiellini")) for c in found)


@pytest.mark.parametrize(
    ("lang", "text", "subject", "bidder", "seller"),
    [
        ("en", "RB Leipzig rejected an offer from Bayern Munich for Xavi Simons.", "Xavi Simons", "Bayern Munich", "RB Leipzig"),
        ("en", "Newcastle have rejected an offer from Liverpool for Alexander Isak.", "Alexander Isak", "Liverpool",
         "Newcastle United"),
        ("fr", "Le Real Madrid a refusé une offre d'Arsenal pour Vinicius Junior.", "Vinícius Júnior", "Arsenal", "Real Madrid"),
        ("it", "L'Atalanta ha rifiutato l'offerta della Juventus per Teun Koopmeiners.", "Teun Koopmeiners", "Juventus",
         "Atalanta"),
        ("es", "El Athletic rechazó una oferta del Barcelona por Nico Williams.", "Nico Williams", "Barcelona", "Athletic Bilbao"),
        ("pt", "O Sporting recusou uma proposta do Arsenal por Viktor Gyokeres.", "Viktor Gyökeres", "Arsenal", "Sporting CP"),
    ],
)
def test_a_club_refusing_an_offer_for_its_player_is_the_club_he_would_leave(kb, lang, text, subject, bidder, seller):
    found = _claims(kb, text, lang)
    assert _claim(subject, "move", bidder, "negotiation") in found
    assert _claim(subject, "departure", seller, "risk") in found
    assert not any(c[1] == "move" and c[2] == seller for c in found)


@pytest.mark.parametrize(
    ("lang", "text", "subject", "club"),
    [
        ("en", "Chelsea have rejected the chance to sign Victor Osimhen.", "Victor Osimhen", "Chelsea"),
        ("it", "Il Napoli ha rifiutato Victor Osimhen.", "Victor Osimhen", "SSC Napoli"),
    ],
)
def test_a_club_refusing_a_player_is_its_own_move_off(kb, lang, text, subject, club):
    assert _claim(subject, "move", club, "off") in _claims(kb, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "subject", "buyer", "seller"),
    [
        ("en", "Talks between Chelsea and Manchester United over Alejandro Garnacho are progressing.", "Alejandro Garnacho",
         "Chelsea", "Manchester United"),
        ("en", "Liverpool and Bayer Leverkusen are negotiating the transfer of Florian Wirtz.", "Florian Wirtz", "Liverpool",
         "Bayer Leverkusen"),
        ("it", "C'è l'accordo tra Napoli e Galatasaray per Victor Osimhen.", "Victor Osimhen", "Galatasaray", "SSC Napoli"),
        ("es", "Acuerdo entre Real Madrid y Liverpool por Trent Alexander-Arnold.", "Trent Alexander-Arnold", "Real Madrid",
         "Liverpool"),
        ("fr", "Accord entre le PSG et Naples pour Khvicha Kvaratskhelia.", "Khvicha Kvaratskhelia", "Paris Saint-Germain",
         "SSC Napoli"),
        ("de", "Einigung zwischen Bayern und Leverkusen über Florian Wirtz.", "Florian Wirtz", "Bayern Munich",
         "Bayer Leverkusen"),
        ("pt", "Há acordo entre o Arsenal e o Sporting por Viktor Gyökeres.", "Viktor Gyökeres", "Arsenal", "Sporting CP"),
    ],
)
def test_a_deal_between_two_clubs_is_a_move_from_the_one_he_plays_for(kb, lang, text, subject, buyer, seller):
    found = _claims(kb, text, lang)
    assert any(c[:3] == (fold_key(subject), "move", buyer) for c in found)
    assert _claim(subject, "departure", seller, "risk") in found
    assert not any(c[1] == "move" and c[2] == seller for c in found)


def test_two_clubs_both_wanting_a_player_are_two_moves(kb):
    found = _claims(kb, "Arsenal and Chelsea have made contact with Victor Osimhen's representatives.", "en")
    assert {c[2] for c in found if c[1] == "move"} == {"Arsenal", "Chelsea"}


def test_a_possible_exit_from_the_club_he_may_join_is_dropped(kb):
    text = (
        "Arsenal are preparing an offer for RB Leipzig's Benjamin Sesko. "
        "Leipzig could be persuaded by a bid from Arsenal to sell Benjamin Sesko."
    )
    found = _claims(kb, text, "en")
    assert any(c[1:3] == ("move", "Arsenal") for c in found)
    assert any(c[1:3] == ("departure", "RB Leipzig") for c in found)
    assert not any(c[1:3] == ("departure", "Arsenal") for c in found)


def test_a_done_move_and_a_possible_exit_from_the_same_club_stand_together(kb):
    found = _claims(kb, "Thomas Frank joined Tottenham in the summer but is already under pressure at Tottenham.", "en")
    assert _claim("Thomas Frank", "move", "Tottenham Hotspur", "official") in found
    assert _claim("Thomas Frank", "departure", "Tottenham Hotspur", "risk") in found


def test_a_person_describing_a_club_with_his_role_is_no_subject(kb):
    found = _claims(kb, "Tottenham, led by former Brentford boss Thomas Frank, are not chasing Bryan Mbeumo.", "en")
    assert _claim("Bryan Mbeumo", "move", "Tottenham Hotspur", "off") in found
    assert not any(c[0] == fold_key("Thomas Frank") for c in found)


@pytest.mark.parametrize(
    "text",
    [
        "Manchester United's second bid for Bryan Mbeumo has been rejected.",
        "Man Utd's Second Bryan Mbeumo Bid Rejected",
    ],
)
def test_a_rejected_bid_is_still_a_negotiation(kb, text):
    assert _claim("Bryan Mbeumo", "move", "Manchester United", "negotiation") in _claims(kb, text, "en")


def test_coached_by_describes_the_club_and_is_no_exit(kb):
    found = _claims(kb, "Chelsea, coached by the Italian Enzo Maresca, have made an offer for Xavi Simons.", "en")
    assert _claim("Xavi Simons", "move", "Chelsea", "negotiation") in found
    assert not any(c[1] == "departure" for c in found)
