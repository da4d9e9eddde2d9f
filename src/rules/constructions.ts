/**
 * Reporting constructions the sentence patterns of attribution.ts do not cover (issue 11, seen
 * on real pages), tried only on sentences where those found nothing:
 * - a trailing incise followed by a subordinate clause: "…, a assuré une source, alors que …";
 * - "comme l'a souligné X, …", "comme le rappelle X, …": X's statement is the main clause, and
 *   so is the clause before a closing "…, comme l'explique X :";
 * - "selon lui" without commas, ", toujours selon X,": the sentence is reported;
 * - "Dans le rapport, on apprend(ait) que …": the clause is the document's;
 * - a stated intention: "ont confirmé leur intention de …" (the intention is the statement);
 * - an object clitic before the verb: "et Tsahal l'accuse d'avoir …".
 */
import type { Attribution } from './attribution.js';
import { phraseAfter, subjectBefore, type Phrase } from './speaker.js';
import { speechBeforeColon } from './speech-colon.js';
import { trimSegment, wordCountOf, type Segment } from './text.js';
import { findVerbs, verbAt } from './verb-match.js';

/** A statement span: trimmed, without leading commas or trailing stops; three words at least. */
function span(text: string, start: number, end: number): Segment | null {
  const seg = trimSegment({ start, end, text: text.slice(start, end) });
  const lead = /^[:,\s]*/u.exec(seg.text)?.[0].length ?? 0;
  const body = seg.text.slice(lead).replace(/[\s.…;:,]+$/u, '');
  if (wordCountOf(body) < 3) return null;
  return { start: seg.start + lead, end: seg.start + lead + body.length, text: body };
}

function reported(
  quote: Segment | null,
  speaker: Phrase | null,
  how: Pick<Attribution, 'verbStance' | 'attribution'>,
): Attribution[] {
  if (quote === null || speaker === null) return [];
  return [{ quote, speaker, ...how, bridge: '', kind: 'reported' }];
}

