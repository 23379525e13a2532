"""French cue table. Patterns match folded text: lower case, no accents, straight apostrophes."""

from mercato.extract.cues import LanguageTable

TABLE = LanguageTable(
    lang="fr",
    stages={
        "move:speculation": [
            r"pist[e]s?", r"cible", r"cibl\w+", r"interesse(?:e|s)?", r"interet", r"convoit\w*", r"dans le viseur",
            r"courtis\w*", r"candidat\w*", r"favori", r"envisag\w*", r"pense a", r"sur les tablettes", r"suivi",
            r"pourrait (?:rejoindre|arriver|debarquer|signer|remplacer)", r"annonce du cote de", r"reve", r"plait",
            r"sur la short-list", r"short-list", r"option", r"dans la course",
        ],
        "move:contact": [r"contacts?", r"contacte", r"discussions?", r"rencontre", r"entretien", r"echanges", r"approche", r"sonde"],
        "move:negotiation": [r"negoci\w*", r"offre", r"proposition", r"tractations", r"pourparlers", r"a formule une offre"],
        "move:agreement": [
            r"accord (?:trouve|total|de principe|verbal|conclu)", r"trouve un accord", r"deal (?:a ete )?conclu",
            r"le deal", r"est l'elu", r"l'elu", r"a dit oui", r"tout proche", r"proche de (?:signer|rejoindre)",
            r"visite medicale", r"va signer", r"signera", r"s'engager", r"bouclee?", r"here we go",
            r"arrive", r"on se dirige vers un contrat",
        ],
        "move:official": [
            r"officiel(?:le)?", r"officiellement", r"officialis\w*", r"a signe", r"signe", r"nomme", r"nouvel entraineur",
            r"nouveau coach", r"nouvel (?:entraineur|coach)", r"s'est engage", r"a rejoint", r"rejoint", r"arrive",
            r"debarque", r"en remplacement de", r"intronise", r"presente", r"recrute", r"recrue", r"arrivee",
            r"sur le banc (?:de|du|des)", r"a pris les commandes", r"interim",
        ],
        "move:off": [r"refus\w*", r"echec", r"capote", r"tombe a l'eau", r"dement\w*", r"ecarte", r"ferme la porte", r"pas question"],
        "departure:risk": [
            r"sur la sellette", r"menace", r"en danger", r"fragilise", r"sur un siege ejectable", r"pourrait (?:partir|quitter|etre limoge)",
            r"depart", r"vente", r"vendre", r">remplacer", r"avenir (?:incertain|en pointille)", r"quittera",
        ],
        "departure:official": [
            r"limoge", r"limogeage", r"evince", r"eviction", r"licencie", r"licenciement", r"demis", r"demission\w*",
            r"a quitte", r"quitte", r"parti", r"est parti", r"remercie", r"c'est (?:officiellement )?termine",
            r"mis a l'ecart", r"separe", r"separation", r"ancien entraineur", r">en remplacement de",
            r">succede a", r">successeur de", r"rupture",
        ],
        "departure:off": [r"confirme a son poste", r"maintenu", r"conforte", r"reste en poste"],
        "stay:speculation": [r"prolongation", r"veut rester", r"rester"],
        "stay:negotiation": [r"discussions? (?:pour|sur) (?:une|la|sa) prolongation", r"negocie sa prolongation"],
        "stay:agreement": [r"accord pour (?:une|la|sa) prolongation", r"va prolonger", r"prolongera"],
        "stay:official": [r"prolonge(?:nt)?", r"a prolonge", r"prolongation .{0,40}officialisee", r"renouvellements?", r"nouveaux contrats", r"premier contrat professionnel", r"lies? (?:au club )?jusqu", r"a paraphe"],
    },
    negations=[r"ne", r"n'", r"pas", r"jamais", r"aucun(?:e)?", r"sans"],
    hedges=[r"\w+rait", r"\w+raient", r"pourrait", r"selon", r"rumeurs?", r"possible", r"serait", r"aurait", r"eventuel\w*"],
    attributions=[r"selon", r"d'apres", r"rapporte", r"affirme", r"revele", r"indique", r"annonce", r"confirme", r"ajoute", r"a confirme"],
    role_nouns=[
        r"(?:l'|le |du |au )?(?:ancien )?(?:entraineur|coach|technicien|manager|attaquant|milieu|defenseur|gardien|joueur|president|directeur sportif|specialiste des transferts)",
        r"(?:le |du |au )?(?:portugais|espagnol|italien|allemand|francais|argentin|bresilien|croate|neerlandais|catalan|basque|belge|anglais)",
    ],
    former_markers=[r"ex", r"ancien(?:ne)? (?:entraineur|coach|joueur) (?:de|du|des)", r"l'ancien", r"ex-"],
    club_references=[r"le club", r"la direction", r"les dirigeants"],
    opponent_markers=[r"contre", r"face a", r"defaite (?:contre|face a)", r"victoire (?:contre|face a|sur)", r"nul (?:contre|face a)"],
    origin_markers=[r"en provenance (?:de|du)", r"venu (?:de|du)", r"arrive (?:de|du)"],
    pronouns=[r"(?:a|de|pour|avec) lui"],
    possessives=[r"son", r"sa", r"ses"],
    modal_markers=[r"pourrait", r"pourraient", r"si", r"eventuel\w*", r"possible", r"voudrait"],
    conditions={"next season": [r"saison prochaine", r"l'ete prochain"], "loan": [r"pret"], "pending medical": [r"visite medicale"]},
    not_names=[
        "Le", "La", "Les", "Un", "Une", "Ce", "Cette", "Si", "Mais", "Avec", "Pour", "Dans", "Selon", "Hier",
        "Janvier", "Fevrier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Aout", "Août", "Septembre",
        "Octobre", "Novembre", "Decembre", "Décembre", "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi",
        "Samedi", "Dimanche", "Ligue", "Coupe", "Champions", "Mercato", "Trophée", "Parc", "Princes", "France",
    ],
    city_prepositions=[],
)
