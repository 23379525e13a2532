"""English phrasings found by probing with short self-written sentences."""

from __future__ import annotations

import pytest

from mercato.extract import extract
from mercato.kb import load_kb
from mercato.model import Article


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def _claims(kb, text: str) -> set[tuple[str, str, str, str]]:
    result = extract(Article(id="t", lang="en", title="", text=text), kb)
    return {(c.subject, c.type.value, c.club, c.stage.value) for c in result.claims}


def _people(kb, text: str) -> set[str]:
    return {c[0] for c in _claims(kb, text)}


def test_keeping_tabs_and_leading_the_race_are_speculation(kb):
    assert ("Viktor Gyökeres", "move", "Arsenal", "speculation") in _claims(kb, "Arsenal are keeping tabs on Viktor Gyokeres.")
    assert ("Viktor Gyökeres", "move", "Arsenal", "speculation") in _claims(kb, "Arsenal are leading the race to sign Viktor Gyokeres.")
    claims = _claims(kb, "Manchester United are weighing up a swoop for Carlos Baleba.")
    assert ("Carlos Baleba", "move", "Manchester United", "speculation") in claims


def test_keeping_tabs_on_the_title_race_is_no_claim(kb):
    assert not _claims(kb, "Pep Guardiola said Manchester City are keeping tabs on the title race.")
    assert not _claims(kb, "Cole Palmer is monitoring his fitness after a groin injury at Chelsea.")


def test_triggered_the_release_clause_is_negotiation(kb):
    claims = _claims(kb, "Manchester City have triggered the release clause of Tijjani Reijnders.")
    assert ("Tijjani Reijnders", "move", "Manchester City", "negotiation") in claims


def test_talks_have_broken_down_is_off(kb):
    claims = _claims(kb, "Talks between Manchester United and Ruben Amorim have broken down.")
    assert ("Ruben Amorim", "move", "Manchester United", "off") in claims


def test_completed_his_fee_move_is_official(kb):
    claims = _claims(kb, "Mohammed Kudus has completed his £55m move to Tottenham Hotspur from West Ham United.")
    assert ("Mohammed Kudus", "move", "Tottenham Hotspur", "official") in claims
    assert ("Mohammed Kudus", "departure", "West Ham United", "official") in claims
    claims = _claims(kb, "Marcus Rashford has completed a season-long loan move to Barcelona.")
    assert ("Marcus Rashford", "move", "Barcelona", "official") in claims


def test_set_to_complete_and_tied_up_are_agreement(kb):
    claims = _claims(kb, "Chelsea are set to complete the signing of Joao Pedro from Brighton.")
    assert ("João Pedro", "move", "Chelsea", "agreement") in claims
    claims = _claims(kb, "Liverpool tied up a deal for Jeremie Frimpong.")
    assert ("Jeremie Frimpong", "move", "Liverpool", "agreement") in claims


def test_non_transfer_signed_lodged_returned_are_no_moves(kb):
    assert not _claims(kb, "Bukayo Saka signed autographs for Arsenal fans after training.")
    assert not _claims(kb, "Tottenham Hotspur have lodged a formal complaint about Mohammed Kudus.")
    assert not _claims(kb, "Bukayo Saka completed his recovery and returned to training with Arsenal.")


def test_permission_to_leave_and_available_for_transfer_are_risk(kb):
    claims = _claims(kb, "Kyle Walker has been given permission to leave Manchester City.")
    assert ("Kyle Walker", "departure", "Manchester City", "risk") in claims
    claims = _claims(kb, "Kieran Trippier has been told he can leave Newcastle United in January.")
    assert ("Kieran Trippier", "departure", "Newcastle United", "risk") in claims
    claims = _claims(kb, "Rasmus Hojlund has been made available for transfer by Manchester United.")
    assert ("Rasmus Højlund", "departure", "Manchester United", "risk") in claims


def test_will_sign_a_new_deal_is_an_agreed_stay(kb):
    claims = _claims(kb, "Liverpool are confident Virgil van Dijk will sign a new deal.")
    assert ("Virgil van Dijk", "stay", "Liverpool", "agreement") in claims


def _sources(kb, text: str) -> dict[tuple[str, str, str], list[str]]:
    result = extract(Article(id="t", lang="en", title="", text=text), kb)
    return {(c.subject, c.type.value, c.club): sorted(c.sources) for c in result.claims}


def test_outlet_with_an_inner_capital_and_understands_attribute(kb):
    text = "talkSPORT understands Tottenham Hotspur have made an offer for Morgan Gibbs-White."
    assert _sources(kb, text)[("Morgan Gibbs-White", "move", "Tottenham Hotspur")] == ["talkSPORT"]


def test_faces_the_sack_is_risk(kb):
    claims = _claims(kb, "Ruben Amorim faces the sack at Manchester United.")
    assert ("Ruben Amorim", "departure", "Manchester United", "risk") in claims


def test_left_the_pitch_and_left_out_are_no_departures(kb):
    assert not _claims(kb, "Declan Rice left the pitch injured in the second half as Arsenal beat Fulham.")
    assert not _claims(kb, "Andy Robertson was left out of the Liverpool squad.")
    claims = _claims(kb, "Trent Alexander-Arnold left Liverpool in the summer.")
    assert ("Trent Alexander-Arnold", "departure", "Liverpool", "official") in claims
