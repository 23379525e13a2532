"""Spanish cue table. Patterns match folded text: lower case, no accents, straight apostrophes."""

from mercato.extract.cues import LanguageTable

TABLE = LanguageTable(
    lang="es",
    stages={
        "move:speculation": [
            r"interes(?:a|an|ado|ada|e)?", r"en (?:la )?(?:agenda|lista|orbita|carpeta)", r"objetivo", r"candidat[oa]s?",
            r"suena", r"suenan", r"sonando", r"opcion(?:es)?", r"sueno", r"quiere(?:n)?", r"pretende(?:n)?",
            r"estudia(?:n)?", r"sigue(?:n)?", r"vinculad[oa]", r"relacionad[oa]", r"apuesta", r"favorito",
            r"en la terna", r"podria (?:llegar|fichar|ser)", r"baraja(?:n)?", r"piensa(?:n)? en", r"tentad[oa]",
        ],
        "move:contact": [r"contactos?", r"conversaciones", r"reunion(?:es)?", r"se reunio", r"sondeo", r"sondead[oa]", r"acercamiento", r"charla"],
        "move:negotiation": [r"negocia\w*", r"oferta", r"propuesta", r"ofrecid[oa]", r"puja", r"tratativas?", r"ha ofrecido"],
        "move:agreement": [
            r"acuerdo (?:total|cerrado|alcanzado|verbal|de principio)", r"(?:alcanzan|alcanzado|cierran|cerrado|hay|tiene) (?:un )?acuerdo",
            r"principio de acuerdo", r"cerrad[oa]", r"hecho", r"a punto de", r"ha dicho si", r"dijo si",
            r"sera el nuevo", r"firmara", r"reconocimiento medico", r"here we go", r"elegid[oa]", r"ha elegido",
        ],
        "move:official": [
            r"oficial", r"oficialmente", r"ha fichado", r"ficha(?:do|je)?", r"contrat[oa]", r"contratado",
            r"nombrad[oa]", r"nuevo (?:entrenador|tecnico|director)", r"firmo", r"ha firmado", r"firmando",
            r"presentad[oa]", r"anuncio", r"anunciad[oa]", r"llego", r"aterrizo", r"se incorporo",
            r"asumio", r"en su lugar", r"para poner en su lugar", r"tecnico del", r"entrenador del",
            r"supervisaran", r"interino", r"se hara cargo", r"sustituto", r"relevo", r"desembarco",
        ],
        "move:off": [r"descartad[oa]", r"rechaz\w*", r"se cae", r"se cayo", r"fracas\w*", r"desmiente", r"desmentido", r"no llegara", r"se enfrio", r"cerro la puerta"],
        "departure:risk": [
            r"en la cuerda floja", r"en el alambre", r"en riesgo", r"en peligro", r"cuestionad[oa]", r"en duda",
            r"podria (?:salir|dejar|ser destituido)", r"salida", r"venta", r"vender", r"dejara", r">sustituir a",
            r">reemplazar a", r"ultimatum", r"pende de un hilo", r"su futuro",
        ],
        "departure:official": [
            r"destituid[oa]", r"destituyo", r"destitucion(?:es)?", r"despedid[oa]", r"despidio", r"despido",
            r"cesad[oa]", r"ceso", r"cesar", r"dimitio", r"dimision", r"ha dejado", r"dejo", r"abandono", r"se marcho",
            r"salio", r"etapa .{0,30}termino", r"termino", r"rescision", r"rescindido", r"prescindido",
            r"prescindir", r"ha salido", r"exentrenador", r"ex tecnico", r">en sustitucion de", r">sustituyendo a",
            r">tras la salida de", r">tras el despido de", r">tras la destitucion de", r"permitirle salir",
        ],
        "departure:off": [r"ratificad[oa]", r"confianza", r"seguira", r"continuara"],
        "stay:speculation": [r"renovacion", r"quiere seguir", r"seguir"],
        "stay:negotiation": [r"negocia(?:n)? (?:su )?renovacion", r"negociando la renovacion"],
        "stay:agreement": [r"acuerdo para (?:la|su) renovacion", r"renovara", r"ampliara"],
        "stay:official": [r"ha renovado", r"renovo", r"renueva", r"amplia(?:do)? (?:su )?contrato", r"prolonga"],
    },
    negations=[r"no", r"nunca", r"ningun[oa]?", r"sin", r"ni"],
    hedges=[r"\w+ria(?:n)?", r"podria(?:n)?", r"segun", r"al parecer", r"supuestamente", r"rumores?", r"posible", r"quizas?"],
    attributions=[r"segun(?: informa| publica| adelanta)?", r"informa", r"publica", r"adelanta", r"revela", r"asegura", r"apunta"],
    role_nouns=[
        r"(?:el |del |al )?(?:ex)?(?:tecnico|entrenador|mister|preparador|tecnico|director deportivo|presidente|delantero|centrocampista|defensa|portero|lateral|extremo|jugador|futbolista)",
        r"(?:el |del |al )?(?:espanol|portugues|italiano|aleman|frances|argentino|brasileno|uruguayo|colombiano|vasco|gallego|asturiano|catalan|andaluz|vallisoletano|madrileno|holandes|croata|belga|ingles)",
        r"el de \w+",
    ],
    former_markers=[r"ex", r"extecnico del", r"exentrenador del", r"ex entrenador del", r"antiguo", r"anterior"],
    club_references=[r"el club", r"la entidad", r"la directiva", r"el conjunto"],
    opponent_markers=[r"contra", r"ante", r"frente a", r"derrota (?:ante|contra)", r"victoria (?:ante|contra)", r"empate (?:ante|con)"],
    origin_markers=[r"desde", r"procedente del", r"procedente de"],
    pronouns=[r"(?:a|de|por|con) el"],
    possessives=[r"su", r"sus"],
    modal_markers=[r"podria(?:n)?", r"si", r"posible", r"quiere(?:n)?", r"querria"],
    conditions={
        "next season": [r"proxima temporada", r"el proximo verano", r"en verano"],
        "loan": [r"cedid[oa]", r"cesion", r"prestamo"],
        "pending medical": [r"reconocimiento medico"],
    },
    not_names=[
        "El", "La", "Los", "Las", "Un", "Una", "Desde", "Hasta", "Tras", "Con", "Sin", "Por", "Para", "Pero",
        "Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio", "Agosto", "Septiembre", "Octubre",
        "Noviembre", "Diciembre", "Lunes", "Martes", "Miercoles", "Jueves", "Viernes", "Sabado", "Domingo",
        "LaLiga", "Liga", "Champions", "Copa", "Rey", "Premier", "League", "Serie", "Europa", "Segunda",
        "Primera", "España", "Espana", "Arabia", "Saudita", "Chipre", "Inglaterra", "Italia", "Francia",
    ],
    city_prepositions=["en", "a", "de", "desde"],
)
