from mercato.extract.normalise import fold, fold_key, normalise


def test_normalise_repairs_mojibake_and_composes_accents():
    assert normalise("Jurić lascia la Roma") == "Jurić lascia la Roma"
    assert normalise("Jurić") == "Jurić"  # decomposed accent composed (NFC)


def test_normalise_drops_control_characters_but_keeps_newlines():
    assert normalise("a\x00b\nc\x07") == "ab\nc"


def test_fold_keeps_one_character_per_character():
    text = "Gyökeres, l’Équipe e İstanbul"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded.startswith("gyokeres, l'equipe")


def test_fold_key_ignores_punctuation_and_case():
    assert fold_key("Paris Saint-Germain") == fold_key("PARIS saint germain")
