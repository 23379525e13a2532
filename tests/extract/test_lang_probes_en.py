"""English phrasings found by probing with short self-written sentences."""

from __future__ import annotations


def test_keeping_tabs_and_leading_the_race_are_speculation(claims_in):
    assert ("Viktor Gyökeres", "move", "Arsenal", "speculation") in claims_in("en", "Arsenal are keeping tabs on Viktor Gyokeres.")
    assert ("Viktor Gyökeres", "move", "Arsenal", "speculation") in claims_in("en", "Arsenal are leading the race to sign Viktor Gyokeres.")
    claims = claims_in("en", "Manchester United are weighing up a swoop for Carlos Baleba.")
    assert ("Carlos Baleba", "move", "Manchester United", "speculation") in claims


def test_keeping_tabs_on_the_title_race_is_no_claim(claims_in):
    assert not claims_in("en", "Pep Guardiola said Manchester City are keeping tabs on the title race.")
    assert not claims_in("en", "Cole Palmer is monitoring his fitness after a groin injury at Chelsea.")


def test_triggered_the_release_clause_is_negotiation(claims_in):
    claims = claims_in("en", "Manchester City have triggered the release clause of Tijjani Reijnders.")
    assert ("Tijjani Reijnders", "move", "Manchester City", "negotiation") in claims


def test_talks_have_broken_down_is_off(claims_in):
    claims = claims_in("en", "Talks between Manchester United and Ruben Amorim have broken down.")
    assert ("Ruben Amorim", "move", "Manchester United", "off") in claims


def test_completed_his_fee_move_is_official(claims_in):
    claims = claims_in("en", "Mohammed Kudus has completed his £55m move to Tottenham Hotspur from West Ham United.")
    assert ("Mohammed Kudus", "move", "Tottenham Hotspur", "official") in claims
    assert ("Mohammed Kudus", "departure", "West Ham United", "official") in claims
    claims = claims_in("en", "Marcus Rashford has completed a season-long loan move to Barcelona.")
    assert ("Marcus Rashford", "move", "Barcelona", "official") in claims


def test_set_to_complete_and_tied_up_are_agreement(claims_in):
    claims = claims_in("en", "Chelsea are set to complete the signing of Joao Pedro from Brighton.")
    assert ("João Pedro", "move", "Chelsea", "agreement") in claims
    claims = claims_in("en", "Liverpool tied up a deal for Jeremie Frimpong.")
    assert ("Jeremie Frimpong", "move", "Liverpool", "agreement") in claims


def test_non_transfer_signed_lodged_returned_are_no_moves(claims_in):
    assert not claims_in("en", "Bukayo Saka signed autographs for Arsenal fans after training.")
    assert not claims_in("en", "Tottenham Hotspur have lodged a formal complaint about Mohammed Kudus.")
    assert not claims_in("en", "Bukayo Saka completed his recovery and returned to training with Arsenal.")


def test_permission_to_leave_and_available_for_transfer_are_risk(claims_in):
    claims = claims_in("en", "Kyle Walker has been given permission to leave Manchester City.")
    assert ("Kyle Walker", "departure", "Manchester City", "risk") in claims
    claims = claims_in("en", "Kieran Trippier has been told he can leave Newcastle United in January.")
    assert ("Kieran Trippier", "departure", "Newcastle United", "risk") in claims
    claims = claims_in("en", "Rasmus Hojlund has been made available for transfer by Manchester United.")
    assert ("Rasmus Højlund", "departure", "Manchester United", "risk") in claims


def test_will_sign_a_new_deal_is_an_agreed_stay(claims_in):
    claims = claims_in("en", "Liverpool are confident Virgil van Dijk will sign a new deal.")
    assert ("Virgil van Dijk", "stay", "Liverpool", "agreement") in claims



def test_outlet_with_an_inner_capital_and_understands_attribute(sources_in):
    text = "talkSPORT understands Tottenham Hotspur have made an offer for Morgan Gibbs-White."
    assert sources_in("en", text)[("Morgan Gibbs-White", "move", "Tottenham Hotspur")] == ["talkSPORT"]


def test_faces_the_sack_is_risk(claims_in):
    claims = claims_in("en", "Ruben Amorim faces the sack at Manchester United.")
    assert ("Ruben Amorim", "departure", "Manchester United", "risk") in claims


def test_left_the_pitch_and_left_out_are_no_departures(claims_in):
    assert not claims_in("en", "Declan Rice left the pitch injured in the second half as Arsenal beat Fulham.")
    assert not claims_in("en", "Andy Robertson was left out of the Liverpool squad.")
    claims = claims_in("en", "Trent Alexander-Arnold left Liverpool in the summer.")
    assert ("Trent Alexander-Arnold", "departure", "Liverpool", "official") in claims
