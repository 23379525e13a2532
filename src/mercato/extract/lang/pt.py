"""Portuguese cue table. Patterns match folded text: lower case, no accents, straight apostrophes.

Written for the sports press of Portugal and Brazil ("treinador"/"técnico", "plantel"/"elenco",
"guarda-redes"/"goleiro", "acordo"/"acerto", "chicotada psicológica"/"demitido", "rescisão").
"""

from mercato.extract.cues import LanguageTable

_NATIONALITIES = (
    r"portugues|luso|lusitano|espanhol|italiano|alemao|frances|argentino|brasileiro|uruguaio|colombiano|"
    r"chileno|paraguaio|peruano|equatoriano|venezuelano|mexicano|croata|holandes|neerlandes|ingles|britanico|"
    r"escoces|gales|irlandes|belga|sueco|noruegues|dinamarques|suico|austriaco|turco|grego|servio|polaco|"
    r"polones|russo|ucraniano|georgiano|marroquino|senegales|nigeriano|camaronense|angolano|mocambicano|"
    r"cabo-verdiano|guineense|japones|coreano|norte-americano|americano|basco|catalao|galego|andaluz|"
    r"carioca|paulista|gaucho|mineiro|baiano|pernambucano|nortenho|madeirense|acoriano|transmontano|alentejano"
)
_ROLES = (
    r"treinador|tecnico|mister|comandante|selecionador|seleccionador|treinador adjunto|adjuntos?|auxiliar(?:es)?(?: tecnicos?)?|"
    r"treinador de guarda-redes|treinador de goleiros|preparador(?:es)? fisicos?|analista|"
    r"presidente|coordenador(?: tecnico)?|gerente(?: de \w+)?|diretor de \w+|diretor desportivo|director desportivo|diretor esportivo|diretor executivo|diretor de futebol|"
    r"dirigente|empresario|avancado|ponta de lanca|atacante|centroavante|ponta|extremo|medio|medio-centro|"
    r"meio-campista|meia|volante|defesa|defesa-central|central|zagueiro|lateral|guarda-redes|goleiro|"
    r"jogador|futebolista|internacional|craque|reforco|capitao"
)

