/**
 * A negated act or state said outright is a denial (issue 11, round 7). Under a verb of saying
 * ("déclare", "indique", "affirme"), after "selon" or with no verb at all, a main clause that
 * negates a definite act ("la Ville n'a pas caché ce rapport", "nous ne fermons aucune école",
 * "je n'ai pas démissionné") or a state or a label ("l'eau n'est pas contaminée", "ce n'est pas un
 * plan social", "je ne suis pas candidat") rejects the proposition that it happened or holds. The
 * issue ranks a denial read as an assertion above a negative assertion read as a denial, so this
 * is the default, and the descriptive classes are the exceptions: a verb of opinion, of telling or
 * of observation reporting it (a criticism, a story, a finding), an event without an object ("les
 * négociations n'ont pas abouti"), an experience rather than a deed ("je n'ai pas vu", "n'hésite
 * pas à"), a narrative past (the imperfect and the pluperfect), the speaker's own side as the one
 * affected ("n'a pas répondu à nos courriers"), an evaluation ("ce n'est pas suffisant"), an
 * imperative, a toll ("personne n'a été blessé"). All inputs are folded, as in negation.ts.
 */

/**
 * Reporting verbs (verbs.ts, verb-lexicon.ts lemmas) that say, state, answer or insist: a negated
 * act under them is put forward against its opposite. Opinion (estimer, juger), telling
 * (raconter, confier), observation (constater, noter), complaint and request verbs are left out.
 */
const SAYING = new Set([
  'dire',
  'déclarer',
  'affirmer',
  'assurer',
  'indiquer',
  'préciser',
  'expliquer',
  'ajouter',
  'souligner',
  'insister',
  'maintenir',
  'marteler',
  'soutenir',
  'répondre',
  'rétorquer',
  'répliquer',
  'objecter',
  'nuancer',
  'jurer',
  'certifier',
  'clamer',
  'proclamer',
  'lancer',
  'répéter',
  'réitérer',
  'plaider',
  'arguer',
  'faire savoir',
  'faire valoir',
  'confirmer',
  'informer',
  'signaler',
  'relativiser',
  'tempérer',
  'se défendre',
]);

/** Whether every verb reporting the clause is a verb of saying (none: "selon", a colon). */
export const saidOutright = (lemmas: (string | undefined)[]): boolean =>
  lemmas.every((l) => l === undefined || SAYING.has(l));

/**
 * Verbs of experience, perception, success and hesitation (folded stems, simple forms and
 * participles): "je n'ai pas vu le coup venir", "n'a pas réussi à", "n'hésite pas à", "ne manque
 * pas de talent", "je ne regrette rien": what happened to the speaker, no deed rejected.
 */
const EXPERIENCE =
  /^(?:(?:vu|pu|su|eu|cru)(?!\p{L})|voi|voy|entend|compri|compren|sen[st]|senti|regrett|aim|appreci|oubli|reussi|parv|arriv|hesit|manqu|attend|imagin|pens|croi|trouv|dormi|dorm)/u;

/**
 * A denial verb in the negative concedes: "je ne nie pas les difficultés", "je ne conteste pas la
 * décision", "nous n'excluons pas un recours" (folded stems).
 */
const DENIAL_CONCEDED = /^(?:ni|contest|dement|refut|rejet|recus|exclu|ecart)/u;

/**
 * A text as the subject: what a law, a contract or a report provides or leaves out ("le texte ne
 * prévoit pas de sanction", "la loi n'impose aucun délai") is its content, not a rejection.
 */
const TEXT_SUBJECT =
  /(?<!\p{L})(?:texte|loi|decret|reglement|code|contrat|convention|traite|directive|constitution|arrete|circulaire|statuts|cahier des charges|projet de loi|proposition de loi)s?\s*$/u;

/**
 * Declining to comment: "n'a pas souhaité commenter", "n'a pas répondu aux sollicitations",
 * "n'a fait aucun commentaire" report silence, a journalist's formula, no rejection.
 */
