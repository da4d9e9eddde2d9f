/**
 * Stance and certainty of an attributed statement, from cue tables: the reporting verb first,
 * then denial and question cues, then the French conditional (the press's "on dit que" mood).
 */
import type { Certainty, Stance } from '../types.js';
import {
  answersCharge,
  complaintShape,
  negationDenies,
  nobodyDenies,
  passiveDenies,
  type NegationContext,
} from './negation.js';
import { tellsOwnAccount } from './telling.js';
import { fold } from './text.js';
import { findVerbs } from './verb-match.js';
import { REPORTING_VERBS } from './verbs.js';

/**
 * Negations that make a statement a denial under a verb of saying ("affirme n'avoir jamais"). Under
 * a verb of complaint or admission (`NEGATION_STATES_A_LACK`) the same words state a lack instead.
 */
const NEGATION_CUES: RegExp[] = [
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
const NEGATED_BY_AUCUN =
  /(?:^|[\s,])n'(?:y\s+)?(a|ai|avons|avez|ont|avait|avaient)\s+\p{L}+\s+aucune?\b/u;

/** Words that call something false or deny it outright, whatever the verb. */
const FALSITY_CUES: RegExp[] = [
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
 * "ne"/"n'" and its clitics, then the negation word.
 */
const NEGATED_CLAUSE =
  /(?:^|[\s,])(?:ne|n')\s*(?:(?:se|s'|me|m'|te|t'|nous|vous|le|la|les|l'|lui|leur|y|en)\s*)*(\p{L}+)\s+(?:\p{L}+ment\s+)?(?:pas|plus|jamais|rien|aucune?|aucunement|nullement|point|guere)\b(\s+ete\b)?/u;
/**
 * What follows the negation word when it bears on a degree, on exclusivity or on time rather than
 * on the proposition: "n'est pas le seul responsable" (others are too), "pas seulement un
 * loisir", "pas le pire des scénarios", "pas encore", "ne … pas que", "pas tant X que Y", a comparison ("ne sont pas
 * plus grosses qu'un grain de riz" gives a size; the clause is cut at "que", hence the end
 * anchor). Those assert.
 */
const SCOPE_NOT_PROPOSITION =
  /^\s+(?:(?:le|la|les)\s+(?:seule?s?|pires?|meilleure?s?|mieux)\b|(?:seulement|uniquement|simplement|que|qu'|encore|tant)(?!\p{L})|(?:plus|moins|aussi|autant)\s+(?!de\s|d')\p{L}+\s*$)/u;
/**
 * Knowing verbs in the present: "nous ne connaissons pas encore les causes" states what is not
 * known yet; in the past ("je ne connaissais pas cet homme") they deny having known.
 */
const KNOWING_PRESENT = /^(?:connais|connait|connaissons|connaissez|connaissent|savons|savez)$/u;
/** What a present lack of knowledge is about: a cause or a figure, not a person or a deed. */
const UNKNOWN_FACT =
  /^\s+(?:(?:encore|toujours)\b|(?:les?|la|l'|leurs?|ses|son|sa)\s*(?:causes?|raisons?|motivations?|motifs?|circonstances?|origines?|details?|bilans?|chiffres?|intentions?|consequences?|montants?|identites?)\b)/u;
/**
 * Negated verbs that state a norm, a lack or an ability rather than reject a claim ("il ne faut
 * pas", "ne suffisent pas", "ne doit pas servir", "ne peut pas"), and subjunctives, which depend
 * on a feeling or a doubt ("déçue que les journalistes n'aient pas envisagé"): those assert.
 */
const NOT_A_DENIAL =
  /^(?:faut|faudrait|faudra|doi[st]|doivent|dev\w*|suffi\w*|ait|aient|soi[st]|soient|puiss\w*|peu[tx]|peuvent|pouvons|pourr\w*|veu[tx]|veulent|voudr\w*|sai[st]|savent|sembl\w*|cess\w*)$/u;
/** Auxiliaries of the compound past: "on n'a jamais dit" reports a past act, not a norm. */
const AUXILIARY = /^(?:a|avait|aurait|est|etait|serait)$/u;
/** Future and conditional: a pledge or a forecast ("nous ne céderons rien"), not a denial. */
const PLEDGE = /(?:ra|ras|rai|ront|rons|rez|rait|raient|rions)$/u;

/** Nothing but an adverb between a reporting verb and its "que". */
const VERB_TO_QUE = /^\s*(?:(?:\p{L}+ment|également|aussi|encore|même|bien|toujours)\s*)?$/u;

/**
 * The clause a statement's stance is read in: the first sentence's main clause, or, when that
 * clause is itself a report ("L'agence maintient qu'il n'y a pas de risque"), the reported one.
 */
function mainClause(text: string): { clause: string; lemma: string | undefined } {
  const lower = text.toLowerCase().replace(/’/g, "'");
  // A quotation opening on its conjunction ("soutenait « qu'il n'y avait pas d'affaire »") is
  // the reported clause itself: read from after "que".
  const first = (lower.split(/[.!?](?:\s|$)/u)[0] ?? '').replace(/^\s*qu(?:e\s+|')/u, '');
  const parts = first.split(/(?<!\p{L})(?:que(?!\p{L})|qu')/u);
  const head = parts[0] ?? '';
  // Only a reporting verb right before "que" makes the clause after it the statement: in "pour
  // s'assurer que le cas ne se reproduit pas", the negation is a purpose, not the claim.
  const verb = findVerbs(head, 0, head.length).pop();
  const reported = parts.length > 1 && verb !== undefined && VERB_TO_QUE.test(head.slice(verb.end));
  const clause = reported ? parts.slice(1).join(' que ') : head;
  // A second alternative after "ou" ("est combatif ou il n'est rien") defines, it rejects nothing.
  return {
    clause: clause.split(/(?<!\p{L})(?:qui|que|dont|lorsque|si|ou)(?!\p{L})|qu'|[;:]/u)[0] ?? '',
    lemma: reported ? verb?.lemma : undefined,
  };
}

/** Quotation marks inside a clause ("il n'est « pas possible »") are no words of it. */
const stripMarks = (text: string): string => text.replace(/[«»“”"]/gu, ' ').replace(/\s+/gu, ' ');

/**
 * True when the statement's main clause is negated in a way that rejects something: the
 * exclusions below (passive, litotes, scope, norms, pledges), then the construction (negation.ts).
 */
export function deniesByNegation(
  text: string,
  context: NegationContext = { verbLemmas: [] },
): boolean {
  const main = mainClause(stripMarks(text));
  const clause = fold(main.clause);
  const ctx = { ...context, verbLemmas: [...context.verbLemmas, main.lemma] };
  const reported = main.lemma !== undefined || context.reported === true;
  const m = NEGATED_CLAUSE.exec(clause);
  const verb = m?.[1];
  if (m === null || verb === undefined) {
    const a = NEGATED_BY_AUCUN.exec(clause);
    if (a === null) return nobodyDenies(clause, ctx);
    const after = clause.slice(a.index + a[0].length);
    const verb = a[1] ?? '';
    return negationDenies({ clause, index: a.index, match: a[0], verb, after, reported }, ctx);
  }
  // "n'ont pas été respectées": a passive states a failure, not a denial, unless it answers.
  if (m[2] !== undefined) return passiveDenies(ctx);
  // "n'a rien d'anodin", "n'a rien de surprenant": a litotes asserts.
  if (/\brien\s+d(?:e\s|')/u.test(clause.slice(m.index))) return false;
  const after = clause.slice(m.index + m[0].length);
  if (SCOPE_NOT_PROPOSITION.test(after)) return false;
  // "on ne montre pas les blessés", "on ne touche pas aux retraites": with the impersonal "on"
  // in a simple tense the negation states a practice or a norm; "on n'a jamais dit" still denies.
  if (/(?:^|[^\p{L}])on\s*$/u.test(clause.slice(0, m.index + 1)) && !AUXILIARY.test(verb)) {
    return false;
  }
  if (KNOWING_PRESENT.test(verb) && UNKNOWN_FACT.test(after)) return false;
  if (NOT_A_DENIAL.test(verb) || PLEDGE.test(verb)) return false;
  return negationDenies({ clause, index: m.index, match: m[0], verb, after, reported }, ctx);
}

/** Hedges that lower certainty to `possible` (the conventions: "il est possible que", "maybe"). */
const POSSIBLE_CUES: RegExp[] = [
  /\bil est possible qu/,
  /\bpeut-etre\b/,
  /\b(?:potentiellement|possiblement)\b/,
  // English statements (tweets, quoted English): "maybe", "might", "possibly", "perhaps".
  /\b(?:maybe|might|possibly|perhaps)\b/,
];

/**
 * "risque de couper la route", "risquait de": a risk is a possibility; not the noun ("le risque
 * de crue", "aucun risque de"), which names it. Read in the main clause only: "une situation où
 * il risque d'être soupçonné" describes, it hedges nothing.
 */
const RISK =
  /(?<!\b(?:le|un|du|au|ce|de|des|les|aucun|sans|gros|fort|grand|faible|tout)\s)\brisqu(?:e|ent|ait|aient|erait|eraient)\s+d(?:e\s|')/;
const riskInMainClause = (quote: string): boolean =>
  RISK.test(fold(headClause(quote)).split(/(?<!\p{L})ou(?!\p{L})/u)[0] ?? '');

/**
 * A conditional answering "si" + imperfect or pluperfect states a counterfactual ("n'aurait pas eu
 * cet impact si l'information avait été vérifiée"): the speaker is sure of it, no hedge. Modal
 * "pourrait" stays possible.
 */
const COUNTERFACTUAL_SI = /(?<!\p{L})s(?:i\s|')[^.;:!?]{0,80}?\p{L}(?:ait|aient)(?!\p{L})/u;
function isCounterfactual(text: string): boolean {
  const lower = text.toLowerCase();
  return COUNTERFACTUAL_SI.test(lower) && !/(?<!\p{L})pourr\p{L}*/u.test(lower);
}

/** Hedges that lower certainty to `probable`. */
const PROBABLE_CUES: RegExp[] = [
  /\bprobablement\b/,
  /\bsans doute\b/,
  /\bvraisemblablement\b/,
  /\bselon toute vraisemblance\b/,
  /\bil est probable\b/,
  /\bsemble(?:nt|rait)?\b/,
];

/** Irregular conditional stems (future stem + -ait): aurait, serait, pourrait, devrait… */
const CONDITIONAL_STEMS = [
  'aur',
  'ser',
  'pourr',
  'devr',
  'fer',
  'ir',
  'faudr',
  'voudr',
  'saur',
  'verr',
  'enverr',
  'courr',
  'mourr',
  'recevr',
  'suivr',
  'poursuivr',
  'vivr',
  'dir',
  'écrir',
  'croir',
  'boir',
  'tiendr',
  'viendr',
  'deviendr',
  'obtiendr',
  'contiendr',
  'prendr',
  'comprendr',
  'apprendr',
  'mettr',
  'permettr',
  'admettr',
  'vaudr',
  'connaîtr',
  'reconnaîtr',
  'paraîtr',
  'apparaîtr',
  'disparaîtr',
  'connaitr',
  'reconnaitr',
  'paraitr',
  'attendr',
  'rendr',
  'perdr',
  'vendr',
  'répondr',
  'dépendr',
  'craindr',
];
const CONDITIONAL_ENDINGS = '(?:ais|ait|aient|ions|iez)';
/**
 * Regular conditionals: -erait (all -er verbs) and -irait (-ir verbs). Matched on lower-cased
 * text WITH accents: the imperfect "considérait" must not pass for a conditional.
 */
const CONDITIONAL_RE = new RegExp(
  `(?<!\\p{L})(?:\\p{L}+(?:er|ir)${CONDITIONAL_ENDINGS}|(?:${CONDITIONAL_STEMS.join('|')})${CONDITIONAL_ENDINGS})(?!\\p{L})`,
  'gu',
);
/** Imperfects of -irer verbs and other words the conditional pattern would wrongly catch. */
const NOT_CONDITIONAL = new Set([
  'tirait',
  'tiraient',
  'attirait',
  'attiraient',
  'retirait',
  'retiraient',
  'inspirait',
  'admirait',
  'désirait',
  'aspirait',
  'expirait',
  'respirait',
  'virait',
  'soupirait',
  'irions',
  'seriez',
  'serions',
  // A statement of intent in the first person plural: "nous devrions ouvrir en juin" plans,
  // while "le chantier devrait durer" forecasts (issue 11).
  'devrions',
  // Obligation and politeness, not hearsay: "il faudrait agir", "nous voudrions que …".
  'faudrait',
  'voudrais',
  'voudrait',
  'voudrions',
  'voudraient',
  'aimerais',
  'aimerait',
  'aimerions',
  'aimeraient',
  'souhaiterais',
  'souhaiterait',
  'souhaiterions',
  'souhaiteraient',
]);

/** True when the text uses the French conditional mood. */
export function hasConditional(text: string): boolean {
  for (const m of text.toLowerCase().matchAll(CONDITIONAL_RE)) {
    if (!NOT_CONDITIONAL.has(m[0])) return true;
  }
  return false;
}

/**
 * True when the text carries an explicit denial cue; with `negations` false, only the words that
 * call something false count (under a complaint, "n'ont jamais" states a lack).
 */
export function hasDenialCue(text: string, negations = true): boolean {
  // Marks inside a statement ("relève de la « pure calomnie »") are no words of it.
  const folded = fold(stripMarks(text)).trim();
  if (FALSITY_CUES.some((re) => re.test(folded))) return true;
  if (!negations) return false;
  return NEGATION_CUES.some((re) => {
    const m = re.exec(folded);
    return m !== null && !complaintShape(folded, m.index);
  });
}

/**
 * Verbs of complaint, criticism, fear and admission (verb-lexicon.ts lemmas): what they introduce
 * in the negative is the lack complained of or admitted ("déplore que la mairie n'ait pas
 * répondu", "« les contrôles n'ont jamais lieu », dénonce X", "reconnaît ne pas avoir vérifié"),
 * never the rejection of someone else's claim.
 */
const NEGATION_STATES_A_LACK = new Set([
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
const NEGATED_INFINITIVE =
  /^\s*(?:\p{L}+ment\s+)?(?:ne\s+(?:pas|jamais|plus|rien|nullement|aucunement)\s+\p{L}+|n'(?:avoir|etre)\s+(?:pas|jamais|rien|nullement|aucunement)\b|ne\s+(?:s'|m'|se\s|me\s)\s*etre\s+(?:pas|jamais|nullement|aucunement)\b)/u;

/**
 * A quotation that opens on the negation word continues the verb before its opening mark ("il
 * n'est « pas possible d'établir un lien »"): that verb is read with it.
 */
const NEGATION_BEFORE_MARK =
  /(?:^|[\s,])(?:ne|n')\s*(?:(?:se|s'|le|la|les|l'|lui|leur|y|en)\s*)*\p{L}+\s*[«“"]\s*$/u;
const OPENS_ON_NEGATION = /^(?:pas|plus|jamais|rien|aucune?|nullement|aucunement)(?!\p{L})/u;

/** The words a negation is read in: the quote, with a negated verb just before its mark. */
function negationScope(quote: string, lead: string): string {
  const folded = fold(lead);
  const m = NEGATION_BEFORE_MARK.exec(folded);
  if (m === null || !OPENS_ON_NEGATION.test(fold(quote))) return quote;
  return `${m[0].replace(/[«“"]/gu, ' ')} ${quote}`;
}

/**
 * Doubt without a verb of doubt: "on comprend mal comment …", "pose question", "reste à
 * prouver" cast doubt on what follows (the conventions: a lawyer's "On comprend mal comment").
 */
const QUESTION_CUES: RegExp[] = [
  /\bon (?:comprend|voit|s'explique|saisit) mal\b/,
  /\b(?:pose|posent|posait|soul[eè]ve|soulevent) (?:question|des questions|de serieuses questions|interrogation|des interrogations)\b/,
  /\breste a (?:prouver|demontrer|etablir)\b/,
];

/** Whether the words cast doubt, whatever the verb. */
function questionsByCue(text: string): boolean {
  const folded = fold(text);
  return QUESTION_CUES.some((re) => re.test(folded));
}

/** The first clause of a statement: its main verb decides the mood, not a relative clause. */
function headClause(text: string): string {
  const lower = text.toLowerCase().replace(/’/g, "'");
  return lower.split(/(?<!\p{L})(?:(?:qui|que|dont|lorsque|si)(?!\p{L})|qu')|[;:]/u)[0] ?? '';
}

export interface StanceInput {
  /** Stance of the reporting verb, when the statement has one. */
  verbStance: Stance | null;
  /** How the statement was attributed: `selon X` and `d'après X` only report; `pour X` gives X's view. */
  attribution: 'verb' | 'according' | 'pour' | 'colon';
  /** The quoted or reported words. */
  quote: string;
  /** Text between the speaker and the quote ("affirme n'avoir"), where denials often hide. */
  bridge: string;
  /** The conditional of the quote is concordance after a past verb, not a hedge. */
  concordance?: boolean | undefined;
  /** Direct speech: a conditional there is the speaker's own modality, not the press relaying. */
  kind?: 'direct' | 'reported' | undefined;
  /** Lemma of the reporting verb, when known ("déplorer": a negation under it states a lack). */
  verbLemma?: string | undefined;
  /**
   * Text right before the quote ("il n'est « "), where a quotation's negated verb may stand and
   * an accusation it answers may be named ("Concernant les rumeurs, il est catégorique : « ").
   */
  lead?: string | undefined;
  /** The speaker as written ("le rapport de l'inspection"): a document or a medium reports. */
  speaker?: string | undefined;
  /** The claimant the speaker was resolved to ("Il" → "Bloomberg"), when known. */
  claimant?: string | undefined;
  /**
   * Read a denial's infinitive opening the bridge ("dit « réfuter » les accusations"), for the
   * claim's stance; default false, as spans.ts wants: such a statement is the infinitive's
   * clause, not a bare denial widened to its subject.
   */
  throughInfinitive?: boolean | undefined;
}

/**
 * Documents and figures as speakers (the conventions: what a study or a report reports is
 * `reports`): "le rapport dit que", "les statistiques indiquent". Head nouns, folded. Media are
 * left out: the samples' gold has "le magazine affirme que …" assert, the real-page gold has
 * "rappelle le quotidien" report, so no rule holds for both.
 */
const DOCUMENT_SPEAKERS = new Set(
  `rapport rapports etude etudes enquete enquetes analyse analyses statistiques chiffres donnees
  sondage sondages bilan document documents releves resultats`.split(/\s+/u),
);
/** Whether a speaker phrase is a document or a medium: a head noun before its complement. */
function isDocumentSpeaker(speaker: string): boolean {
  const words = fold(speaker)
    .replace(/^(?:les|le|la|l'|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs)\s*/u, '')
    .split(/\s+(?:de|du|des|d')\b/u)[0];
  return (words ?? '').split(/\s+/u).some((w) => DOCUMENT_SPEAKERS.has(w));
}

/**
 * Infinitives of the denial verbs (verbs.ts lemmas, those that deny in the affirmative): a
 * statement that opens on one ("dit « réfuter fermement » les accusations", "affirme contester
 * ces chiffres") is a denial reported through its infinitive. "refuser de" is left out: a
 * refusal is an intention, not the rejection of a claim.
 */
const DENIAL_INFINITIVES = new Set(
  REPORTING_VERBS.filter(
    (v) => v.stance === 'denies' && v.negatedOnly !== true && v.lemma !== 'refuser',
  ).map((v) => fold(v.lemma)),
);
const opensOnDenialInfinitive = (quote: string): boolean =>
  DENIAL_INFINITIVES.has(/^\p{L}+/u.exec(fold(stripMarks(quote)).trim())?.[0] ?? '');

/**
 * The speaker's side denying in its own words: "« Mon client conteste fermement les faits »",
 * "« Nous démentons toute négociation »", "« J'ai toujours nié »". The subject is the first person
 * or the client a lawyer speaks for; "le tribunal a rejeté le recours" is someone else's act.
 */
const OWN_DENIAL =
  /^(?:je\s+|j'|nous\s+|(?:mon|ma|notre|mes|nos)\s+client\p{L}*\s+)(?:(?!ne(?!\p{L})|n')\p{L}+\s+){0,2}(?:(?:contest|ni|refut|rejet|rejett|recus)(?:e|es|ent|ons|ez|ais|ait|ee|ees|ie|ies)|dement(?:ons|ent|i|ie|is|ies)?|demen[st])(?!\p{L})/u;
const deniesInOwnWords = (quote: string): boolean =>
  OWN_DENIAL.test(fold(stripMarks(quote)).trim());

/** Whether the statement rejects something: a denial verb, falsity words or a negation. */
function denies(input: StanceInput): boolean {
  if (input.verbStance === 'denies' || opensOnDenialInfinitive(input.quote)) return true;
  if (input.kind === 'direct' && deniesInOwnWords(input.quote)) return true;
  if (input.throughInfinitive === true && input.attribution === 'verb') {
    if (opensOnDenialInfinitive(input.bridge)) return true;
  }
  const lack = input.verbLemma !== undefined && NEGATION_STATES_A_LACK.has(input.verbLemma);
  if (hasDenialCue(`${input.bridge} ${input.quote}`.trim(), !lack)) return true;
  if (lack) return false;
  if (input.attribution === 'verb' && NEGATED_INFINITIVE.test(fold(input.bridge))) return true;
  // A question asks; "n'a-t-il pas agi ?" rejects nothing.
  if (/\?\s*$/u.test(input.quote)) return false;
  return deniesByNegation(negationScope(input.quote, input.lead ?? ''), {
    verbLemmas: [input.verbLemma],
    speaker: input.speaker,
    answers: answersCharge(input.lead ?? '', input.speaker),
    reported: input.kind === 'reported',
  });
}

/** Denial beats question beats report beats assertion. */
export function stanceOf(input: StanceInput): Stance {
  if (denies(input)) return 'denies';
  if (
    input.verbStance === 'questions' ||
    /\?\s*$/.test(input.quote) ||
    questionsByCue(input.quote)
  ) {
    return 'questions';
  }
  if (input.attribution === 'according') return 'reports';
  const speaker = input.speaker ?? '';
  if (input.attribution === 'verb' && isDocumentSpeaker(speaker)) return 'reports';
  // "a-t-elle raconté", "rapporte le ministère": one's own account asserts (telling.ts).
  const ownAccount =
    input.attribution === 'verb' && tellsOwnAccount(input.verbLemma, speaker, input.claimant);
  if (input.verbStance === 'reports' && !ownAccount) return 'reports';
  if (
    input.kind !== 'direct' &&
    !input.concordance &&
    hasConditional(headClause(input.quote)) &&
    !isCounterfactual(input.quote)
  ) {
    return 'reports';
  }
  return 'asserts';
}

/** Conditional in the main clause or between verb and quote → possible; hedges → probable; questions → unknown; otherwise certain. */
export function certaintyOf(
  stance: Stance,
  quote: string,
  bridge = '',
  concordance = false,
): Certainty {
  const hedged = !concordance && hasConditional(headClause(quote)) && !isCounterfactual(quote);
  if (hedged || hasConditional(bridge)) return 'possible';
  const folded = fold(quote);
  if (POSSIBLE_CUES.some((re) => re.test(folded)) || riskInMainClause(quote)) return 'possible';
  if (PROBABLE_CUES.some((re) => re.test(folded))) return 'probable';
  if (stance === 'questions') return 'unknown';
  return 'certain';
}
