/**
 * The reporting verbs beyond the core table of verbs.ts, chosen from the communication class of
 * "Les Verbes français" (LVF: Jean Dubois & Françoise Dubois-Charlier, Larousse 1997; electronic
 * version at MoDyCo, CNRS & Université Paris Nanterre): class C, "communication", whose
 * sub-classes C1 ("s'exprimer par un son, une parole") and C2 ("dire/demander qc") hold the
 * verbes introducteurs of reported speech. Kept here are those of C1/C2 that news prose uses to
 * attribute a statement, each with the stance it signals and the construction LVF gives it:
 * - `que P` (the default): "confie que …", "argue que …";
 * - `clauseOnly`: the verb only reports through "que P", an infinitive or a quotation, because
 *   its bare object means something else ("glisse une pièce", "relève le défi", "note la date");
 * - `predicate`: the verb phrase itself is the statement ("préconise de fermer …" request,
 *   "se défend d'avoir …" de, "considère la substance comme …" comme).
 * Verbs of manner of speaking (soupirer, glisser, lâcher) mostly appear inverted after a
 * quotation ("…, soupire-t-elle"), where no clause is needed.
 */
import type { ReportingVerb } from './verbs.js';

/**
 * What "écarter" rules out: a hypothesis, a charge or an act, maybe after a time adverbial and
 * a determiner ("à ce stade un acte", "pour l'instant toute piste", "l'hypothèse").
 */