const NO_COMMENT =
  /^(?:comment|repon|reag|reagi|exprim|souhait|donn\p{L}*\s+\p{L}+\s+suite|fai\p{L}*\s+(?:aucune?|pas|de|d')?\s*(?:de\s+|d')?(?:commentaires?|declarations?))/u;

/**
 * Duties left undone, said of someone else: "le gouvernement n'a rien fait", "n'écoute pas les
 * agriculteurs", "ne respecte pas la loi", "n'a pas tenu ses promesses" criticise a failure;
 * the speaker's own "je n'ai rien fait" still denies.
 */
const NEGLECT =
  /^(?:fai[st]?|font|fait|ecout|respect|tien[st]?|tiennent|tenu|proteg|aid|agi|agiss|bouge|investi|anticip|consult|informe|pren\p{L}*\s+en\s+compte|pri[st]?\s+en\s+compte)/u;

/**
 * A degree on the act ("je n'ai pas bien joué", "nous n'avons pas assez défendu") judges how it
 * was done; giving up refused ("les joueurs ne lâchent rien", "le club ne renonce pas") is
 * resolve. Neither rejects a claim.
 */
const DEGREE_OR_RESOLVE =
  /^\s*(?:bien|assez|suffisamment|trop|beaucoup|tres|autant|mieux|mal)(?!\p{L})|^(?:lach|renon|abandonn|baiss|flanch|recul|ced)/u;

/** A narrative past, which sets a scene: the imperfect and the pluperfect's auxiliary. */
const NARRATIVE_PAST = /(?:ais|ait|aient|ions|iez)$/u;

/**
 * A direct object after the verb: a determiner or a pronoun. "À" is left out: "n'ont pas progressé
 * au premier trimestre" is an adverbial as often as "ne touche pas aux pensions" is an object.
 */
const OBJECT =
  /^\s*(?:\p{L}+ment\s+)?(?:le|la|les|l'|un|une|des|de|d'|du|ce|cet|cette|ces|son|sa|ses|leur|leurs|mon|ma|mes|notre|nos|votre|vos|aucune?|personne|rien|cela|ca)(?!\p{L})|^\s*(?:\p{L}+ment\s+)?(?:l'|d')/u;
