"""Portuguese cue table. Patterns match folded text: lower case, no accents, straight apostrophes."""

from mercato.extract.cues import LanguageTable

TABLE = LanguageTable(
    lang="pt",
    stages={
        "move:speculation": [
            r"interess\w*", r"na mira", r"alvo", r"candidat[oa]s?", r"cobicad[oa]", r"na lista", r"sondad[oa]",
            r"apontad[oa]", r"hipotese", r"opcao", r"pode (?:chegar|rumar|assinar)", r"deve (?:levar|chegar)",
            r"devera (?:levar|chegar|ser)", r"pretendid[oa]", r"sonho", r"favorito", r"na agenda",
        ],
        "move:contact": [r"contactos?", r"contatos?", r"conversas", r"reuniao", r"abordagem", r"sondagem", r"encontro"],
        "move:negotiation": [r"negocia\w*", r"proposta", r"oferta", r"licitacao"],
        "move:agreement": [r"acordo (?:total|fechado|alcancado|verbal|de principio)", r"chegaram a acordo", r"ha acordo", r"esta fechado", r"disse sim", r"exames medicos", r"vai assinar", r"here we go", r"a um passo"],
        "move:official": [
            r"oficial", r"oficializ\w*", r"contratacao", r"contratad[oa]", r"contrata", r"assinou", r"assina",
            r"anunciad[oa]", r"novo treinador", r"e o novo", r"apresentad[oa]", r"reforco", r"chegou",
            r"assumiu", r"assumira", r"orientar", r"treinador do", r"interino", r"nomead[oa]",
        ],
        "move:off": [r"recus\w*", r"rejeit\w*", r"desmente", r"desmentido", r"fora de questao", r"caiu", r"afastad[oa]"],
        "departure:risk": [r"em risco", r"em xeque", r"na corda bamba", r"pressionad[oa]", r"pode (?:sair|deixar)", r"saida", r"venda", r">substituir"],
        "departure:official": [
            r"demitid[oa]", r"despedid[oa]", r"despedimento", r"exonerad[oa]", r"rescisao", r"rescindiu", r"deixa",
            r"deixou", r"saiu", r"despede-se", r"demissao", r"afastamento", r"sai do", r"sai da", r"ex-treinador",
            r">substituicao de", r">no lugar de", r"abandona", r"abandonou", r"terminou a ligacao", r"chicotada",
        ],
        "departure:off": [r"segura no cargo", r"mantido", r"continuara", r"confianca"],
        "stay:speculation": [r"renovacao", r"quer ficar", r"ficar"],
        "stay:negotiation": [r"negociacoes para (?:a )?renovacao"],
        "stay:agreement": [r"acordo para (?:a )?renovacao", r"vai renovar", r"renovara"],
        "stay:official": [r"renovou", r"renova", r"prolongou", r"prolonga", r"estendeu"],
    },
    negations=[r"nao", r"nunca", r"nenhum(?:a)?", r"sem", r"nem"],
    hedges=[r"\w+ria(?:m)?", r"podera", r"pode", r"segundo", r"alegadamente", r"rumores?", r"possivel", r"devera"],
    attributions=[r"segundo", r"de acordo com", r"avanca", r"noticia", r"revela", r"informa", r"escreve", r"adianta"],
    role_nouns=[
        r"(?:o |do |ao )?(?:treinador|tecnico|tecnico|mister|avancado|medio|defesa|guarda-redes|goleiro|atacante|jogador|presidente|diretor desportivo|adjuntos?)",
        r"(?:o |do |ao )?(?:portugues|espanhol|italiano|alemao|frances|argentino|brasileiro|croata|holandes|ingles|basco)",
    ],
    former_markers=[r"ex", r"ex-", r"antigo", r"anterior"],
    club_references=[r"o clube", r"a direcao", r"a sad"],
    opponent_markers=[r"contra", r"frente ao", r"frente a", r"diante d[oa]", r"derrota (?:com|frente|diante)", r"vitoria (?:sobre|frente|diante)", r"empate com"],
    origin_markers=[r"proveniente d[oa]", r"vindo d[oa]", r"oriundo d[oa]"],
    pronouns=[r"(?:a|de|por|com) ele", r"dele"],
    possessives=[r"seu", r"sua", r"seus", r"suas"],
    modal_markers=[r"podera", r"poderia", r"pode", r"se", r"possivel", r"eventual"],
    conditions={"next season": [r"proxima epoca", r"proxima temporada", r"no verao"], "loan": [r"emprestad[oa]", r"emprestimo"]},
    not_names=[
        "O", "A", "Os", "As", "Um", "Uma", "Num", "Nenhum", "Com", "Sem", "Para", "Por", "Mas", "Foi",
        "Janeiro", "Fevereiro", "Março", "Marco", "Abril", "Maio", "Junho", "Julho", "Agosto", "Setembro",
        "Outubro", "Novembro", "Dezembro", "Liga", "Campeões", "Campeoes", "Taça", "Taca", "Supertaça", "Premier",
        "League", "Oficial", "Adeptos", "Tinha", "Assinou", "Vai", "Verão", "Portugal", "Brasil",
    ],
    city_prepositions=["em", "de", "a", "para"],
)
