/**
 * Statements introduced by the present participle of a reporting verb (issue 11, constructions
 * missed on real pages): "…, a poursuivi X, soulignant que …", "l'Arabie Saoudite condamnant
 * « … »", "le recours de la famille contestant le cadre …". The participle has no subject of its
 * own: it speaks for the speaker of the statement it follows in the sentence, else for the noun
 * phrase right before it.
 */
import type { Attribution } from './attribution.js';
import { isSpeakerPhrase, type Phrase } from './speaker.js';
import { tailStart, type Segment } from './text.js';
import { trieAlternation } from './trie-regex.js';
import { REPORTING_VERBS, type ReportingVerb } from './verbs.js';

/** Spelling of "-ant" after a stem: "annonc" → "annonçant", "jug" → "jugeant". */
function participleOfStem(stem: string): string {
  if (stem.endsWith('c')) return `${stem.slice(0, -1)}çant`;
  if (stem.endsWith('g')) return `${stem}eant`;
  return `${stem}ant`;
}

/** Present participles of a verb: from its stem, else from its present 3rd plural ("disent"). */
function participlesOf(v: ReportingVerb): string[] {
  if (v.stem !== undefined) return [participleOfStem(v.stem)];
  return (v.forms ?? [])
    .filter((f) => /^\p{L}+ent$/u.test(f) && !/aient$/u.test(f))
    .map((f) => `${f.slice(0, -3)}ant`);
}

/**
 * Verbs that report only as participles: "condamnant « … »" gives a view, while the finite
 * "a condamné X à deux ans" is a court's sentence, so condamner stays out of the verb tables.
 */
const PARTICIPLE_ONLY: ReportingVerb[] = [
  { lemma: 'condamner', stance: 'asserts', stem: 'condamn', predicate: 'request' },
];

/**
 * Participle → verb; reflexive verbs are left out (their participle needs "se"), and so are the
 * verbs of findings, which deny only in the negative: "un rapport montrant la pollution" shows.
 */
const BY_PARTICIPLE = new Map<string, ReportingVerb>();
for (const v of [...REPORTING_VERBS, ...PARTICIPLE_ONLY]) {
  if (v.reflexive === true || v.negatedOnly === true) continue;
  for (const p of participlesOf(v)) if (!BY_PARTICIPLE.has(p)) BY_PARTICIPLE.set(p, v);
}

/** The reporting verb of a present participle ("arguant" → arguer), if it is one. */
export function verbOfParticiple(word: string): ReportingVerb | undefined {
  return BY_PARTICIPLE.get(word.toLowerCase());
}

