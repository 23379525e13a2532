"""German cue table. Patterns match folded text: lower case, no accents (ü → u), straight apostrophes.

Folding merges "würde" with "wurde" and "könnte" with "konnte", so neither is a modal marker
("wurde entlassen" is a fact). Separable verbs are matched with a few words between their parts
("sagt dem FC Bayern ab", "schließt sich dem Klub an"). Every noun is capitalised in German, so
`not_names` lists the football nouns that start name-like runs ("Sportdirektor Max Eberl").
"""

from mercato.extract.cues import LanguageTable

_W = r"(?:[\w\-.:]+ )"  # one word, also "1." "1:1" "FC"

_NATIONALITIES = (
    r"kroate|spanier|portugiese|italiener|niederlander|hollander|franzose|osterreicher|schweizer|dane|schwede|"
    r"norweger|englander|schotte|waliser|ire|argentinier|brasilianer|uruguayer|kolumbianer|chilene|mexikaner|"
    r"us-amerikaner|amerikaner|belgier|pole|tscheche|slowake|slowene|serbe|bosnier|ungar|rumane|bulgare|grieche|"
    r"turke|ukrainer|russe|georgier|japaner|koreaner|marokkaner|algerier|tunesier|senegalese|ivorer|kameruner|"
    r"ghanaer|nigerianer|agypter|islander|finne|kanadier|australier|katalane|baske"
)

#: the noun an attributive participle describes ("der verpflichtete Niederländer")
_ATTRIBUTED = (
    r"(?:\w+-)?(?:" + _NATIONALITIES + r"|trainer|coach|cheftrainer|sturmer|angreifer|verteidiger|torhuter|spieler"
    r"|\d{2}-jahrige)"
)


def _sz(patterns: list[str]) -> list[str]:
    """Folding keeps ß, and the press writes both "heiß" and "heiss": accept either."""
    return [p.replace("ss", "(?:ss|ß)") for p in patterns]


def _sz_all(stages: dict[str, list[str]]) -> dict[str, list[str]]:
    return {key: _sz(patterns) for key, patterns in stages.items()}


