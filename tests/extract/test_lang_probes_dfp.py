"""German, French and Portuguese probes: short sentences written for these tests."""

from __future__ import annotations


def test_fr_loan_to_a_club_is_an_official_move(claims_in):
    claims = claims_in("fr", "Randal Kolo Muani est prêté à la Juventus jusqu'à la fin de la saison.")
    assert ("Randal Kolo Muani", "move", "Juventus", "official") in claims


def test_fr_son_opening_a_sentence_is_a_possessive(claims_in):
    claims = claims_in("fr", "Éric Roy a été limogé par le Stade Brestois. Son successeur sera nommé cette semaine.")
    assert {c[0] for c in claims} == {"Éric Roy"}


def test_pt_successor_marks_the_predecessor_gone(claims_in):
    claims = claims_in("pt", "Martín Anselmi é o novo treinador do FC Porto, sucedendo a Vítor Bruno.")
    assert ("Vítor Bruno", "departure", "FC Porto", "official") in claims
    assert ("Martín Anselmi", "move", "FC Porto", "official") in claims


def test_pt_deixando_is_a_departure(claims_in):
    claims = claims_in("pt", "Viktor Gyökeres assinou pelo Arsenal, deixando o Sporting.")
    assert ("Viktor Gyökeres", "departure", "Sporting CP", "official") in claims


def test_pt_loaned_to_a_club_is_an_official_move(claims_in):
    claims = claims_in("pt", "Gabriel Barbosa foi emprestado ao Santos.")
    assert ("Gabriel Barbosa", "move", "Santos", "official") in claims
