/**
 * Speakers of direct quotations. Tried in order: a reporting verb right after the quotation
 * ("», explique Bloomberg", "», ajoute-t-elle"), then "selon X" after it, then the sentence
 * before it: a reporting verb and its subject ("Huawei explique que « »"), "selon X, … « »",
 * or a named subject before a colon ("Apple lance une autre piste : « »").
 */
import type { Entity } from '../types.js';
import { isPourSpeaker, type Attribution } from './attribution.js';
import type { Quotation } from './quotes.js';
import { pronounAbout } from './clause-subjects.js';
import { roleSubjectBefore } from './offices.js';
import { sourceAfter } from './sources.js';
import { speechBeforeColon } from './speech-colon.js';
import { isSubjectPosition } from './persons.js';
import { WHEN, phraseAfter, subjectBefore, type Phrase } from './speaker.js';
import { tailStart, wordCountOf, type Segment } from './text.js';
import { findVerbs, verbAt, type VerbHit } from './verb-match.js';
import { REPORTING_INFINITIVE } from './verbs.js';

/** Quotations shorter than this are terms ("« digital escorting »") unless a verb is adjacent. */
const MIN_QUOTE_WORDS = 4;
/** Words allowed between a reporting verb and the quotation it introduces. */
const MAX_BRIDGE_WORDS = 12;

const pronounPhrase = (hit: VerbHit): Phrase | null =>
  hit.pronoun === null ? null : { text: hit.pronoun, start: hit.start, end: hit.end };

/** Manner adverbials between an inverted verb and its subject ("», dit en substance le texte"). */
const ADVERBIAL_AFTER_VERB = new RegExp(
  String.raw`^\s+(?:(?:en substance|en effet|encore|aussi|alors|ainsi|également|pour sa part|pour leur part|de son côté|de leur côté|\p{Ll}+ment|${WHEN})\s+)*`,
  'u',
);

/** "peut-on lire dans X", "lit-on sur X", "pouvait-on lire dans X" after a quotation. */
const READ_IN =
  /^(?:peut-on|pouvait-on|pourra-t-on|on peut|on pouvait|lit-on|lisait-on)\s+(?:lire\s+)?(?:dans|sur)\s+/iu;