/** Subordinate clauses that may follow a trailing incise ("…, a assuré X, alors que …"). */
const AFTER_INCISE =
  /^\s*,\s*(?:alors|tandis|quand|lorsque|avant|après|pendant|puisque|d['’]autant|au moment|même si|bien que)(?!\p{L})/iu;
/** A noun phrase after an inverted verb starts with a name or a determiner. */
const NP_START = /^(?:\p{Lu}|(?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs)\s)/u;

/**
 * Whether the words from `from` to `to` end with a comma after some text ("La ligne rouvrira, "),
 * read backwards from `to`: a pattern anchored at the end would be tried from every position of
 * the sentence, for every verb of it.
 */
function commaBefore(text: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && /\s/u.test(text.charAt(i))) i--;
  if (i < from || text.charAt(i) !== ',') return false;
  i--;
  while (i >= from && /\s/u.test(text.charAt(i))) i--;
  return i >= from;
}

/** "La ligne rouvrira, a assuré une porte-parole, alors que …": the clause before the verb. */
function trailingIncise(text: string, s: Segment): Attribution[] {
  for (const hit of findVerbs(text, s.start, s.end)) {
    if (hit.pronoun !== null || !commaBefore(text, s.start, hit.start)) continue;
    const np = phraseAfter(text, hit.end + 1);
    if (np === null || !NP_START.test(np.text) || !AFTER_INCISE.test(text.slice(np.end, s.end))) {
      continue;
    }
    const quote = span(text, s.start, text.lastIndexOf(',', hit.start));
    return reported(quote, np, { verbStance: hit.stance, attribution: 'verb' });
  }
  return [];
}

const LEAD =
  /^(?:(?:mais|et|or|donc|ainsi|pourtant|toutefois|cependant|néanmoins|enfin)\s*,?\s*)?/iu;
/** "comme l'a souligné X", "comme le rappelle X": the object clitic stands for the main clause. */
const COMME_HEAD = new RegExp(`${LEAD.source}comme\\s+(?:l['’]\\s*|le\\s+)`, 'iu');
/** Where a statement may start after the speaker's appositions: a subject, not a participle. */
const CLAUSE_START =
  /,\s*(?=(?:il|elle|ils|elles|on|c['’]est|ce|cette|ces|le|la|les|l['’]|un|une|des|\p{Lu})(?!\p{L}))/gu;

function commeVerb(text: string, s: Segment): Attribution[] {
  const head = COMME_HEAD.exec(s.text);
  if (head === null) return [];
  const hit = verbAt(text, s.start + head[0].length);
  if (hit === null || hit.pronoun !== null) return [];
  const speaker = phraseAfter(text, hit.end + 1);
  if (speaker === null) return [];
  const rest = text.slice(speaker.end, s.end);
  CLAUSE_START.lastIndex = 0;
  const start = CLAUSE_START.exec(rest);
  if (start === null) return [];
  const quote = span(text, speaker.end + start.index, s.end);
  return reported(quote, speaker, { verbStance: hit.stance, attribution: 'verb' });
}

/** "… traduirait selon lui …": a stressed pronoun after selon always attributes. */
const SELON_PRONOUN = /\s(?:selon|d['’]après)\s+(lui|elle|eux|elles)(?=[\s,])/iu;
/** ", toujours selon X," ", là encore selon X,": an adverb before the incise's selon. */
const ADVERB_SELON =
  /\S,\s*(?:toujours|encore|là encore|aussi|également)\s+(?:selon|d['’]après)\s+([^,;]{2,60}?)\s*,\s*\S/iu;

function selonInside(text: string, s: Segment): Attribution[] {
  const how = { verbStance: null, attribution: 'according' } as const;
  const pronoun = SELON_PRONOUN.exec(s.text);
  if (pronoun !== null) {
    const at = s.start + pronoun.index + pronoun[0].lastIndexOf(pronoun[1] ?? '');
    const speaker = { text: pronoun[1] ?? '', start: at, end: at + (pronoun[1] ?? '').length };
    return reported(span(text, s.start, s.end), speaker, how);
  }
  const adverb = ADVERB_SELON.exec(s.text);
  if (adverb === null) return [];
  // "Toujours selon" names a source already met: whatever stands before the comma is it.
  const name = adverb[1] ?? '';
  const at = s.start + adverb.index + adverb[0].indexOf(name);
  const speaker = { text: name, start: at, end: at + name.length };
  return reported(span(text, s.start, s.end), speaker, how);
}

/** "Dans le rapport, on apprenait (notamment) que …": what one reads there is the document's. */
const LEARN =
  /^(?:dans|selon)\s+([^,]{3,80}?)\s*,\s*on\s+(?:apprend|apprenait|découvre|découvrait|lit|lisait)\s+(?:(?:\p{L}+ment|aussi|également|encore)\s+)?(?:que|qu['’])\s*/iu;

/**
 * "On a (par ailleurs) appris que …", "On apprend aussi que …": what the writer learnt from an
 * unnamed source, reported; the gold keeps "on" as its claimant (narration.ts lets it speak).
 */
const LEARN_BARE =
  /^(?:(?:mais|et|or|enfin)\s*,?\s+)?(on)\s+(?:a\s+(?:(?:par ailleurs|aussi|également|encore|\p{Ll}+ment)\s+)?appris|apprend|apprenait|avait\s+appris)\s+(?:(?:par ailleurs|aussi|également|encore|\p{Ll}+ment)\s+)?(?:que|qu['’])\s*/iu;

function onLearns(text: string, s: Segment): Attribution[] {
  const bare = LEARN_BARE.exec(s.text);
  if (bare !== null) {
    const at = s.start + bare[0].indexOf(bare[1] ?? 'on');
    return reported(
      span(text, s.start + bare[0].length, s.end),
      { text: 'on', start: at, end: at + 2 },
      {
        verbStance: 'reports',
        attribution: 'verb',
      },
    );
  }
  const m = LEARN.exec(s.text);
  if (m === null) return [];
  const at = s.start + m[0].indexOf(m[1] ?? '');
  const speaker = { text: m[1] ?? '', start: at, end: at + (m[1] ?? '').length };
  return reported(span(text, s.start + m[0].length, s.end), speaker, {
    verbStance: 'reports',
    attribution: 'verb',
  });
}

/**
 * "…, a-t-on appris (vendredi) de sources diplomatiques", "…, a-t-on appris auprès de la
 * direction", "…, apprend-on de source policière", "…, a-t-on appris.": wire prose reports what
 * it learnt; the clause before is the source's, or an unnamed source's ("on") when none is given.
 * The day closing the sentence is no source ("…, a-t-on appris mardi."), nor "dans" before the
 * medium read ("apprend-on dans la presse locale").
 */
const LEARNT =
  /,\s*(?:a-t-on\s+appris|avait-on\s+appris|apprend-on)(?![\p{L}])\s*(?:(?:\p{Ll}+ment|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|soir|matin)(?:\s+|(?=[\s.…!?]*$))){0,2}(?:(?:de|auprès\s+de|auprès\s+d['’]|auprès\s+du|auprès\s+des|dans|d['’])\s*)?/iu;
/** Words the source may take before the sentence's end ("sources diplomatiques proches de …"). */
const MAX_LEARNT_SOURCE_WORDS = 6;

function learntFrom(text: string, s: Segment): Attribution[] {
  const m = LEARNT.exec(s.text);
  if (m === null) return [];
  const from = s.start + m.index + m[0].length;
  const rest = text.slice(from, s.end).replace(/[\s.…!?]+$/u, '');
  if (wordCountOf(rest) > MAX_LEARNT_SOURCE_WORDS) return [];
  // No source named: the unnamed "on" of the wire, which the gold keeps as the claimant.
  const at = rest.length > 0 ? from : s.start + m.index + m[0].indexOf('on');
  const speaker = {
    text: rest.length > 0 ? rest : 'on',
    start: at,
    end: at + (rest || 'on').length,
  };
  return reported(span(text, s.start, s.start + m.index), speaker, {
    verbStance: 'reports',
    attribution: 'verb',
  });
}

/** Where a statement inside a sentence stops: a comma, a semicolon, a bracket or its end. */
const PHRASE_END = /\s*[,;(—–]|[\s.…!?]*$/u;

function phraseTo(text: string, from: number, s: Segment): Segment | null {
  const stop = PHRASE_END.exec(text.slice(from, s.end));
  return span(text, from, from + (stop?.index ?? s.end - from));
}

/** A subordinator before a subject ("Alors que les ministres ont confirmé …"). */
const SUBORDINATOR =
  /(?:^|[\s,])(?:alors qu['’]|alors que|tandis qu['’]|tandis que|lorsqu['’]|lorsque|quand|puisqu['’]|puisque|et)\s*/giu;

/** The subject of a verb, after the last subordinator or "et" of its clause. */
function subjectAfterSubordinator(text: string, s: Segment, verbStart: number): Phrase | null {
  const before = text.slice(s.start, verbStart);
  let from = s.start;
  SUBORDINATOR.lastIndex = 0;
  for (let m = SUBORDINATOR.exec(before); m !== null; m = SUBORDINATOR.exec(before)) {
    from = s.start + m.index + m[0].length;
  }
  return subjectBefore(text, from, verbStart);
}

/**
 * Nouns of intent after a reporting verb: "a confirmé leur intention de …", "a réaffirmé sa
 * volonté de …", "fait part de son refus de …" state what the subject means to do.
 */
const INTENT =
  /^\s*(?:[^,.;«»]{0,40}?\s)?(?:de\s+|d['’])?((?:son|sa|ses|leur|leurs)\s+(?:intention|volonté|souhait|désir|refus|détermination|engagement)\s+(?:de|d['’]))/iu;

function statedIntent(text: string, s: Segment): Attribution[] {
  for (const hit of findVerbs(text, s.start, s.end)) {
    const m = INTENT.exec(text.slice(hit.end, s.end));
    if (m === null || hit.pronoun !== null) continue;
    const quote = phraseTo(text, hit.end + m[0].length - (m[1] ?? '').length, s);
    const speaker = subjectAfterSubordinator(text, s, hit.start);
    return reported(quote, speaker, { verbStance: hit.stance, attribution: 'verb' });
  }
  return [];
}

/**
 * An object clitic before the verb ("l'accuse de", "les appelle à", "lui reproche de"): the
 * verb scan starts at a word, so the elided "l'" hides the verb. Only verbs whose phrase is the
 * statement (accusations, requests) count: "les appelle chaque soir" states nothing.
 */
const CLITIC = /(?<![\p{L}'’])(?:l['’]|les\s+|lui\s+|leur\s+)(?=\p{L})/giu;

function cliticVerb(text: string, s: Segment): Attribution[] {
  CLITIC.lastIndex = 0;
  for (let m = CLITIC.exec(s.text); m !== null; m = CLITIC.exec(s.text)) {
    const at = s.start + m.index;
    const hit = verbAt(text, at + m[0].length);
    if (hit === null || hit.predicate === null || hit.predicate === 'comme') continue;
    const rest = text.slice(hit.end, s.end);
    if (hit.predicate === 'de' && !/^\s*(?:de|d['’])/iu.test(rest)) continue;
    if (hit.predicate === 'à' && !/^\s*(?:à|au|aux)\s/iu.test(rest)) continue;
    if (hit.predicate === 'request' && !/^\s*(?:de|d['’]|à)/iu.test(rest)) continue;
    const speaker = subjectAfterSubordinator(text, s, at);
    return reported(phraseTo(text, at, s), speaker, {
      verbStance: hit.stance,
      attribution: 'verb',
    });
  }
  return [];
}

/** ", comme l'a reconnu X", ", comme le rappelait X", ", comme prévenait X" after a clause. */
const COMME_TAIL = /\S\s*,\s*comme\s+(?:l['’]\s*|le\s+)?(?=\p{L})/giu;
/** Words allowed after X before the sentence's end ("lors du conseil", ", cité par …"). */
const MAX_COMME_TAIL_WORDS = 8;
/** Characters after X that can hold those words and a clause after a colon. */
const COMME_TAIL_WINDOW = 600;

/**
 * "Le chantier a pris du retard, comme l'a reconnu le maire.": the clause before the comma is
 * X's statement (the clitic stands for it). A comparison ("comme le dit le proverbe") is rare
 * after a full clause; X must still read as a speaker.
 */
function commeTrailing(text: string, s: Segment): Attribution[] {
  COMME_TAIL.lastIndex = 0;
  for (let m = COMME_TAIL.exec(s.text); m !== null; m = COMME_TAIL.exec(s.text)) {
    const hit = verbAt(text, s.start + m.index + m[0].length);
    if (hit === null || hit.pronoun !== null) continue;
    const speaker = phraseAfter(text, hit.end + 1);
    // The words left after X, read in a bounded window: more than fit in it are too many anyway
    // (rereading the rest of an endless sentence at every "comme" was quadratic).
    const to = speaker === null ? 0 : Math.min(s.end, speaker.end + COMME_TAIL_WINDOW);
    const tail = speaker === null ? '' : text.slice(speaker.end, to);
    if (speaker === null || to < s.end) continue;
    if (wordCountOf(tail.split(':')[0] ?? '') > MAX_COMME_TAIL_WORDS) continue;
    const comma = s.start + m.index + m[0].indexOf(',');
    return reported(span(text, s.start, comma), speaker, {
      verbStance: hit.stance,
      attribution: 'verb',
    });
  }
  return [];
}

/**
 * A stance announced before a colon: "Le directeur est formel : …", "Les experts ont un avis
 * unanime : …", "La ministre se veut rassurante : …". The words after the colon are the
 * subject's; the subject must read as a speaker ("Le constat est sans appel" names none).
 */
const STANCE_COLON = new RegExp(
  "\\s(?:est|sont|était|étaient|se montre|se montrent|se veut|se veulent|s['’]est montrée?|se dit|se disent)\\s+" +
    '(?:(?:très|plutôt|pourtant|toutefois|cependant|bien)\\s+)?' +
    '(?:formel(?:le)?s?|catégoriques?|clair(?:e)?s?|unanimes?|affirmati(?:f|ve)s?|rassurante?s?|optimistes?|pessimistes?|sceptiques?|confiante?s?|inquiète?s?|lucides?)' +
    '\\s*:|\\s(?:a|ont|avait|avaient)\\s+(?:un|une)\\s+(?:avis|position|opinion|réponse|explication)\\b[^:«»]{0,40}:',
  'u',
);

function stanceColon(text: string, s: Segment): Attribution[] {
  const m = STANCE_COLON.exec(s.text);
  if (m === null) return [];
  // "Les agences (Efsa en Europe, Anses en France) ont un avis …": the brackets' commas would
  // split the subject; it ends before them.
  const end = s.start + m.index;
  const bracket = /\s*\([^()]*\)\s*$/u.exec(text.slice(s.start, end));
  const speaker = subjectBefore(
    text,
    s.start,
    bracket === null ? end + 1 : s.start + bracket.index + 1,
  );
  const quote = span(text, s.start + m.index + m[0].length, s.end);
  return reported(quote, speaker, { verbStance: null, attribution: 'colon' });
}

/** A name in quotation marks in apposition to a speaker: "le journal “Le Temps”". */
const QUOTED_NAME = /^\s*[“«"]\s*(\p{Lu}[^”»"]{1,60}?)\s*[”»"]\s*$/u;
/** Words allowed between an inverted speaker and the colon ("“The Wall Street Journal”"). */
const MAX_BEFORE_COLON_WORDS = 8;

/**
 * "Le trafic a chuté, rappelle le président : les adhérents ne reviendront pas.": an inverted
 * incise whose speaker is followed by a colon frames two statements, the clause before it and
 * the one after the colon.
 */
export function incisedColon(text: string, s: Segment): Attribution[] {
  for (const hit of findVerbs(text, s.start, s.end)) {
    if (hit.pronoun !== null || !commaBefore(text, s.start, hit.start)) continue;
    const np = phraseAfter(text, hit.end + 1);
    if (np === null || !NP_START.test(np.text)) continue;
    // A bounded look for the colon, so a long sentence is not reread for every verb.
    const window = text.slice(np.end, Math.min(s.end, np.end + 200));
    const at = window.indexOf(':');
    if (at < 0) continue;
    const colon = np.end + at;
    const between = window.slice(0, at);
    if (/[.;!?]/u.test(between) || wordCountOf(between) > MAX_BEFORE_COLON_WORDS) continue;
    const how = { verbStance: hit.stance, attribution: 'verb' } as const;
    // "le journal américain “The Wall Street Journal”": the quoted name is who speaks.
    const title = QUOTED_NAME.exec(between);
    const named = title === null ? -1 : np.end + between.indexOf(title[1] ?? '');
    const speaker =
      title === null
        ? np
        : { text: title[1] ?? '', start: named, end: named + (title[1] ?? '').length };
    const before = reported(span(text, s.start, text.lastIndexOf(',', hit.start)), speaker, how);
    const after = reported(span(text, colon + 1, s.end), speaker, how);
    return [...before, ...after];
  }
  return [];
}

/** How far into a sentence the colon announcing speech is looked for. */
const SPEECH_COLON_WINDOW = 300;

/** "La rectrice a fait une annonce : les écoles rouvriront …" (speech-colon.ts). */
function speechColon(text: string, s: Segment): Attribution[] {
  const colon = s.text.slice(0, SPEECH_COLON_WINDOW).indexOf(':');
  if (colon < 0) return [];
  const speaker = speechBeforeColon(text, s.start, s.start + colon + 1);
  return reported(span(text, s.start + colon + 1, s.end), speaker, {
    verbStance: null,
    attribution: 'colon',
  });
}

/** The statements of a sentence in which the main patterns found none. */
export function constructionsOf(text: string, s: Segment): Attribution[] {
  const finds = [
    commeVerb,
    onLearns,
    learntFrom,
    selonInside,
    trailingIncise,
    statedIntent,
    cliticVerb,
  ];
  for (const find of [...finds, commeTrailing, stanceColon, speechColon]) {
    const found = find(text, s);
    if (found.length > 0) return found;
  }
  return [];
}
