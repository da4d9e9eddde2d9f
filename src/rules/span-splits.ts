/**
 * Step 0 of span normalisation (spans.ts): one statement that runs on into another is split
 * before spans are normalised: another speaker's statement after a conjunction
 * (`splitSpeakers`), a participle's clause or act after the statement (`splitParticiple`,
 * `splitAct`). Each split looks only inside the statement's sentence (a bounded window).
 */
import type { Attribution } from './attribution.js';
import { normaliseSpan } from './spans.js';
import {
  from,
  MARKS,
  speechParticiple,
  SPLIT_WINDOW,
  statementStart,
  upTo,
} from './statement-start.js';
import { findVerbs } from './verb-match.js';
import { verbOfParticiple } from './participles.js';

/** "…, arguant notamment que P": a present participle of a reporting verb and its clause. */
const PARTICIPLE_CLAUSE =
  /,\s*(\p{L}+ant)\s+(?:(?:\p{L}+ment|également|aussi|encore|même)\s+)?(?:que|qu['’])\s*/giu;

/**
 * Step 0: a reported statement that runs on into a participle's clause ("se défend de toute
 * similarité …, arguant notamment que P") is two statements of the same speaker: the first up to
 * the comma, then P with the participle's stance. participles.ts finds such clauses only where no
 * statement covers them already.
 */
function splitParticiple(text: string, att: Attribution): Attribution[] {
  if (att.kind !== 'reported') return [att];
  const { quote } = att;
  for (const m of quote.text.matchAll(PARTICIPLE_CLAUSE)) {
    const verb = verbOfParticiple(m[1] ?? '');
    if (verb === undefined) continue;
    const first = upTo(text, quote, quote.start + m.index);
    const second = from(text, quote, quote.start + m.index + m[0].length);
    if (first === null || second === null) continue;
    const head: Attribution = { ...att, quote: first };
    const tail: Attribution = {
      ...att,
      quote: second,
      verbStance: verb.stance,
      bridge: '',
      concordance: true,
    };
    return [head, tail];
  }
  return splitAct(text, att);
}

/**
 * A reported statement followed by the speaker's next act in a participle (", soulignant son
 * attachement …", ", demandant aux riverains de …") ends at its comma; the act is a statement of
 * its own, verb kept, only for a request or a denial, as participles.ts reads it.
 */
function splitAct(text: string, att: Attribution): Attribution[] {
  const { quote } = att;
  const act = speechParticiple(quote.text.slice(0, SPLIT_WINDOW));
  if (act === null || MARKS.test(quote.text.slice(act.index))) return [att];
  const first = upTo(text, quote, quote.start + act.index);
  if (first === null) return [att];
  const head: Attribution = { ...att, quote: first };
  const { verb } = act;
  if (verb.stance !== 'denies' && verb.predicate !== 'request') return [head];
  const lead = /^,\s*/u.exec(quote.text.slice(act.index))?.[0].length ?? 1;
  const second = from(text, quote, quote.start + act.index + lead);
  if (second === null) return [head];
  return [head, { ...att, quote: second, verbStance: verb.stance, bridge: '' }];
}

/**
 * A conjunction and the subject of another speaker right before a reporting verb ("… et la
 * préfecture a confirmé", "…, mais son avocat affirme", "…, tandis que les syndicats dénoncent"):
 * the subject opens with a determiner or a capital; "et que" continues the same clause.
 */
const CONJUNCTION_AND_SUBJECT = String.raw`(,\s*|\s)(?:et|mais|tandis\s+que|alors\s+que|puis)\s+((?:(?:le|la|les|un|une|des|son|sa|ses|leur|leurs|ce|cet|cette|ces)\s+|l['’]|\p{Lu})[^,;:«»"“”]{0,60}?)`;
const NEXT_SPEAKER = new RegExp(`${CONJUNCTION_AND_SUBJECT}\\s*$`, 'u');
/**
 * A finite verb in the words before the conjunction: an auxiliary, or an imperfect, conditional
 * or future ending (nouns end in -ent or -é too: "le président", "le député"). Without one, the
 * conjunction joins two subjects of one verb ("le maire de la ville et la préfète ont annoncé
 * …"), not two statements.
 */
const FINITE =
  /(?<!\p{L})(?:est|sont|a|ont|avait|avaient|aurait|auraient|serait|seraient|sera|seront|était|étaient|soit|soient|va|vont|doit|doivent|peut|peuvent|faut|reste|restent)(?!\p{L})|\p{L}{2,}(?:ait|aient|era|eront)(?!\p{L})/u;
/** A conjunction and a subject anywhere in a statement (`NEXT_SPEAKER` without its anchor). */
const CONJUNCTION_SUBJECT = new RegExp(CONJUNCTION_AND_SUBJECT, 'u');
/** How far before a verb its subject and the conjunction are looked for. */
const NEXT_SPEAKER_WINDOW = 100;

/**
 * Step 0': a reported statement running on into another speaker's ("Le maire a affirmé que A et
 * la préfecture a confirmé B", "Selon X, A, mais son avocat affirme que B") is two statements,
 * the second with its own speaker, as written (claimants.ts resolved the first one only).
 */
function splitSpeakers(text: string, att: Attribution): Attribution[] {
  if (att.kind !== 'reported') return [att];
  const { quote } = att;
  const end = Math.min(quote.end, quote.start + SPLIT_WINDOW);
  // Verbs are looked for only where a conjunction and a subject may open another statement.
  if (!CONJUNCTION_SUBJECT.test(text.slice(quote.start, end))) return [att];
  const hits = findVerbs(text, quote.start, end).filter(
    (h) => h.pronoun === null && h.start > Math.max(att.speaker.end, quote.start),
  );
  // The first finite verb, found once: testing the words before each conjunction again would
  // read a long sentence once per verb.
  const finite = FINITE.exec(text.slice(quote.start, end));
  const firstFinite = finite === null ? Infinity : quote.start + finite.index;
  for (const hit of hits) {
    const from0 = Math.max(quote.start, hit.start - NEXT_SPEAKER_WINDOW);
    const m = NEXT_SPEAKER.exec(text.slice(from0, hit.start));
    if (m === null) continue;
    const cut = from0 + m.index;
    if (firstFinite >= cut) continue;
    const head = upTo(text, quote, cut);
    const subject = m[2] ?? '';
    const subjectStart = from0 + m.index + m[0].indexOf(subject, (m[1] ?? '').length);
    const start = statementStart(text, hit, quote.end) ?? subjectStart;
    const tail = from(text, quote, start);
    if (head === null) continue;
    const first: Attribution = { ...att, quote: head };
    if (tail === null) return [first];
    const speaker = {
      text: subject.trim(),
      start: subjectStart,
      end: subjectStart + subject.trim().length,
    };
    return [
      first,
      { ...att, quote: tail, speaker, verbStance: hit.stance, attribution: 'verb', bridge: '' },
    ];
  }
  return [att];
}

/**
 * The statements of one attribution, spans following the convention: usually one, two when a
 * participle's clause ran on after the first (step 0) or another speaker's statement follows it
 * in the same sentence (step 0').
 */
export function normaliseSpans(text: string, att: Attribution): Attribution[] {
  const parts = splitSpeakers(text, att).flatMap((a) => splitParticiple(text, a));
  return parts.map((a) => normaliseSpan(text, a));
}