const RULED_OUT =
  /^\s+(?:(?:à ce stade|pour l['’]instant|pour le moment|pour l['’]heure|d['’]emblée|désormais|également|aussi|fermement|catégoriquement|formellement|totalement)[\s,]+){0,2}(?:la|l['’]|les|un|une|toute?s?|cette|ces)\s*(?:autres?\s+)?(?:pistes?|hypothèses?|thèses?|idées?|scénarios?|possibilités?|éventualités?|actes?|attentats?|liens?|implications?|responsabilités?|accusations?|soupçons?|motifs?|mobiles?)(?!\p{L})/iu;

/** Forms of an irregular verb: finite 3rd-person forms, then participles. */
const irregular = (
  lemma: string,
  stance: ReportingVerb['stance'],
  forms: string[],
  participles: string[],
  extra: Partial<ReportingVerb> = {},
): ReportingVerb => ({ lemma, stance, forms, participles, ...extra });

/** Stance and construction of each verb (see the header); sorted by stance, then lemma. */
export const LEXICON_VERBS: ReportingVerb[] = [
  // asserts: saying, stating, thinking aloud.
  irregular(
    'admettre',
    'asserts',
    ['admet', 'admettent', 'admettait', 'admettaient', 'admit', 'admettra', 'admettrait'],
    ['admis', 'admise'],
    { clauseOnly: true },
  ),
  { lemma: 'alerter', stance: 'asserts', stem: 'alert', clauseOnly: true },
  { lemma: 'alléguer', stance: 'asserts', stem: 'allégu', presentStem: 'allègu' },
  // "anticipe que les prix …", "« … », anticipe X" (LVF C2: prévoir et dire); "anticipe la
  // hausse" is an act, so a clause or a quotation only.
  { lemma: 'anticiper', stance: 'asserts', stem: 'anticip', clauseOnly: true },
  { lemma: 'arguer', stance: 'asserts', stem: 'argu' },
  { lemma: 'asséner', stance: 'asserts', stem: 'assén', presentStem: 'assèn' },
  { lemma: 'avouer', stance: 'asserts', stem: 'avou', clauseOnly: true },
  { lemma: 'certifier', stance: 'asserts', stem: 'certifi', clauseOnly: true },
  // "clame son innocence", "proclame sa victoire" (LVF C1: dire en criant, dire publiquement);
  // the phrase is the statement, and its words decide the stance (stance.ts: "son innocence").
  { lemma: 'clamer', stance: 'asserts', stem: 'clam', predicate: 'request' },
  { lemma: 'commenter', stance: 'asserts', stem: 'comment', clauseOnly: true },
  { lemma: 'concéder', stance: 'asserts', stem: 'concéd', presentStem: 'concèd', clauseOnly: true },
  irregular(
    'conclure',
    'asserts',
    ['conclut', 'concluent', 'concluait', 'concluaient', 'conclura', 'conclurait'],
    ['conclu'],
    { clauseOnly: true },
  ),
  // "« … », a complété le président", "X complète : « … »" (LVF C2: compléter ses propos);
  // "complète le dossier" is an act: a clause or a quotation only.
  {
    lemma: 'compléter',
    stance: 'asserts',
    stem: 'complét',
    presentStem: 'complèt',
    clauseOnly: true,
  },
  { lemma: 'confier', stance: 'asserts', stem: 'confi', clauseOnly: true },
  { lemma: 'conseiller', stance: 'asserts', stem: 'conseill', predicate: 'request' },
  {
    lemma: 'considérer',
    stance: 'asserts',
    stem: 'considér',
    presentStem: 'considèr',
    predicate: 'comme',
  },
  irregular(
    'craindre',
    'asserts',
    ['craint', 'craignent', 'craignait', 'craignaient', 'craignit', 'craindra', 'craindrait'],
    ['craint', 'crainte'],
    { clauseOnly: true },
  ),
  { lemma: 'critiquer', stance: 'asserts', stem: 'critiqu', predicate: 'request' },
  irregular(
    'croire',
    'asserts',
    ['croit', 'croient', 'croyait', 'croyaient', 'crut', 'croira', 'croirait'],
    ['cru'],
    // "ne croit pas que P" rejects P (a denial, round 6); without a clause it reports nothing.
    { clauseOnly: true, deniesWhenNegated: true },
  ),
  { lemma: 'dénoncer', stance: 'asserts', stem: 'dénonc', predicate: 'request' },
  { lemma: 'déplorer', stance: 'asserts', stem: 'déplor', predicate: 'request' },
  { lemma: 'détailler', stance: 'asserts', stem: 'détaill', clauseOnly: true },
  { lemma: 'développer', stance: 'asserts', stem: 'développ', clauseOnly: true },
  // "« … », enchaîne-t-il" (LVF C1: poursuivre son propos); "enchaîne les succès" is an act.
  { lemma: 'enchaîner', stance: 'asserts', stem: 'enchaîn', clauseOnly: true },
  { lemma: 'évoquer', stance: 'asserts', stem: 'évoqu', clauseOnly: true },
  { lemma: "s'exclamer", stance: 'asserts', stem: 'exclam', reflexive: true },
  { lemma: 'se féliciter', stance: 'asserts', stem: 'félicit', reflexive: true, predicate: 'de' },
  { lemma: 'fustiger', stance: 'asserts', stem: 'fustig', predicate: 'request' },
  irregular(
    'garantir',
    'asserts',
    ['garantit', 'garantissent', 'garantissait', 'garantissaient', 'garantira', 'garantirait'],
    ['garanti', 'garantie'],
    { clauseOnly: true },
  ),
  { lemma: 'glisser', stance: 'asserts', stem: 'gliss', clauseOnly: true },
  { lemma: "s'indigner", stance: 'asserts', stem: 'indign', reflexive: true, predicate: 'de' },
  { lemma: 'informer', stance: 'asserts', stem: 'inform', clauseOnly: true },
  {
    lemma: "s'inquiéter",
    stance: 'asserts',
    stem: 'inquiét',
    presentStem: 'inquièt',
    reflexive: true,
    predicate: 'de',
  },
  { lemma: "s'insurger", stance: 'asserts', stem: 'insurg', reflexive: true, predicate: 'request' },
  { lemma: 'ironiser', stance: 'asserts', stem: 'ironis', clauseOnly: true },
  { lemma: 'jurer', stance: 'asserts', stem: 'jur', clauseOnly: true },
  { lemma: 'lâcher', stance: 'asserts', stem: 'lâch', clauseOnly: true },
  { lemma: 'lancer', stance: 'asserts', stem: 'lanc', clauseOnly: true },
  { lemma: 'mentionner', stance: 'asserts', stem: 'mentionn' },
  { lemma: 'noter', stance: 'asserts', stem: 'not', clauseOnly: true },
  { lemma: 'nuancer', stance: 'asserts', stem: 'nuanc', clauseOnly: true },
  { lemma: 'objecter', stance: 'asserts', stem: 'object', clauseOnly: true },
  { lemma: 'observer', stance: 'asserts', stem: 'observ', clauseOnly: true },
  // "ne pense pas que P" rejects P, as "ne croit pas que" does.
  { lemma: 'penser', stance: 'asserts', stem: 'pens', clauseOnly: true, deniesWhenNegated: true },
  { lemma: 'plaider', stance: 'asserts', stem: 'plaid', predicate: 'request' },
  irregular(
    'poursuivre',
    'asserts',
    ['poursuit', 'poursuivent', 'poursuivait', 'poursuivaient', 'poursuivit'],
    ['poursuivi'],
    { clauseOnly: true },
  ),
  // "a ordonné de fermer …", "a ordonné aux riverains de partir" (LVF C2: dire de faire).
  { lemma: 'ordonner', stance: 'asserts', stem: 'ordonn', predicate: 'de', deInfinitive: true },
  { lemma: 'préconiser', stance: 'asserts', stem: 'préconis', predicate: 'request' },
  irregular(
    'prétendre',
    'asserts',
    ['prétend', 'prétendent', 'prétendait', 'prétendaient', 'prétendit', 'prétendra'],
    ['prétendu'],
  ),
  irregular(
    'promettre',
    'asserts',
    ['promet', 'promettent', 'promettait', 'promettaient', 'promit', 'promettra', 'promettrait'],
    ['promis', 'promise'],
    { predicate: 'de' },
  ),
  { lemma: 'proclamer', stance: 'asserts', stem: 'proclam', predicate: 'request' },
  { lemma: 'prôner', stance: 'asserts', stem: 'prôn', predicate: 'request' },
  // "propose de fermer …" is a proposal; "propose un voyage", "propose sa solution", "propose
  // des services" offer a thing (LVF: proposer qc à qn), which the journalist narrates.
  { lemma: 'proposer', stance: 'asserts', stem: 'propos', predicate: 'de' },
  { lemma: 'protester', stance: 'asserts', stem: 'protest', clauseOnly: true },
  // "redoute que P" voices a fear as "craint que P" does; "redoute le match" fears a thing.
  { lemma: 'redouter', stance: 'asserts', stem: 'redout', clauseOnly: true },
  { lemma: 'recommander', stance: 'asserts', stem: 'recommand', predicate: 'request' },
  { lemma: 'regretter', stance: 'asserts', stem: 'regrett', predicate: 'request' },
  { lemma: 'réitérer', stance: 'asserts', stem: 'réitér', presentStem: 'réitèr' },
  {
    lemma: 'relever',
    stance: 'asserts',
    stem: 'relev',
    presentStem: 'relèv',
    futureStem: 'relèver',
    clauseOnly: true,
  },
  { lemma: 'remarquer', stance: 'asserts', stem: 'remarqu', clauseOnly: true },
  { lemma: 'répéter', stance: 'asserts', stem: 'répét', presentStem: 'répèt', clauseOnly: true },
  { lemma: 'répliquer', stance: 'asserts', stem: 'répliqu', clauseOnly: true },
  { lemma: 'résumer', stance: 'asserts', stem: 'résum', clauseOnly: true },
  { lemma: 'revendiquer', stance: 'asserts', stem: 'revendiqu', predicate: 'request' },
  { lemma: 'saluer', stance: 'asserts', stem: 'salu', predicate: 'request' },
  { lemma: 'souffler', stance: 'asserts', stem: 'souffl', clauseOnly: true },
  { lemma: 'soupirer', stance: 'asserts', stem: 'soupir', clauseOnly: true },
  { lemma: 'suggérer', stance: 'asserts', stem: 'suggér', presentStem: 'suggèr' },
  { lemma: 'témoigner', stance: 'asserts', stem: 'témoign', clauseOnly: true },
  // "« … », a tweeté X", "tweete que …": writing on Twitter/X (LVF C2 'écrire', its newer
  // form). A bare object is the thing posted ("a tweeté une photo"): clause or quotation only.
  // Not 'publier': "Apple, avare de commentaires, a publié un long texte" reads as inverted.
  { lemma: 'tweeter', stance: 'asserts', stem: 'tweet', clauseOnly: true },
  // denies: rejecting a statement, an accusation or a demand.
  irregular(
    'se défendre',
    'denies',
    ['défend', 'défendent', 'défendait', 'défendaient', 'défendit', 'défendra'],
    ['défendu', 'défendue'],
    // "se défend de toute similarité", "s'en défend": a denial; "« … », se défend X" alone
    // justifies what was done (LVF: "se défendre de qc" = nier; "se défendre" = se justifier).
    { reflexive: true, predicate: 'de', bareStance: 'asserts' },
  ),
  { lemma: 'récuser', stance: 'denies', stem: 'récus' },
  // "écarte la piste criminelle", "a écarté l'hypothèse d'un attentat", "écarte à ce stade un
  // acte terroriste" (LVF: écarter une hypothèse = rejeter); only with such an object.
  { lemma: 'écarter', stance: 'denies', stem: 'écart', predicate: 'request', object: RULED_OUT },
  // The other rejecting verbs of LVF C2 beside nier and démentir: "dénie toute responsabilité",
  // "a infirmé cette information", "désavoue les propos", "contredit la version du préfet",
  // "minimise la portée", "bat en brèche les arguments"; "exclut" only with what "écarter" rules
  // out ("exclut la piste terroriste"), as "n'exclut pas" and "exclut du club" say other things.
  { lemma: 'dénier', stance: 'denies', stem: 'déni' },
  { lemma: 'infirmer', stance: 'denies', stem: 'infirm' },
  { lemma: 'désavouer', stance: 'denies', stem: 'désavou' },
  irregular(
    'contredire',
    'denies',
    ['contredit', 'contredisent', 'contredisait', 'contredisaient', 'contredira'],
    ['contredit', 'contredite'],
  ),
  { lemma: 'minimiser', stance: 'denies', stem: 'minimis' },
  irregular(
    'exclure',
    'denies',
    ['exclut', 'excluent', 'excluait', 'excluaient', 'exclura'],
    ['exclu', 'exclue'],
    { predicate: 'request', object: RULED_OUT },
  ),
  {
    lemma: 'battre en brèche',
    stance: 'denies',
    forms: ['bat en brèche', 'battent en brèche', 'battait en brèche', 'battaient en brèche'],
    participles: ['battu en brèche', 'battue en brèche'],
    predicate: 'request',
  },
  // "oppose un démenti formel à …", "a apporté un démenti" (LVF C2 "démentir" as a support-verb
  // construction: the noun carries the denial).
  {
    lemma: 'opposer un démenti',
    stance: 'denies',
    forms: [
      'oppose un démenti',
      'opposent un démenti',
      'opposait un démenti',
      'apporte un démenti',
      'apportent un démenti',
      'apportait un démenti',
    ],
    participles: ['opposé un démenti', 'apporté un démenti', 'publié un démenti'],
    predicate: 'request',
  },
  // "oppose une fin de non-recevoir à la demande": a demand rejected (LVF C2 "refuser qc à qn"
  // as a support-verb construction; the conventions count a rejected demand as a denial).
  {
    lemma: 'opposer une fin de non-recevoir',
    stance: 'denies',
    forms: [
      'oppose une fin de non-recevoir',
      'opposent une fin de non-recevoir',
      'opposait une fin de non-recevoir',
      'opposaient une fin de non-recevoir',
    ],
    participles: ['opposé une fin de non-recevoir'],
    predicate: 'request',
  },
  // "s'inscrit en faux contre ces accusations" (LVF C2: s'inscrire en faux contre qc = nier).
  {
    lemma: "s'inscrire en faux",
    stance: 'denies',
    forms: ['inscrit en faux', 'inscrivent en faux', 'inscrivait en faux', 'inscrivaient en faux'],
    participles: ['inscrit en faux', 'inscrite en faux', 'inscrits en faux'],
    reflexive: true,
    predicate: 'request',
  },
  // Findings denied: a study, an analysis or an inquiry that does not show, prove or establish
  // something rejects it (LVF's C2 "montrer qc à qn" and the verbs of proof).
  { lemma: 'démontrer', stance: 'denies', stem: 'démontr', negatedOnly: true },
  {
    lemma: 'établir',
    stance: 'denies',
    forms: ['établit', 'établissent', 'établissait', 'établissaient', 'établira'],
    participles: ['établi'],
    negatedOnly: true,
  },
  { lemma: 'montrer', stance: 'denies', stem: 'montr', negatedOnly: true },
  { lemma: 'prouver', stance: 'denies', stem: 'prouv', negatedOnly: true },
  { lemma: 'refuser', stance: 'denies', stem: 'refus', predicate: 'de' },
  // questions: doubting.
  { lemma: 'douter', stance: 'questions', stem: 'dout', clauseOnly: true },
  { lemma: "s'étonner", stance: 'questions', stem: 'étonn', reflexive: true, predicate: 'de' },
  {
    lemma: 'mettre en doute',
    stance: 'questions',
    forms: ['met en doute', 'mettent en doute', 'mettait en doute', 'mettaient en doute'],
    participles: ['mis en doute'],
    predicate: 'request',
  },
  { lemma: 'questionner', stance: 'questions', stem: 'questionn', predicate: 'request' },
  // "remet en cause les chiffres" casts doubt on them (LVF C2 "mettre en doute", same frame).
  {
    lemma: 'remettre en cause',
    stance: 'questions',
    forms: ['remet en cause', 'remettent en cause', 'remettait en cause', 'remettaient en cause'],
    participles: ['remis en cause'],
    predicate: 'request',
  },
  // reports: relaying what happened or what someone found.
  irregular(
    'décrire',
    'reports',
    ['décrit', 'décrivent', 'décrivait', 'décrivaient', 'décrivit'],
    ['décrit', 'décrite'],
    // "décrit le projet comme « … »" (LVF C2: décrire qc comme qc): the description is the
    // statement; a bare object ("décrit la scène") only narrates, and "décrit « … »" is read
    // as a quotation, like any verb before one.
    { predicate: 'comme' },
  ),
  { lemma: 'dévoiler', stance: 'reports', stem: 'dévoil' },
  { lemma: 'divulguer', stance: 'reports', stem: 'divulgu' },
  {
    lemma: 'faire état',
    stance: 'reports',
    forms: ['fait état', 'font état', 'faisait état', 'faisaient état', 'fera état'],
    participles: ['fait état'],
    predicate: 'de',
  },
  // Appended (issue 11, constructions missed): "soulève que" raises a point (LVF C2); its bare
  // object is a thing lifted ("soulève un nuage"), hence clauseOnly.
  { lemma: 'soulever', stance: 'asserts', stem: 'soulev', presentStem: 'soulèv', clauseOnly: true },
  // "se remémore Rory Jones" after a quotation (LVF C1/C2 lists "remémorer qc à qn"; press
  // prose uses the reflexive to attribute a memory); a bare object ("se remémore les étés")
  // is narration, hence clauseOnly.
  {
    lemma: 'se remémorer',
    stance: 'asserts',
    stem: 'remémor',
    reflexive: true,
    clauseOnly: true,
  },
  // Appended (issue 11, area D: verbs met on unseen pages and their LVF neighbours), grouped by
  // construction. C1/C2 verbs of commenting that press prose inverts after a quotation ("»,
  // analyse le politologue", "», abonde X", "», renchérit Y", "», tempère Z"), or uses with a
  // "que" clause; their bare object is a thing, not a statement, hence clauseOnly.
  { lemma: 'abonder', stance: 'asserts', stem: 'abond', clauseOnly: true },
  { lemma: 'analyser', stance: 'asserts', stem: 'analys', clauseOnly: true },
  // (clamer: listed above, its phrase being the statement: "clame son innocence".)
  { lemma: 'confesser', stance: 'asserts', stem: 'confess', clauseOnly: true },
  irregular(
    'convenir',
    'asserts',
    ['convient', 'conviennent', 'convenait', 'convenaient', 'convint', 'conviendra'],
    ['convenu'],
    { clauseOnly: true },
  ),
  {
    lemma: 'espérer',
    stance: 'asserts',
    stem: 'espér',
    presentStem: 'espèr',
    clauseOnly: true,
    queOnly: true,
  },
  { lemma: 'plaisanter', stance: 'asserts', stem: 'plaisant', clauseOnly: true },
  { lemma: 'railler', stance: 'asserts', stem: 'raill', clauseOnly: true },
  { lemma: 'relativiser', stance: 'asserts', stem: 'relativis', clauseOnly: true },
  irregular(
    'renchérir',
    'asserts',
    ['renchérit', 'renchérissent', 'renchérissait', 'renchérissaient', 'renchérira'],
    ['renchéri'],
    { clauseOnly: true },
  ),
  { lemma: 'souhaiter', stance: 'asserts', stem: 'souhait', clauseOnly: true, queOnly: true },
  // "trouve que …" judges (LVF: trouver qc + attribut, "juger"); "trouve une solution" finds.
  { lemma: 'trouver', stance: 'asserts', stem: 'trouv', clauseOnly: true, queOnly: true },
  { lemma: 'tempérer', stance: 'asserts', stem: 'tempér', presentStem: 'tempèr', clauseOnly: true },
  // Reflexive verbs of feeling voiced (LVF C1 "s'exprimer"): "se réjouit de …", "se désole
  // que …", "s'alarme de …", "se plaint de …"; the "de" phrase or the clause is the statement.
  { lemma: "s'alarmer", stance: 'asserts', stem: 'alarm', reflexive: true, predicate: 'de' },
  { lemma: 'se désoler', stance: 'asserts', stem: 'désol', reflexive: true, predicate: 'de' },
  // "se plaint que …" only: "se plaint de la cheville" is a pain, not a statement.
  irregular(
    'se plaindre',
    'asserts',
    ['plaint', 'plaignent', 'plaignait', 'plaignaient', 'plaindra'],
    ['plaint', 'plainte'],
    { reflexive: true, clauseOnly: true, queOnly: true },
  ),
  irregular(
    'se réjouir',
    'asserts',
    ['réjouit', 'réjouissent', 'réjouissait', 'réjouissaient', 'réjouira'],
    ['réjoui', 'réjouie'],
    { reflexive: true, predicate: 'de' },
  ),
  // Reproaches and exhortations (LVF C2 "dire qc contre qn", "demander à qn de"): the verb
  // phrase is the statement, as for "accuser … de" and "appeler … à". Not "menacer de": the
  // press mostly narrates threats as acts ("il a fallu que les salariés menacent de …").
  { lemma: 'exhorter', stance: 'asserts', stem: 'exhort', predicate: 'à' },
  { lemma: 'reprocher', stance: 'asserts', stem: 'reproch', predicate: 'de' },
  // "fait part de sa volonté de …" (LVF C2: faire part de qc à qn); its object is a feeling or
  // an intent, stated through constructions.ts, hence clauseOnly here.
  {
    lemma: 'faire part',
    stance: 'asserts',
    forms: ['fait part', 'font part', 'faisait part', 'faisaient part', 'fera part'],
    participles: ['fait part'],
    clauseOnly: true,
  },
];