const PARTICIPLE = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(${trieAlternation([...BY_PARTICIPLE.keys()])})(?![\\p{L}\\p{N}])`,
  'giu',
);
/** "que" after the participle, maybe after an adverb ("arguant notamment que"). */
const QUE_AFTER = /^\s*(?:(?:\p{L}+ment|également|aussi|encore|même)\s+)?(?:que|qu['’])\s*/iu;
/**
 * Where the participle's statement stops: the sentence's end, a semicolon, a bracket or a dash,
 * a clause joined by a comma and a conjunction ("…, quand le Qatar dénonçait"), or a second
 * participle after "et" ("précisant que P et demandant …"), a statement of its own.
 */
const CLAUSE_END =
  /\s*(?:[;(—–]|,\s*(?:quand|alors|tandis|mais|et|lorsque|puis|pendant)\s)|\s+(?:et|puis)\s+(?=\p{Ll}+ant\s)|[\s.…!?]*$/u;
/** Characters a participle's statement may span before its clause ends. */
const MAX_STATEMENT = 600;
/** The noun phrase ending the text before a participle ("… de la famille Fraisse"). */
const NOUN_BEFORE =
  /(?:^|[\s,])((?:les|la|le|l['’]|des|un|une)\s*([\p{L}-]+(?:\s+\p{Lu}[\p{L}-]*)*))\s*$/u;

/**
 * A noun object alone makes a statement only for denials ("contestant le cadre") and, with a
 * quotation in it, for verbs whose verb phrase is the statement ("condamnant « … »");
 * "soulignant ses efforts", "rappelant leurs vacances", "condamnant l'entreprise à payer" state
 * nothing.
 */
function takesNounObject(v: ReportingVerb, phrase: string): boolean {
  if (v.stance === 'denies') return true;
  if (v.predicate === undefined) return false;
  return (v.predicate === 'request' && /[«“"]/u.test(phrase)) || INFINITIVE_AFTER.test(phrase);
}

/**
 * An infinitive complement makes a request or an accusation a statement ("demandant aux
 * habitants de rester …", "appelant ses supporters à rester calmes", "accusant X d'avoir …"),
 * as the finite verb phrase is one (attribution.ts); "demandant le silence" asks for a thing.
 */
const INFINITIVE_AFTER =
  /\s(?:de|d['’]|à)\s*(?:(?:ne\s+(?:pas|plus|jamais)\s+)?(?:se\s+|s['’]|l['’]|les?\s+|la\s+|y\s+|en\s+)?)\p{L}+(?:er|ir|re|oir)(?!\p{L})/iu;

/** The statement after a participle: its "que" clause, else the participle phrase. */
function statementOf(text: string, s: Segment, at: number, end: number, v: ReportingVerb) {
  const rest = text.slice(end, s.end);
  const que = QUE_AFTER.exec(rest);
  const from = que !== null ? end + que[0].length : at;
  // Read within a bounded window: a statement that runs past it has no end of its own here, and
  // an endless sentence of participles is not reread for each of them.
  const limit = Math.min(s.end, from + MAX_STATEMENT);
  const stop = CLAUSE_END.exec(text.slice(from, limit));
  // Only the sentence-end branch of CLAUSE_END matches nothing but spaces and final stops.
  if (limit < s.end && (stop === null || /^[\s.…!?]*$/u.test(stop[0]))) return null;
  const to = from + (stop?.index ?? limit - from);
  if (que === null && !takesNounObject(v, text.slice(from, to))) return null;
  if (to - from < 12) return null;
  return { start: from, end: to, text: text.slice(from, to), que: que !== null };
}

/** The speaker: of the statement before it in the sentence, else the noun phrase before it. */
function speakerOf(text: string, s: Segment, at: number, before: Attribution[]): Phrase | null {
  const last = before.filter((a) => a.quote.end <= at && a.speaker.start >= s.start).pop();
  const lead = text.slice(Math.max(s.start, at - 12), at);
  // A gerund (", en affirmant que …") has the subject of the sentence, the speaker before it.
  // After "et" the participle is coordinated to one before it, of the same speaker.
  if (last !== undefined && /(?:,|\s(?:et|puis))\s*(?:en\s+)?$/u.test(lead)) return last.speaker;
  if (/(?:^|\s)en\s+$/u.test(lead)) return null;
  const from = tailStart(text, s.start, at);
  const m = NOUN_BEFORE.exec(text.slice(from, at));
  if (m === null) return null;
  const noun = /^\p{Lu}/u.test(m[2] ?? '') ? (m[1] ?? '') : (m[2] ?? '');
  const start = from + m.index + m[0].indexOf(noun);
  return isSpeakerPhrase(noun) ? { text: noun, start, end: start + noun.length } : null;
}

/** Participle statements of one sentence, given the statements already found in the text. */
export function participleAttributions(
  text: string,
  s: Segment,
  found: Attribution[],
): Attribution[] {
  const out: Attribution[] = [];
  const inSentence = found.filter((a) => a.quote.start < s.end && a.quote.end > s.start);
  const slice = text.slice(0, s.end);
  PARTICIPLE.lastIndex = s.start;
  for (let m = PARTICIPLE.exec(slice); m !== null; m = PARTICIPLE.exec(slice)) {
    const verb = BY_PARTICIPLE.get((m[1] ?? '').toLowerCase());
    if (verb === undefined) continue;
    const at = m.index;
    const quote = statementOf(text, s, at, at + m[0].length, verb);
    // A statement found already inside the phrase (its "que" clause) is not repeated; one that
    // holds the whole sentence ("La Cour a rejeté le pourvoi des riverains contestant …") is
    // another statement.
    if (
      quote === null ||
      inSentence.some((a) => a.quote.start >= at && a.quote.start < quote.end)
    ) {
      continue;
    }
    const speaker = speakerOf(text, s, at, inSentence);
    if (speaker === null) continue;
    const { que, ...span } = quote;
    out.push({
      quote: span,
      speaker,
      verbStance: verb.stance,
      attribution: 'verb',
      bridge: '',
      kind: 'reported',
      concordance: que,
    });
  }
  return out;
}
