/**
 * A small English attribution layer, since non-French pages are analysed too: "X said (that) …",
 * "X told Reuters (that) …", "X asked Y for …", "X described Y as …", "According to X, …".
 * Reporting verbs are data, like the French table in verbs.ts; the statement runs from the verb
 * to the end of the clause.
 */
import type { Stance } from '../types.js';
import type { Attribution } from './attribution.js';
import type { Phrase } from './speaker.js';
import { trimSegment, wordCountOf, type Segment } from './text.js';

interface EnglishVerb {
  forms: string[];
  stance: Stance;
  /** "told Reuters that …": an indirect object may sit between the verb and "that". */
  object?: boolean;
  /** "described X as …": only a reporting verb when "as" follows its object. */
  as?: boolean;
}

/** English reporting verbs (3rd person present and past), by stance. */
const ENGLISH_VERBS: EnglishVerb[] = [
  { forms: ['says', 'said', 'say'], stance: 'asserts' },
  { forms: ['tells', 'told'], stance: 'asserts', object: true },
  { forms: ['states', 'stated'], stance: 'asserts' },
  { forms: ['adds', 'added'], stance: 'asserts' },
  { forms: ['claims', 'claimed'], stance: 'asserts' },
  { forms: ['argues', 'argued'], stance: 'asserts' },
  { forms: ['warns', 'warned'], stance: 'asserts' },
  { forms: ['explains', 'explained'], stance: 'asserts' },
  { forms: ['announces', 'announced'], stance: 'asserts' },
  { forms: ['confirms', 'confirmed'], stance: 'asserts' },
  { forms: ['insists', 'insisted'], stance: 'asserts' },
  { forms: ['asks', 'asked'], stance: 'asserts', object: true },
  { forms: ['urges', 'urged'], stance: 'asserts', object: true },
  { forms: ['demands', 'demanded'], stance: 'asserts' },
  { forms: ['describes', 'described'], stance: 'asserts', as: true },
  { forms: ['denies', 'denied'], stance: 'denies' },
  { forms: ['rejects', 'rejected'], stance: 'denies' },
  { forms: ['disputes', 'disputed'], stance: 'denies' },
  { forms: ['reports', 'reported'], stance: 'reports' },
  { forms: ['reveals', 'revealed'], stance: 'reports' },
  { forms: ['wonders', 'wondered'], stance: 'questions' },
];

const BY_FORM = new Map(ENGLISH_VERBS.flatMap((v) => v.forms.map((f) => [f, v] as const)));
const VERB_RE = new RegExp(
  `(?<![\\p{L}'’-])(?:has\\s+|have\\s+|had\\s+)?(${[...BY_FORM.keys()].join('|')})(?![\\p{L}])`,
  'gu',
);

/** Subject pronouns of English ("they say"), resolved later like "il"/"elle". */
const PRONOUN = /^(?:he|she|they|it|we)$/iu;
/** Head nouns that make a lower-case English phrase a plausible speaker. */
const SPEAKER_NOUN =
  /\b(?:report|study|survey|officials?|spokes(?:man|woman|person)|researchers?|experts?|analysts?|company|government|ministry|agency|sources?|police|investigators?|lawyers?|statement)\b/iu;
/** Subordinators and relatives: the subject starts after them ("The episode comes as X said"). */
const SUBORDINATOR = /\b(?:as|that|because|while|when|after|before|since|although|and|but)\s+/giu;

/** The English subject right before a verb: the last comma piece that is not a relative clause. */
function subjectOf(text: string, from: number, verbStart: number): Phrase | null {
  const pieces = [...text.slice(from, verbStart).matchAll(/[^,]+/gu)];
  for (let i = pieces.length - 1; i >= 0; i--) {
    const piece = pieces[i];
    if (piece === undefined || piece[0].trim().length === 0) continue;
    if (/^\s*(?:who|which|whose)\b/iu.test(piece[0])) continue;
    let offset = from + piece.index;
    let body = piece[0];
    for (const m of body.matchAll(SUBORDINATOR)) {
      const after = body.slice(m.index + m[0].length);
      if (after.trim().length > 0) {
        offset += m.index + m[0].length;
        body = after;
        break;
      }
    }
    const seg = trimSegment({ start: offset, end: offset + body.length, text: body });
    const words = wordCountOf(seg.text);
    if (words === 0 || words > 8) return null;
    const plausible =
      PRONOUN.test(seg.text) || /(?:^|\s)\p{Lu}/u.test(seg.text) || SPEAKER_NOUN.test(seg.text);
    return plausible ? { text: seg.text, start: seg.start, end: seg.end } : null;
  }
  return null;
}

/** Where an English reported clause stops: a new clause with its own subject, or an adverbial. */
const CLAUSE_END =
  /,\s+(?:and|but|while|whereas)\s+(?:he|she|it|they|we)\b|,\s+(?:\p{L}+\s+){0,2}(?:after|before|while|since|when)\s/iu;

/** A statement span from `start` to the end of its clause; null when too short. */
function clause(text: string, start: number, end: number): Segment | null {
  const raw = text.slice(start, end);
  const stop = CLAUSE_END.exec(raw);
  const body = (stop ? raw.slice(0, stop.index) : raw).replace(/[\s.,;:!]+$/u, '');
  const seg = trimSegment({ start, end: start + body.length, text: body });
  return wordCountOf(seg.text) >= 3 ? seg : null;
}

/** "According to X, …" at the start of a sentence. */
function accordingTo(text: string, s: Segment): Attribution | null {
  const m = /^(?:but\s+|and\s+)?according\s+to\s+([^,]{2,80}?)\s*,/iu.exec(s.text);
  if (m === null) return null;
  const name = m[1] ?? '';
  const start = s.start + m[0].indexOf(name);
  const quote = clause(text, s.start + m[0].length, s.end);
  if (quote === null) return null;
  return {
    quote,
    speaker: { text: name, start, end: start + name.length },
    verbStance: null,
    attribution: 'according',
    bridge: '',
    kind: 'reported',
  };
}

/** The English reported statement of one sentence, if it has one. */
export function attributeEnglish(text: string, s: Segment): Attribution | null {
  const according = accordingTo(text, s);
  if (according !== null) return according;
  const slice = text.slice(0, s.end);
  VERB_RE.lastIndex = s.start;
  for (let m = VERB_RE.exec(slice); m !== null; m = VERB_RE.exec(slice)) {
    const verb = BY_FORM.get((m[1] ?? '').toLowerCase());
    if (verb === undefined) continue;
    const speaker = subjectOf(text, s.start, m.index);
    if (speaker === null) continue;
    let start = m.index + m[0].length;
    const rest = text.slice(start, s.end);
    if (verb.as === true) {
      const as = /^\s*[^,.;]{1,60}?\s+as\s/u.exec(rest);
      if (as === null) continue;
    }
    const object = verb.object === true ? /^\s*(?:[^\s,.;]+\s+){1,3}?(?=that\s)/u.exec(rest) : null;
    if (object !== null) start += object[0].length;
    const that = /^\s*that\s+/iu.exec(text.slice(start, s.end));
    if (that !== null) start += that[0].length;
    const quote = clause(text, start, s.end);
    if (quote === null) continue;
    return {
      quote,
      speaker,
      verbStance: verb.stance,
      attribution: 'verb',
      bridge: '',
      kind: 'reported',
    };
  }
  return null;
}
