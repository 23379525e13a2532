"""Spanish cue table. Patterns match folded text: lower case, no accents, straight apostrophes.

Written for the sports press of Spain and Latin America. Folding merges some forms that differ
only by an accent ("contrató" / "contrato", "dejará" / "dejara", "término" / "terminó"), so the
ambiguous ones are only used together with the words that disambiguate them.
"""

from mercato.extract.cues import LanguageTable

_NATIONALITIES = (
    r"espanol|portugues|luso|italiano|transalpino|aleman|germano|teuton|frances|galo|argentino|brasileno|"
    r"uruguayo|charrua|colombiano|cafetero|chileno|peruano|mexicano|azteca|paraguayo|ecuatoriano|venezolano|"
    r"boliviano|costarricense|vasco|gallego|asturiano|catalan|andaluz|valenciano|navarro|aragones|canario|"
    r"vallisoletano|madrileno|cantabro|riojano|manchego|extremeno|murciano|holandes|neerlandes|croata|belga|"
    r"ingles|britanico|escoces|gales|irlandes|sueco|noruego|danes|suizo|austriaco|turco|griego|serbio|polaco|"
    r"ruso|ucraniano|georgiano|marroqui|senegales|nigeriano|camerunes|japones|coreano|estadounidense|"
    r"norteamericano|canadiense|australiano"
)
_ROLES = (
    r"tecnico|entrenador|mister|preparador(?: fisico)?|segundo entrenador|entrenador de porteros|ayudante|"
    r"analista|seleccionador|estratega|timonel|dt|director deportivo|director tecnico|secretario tecnico|"
    r"presidente|delantero|ariete|goleador|atacante|centrocampista|mediocentro|medio|pivote|volante|"
    r"mediapunta|interior|defensa|defensor|central|zaguero|portero|guardameta|arquero|meta|cancerbero|lateral|"
    r"carrilero|extremo|jugador|futbolista|internacional|canterano|capitan|fichaje"
)