TABLE = LanguageTable(
    lang="pt",
    countries=["Portugal", "Brazil"],
    national_coach=[r"(?:selecionador|seleccionador|treinador|tecnico) (?:da selecao d[oae]s?|d[oae]s?)", r"selecao d[oae]s?"],
    refusals=[r"(?:recusou|recusa|rejeitou|rejeita|recusaram|rejeitaram)"],
    stages={
        "move:speculation": [
            r"<(?:e )?o (?:nome )?preferido",
            r"interess\w*", r"na mira", r"mira(?:m)?", r"alvo", r"alvos", r"candidat[oa]s?", r"cobicad[oa]",
            r"na (?:lista|agenda|pauta|orbita)", r"no radar", r"na rota", r"apontad[oa]", r"hipotese", r"opcao(?! de (?:compra|recompra|venda))",
            r"opcoes", r"pode (?:chegar|rumar|assinar|reforcar|ser o novo|voltar|regressar|trocar)",
            r"deve (?:levar|chegar|reforcar|voltar|regressar|ser o novo|assumir|rumar)",
            r"devera (?:levar|chegar|ser|voltar|regressar|reforcar|assumir|rumar)", r">leva(?:r|ra)? consigo(?: os| o)?",
            r"pretendid[oa]", r"pretende(?:m)?", r"sonho", r"favorit[oa]", r"preferid[oa]", r"(?:mais )?cotad[oa]",
            r"cogitad[oa]", r"especulad[oa]", r"ventilad[oa]", r"vinculad[oa]", r"ligad[oa] a[o]?", r"associad[oa] a[o]?",
            r"de olho em", r"monitoriza(?:m)?", r"monitora(?:m)?", r"observa(?:m|do)?", r"quer(?:em)? (?:contratar|o|a)",
            r"deseja(?:m)?", r"ganha(?:m)? forca", r"nome forte", r"avalia(?:m)?", r"estuda(?:m)?", r"pensa(?:m)? em",
            r"namora(?:m)?", r"possivel (?:reforco|contratacao|regresso|chegada|substituto|sucessor)",
            r"contratacao", r"transferencia", r"regresso", r"a chegada de", r"a ida de", r"substituto", r"sucessor",
            r"clausula de rescisao", r"perfil", r"em carteira", r"equaciona(?:m)?", r"na calha",
        ],
        "move:contact": [
            r"contactos?", r"contatos?", r"contactad[oa]", r"contatad[oa]", r"conversas", r"conversou", r"conversaram",
            r"reuniao", r"reunioes", r"reuniu(?:-se)?", r"reuniram(?:-se)?", r"se reuniu", r"abordagem", r"abordad[oa]",
            r"sondagem", r"sondou", r"sondad[oa]", r"sondaram", r"encontro", r"consultad[oa]", r"consultou",
            r"procurou", r"procurad[oa]", r"primeiros contactos", r"primeiros contatos", r"conversa(?:m|ram)? com",
        ],
        "move:negotiation": [
            r"avanca(?:m)? (?:para|na) (?:a )?contratacao",
            r"negocia\w*", r"proposta", r"propostas", r"contraproposta", r"(?:proposta|oferta)s? d[oa]", r"oferta", r"ofertas", r"licitacao",
            r"ofereceu", r"ofereceram", r"oferece(?:m)?", r"tratativas?", r"avanca(?:m)? (?:nas negociacoes|pela contratacao|por)",
            r"(?:fez|fizeram|apresentou|apresentaram|enviou|enviaram) (?:uma )?(?:nova )?(?:proposta|oferta)",
            r"(?:recusou|recusa|rejeitou|rejeita|recusaram|rejeitaram) (?:a|uma) (?:primeira |segunda |nova )?(?:proposta|oferta)(?: d[oa])?",
            r"melhorou a (?:proposta|oferta)", r"ultimos detalhes", r"ultimar", r"ultimam", r"encaminha(?:m|da|do)?",
            r"(?:pagar|bater|accionar|acionar|depositar)\w* (?:a )?clausula",
        ],
        "move:agreement": [
            r"para (?:treinar|comandar|orientar) (?:o|a)",
            r"(?:muito )?proxim[oa]s? de (?:fechar|acertar|assinar|chegar a acordo|ser anunciado)",
            r"(?:fecha|fecham|fechou|fecharam) (?:a )?contratacao",
            r"acordo (?:total|fechado|alcancado|verbal|de principio|em principio|definitivo|selado|firmado|entre)",
            r"(?:chegaram|chegou|chegam|chega) a (?:um )?acordo", r"ha acordo", r"tem acordo", r"acordo (?:foi )?selado",
            r"(?<!de )acordo com", r"pre-acordo", r"pre-contrato", r"esta fechado", r"esta acertado", r"tudo acertado",
            r"negocio (?:fechado|acertado|selado|encaminhado)", r"bem encaminhad[oa]", r"acerto", r"acert(?:ou|aram|a|am|ado|ada)",
            r"fech(?:ou|aram|a|am) com", r"fechad[oa] com", r"disse sim", r"diz sim", r"aceitou", r"aceita (?:a )?proposta",
            r"exames medicos", r"examesmedicos", r"vai assinar", r"assinara", r"here we go", r"a um passo", r"por um triz",
            r"sinal verde", r"luz verde", r"sera o novo", r"vai ser o novo", r"(?:sera|vai ser|deve ser|devera ser) anunciad[oa]",
            r"vai reforcar", r"reforcara", r"vai treinar", r"treinara", r"comandara", r"vai comandar", r"assumira",
            r"vai assumir", r"o escolhido", r"escolhid[oa]", r">(?:escolheu|optou por|apostou em)", r"bases salariais",
            r"termos pessoais", r"viaja(?:ra)? para assinar", r"desembarca(?:ra)? (?:em|no|na) .{0,30}para assinar",
            r"rumo a[o]?", r"iminente", r"esta perto de (?:assinar|fechar|acertar|ser)",
        ],
        "move:official": [
            r">substituid[oa] (?:por|pelo|pela)",
            r"(?:esta|estao) de regresso (?:ao|a|aos)",
            r"<(?:substituiu|substitui|rendeu|substituindo|sucede|sucedeu|sucedendo)", r"emprestad[oa] (?:ao|a|pelo|pela)",
            r"e oficial", r"oficial:", r"oficialmente", r"oficializ\w*", r"contratad[oa]", r"contrata(?:m)?",
            r"contratou", r"assinou", r"assina (?:com|pelo|pela|ate|contrato)", r"assinou (?:contrato|vinculo)",
            r"firmou", r"anunciad[oa]", r"anunci(?:a|am|ou|aram) (?:a contratacao|o novo|o reforco|a chegada|o treinador|o tecnico|o acordo)", r"novo (?:treinador|tecnico|comandante|selecionador|seleccionador|reforco|jogador|diretor|mister)",
            r"e o novo", r"apresentad[oa]", r"apresenta", r"reforco", r"reforca o", r"reforca a", r"chegou ao",
            r"chega ao", r"assumiu", r"assume (?:o comando|o cargo|a equipa|a equipe|o clube|o lugar|a selecao|o banco|funcoes)",
            r"interin[oa]", r"nomead[oa]", r"efetivad[oa]", r"promovid[oa] a (?:treinador|tecnico)", r"contratacao (?:oficial|confirmada)",
            r"acaba de (?:chegar|assinar)", r"ja treina", r"comandou o primeiro", r"estreia(?:-se)? (?:no comando|como)",
            r">no lugar de", r">(?:para|vai) (?:o lugar|substituir) d[eoa]", r"e (?:o )?mais (?:um )?reforco",
            r"vinculo ate", r"contrato valido ate",
        ],
        "move:off": [
            r"recus\w*", r"rejeit\w*", r"desmente", r"desmentiu", r"desmentido", r"fora de questao", r"(?:negocio|negociacao|transferencia|acordo) caiu",
            r"afastad[oa] a hipotese", r"descartad[oa]", r"descarta(?:m)?", r"descartou", r"esfri(?:ou|a|aram)", r"melou",
            r"desist(?:iu|e|iram|em)", r"disse nao", r"diz nao", r"declinou", r"recuou", r"nao vai (?:reforcar|assinar|treinar)",
            r"nao sera (?:o|reforco)", r"nao vem", r"fracass\w*", r"gorou", r"(?:caiu|cai) por terra", r"nega(?:m)?", r"negou",
        ],
        "departure:risk": [
            r"em risco", r"em xeque", r"na corda bamba", r"pressionad[oa]", r"sob pressao", r"ameacad[oa]", r"balanca",
            r"balancando", r"contestad[oa]", r"tem os dias contados", r"ultimato", r"futuro incerto", r"pode (?:sair|deixar)",
            r"deve (?:sair|deixar)", r"devera (?:sair|deixar)", r"poder(?:a|ia) (?:sair|deixar|ser demitido)", r"saida", r"venda",
            r"a venda", r"vender", r"negociavel", r">substituir", r">substituto d[eoa]", r">sucessor d[eoa]",
            r"(?:pede|pedem|pedir) (?:a )?(?:demissao|saida|cabeca)", r"(?:cogita|avalia|estuda|pondera)(?:m)? (?:a )?(?:demissao|saida)",
            r"demissao iminente", r"ultima chance", r"ultima oportunidade", r"nao renova(?:ra)?", r"nao vai renovar",
            r"de saida",
        ],
        "departure:official": [
            r"deixara", r"saira", r"emprest(?:ou|aram)",
            r"<substituid[oa] (?:por|pelo|pela)",
            r"(?:chegou|chega|chegara) ao (?:fim|final)",
            r">(?:substituiu|substitui|substituindo|rendeu|sucede|sucedeu|sucedendo)(?: a| ao)?", r"deixando (?:o|a|os|as)",
            r"demitid[oa]", r"demite", r"demitiu", r"se demitiu", r"despedid[oa]", r"despede (?:o|a)", r"despedimento",
            r"exonerad[oa]", r"rescisao", r"rescindiu", r"rescinde", r"rescindid[oa]", r"deixa (?:o|a|os|de ser)",
            r"deixou", r"saiu", r"despede-se", r"despediu-se", r"despediu", r"despedem", r"demissao", r"pediu (?:a )?demissao", r"pede (?:a )?demissao",
            r"afastamento", r"afastad[oa] (?:do cargo|do comando|das funcoes)", r"sai do", r"sai da", r"ex-treinador",
            r">substituicao de", r">(?:apos|com|depois d|pela|desde) a (?:saida|demissao|rescisao) d[eoa]", r"abandona",
            r"abandonou", r"abandonar", r"terminou a ligacao", r">chicotada(?: psicologica)?(?: n[oa] \w+)?(?: com)?", r"mutuo acordo", r"comum acordo",
            r"desligad[oa]", r"desligamento", r"dispensad[oa]", r"dispensa", r"nao e mais", r"deixa de ser",
            r"deixou de ser", r"esta(?:o)? fora", r"fora do clube", r"encerr(?:ou|a|am|aram) (?:o )?(?:ciclo|vinculo|passagem|contrato)",
            r"fim (?:do|de) ciclo", r"fim da (?:passagem|ligacao)", r"romp(?:e|eu) com", r"rompimento", r"vendid[oa]",
            r"transferid[oa]", r"vai deixar", r"vai sair", r"nao continua(?:ra)?", r"nao segue", r"nao vai continuar",
            r"nao fica", r"entregou o cargo", r"saida (?:confirmada|oficializada|anunciada)",
            r"(?:anunciou|confirmou|oficializou|anuncia|confirma|oficializa) a saida",
        ],
        "departure:off": [
            r"(?:vai continuar|continuara|continua|vai seguir|seguira|fica|ficara) (?:no comando|a frente|no cargo|ao comando)",
            r"(?:nao (?:vende|vendera|abre mao|quer vender|deixa sair)|inegociavel|intransferivel)",
            r"segur[oa] no cargo", r"mantid[oa]", r"continuara(?: n[oa])?", r"confianca", r"prestigiad[oa]", r"respaldad[oa]",
            r"bancad[oa]", r"garantid[oa] no cargo", r"continua(?:m)? (?:no cargo|no comando|em seus cargos|nos seus cargos|a ser|no clube)",
            r"permanece(?:m)?", r"segue(?:m)? (?:no cargo|no comando|a ser)", r"nao sai", r"fica no cargo",
        ],
        "stay:speculation": [r"renovacao", r"quer ficar", r"ficar", r"permanencia", r"renovar", r"prolongar"],
        "stay:off": [r"(?:recusa|recusou|rejeita|rejeitou|nao quer|nao vai) renovar"],
        "stay:negotiation": [
            r"negocia(?:coes|cao)? (?:para|da) (?:a )?renovacao", r"proposta de renovacao", r"(?:discutir|negociar|tratar d)[ao]? (?:a )?renovacao", r"para (?:a )?renovacao", r"negocia(?:m)? a renovacao",
        ],
        "stay:agreement": [
            r"acordo (?:para|de) (?:a )?renovacao", r"vai renovar", r"renovara", r"acert(?:ou|aram|a) a renovacao",
        ],
        "stay:official": [
            r"(?:assinou|assina|assinara) (?:um )?novo contrato",
            r"renovou", r"renova (?:com|ate|contrato|o contrato|por)", r"renovad[oa]", r"prolongou", r"prolonga", r"estendeu",
            r"estende (?:o )?(?:contrato|vinculo)", r"assinou (?:a )?renovacao",
        ],
    },
    negations=[r"nao", r"nunca", r"nenhum(?:a)?", r"sem", r"nem", r"jamais", r"tampouco"],
    hedges=[
        r"\w{2,}(?<!necess)(?<!contr)(?<!secret)(?<!prim)(?:aria|eria|iria)(?:m)?", r"podera", r"pode", r"segundo",
        r"alegadamente", r"rumores?", r"possivel", r"devera", r"especula-se", r"ao que tudo indica", r"tudo indica",
    ],
    attributions=[
        r"segundo", r"de acordo com", r"avanca", r"noticia", r"revela", r"informa", r"escreve", r"adianta",
        r"conforme", r"apurou", r"publicou", r"segundo informacoes d[oa]", r"como informou",
    ],
    role_nouns=[
        rf"(?:o |do |ao |pelo )?(?:ex-)?(?:{_ROLES})(?: (?:{_NATIONALITIES}))?",
        rf"(?:o |do |ao |pelo )(?:{_NATIONALITIES})",
    ],
    former_markers=[r"ex", r"ex-", r"antigo", r"anterior", r"(?:que )?(?:treinou|orientou|comandou) (?:\w+ )?(?:o|a)", r"passagem pelo"],
    club_references=[r"o clube", r"a direcao", r"a sad", r"a diretoria", r"a equipa", r"a equipe", r"o emblema"],
    opponent_markers=[
        r"contra", r"frente ao", r"frente a", r"diante d[oa]", r"perante", r"derrota (?:com|frente|diante|para|contra)",
        r"vitoria (?:sobre|frente|diante|contra)", r"empate com", r"recebe o", r"recebe a", r"visita o", r"visita a",
        r"defronta", r"enfrenta(?:r)?", r"goleada sobre", r"duelo com", r"bateu o", r"venceu o", r"perdeu para",
        r"perdeu com", r"vs", r"x", r"eliminad[oa] pelo", r"classico com", r"derbi com", r"jogo com",
    ],
    origin_markers=[
        r"(?:proposta|oferta) (?:ao|a)", r"proveniente d[oa]", r"vindo d[oa]", r"(?:depois de |apos )?(?:deixar|deixou|trocar|trocou|sair d[oa]|saiu d[oa])(?: o| a)?", r"oriundo d[oa]", r"chega d[oa]", r"chegou d[oa]", r"contratado ao",
        r"contratado a", r"junto d[oa]", r"junto ao", r"emprestado pel[oa]", r"cedido pel[oa]", r"comprado ao",
    ],
    destination_markers=[r"rumo ao?", r"rumo a", r"para o", r"para a", r"reforcar o", r"reforcar a"],
    departure_to=[r"ao", r"a", r"para o", r"para a"],
    report_references=[r"o jornalista", r"o jornal", r"a mesma fonte", r"o diario"],
    counterpart_markers=[r"com", r"entre"],
    club_descriptors=[r"(?:treinad[oa]|comandad[oa]|orientad[oa]|presidid[oa]) por", r"atraves de", r"por meio de"],
    club_nouns=[r"clube", r"equipa", r"time", r"emblema", r"conjunto", r"tecnico", r"treinador", r"banco"],
    pronouns=[r"(?:a|de|por|com) ele", r"dele"],
    possessives=[r"seu", r"sua", r"seus", r"suas"],
    copulas=[r"tornar-se", r"torna-se", r"sera", r"e", r"ser", r"como", r"novo"],
    long_ago=[r"ha (?:\d+|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|varios|muitos) (?:anos|temporadas)", r"(?:\d+|dois|tres|quatro|cinco|seis|sete|oito|nove|dez) (?:anos|temporadas) (?:depois|antes|atras)"],
    unnamed_roles=[r"(?:(?:o|um|do|ao) )?(?:novo|proximo|futuro) (?:treinador|tecnico|tecnico principal|diretor desportivo|diretor esportivo)", r"um (?:treinador|tecnico)"],
    relatives=[r"que", r"quem", r"o qual", r"a qual", r"cujo"],
    future_markers=[r"sera", r"vai ser"],
    modal_markers=[
        r"podera", r"poderia", r"pode", r"se (?:o|a|os|as|for|fosse|houver|tudo)", r"possivel", r"eventual", r"quer", r"caso",
        r"em caso de", r"para se tornar",
    ],
    conditions={
        "next season": [r"proxima epoca", r"proxima temporada", r"no verao", r"final da (?:epoca|temporada)"],
        "loan": [r"emprestad[oa]", r"emprestimo", r"cedid[oa]", r"por cedencia"],
        "option to buy": [r"opcao de compra", r"obrigacao de compra"],
        "pending medical": [r"exames medicos"],
        "pending signature": [r"falta (?:apenas )?(?:a )?assinatura"],
        "release clause": [r"clausula de rescisao", r"clausula"],
    },
    not_names=[
        "O", "A", "Os", "As", "Um", "Uma", "Num", "Numa", "Nenhum", "Com", "Sem", "Para", "Por", "Mas", "Foi", "Após",
        "Apos", "Segundo", "Ainda", "Agora", "Hoje", "Ontem", "Este", "Esta", "Neste", "Nesta", "Depois", "Desde",
        "Janeiro", "Fevereiro", "Março", "Marco", "Abril", "Maio", "Junho", "Julho", "Agosto", "Setembro",
        "Outubro", "Novembro", "Dezembro", "Domingo", "Sábado", "Sabado", "Natal", "Páscoa", "Pascoa",
        "Liga", "Campeões", "Campeoes", "Champions", "Europa", "Conference", "Taça", "Taca", "Supertaça", "Supertaca",
        "Premier", "League", "Série", "Serie", "Copa", "Libertadores", "Sul-Americana", "Brasileirão", "Brasileirao",
        "Paulistão", "Paulistao", "Carioca", "Campeonato", "Mundial", "Clubes", "Primeira", "Segunda", "Betclic",
        "Seleção", "Selecao", "Selecção", "Confederação", "Confederacao", "Federação", "Federacao", "Estádio", "Estadio",
        "Oficial", "Adeptos", "Tinha", "Assinou", "Vai", "Verão", "Verao", "Mister", "Treinador", "Técnico", "Tecnico",
        "Presidente", "Portugal", "Brasil", "Arábia", "Arabia", "Saudita", "Espanha", "Inglaterra", "Itália", "Italia",
        "França", "Franca", "Alemanha", "Holanda", "Países", "Paises", "Baixos", "Bélgica", "Belgica", "Argentina",
        "Uruguai", "Colômbia", "Colombia", "México", "Mexico", "Turquia", "Grécia", "Grecia", "Suíça", "Suica",
        "Catar", "Qatar", "Japão", "Japao", "Estados", "Unidos", "Emirados", "Árabes", "Arabes", "Marrocos", "Angola",
    ],
    place_prepositions=["em", "a", "para"],
    city_prepositions=["em", "de", "a", "para"],
)