/** The speaker's own side as the one the act failed: "n'a pas répondu à nos courriers". */
const OWN_SIDE_AFFECTED = /^[^,;]{0,30}?(?<!\p{L})(?:nos|notre|mes|mon|ma|m'|nous)(?!\p{L})/u;

/**
 * What a negated copula may predicate without rejecting a claim: an evaluation, adequacy or
 * readiness ("ce n'est pas suffisant", "pas normal", "pas à la hauteur", "pas en mesure de"),
 * an end not yet reached ("le match n'est pas terminé"), a first or a role ("ce n'est pas la
 * première fois", "ce n'est pas mon rôle").
 */
const EVALUATION =
  /^\s*(?:\p{L}+ment\s+|(?:tres|si|assez|trop|aussi)\s+)?(?:suffisante?s?|assez|facile?s?|simples?|normale?s?|normaux|acceptables?|admissibles?|tolerables?|possibles?|evidente?s?|logiques?|raisonnables?|serieu(?:x|se|ses)|necessaires?|utiles?|grave?s?|importante?s?|pret(?:e|s|es)?|termine(?:e|s|es)?|fini(?:e|s|es)?|joue(?:e|s|es)?|gagne(?:e|s|es)?|perdu(?:e|s|es)?|a la hauteur|en mesure|en etat|au rendez-vous|la (?:premiere|derniere|seule|bonne|meilleure)|le (?:premier|dernier|seul|bon|meilleur|moment)|(?:mon|ma|notre|son|sa|leur) (?:role|travail|metier|probleme|affaire)|une? (?:bonne|mauvaise|bon|mauvais|grande?|petite?|surprise|priorite|solution)|facile|question)(?!\p{L})/u;

/** A toll: "personne n'a été blessé", "aucun habitant n'a été évacué" counts, it denies nothing. */
const TOLL =
  /(?:^|[^\p{L}])ete\s+(?:blesse|tue|touche|evacue|hospitalise|intoxique|reloge|secouru|retrouve|soigne|transporte)e?s?(?!\p{L})/u;

/** The parts of a negated clause this file reads (negation.ts's `NegatedClause`). */
export interface Clause {
  /** The conjugated verb after the clitics. */
  verb: string;
  /** The words after the negation word. */
  after: string;
  /** The clause before "ne"/"n'": its subject. */
  before: string;
  /** The negation word: "pas", "rien", "aucun"… */
  negation: string;
  /** The whole negation ("n'a fait aucun"): "ne"/"n'", clitics, verb, negation word. */
  match: string;
}

/** "Ne touchez pas", "n'ayons pas peur": an imperative opens its clause, with no subject. */
const IMPERATIVE = (c: Clause): boolean =>
  /^[\s,]*$/u.test(c.before) && /(?:ez|ons)$/u.test(c.verb);

/** Whether the act or state after the negation has a complement: an object, "rien", "aucun". */
const hasComplement = (negation: string, rest: string): boolean =>
  /^(?:rien|aucune?|personne)$/u.test(negation) || OBJECT.test(rest);

/**
 * Whether a negated act said outright denies it (the module comment); `compound`: the verb is
 * an auxiliary and `after` opens on the participle; `ownDeed`: the subject is the speaker.
 */
export function actDenied(c: Clause, opts: { compound: boolean; ownDeed: boolean }): boolean {
  if (IMPERATIVE(c) || NARRATIVE_PAST.test(c.verb) || TEXT_SUBJECT.test(c.before)) return false;
  // The participle stands before "aucun" ("n'a fait aucun commentaire") or after "pas".
  const inMatch = /(\p{L}+)\s+aucune?$/u.exec(c.match)?.[1];
  const early = inMatch !== undefined && inMatch !== c.verb && !/ment$/u.test(inMatch);
  const participle = !opts.compound
    ? ''
    : early
      ? inMatch
      : (/^\s*(\p{L}+)/u.exec(c.after)?.[1] ?? '');
  const head = opts.compound ? participle : c.verb;
  if ([head, c.after].some((w) => DEGREE_OR_RESOLVE.test(w)) || EXPERIENCE.test(head)) return false;
  const rest =
    opts.compound && !early
      ? c.after.slice(c.after.indexOf(participle) + participle.length)
      : c.after;
  if (NO_COMMENT.test(`${head} ${c.negation}${rest}`)) return false;
  if (opts.ownDeed) return true;
  if (NEGLECT.test(`${head}${rest}`)) return false;
  return hasComplement(c.negation, rest) && !OWN_SIDE_AFFECTED.test(rest);
}

/**
 * Whether the clause negates a denial verb and so concedes, whoever says it ("je ne nie pas les
 * difficultés", "nous n'excluons pas un recours"); `compound`: the verb is an auxiliary.
 */
export function concedes(c: Clause, compound: boolean): boolean {
  const head = compound ? (/^\s*(\p{L}+)/u.exec(c.after)?.[1] ?? '') : c.verb;
  return c.negation === 'pas' && DENIAL_CONCEDED.test(head);
}

/**
 * Whether a negated copula said outright rejects a state or a label ("pas contaminée"); in the
 * imperfect it describes a past scene ("le maire n'était pas à Lyon", explique X) unless
 * `answering` (a reply, a reassurance, a defender).
 */
export const stateDenied = (c: Clause, answering: boolean): boolean =>
  !EVALUATION.test(c.after) && (answering || !NARRATIVE_PAST.test(c.verb));

/** Whether "personne n'a été …" counts a toll rather than answering a charge. */
export const countsToll = (clause: string): boolean => TOLL.test(clause);