TABLE = LanguageTable(
    lang="es",
    countries=["Spain", "Mexico", "Argentina"],
    national_coach=[r"seleccionador (?:de|del)", r"(?:entrenador|tecnico|dt) de la seleccion de", r"seleccion de"],
    refusals=[r"(?:ha |han )?(?:rechazado|rechaza|rechazo|declinado|declina|dicho no a)"],
    stages={
        "move:speculation": [
            r"<(?:para )?(?:sustituir|suceder|reemplazar|relevar) a",
            r">(?:quiere|querría|llevará|podría llevar) consigo", r">quiere llevarse", r">se llevará",
            r"interes(?:a|an|ado|ada|ados|e)?", r"se interes(?:a|an|o|aron) por", r"le interesa",
            r"en (?:la |su )?(?:agenda|lista|orbita|carpeta|radar|mira|recamara|quiniela)", r"en el radar",
            r"objetivos?(?! (?:es|era|sera|fue|de la temporada|de la permanencia))", r"candidat[oa]s?",
            r"candidatura", r"suena(?:n)?(?: con fuerza)?", r"sonando", r"opcion(?:es)?(?! de (?:compra|recompra|venta))", r"sueno",
            r"quiere(?:n)?", r"queria(?:n)?", r"pretende(?:n)?", r"pretendid[oa]", r"pretendientes?",
            r"estudia(?:n)?", r"sigue(?:n)? (?:la pista|de cerca|muy de cerca|con atencion|los pasos)",
            r"le sigue(?:n)?", r"vinculad[oa]s?", r"relacionad[oa]s?", r"apuesta(?:n)? por", r"favorit[oa]s?",
            r"en la terna", r"en la pole", r"primera opcion", r"mejor colocado", r"se perfila", r"gana(?:n)? enteros",
            r"gana(?:n)? fuerza", r"podria(?:n)? (?:llegar|fichar|ser|recalar|aterrizar|convertirse|desembarcar)",
            r"baraja(?:n)? (?:los |el |la |varios |dos |tres )?(?:nombres?|opcion(?:es)?|posibilidad|idea|contratacion|fichaje)", r"barajad[oa]s?", r"piensa(?:n)? en", r"tentad[oa]", r"seduce", r"le gusta",
            r"encandila", r"tiene(?:n)? en mente", r"cortejad[oa]", r"deseado", r"ojea(?:n|do)?", r"tantea(?:n)?",
            r"posible (?:fichaje|llegada|regreso|vuelta|incorporacion|sustituto|relevo)",
            r"fichajes?", r"la llegada de", r"el regreso de", r"la vuelta de", r"sustituto", r"relevo",
            r"recambio", r"heredero", r"clausula de rescision", r"en el punto de mira", r"pide(?:n)? (?:el fichaje|a)",
            r"lo pide", r"deshoja la margarita", r"(?:se )?(?:va|van|lanza|lanzan) a por", r"se (?:fija|fijan|fijo|ha fijado|han fijado) en", r"se ofrece", r"ofrecid[oa] a",
        ],
        "move:contact": [
            r"contactos?", r"contactad[oa]", r"ha contactado", r"conversaciones", r"conversan", r"reunion(?:es)?",
            r"se (?:reunio|reunieron|reunira|reuniran|ha reunido|han reunido)", r"sondeo", r"sondead[oa]",
            r"sondea(?:n)?", r"tanteo", r"tanteado", r"acercamiento", r"charla", r"(?:ha|han) hablado con",
            r"hablaron con", r"llamada", r"ha llamado a", r"toma de contacto", r"primeros contactos",
            r"(?:ha|han) preguntado por", r"pregunto por", r"se ha informado", r"se informo",
        ],
        "move:negotiation": [
            r"negocia\w*", r"oferta", r"ofertas", r"contraoferta", r"propuesta", r"ofrece(?:n)?", r"ofrecio",
            r"ha ofrecido", r"puja", r"pujan", r"tratativas?", r"ultima(?:n|ndo|r)? (?:el|los|su) (?:fichaje|detalles|flecos|contrato|llegada|acuerdo)",
            r"ultiman", r"ultimando", r"flecos", r"(?:ha|han) presentado (?:una|su|la) (?:primera |segunda |nueva )?(?:oferta|propuesta)",
            r"rechaz\w* (?:una|la|su|la primera|una primera|una segunda) (?:oferta|propuesta)(?: del?)?",
            r"mejora(?:do)? (?:la|su) oferta", r"trabaja(?:n)? en (?:el|su) fichaje", r"encarrilad[oa]",
            r"tira y afloja", r"(?:vuelve|volvera|volvio|volveran|vuelven) a la carga", r"(?:pagar|abonar|depositar|ejecutar)\w* (?:su |la )?clausula", r"se complica",
        ],
        "move:agreement": [
            r"(?:para )?asumir el cargo de",
            r"(?:ha |han )?(?:cerrado|cierra|cerro|cierran|amarrado|amarra) (?:el|la) (?:fichaje|llegada|incorporacion|contratacion|traspaso|cesion)",
            r">(?:su |el )?(?:sustituto|relevo|sucesor|reemplazo|recambio) (?:sera|va a ser)",
            r"(?:muy )?cerca de (?:cerrar|fichar|firmar|ser|llegar|convertirse|incorporarse|cerrar el fichaje)",
            r"(?:vuelve|regresa|volvera|regresara) (?:al|a la|a)",
            r"acuerdo (?:total|cerrado|alcanzado|verbal|de principio|en principio|definitivo|entre)",
            r"(?:alcanzan|alcanzado|alcanzo|cierran|cerrado|hay|tiene|tienen|logrado) (?:un |el )?acuerdo",
            r"(?:ha|han|habria|habrian) llegado a un acuerdo", r"llega(?:n|ron)? a un acuerdo", r"preacuerdo",
            r"principio de acuerdo", r"(?:esta|estan|queda|quedo|dejan?|tienen?|practicamente|totalmente|ya) cerrad[oa]s?",
            r"(?:fichaje|operacion|traspaso|incorporacion|llegada|acuerdo) (?:esta )?(?:cerrad[oa]|atad[oa]|hecho)",
            r"cierra(?:n)? (?:el fichaje|la llegada|la incorporacion|su llegada)", r"cerro el fichaje",
            r"(?:esta|es un|todo) hecho", r"tiene(?:n)? atad[oa]", r"atado",
            r"a punto de (?:fichar|firmar|cerrar|llegar|incorporarse|convertirse|ser (?:el )?(?:nuevo|anunciado|presentado|oficial))",
            r"a un paso de(?:l)?", r"inminente", r"(?:ha|han) dicho (?:que )?si", r"dijo si", r"da(?:do)? el si", r"luz verde",
            r"sera el nuevo", r"firmara", r"fichara", r"llegara al?", r"vestira (?:la camiseta|de)",
            r"(?:reconocimiento|revision|pruebas) medic[oa]s?", r"here we go", r"el elegido", r"elegid[oa]", r"ha elegido",
            r">se (?:ha )?decant\w* por", r"(?:pone|puso|pondra|ponen) rumbo a", r"rumbo a", r"sera anunciado", r"sera (?:transferido|traspasado|cedido|fichado)",
            r"se anunciara", r"sera presentado", r"para (?:dirigir|entrenar) (?:al|a la|a|el|la)", r"se hara oficial", r"dirigira (?:al|a la|el|la)",
            r"acepta(?:do)? la (?:oferta|propuesta)", r"acepto la (?:oferta|propuesta)",
        ],
        "move:official": [
            r"(?:confirma|confirman|ha confirmado|oficializa|ha oficializado|hace oficial) (?:la llegada|el fichaje|la incorporacion|la contratacion|la cesion)",
            r">(?:sustituid|reemplazad|relevad)[oa] por",
            r"<(?:tomo|toma) el relevo de", r"<(?:sustituyo|reemplazo) a",
            r"es oficial", r"ya es oficial", r"(?:ha |han )?(?:hecho|hace|hizo|hacen|hicieron) oficial", r"oficial:", r"oficialmente", r"de forma oficial", r"oficializ\w*",
            r"ha fichado", r"han fichado", r"ficha (?:por|a|al|con)", r"fichado", r"fiche por", r"ficho", r"nuevo fichaje",
            r"primer fichaje", r"contrata(?:do|da|n)?", r"ha(?:n)? contratado",
            r"contrato a (?!largo|corto|medio|partir|razon|cambio|prueba|cumplir)",
            r"nombrad[oa]", r"nombra(?:n)?", r"ha nombrado", r"designad[oa]", r"designa",
            r"nuevo (?:entrenador|tecnico|director|seleccionador|mister|estratega|timonel|dt|inquilino del banquillo|jugador|preparador)",
            r"nueva incorporacion", r"firmo", r"ha firmado", r"han firmado", r"firmando", r"firma (?:por|con|hasta|un contrato)",
            r"presentad[oa]", r"presenta a", r"anuncio (?:oficial|de su (?:fichaje|llegada|incorporacion))", r"(?:anuncia(?:n)?|ha anunciado|han anunciado) (?:a|el fichaje|la llegada|la incorporacion|su fichaje)", r"anunciad[oa] como",
            r"llego (?:al|a la|procedente|libre|desde|como)", r"ha llegado al", r"aterrizo", r"se incorpor(?:o|a|ado) (?:al|a la|a)",
            r"asumio", r"asume (?:el cargo|las riendas|el banquillo|como|la direccion)", r"(?:toma|tomo|tomara) las riendas",
            r"en su lugar", r">(?:poner|colocar|situar) en su lugar a", r"supervisaran", r"interin[oa]",
            r"(?:de forma|de manera) interina", r"interinamente", r"se (?:hara|haran|hace|hacen|hizo|hicieron|ha hecho|han hecho) cargo",
            r"desembarco", r"cerro su llegada", r"se convirtio en (?:el )?(?:nuevo )?(?:entrenador|tecnico|jugador|refuerzo)",
            r"refuerzo", r"ha cerrado la (?:llegada|incorporacion)", r"recalo", r"es nuevo (?:jugador|entrenador|tecnico)",
            r"se sentara en el banquillo", r"dirigio su primer", r"debut(?:o|a) (?:como|en el banquillo)",
        ],
        "move:off": [
            r"dice(?:n)? no (?:al|a la|a)", r"se olvida(?:n)? de",
            r"descartad[oa]s?", r"descarta(?:n)?", r"rechaz\w*", r"se cae", r"se cayo", r"se ha caido", r"fracas\w*",
            r"desmiente", r"desmintio", r"desmentido", r"no llegara", r"no vendra", r"no fichara", r"no sera (?:el|nuevo)",
            r"se enfria", r"se enfrio", r"enfriado", r"cerro la puerta", r"cierra la puerta", r"portazo",
            r"(?:ha|han) dicho no", r"dijo no", r"se frustra", r"se frustro", r"frustrad[oa]", r"se aleja",
            r"no entra en los planes", r"ha elegido a otro", r"se decanto por otro", r"imposible",
            r"(?:opcion|fichaje|operacion|llegada) (?:queda )?(?:descartad[oa]|aparcad[oa]|muerta)", r"aparcad[oa]",
        ],
        "departure:risk": [
            r"en la cuerda floja", r"en el alambre", r"en la picota", r"en riesgo", r"en peligro", r"cuestionad[oa]",
            r"en duda", r"en el aire", r"pende de un hilo", r"ultimatum", r"tiene(?:n)? (?:los dias|las horas) contad[oa]s", r"sentenciad[oa]",
            r"se juega (?:el puesto|el cargo|su futuro|el banquillo)", r"ultima oportunidad",
            r"podria(?:n)? (?:salir|dejar|abandonar|marcharse|ser destituido|ser cesado|ser despedido)",
            r"a punto de ser (?:destituido|cesado|despedido)", r"salida", r"salidas", r"venta", r"vender", r"transferible",
            r"opcion de (?:rescision|salida)", r"(?:ha |han )?pedido (?:salir|marcharse|irse|su salida)",
            r"(?:pide|piden|quiere|quieren) (?:salir|marcharse|irse)", r"saldria", r"dejaria", r">(?:para )?(?:sustituir|suceder|reemplazar|relevar) a", r">reemplazar a",
            r">relevar a", r">sustituto de", r">relevo de", r">recambio de", r">heredero de", r">sucesor de",
            r"su futuro", r"piden? (?:la|su) (?:dimision|destitucion|cabeza|salida)", r"pedia(?:n)? (?:la|su) (?:dimision|destitucion)",
            r"(?:estudia|baraja|plantea|valora)(?:n)? (?:la|su) (?:destitucion|salida|cese|despido)", r"no renovara",
            r"(?:sale|saldra) a la venta", r"en el mercado", r"en la rampa de salida", r"de salida",
        ],
        "departure:official": [
            r"dejara", r"abandonara", r"saldra", r"se marchara",
            r"<(?:sustituid|reemplazad|relevad)[oa] por",
            r"(?:ha llegado|llega|llego|llegara) a su (?:fin|final)",
            r"(?:confirma|anuncia|oficializa|ha confirmado|ha anunciado|ha oficializado) (?:la|su) (?:marcha|salida|baja)",
            r"no (?:seguira|continuara) (?:en el|en la|al frente|como)",
            r">(?:tomo|toma) el relevo de", r">(?:sustituyo|reemplazo) a",
            r"destituid[oa]", r"destituye", r"destituyo", r"destitucion(?:es)?", r"despedid[oa]", r"despide",
            r"despidio", r"despido", r"cesad[oa]", r"ceso", r"cesa a", r"cese", r"cesar", r"ha cesado", r"dimitio", r"dimite",
            r"ha dimitido", r"dimision", r"presento su dimision", r"ha dejado (?:de ser|el|la|su|al)",
            r"dejo (?:de ser|el|la|su|al)", r"deja (?:de ser|el banquillo|el club|el cargo|su cargo|el|la|al)",
            r"dejara (?:el|la) (?:club|entidad|equipo|banquillo|disciplina) (?:a final|al final|en junio|en verano)",
            r"abandono (?:el|la|al)", r"ha abandonado", r"se marcho", r"se marcha", r"se va del?",
            r"salio (?:del|de la|de los|cedido|traspasado|libre|rumbo)", r"ha salido (?:del|de la|de)", r"sale del",
            r"(?:etapa|ciclo|era) .{0,30}termino", r"termino su (?:etapa|contrato|vinculacion|relacion)",
            r"(?<!clausula de )rescision", r"rescindido", r"rescinde", r"ha rescindido", r"rescindio",
            r"(?:ha|han) prescindido de(?: los servicios de)?", r"prescinde de", r"prescindio de", r"prescindir de",
            r">en sustitucion de", r">sustituyendo a", r">sustituyo a",
            r">(?:tras|por|desde|con|despues de) (?:la|el) (?:salida|marcha|destitucion|dimision|despido|cese|adios) de",
            r"permitirle salir", r"(?:uso|usado|ejecutado|activado|activo|ejecuto) (?:de )?(?:una|la|su) (?:opcion|clausula) de (?:rescision|salida)", r"se desvincula", r"desvinculad[oa]", r"desvinculacion", r"finiquitad[oa]",
            r"(?:ha sido|fue) relevado", r"relevado de su cargo", r"ya no es", r"no seguira(?: en(?: el| la)?)?", r"no continuara(?: en(?: el| la)?)?",
            r"pone fin", r"puso fin", r"fin (?:de|a) su etapa", r"fin de ciclo", r"cierra su etapa", r"se despide",
            r"se despidio", r"adios", r"(?:de )?mutuo acuerdo", r"carta de libertad", r"ruptura", r"rompe con",
            r"traspasad[oa]", r"vendid[oa]", r"cedid[oa] (?:al|a|por)", r"sali(?:o|da) (?:cedido|traspasado)",
            r"ha sido apartado", r"apartad[oa] (?:del cargo|del banquillo)",
        ],
        "departure:off": [
            r"intocable", r"rechaza(?:n)? (?:cualquier|todas las) ofertas?",
            r"no (?:negociara|negocia|vendera|vende|dejara salir|deja salir|contempla (?:la|su) salida|quiere vender)",
            r"(?:seguira|continuara|se queda|se quedara) (?:en el|en la|al frente)",
            r"ratificad[oa]", r"ratifica", r"confianza", r"respaldo", r"respalda(?:do)?", r"seguira(?: en(?: el| la)?)?", r"continuara(?: en(?: el| la)?)?", r"sigue en(?: el| la)?",
            r"sigue (?:en el cargo|al frente|en el banquillo|siendo el entrenador)", r"se queda", r"blindad[oa]",
            r"intocable", r"no se mueve", r"no saldra", r"no esta en venta", r"no se va", r"(?:descarta|descarto) (?:su|la) (?:salida|destitucion)",
        ],
        "stay:speculation": [
            r"renovacion", r"quiere seguir", r"quiere renovar", r"renovar", r"ampliar su contrato", r"prolongar",
            r"continuidad",
        ],
        "stay:negotiation": [
            r"negocia(?:n)? (?:su |la )?renovacion", r"negociando (?:la|su) renovacion",
            r"negociaciones? para (?:la|su) renovacion", r"para (?:la|su) renovacion", r"conversaciones para (?:la|su) renovacion",
            r"(?:oferta|propuesta) de renovacion",
        ],
        "stay:agreement": [
            r"(?:ha |han )?decidido renovar", r"renovara",
            r"acuerdo (?:para|de) (?:la |su )?renovacion", r"acuerdo para (?:ampliar|renovar|prolongar)", r"renovara", r"ampliara", r"prolongara",
            r"(?:(?:ha|han) )?(?:llegado|llegan|llegaron|alcanzado|alcanzan|alcanzaron) a un acuerdo para (?:la |su )?(?:renovacion|ampliar|renovar|prolongar)",
        ],
        "stay:official": [
            r"(?:firmo|firma|ha firmado|firmara) (?:un )?nuevo contrato",
            r"ha renovado", r"renovo", r"renueva", r"renovad[oa] hasta", r"amplia(?:do)? (?:su )?contrato", r"amplio su contrato",
            r"prolonga", r"prolongado", r"firma (?:su|la) renovacion", r"firmo (?:su|la) renovacion", r"renovacion oficial",
        ],
    },
    negations=[r"no", r"nunca", r"ningun[oa]?", r"sin", r"ni", r"tampoco", r"jamas"],
    hedges=[
        r"\w{2,}(?<!necess)(?<!contr)(?<!secret)(?<!prim)(?<!ordin)(?:aria|eria|iria)(?:n|mos)?", r"podria(?:n)?",
        r"segun", r"al parecer", r"supuestamente", r"rumor(?:es)?", r"posible", r"quizas?", r"tal vez", r"apunta(?:n)?",
        r"se especula", r"estaria(?:n)?", r"habria(?:n)?", r"todo apunta",
    ],
    attributions=[
        r"segun(?: informa| publica| adelanta| desvela| ha podido saber)?", r"informa", r"informo", r"publica",
        r"adelanta", r"revela", r"desvela", r"asegura", r"apunta", r"de acuerdo con", r"como (?:informo|adelanto|publico)",
        r"ha podido saber", r"senala", r"afirma",
    ],
    role_nouns=[
        rf"(?:el |del |al )?(?:ex)?(?:{_ROLES})(?: (?:{_NATIONALITIES}))?",
        rf"(?:el |del |al )(?:{_NATIONALITIES})",
        r"el de \w+",
    ],
    former_markers=[
        r"ex", r"extecnico del", r"exentrenador del", r"ex entrenador del", r"exjugador del", r"ex del", r"antiguo",
        r"anterior", r"(?:que )?(?:entreno|dirigio|dirigiera|entrenara) (?:\w+ )?(?:al|a la|a)", r"paso por",
        r"su etapa en", r"formado en",
    ],
    club_references=[r"el club", r"la entidad", r"la directiva", r"el conjunto", r"el equipo", r"la junta directiva"],
    opponent_markers=[
        r"contra", r"ante", r"frente a", r"vs", r"derrota (?:ante|contra)", r"victoria (?:ante|contra|sobre)",
        r"empate (?:ante|con)", r"visita al?", r"recibe al?", r"se enfrenta(?:ra)? al?", r"duelo ante", r"goleada al",
        r"cayo ante", r"vencer al", r"gano al", r"derbi (?:ante|contra)", r"supero al", r"eliminado por", r"midio al",
        r"partido (?:ante|contra)", r"perdio (?:ante|contra)",
    ],
    origin_markers=[
        r"(?:oferta|propuesta) (?:al|a)", r"desde", r"procedente del?", r"(?:tras |despues de )?(?:dejar|dejo|abandonar|abandono|salir del|salio del)(?: el| la| al)?", r"proveniente del?", r"llega(?:do)? del", r"llego del", r"cedido por",
        r"traspasado por", r"fichado del", r"comprado al",
    ],
    destination_markers=[r"(?:el cargo de |el puesto de )?seleccionador de", r"rumbo al?", r"hacia el", r"destino", r"(?:se fue|se marcho|marcho|emigro) al?", r"para fichar por", r"fichar por"],
    departure_to=[r"al", r"a"],
    report_references=[r"el periodista", r"el diario", r"el medio", r"la misma fuente"],
    counterpart_markers=[r"con", r"entre"],
    club_descriptors=[r"(?:dirigid[oa]|entrenad[oa]|presidid[oa]) por", r"a traves de", r"por medio de"],
    club_nouns=[r"club", r"conjunto", r"equipo", r"cuadro", r"entidad", r"plantel", r"tecnico", r"entrenador", r"banquillo"],
    pronouns=[r"(?:a|de|por|con) el"],
    possessives=[r"su", r"sus"],
    copulas=[r"convertirse en", r"se convierte en", r"sera", r"es", r"ser", r"como", r"nuevo"],
    long_ago=[r"hace (?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varios|muchos) (?:anos|temporadas)", r"(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez) (?:anos|temporadas) (?:despues|antes)"],
    unnamed_roles=[r"(?:(?:el|un|del|al) )?(?:nuevo|proximo|futuro) (?:entrenador|tecnico|director deportivo)", r"un (?:entrenador|tecnico)"],
    relatives=[r"que", r"quien", r"el cual", r"la cual", r"cuyo"],
    future_markers=[r"sera", r"va a ser", r"tendra", r"tendran", r"se convertira en"],
    modal_markers=[
        r"podria(?:n)?", r"puede(?:n)?", r"pudiera", r"si", r"posible", r"quiere(?:n)?", r"querria", r"eventual",
        r"en caso de", r"para convertirse en", r"aspira a", r"suena para",
    ],
    conditions={
        "next season": [r"proxima temporada", r"el proximo verano", r"en verano", r"a final de (?:la )?temporada", r"al final de (?:la )?temporada"],
        "loan": [r"cedid[oa]", r"cesion", r"prestamo"],
        "option to buy": [r"opcion de compra", r"obligacion de compra"],
        "pending medical": [r"reconocimiento medico", r"revision medica", r"pruebas medicas"],
        "pending signature": [r"(?:solo )?falta (?:la|estampar la) firma", r"a falta de (?:la )?firma"],
        "release clause": [r"clausula de rescision", r"clausula"],
        "depends on results": [r"si no (?:gana|mejora|vence)", r"resultados"],
    },
    not_names=[
        "El", "La", "Los", "Las", "Un", "Una", "Unos", "Desde", "Hasta", "Tras", "Con", "Sin", "Por", "Para", "Pero",
        "Según", "Segun", "Además", "Ademas", "Ahora", "Hoy", "Ayer", "Mañana", "Este", "Esta", "Ese", "Esa", "Aunque",
        "Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio", "Agosto", "Septiembre", "Setiembre", "Octubre",
        "Noviembre", "Diciembre", "Lunes", "Martes", "Miércoles", "Miercoles", "Jueves", "Viernes", "Sábado", "Sabado",
        "Domingo", "Navidad", "LaLiga", "Liga", "Champions", "Copa", "Rey", "Premier", "League", "Serie", "Europa",
        "Conference", "Segunda", "Primera", "División", "Division", "Supercopa", "Mundial", "Clubes", "Eurocopa",
        "Libertadores", "Sudamericana", "Nations", "Federación", "Federacion", "Estadio", "Ciudad", "Deportiva",
        "Oficial", "Mister", "Míster", "Técnico", "Tecnico", "Entrenador", "Presidente",
        "España", "Espana", "Arabia", "Saudí", "Saudi", "Saudita", "Chipre", "Inglaterra", "Italia", "Francia",
        "Alemania", "Portugal", "Brasil", "Argentina", "Holanda", "Países", "Paises", "Bajos", "Bélgica", "Belgica",
        "Escocia", "Gales", "Irlanda", "México", "Mexico", "Colombia", "Uruguay", "Chile", "Perú", "Peru", "Japón",
        "Japon", "Catar", "Qatar", "Turquía", "Turquia", "Grecia", "Suiza", "Austria", "Croacia", "Serbia",
        "Marruecos", "Estados", "Unidos", "Emiratos", "Árabes", "Arabes", "Europa", "América", "America",
    ],
    place_prepositions=["en", "a", "desde", "hacia"],
    city_prepositions=["en", "a", "de", "desde", "hacia"],
)
