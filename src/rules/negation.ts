/**
 * Which negated clauses deny (issue 11, round 6). A negative sentence is a denial only when it
 * rejects a proposition or an accusation that is in the air; most negations in the press state
 * a fact ("il n'y a pas de victimes"), an evaluation ("ce n'est pas suffisant"), a complaint
 * ("on ne nous a jamais consultés"), a change ("ne … plus") or a criticism of a third party. The
 * clause is read by its construction: what the negation bears on (a charge, a danger, the truth),
 * who is its subject (the speaker defending their own deeds) and who reports it (a verb of
 * rebuttal, a defence lawyer). All inputs are folded (lower case, no accents), as in stance.ts.
 */

import { actDenied, concedes, countsToll, saidOutright, stateDenied } from './negated-acts.js';
import { fold } from './text.js';

/**
 * Words that name what an accusation or an alarm asserts: guilt, responsibility, knowledge of the
 * facts, danger, a link or a proof, the truth of a claim. A negation bearing on one of them (in the
 * words after the negation) rejects that accusation or alarm: "n'est pas responsable", "il n'y a
 * aucun danger", "pas possible d'établir un lien", "ce n'est pas vrai", "il ne présente pas de
 * risque".
 */
// "n'a rien à (se) reprocher (à X)": nothing to blame oneself or X for.
const CHARGE =
  /(?<!\p{L})(?:vrai|vraie|exacte?s?|le cas|fondee?s?|averee?s?|etablie?s?|prouvee?s?|coupables?|responsables?|responsabilite|impliquee?s?|melee?s?|complices?|au courant|etrangere?s? a|fautes?|fautifs?|conflit d'interets?|illegale?s?|illegaux|fraudes?|infractions?|rien a voir|rien a (?:(?:me|se|nous|lui|leur)\s+)?reprocher|dangers?|dangereu(?:x|se|ses)|en danger|risques?|menaces?|toxiques?|nocifs?|nocives?|cancerogenes?|liens?|rapport avec|preuves?|traces?|l'intention)(?!\p{L})/u;

/**
 * Wrongdoing named by its noun or its participle: "il n'y a eu aucune pression", "pas de
 * favoritisme", "je n'ai pas menti", "il ne s'est jamais dopé", "pas touché un centime". A
 * negation bearing on one rejects the charge, as one on a `CHARGE` word does.
 */
const WRONGDOING =
  /(?<!\p{L})(?:pressions?|favoritisme|corruption|dissimulations?|complots?|collusion|connivence|trucages?|magouilles?|cover-up|malversations?|detournements?|irregularites?|manquements?|dysfonctionnements?|pots?-de-vin|dessous-de-table|(?:un|le moindre|aucun) (?:centime|sou|euro)|menti|mentir|triche|dopage|(?:vole|dope|detourne|commise?|tue|viole|agresse|harcele|frappe|insulte|escroque|soudoye)(?:e?s?))(?!\p{L})/u;