/** "« … », explique Bloomberg." / "« … » affirme-t-il" / "« … », selon X." */
function speakerAfter(text: string, q: Quotation): Omit<Attribution, 'quote' | 'kind'> | null {
  const gap = /^[\s\u00a0\u202f]*[,.]?[\s\u00a0\u202f]*/u.exec(text.slice(q.outer.end))?.[0] ?? '';
  const pos = q.outer.end + gap.length;
  if (pos >= q.paragraph.end) return null;
  const hit = verbAt(text, pos);
  if (hit === null) {
    const incise = anyIncise(text, q, pos);
    if (incise !== null) return incise;
  }
  if (hit !== null) {
    const adverbial = ADVERBIAL_AFTER_VERB.exec(text.slice(hit.end, hit.end + 40))?.[0] ?? ' ';
    const phrase = pronounPhrase(hit) ?? phraseAfter(text, hit.end + adverbial.length);
    if (phrase === null) return null;
    const speaker = hit.pronoun === null ? (namedApposition(text, phrase) ?? phrase) : phrase;
    return { speaker, verbStance: hit.stance, attribution: 'verb', bridge: '' };
  }
  // "», peut-on lire dans Les Échos": what a medium printed, reported.
  const read = READ_IN.exec(text.slice(pos, pos + 60));
  if (read !== null) {
    const medium = phraseAfter(text, pos + read[0].length);
    return medium && { speaker: medium, verbStance: 'reports', attribution: 'verb', bridge: '' };
  }
  const according = /^(?:selon|d['’]après)\s+/iu.exec(text.slice(pos));
  if (according === null) return null;
  const speaker = sourceAfter(text, pos + according[0].length);
  return speaker && { speaker, verbStance: null, attribution: 'according', bridge: '' };
}

/**
 * The incise of reported speech (Grevisse, "incise": "dit-il", "sourit-elle") marks its speaker
 * by inversion whatever the verb, so a verb outside the lexicon still makes one: a verb with
 * its inverted subject pronoun ("», sourit-il", "» rigole-t-elle", "», a-t-il tranché"), or a
 * finite verb followed by a full name that ends the clause ("», présentait Hélène Marchal lors
 * de …"). Quotations of a few words (titles: "« La Marseillaise », chante X") are left out.
 */
function anyIncise(
  text: string,
  q: Quotation,
  pos: number,
): Omit<Attribution, 'quote' | 'kind'> | null {
  if (wordCountOf(q.inner.text) < MIN_QUOTE_WORDS) return null;
  const window = text.slice(pos, Math.min(q.paragraph.end, pos + 120));
  if (SINGING.test(window)) return null;
  // A pronominal verb takes no object ("», s'étrangle-t-il"): its quotation is said, verb or not.
  if (!CLAUSE_CLUE.test(q.inner.text) && !/^s['’]/u.test(window)) return null;
  const pronoun = INCISE_PRONOUN.exec(window);
  const name = pronoun === null ? INCISE_NAME.exec(window) : null;
  const found = pronoun ?? name;
  const who = found?.[1];
  if (found === null || who === undefined) return null;
  const start = pos + found[0].lastIndexOf(who);
  const speaker = { text: who, start, end: start + who.length };
  return { speaker, verbStance: null, attribution: 'verb', bridge: '' };
}
/**
 * Verbs of singing or humming ("», fredonne-t-il", "», chantait-elle", "», a-t-il entonné"): the
 * words are a song's, sung, not a statement of the singer; verbs of manner that go with
 * speaking ("sourit", "soupire") stay incises.
 */
const SINGING =
  /^(?:(?:a|avait|ont|avaient)-t-(?:il|elle)s?\s+|(?:a|avait|ont|avaient)-(?:il|elle)s?\s+)?(?:re)?(?:chant|fredonn|entonn|siffl|interprét)\p{Ll}*/u;
/**
 * A finite verb in the quotation: a subject pronoun, a negation, a common auxiliary or modal, or
 * a personal ending. Before the incise of a verb outside the lexicon, a quotation without one is
 * a title read, seen or found ("« Au bonheur des dames », découvre-t-il"), the verb's fronted
 * object; a verb of saying from the lexicon, or a pronominal one, still takes a verbless one.
 */
const CLAUSE_CLUE =
  /(?:^|[\s'’])(?:je|j|tu|il|elle|on|nous|vous|ils|elles|c|ce|ça|cela|ne|n|est|sont|suis|es|sommes|êtes|était|étaient|sera|seront|serait|a|ai|as|avons|avez|ont|avait|avaient|aura|va|vais|vont|faut|fait|font|peut|peux|peuvent|doit|dois|doivent|veut|veux|veulent)(?=[\s'’,.!?;:…]|$)|\p{L}{2,}(?:ons|ez|ait|aient|ront|rait|raient)(?![\p{L}])|\p{L}{3,}(?<!m)ent(?![\p{L}])/iu;
/** "sourit-il", "rigole-t-elle", "a-t-il tranché", "s'amuse-t-il". */
const INCISE_PRONOUN =
  /^(?:s['’])?\p{Ll}[\p{Ll}-]*?(?:-t)?-(il|elle|ils|elles)(?![\p{L}])(?:\s+\p{Ll}+é(?:e|s|es)?(?![\p{L}]))?/u;
/** "présentait Hélène Marchal", "s'enthousiasme Karim Benali": a full name ending the clause. */
const INCISE_NAME =
  /^(?:s['’])?\p{Ll}+(?:e|ent|ait|aient|a|it)\s+(\p{Lu}[\p{L}'’-]+(?:\s+(?:de\s+|d['’]|De\s+)?\p{Lu}[\p{L}'’-]+)+)(?=\s*(?:[,.;!?]|$)|\s+(?:lors|dans|devant|au|à|en|sur)\s)/u;

/**
 * A quotation opening its paragraph and signed right after it, as an epigraph: "« … » Olivier
 * Truchot, journaliste, au sujet de …". The name (two capitalised words at least) and a comma
 * follow the closing mark; a name followed by its verb ("» Paul Martin a ensuite …") is a new
 * sentence, not a signature.
 */
function signature(text: string, q: Quotation): Omit<Attribution, 'quote' | 'kind'> | null {
  if (text.slice(q.paragraph.start, q.outer.start).trim() !== '') return null;
  const m = SIGNATURE.exec(text.slice(q.outer.end, q.outer.end + 80));
  const name = m?.[1];
  if (m === null || name === undefined) return null;
  const start = q.outer.end + m[0].indexOf(name);
  const speaker = { text: name, start, end: start + name.length };
  return { speaker, verbStance: null, attribution: 'verb', bridge: '' };
}
const SIGNATURE =
  /^[\s\u00a0\u202f]*(\p{Lu}[\p{L}'’-]+(?:\s+(?:de\s+|du\s+|d['’])?\p{Lu}[\p{L}'’-]+){1,3})\s*,\s*\p{Ll}/u;

/**
 * "», a déclaré le secrétaire à la Défense, Pete Hegseth.": a title closed by the person's name in
 * apposition at the end of the sentence or before another comma ("…, Lin Jian, lors d'un point
 * de presse"); the name is the speaker.
 */
function namedApposition(text: string, phrase: Phrase): Phrase | null {
  const m =
    /^[^,.;:!?«»"\n]{0,60},\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s*(?:[.;!?,]|$)/u.exec(
      text.slice(phrase.end),
    );
  const name = m?.[1];
  if (m === null || name === undefined) return null;
  const start = phrase.end + m[0].indexOf(name);
  return { text: name, start, end: start + name.length };
}

/** Reporting verbs of each sentence, found once for all the quotations in it. */
const sentenceVerbs = new WeakMap<Segment, { text: string; hits: VerbHit[] }>();

/**
 * The last reporting verb of the sentence before `pos`, a quotation mark: the same as scanning
 * from the sentence start to `pos`, since no verb group holds a quotation mark. Scanning again
 * for every quotation was quadratic in a long sentence with many quotations.
 */
function lastVerbBefore(text: string, sentence: Segment, pos: number): VerbHit | undefined {
  let cached = sentenceVerbs.get(sentence);
  if (cached === undefined || cached.text !== text) {
    cached = { text, hits: findVerbs(text, sentence.start, sentence.end) };
    sentenceVerbs.set(sentence, cached);
  }
  const { hits } = cached;
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((hits[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return hits[lo - 1];
}

/** "X explique que « … »", "la société affirme n'avoir « … »". */
function verbBefore(
  text: string,
  sentence: Segment,
  q: Quotation,
): Omit<Attribution, 'quote' | 'kind'> | null {
  const hit = lastVerbBefore(text, sentence, q.outer.start);
  if (hit === undefined) return null;
  const bridge = text.slice(hit.end, q.outer.start);
  if (wordCountOf(bridge) > MAX_BRIDGE_WORDS || /[.!?]/.test(bridge)) return null;
  // "« A », précise X, « B »": a verb right after a closing quotation mark is inverted, its
  // speaker after it; the quoted words before it are no subject.
  const inverted = /[»”"][\s\u00a0\u202f]*,?[\s\u00a0\u202f]*$/u.test(
    text.slice(tailStart(text, sentence.start, hit.start), hit.start),
  );
  const speaker =
    pronounPhrase(hit) ??
    (inverted ? null : subjectBefore(text, sentence.start, hit.start)) ??
    phraseAfter(text, hit.end + 1);
  if (speaker === null) return null;
  return { speaker, verbStance: hit.stance, attribution: 'verb', bridge };
}

/** How far before a quotation its "Selon X," is looked for in the sentence. */
const ACCORDING_WINDOW = 600;

/** "Selon X, … « … »" anywhere before the quotation in its sentence; "Pour X, « … »" right before it. */
function accordingBefore(
  text: string,
  sentence: Segment,
  q: Quotation,
  entities: Entity[],
): Omit<Attribution, 'quote' | 'kind'> | null {
  // Read within a bounded window: a sentence of thousands of quotations is not reread for each.
  const from = tailStart(text, sentence.start, q.outer.start, ACCORDING_WINDOW);
  const prefix = text.slice(from, q.outer.start);
  const matches = [
    // "Selon X, … « »", or "Selon X « … »" with no comma before the quotation.
    ...prefix.matchAll(/(?:^|[\s,(])(?:selon|d['’]après)\s+([^,«»"]{2,80}?)\s*(?:,|$)/giu),
  ];
  const pour = /(?:^|[\s,(])pour\s+([^,«»"]{2,60}?)\s*,\s*$/iu.exec(prefix);
  const m =
    matches.pop() ?? (pour !== null && isPourSpeaker(pour[1] ?? '', entities) ? pour : undefined);
  if (m === undefined) return null;
  const start = from + (m.index ?? 0) + m[0].indexOf(m[1] ?? '');
  const name = m[1] ?? '';
  const attribution = m === pour ? ('pour' as const) : ('according' as const);
  const speaker =
    attribution === 'according'
      ? sourceAfter(text, start)
      : /^(?:lui|elle|eux|elles)$/iu.test(name)
        ? { text: name, start, end: start + name.length }
        : phraseAfter(text, start);
  return speaker && { speaker, verbStance: null, attribution, bridge: '' };
}

/**
 * "Le maire l'a dit clairement : « … »", "Elle l'affirme : « … »": the clitic announces the
 * quotation after the colon; the verb scan skips a verb after an elided "l'", so it is read here,
 * and the subject is the one before the clitic.
 */
function cliticBefore(
  text: string,
  sentence: Segment,
  q: Quotation,
): Omit<Attribution, 'quote' | 'kind'> | null {
  // The clitic, its verb and at most 40 characters stand before the colon: a bounded stretch.
  const from = tailStart(text, sentence.start, q.outer.start);
  const m = CLITIC_COLON.exec(text.slice(from, q.outer.start));
  if (m === null) return null;
  const at = from + m.index + m[0].length;
  const hit = verbAt(text, at);
  if (hit === null || hit.pronoun !== null) return null;
  if (!/^[^.;!?«»]{0,40}:\s*$/u.test(text.slice(hit.end, q.outer.start))) return null;
  const speaker = subjectBefore(text, sentence.start, from + m.index);
  return speaker && { speaker, verbStance: hit.stance, attribution: 'verb', bridge: '' };
}
/** The last elided object clitic of the text before a quotation ("l'a dit", "l'affirme"). */
const CLITIC_COLON = /(?<![\p{L}'’])l['’]\s*(?=[\p{L}][^'’]*$)/u;

/**
 * "Et d'ajouter : « … »", "Avant de conclure : « … »", "Puis de préciser, amusé : « … »": an
 * infinitive of narration continues the person just spoken of. The speaker is left as "il", which
 * claimants.ts resolves to the person named since the last statement, else the last speaker.
 */
function narrativeInfinitive(
  text: string,
  sentence: Segment,
  q: Quotation,
): Omit<Attribution, 'quote' | 'kind'> | null {
  const m = NARRATIVE_INFINITIVE.exec(text.slice(sentence.start, q.outer.start));
  if (m === null) return null;
  const speaker = { text: 'il', start: sentence.start, end: sentence.start + m[0].length };
  return { speaker, verbStance: null, attribution: 'verb', bridge: '' };
}
const NARRATIVE_INFINITIVE = new RegExp(
  `^(?:et|puis|avant|enfin|et enfin)\\s*,?\\s*(?:de\\s+|d['’])(?:${REPORTING_INFINITIVE})(?![\\p{L}])[^:«».!?]{0,40}:\\s*$`,
  'iu',
);

/** Entity types that can be the subject of "X … : « … »". */
const COLON_SPEAKER_TYPES = new Set(['ORG', 'PERSON', 'OTHER']);

/**
 * Where `form` first stands as a whole word in `text`, else -1: "Re" is no word of "Rémy"
 * written with a combining accent, nor "Paul" of "Paulette".
 */
function wholeWordIndex(text: string, form: string): number {
  if (form.length === 0) return -1;
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + form.length] ?? ' ';
    if (!/[\p{L}\p{N}\p{M}]/u.test(before) && !/[\p{L}\p{N}\p{M}]/u.test(after)) return at;
  }
  return -1;
}

/** A subject pronoun opening the last clause before the colon ("…, il est catégorique :"). */
const PRONOUN_CLAUSE = /(?:^|,\s*)(il|elle)\s+[^,«»"“”]*:\s*$/iu;

/** "Interrogé sur X, il est catégorique :": the clause's own pronoun, not a name in an adverbial. */
function ownPronoun(prefix: string, offset: number): Phrase | null {
  const m = PRONOUN_CLAUSE.exec(prefix);
  const word = m?.[1];
  if (m === null || word === undefined) return null;
  const start = offset + m.index + m[0].indexOf(word);
  return { text: word, start, end: start + word.length };
}

/** An article right before a name: an object ("vise le Top 5"), no speaker. */
const OBJECT_BEFORE = /(?:^|[^\p{L}])(?:le|la|les|l['’])\s*$/iu;
/** "de" right before a name: a complement ("l'entraîneur du Racing"), a speaker only failing all else. */
const COMPLEMENT_BEFORE = /(?:^|[^\p{L}])(?:du|de|des|d['’]|au|aux|à)\s*$/iu;

/** "Le maire a réagi : « … »", "Réponse de la ministre : « … »" (speech-colon.ts). */
function speechColon(
  text: string,
  sentence: Segment,
  q: Quotation,
): Omit<Attribution, 'quote' | 'kind'> | null {
  // Read within a bounded stretch, as colonBefore does.
  const from = tailStart(text, sentence.start, q.outer.start, ACCORDING_WINDOW);
  if (!/:\s*$/u.test(text.slice(from, q.outer.start))) return null;
  const speaker = speechBeforeColon(text, from, q.outer.start, { quoted: true });
  return speaker && { speaker, verbStance: null, attribution: 'colon', bridge: '' };
}

/** "Apple lance une autre piste : « … »": the person or organisation named before the colon. */
function colonBefore(
  text: string,
  sentence: Segment,
  q: Quotation,
  entities: Entity[],
): Omit<Attribution, 'quote' | 'kind'> | null {
  // The clause before the colon, within a bounded stretch: an endless sentence of colons and
  // quotations is not reread for each of them.
  const from = tailStart(text, sentence.start, q.outer.start, ACCORDING_WINDOW);
  const prefix = text.slice(from, q.outer.start);
  if (!/:\s*$/u.test(prefix)) return null;
  // The first name opening its clause ("Interrogée par Libération, Claire Dumas est formelle :"
  // is Claire Dumas's), else the first name ("Pour Paul Girard, le constat est clair :").
  let first: Phrase | null = null;
  let subject: Phrase | null = null;
  // A name as a complement ("la communication du Palais") speaks when nothing else does.
  let ofSomeone: Phrase | null = null;
  for (const entity of entities.filter((x) => COLON_SPEAKER_TYPES.has(x.type))) {
    for (const form of entity.mentions) {
      const at = wholeWordIndex(prefix, form);
      if (at < 0) continue;
      const found = { text: form, start: from + at, end: from + at + form.length };
      const before = prefix.slice(Math.max(0, at - 12), at);
      if (OBJECT_BEFORE.test(before)) continue;
      if (COMPLEMENT_BEFORE.test(before)) {
        if (ofSomeone === null || found.start < ofSomeone.start) ofSomeone = found;
        continue;
      }
      if (first === null || found.start < first.start) first = found;
      const opens = isSubjectPosition(text, { at: found.start, end: found.end, entity });
      if (opens && (subject === null || found.start < subject.start)) subject = found;
    }
  }
  // "… est pour lui une vocation : « … »": the person the pronoun stands for (claimants.ts).
  // "le nouvel entraîneur du Racing a fixé un cap :": a subject described, not its complement.
  const described = roleSubjectBefore(text, from, q.outer.start, null);
  const speaker =
    subject ??
    described ??
    ownPronoun(prefix, from) ??
    first ??
    ofSomeone ??
    pronounAbout(text, from, q.outer.start);
  return speaker && { speaker, verbStance: null, attribution: 'colon', bridge: '' };
}

/** The attribution of one quotation, or null when no speaker is found. */
export function attributeQuotation(
  text: string,
  q: Quotation,
  sentence: Segment,
  entities: Entity[],
): Attribution | null {
  const after = speakerAfter(text, q) ?? signature(text, q);
  const before =
    after ??
    cliticBefore(text, sentence, q) ??
    narrativeInfinitive(text, sentence, q) ??
    verbBefore(text, sentence, q) ??
    accordingBefore(text, sentence, q, entities) ??
    colonBefore(text, sentence, q, entities) ??
    speechColon(text, sentence, q);
  const found = after ?? before;
  if (found === null) return null;
  const adjacent =
    after !== null ||
    /(?::|que|qu['’])[\s\u00a0]*$/u.test(
      text.slice(tailStart(text, sentence.start, q.outer.start), q.outer.start),
    );
  if (wordCountOf(q.inner.text) < MIN_QUOTE_WORDS && !adjacent) return null;
  return { ...found, quote: q.inner, kind: 'direct' };
}

/** Words allowed between two quotations joined into one statement ("» en réaction «"). */
const MAX_JOIN_WORDS = 4;

/**
 * Two quotations of one sentence closed by one speaker are one statement: "« A » en réaction
 * « B » raconte-t-il", "« A », « B » selon X". When the later quotation names its speaker right
 * after it and the earlier one, a few words before, has no verb or sentence end between them,
 * the statement runs from the first quotation's words to the last's.
 */
export function joinedQuotation(text: string, previous: Quotation, q: Quotation): Segment | null {
  if (previous.paragraph.start !== q.paragraph.start || speakerAfter(text, q) === null) return null;
  if (speakerAfter(text, previous) !== null) return null;
  const between = text.slice(previous.outer.end, q.outer.start);
  if (/[.!?;:]/u.test(between) || wordCountOf(between) > MAX_JOIN_WORDS) return null;
  if (findVerbs(text, previous.outer.end, q.outer.start).length > 0) return null;
  const { start } = previous.inner;
  const end = q.inner.end;
  return { start, end, text: text.slice(start, end) };
}
