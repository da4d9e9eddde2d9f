/**
 * Stances given in the passive: "des accusations démenties en bloc par Apple", "des travaux
 * aujourd'hui rejetés par la communauté scientifique", "ce colorant était considéré comme sans
 * danger par l'agence". The agent after "par" is the speaker; no active reporting verb shows, so
 * the active patterns of attribution.ts never see these.
 *
 * Two shapes, two spans (as the gold of the samples and of the real pages annotate them):
 * - a clause in the passive ("ces chiffres sont contestés par X"): the clause is what X says,
 *   so the statement is the clause without its agent, as a reported clause without its verb;
 * - an apposition or a reduced relative ("…, des faits démentis par X", "le remède, vanté par X
 *   pour …,"): the participle phrase is the statement, its agent included, up to the end of
 *   the apposition.
 */
import type { Stance } from '../types.js';
import type { Attribution } from './attribution.js';
import type { Phrase } from './speaker.js';
import type { Segment } from './text.js';
import { trieAlternation } from './trie-regex.js';
import { VERB_ADVERBS, WB_AFTER, WB_BEFORE } from './verbs.js';

/**
 * Participles (masculine singular) whose passive attributes a stance to the agent. Only verbs
 * of rejecting and of judging: "annoncé par", "révélé par", "demandé par" mostly name a thing
 * ("le plan annoncé par le gouvernement"), not a proposition anyone holds.
 */
const PASSIVE_PARTICIPLES: Array<[participle: string, stance: Stance]> = [
  // Rejecting a statement, an accusation or a demand (verbs.ts and LVF's denial verbs).
  ['démenti', 'denies'],
  ['contesté', 'denies'],
  ['nié', 'denies'],
  ['réfuté', 'denies'],
  ['rejeté', 'denies'],
  ['récusé', 'denies'],
  ['balayé', 'denies'],
  ['désavoué', 'denies'],
  // Judging, praising, blaming: the agent asserts the judgement.
  ['vanté', 'asserts'],
  ['considéré', 'asserts'],
  ['jugé', 'asserts'],
  ['qualifié', 'asserts'],
  ['dénoncé', 'asserts'],
  ['critiqué', 'asserts'],
  ['salué', 'asserts'],
  ['accusé', 'asserts'],
  ['soupçonné', 'asserts'],
  ['confirmé', 'asserts'],
  ['recommandé', 'asserts'],
  ['préconisé', 'asserts'],
];

/** Participle (any gender and number, lower case) → stance. */
const STANCE_OF = new Map<string, Stance>(
  PASSIVE_PARTICIPLES.flatMap(([p, stance]) =>
    (p.endsWith('s') ? [p, `${p}e`, `${p}es`] : [p, `${p}e`, `${p}s`, `${p}es`]).map(
      (f): [string, Stance] => [f, stance],
    ),
  ),
);

/** Words allowed between the participle and "par" ("en bloc", "comme sans danger pour …"). */
const MAX_GAP = 80;
/** A participle, then words without punctuation, then "par": the agent follows. */
const PASSIVE = new RegExp(
  `${WB_BEFORE}(?<part>${trieAlternation(STANCE_OF.keys())})${WB_AFTER}(?<gap>[^.;:!?,()«»"“”\\n]{0,${MAX_GAP}}?)\\s+par\\s+`,
  'giu',
);

const ADVERB = `(?:(?:${trieAlternation(VERB_ADVERBS)}|\\p{L}+ment|aujourd['’]hui|désormais|depuis longtemps)\\s+)`;
/** "être" before the participle: a clause in the passive; adverbs may sit between. */
const ETRE_BEFORE = new RegExp(
  `(?:^|\\s)(?<neg>n['’]|ne\\s+)?(?:est|sont|était|étaient|fut|furent|sera|seront|serait|seraient|(?:a|ont|avait|avaient|aura|auront|aurait|auraient)\\s+(?:(?:pas|jamais|plus|guère)\\s+)?été)\\s+${ADVERB}{0,2}$`,
  'iu',
);
/** Adverbs right before the participle belong to the apposition ("aujourd'hui unanimement rejetés"). */
const ADVERBS_BEFORE = new RegExp(`${ADVERB}{1,3}$`, 'iu');
/** A comma this close before the participle opens its apposition ("…, des faits démentis"). */
const APPOSITION_HEAD = /,\s*((?:[^,;:]\s*){0,40})$/u;

