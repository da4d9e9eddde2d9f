/**
 * Cue tables for denials (issue 11): the words and constructions stance.ts reads a statement's
 * rejection in. Negations that deny under a verb of saying, words that call something false,
 * the shape of a negated main clause and what its negation may bear on instead of a proposition
 * (degree, time, norm, pledge), verbs under which a negation states a lack, and the speaker's
 * own denial verbs. All patterns read folded text (lower case, no accents) unless said.
 */
/**
 * Negations that make a statement a denial under a verb of saying ("affirme n'avoir jamais"). Under
 * a verb of complaint or admission (`NEGATION_STATES_A_LACK`) the same words state a lack instead.
 */
export const NEGATION_CUES: RegExp[] = [
  /\bn'(?:a|ai|ont|avons|avoir|avait|avaient|aurait|est|etait|sont)\s+jamais\b/,
  // "ne dément jamais", "ne l'ont jamais vu"; not a pledge or a norm in the future or the
  // conditional ("ne pourront jamais", "ne devraient jamais pouvoir"), which asserts a policy
  // rather than rejecting a claim.
  /\bne\s+(?:(?:l'|le\s+|la\s+|les\s+|lui\s+|leur\s+|y\s+|en\s+))?(?!\w+(?:ra|ront|rait|raient)\s)\w+\s+jamais\b/,
  /\bn'y\s+(?:a|ont|avait|avaient)\s+jamais\b/,
  // "n'avoir, ni par le passé ni aujourd'hui, constaté le moindre problème": a negated finding.
  /\bn'(?:avoir|a|ont|avons)\b[^.;]{0,60}?\b(?:constate|trouve|decouvert|releve|observe|detecte)\w*\s+(?:le moindre|la moindre|aucune?)\b/,
  /\ba aucun moment\b/,
  // Universal negation: "aucun espionnage n'est possible", "aucun de ses équipements n'a posé".
  /\baucune?\b[^.;:]{0,60}?\bn'(?:est|a|ont|sont|etait|avait|aurait|serait)\b/,
  // "juge le scénario impossible", "c'est impossible puisque": not "impossible de savoir".
  /\bimpossible\b(?!\s+(?:de|d'|a|que|qu'))/,
  /\baucune preuve\b/,
  // Not having known: "je ne suis au courant de rien", "il n'était pas au courant".
  /\b(?:ne|n')\s*(?:suis|etais|etait|est|sommes|etions|etaient|sont)\s+(?:(?:pas|jamais|nullement)\s+)?au courant\b/,
  // "Jamais" fronted by the speaker's own side: "Jamais je n'ai demandé d'argent"; not a pledge
  // in the future or the conditional ("jamais nous ne céderons").
  /^jamais\s*,?\s*(?:au grand jamais\s*,?\s*)?(?:je|j'|nous|mon client|ma cliente)\s*(?:ne\s+|n')\s*(?:(?:l'|le|la|les|lui|leur|y|en|me|m'|nous)\s*)?(?!\p{L}+(?:rai|ra|rons|ront|rais|rait|rions|raient)(?!\p{L}))\p{L}+/u,
  // Guilty of nothing: "je ne suis coupable de rien", "il n'est responsable en rien".
  /\b(?:ne|n')\s*(?:suis|est|sommes|sont|etais|etait|etaient)\s+(?:coupables?|responsables?|fautifs?|complices?|impliquee?s?|melee?s?)\s+(?:de\s+|d'|en\s+)rien\b/,
  // A rumour denied categorically: "il n'a nullement été question de".
  /\bn'(?:a|avait)\s+(?:nullement|aucunement)\s+ete\s+question\b/,
  // Having no part in it: "je n'y suis pour rien", "il n'est pour rien dans ce choix".
  /\b(?:n'y|ne|n')\s*(?:suis|est|sommes|sont|etait|etais|etaient|etre)\s+(?:\p{L}+ment\s+)?pour rien\b/u,
  // Nothing supports the claim: "rien ne prouve que", "aucun élément ne permet d'affirmer",
  // "rien n'indique que"; not "rien ne justifie" (a criticism) nor "rien ne permet de protéger".
  /\b(?:rien|aucune?\s+(?:element|preuve|indice|document|temoignage|etude|donnee|analyse)s?)\s+(?:ne\s+|n')(?:prouv|indiqu|montr|demontr|attest|etabli|corrobor|confirm)\p{L}*|\b(?:rien|aucune?\s+\p{L}+)\s+ne\s+permet(?:tent)?\s+(?:de\s+|d')(?:affirmer|dire|etablir|conclure|penser|croire|accuser|prouver|demontrer)\b/u,
];

/**
 * A compound past negated by "aucun" after the participle: "nous n'avons reçu aucune plainte".
 * Read in the main clause only, as `NEGATED_CLAUSE` is ("même si le juge n'a eu aucune
 * conversation, …" concedes).
 */
export const NEGATED_BY_AUCUN =
  /(?:^|[\s,])n'(?:y\s+)?(a|ai|avons|avez|ont|avait|avaient)\s+\p{L}+\s+aucune?\b/u;

/** Words that call something false or deny it outright, whatever the verb. */
export const FALSITY_CUES: RegExp[] = [
  // "c'est faux", with any adverb of degree: "archi faux", "absolument faux", "tout à fait faux".
  /\b(?:tout est|c'est|totalement|entierement|completement|absolument|parfaitement|strictement|rigoureusement|tout a fait|archi)[\s-]*faux\b/,
  // "Il est faux de dire que …", "c'est inexact", "il est mensonger d'affirmer …".
  /\b(?:il est|c'est|ce serait) (?:faux|inexact|mensonger) d(?:e |')(?:dire|pretendre|affirmer|croire|penser|parler|ecrire)\b/,
  /\b(?:c'est|tout est|totalement|entierement) (?:inexact|mensonger)\b/,
  // Calling figures or a report wrong: "ces chiffres sont erronés", "des contrevérités"; not
  // "erreur", which also names one's own mistakes, nor "inexactitudes", which the samples' gold
  // reads as a report of the speaker's judgement ("juge les inexactitudes … si nombreuses").
  /\b(?:contre-?verites?|erronee?s?)\b/,
  // An answer in one word: "a répondu que non", "assure que non".
  /\bqu(?:e |')non\s*[.!]?$/,
  // A plea in court: "plaide non coupable", "a plaidé non coupable".
  /\bplaid\w* non coupables?\b/,
  // Claiming innocence: "clame son innocence", "se dit innocent des faits".
  /\b(?:clam|proclam|affirm|plaid|cri|maint|rappel)\w* (?:son|sa|leur) innocence\b/,
  /\bse (?:dit|disent|declare|declarent|proclame|proclament) (?:\w+ment )?innocente?s?\b/,
  // Calling a claim baseless: "ces accusations sont infondées", "sans fondement", "dénuées de
  // tout fondement", "fantaisistes", "mensongères".
  /\b(?:infondee?s?|sans (?:aucun |le moindre )?fondement|denuee?s? de (?:tout )?fondement|fantaisistes?|mensongere?s?)\b/,
  // Calling it a rumour or a lie: "ce ne sont que des rumeurs", "c'est un mensonge".
  /\b(?:c'est|ce sont|ce n'est qu'|ce ne sont que|il s'agit d'|il ne s'agit que d')\s*(?:une?|des|de|d')?\s*(?:(?:pure|pures|simple|simples|grossier|grossiere|grossiers|grossieres)\s+)?(?:rumeurs?|mensonges?|calomnies?|affabulations?|elucubrations?|fake news|intox)\b/,
  /\bdementi/,
  // "Ne correspond pas à la réalité", "ne reflète en rien la réalité": calling a claim untrue.
  /\bne\s+(?:correspond|reflet)\p{L}*\s+(?:pas|en rien|nullement|aucunement)\s+a\s+la\s+realite\b/u,
  // "Il n'y a rien de vrai", "pas un mot de vrai": the litotes reading of "rien de" does not hold.
  /\b(?:rien|pas un mot|aucun mot) (?:de vrai|d'exact)\b/,
  // Calling it defamation or an invention: "diffamatoires", "de la pure invention", "parle de
  // « calomnies »".
  // Not the name of an offence: "porter plainte pour (propos) diffamatoires", "pour dénonciation
  // calomnieuse" announces a suit.
  /(?<!\bpour\s+(?:\p{L}+\s+)?)\b(?:diffamatoires?|calomnieu(?:x|se|ses))\b/u,
  /\b(?:c'est|ce sont|il s'agit|rel[e]v\p{L}*)\s+(?:de la |d'une |une |de )?(?:pure |totale |simple )?(?:invention|fabulation|fiction|calomnie|diffamation|mensonge)s?\b/u,
  /\bparl\p{L}* de\s+(?:pures?\s+)?(?:calomnies?|mensonges?|diffamation|affabulations?|fake news|contre-?verites?)\b/u,
  // Having no part in it, infinitive or adjective: "affirme tout ignorer de", "se dit étranger à".
  /\btout ignorer\b/,
  /(?:^|\b(?:dit|disent|declare|declarent|suis|est|sommes|sont)\s+(?:\p{L}+ment\s+)?)etrangere?s?\s+a(?:ux?)?\b/u,
  // "Ce sont de fausses informations": calling something false; not "lutter contre les fausses
  // informations", which only names them.
  /\b(?:ce sont|c'est|sont|est|il s'agit)\s+(?:de |d'|des |une |un )?(?:fausses?|faux)\s+(?:accusations?|informations?|allegations?|nouvelles?|rumeurs?)\b/,
  // "J'ignorais que …", "il ignorait tout de …": claiming not to have known.
  /\b(?:j'|il |elle |ils |elles |nous |on )ignor(?:ais|ait|aient|ions|e|ent|ons)\s+(?:que|qu'|tout)\b/,
  // A statement opening on a one-word dismissal: "Absurde. …", "Faux !".
  /^(?:absurde|faux|ridicule|grotesque|mensonges?|calomnies?|n'importe quoi|archi-?faux|c'est faux)\s*[.!]/,
  // An answer opening on a bare negative: "Pas du tout, …", "Absolument pas.", "En aucun cas !".
  /^(?:pas du tout|absolument pas|certainement pas|surement pas|nullement|aucunement|en aucun cas|jamais de la vie|pas le moins du monde)\s*(?:[.!,;]|$)/,
  // Claiming innocence in one's own words or for one's client: "je suis innocent".
  /\b(?:je suis|nous sommes|(?:mon|ma|notre) client(?:e)? est|(?:mes|nos) client(?:e)?s sont)\s+(?:\p{L}+ment\s+)?innocente?s?\b/u,
  // An answer opening on "non": "Non, la commune ne ferme pas son école", "non, ce n'est pas dangereux".
  /^non\s*[,!.]/,
];

/**
 * A negated main clause denies what it negates ("le sénateur ne s'est pas placé en situation
 * de …", "il n'y a aucun danger", "je n'ai pas l'intention de démissionner"): the verb after
 * "ne"/"n'" and its clitics (each a whole word: "ne lâchent" is not "la" + "chent"), then the
 * negation word.
 */
export const NEGATED_CLAUSE =
  /(?:^|[\s,])(?:ne|n')\s*(?:(?:se|me|te|nous|vous|le|la|les|lui|leur|y|en)\s+|(?:s'|m'|t'|l')\s*)*(\p{L}+)\s+(?:\p{L}+ment\s+)?(?:pas|plus|jamais|rien|aucune?|aucunement|nullement|point|guere|personne)\b(\s+ete\b)?/u;
/**
 * What follows the negation word when it bears on a degree, on exclusivity or on time rather than
 * on the proposition: "n'est pas le seul responsable" (others are too), "pas seulement un
 * loisir", "pas le pire des scénarios", "pas encore", "ne … pas que", "pas d'autre suspect" (this one only), "pas tant X que Y", a comparison ("ne sont pas
 * plus grosses qu'un grain de riz" gives a size; the clause is cut at "que", hence the end
 * anchor). Those assert.
 */
export const SCOPE_NOT_PROPOSITION =
  /^\s+(?:(?:le|la|les)\s+(?:seule?s?|pires?|meilleure?s?|mieux)\b|(?:seulement|uniquement|simplement|que|qu'|encore|tant)(?!\p{L})|(?:d'|de\s+|d'\s*)?autres?(?!\p{L})|(?:plus|moins|aussi|autant)\s+(?!de\s|d')\p{L}+\s*$)/u;
/**
 * Knowing verbs in the present: "nous ne connaissons pas encore les causes" states what is not
 * known yet; in the past ("je ne connaissais pas cet homme") they deny having known.
 */
export const KNOWING_PRESENT =
  /^(?:connais|connait|connaissons|connaissez|connaissent|savons|savez)$/u;
/** What a present lack of knowledge is about: a cause or a figure, not a person or a deed. */
export const UNKNOWN_FACT =
  /^\s+(?:(?:encore|toujours)\b|(?:les?|la|l'|leurs?|ses|son|sa)\s*(?:causes?|raisons?|motivations?|motifs?|circonstances?|origines?|details?|bilans?|chiffres?|intentions?|consequences?|montants?|identites?)\b)/u;
/**
 * Negated verbs that state a norm, a lack or an ability rather than reject a claim ("il ne faut
 * pas", "ne suffisent pas", "ne doit pas servir", "ne peut pas"), and subjunctives, which depend
 * on a feeling or a doubt ("déçue que les journalistes n'aient pas envisagé"): those assert.
 */
export const NOT_A_DENIAL =
  /^(?:faut|faudrait|faudra|doi[st]|doivent|dev\w*|suffi\w*|ait|aient|soi[st]|soient|puiss\w*|peu[tx]|peuvent|pouvons|pourr\w*|veu[tx]|veulent|voudr\w*|sai[st]|savent|sembl\w*|cess\w*)$/u;
/** Auxiliaries of the compound past: "on n'a jamais dit" reports a past act, not a norm. */
export const AUXILIARY = /^(?:a|avait|aurait|est|etait|serait)$/u;
/** Future and conditional: a pledge or a forecast ("nous ne céderons rien"), not a denial. */
export const PLEDGE = /(?:ra|ras|rai|ront|rons|rez|rait|raient|rions)$/u;

/**
 * Verbs of complaint, criticism, fear and admission (verb-lexicon.ts lemmas): what they introduce
 * in the negative is the lack complained of or admitted ("déplore que la mairie n'ait pas
 * répondu", "« les contrôles n'ont jamais lieu », dénonce X", "reconnaît ne pas avoir vérifié"),
 * never the rejection of someone else's claim.
 */
export const NEGATION_STATES_A_LACK = new Set([
  'déplorer',
  'regretter',
  'dénoncer',
  'critiquer',
  'fustiger',
  "s'indigner",
  "s'inquiéter",
  "s'insurger",
  'protester',
  'alerter',
  'avertir',
  'mettre en garde',
  'craindre',
  'accuser',
  'soupçonner',
  'reconnaître',
  'admettre',
  'avouer',
  'concéder',
]);

/**
 * An infinitive in the negative right after the verb: "assure ne pas avoir été informée", "dit
 * ne rien savoir", "affirme n'être pour rien": the speaker rejects the proposition.
 */
export const NEGATED_INFINITIVE =
  /^\s*(?:\p{L}+ment\s+)?(?:ne\s+(?:pas|jamais|plus|rien|nullement|aucunement)\s+\p{L}+|n'(?:avoir|etre)\s+(?:pas|jamais|rien|nullement|aucunement)\b|n'avoir\s+\p{L}+\s+aucune?\b|ne\s+(?:s'|m'|se\s|me\s)\s*etre\s+(?:pas|jamais|nullement|aucunement)\b)/u;

/**
 * A quotation that opens on the negation word continues the verb before its opening mark ("il
 * n'est « pas possible d'établir un lien »"): that verb is read with it.
 */
export const NEGATION_BEFORE_MARK =
  /(?:^|[\s,])(?:ne|n')\s*(?:(?:se|s'|le|la|les|l'|lui|leur|y|en)\s*)*\p{L}+\s*[«“"]\s*$/u;
export const OPENS_ON_NEGATION = /^(?:pas|plus|jamais|rien|aucune?|nullement|aucunement)(?!\p{L})/u;

/**
 * Doubt without a verb of doubt: "on comprend mal comment …", "pose question", "reste à
 * prouver" cast doubt on what follows (the conventions: a lawyer's "On comprend mal comment").
 */
export const QUESTION_CUES: RegExp[] = [
  /\bon (?:comprend|voit|s'explique|saisit) mal\b/,
  /\b(?:pose|posent|posait|soul[eè]ve|soulevent) (?:question|des questions|de serieuses questions|interrogation|des interrogations)\b/,
  /\breste a (?:prouver|demontrer|etablir)\b/,
];

/**
 * The speaker's side denying in its own words: "« Mon client conteste fermement les faits »",
 * "« Nous démentons toute négociation »", "« J'ai toujours nié »". The subject is the first person
 * or the client a lawyer speaks for; "le tribunal a rejeté le recours" is someone else's act.
 */
export const OWN_DENIAL =
  /^(?:je\s+|j'|nous\s+|(?:mon|ma|notre|mes|nos)\s+client\p{L}*\s+)(?:(?!ne(?!\p{L})|n')\p{L}+\s+){0,2}(?:(?:contest|ni|refut|rejet|rejett|recus)(?:e|es|ent|ons|ez|ais|ait|ee|ees|ie|ies)|dement(?:ons|ent|i|ie|is|ies)?|demen[st])(?!\p{L})/u;
