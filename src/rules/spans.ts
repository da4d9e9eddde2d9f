/**
 * Quote spans, normalised to the gold convention (bench/gold-real/README.md "Conventions"): the
 * statement itself, the quoted words or the reported clause "without the reporting verb and its
 * subject". Every construction finds its statement its own way; this one step, applied to every
 * attribution once speakers are resolved and before claims are built, makes their spans agree:
 *
 * 0. one statement running on into another is split first (span-splits.ts, which calls this
 *    step for each part); a source at the end of a bracket vouches for the bracket only
 *    (`bracketStatement`);
 * 1. a « … » fragment inside a clause gives the clause (`widenFragment`), coordinated
 *    quotations ("« A » et « B »") and a writer's sentence of quoted pieces included;
 * 2. a subject and its reporting verb kept at the start are dropped (`dropSubjectAndVerb`);
 *    requests, accusations and denials keep their verb, which is the statement; a promise
 *    starts at its infinitive (`dropPromiseVerb`);
 * 3. an apposition about the source after "Selon X," / "Pour X," is dropped (`dropApposition`);
 * 4. a discourse connector and its comma ("De plus, ") are dropped (`dropConnector`);
 * 5. an attribution tail (", a déclaré X", ", selon X", ", comme l'explique X") is dropped;
 * 6. the writer's remark ", sans préciser …" is dropped (`dropRemark`).
 *
 * Each step looks only inside the statement's sentence (a bounded window), so the pass is linear.
 */
import type { Attribution } from './attribution.js';
import { stanceOf } from './stance.js';
import { statementVerb } from './statement-verb.js';
import { firstEndingAfter, sentencesOf, wordCountOf, type Segment } from './text.js';
import { findVerbs, verbAt, type VerbHit } from './verb-match.js';
import { verbOfParticiple } from './participles.js';
import type { ReportingVerb } from './verbs.js';

/** A statement shorter than this after a step is no statement: the step is not applied. */
const MIN_WORDS = 3;
/** How far after its subject a reporting verb is looked for (appositions between them). */
const SUBJECT_TO_VERB = 160;
/** How far from a statement's end an attribution tail is looked for. */
const TAIL_WINDOW = 200;
/** Most words an attribution tail has after its verb ("a déclaré son porte-parole à l'AFP"). */
const MAX_TAIL_WORDS = 10;

/**
 * Words between a reporting verb and its statement that belong to neither: adverbs ("également",
 * "fermement"), fixed adverbials ("de la même manière", "de son côté"), the day ("a estimé mardi
 * soir devant les députés que").
 */
const AFTER_VERB =
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
const PROMISES = new Set(['promettre']);

