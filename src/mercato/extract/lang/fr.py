"""French cue table. Patterns match folded text: lower case, no accents, straight apostrophes.

French sports press conventions the table leans on: the present tense reports fresh facts
("X rejoint Y", "X signe à Y"), the conditional reports rumour ("il serait proche de..."), and
"arrive" in a headline announces an imminent deal rather than a done one.
"""

from mercato.extract.cues import LanguageTable

_NATIONALITIES = (
    r"portugais|espagnol|italien|allemand|francais|argentin|bresilien|croate|neerlandais|hollandais|"
    r"catalan|basque|belge|anglais|georgien|marocain|algerien|tunisien|senegalais|ivoirien|camerounais|"
    r"suisse|autrichien|danois|suedois|norvegien|ecossais|gallois|irlandais|americain|uruguayen|colombien|"
    r"chilien|mexicain|serbe|turc|grec|polonais|ukrainien|russe|japonais|coreen|egyptien|ghaneen|nigerian|"
    r"malien|guineen|hongrois|tcheque|slovaque|slovene|bosnien|albanais|kosovar|roumain|bulgare|islandais|"
    r"finlandais|canadien|australien|venezuelien|peruvien|paraguayen|equatorien|gabonais|congolais|"
    r"norvegien|montenegrin|macedonien|breton|corse|lyonnais|marseillais|parisien"
)

