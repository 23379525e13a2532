"""A reproducible synthetic corpus of transfer-news articles, for benchmarks and scale tests.

Articles are assembled from per-language sentence templates (claims at every stage, with
attributions, hedges, conditions and money, plus background filler: results, quotes,
context) over real club, coach, player and outlet names, to the length of real news
(about 1.5-3 KB). The same seed gives the same corpus byte for byte.

    python bench/gen_corpus.py --n 5000 --seed 7 --out bench/corpus/corpus.jsonl

`generate` is the benchmark's stream (unchanged by the additions below, byte for byte).
:mod:`mercato.dev.scale` builds on it for `mercato dev gen-corpus`: copies, urls, outlets,
sharded JSON Lines and WARC.gz output.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

LANGS = ("it", "en", "es", "fr", "de", "pt")

COACHES = [
    "Massimiliano Allegri", "Antonio Conte", "Maurizio Sarri", "Thiago Motta", "Igor Tudor",
    "Gian Piero Gasperini", "Claudio Ranieri", "Simone Inzaghi", "Carlo Ancelotti", "Xabi Alonso",
    "Hansi Flick", "Diego Simeone", "Luis Enrique", "Roberto De Zerbi", "Vincent Kompany",
    "Erik ten Hag", "Ruben Amorim", "Thomas Frank", "Ange Postecoglou", "Mikel Arteta",
    "Enzo Maresca", "Graham Potter", "Julen Lopetegui", "Sérgio Conceição", "Bruno Lage",
    "Paulo Fonseca", "Marco Silva", "Niko Kovač", "Julian Nagelsmann", "Thomas Tuchel",
    "Edin Terzić", "Oliver Glasner", "Unai Emery", "Andoni Iraola", "Ernesto Valverde",
    "Francesco Farioli", "Adi Hütter", "Luciano Spalletti", "Raffaele Palladino", "Stefano Pioli",
]
PLAYERS = [
    "Victor Osimhen", "Viktor Gyökeres", "Jonathan Tah", "Florian Wirtz", "Bryan Mbeumo",
    "Theo Hernández", "Khvicha Kvaratskhelia", "Alexander Isak", "Kevin De Bruyne", "Teun Koopmeiners",
    "Riccardo Calafiori", "Paulo Dybala", "Nico Williams", "Dani Olmo", "Marcus Rashford",
    "Randal Kolo Muani", "Jadon Sancho", "Leroy Sané", "Joshua Kimmich", "Rafael Leão",
    "Dušan Vlahović", "Lautaro Martínez", "Federico Chiesa", "Jonathan David", "Hugo Ekitiké",
]
#: club -> its name in it, en, es, fr, de, pt (a single string when the same everywhere)
CLUBS: dict[str, str | tuple[str, str, str, str, str, str]] = {
    "Juventus": "Juventus", "AC Milan": "Milan", "Inter Milan": "Inter", "AS Roma": "Roma",
    "Napoli": "Napoli", "SS Lazio": "Lazio", "Fiorentina": "Fiorentina", "Atalanta": "Atalanta",
    "Bologna": "Bologna", "Torino": "Torino",
    "Real Madrid": "Real Madrid", "Barcelona": ("Barcellona", "Barcelona", "Barcelona", "Barcelone",
                                                 "FC Barcelona", "Barcelona"),
    "Atlético Madrid": ("Atletico Madrid", "Atlético Madrid", "Atlético de Madrid", "Atlético de Madrid",
                        "Atlético Madrid", "Atlético de Madrid"),
    "Athletic Bilbao": ("Athletic Bilbao", "Athletic Club", "Athletic Club", "Athletic Bilbao",
                        "Athletic Bilbao", "Athletic Bilbao"),
    "Real Sociedad": "Real Sociedad", "Sevilla": ("Siviglia", "Sevilla", "Sevilla", "FC Séville",
                                                  "FC Sevilla", "Sevilha"),
    "Manchester United": "Manchester United", "Manchester City": "Manchester City",
    "Chelsea": "Chelsea", "Arsenal": "Arsenal", "Liverpool": "Liverpool", "Tottenham Hotspur": "Tottenham",
    "West Ham United": "West Ham", "Newcastle United": "Newcastle", "Aston Villa": "Aston Villa",
    "Brentford": "Brentford",
    "Bayern Munich": ("Bayern Monaco", "Bayern Munich", "Bayern de Múnich", "Bayern Munich",
                      "FC Bayern", "Bayern de Munique"),
    "Borussia Dortmund": "Borussia Dortmund", "Bayer Leverkusen": "Bayer Leverkusen",
    "RB Leipzig": "RB Leipzig", "Eintracht Frankfurt": "Eintracht Frankfurt",
    "VfB Stuttgart": "VfB Stuttgart",
    "Paris Saint-Germain": "Paris Saint-Germain", "Olympique de Marseille": ("Marsiglia", "Marseille",
                                                                           "Olympique de Marsella", "l'OM",
                                                                           "Olympique Marseille", "Marselha"),
    "Olympique Lyonnais": ("Lione", "Lyon", "Olympique de Lyon", "l'OL", "Olympique Lyon", "Lyon"),
    "AS Monaco": "Monaco", "Lille": ("Lille", "Lille", "Lille", "le LOSC", "OSC Lille", "Lille"),
    "SL Benfica": "Benfica", "FC Porto": "Porto", "Sporting CP": "Sporting", "SC Braga": "Braga",
    "Galatasaray": "Galatasaray", "Al-Hilal": "Al-Hilal",
}
OUTLETS = {
    "it": ["Sky Sport", "la Gazzetta dello Sport", "il Corriere dello Sport", "Calciomercato.it",
           "Gianluca Di Marzio", "Tuttosport", "la Repubblica"],
    "en": ["The Athletic", "Sky Sports", "The Guardian", "BBC Sport", "talkSPORT", "Fabrizio Romano",
           "The Telegraph"],
    "es": ["Marca", "AS", "Mundo Deportivo", "Relevo", "Sport", "El Chiringuito"],
    "fr": ["L'Équipe", "RMC Sport", "Le Parisien", "Foot Mercato", "Fabrizio Romano"],
    "de": ["Kicker", "Bild", "Sky Sport", "Sport1", "Florian Plettenberg", "Der Spiegel"],
    "pt": ["A Bola", "Record", "O Jogo", "ge", "Fabrizio Romano", "CNN Portugal"],
}
MONTHS = {
    "it": ["gennaio", "giugno", "luglio", "agosto"], "en": ["January", "June", "July", "August"],
    "es": ["enero", "junio", "julio", "agosto"], "fr": ["janvier", "juin", "juillet", "août"],
    "de": ["Januar", "Juni", "Juli", "August"], "pt": ["janeiro", "junho", "julho", "agosto"],
}

# Templates: {p} person, {c} club, {c2} another club, {o} outlet, {n} a number, {m} a month, {y} a year.
CLAIMS: dict[str, list[str]] = {
    "it": [
        "Secondo quanto riportato da {o}, {c} ha avviato i contatti con {p} per la prossima stagione.",
        "{p} è il primo nome sulla lista di {c}, che lo segue da tempo.",
        "{c} avrebbe già presentato un'offerta da {n} milioni di euro per {p}.",
        "La trattativa tra {c} e {p} entra nel vivo: domani è previsto un nuovo incontro con l'entourage.",
        "Accordo raggiunto tra {c} e {p}: manca solo la firma sul contratto fino al {y}.",
        "C|UFFICIALE: {p} è il nuovo allenatore di {c}, ha firmato fino al {y}.",
        "C|{p} rischia l'esonero: la sua panchina a {c} è in bilico dopo l'ennesima sconfitta.",
        "C|{c} ha comunicato l'esonero di {p} dopo i risultati deludenti delle ultime settimane.",
        "Sfuma la pista {p}: {c} ha scelto un altro profilo e la trattativa è saltata.",
        "{c} punta a rinnovare il contratto di {p}, ma solo a partire dalla stagione {y}.",
        "Per {o} il sì di {p} a {c} potrebbe arrivare prima di Natale, a condizione che parta {p2}.",
    ],
    "en": [
        "C|According to {o}, {c} have held talks with {p} over the vacant manager's job.",
        "{p} is on {c}'s shortlist, with the club keen to move before {m}.",
        "{c} have submitted a £{n} million bid for {p}, {o} reports.",
        "{c} are in advanced negotiations with {p}'s representatives.",
        "{c} have reached an agreement in principle with {p}, subject to a medical.",
        "C|{c} have confirmed the appointment of {p} on a deal until {y}.",
        "C|{p} is under growing pressure at {c} and could be sacked if results do not improve.",
        "C|{c} have sacked {p} after a run of one win in ten matches.",
        "{c} have ruled out a move for {p}, who is expected to stay where he is.",
        "{p} has signed a new contract with {c} that runs until {y}.",
        "{o} claims {p} could reportedly leave {c} next summer if {c2} meet his release clause.",
    ],
    "es": [
        "Según {o}, {c} ya ha contactado con el entorno de {p}.",
        "C|{p} es el favorito de {c} para el banquillo la próxima temporada.",
        "{c} negocia con {p} un contrato hasta {y}, informa {o}.",
        "{c} habría ofrecido {n} millones de euros por {p}.",
        "Acuerdo total entre {c} y {p}: solo falta la firma.",
        "C|OFICIAL: {p} es el nuevo entrenador de {c} hasta {y}.",
        "C|{p} está en la cuerda floja en {c} tras la derrota del fin de semana.",
        "C|{c} ha destituido a {p} tras una racha de malos resultados.",
        "{c} descarta el fichaje de {p}, que seguirá en su club.",
        "{c} renueva a {p} hasta {y}.",
    ],
    "fr": [
        "C|Selon {o}, {c} a pris contact avec {p} pour remplacer l'entraîneur actuel.",
        "{p} serait la priorité de {c} pour la saison prochaine.",
        "{c} négocie avec {p} et pourrait boucler le dossier avant {m}.",
        "{c} aurait formulé une offre de {n} millions d'euros pour {p}.",
        "Accord trouvé entre {c} et {p}, qui devrait signer jusqu'en {y}.",
        "C|Officiel : {p} est le nouvel entraîneur de {c}.",
        "C|{p} est menacé à {c} après une nouvelle défaite.",
        "C|{c} a limogé {p} ce lundi matin.",
        "{c} a renoncé à {p}, jugé trop cher.",
        "{p} a prolongé son contrat avec {c} jusqu'en {y}.",
    ],
    "de": [
        "Laut {o} hat {c} Kontakt zu {p} aufgenommen.",
        "{p} steht bei {c} ganz oben auf der Liste.",
        "{c} verhandelt mit {p} über einen Vertrag bis {y}.",
        "{c} soll ein Angebot über {n} Millionen Euro für {p} abgegeben haben.",
        "{c} und {p} haben sich grundsätzlich geeinigt, berichtet {o}.",
        "C|Offiziell: {p} wird neuer Trainer bei {c} und unterschreibt bis {y}.",
        "C|{p} steht bei {c} nach der nächsten Niederlage vor dem Aus.",
        "C|{c} hat sich von {p} getrennt.",
        "Ein Wechsel von {p} zu {c} ist vom Tisch.",
        "{p} verlängert seinen Vertrag bei {c} bis {y}.",
    ],
    "pt": [
        "Segundo {o}, {c} já contactou {p} para a próxima época.",
        "C|{p} é o preferido de {c} para o comando técnico.",
        "{c} está em negociações com {p} e quer fechar antes de {m}.",
        "{c} terá oferecido {n} milhões de euros por {p}.",
        "Há acordo entre {c} e {p}, que assina até {y}.",
        "C|Oficial: {p} é o novo treinador de {c}.",
        "C|{p} está em risco em {c} depois de mais uma derrota.",
        "C|{c} despediu {p} após a derrota de domingo.",
        "{c} desistiu de {p}, considerado demasiado caro.",
        "{p} renovou com {c} até {y}.",
    ],
}
FILLER: dict[str, list[str]] = {
    "it": [
        "La squadra ha chiuso il girone d'andata con {n} punti, lontana dagli obiettivi di inizio stagione.",
        "Nell'ultima partita è arrivato un pareggio per 1-1 che non ha soddisfatto la tifoseria.",
        "La dirigenza si riunirà nei prossimi giorni per fare il punto sul mercato di {m}.",
        "I tifosi hanno contestato la società sotto la sede con striscioni e cori.",
        "Il direttore sportivo ha parlato di un progetto a lungo termine, con un budget di {n} milioni.",
        "In conferenza stampa l'allenatore ha difeso il gruppo: \"Siamo uniti, ne usciremo\".",
        "Il club ha chiuso l'ultimo bilancio con una perdita di {n} milioni di euro.",
        "Lo stadio era esaurito, con oltre {n} mila spettatori sugli spalti.",
        "Il capitano ha saltato l'allenamento per un affaticamento muscolare.",
        "Il calendario non aiuta: nelle prossime tre gare arrivano due big del campionato.",
        "La rosa conta diversi infortunati, tra cui due titolari in difesa.",
    ],
    "en": [
        "The side sit {n} points off the European places after a difficult autumn.",
        "Saturday's 2-2 draw at home did little to ease the mood among supporters.",
        "The board is expected to meet next week to review the {m} transfer budget.",
        "\"We have to stay together and keep working,\" the captain said after the game.",
        "Several first-team players are out injured, including both first-choice centre-backs.",
        "The club's hierarchy have promised a long-term project built around young players.",
        "Attendance has dropped to its lowest level in {n} years.",
        "Next up is a trip to face one of the league leaders on Sunday afternoon.",
        "The club posted a pre-tax loss of £{n} million in its latest accounts.",
        "A crowd of {n},000 watched the game in driving rain.",
        "The captain missed training on Thursday with a minor hamstring problem.",
        "Fans held a protest outside the stadium before kick-off.",
    ],
    "es": [
        "El equipo suma {n} puntos y está lejos de los puestos europeos.",
        "El empate del domingo en casa no convenció a la afición.",
        "La directiva se reunirá la próxima semana para planificar el mercado de {m}.",
        "\"Tenemos que seguir trabajando\", dijo el capitán tras el partido.",
        "La plantilla acumula varias lesiones, entre ellas dos titulares en defensa.",
        "El club quiere un proyecto a largo plazo con jóvenes de la cantera.",
        "El calendario no ayuda: llegan tres partidos seguidos contra rivales directos.",
        "El club cerró el último ejercicio con unas pérdidas de {n} millones de euros.",
        "Más de {n} mil aficionados llenaron el estadio pese a la lluvia.",
        "El capitán no se entrenó el jueves por unas molestias musculares.",
        "La afición protestó a las puertas del estadio antes del partido.",
    ],
    "fr": [
        "Le club ne compte que {n} points et pointe loin des places européennes.",
        "Le nul concédé à domicile dimanche a laissé les supporters perplexes.",
        "La direction se réunira la semaine prochaine pour préparer le mercato de {m}.",
        "« Nous devons rester soudés », a déclaré le capitaine après la rencontre.",
        "Plusieurs joueurs sont blessés, dont deux titulaires en défense.",
        "Le président a promis un projet sur le long terme autour des jeunes du centre de formation.",
        "Le calendrier s'annonce chargé avec trois matches en huit jours.",
        "Le club a enregistré une perte de {n} millions d'euros lors du dernier exercice.",
        "Plus de {n} 000 spectateurs ont assisté à la rencontre malgré la pluie.",
        "Le capitaine a manqué l'entraînement jeudi en raison d'une gêne musculaire.",
        "Des supporters ont manifesté devant le stade avant le coup d'envoi.",
    ],
    "de": [
        "Die Mannschaft hat nur {n} Punkte gesammelt und liegt weit hinter den Erwartungen.",
        "Das 1:1 am Wochenende sorgte bei den Fans für Unmut.",
        "Die Vereinsführung will in der kommenden Woche über die Kaderplanung für {m} beraten.",
        "\"Wir müssen jetzt zusammenhalten\", sagte der Kapitän nach dem Spiel.",
        "Mehrere Stammspieler fallen verletzt aus, darunter zwei Innenverteidiger.",
        "Der Sportvorstand spricht von einem langfristigen Projekt mit jungen Spielern.",
        "Das Programm bleibt anspruchsvoll: Es folgen drei Spiele in acht Tagen.",
        "Der Verein wies im letzten Geschäftsjahr einen Verlust von {n} Millionen Euro aus.",
        "Mehr als {n}.000 Zuschauer verfolgten die Partie trotz Regen.",
        "Der Kapitän setzte am Donnerstag wegen muskulärer Probleme mit dem Training aus.",
        "Vor dem Anpfiff protestierten Fans vor dem Stadion.",
    ],
    "pt": [
        "A equipa soma {n} pontos e está longe dos lugares europeus.",
        "O empate de domingo em casa deixou os adeptos descontentes.",
        "A direção vai reunir-se na próxima semana para preparar o mercado de {m}.",
        "\"Temos de continuar unidos\", disse o capitão no final do jogo.",
        "O plantel tem vários lesionados, incluindo dois titulares na defesa.",
        "O presidente prometeu um projeto a longo prazo apostado na formação.",
        "O calendário não ajuda: seguem-se três jogos em oito dias.",
        "O clube apresentou um prejuízo de {n} milhões de euros no último exercício.",
        "Mais de {n} mil adeptos assistiram ao jogo apesar da chuva.",
        "O capitão falhou o treino de quinta-feira devido a uma lesão muscular ligeira.",
        "Os adeptos protestaram à porta do estádio antes do apito inicial.",
    ],
}
TITLES: dict[str, list[str]] = {
    "it": ["{c}, le ultime su {p}", "Mercato {c}: novità per {p}", "{p} e {c}, cosa succede"],
    "en": ["{c} latest: {p} update", "{p} and {c}: where things stand", "Transfer news: {c} and {p}"],
    "es": ["{c}: última hora sobre {p}", "Mercado: {p} y {c}", "{p}, en el radar de {c}"],
    "fr": ["Mercato {c} : le point sur {p}", "{p} et {c}, où en est le dossier", "{c} : du nouveau pour {p}"],
    "de": ["{c}: Neues zu {p}", "Transfer-News: {p} und {c}", "{p} und {c} – der Stand"],
    "pt": ["{c}: as últimas sobre {p}", "Mercado: {p} e {c}", "{p} no radar de {c}"],
}


def club_name(canonical: str, lang: str) -> str:
    names = CLUBS[canonical]
    return names if isinstance(names, str) else names[LANGS.index(lang)]


def make_article(rng: random.Random, index: int) -> dict[str, str]:
    """One article about a focal person and club, with other people and clubs around them."""
    lang = LANGS[index % len(LANGS)] if index < len(LANGS) else rng.choice(LANGS)
    is_coach = rng.random() < 0.7
    focal = rng.choice(COACHES if is_coach else PLAYERS)
    club, club2 = (club_name(c, lang) for c in rng.sample(list(CLUBS), 2))
    templates = [t for t in CLAIMS[lang] if is_coach or not t.startswith("C|")]

    def fill(template: str, person: str, main_club: str) -> str:
        return template.removeprefix("C|").format(
            p=person, p2=rng.choice(PLAYERS), c=main_club, c2=club2,
            o=rng.choice(OUTLETS[lang]), n=rng.randint(2, 90), m=rng.choice(MONTHS[lang]),
            y=rng.randint(2025, 2029),
        )

    def claim() -> str:
        if rng.random() < 0.7:
            return fill(rng.choice(templates), focal, club)
        template = rng.choice(CLAIMS[lang])
        other = rng.choice(COACHES if template.startswith("C|") else PLAYERS + COACHES)
        return fill(template, other, club_name(rng.choice(list(CLUBS)), lang))

    filler: list[str] = []
    target = rng.randint(1500, 3000)
    paragraphs: list[str] = []
    length = 0
    while length < target:
        sentences = [claim() for _ in range(rng.choice((0, 1, 1, 2)))]
        for _ in range(rng.randint(1, 3)):
            if not filler:  # draw background sentences without repeats until the pool runs out
                filler = rng.sample(FILLER[lang], len(FILLER[lang]))
            sentences.append(fill(filler.pop(), focal, club))
        rng.shuffle(sentences)
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    return {
        "id": f"bench-{index:05d}",
        "title": fill(rng.choice(TITLES[lang]), focal, club),
        "text": "\n\n".join(paragraphs),
        "published": f"{rng.choice((2024, 2025))}-{month:02d}-{day:02d}",
    }


def generate(n: int, seed: int = 7) -> Iterator[dict[str, str]]:
    """`n` articles, the first six one per language, the rest in random languages."""
    rng = random.Random(seed)
    for i in range(n):
        yield make_article(rng, i)


def write_corpus(out: Path, n: int, seed: int = 7) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for record in generate(n, seed):
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return out
