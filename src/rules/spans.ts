/**
 * Quote spans, normalised to the gold convention (bench/gold-real/README.md "Conventions"): the
 * statement itself, the quoted words or the reported clause "without the reporting verb and its
 * subject". Every construction finds its statement its own way; this one step, applied to every
 * attribution once speakers are resolved and before claims are built, makes their spans agree:
 *
 * 0. one statement running on into another is split first (span-splits.ts, which calls this
 *    step for each part); a source at the end of a bracket vouches for the bracket only
 *    (`bracketStatement`);
 * 1. a « … » fragment inside a clause gives the clause (`widenFragment`, span-fragments.ts),
 *    coordinated quotations ("« A » et « B »") and a writer's sentence of quoted pieces included;
 * 2. a subject and its reporting verb kept at the start are dropped (`dropSubjectAndVerb`);
 *    requests, accusations and denials keep their verb, which is the statement; a promise
 *    starts at its infinitive (`dropPromiseVerb`);
 * 3. an apposition about the source after "Selon X," / "Pour X," is dropped (`dropApposition`);
 * 4. a discourse connector and its comma ("De plus, ") are dropped (`dropConnector`);
 * 5. an attribution tail (", a déclaré X", ", selon X", ", comme l'explique X") is dropped;
 * 6. the writer's remark ", sans préciser …" is dropped (`dropRemark`).
 *
 * Each step looks only inside the statement's sentence (a bounded window), so the pass is linear.
 * Where a statement starts after its verb is statement-start.ts's.
 */
import type { Attribution } from './attribution.js';
import { stanceOf } from './stance.js';
import { statementVerb } from './statement-verb.js';
import { widenFragment } from './span-fragments.js';
import {
  from,
  MARKS,
  MIN_WORDS,
  PROMISES,
  segment,
  SPLIT_WINDOW,
  statementStart,
  upTo,
} from './statement-start.js';
import { wordCountOf, type Segment } from './text.js';
import { findVerbs, verbAt, type VerbHit } from './verb-match.js';

/** How far after its subject a reporting verb is looked for (appositions between them). */
const SUBJECT_TO_VERB = 160;
/** How far from a statement's end an attribution tail is looked for. */
const TAIL_WINDOW = 200;
/** Most words an attribution tail has after its verb ("a déclaré son porte-parole à l'AFP"). */
const MAX_TAIL_WORDS = 10;

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
    const clause = dropTail(text, widened);
    return { ...att, quote: dropRemark(text, dropApposition(text, att, clause)) };
  }
  const cut = dropSubjectAndVerb(text, att, dropPromiseVerb(text, att, quote));
  quote = dropApposition(text, att, cut.quote);
  quote = dropConnector(text, att, quote);
  const subjectIn = att.speaker.start >= quote.start && att.speaker.end <= quote.end;
  if (att.kind === 'reported') quote = dropRemark(text, dropTail(text, quote, subjectIn));
  return quote === att.quote ? att : { ...cut, quote };
}
