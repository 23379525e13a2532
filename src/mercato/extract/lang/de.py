"""German cue table. Patterns match folded text: lower case, no accents (ü → u), straight apostrophes."""

from mercato.extract.cues import LanguageTable

TABLE = LanguageTable(
    lang="de",
    stages={
        "move:speculation": [
            r"kandidat\w*", r"im gesprach", r"gehandelt", r"interesse", r"interessiert", r"auf dem zettel",
            r"im visier", r"wunschkandidat", r"favorit", r"heiss", r"topkandidat", r"beobachtet", r"flirt",
            r"konnte (?:wechseln|kommen|ubernehmen)", r"liebaugel\w*", r"umworben",
        ],
        "move:contact": [r"gesprache", r"kontakt", r"kontaktiert", r"sondiert", r"treffen", r"austausch"],
        "move:negotiation": [r"verhandl\w*", r"angebot", r"offerte", r"bietet", r"geboten"],
        "move:agreement": [r"einig(?:ung)?", r"einigkeit", r"zusage", r"vor dem wechsel", r"steht vor", r"medizincheck", r"perfekt", r"here we go", r"wird (?:neuer|der neue) trainer"],
        "move:official": [
            r"verpflicht\w*", r"holt", r"geholt", r"neuer trainer", r"neue trainer", r"ubernimmt", r"ubernommen",
            r"offiziell", r"bestatigt(?:e)?", r"vorgestellt", r"unterschrieben", r"unterschreibt", r"angetreten",
            r"nachfolge", r"an der seitenlinie", r"einen neuen arbeitgeber", r"interimstrainer", r"interimsweise",
            r"trainiert(?:e)?", r"wechselt(?:e)?", r"wechsel",
        ],
        "move:off": [r"abgesagt", r"absage", r"geplatzt", r"abgelehnt", r"kein thema", r"dementiert", r"vom tisch"],
        "departure:risk": [r"wackelt", r"auf der kippe", r"in frage", r"angezahlt", r"unter druck", r"vor dem aus", r"droht", r"abschied", r"konnte (?:gehen|verlassen)", r"verkauf", r">ersetzen"],
        "departure:official": [
            r"entlassen(?:en|e)?", r"entlassung", r"entliessen", r"gefeuert", r"freigestellt", r"freistellung",
            r"beurlaubt", r"trennt sich", r"getrennt", r"trennung", r"musste (?:\w+ ){0,8}gehen", r"gehen mussen",
            r"ihren hut nehmen", r"seinen hut nehmen", r"zurucktreten", r"zuruckgetreten", r"rucktritt",
            r"verlasst", r"verlassen", r"verliess", r"aus nach", r"ihre koffer packen", r"opfer",
            r"reissleine", r">nachfolge (?:des|von)", r">nach der entlassung von",
        ],
        "departure:off": [r"bleibt (?:im amt|trainer)", r"ruckendeckung", r"jobgarantie"],
        "stay:speculation": [r"vertragsverlangerung", r"bleiben"],
        "stay:negotiation": [r"verhandlungen uber (?:eine|die) verlangerung"],
        "stay:agreement": [r"wird verlangern", r"verlangerung (?:ist )?(?:fix|beschlossen)"],
        "stay:official": [r"verlangert", r"hat verlangert", r"verlangerte"],
    },
    negations=[r"nicht", r"kein(?:e|en|er)?", r"nie", r"ohne"],
    hedges=[r"soll(?:en)?", r"konnte(?:n)?", r"wurde(?:n)?", r"angeblich", r"laut", r"berichten", r"geruchte?", r"moglicherweise", r"wohl"],
    attributions=[r"laut", r"berichtet(?:e)?", r"zitiert", r"nach informationen von", r"wie .{0,20} berichtet", r"meldet"],
    role_nouns=[
        r"(?:der |des |dem |den )?(?:ex-)?(?:trainer|coach|chefcoach|cheftrainer|sportchef|sportdirektor|sportvorstand|sturmer|angreifer|mittelfeldspieler|verteidiger|torhuter|spieler|fussballlehrer)",
        r"(?:der |des |dem |den )?(?:kroate\w*|spanier\w*|portugiese\w*|italiener\w*|niederlander\w*|franzose\w*|osterreicher\w*|schweizer\w*|dane\w*|schwede\w*|englander\w*|argentinier\w*|brasilianer\w*)",
        r"(?:der |des |dem |den )?\d{2}-jahrige\w*",
    ],
    former_markers=[r"ex", r"ex-", r"ehemalige\w*", r"fruhere\w*", r"einst", r"bereits bei", r"zuvor"],
    club_references=[r"der klub", r"der verein", r"die vereinsfuhrung", r"die verantwortlichen"],
    opponent_markers=[r"gegen", r"pleite gegen", r"niederlage gegen", r"sieg gegen", r"remis gegen", r"beim \d:\d (?:gegen|bei)"],
    origin_markers=[r"aus", r"vom", r"kommt von"],
    pronouns=[r"ihn", r"ihm"],
    possessives=[r"sein", r"seine", r"seinen", r"seinem", r"seiner", r"seines"],
    modal_markers=[r"konnte", r"konnten", r"wurde", r"wurden", r"soll", r"sollen", r"moglich\w*", r"falls", r"wenn"],
    conditions={"end of season": [r"saisonende", r"im sommer", r"ab sommer"], "loan": [r"leihe", r"ausgeliehen"]},
    not_names=[
        "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Kein", "Keine", "Nach", "Mit", "Bei", "Vor",
        "Januar", "Februar", "März", "Marz", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
        "November", "Dezember", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag",
        "Bundesliga", "Liga", "Champions", "League", "Trainer", "Coach", "Sportchef", "Sportdirektor",
        "Deutschland", "Saison", "Sommer", "Winter", "Wochenende", "Sieg", "Pleite", "Klub", "Verein",
        "Fußball", "Fussball", "Spiel", "Spieler", "Team", "Mannschaft", "Platz", "Punkte", "Tabelle",
    ],
    city_prepositions=[],
    loose_names=False,
)