/** Where the agent's noun phrase stops: punctuation, a complement or a new clause. */
const AGENT_STOP =
  /[.;:!?()«»"“”]|,(?!\s*\p{Lu})|\s(?:dès|pour|lors|depuis|en|dans|avec|sur|sous|afin|alors|qui|que|qu['’]|dont|car|mais|parce|comme|puis|avant|après|pendant|selon|contre|jusqu\p{L}*|ce|cette|le\s+\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?!\p{L})/u;
/** Heads after "par" that name no one: "par la suite", "par écrit", "par 54 voix". */
const NOT_AGENT =
  /^(?:la suite|ailleurs|exemple|conséquent|contre|rapport|le biais|la voie|voie|écrit|hasard|défaut|principe|erreur|endroits?|moments?|mail|courrier|téléphone|an|jour|mois|semaine|\d)/iu;
/** An agent opens on a determiner or a capital (a name). */
const AGENT_START =
  /^(?:(?:le|la|les|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs|plusieurs|certains|certaines|de nombreux|de nombreuses|nombre de)\s|l['’]|\p{Lu})/u;
const MAX_AGENT_WORDS = 14;

/** The noun phrase after "par" at `pos`, or null when it names no one. */
function agentAt(text: string, pos: number, end: number): Phrase | null {
  const window = text.slice(pos, Math.min(end, pos + 160));
  if (NOT_AGENT.test(window) || !AGENT_START.test(window)) return null;
  const stop = AGENT_STOP.exec(window);
  const raw = (stop === null ? window : window.slice(0, stop.index)).trimEnd();
  const words = raw.split(/\s+/u).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > MAX_AGENT_WORDS) return null;
  return { text: raw, start: pos, end: pos + raw.length };
}

/** Where an apposition ends: at a comma before lower-case words, a colon or the sentence end. */
const APPOSITION_END = /[;:()«»"“”]|,(?!\s*\p{Lu})|[.!?…]+\s*$/u;

const segment = (text: string, start: number, end: number): Segment => ({
  start,
  end,
  text: text.slice(start, end),
});

/** The statement of a clause in the passive: its subject up to "par". */
function clauseStatement(text: string, s: Segment, partStart: number, parStart: number): Segment {
  const before = text.slice(s.start, partStart);
  // The clause opens after the last comma, colon or "que" before the participle.
  const open = /(?:^|[,;:]\s*|(?<!\p{L})(?:que\s+|qu['’]))(?=[^,;:]*$)/iu.exec(before);
  const start = s.start + (open === null ? 0 : open.index + open[0].length);
  return segment(text, start, parStart);
}

/**
 * How far back the patterns anchored at the participle look: each spans a few words (a comma and
 * 40 characters, three adverbs, "n'a pas été"), so a bounded window gives the same matches;
 * matching them on everything before the participle read a long sentence once per participle.
 */
const LOOKBACK = 400;

/** Start of the window of `text` before `pos` that the anchored patterns read. */
const lookbackFrom = (s: Segment, pos: number): number => Math.max(s.start, pos - LOOKBACK);

/** The statement of an apposition: from the comma that opens it to where it closes. */
function appositionStatement(
  text: string,
  s: Segment,
  partStart: number,
  agentEnd: number,
): Segment {
  const from = lookbackFrom(s, partStart);
  const before = text.slice(from, partStart);
  const head = APPOSITION_HEAD.exec(before);
  const adverbs = ADVERBS_BEFORE.exec(before);
  const words = head?.[1]?.trim() ?? '';
  const start =
    head !== null && words !== '' && words.split(/\s+/u).length <= 7
      ? from + head.index + head[0].length - (head[1]?.length ?? 0)
      : partStart - (adverbs?.[0].length ?? 0);
  const rest = text.slice(agentEnd, s.end);
  const close = APPOSITION_END.exec(rest);
  const end = agentEnd + (close === null ? rest.length : close.index);
  return segment(text, start, end);
}

/** The passive statements of one sentence, outside the spans `skip` (direct quotations). */
export function passiveAttributions(
  text: string,
  s: Segment,
  skip: (pos: number) => boolean,
): Attribution[] {
  const out: Attribution[] = [];
  // Most sentences have no agent at all: skip the participle scan for them (speed, issue 11).
  if (!/\spar\s/iu.test(s.text)) return out;
  for (const m of s.text.matchAll(PASSIVE)) {
    const part = m.groups?.['part'] ?? '';
    const stance = STANCE_OF.get(part.toLowerCase());
    const partStart = s.start + m.index;
    if (stance === undefined || skip(partStart)) continue;
    const agent = agentAt(text, partStart + m[0].length, s.end);
    if (agent === null) continue;
    const etre = ETRE_BEFORE.exec(text.slice(lookbackFrom(s, partStart), partStart));
    // "n'a jamais été contestée par": the negated passive rejects nothing.
    if (etre?.groups?.['neg'] !== undefined) continue;
    const parStart = partStart + m[0].length - /\s+par\s+$/iu.exec(m[0])![0].length;
    const quote =
      etre !== null
        ? clauseStatement(text, s, partStart, parStart)
        : appositionStatement(text, s, partStart, agent.end);
    if (quote.text.trim().split(/\s+/u).length < 3) continue;
    out.push({
      quote,
      speaker: agent,
      verbStance: stance,
      attribution: 'verb',
      bridge: '',
      kind: 'reported',
      aside: true,
    });
  }
  return out;
}