TABLE = LanguageTable(
    lang="de",
    countries=["Germany", "Austria", "Switzerland"],
    national_coach=[r"(?:nationaltrainer|bundestrainer|trainer|coach) (?:von|des)"],
    refusals=[r"(?:hat |haben )?(?:abgelehnt|lehnt|abgesagt|sagt)"],
    club_possessives=[r"ihren", r"ihrem", r"ihres"],
    stages=_sz_all({
        "move:speculation": [
            r"an einer verpflichtung(?: von)?",
            r"kandidat\w*", r"im gesprach", r"ins gesprach gebracht", r"gehandelt", r"interesse", r"interessiert",
            r"interessieren sich", r"auf dem zettel", r"auf der liste", r"auf der shortlist", r"shortlist", r"im visier",
            r"ins visier", r"wunschkandidat\w*", r"wunschlosung", r"wunschtrainer", r"wunschspieler", r"favorit\w*",
            r"heiss(?:er|e|en)?", r"heisse spur", r"spur", r"topkandidat\w*", r"beobachtet", r"beobachten", r"flirt\w*",
            r"konnte (?:wechseln|kommen|ubernehmen|folgen|beerben|nachfolger werden)", r"liebaugel\w*", r"umworben",
            r"buhlt", r"buhlen", r"baggert", r"baggern", r"lockt", r"locken", r"denkt? uber", r"ein thema",
            r"(?:trainiert|ubernommen|betreut) werden (?:durfte|soll|konnte)", r"soll (?:neuer|der neue) trainer werden",
            r"soll (?:kommen|ubernehmen|wechseln|folgen)", r"mogliche[rn]? (?:nachfolger|neuzugang|wechsel)",
            r"wechsel(?!-)", r"transfer(?!-)", r"spekuliert", r"spekulationen", r"geruchte? um", r"hoch im kurs", r"steht hoch im kurs",
            r"ausgeguckt", r"nachfolgekandidat\w*", r"wunsch", r"traum(?:ziel|kandidat|losung|trainer)?", r"option",
            r"ruckkehr", r"comeback",
        ],
        "move:contact": [
            r"gesprache", r"gesprach", r"kontakt(?:e)?", r"kontaktiert", r"kontakt aufgenommen", r"sondiert",
            r"sondierungs\w*", r"treffen", r"getroffen", r"austausch", r"angefragt", r"anfrage", r"vorgefuhlt",
            r"abgeklopft", r"in kontakt", r"erste gesprache", r"telefoniert",
        ],
        "move:negotiation": [
            r"verhandl\w*", r"verhandel\w*", r"angebot", r"offerte", r"bietet", r"geboten", r"bieten", r"unterbreitet", r"vorgelegt",
            r"poker", r"pokern", r"gebot", r"nachgebessert", r"legt nach", r"ablose(?:summe|forderung)?",
            r"fordert", r"forderung", r"in den verhandlungen", r"feilsch\w*",
        ],
        "move:agreement": [
            r"(?:steht|stehen) (?:kurz |unmittelbar )?vor der (?:verpflichtung|einigung|ruckkehr|unterschrift)",
            r"einig(?:ung)?", r"einigkeit", r"geeinigt", r"sich einig", r"zusage", r"zugesagt", r"sagt zu",
            r"vor dem wechsel", r"steht vor (?:dem|einem) (?:wechsel|transfer|engagement|abschluss|einstieg)", r"vor der unterschrift",
            r"(?:kurz )?vor dem abschluss", r"medizincheck", r"medizinische untersuchung", r"perfekt", r"so gut wie perfekt",
            r"fast perfekt", r"here we go", r"wird (?:neuer|der neue) (?:trainer|chefcoach|cheftrainer|sportdirektor)",
            r"schliesst sich " + _W + r"{0,6}an", r"schliesst sich", r"wird " + _W + r"{0,4}ubernehmen", r"wird wechseln", r"(?:zu|nach) (?:[\w.\-]+ ){1,4}wechseln",
            r"wechselt im sommer", r"(?:fur|zu) (?:einen|einem|den) (?:wechsel|transfer) " + _W + r"{0,3}entschieden",
            r"entschied sich fur", r"sich fur " + _W + r"{1,3}entschieden", r"erhalt " + _W + r"{0,4}\w*vertrag",
            r"handschlag", r"grunes licht", r"durchbruch", r"zuschlag", r"unter dach und fach", r"eingetutet",
            r"eingefadelt", r"in trockenen tuchern", r"auf der zielgeraden", r"ja-wort", r"ja gesagt",
            r"wird (?:neuer|der neue)", r"<wird (?:der )?nachfolger", r">(?:neuer trainer|nachfolger) wird", r"soll (?:am|bis) \w+ unterschreiben", r"wird unterschreiben",
        ],
        "move:official": [
            r"verpflicht\w*(?! " + _ATTRIBUTED + ")", r"holt", r"geholt", r"hat " + _W + r"{0,4}geholt", r"neuer trainer", r"neue trainer",
            r"neuer cheftrainer", r"neuer chefcoach", r"neuer sportdirektor", r"ubernimmt", r"ubernommen", r"offiziell",
            r"bestatigt(?:e)? (?:die verpflichtung|den wechsel|den transfer|die ruckkehr|den zugang|die ankunft)", r"vorgestellt", r"prasentiert", r"unterschrieben", r"unterschreibt", r"unterzeichnet",
            r"(?:amt|dienst|posten|job) (?:\w+ )?angetreten", r"<die nachfolge", r"tritt die nachfolge",
            # "der im Sommer verpflichtete Niederländer": the noun after the participle is the subject
            r">(?:verpflichtete|geholte|ernannte|installierte|gekommene)[nr]?(?= " + _ATTRIBUTED + ")", r"(?:steht|stehen wird|steht nun|steht jetzt) "
            + _W + r"{0,3}an der seitenlinie",
            r"einen neuen arbeitgeber", r"neuen job", r"interimstrainer", r"interimscoach", r"interimsweise", r"interimistisch",
            r"ubergangsweise", r"ubergangstrainer", r"wechselt(?:e)?", r"gewechselt",
            r"heuert an", r"angeheuert", r"befordert",
            r"ruckt auf", r"installiert", r"ernannt", r"neuzugang",
            r"beerbt", r"ist neuer", r"ist der neue", r"<ist (?:der )?(?:neue )?nachfolger",
        ],
        "move:off": [
            r"abgesagt", r"absage", r"sagt " + _W + r"{0,4}ab", r"geplatzt", r"platzt", r"abgelehnt", r"lehnt " + _W + r"{0,4}ab",
            r"kein thema", r"dementiert", r"dementi", r"vom tisch", r"abgesprungen", r"abgewunken", r"winkt ab",
            r"gescheitert", r"zerschlagen", r"korb", r"einen korb", r"aus dem rennen", r"verzichtet",
            r"verworfen", r"nicht mehr aktuell", r"kein interesse", r"entschied sich (?:gegen|fur einen anderen)",
            r"statt(?:dessen)?", r"anstelle", r"anstatt",
        ],
        "departure:risk": [
            r"denk(?:t|en) uber eine (?:entlassung|trennung|freistellung)",
            r"wackelt", r"wackeln", r"auf der kippe", r"in frage", r"infrage", r"angezahlt", r"unter druck", r"vor dem aus",
            r"droht", r"drohende", r"abschied", r"konnte (?:gehen|verlassen|entlassen werden|seinen job verlieren)",
            r"verkauf", r"verkaufen", r">ersetzen", r">(?:beerben|nachfolger werden von)", r"angeschlagen", r"zur disposition",
            r"auf dem prufstand", r"schonfrist", r"galgenfrist", r"letzte chance", r"schleudersitz",
            r"job (?:ist )?in gefahr", r"in gefahr", r"steht zur debatte", r"in der kritik", r"abwanderung",
            r"abgang", r"ausstiegsklausel", r"verlassen konnte", r"wechselwunsch", r"will weg", r"weg will",
            r"soll gehen", r"soll entlassen", r"entlassung droht", r"trainerdiskussion", r"trainerfrage",
        ],
        "departure:official": [
            r"(?:auf eine )?vertragsauflosung(?: geeinigt)?", r"vertrag (?:\w+ ){0,2}aufgelost", r"aufhebung des vertrag(?:e)?s",
            r"entlassen(?:en|e)?", r"entlassung", r"entliess(?:en)?", r"gefeuert", r"rausgeworfen", r"rauswurf",
            r"rausschmiss", r"freigestellt", r"freistellung", r"beurlaubt", r"beurlaubung", r"trennt sich", r"trennen sich",
            r"getrennt", r"trennung", r"musste(?:n)? " + _W + r"{0,14}gehen", r"gehen mussen", r"gehen musste",
            r"(?:ihren|seinen) hut nehmen", r"nahm (?:seinen|ihren) hut", r"zurucktreten", r"zuruckgetreten", r"rucktritt",
            r"tritt zuruck", r"trat zuruck", r"verlasst", r"verlassen", r"verliess", r"aus nach", r"(?:ihre|seine) koffer packen",
            r"opfer", r"reissleine", r">(?<=nachfolge )(?:des|von|der)", r">(?<=nachfolger )(?:des|von|der)",
            r">nach der entlassung (?:von|des)", r">ersetzt", r"scheidende\w*", r"nicht mehr (?:trainer|cheftrainer|coach|sportdirektor)",
            r"trainierte", r"hatte " + _W + r"{0,4}trainiert",
            r"vertrag (?:wurde )?aufgelost",
            r"aufgelost", r"auflosung", r"ablosefrei (?:nach|zu)", r"verabschiedet", r"abschied (?:genommen|verkundet|bestatigt|bekanntgegeben)", r"(?:bestatigt|verkundet|gibt) (?:den|seinen) (?:abschied|abgang|weggang)",
            r"ist geschichte", r"amtsenthebung", r"abgelost", r"entmachtet", r"demission\w*",
            r"verkauft", r"kehrt " + _W + r"{0,3}den rucken",
        ],
        "departure:off": [
            r"bleibt (?:im amt|trainer|cheftrainer|an bord)", r"ruckendeckung", r"jobgarantie", r"treuebekenntnis",
            r"halt an \w+ fest", r"halten an \w+ fest", r"festhalten", r"vertrauen ausgesprochen", r"darf bleiben",
            r"steht nicht zur debatte", r"unverkauflich", r"kein verkauf", r"nicht (?:verkaufen|abgeben|gehen lassen|ziehen lassen)",
        ],
        "stay:speculation": [r"vertragsverlangerung", r"verlangerung", r"bleiben", r"will bleiben", r"soll bleiben"],
        "stay:negotiation": [
            r"verhandlungen uber (?:eine|die|seine) (?:vertragsverlangerung|verlangerung)",
            r"gesprache uber (?:eine|die|seine) (?:vertragsverlangerung|verlangerung)", r"verlangerungsangebot",
        ],
        "stay:agreement": [
            r"wird verlangern", r"verlangerung (?:ist )?(?:fix|beschlossen|perfekt|beschlossene sache)", r"will verlangern",
            r"einigung (?:uber|auf) (?:eine|die) (?:vertragsverlangerung|verlangerung)", r"steht vor der verlangerung",
        ],
        "stay:official": [
            r"verlangert", r"hat verlangert", r"verlangerte", r"vorzeitig verlangert", r"langfristig gebunden", r"bis (?:zum )?(?:sommer |juni )?\d{4} gebunden",
            r"neuen vertrag(?: [\w.\-]+){0,4}? (?:unterschrieben|unterzeichnet|erhalten)", r"vertrag (?:vorzeitig )?verlangert", r"erster profivertrag",
        ],
    }),
    negations=_sz([r"nicht", r"kein(?:e|en|er|em)?", r"nie", r"niemals", r"weder", r"noch nicht"]),
    hedges=_sz([
        r"soll(?:en|te|ten)?", r"konnte(?:n)?", r"durfte(?:n)?", r"angeblich", r"laut", r"berichten", r"berichtet",
        r"geruchte?", r"moglicherweise", r"wohl", r"offenbar", r"offenkundig", r"demnach", r"zufolge", r"vermutlich",
        r"spekuliert", r"medienberichten", r"habe", r"sei",
    ]),
    attributions=_sz([
        r"laut", r"berichtet(?:e|en)?", r"berichten", r"zitiert", r"nach informationen (?:von|der|des)", r"wie .{0,20} berichtet",
        r"meldet", r"melden", r"(?:dem|einem) bericht (?:von|der|des) .{0,30} zufolge", r"zufolge", r"erfuhr", r"informationen (?:von|der)",
        r"schreibt", r"vermeldet", r"verkundet", r"bestatigte",
    ]),
    role_nouns=_sz([
        r"(?:der |des |dem |den )?(?:ex-|co-)?(?:chefcoach|cheftrainer|sportchef|sportdirektor|sportvorstand"
        r"|sportgeschaftsfuhrer|geschaftsfuhrer|sturmer|angreifer|mittelfeldspieler|verteidiger|innenverteidiger"
        r"|aussenverteidiger|abwehrspieler|torhuter|torwart|keeper|fussballlehrer|nationalspieler|coach|stratege"
        r"|ubungsleiter|routinier|linksverteidiger|rechtsverteidiger|flugelspieler|offensivspieler|knipser"
        r"|torjager|kapitan|abwehrchef)(?!-)",
        r"(?<!\d )(?<!viele )(?<!alle )(?<!die )(?<!mehrere )(?<!andere )(?<!neuen )(?<!neuer )(?<!einen )(?<!-)"
        r"(?:der |des |dem |den )?(?:ex-|co-|interims|erfolgs|bundesliga-)?trainer(?!-)(?!\w)",
        r"(?:der |des |dem |den |(?<=e ))(?:" + _NATIONALITIES + r")(?:n|s)?",
        r"(?:der |des |dem |den )\d{2}-jahrige[nm]?",
    ]),
    former_markers=_sz([
        r"ex", r"ex-", r"ehemalige\w*", r"fruhere\w*", r"einst(?:ige\w*)?", r"bereits bei", r"zuvor", r"vorher",
        r"damals", r"seinerzeit", r"schon bei",
        r"stand (?:bereits|einst|zuvor) bei",
        r"ausgebildet (?:bei|beim)", r"stammt aus der jugend (?:von|des)",
    ]),
    club_references=[
        r"der klub", r"der club", r"der verein", r"die vereinsfuhrung", r"die verantwortlichen", r"die bosse",
        r"der bundesligist", r"der zweitligist", r"der drittligist", r"der rekordmeister", r"der tabellenfuhrer",
        r"der aufsteiger", r"der absteiger", r"die klubfuhrung", r"der vorstand",
    ],
    opponent_markers=_sz([
        r"gegen", r"pleite gegen", r"niederlage gegen", r"sieg gegen", r"remis gegen", r"beim \d:\d (?:gegen|bei)",
        r"\d:\d-(?:sieg|niederlage|pleite|remis) (?:gegen|bei)", r"gegen den", r"gegen die", r"unentschieden gegen",
        r"aus gegen", r"duell mit", r"duell gegen", r"derby gegen", r"im spiel gegen", r"verloren gegen", r"verlor gegen",
        r"bezwang", r"besiegte", r"schlug",
    ]),
    origin_markers=_sz([
        r"angebot an (?:den|die|das)", r"aus", r"vom", r"kommt von", r"kommt vom", r"wechselt vom", r"wechselte vom", r"wechsel vom", r"abschied vom",
        r"abschied von", r"verlasst", r"verlassen", r"verliess", r"von (?:seinem|ihrem) (?:bisherigen|alten) (?:klub|verein)",
        r"bislang bei", r"bisher bei", r"noch bei", r"vertrag bei", r"unter vertrag bei",
    ]),
    destination_markers=[r"zu", r"zum", r"zur", r"nach", r"wechsel zu"],
    departure_to=[r"zu", r"zum", r"zur", r"nach"],
    report_references=[r"der journalist", r"der reporter", r"das blatt", r"die zeitung", r"der bericht"],
    counterpart_markers=[r"mit", r"zwischen"],
    club_descriptors=[r"(?:trainiert|betreut|gecoacht) von"],
    club_nouns=[r"klub", r"verein", r"club"],
    pronouns=[r"ihn", r"ihm", r"er"],
    possessives=[r"sein", r"seine", r"seinen", r"seinem", r"seiner", r"seines"],
    copulas=[r"wird", r"werden", r"wurde", r"ist", r"sein", r"als"],
    long_ago=[r"vor (?:\d+|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|mehreren|vielen) (?:jahren|saisons|spielzeiten)", r"(?:\d+|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn) jahre (?:nach|vor|spater|zuvor)"],
    unnamed_roles=[r"(?:(?:der|ein|einen|einem|den|dem) )?(?:neue|neuer|neuen|kunftige|kunftigen|nachste|nachsten) (?:trainer|coach|cheftrainer|sportdirektor)", r"einen? (?:trainer|coach|cheftrainer)"],
    relatives=[r"der", r"die", r"das", r"dem", r"den", r"dessen", r"welcher", r"welche"],
    future_markers=[r"wird", r"soll"],
    modal_markers=[
        r"denkt (?:uber|an)", r"erwagt", r"uberlegt", r"konnte", r"konnten", r"durfte", r"durften", r"soll", r"sollen", r"sollte", r"sollten", r"moglich\w*",
        r"falls", r"wenn", r"eventuell", r"womoglich", r"angeblich", r"will", r"wollen", r"mochte", r"denkbar",
        r"ware", r"waren",
    ],
    conditions={
        "end of season": [r"saisonende", r"zum saisonende", r"am saisonende", r"nach der saison"],
        "next summer": [r"im sommer", r"ab sommer", r"zum sommer", r"im kommenden sommer"],
        "loan": [r"leihe", r"ausgeliehen", r"leihweise", r"leihgeschaft"],
        "option to buy": [r"kaufoption", r"kaufpflicht"],
        "free transfer": [r"ablosefrei", r"vertragsende", r"vertrag lauft aus", r"auslaufend\w*"],
        "release clause": [r"ausstiegsklausel", r"ausstiegsklausel"],
        "pending medical": [r"medizincheck", r"medizinische untersuchung"],
        "pending signature": [r"unterschrift (?:fehlt|steht noch aus)", r"nur noch die unterschrift"],
        "depends on results": [r"bei (?:einer )?(?:weiteren )?(?:niederlage|pleite)", r"ergebnisse"],
    },
    not_names=[
        "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Einem", "Kein", "Keine", "Nach", "Mit",
        "Bei", "Vor", "Von", "Vom", "Zum", "Zur", "Im", "Am", "Auf", "Aus", "Für", "Fur", "Wie", "Wenn", "Als", "Auch",
        "Doch", "Aber", "Und", "Oder", "Noch", "Schon", "Nun", "Jetzt", "Dort", "Hier", "Damit", "Dabei", "Dafür",
        "Laut", "Trotz", "Seit", "Bis", "Ob", "Er", "Sie", "Es", "Wir", "Ich", "Sein", "Seine", "Ihr", "Ihre", "Man",
        "Januar", "Februar", "März", "Marz", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
        "November", "Dezember", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag",
        "Montagabend", "Dienstagabend", "Mittwochabend", "Donnerstagabend", "Freitagabend", "Samstagabend", "Sonntagabend",
        "Bundesliga", "Liga", "Champions", "League", "Pokal", "Klub-WM", "WM", "EM", "Europa", "Conference",
        "Trainer", "Coach", "Co-Trainer", "Cheftrainer", "Chefcoach", "Interimstrainer", "Ex-Trainer", "Nationaltrainer",
        "Bundestrainer", "Erfolgstrainer", "Trainerin", "Sportchef", "Sportdirektor", "Sportvorstand", "Geschäftsführer",
        "Sportgeschäftsführer", "Präsident", "Prasident", "Vorstand", "Vorstandschef", "Boss", "Manager", "Berater",
        "Spielerberater", "Kapitän", "Kapitan", "Stürmer", "Sturmer", "Angreifer", "Torjäger", "Mittelfeldspieler",
        "Verteidiger", "Innenverteidiger", "Abwehrspieler", "Außenverteidiger", "Torhüter", "Torwart", "Keeper",
        "Nationalspieler", "Profi", "Ex-Profi", "Star", "Superstar", "Talent", "Youngster", "Routinier", "Neuzugang",
        "Leihspieler", "Kandidat", "Wunschkandidat", "Topkandidat", "Favorit", "Nachfolger", "Vorgänger", "Vorganger",
        "Deutschland", "Österreich", "Osterreich", "Schweiz", "Spanien", "England", "Italien", "Frankreich", "Portugal",
        "Saison", "Sommer", "Winter", "Wochenende", "Sieg", "Pleite", "Niederlage", "Remis", "Klub", "Club", "Verein",
        "Fußball", "Fussball", "Spiel", "Spieler", "Team", "Mannschaft", "Platz", "Punkte", "Tabelle", "Spieltag",
        "Wechsel", "Transfer", "Vertrag", "Ablöse", "Ablose", "Ablösesumme", "Millionen", "Euro", "Angebot", "Gespräche",
        "Medienberichten", "Berichten", "Bericht", "Informationen", "Angaben", "Zeitung", "Sender", "Training",
        "Entlassung", "Trennung", "Nachfolge", "Verpflichtung", "Zusage", "Einigung", "Verhandlungen", "Interesse",
        "Amt", "Job", "Posten", "Rückkehr", "Ruckkehr", "Abschied", "Aus", "Klubs", "Vereine", "Trainerwechsel",
        "Bundesligist", "Zweitligist", "Drittligist", "Rekordmeister", "Tabellenführer", "Aufsteiger", "Absteiger",
        "Offiziell", "Exklusiv", "Update", "Transfermarkt", "Gerüchte", "Geruchte", "Kader", "Stadion", "Fans",
    ],
    place_prepositions=["in", "nach", "aus"],
    city_prepositions=[],
    loose_names=False,
)