TABLE = LanguageTable(
    lang="fr",
    countries=["France", "Belgium", "Switzerland"],
    national_coach=[r"selectionneur (?:de la|de l'|du|des|de)"],
    refusals=[r"(?:a |ont )?(?:refuse|refusent|repousse|decline|decline)"],
    club_possessives=[r"leur"],
    stages={
        "move:speculation": [
            r"fonce(?:nt)? sur", r"hesite(?:nt)? entre",
            r"(?:veu(?:t|lent)|voudrai(?:t|ent)|pourrai(?:t|ent)|souhaite(?:nt)?|aimerai(?:t|ent)|cherche(?:nt)? a) (?:recruter|s'offrir|attirer|faire venir|enroler|signer)",
            r">(?:veut|voudrait|devrait|pourrait) emmener", r">emmenera",
            r"pistes?", r"piste (?:menant|qui mene) (?:a|au|vers)", r"cible", r"cibl\w+", r"interesse(?:e|s|nt)?",
            r"s'interesse(?:nt)? a", r"interet", r"convoit\w*", r"dans le viseur", r"dans (?:le|son|leur) collimateur",
            r"courtis\w*", r"candidat\w*", r"favori(?:te|s)?", r"envisag\w*", r"pense(?:nt)? a", r"songe(?:nt)? a",
            r"sur les tablettes", r"dans les petits papiers", r"suivi", r"supervis\w*", r"coche", r"a coche le nom",
            r"pourrai(?:t|ent) (?:rejoindre|arriver|debarquer|signer|remplacer|s'engager|prendre (?:la releve|place))",
            r"devrai(?:t|ent) (?:rejoindre|arriver|debarquer|signer|remplacer)", r"annonce du cote de",
            r"annonce (?:a|au|en)", r"revent? (?:de |d')(?!etre)", r"plait", r"sur la short-?list", r"short-?list",
            r"liste restreinte", r"dans la course", r"en pole", r"tient la corde", r"pressenti\w*", r"cite(?:e|s)?",
            r"evoque(?:e|s)?", r"nom (?:qui )?circule", r"son nom circule", r"(?:lie|associe) (?:a|au)",
            r"dans les plans", r"fait partie des options", r"l'option", r"une option (?:serieuse|credible|envisagee|etudiee)", r"possible (?:retour|arrivee|successeur)",
            r"retour (?:a|au|en)", r"sur le banc (?:de|du|des)", r"successeur potentiel", r"pour (?:remplacer|succeder a)", r"priorite",
        ],
        "move:contact": [
            r"contacts?", r"contacte(?:e|s)?", r"a pris contact", r"prise de contact", r"premiers contacts",
            r"discussions?", r"discute(?:nt)?", r"rencontr\w*", r"entretiens?", r"echanges", r"a echange",
            r"approche(?:e|s)?", r"sonde(?:e|s)?", r"sondage", r"rendez-vous", r"reunion", r"appel du pied",
        ],
        "move:negotiation": [
            r"passe(?:nt)? a l'offensive (?:pour|sur)",
            r"negoci\w*", r"offres?", r"propositions?", r"tractations", r"pourparlers", r"a formule une offre",
            r"a (?:fait|transmis|soumis|formule) une (?:offre|proposition)", r"(?:a |ont )?propose un (?:contrat|bail)", r"offre (?:formulee|transmise|refusee|rejetee)",
            r"dossier (?:avance|chaud)", r"les discussions avancent", r"bras de fer", r"en passe de",
            r"a fait une offre", r"surench\w*", r"nouvelle offre", r"premiere offre",
        ],
        "move:agreement": [
            r"accord (?:trouve|total|de principe|verbal|conclu|oral|complet|finalise|entre)", r"(?:a |ont )?trouve un accord",
            r"(?:a |ont )?conclu un accord", r"un accord (?:a ete )?(?:trouve|conclu)", r"se sont mis d'accord",
            r"tombes? d'accord", r"feu vert", r"deal (?:a ete )?conclu", r"le deal", r"est l'elu", r"l'elu",
            r"a dit oui", r"a donne son accord", r"tout proche", r"(?:tres |tout )?proche (?:de|d')(?: signer| rejoindre| s'engager| un accord)",
            r"sur le point de (?:signer|rejoindre|s'engager|debarquer|etre nomme)", r"visite medicale",
            r"va (?:signer|rejoindre|s'engager|debarquer|etre nomme|etre intronise|prendre les commandes)",
            r"signera", r"rejoindra", r"s'engagera", r"s'engager", r"bouclee?", r"c'est boucle", r"here we go",
            r"arrive", r"arrivee imminente", r"imminent\w*", r"on se dirige vers un contrat", r"en route (?:vers|pour)",
            r"a choisi", r"ont choisi", r"a opte pour", r"tranche en faveur", r"c'est fait", r"affaire conclue",
            r"dans la derniere ligne droite", r"finalis\w*", r"devrai(?:t|ent) (?:bientot|tres bientot) (?:s'engager|signer|rejoindre)",
            r"prendra (?:place sur le banc|les commandes|la releve)", r"sera le (?:prochain|nouvel|nouveau)",
        ],
        "move:official": [
            r"<(?:a remplace|remplace|succede a)(?!e? par)", r">remplacee? par",
            r"officiel(?:le)?", r"officiellement", r"officialis\w*", r"c'est officiel", r"a signe", r"ont signe", r"signe",
            r"signent", r"nomme(?:e)?", r"a ete nomme", r"a nomme", r"nommination", r"nomination", r"nouvel entraineur",
            r"nouveau coach", r"nouveau (?:manager|technicien|selectionneur|directeur sportif)", r"s'est engage",
            r"s'engage", r"s'est lie", r"a rejoint", r"rejoint", r"est arrive", r"arrive(?:e)? (?:a|en) l'(?:ete|hiver)",
            r"arrive(?:e)? en (?:janvier|juin|juillet|aout|\d{4})", r"debarque", r"a debarque", r"intronise(?:e)?",
            r"presente(?:e)? (?:officiellement|a la presse|aux medias)", r"recrute(?:e)?", r"a recrute", r"pour recruter",
            r"recrue", r"arrivee", r"a pris les commandes", r"prend les commandes", r"a pris la releve", r"prend la releve",
            r"(?:s'assoit|prend place|a pris place) sur le banc", r"interim", r"interimaire", r"interim\w*",
            r"a ete (?:choisi|designe|retenu)", r"designe(?:e)?", r"engage(?:e)? (?:jusqu|pour)", r"paraphe",
            r"a paraphe", r"transfere(?:e)?", r"a ete transfere", r"parti (?:a|au|pour|rejoindre)",
            r"pretee? (?:au|aux|a la|a l')", r"communique officiel", r"annonce officiellement", r"le club a annonce l'arrivee",
        ],
        "move:off": [
            r"refus\w*", r"echec", r"capote", r"tombe(?:e)? a l'eau", r"dement\w*", r"ecarte(?:e)?", r"ferme la porte",
            r"pas question", r"pas d'actualite", r"n'est plus d'actualite", r"piste (?:abandonnee|refroidie|enterree)",
            r"a decline", r"decline\w*", r"abandonn\w*", r"renonc\w*", r"a prefere", r"lui a prefere", r"plutot que",
            r"au profit de", r"a dit non", r"recale(?:e)?", r"hors course", r"n'ira pas", r"ne viendra pas",
            r"ne rejoindra pas", r"ne signera pas", r"fin de non-recevoir", r"douche froide", r"a fait machine arriere",
        ],
        "departure:risk": [
            r"sur la sellette", r"menace(?:e)?", r"en danger", r"fragilise(?:e)?", r"siege ejectable", r"sur un siege ejectable",
            r"pourrai(?:t|ent) (?:partir|quitter|etre limoge|etre remercie|etre demis|faire ses valises)",
            r"devrai(?:t|ent) (?:partir|quitter|etre limoge)", r"avenir (?:incertain|en pointille|s'assombrit|en suspens)",
            r"depart", r"vente", r"vendre", r"a vendre", r"poussee? vers la sortie", r"sur le depart", r"pas (?:encore )?conserve",
            r">(?:remplacer|succeder a|prendre la succession de|prendre la suite de)(?! par)", r">pour (?:remplacer|succeder a)", r"ultimatum", r"joue (?:gros|sa place|son poste)",
            r"en sursis", r"remis en (?:cause|question)", r"cloue au pilori", r"conteste(?:e)?", r"sous pression",
            r"la porte de sortie", r"vers la sortie", r"bon de sortie", r"envisage de se separer", r"pense a se separer",
            r"pourrait se separer",
        ],
        "departure:official": [
            r">(?:a remplace|remplace|succede a)(?!e? par)", r"<remplacee? par",
            r"(?:mettre|met|a mis|mis) (?:un terme|fin) a (?:son|sa) (?:aventure|passage|contrat|collaboration|mandat|histoire)",
            r"limoge(?:e)?", r"limogeage", r"a limoge", r"evince(?:e)?", r"eviction", r"licencie(?:e)?", r"licenciement",
            r"demis(?: de ses fonctions)?", r"demission\w*", r"a demissionne", r"a quitte", r"quitte", r"quittera", r"va quitter",
            r"parti", r"est parti", r"remercie(?:e)?", r"a ete remercie", r"c'est (?:officiellement )?termine", r"c'est fini",
            r"mis a l'ecart", r"mise a l'ecart", r"mis a pied", r"separe", r"s'est separe", r"se separe", r"se separent",
            r"separation", r"a pris fin", r"prend fin", r"fin de (?:son|l') aventure", r"met(?:tre)? (?:un )?terme a",
            r">en remplacement (?:de|d')", r">succede(?:r)? a", r">a succede a", r">successeur (?:de|d')", r">la succession (?:de|d')",
            r">prendre la suite (?:de|d')", r"rupture", r"resili\w*", r"a ete (?:vire|congedie|debarque)", r"congedie",
            r"n'est plus (?:l'entraineur|le coach|l'entraineur principal|le manager|le directeur sportif|le joueur)",
            r"son depart (?:a ete|est) (?:acte|officialise|annonce)", r"annonce(?:r)? (?:le|son) depart", r"depuis (?:son|le) depart",
            r"apres (?:son|le) depart", r"officialis\w* (?:\w+ ){0,3}(?:son|le) depart", r"acte (?:son|le) depart",
            r"a fait ses adieux", r"fait ses valises", r"libere(?:e)?", r"libre depuis", r"sans club depuis",
            r"ne sera plus (?:l'entraineur|le coach|l'entraineur principal|le joueur|joueur)", r"ne fait plus partie", r"sortie de route", r"quittant", r"parti libre", r"laisse sa place",
        ],
        "departure:off": [
            r"(?:pas a vendre|ne (?:vendra|veut pas vendre|laissera pas partir)|refuse de (?:vendre|le laisser partir)|intransferable)",
            r"confirme a son poste", r"maintenu(?:e)?(?: a son poste)?", r"conforte(?:e)?", r"reste en poste",
            r"gardera son poste", r"garde son poste", r"sauve sa place", r"sauve sa tete", r"soutien de (?:sa|la) direction",
            r"pas (?:a|en) vendre", r"intransferable", r"ne partira pas", r"ne quittera pas", r"ne bougera pas",
            r"la confiance (?:de|du|des)", r"renouvele sa confiance", r"pas de depart",
        ],
        "stay:speculation": [r"prolongation", r"veut rester", r"rester", r"restera", r"reste (?:au|a|a la)", r"renouvellement", r"bail"],
        "stay:negotiation": [
            r"discussions? (?:pour|sur|autour d') ?(?:une|la|sa|d'une) prolongation", r"negoci\w* (?:sa|une|la) prolongation",
            r"offre de prolongation", r"pour (?:une|sa|la) prolongation", r"proposition de prolongation", r"prolongation (?:en discussion|en negociation)",
        ],
        "stay:agreement": [
            r"accord (?:pour|sur) (?:une|la|sa) prolongation", r"va prolonger", r"prolongera", r"va renouveler",
            r"prolongation (?:imminente|actee|bouclee)", r"devrait prolonger",
        ],
        "stay:official": [
            r"prolonge(?:nt)?", r"a prolonge", r"ont prolonge", r"prolongation .{0,40}officialisee",
            r"officialis\w* (?:la |sa )?prolongation", r"annonce(?:r)? la prolongation", r"prolongation de (?:son )?contrat",
            r"renouvellements?", r"a renouvele", r"nouveaux contrats", r"signe(?:nt)? (?:\w+ )?(?:un |de |leur )?(?:nouveaux? contrats?|nouveau bail)",
            r"premier contrat professionnel", r"lies? (?:au club )?jusqu", r"desormais lies?", r"a paraphe",
            r"paraphe un nouveau", r"a rempile", r"rempile", r"etendu son contrat",
        ],
    },
    negations=[r"ne", r"n'", r"pas", r"jamais", r"aucun(?:e)?", r"ni", r"guere", r"nullement"],
    hedges=[
        r"\w+rait", r"\w+raient", r"pourrait", r"selon", r"rumeurs?", r"possible", r"serait", r"aurait",
        r"eventuel\w*", r"d'apres", r"il se murmure", r"bruits? de couloir", r"probablement", r"peut-etre",
        r"a en croire", r"visiblement", r"semble(?:rait)?", r"pressenti\w*",
    ],
    attributions=[
        r"selon", r"d'apres", r"rapporte(?:nt)?", r"affirme(?:nt)?", r"revele(?:nt)?", r"indique(?:nt)?",
        r"annonce(?:nt)?", r"confirme(?:nt)?", r"ajoute", r"a confirme", r"a en croire", r"comme l'(?:indique|annonce|affirme|revele)",
        r"informations? (?:de|du|d')", r"explique(?:nt)?", r"assure(?:nt)?", r"croit savoir", r"precise(?:nt)?",
    ],
    role_nouns=[
        r"(?:l'|le |du |au |son |leur )(?:ancien |ex-|actuel |jeune )?(?:entraineur(?: principal)?|coach|technicien|manager"
        r"|attaquant|milieu(?: de terrain| offensif| defensif)?|defenseur(?: central)?|gardien|joueur|international|buteur"
        r"|ailier|lateral|avant-centre|president|directeur sportif|conseiller sportif|selectionneur|tacticien|entraineur adjoint"
        r"|adjoint|specialiste des transferts|natif (?:de|d')\w+|quinquagenaire|quadragenaire|sexagenaire|trentenaire)",
        r"(?:le |du |au |l')(?:" + _NATIONALITIES + r")",
    ],
    former_markers=[
        r"ex", r"ex-", r"l'ex", r"ancien(?:ne)? (?:entraineur|coach|joueur|technicien|attaquant|defenseur|milieu|gardien|president) (?:de|du|des|d')",
        r"l'ancien", r"passe par", r"passe(?:e)? (?:notamment )?par", r"deja (?:passe )?(?:par|a)", r"naguere", r"autrefois",
        r"a entraine", r"avait entraine", r"formee? (?:a|au)", r"passage (?:a|au)", r"jadis",
    ],
    club_references=[
        r"le club", r"la direction", r"les dirigeants", r"la formation", r"l'ecurie", r"l'equipe", r"le president",
    ],
    opponent_markers=[
        r"contre", r"face a", r"face au", r"defaite (?:contre|face a|a|sur la pelouse de)", r"victoire (?:contre|face a|sur|a)",
        r"nul (?:contre|face a|a)", r"battu(?:e|s)? par", r"a battu", r"s'est impose(?:e)? (?:contre|face a|sur)",
        r"eliminee? par", r"revers (?:contre|face a)", r"deplacement (?:a|au|chez)", r"reception (?:de|du)", r"affronter",
        r"affronte", r"choc (?:contre|face a)", r"derby (?:contre|face a)", r"recoit", r"recevra", r"match (?:contre|face a)",
    ],
    origin_markers=[
        r"(?:offre|proposition) (?:au|a|aux)", r"en provenance (?:de|du|d')", r"venu(?:e)? (?:de|du|d')", r"arrive(?:e)? (?:de|du|d')", r"depart (?:de|du|d')",
        r"quitte(?:r)?(?: le| la| l')?", r"a quitte(?: le| la| l')?", r"libere(?:e)? par", r"transfere(?:e)? (?:de|du|d')",
        r"prete(?:e)? par", r"(?:recrut\w*|arrach\w*|chipe\w*|achet\w*|transfer\w*|attir\w*) (?:[\w\-']+ ){1,3}(?:de|du|d')", r"recrute(?:e)? (?:a|au)", r"achete(?:e)? (?:a|au)", r"en partance (?:de|du|d')",
    ],
    destination_markers=[r"vers", r"pour rejoindre", r"rejoindre", r"direction", r"parti(?:e|s)? (?:a|au|aux|a l'|pour|vers)", r"(?:s'est )?engage(?:e)? (?:avec|a|au)"],
    departure_to=[r"au", r"a", r"a l'", r"aux"],
    report_references=[r"le journaliste", r"le quotidien", r"le media", r"la meme source"],
    counterpart_markers=[r"avec", r"entre"],
    club_descriptors=[r"(?:entraine|dirige|preside)e?s? par", r"par l'(?:intermediaire|entremise) de"],
    club_nouns=[r"club", r"formation", r"equipe", r"entraineur", r"technicien", r"banc"],
    pronouns=[r"(?:a|de|pour|avec) lui"],
    copulas=[r"devenir", r"devient", r"deviendra", r"sera", r"est", r"etre", r"comme", r"en tant que"],
    long_ago=[r"il y a (?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs) (?:ans|saisons)", r"(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) (?:ans|saisons) (?:apres|avant|plus tot)"],
    unnamed_roles=[r"(?:(?:le|un|du|au) )?(?:nouvel|nouveau|prochain|futur) (?:entraineur|coach|technicien|manager|selectionneur|directeur sportif)", r"un (?:entraineur|coach|technicien)"],
    relatives=[r"qui", r"que", r"dont", r"lequel", r"laquelle"],
    future_markers=[r"sera", r"va etre"],
    modal_markers=[
        r"pourrai(?:t|ent)", r"si", r"eventuel\w*", r"possible", r"voudrai(?:t|ent)", r"devrai(?:t|ent)", r"aimerai(?:t|ent)",
        r"souhaite(?:rait)?", r"envisage", r"pret(?:e|s)? a", r"en cas de", r"a condition", r"serai(?:t|ent)",
        r"peut-etre", r"probable",
    ],
    conditions={
        "next season": [r"saison prochaine", r"la prochaine saison", r"a l'issue de la saison", r"en fin de saison"],
        "next summer": [r"l'ete prochain", r"cet ete", r"au prochain mercato estival"],
        "loan": [r"pret", r"prete"],
        "option to buy": [r"option d'achat", r"obligation d'achat"],
        "pending medical": [r"visite medicale"],
        "pending signature": [r"reste (?:a|plus qu'a) signer", r"manque (?:plus que )?la signature", r"signature (?:imminente|attendue)"],
        "release clause": [r"clause liberatoire", r"clause de depart"],
        "free transfer": [r"libre de tout contrat", r"en fin de contrat", r"gratuitement"],
        "depends on results": [r"en cas de (?:nouvelle )?(?:defaite|contre-performance)", r"resultats"],
    },
    not_names=[
        "Le", "La", "Les", "L", "Un", "Une", "Des", "Du", "De", "Ce", "Cette", "Ces", "Si", "Mais", "Avec", "Pour",
        "Dans", "Selon", "Hier", "Aujourd'hui", "Demain", "Après", "Apres", "Avant", "Alors", "Ainsi", "Au", "Aux",
        "En", "Et", "Ou", "Il", "Elle", "Ils", "Elles", "On", "Son", "Sa", "Ses", "Leur", "Leurs", "Notre", "Nous",
        "Mon", "Ma", "Je", "Tout", "Tous", "Toutes", "Quant", "Pourtant", "Cependant", "Enfin", "Outre", "Ensuite",
        "Comme", "Depuis", "Par", "Sur", "Sous", "Chez", "Entre", "Vers", "Contre", "Face", "Officiel", "Officiellement",
        "Info", "Infos", "Exclu", "Exclusif", "Mercato", "Transfert", "Transferts", "Rumeur", "Rumeurs", "Vidéo", "Video",
        "Janvier", "Fevrier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Aout", "Août", "Septembre",
        "Octobre", "Novembre", "Decembre", "Décembre", "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi",
        "Samedi", "Dimanche", "Ligue", "Coupe", "Champions", "Trophée", "Trophee", "Parc", "Princes", "Stade",
        "France", "Espagne", "Italie", "Allemagne", "Angleterre", "Portugal", "Europe", "Euro", "Mondial",
        "Premier", "League", "Liga", "Serie", "Bundesliga", "Conference", "Europa", "Championnat", "Équipe", "Equipe",
        "Entraîneur", "Entraineur", "Coach", "Technicien", "Président", "President", "Directeur", "Sportif", "Manager",
        "Sélectionneur", "Selectionneur", "Attaquant", "Milieu", "Défenseur", "Defenseur", "Gardien", "Joueur",
        "Latéral", "Lateral", "Ailier", "Buteur", "Capitaine", "Adjoint", "Monsieur", "Madame", "Gones", "Fenêtre",
        "Saison", "Club", "Direction", "Nationale", "National", "Journée", "Journee", "Dernière", "Derniere",
    ],
    place_prepositions=["a", "en", "vers"],
    city_prepositions=[],
)
