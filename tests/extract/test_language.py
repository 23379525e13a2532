import pytest

from mercato.extract.language import detect_language

SAMPLES = {
    "it": "L'allenatore è stato esonerato dalla società dopo la sconfitta di domenica.",
    "en": "The manager was sacked by the club after the defeat on Sunday afternoon.",
    "es": "El entrenador fue destituido por el club tras la derrota del domingo.",
    "fr": "L'entraîneur a été limogé par le club après la défaite de dimanche.",
    "de": "Der Trainer wurde nach der Niederlage am Sonntag vom Verein entlassen.",
    "pt": "O treinador foi demitido pelo clube depois da derrota de domingo.",
}


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_detects_each_supported_language(lang):
    assert detect_language(SAMPLES[lang]) == lang


def test_empty_text_is_undetermined():
    assert detect_language("   ") == "und"
