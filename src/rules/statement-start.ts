/**
 * Where a reported statement starts after its reporting verb (`statementStart`: adverbs, a short
 * complement, "que", an infinitive or a colon between them), and the span primitives every span
 * step shares (`from`, `upTo`, `MARKS`, `speechParticiple`). Split from spans.ts, which applies
 * the steps; span-fragments.ts and span-splits.ts use these too. Everything here reads only the
 * text it is given, so the steps stay linear.
 */
import type { Segment } from './text.js';
import { wordCountOf } from './text.js';
import type { VerbHit } from './verb-match.js';
import { verbOfParticiple } from './participles.js';
import type { ReportingVerb } from './verbs.js';

/** A statement shorter than this after a step is no statement: the step is not applied. */
export const MIN_WORDS = 3;

/**
 * Words between a reporting verb and its statement that belong to neither: adverbs ("également",
 * "fermement"), fixed adverbials ("de la même manière", "de son côté"), the day ("a estimé mardi
 * soir devant les députés que").
 */
export const AFTER_VERB =
  /^(?:\s*(?:\p{L}+ment|également|aussi|encore|même|toutefois|pourtant|donc|ainsi|alors|d['’]abord|souvent|toujours|déjà|bien|surtout|d['’]ailleurs|désormais|aujourd['’]hui|hier|en tout cas|en effet|par ailleurs|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?:\s+(?:matin|midi|soir|après-midi|dernier|prochain))?|ce\s+(?:matin|midi|soir|week-end)|l['’]an\s+(?:dernier|passé|prochain)|l['’]année\s+(?:dernière|passée|prochaine)|la\s+semaine\s+(?:dernière|passée|prochaine)|le\s+mois\s+(?:dernier|passé|prochain)|lui aussi|elle aussi|eux aussi|elles aussi|de nouveau|à nouveau|de son côté|de leur côté|pour sa part|pour leur part|de la même manière|de la même façon|à son tour|à leur tour|quant à (?:lui|elle|eux|elles))(?=[\s,]))*[\s,]*/iu;
/**
 * "que" after a verb, maybe after a short complement opened by a preposition ("a expliqué à
 * L'Express que", "ajoute dans un communiqué être …"); a noun object before "que" is followed
 * by a relative ("les mesures que …"), which is not this.
 */
const QUE = /^(?:que|qu['’])\s*/iu;
/**
 * Infinitives in -re, listed: many nouns end in -re ("le nombre", "le contraire"), few in -er,
 * -ir or -oir after an object pronoun or a negation.
 */
const RE_INFINITIVES =
  'être|faire|dire|redire|interdire|contredire|prédire|prendre|reprendre|apprendre|comprendre|surprendre|mettre|admettre|permettre|promettre|remettre|soumettre|transmettre|croire|connaître|reconnaître|paraître|apparaître|disparaître|naître|produire|réduire|conduire|construire|détruire|traduire|introduire|écrire|décrire|inscrire|lire|vivre|suivre|poursuivre|rendre|attendre|entendre|prétendre|répondre|correspondre|défendre|dépendre|descendre|perdre|vendre|battre|combattre|craindre|plaindre|contraindre|atteindre|rejoindre|résoudre|conclure|exclure|inclure|boire|plaire|taire|extraire|suffire|rire|sourire|rompre|interrompre|vaincre|convaincre';
/** An infinitive, maybe negated and with object pronouns: "n'avoir jamais", "l'ignorer", "s'en défendre". */
const INFINITIVE = new RegExp(
  `^(?:(?:ne|n['’])\\s*(?:(?:pas|jamais|plus|rien|guère)\\s+)?)?(?:(?:l['’]|les\\s+|le\\s+|la\\s+|y\\s+|en\\s+|s['’]|se\\s+|leur\\s+|lui\\s+)\\s*){0,2}(?:\\p{L}+(?:er|ir|oir)|${RE_INFINITIVES})(?!\\p{L})`,
  'iu',
);
/**
 * A complement right before "que" or an infinitive, to skip (see the comment above `QUE`); before
 * an infinitive, up to five words, none of them "de", "à" or a negation, which would open the
 * infinitive of a noun ("insiste sur l'importance de donner …").
 */
const COMPLEMENT_WORD = `(?!(?:de|à|ne|pour|sans|par)\\s)(?![dn]['’])[^\\s,;:.«»"“”]+\\s+`;
const COMPLEMENT_PREPOSITION = `(?:à|au|aux|auprès\\s+d(?:e|u|es|['’])|dans|sur|lors\\s+d(?:e|u|es|['’])|devant|en|par|pour)\\s+`;
const COMPLEMENT = new RegExp(
  `^${COMPLEMENT_PREPOSITION}(?:(?:${COMPLEMENT_WORD}){1,5}(?=${INFINITIVE.source.slice(1)})|[^,;:.«»"“”]{1,50}?\\s(?=que\\s|qu['’]))`,
  'iu',
);
/**
 * After a noun object, a colon announces the statement ("avance sa propre explication : …",
 * "ce que X avait confirmé au négociateur: …", with no space before it in Belgian or English
 * typography); a colon with no space after it is an hour ("16:30").
 */
const COLON_AFTER_OBJECT = /^[^.:;«»"“”]{0,80}?\s?:\s+/u;

/**
 * Verbs whose statement starts at their infinitive, the verb left out: the gold convention keeps
 * the verb of calls, demands and accusations (the verb is the statement) but starts a promise at
 * what is promised ("a promis d'interdire …" → "interdire …").
 */
export const PROMISES = new Set(['promettre']);

export const segment = (text: string, start: number, end: number): Segment => ({
  start,
  end,
  text: text.slice(start, end),
});

/** The statement from `start` to the current end, trimmed; null when too short to stand. */
export function from(text: string, quote: Segment, start: number): Segment | null {
  const lead = /^[\s,:;]*/u.exec(text.slice(start, quote.end))?.[0].length ?? 0;
  const seg = segment(text, start + lead, quote.end);
  return wordCountOf(seg.text) >= MIN_WORDS ? seg : null;
}

/** The statement up to `end`, without trailing white space and punctuation. */
export function upTo(text: string, quote: Segment, end: number): Segment | null {
  const body = text.slice(quote.start, end).replace(/[\s,;:.–—-]+$/u, '');
  const seg = segment(text, quote.start, quote.start + body.length);
  return wordCountOf(seg.text) >= MIN_WORDS ? seg : null;
}

/**
 * Where the statement of a reporting verb starts, the verb being `hit` (see step 2); null when
 * the statement is the whole sentence: a denial with no clause ("Les trois entreprises démentent
 * en bloc", "Le groupe a toujours rejeté ces accusations", as in the samples' gold), whose
 * subject is part of what it states.
 */
export function statementStart(
  text: string,
  hit: VerbHit,
  end: number,
  denial = false,
): number | null {
  const gap = AFTER_VERB.exec(text.slice(hit.end, end))?.[0].length ?? 0;
  const at = hit.end + gap;
  const base = at + (COMPLEMENT.exec(text.slice(at, end))?.[0].length ?? 0);
  const rest = text.slice(base, end);
  const que = QUE.exec(rest);
  // "considère qu'…" reports a clause; "considère le projet comme …" keeps its verb.
  if (que !== null && (hit.predicate === null || hit.predicate === 'comme')) {
    return base + que[0].length;
  }
  // A promise's statement is what is promised, from its infinitive ("a promis d'interdire …").
  const promised = PROMISES.has(hit.lemma) ? /^(?:de\s+|d['’]\s*)/iu.exec(rest) : null;
  if (promised && INFINITIVE.test(rest.slice(promised[0].length))) {
    return base + promised[0].length;
  }
  // Requests and accusations: the verb phrase is the statement ("accusent X de …").
  if (hit.predicate !== null) return hit.start;
  if (INFINITIVE.test(rest)) return base;
  if (hit.stance === 'denies' || denial) return null;
  const colon = COLON_AFTER_OBJECT.exec(rest);
  return colon === null ? base : base + colon[0].length;
}

export const MARKS = /[«»"“”]/u;

/**
 * ", évoquant …", ", soulignant …", ", demandant …": after a comma, the present participle of a
 * reporting verb is the speaker's next act, not part of the statement before it (the participle's
 * subject is the speaker; "…, atteignant un record" is no speech verb and stays in the statement).
 */
const SPEECH_PARTICIPLE = /,\s*(\p{Ll}+ant)(?!\p{L})/gu;

/** The first speech participle after a comma in `s`: where its comma is, and its verb. */
export function speechParticiple(s: string): { index: number; verb: ReportingVerb } | null {
  for (const m of s.matchAll(SPEECH_PARTICIPLE)) {
    const verb = verbOfParticiple(m[1] ?? '');
    if (verb !== undefined) return { index: m.index, verb };
  }
  return null;
}

/**
 * How much of a statement is read for another speaker's verb or the speaker's next act: a
 * sentence of ordinary length, so that the statements of one endless sentence are not each read
 * to its end.
 */
export const SPLIT_WINDOW = 600;