/** Discourse connectors that open a sentence before a comma; the statement starts after them. */
const CONNECTOR =
  /^(?:de plus|en outre|par ailleurs|mais|or|pourtant|toutefois|cependant|néanmoins|ainsi|enfin|en effet|d['’]ailleurs|en revanche|du reste|au total|bref|de même|surtout|certes)\s*,\s*/iu;

/**
 * Appositions about a source, right after "Selon X," / "Pour X,": a participle or adjective with
 * its complement ("cité par le quotidien", "contrôlé par le Hamas", "relatif à l'égalité"), a
 * relative ("qui …"), or a role ("présidente de l'association", "sociologue et chercheur").
 */
const APPOSITION_START = [
  /^\p{Ll}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|if|ive|ifs|ives|ant|ants)\s+(?:par|à|au|aux|de|du|des|d['’]|en|dans|sur|avec|pour|contre|entre)(?!\p{L})/u,
  /^(?:qui|dont)\s/u,
  /^(?:(?:le|la|les|l['’]|son|sa|ses|leur|notre)\s*)?(?:ancien(?:ne)?s?\s+|ex-|co-|vice-)?(?:président|directeur|directrice|porte-parole|ministre|secrétaire|chef|cheffe|responsable|député|sénat|maire|professeur|chercheu|doctorant|avocat|auteur|autrice|fondat|membre|spécialiste|expert|médecin|analyste|journaliste|délégué|conseill|patron|élu|candidat|représentant|militant|coordinat|économiste|sociologue|historien|politologue|philosophe|juriste|géographe|démographe|psychologue|chargé|titulaire|rédact|éditorialiste|correspondant|envoyé|dirigeant|gérant|fondateur|animat|enseignant|ingénieur|commissaire|procureur|juge|magistrat|préfet|ambassadeur|consul|général|colonel|capitaine|commandant)\p{L}*(?=[\s,])/iu,
];
/** Most words one apposition has; longer, the segment is the statement's own subject. */
const MAX_APPOSITION_WORDS = 12;

const segment = (text: string, start: number, end: number): Segment => ({
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

/**
 * Whether the words between a subject and its verb leave them together: a few words ("a
 * toujours", "(STH)") or an apposition between commas (", joint par le journal,"); ", mais
 * cela se révèle" is another clause, whose verb is not the subject's.
 */
function besideSubject(gap: string): boolean {
  if (/^\s*,/u.test(gap)) return /,\s*$/u.test(gap);
  return wordCountOf(gap) <= 3 || /^\s*\([^)]*\)\s*,[^.;:]*,\s*$/u.test(gap);
}

/**
 * Step 2: "X a annoncé la fermeture …" → "la fermeture …"; "X nie avoir …" → "avoir …". A "que"
 * clause found this way after a past verb ("avait annoncé par avance qu'il saisirait …") marks the
 * attribution's concordance, as attribution.ts does for the "que" it finds itself.
 */
function dropSubjectAndVerb(text: string, att: Attribution, quote: Segment): Attribution {
  const found = subjectAndVerbCut(text, att, quote);
  if (found === null) return { ...att, quote };
  const { start, hit } = found;
  const cut = from(text, quote, start);
  if (cut === null) return { ...att, quote };
  const que = hit.past && /(?:que|qu['’])\s*$/iu.test(text.slice(hit.end, start));
  return que ? { ...att, quote: cut, concordance: true, bridge: '' } : { ...att, quote: cut };
}

/** Where step 2 starts the statement, with the speaker's verb; null when nothing is cut. */
function subjectAndVerbCut(
  text: string,
  att: Attribution,
  quote: Segment,
): { start: number; hit: VerbHit } | null {
  const { speaker } = att;
  if (att.kind !== 'reported' || att.attribution !== 'verb') return null;
  if (speaker.start < quote.start || speaker.end > quote.end) return null;
  const window = Math.min(quote.end, speaker.end + SUBJECT_TO_VERB);
  // The speaker's own verb: the first after it, or the one holding an inverted pronoun.
  const hit = findVerbs(text, quote.start, window).find((h) => h.end >= speaker.end);
  if (hit === undefined || !besideSubject(text.slice(speaker.end, hit.start))) return null;
  // A denial carried by the object ("maintiennent des démentis") is a bare denial too.
  const denial =
    stanceOf({
      ...att,
      quote: quote.text,
      verbLemma: statementVerb(text, att),
      speaker: att.speaker.text,
    }) === 'denies';
  const start = statementStart(text, hit, quote.end, denial);
  if (start !== null) return { start, hit };
  // A bare denial is its subject's act: from the subject, not from a clause before it
  // ("Le club n'a pas réagi, mais les joueurs ont rejeté …").
  const before = text.slice(quote.start, speaker.start);
  return /,\s*(?:(?:mais|et|or|puis)\s+)?$/iu.test(before) ? { start: speaker.start, hit } : null;
}

/**
 * Step 2': a statement found from its verb ("a promis mardi d'interdire …", the verb phrase kept
 * as for requests) starts at the infinitive when the verb is a promise.
 */
function dropPromiseVerb(text: string, att: Attribution, quote: Segment): Segment {
  if (att.kind !== 'reported') return quote;
  const hit = verbAt(text, quote.start);
  if (hit === null || !PROMISES.has(hit.lemma)) return quote;
  const start = statementStart(text, hit, quote.end);
  if (start === null || start <= hit.start) return quote;
  return from(text, quote, start) ?? quote;
}

/** Step 3: "Selon X, cité par Y, P" → "P". */
function dropApposition(text: string, att: Attribution, quote: Segment): Segment {
  if (att.attribution !== 'according' && att.attribution !== 'pour') return quote;
  if (!/^\s*,\s*$/u.test(text.slice(att.speaker.end, quote.start))) return quote;
  let out = quote;
  for (let i = 0; i < 3; i++) {
    const comma = /^[^,«»"“”]*?,\s*/u.exec(out.text.slice(0, 400));
    const head = comma?.[0] ?? '';
    if (comma === null || wordCountOf(head) > MAX_APPOSITION_WORDS) break;
    if (!APPOSITION_START.some((re) => re.test(head))) break;
    const next = from(text, out, out.start + head.length);
    if (next === null) break;
    out = next;
  }
  return out;
}

/** Step 4: "De plus, P" → "P". */
function dropConnector(text: string, att: Attribution, quote: Segment): Segment {
  if (att.kind !== 'reported') return quote;
  const m = CONNECTOR.exec(quote.text);
  return m === null ? quote : (from(text, quote, quote.start + m[0].length) ?? quote);
}

/** What may follow the comma of an attribution tail before its verb. */
const TAIL_LEAD = /^,\s*(?:comme\s+(?:l['’]|le\s+|la\s+|les\s+)?)?/iu;

/**
 * Step 5: "P, a déclaré son porte-parole à l'AFP" → "P"; also ", selon X", ", comme l'explique X".
 * Not after "X, lui," (the stressed pronoun repeats the subject of the verb that follows).
 */
function dropTail(text: string, quote: Segment, subjectIn = false): Segment {
  const windowStart = Math.max(quote.start, quote.end - TAIL_WINDOW);
  const window = text.slice(windowStart, quote.end);
  for (const m of window.matchAll(/,/gu)) {
    const at = windowStart + m.index;
    const lead = TAIL_LEAD.exec(text.slice(at, quote.end))?.[0].length ?? 1;
    const rest = text.slice(at + lead, quote.end);
    if (/(?:^|\s)(?:que|qu['’])/iu.test(rest)) continue;
    if (/,\s*(?:lui|elle|eux|elles)\s*$/iu.test(text.slice(quote.start, at))) continue;
    // "selon X" closes the statement only as its last phrase: ", selon elle, doubler …" is inside.
    const according = /^(?:selon|d['’]après)\s[^,]*$/iu.test(rest);
    // With the statement's subject in it, only "comme l'explique X" and "selon X" are tails: a
    // bare verb after a comma may be the subject's own ("X, lui, balaie ces craintes").
    if (subjectIn && !according && lead === 1) continue;
    const hit = according ? null : verbAt(text, at + lead);
    if (!according && hit === null) continue;
    // The speaker's phrase, and after it maybe a participle about the act ("…, a précisé X,
    // rendant hommage aux secours"); quotations only in that participle.
    const after = withoutParticiple(hit === null ? rest : text.slice(hit.end, quote.end));
    if (wordCountOf(after) > MAX_TAIL_WORDS || MARKS.test(after)) continue;
    // An inverted verb needs its subject after it: a pronoun ("-t-il") or a noun phrase.
    if (hit !== null && hit.pronoun === null && wordCountOf(after) === 0) continue;
    const cut = upTo(text, quote, at);
    if (cut !== null) return cut;
  }
  return quote;
}

/** A tail's words without a closing participle phrase (", rendant hommage à …"). */
function withoutParticiple(tail: string): string {
  const m = /,\s*\p{Ll}+ant(?!\p{L})/u.exec(tail);
  return m === null ? tail : tail.slice(0, m.index);
}

/** The sentence holding `pos` (the article's sentences are split once, text.ts). */
function sentenceAt(text: string, pos: number): Segment | undefined {
  const sentences = sentencesOf(text);
  const s = sentences[firstEndingAfter(sentences, pos)];
  return s !== undefined && s.start <= pos ? s : undefined;
}

export const MARKS = /[«»"“”]/u;
/**
 * "et" or "ou", maybe with "que" and the clause's first words, then another quotation: the two
 * quotations are coordinated in one clause ("« A » et « B »", "qu'elle est « A » et qu'elle « B »").
 */
const COORDINATED = String.raw`\s*(?:,\s*)?(?:et|ou)\s+(?:(?:que|qu['’])\s*(?:[\p{L}'’-]+\s+){0,4})?`;
const COORDINATED_AFTER = new RegExp(`^${COORDINATED}[«“"]`, 'u');
const COORDINATED_BEFORE = new RegExp(`[»”"]${COORDINATED}$`, 'u');
/** Most quotations coordinated into one clause. */
const MAX_COORDINATED = 3;
/** Words after a closing mark that continue its clause: lower case, not a conjunction. */
const RUNS_ON = /^\s*(?!(?:et|mais|puis|ou|car|alors|tandis|selon|d['’]après)(?!\p{L}))\p{Ll}/u;

/**
 * Step 1: a quotation that is a piece of its clause ("a assuré que la réforme serait « menée
 * jusqu'au bout » malgré les grèves", "le chantier « à l'abandon », écrit X") gives the clause:
 * from the reporting verb's statement start (or the sentence start when the speaker follows the
 * quotation) to the end of the clause, never over another quotation.
 */
function widenFragment(text: string, att: Attribution, quote: Segment): Segment {
  if (att.kind !== 'direct') return quote;
  const sentence = sentenceAt(text, quote.start);
  if (sentence === undefined) return quote;
  const outerStart = markBefore(text, quote.start, sentence.start);
  const outerEnd = markAfter(text, quote.end, sentence.end);
  if (outerStart === null || outerEnd === null) return quote;
  const speakerAfter = att.speaker.start >= outerEnd;
  const after = text.slice(outerEnd, sentence.end);
  let start = speakerAfter
    ? clauseBefore(text, sentence.start, outerStart)
    : (bridgeStart(text, att, sentence.start, outerStart) ??
      accordingStart(text, att, sentence.start, outerStart));
  // Nothing but marks and punctuation before the quotation: it opens the statement.
  if (start !== null && !/\p{L}/u.test(text.slice(start, outerStart))) start = null;
  // The speaker between the verb and the quotation ("ajoute X, « … »") is an incise, not a clause.
  if (start !== null && att.speaker.start >= start && att.speaker.start < outerStart) return quote;
  // "affirme qu'il souhaite « … » à …": the verb before the quotation is the clause's own.
  if (start === null && !speakerAfter) start = pronounClauseStart(text, sentence.start, outerStart);
  if (start === null) {
    // Right after its verb, a quotation whose clause runs on ("affirme « examiner plus de
    // serveurs » que n'importe qui") opens the statement, which ends with the clause.
    const coordinated = COORDINATED_AFTER.test(after);
    if (speakerAfter || att.attribution !== 'verb') return quote;
    if (!RUNS_ON.test(after) && !coordinated) return quote;
    const adverbs = AFTER_VERB.exec(att.bridge)?.[0].length ?? 0;
    // "assure que « A » n'a été …": after "que" too, the quotation opens a clause that runs on.
    const own = att.bridge.slice(adverbs).replace(/^(?:que|qu['’])\s*$/iu, '');
    if (wordCountOf(own) > 0) return quote;
    if (MARKS.test(after) && !coordinated) return quote;
    start = outerStart;
  }
  const end = speakerAfter ? outerEnd : clauseEnd(after, outerEnd, sentence.end);
  const widened = segment(text, start, end);
  return dropTail(text, upTo(text, widened, end) ?? widened);
}

/** Characters before a quotation its clause may span when the fragment is widened to it. */
const MAX_CLAUSE_BEFORE = 600;

/**
 * "que" + a subject pronoun + the clause's verb right before a quotation ("affirme qu'il souhaite
 * « donner un nouvel élan » à …", "a indiqué qu'elle voulait « … »"): the verb is the reported
 * clause's own, not the speaker's, and the clause starts at its pronoun. Read in a bounded tail.
 */
const PRONOUN_CLAUSE =
  /(?<!\p{L})(?:que|qu['’])\s*((?:il|elle|ils|elles|on|nous|je|j['’]|vous)\s*(?:\p{L}+\s+){0,2}?\p{L}+\s*)$/iu;

function pronounClauseStart(text: string, from: number, outerStart: number): number | null {
  const tailStart = Math.max(from, outerStart - 60);
  const m = PRONOUN_CLAUSE.exec(text.slice(tailStart, outerStart));
  return m === null ? null : outerStart - (m[1] ?? '').length;
}

/**
 * With the speaker after the quotation ("le chantier « à l'abandon », écrit X"), the clause it
 * sits in starts the sentence, other quotations in it included ("La Russie « a besoin » de migrants
 * face à une situation « tendue », a déclaré X"); not when the quotation is a statement of its
 * own, after "que", a colon, a comma or a dash, or inside brackets.
 */
function clauseBefore(text: string, from: number, outerStart: number): number | null {
  // A clause longer than any statement is no clause to widen to; the bound also keeps an endless
  // sentence of quotations from being reread for each of them.
  if (outerStart - from > MAX_CLAUSE_BEFORE) return null;
  const prefix = text.slice(from, outerStart);
  if (mixedQuotation(text, from, outerStart)) return from;
  if (/(?:[,:;–—(]|\s-|(?<!\p{L})(?:que|qu['’]))\s*$/iu.test(prefix)) return null;
  const opened = prefix.split('(').length - prefix.split(')').length;
  return opened > 0 ? null : from;
}

/** Longest text before a quotation read for a sentence of quoted pieces. */
const MIXED_WINDOW = 400;

/**
 * A sentence the writer builds from the source's words, quoted pieces and plain words after a
 * comma ("Les ventes ont « nettement reculé » …, avec …, « du jamais vu … », selon X"): the words
 * before the comma open with the writer's own (not a mark), hold a quotation of their own, and no
 * reporting verb that would give that earlier piece another speaker.
 */
function mixedQuotation(text: string, from: number, outerStart: number): boolean {
  // Such a sentence is short; reading a long one again for each of its quotations is quadratic.
  if (outerStart - from > MIXED_WINDOW) return false;
  const prefix = text.slice(from, outerStart);
  if (!/,\s*$/u.test(prefix) || !/^\s*\p{L}/u.test(prefix)) return false;
  if (!/[«“"][^«»“”"]+[»”"]/u.test(prefix)) return false;
  return findVerbs(text, from, outerStart).length === 0;
}

/**
 * "Selon X, la réforme constitue « … » pour …", "D'après X, le suspect aurait agi « … »": the
 * clause after the source's comma holds the quotation.
 */
function accordingStart(
  text: string,
  att: Attribution,
  from: number,
  outerStart: number,
): number | null {
  if (att.attribution !== 'according' && att.attribution !== 'pour') return null;
  // A quotation continuing a source's previous sentence has its source there, not in its clause.
  if (att.speaker.start < from || att.speaker.end > outerStart) return null;
  const comma = /^[^,«»"“”]*,\s*/u.exec(text.slice(att.speaker.end, outerStart));
  return comma === null ? null : att.speaker.end + comma[0].length;
}

/**
 * With a reporting verb before the quotation and words between them ("a assuré que la réforme
 * serait « … »", "dit regretter « … »"), the statement starts as it would without the marks;
 * after a colon the quotation is the statement.
 */
function bridgeStart(
  text: string,
  att: Attribution,
  from: number,
  outerStart: number,
): number | null {
  if (att.attribution !== 'verb' || wordCountOf(att.bridge) === 0) return null;
  // After a colon the quotation is the statement; after a comma, an incise or an apposition
  // ("a reconnu l'entraîneur, « … »") stands between the verb and it.
  if (/[:,]\s*$/u.test(att.bridge)) return null;
  // Another quotation between the verb and this one: the earlier one holds the clause's start,
  // unless the two are coordinated in one clause ("qu'elle est « A » et qu'elle « B »").
  if (MARKS.test(att.bridge) && !COORDINATED_BEFORE.test(att.bridge)) return null;
  const verbEnd = outerStart - att.bridge.length;
  const hit = findVerbs(text, Math.max(from, verbEnd - 80), verbEnd).find((h) => h.end === verbEnd);
  if (hit === undefined) return null;
  // An inverted verb, after another quotation or a clause and a comma ("« … », estime le
  // médecin, pour qui « … »", "…, a précisé le préfet, ajoutant que « … »"), has its clause
  // behind it: the words after it are its subject, not a statement. "X, lui, a dit" is no such.
  const before = text.slice(Math.max(from, hit.start - 12), hit.start);
  const stressed = /,\s*(?:lui|elle|eux|elles)\s*,\s*$/iu.test(before);
  if (/[»”"]\s*,?\s*$/u.test(before)) return null;
  // After a bare comma the verb may also end its subject's apposition ("certains, membres du
  // CNU, évoquent …"): inverted only when its own subject and a comma fill the bridge.
  if (/,\s*$/u.test(before) && !stressed && att.bridge.includes(',')) return null;
  const start = statementStart(text, hit, outerStart);
  return start === null || start > outerStart ? null : start;
}

/**
 * Where the clause of a quotation ends, its speaker before it: with words after the closing mark,
 * the sentence's end; with another quotation later in the sentence, the first comma, colon,
 * conjunction or quotation mark ("avait « détruit les meilleures unités » ukrainiennes et salué
 * une « avancée »" ends after "ukrainiennes").
 */
function clauseEnd(after: string, outerEnd: number, sentenceEnd: number, depth = 0): number {
  if (!/^\s*[\p{L},]/u.test(after)) return outerEnd;
  // "« A » et « B » à sa compagne": the clause goes on past the coordinated quotation.
  const coordinated = COORDINATED_AFTER.exec(after);
  const close = coordinated === null ? -1 : after.slice(coordinated[0].length).search(/[»”"]/u);
  if (coordinated !== null && close >= 0 && depth < MAX_COORDINATED) {
    const skip = coordinated[0].length + close + 1;
    return clauseEnd(after.slice(skip), outerEnd + skip, sentenceEnd, depth + 1);
  }
  const act = speechParticiple(after);
  if (act !== null && !MARKS.test(after.slice(0, act.index))) return outerEnd + act.index;
  if (!MARKS.test(after)) return sentenceEnd;
  const stop = /[,;:«»"“”]|\s(?:et|mais|puis|ou|car)\s/u.exec(after);
  // Up to another quotation, the words would end on its determiner ("constituer une «"): stay.
  if (stop === null || stop.index === 0 || MARKS.test(stop[0])) return outerEnd;
  return outerEnd + stop.index;
}

/** The opening mark right before a quotation's words (spaces allowed), if inside the sentence. */
function markBefore(text: string, pos: number, floor: number): number | null {
  let i = pos - 1;
  while (i >= floor && /[\s\u00a0\u202f]/u.test(text[i] ?? '')) i--;
  return i >= floor && /[«“"]/u.test(text[i] ?? '') ? i : null;
}

/** The end of the closing mark right after a quotation's words, if inside the sentence. */
function markAfter(text: string, pos: number, ceiling: number): number | null {
  let i = pos;
  while (i < ceiling && /[\s\u00a0\u202f]/u.test(text[i] ?? '')) i++;
  return i < ceiling && /[»”"]/u.test(text[i] ?? '') ? i + 1 : null;
}

/**
 * The writer's remark about what the speaker left out (", sans préciser de quelle manière",
 * ", sans donner de détails"): a negated act of speech, no part of the statement.
 */
const REMARK =
  /,\s*sans\s+(?:toutefois\s+|pour\s+autant\s+|davantage\s+|plus\s+)?(?:(?:en|le|la|les|l['’])\s*)?(?:préciser|dire|expliquer|détailler|donner|citer|nommer|commenter|indiquer|révéler|fournir|apporter)(?!\p{L})/iu;

/** Step 6: "P, sans préciser …" → "P"; not inside quotation marks (the speaker's words). */
function dropRemark(text: string, quote: Segment): Segment {
  const tail = Math.max(0, quote.text.length - SPLIT_WINDOW);
  const found = REMARK.exec(quote.text.slice(tail));
  const m = found === null ? null : { index: tail + found.index };
  if (m === null || MARKS.test(quote.text.slice(m.index))) return quote;
  return upTo(text, quote, quote.start + m.index) ?? quote;
}

/** How far before its source a bracket's opening is looked for. */
const BRACKET_WINDOW = 200;

/**
 * Step 0'': "… (350 000 au total, selon l'Insee), la réduction …": a source named at the end of
 * a bracket vouches for the bracket's words only, not for the sentence around them.
 */
function bracketStatement(text: string, att: Attribution): Segment | null {
  if (att.kind !== 'reported' || att.attribution !== 'according') return null;
  if (!/^\s*\)/u.test(text.slice(att.speaker.end, att.speaker.end + 4))) return null;
  const from0 = Math.max(att.quote.start, att.speaker.start - BRACKET_WINDOW);
  const before = text.slice(from0, att.speaker.start);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.includes(')', open)) return null;
  const m = /^\s*([^()]*?)\s*,\s*(?:selon|d['’]après)\s*$/iu.exec(before.slice(open + 1));
  const words = m?.[1] ?? '';
  if (wordCountOf(words) < MIN_WORDS) return null;
  const start = from0 + open + 1 + (m?.[0].indexOf(words) ?? 0);
  return segment(text, start, start + words.length);
}

/** The statement span of one attribution, following the gold convention (steps above). */
export function normaliseSpan(text: string, att: Attribution): Attribution {
  const bracket = bracketStatement(text, att);
  if (bracket !== null) return { ...att, quote: bracket };
  let quote: Segment = att.quote;
  const widened = widenFragment(text, att, quote);
  if (widened !== quote) {
    return { ...att, quote: dropRemark(text, dropApposition(text, att, widened)) };
  }
  const cut = dropSubjectAndVerb(text, att, dropPromiseVerb(text, att, quote));
  quote = dropApposition(text, att, cut.quote);
  quote = dropConnector(text, att, quote);
  const subjectIn = att.speaker.start >= quote.start && att.speaker.end <= quote.end;
  if (att.kind === 'reported') quote = dropRemark(text, dropTail(text, quote, subjectIn));
  return quote === att.quote ? att : { ...cut, quote };
}

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