/** After "il n'y a pas de": an issue denied ("il n'y a pas de sujet", "pas de problème"). */
const EXISTENTIAL_CHARGE =
  /^\s*(?:(?:de|d'|aucune?)\s*)?(?:sujet|probleme|affaire|polemique|scandale|crise|malaise|tensions?|conflits?|fracture|divorce|clash|fuites?|contamination|pollution|accords?|contacts?|negociations?|offres?)\b/u;

/** Rebuttals proper: a reply or a denial, not a reassurance ("assure", "maintient"). */
const STRONG_REBUTTAL = new Set([
  'répondre',
  'rétorquer',
  'répliquer',
  'riposter',
  'objecter',
  // "« Le club n'est pas à vendre », nuance X": a correction of what was said before.
  'nuancer',
  'se défendre',
  'nier',
  'démentir',
  'contester',
  'rectifier',
]);

/**
 * Reporting verbs of rebuttal and reassurance (lemmas as in verbs.ts): a negation under them
 * answers something said before ("assure que l'usine ne ferme pas", "rétorque qu'il n'a pas
 * menti"). Neutral verbs (dire, expliquer, préciser, indiquer, raconter, estimer) do not.
 */
const REBUTTAL_VERBS = new Set([
  ...STRONG_REBUTTAL,
  'assurer',
  'maintenir',
  'insister',
  'jurer',
  'soutenir',
  'certifier',
  'garantir',
  'rassurer',
  'marteler',
]);

/** Speakers who answer for someone accused: "son avocat", "la défense", "l'entourage de X". */
const DEFENCE_SPEAKER =
  /(?<!\p{L})(?:avocate?s?|defense|entourage|proches?|conseils? de|porte-parole)(?!\p{L})|^(?:me|maitre)\s/u;

/** Auxiliaries of a compound past ("n'a pas signé", "ne s'est pas placé"). */
const AUXILIARIES = /^(?:a|ai|as|ont|avons|avez|avait|avais|avaient|avions|eut|eurent)$/u;
const ETRE = /^(?:est|sont|suis|es|sommes|etes|etait|etais|etaient|etions|fut|furent)$/u;
/** Knowing now, with a person as object: "je ne connais pas ce monsieur". */
const KNOWING_NOW = /^(?:connais|connait|connaissons|connaissent)$/u;
const KNOWN_PERSON =
  /^\s*(?:(?:cet|cette|ces|ce)\s+(?:homme|femme|personne|personnes|monsieur|madame|individu|individus|gens|jeune|garcon|fille)|(?:m\.|mme|monsieur|madame)\s)/u;
/** Verbs of causing in the present: "ne provoque pas", "ne cause pas", "ne déclenche pas". */
const CAUSING = /^(?:provoqu|caus|declench)(?:e|ent)$/u;
/** The one identified: "ce n'est pas moi (qui …)", "ce n'était pas nous au volant". */
const IDENTITY = /^\s*(?:moi|nous|lui|eux)(?!\p{L})/u;
/** Knowing in the past: "je ne connaissais pas cet homme", "il ne savait pas" deny knowledge. */
const KNOWING_PAST = /^(?:connaissai[st]|connaissaient|connaissions|savai[st]|savaient|savions)$/u;

/**
 * An accusation or a rumour named before the statement in its own sentence ("Concernant les
 * rumeurs de démission, il est catégorique : « … »", "Accusé de favoritisme, le maire répond
 * que …", "Interrogée sur ces soupçons, …"): what follows answers it.
 */
const ANSWERED_CHARGE =
  /(?<!\p{L})(?:(?:rumeurs?|accusations?|allegations?|soupcons?|reproches?|critiques|imputations?|plaintes?|mise?s?\s+en\s+cause)(?!\p{L})|(?:accusee?s?|soupconnee?s?)\s+d(?:e\s|')|visee?s?\s+par\s+une\s+(?:plainte|enquete))/u;

/**
 * A charge laid on someone in the sentence before ("Le directeur est accusé de harcèlement. Il
 * explique …"): the next sentence's pronoun speaker is that person answering it. A rumour in the
 * air ("les rumeurs couraient") names no one, so it does not carry over.
 */
const PERSONAL_CHARGE =
  /(?<!\p{L})(?:(?:accusee?s?|soupconnee?s?)\s+d(?:e\s|')|(?:mise?s?|misee?s?)\s+en\s+(?:cause|examen)|poursuivie?s?\s+pour|inculpee?s?|visee?s?\s+par\s+une\s+(?:plainte|enquete)|(?:on|lui|leur)\s+reproch\p{L}*)/u;
/** A pronoun speaker, who continues the sentence before: "il", "elle", "explique-t-il". */
const PRONOUN_SPEAKER = /^\s*(?:il|elle|ils|elles)\s*$/u;

/**
 * Whether the text before a statement names a charge it answers: from its sentence start, or a
 * charge on someone in the sentence before when the speaker is a pronoun for them.
 */
export function answersCharge(lead: string, speaker = ''): boolean {
  const sentences = lead.split(/[.!?]\s+(?=\p{Lu}|«)|\n/u);
  if (ANSWERED_CHARGE.test(fold(sentences.pop() ?? ''))) return true;
  const previous = sentences.pop();
  if (previous === undefined || !PRONOUN_SPEAKER.test(fold(speaker))) return false;
  return PERSONAL_CHARGE.test(fold(previous));
}

/** Who reports the clause, and how: the context a negation is judged in. */
export interface NegationContext {
  /** The statement answers an accusation or a rumour named before it (`answersCharge`). */
  answers?: boolean | undefined;
  /** Lemma of the verb reporting the clause (the outer one, or one inside the quotation). */
  verbLemmas: (string | undefined)[];
  /** The speaker as written. */
  speaker?: string | undefined;
  /** Reported speech: the statement is the clause after the verb, its "il" the speaker. */
  reported?: boolean | undefined;
}

/** The parts of a negated clause `stance.ts` found ("ne" + clitics + verb + negation word). */
export interface NegatedClause {
  /** The folded clause. */
  clause: string;
  /** Where the "ne"/"n'" match starts in it. */
  index: number;
  /** The whole match. */
  match: string;
  /** The conjugated verb after the clitics. */
  verb: string;
  /** The words after the negation word. */
  after: string;
  /** The clause is reported after "que" ("X affirme qu'il n'a pas …"): its "il" is the speaker. */
  reported?: boolean | undefined;
}

/** A categorical negation word ending the match: "jamais", "rien", "aucun", "nullement". */
const CATEGORICAL = /(?:jamais|rien|aucune?|nullement|aucunement)$/u;

/** The subject right before "ne"/"n'": first person ("je", "nous") speaks of their own deeds. */
const FIRST_PERSON_SUBJECT = /(?:^|[^\p{L}'])(?:je|j'|nous)\s*,?\s*$/u;
/** A pronoun subject of a reported clause: "X assure qu'il n'a pas …" speaks of X's own deeds. */
const REPORTED_SELF_SUBJECT = /(?:^|[^\p{L}'])(?:il|elle|ils|elles)\s*$/u;

/**
 * Verbs that assert against a doubt (lemmas as in verbs.ts): the speaker's own past deed
 * negated under one rejects that it happened ("« Je n'ai pas volé ce téléphone », affirme le
 * prévenu"); "explique" or "raconte" tell a story instead ("je n'ai pas vu le coup venir").
 */
const ASSERTING_VERBS = new Set([
  'affirmer',
  'répéter',
  'jurer',
  'certifier',
  'assurer',
  'maintenir',
  'soutenir',
  'insister',
]);
/** A lack over time, not a deed rejected: "pas encore reçu", "pas pris de vacances depuis". */
const DURATION = /^\s*(?:encore|toujours)\b|\bdepuis\b/u;

/** Clitics naming the speaker as the one acted upon: "ne nous a jamais consultés", "ne m'écoute pas". */
const SPEAKER_AS_OBJECT = /(?:^|[\s,'])(?:ne|n')\s*(?:\p{L}+\s+)?(?:nous|me|m'|vous)/u;

/**
 * Whether the statement answers an accusation or a worry: one named before it, a verb of
 * rebuttal or a defender;
 * `strict`: a reply, a denial verb or a defender only (a reassurance is left out).
 */
function rebuttalContext(ctx: NegationContext, strict = false): boolean {
  const verbs = strict ? STRONG_REBUTTAL : REBUTTAL_VERBS;
  return (
    ctx.answers === true ||
    ctx.verbLemmas.some((l) => l !== undefined && verbs.has(l)) ||
    DEFENCE_SPEAKER.test(fold(ctx.speaker ?? ''))
  );
}

/** Whether a reply or a denial verb reports the clause. */
const strongVerb = (ctx: NegationContext): boolean =>
  ctx.verbLemmas.some((l) => l !== undefined && STRONG_REBUTTAL.has(l));

/** Whether a verb asserting against a doubt reports the clause. */
const assertedAgainstDoubt = (ctx: NegationContext): boolean =>
  ctx.verbLemmas.some((l) => l !== undefined && ASSERTING_VERBS.has(l));

/**
 * "Personne n'a été menacé", "personne ne l'a vu", "rien n'a été caché": a universal negation
 * denies when it answers (a rebuttal or a reassurance, a defender, a charge named before) or is
 * said outright; it states a toll ("personne n'a été blessé"), a complaint ("personne ne m'a
 * prévenu") or an inaction ("rien n'a été fait") otherwise.
 */
export function nobodyDenies(clause: string, ctx: NegationContext): boolean {
  const m =
    /(?:^|[^\p{L}])(?:personne\s+(?:ne\s|n')|rien\s+n'(?:a|ont|avait)\s+ete\s+(?!fait(?!\p{L})))/u.exec(
      clause,
    );
  if (m === null) return false;
  // "personne n'a été blessé" counts a toll: only a reply or a denial verb makes it an answer.
  if (countsToll(clause)) return ctx.answers === true || strongVerb(ctx);
  if (rebuttalContext(ctx)) return true;
  // Said outright, "personne n'a menti" rejects; "personne ne m'a prévenu" complains, and so
  // does "X explique que personne ne l'a prévenue", where the reported clitic is X.
  const rest = clause.slice(m.index);
  if (
    ctx.reported === true &&
    /personne\s+(?:ne\s+|n')(?:l'|le\s|la\s|les\s|lui\s|leur\s)/u.test(rest)
  ) {
    return false;
  }
  return saidOutright(ctx.verbLemmas) && !SPEAKER_AS_OBJECT.test(rest);
}

/** A passive in the negative ("n'a pas été réduit") denies only as an answer or a defence. */
export const passiveDenies = (ctx: NegationContext): boolean => rebuttalContext(ctx, true);

/**
 * Whether a negated main clause denies. Decided by construction, in this order:
 * - a complaint (the speaker as object, "ne nous écoute pas") or a change ("ne … plus") asserts,
 *   the change unless a defender or a reply says it;
 * - "il ne s'agit pas de" rejects a reading and denies, "il n'est pas question de" refuses;
 * - a negation bearing on a charge word denies; so does not having known in the past;
 * - a copula without a charge states an evaluation or a state: asserts, except in a reply or
 *   from a defender ("mon client n'était pas à Lyon", "n'était plus à l'hôtel": an alibi); so does "il y a" without a charge,
 *   unless it answers ("assure qu'il n'y a pas de fuite");
 * - a past deed categorically denied by its doer ("je n'ai jamais signé", "nous n'avons commis
 *   aucune faute") denies; any other, only under a verb of rebuttal or from a defender ("selon
 *   son avocat, il n'a pas participé"); "je n'avais pas pris d'assurance" tells a story;
 * - any other verb (a present state or practice) denies only under a rebuttal.
 */
export function negationDenies(n: NegatedClause, ctx: NegationContext): boolean {
  const before = n.clause.slice(0, n.index + 1);
  const firstPerson = FIRST_PERSON_SUBJECT.test(before);
  const ownDeed = firstPerson || (n.reported === true && REPORTED_SELF_SUBJECT.test(before));
  // With a first-person subject the clitic is reflexive: "je ne me suis jamais dopé".
  if (SPEAKER_AS_OBJECT.test(n.match) && !firstPerson) return false;
  // "ne … plus" states a change, but a defender's "n'était plus à l'hôtel" is an alibi.
  const defence = rebuttalContext(ctx, true);
  if (/\splus$/u.test(n.match) && !/\bjamais\b/u.test(n.after) && !defence) return false;
  if (/\bs'agi(?:t|ssait)$/u.test(n.match.replace(/\s+(?:pas|plus|jamais|nullement)$/u, ''))) {
    return true;
  }
  if (/^\s*question\b/u.test(n.after) && ETRE.test(n.verb)) return false;
  // Read from the negation word on: "n'a rien à se reprocher" holds its charge in "rien".
  const negationWord = /\p{L}+$/u.exec(n.match)?.[0] ?? '';
  const bearing = `${negationWord}${n.after.slice(0, 120)}`;
  if (CHARGE.test(bearing) || WRONGDOING.test(bearing)) return true;
  if (KNOWING_PAST.test(n.verb)) return true;
  // "je ne me reproche rien", "il ne se reproche aucune erreur": no blame taken.
  if (/^reproch/u.test(n.verb) && CATEGORICAL.test(n.match)) return true;
  // "je ne connais pas cet homme": not knowing a person denies a link to them.
  if (KNOWING_NOW.test(n.verb) && KNOWN_PERSON.test(n.after)) return true;
  // "le vaccin ne provoque pas l'autisme": a cause denied rejects a link.
  if (CAUSING.test(n.verb)) return true;
  // "ce n'est pas moi", "ce n'était pas nous": an identification rejected.
  if (ETRE.test(n.verb) && /(?:^|\s)(?:ce|c')\s*$/u.test(before) && IDENTITY.test(n.after)) {
    return true;
  }
  const existential = /\by\s+\p{L}+\s+\p{L}+$/u.test(n.match) || /^existe/u.test(n.verb);
  if (existential) return EXISTENTIAL_CHARGE.test(n.after) || rebuttalContext(ctx);
  const reflexive = /\bs'\s*\p{L}+\s+\p{L}+$/u.test(n.match);
  // Said outright, a negated state or act rejects it (negated-acts.ts): the default.
  const said = saidOutright(ctx.verbLemmas);
  const parts = {
    verb: n.verb,
    after: n.after,
    before: n.clause.slice(0, n.index),
    negation: negationWord,
    match: n.match,
  };
  if (ETRE.test(n.verb) && !reflexive) {
    return defence || (said && stateDenied(parts, rebuttalContext(ctx)));
  }
  const compound = AUXILIARIES.test(n.verb) || (ETRE.test(n.verb) && reflexive);
  if (concedes(parts, compound)) return false;
  if (rebuttalContext(ctx)) return true;
  if (compound) {
    // "je n'ai jamais signé" rejects; "je n'avais pas pris d'assurance" tells a story.
    if (ownDeed && CATEGORICAL.test(n.match)) return true;
    if (ownDeed && assertedAgainstDoubt(ctx) && !DURATION.test(n.after)) return true;
  }
  return said && !DURATION.test(n.after) && actDenied(parts, { compound, ownDeed });
}

/**
 * A categorical "jamais" or "aucun" cue read in the whole statement still states a complaint when
 * the speaker is its object or the verb is passive ("ne nous a jamais consultés", "nous n'avons
 * jamais été reçus"): such a cue is no denial.
 */
export function complaintShape(folded: string, cueIndex: number): boolean {
  const around = folded.slice(Math.max(0, cueIndex - 4), cueIndex + 60);
  if (/^[\s\S]{0,8}(?:ne|n')\s*(?:\p{L}+\s+)?(?:nous|me|m'|vous)\b/u.test(around)) {
    return !/(?:^|[^\p{L}'])nous\s*$/u.test(folded.slice(Math.max(0, cueIndex - 12), cueIndex));
  }
  // "nous n'avons jamais été reçus" is passive; "il n'a jamais été question de" denies a rumour.
  return /\bjamais\s+ete\s+(?!question\b)\p{L}+/u.test(around);
}
