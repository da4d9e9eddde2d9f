/**
 * The reporting verb of an attributed statement, found again from its speaker and its quote, so
 * the stance can depend on the verb itself ("déplore" states a lack where "assure" denies), not
 * only on the stance class the verb carries. Bounded windows: linear in the article.
 */
import type { Attribution } from './attribution.js';
import { findVerbs } from './verb-match.js';

/** How far from its speaker or its quote a statement's verb is looked for. */
const WINDOW = 80;
/** A speaker that is only a subject pronoun, and how far past it its participle may stand. */
const PRONOUN_ONLY = /^(?:il|elle|ils|elles|on)$/iu;
const PAST_PRONOUN = 30;

/** Lemma of the reporting verb of a statement attributed by a verb, if found near it. */
export function statementVerb(text: string, att: Attribution): string | undefined {
  if (att.attribution !== 'verb') return undefined;
  const { quote, speaker } = att;
  // Inverted: "« … », déplore X" or "…, regrette le maire": the verb is between quote and speaker.
  // An inverted pronoun sits inside its verb phrase ("», a-t-elle raconté"): read past it.
  if (speaker.start >= quote.end) {
    const to = PRONOUN_ONLY.test(speaker.text) ? speaker.end + PAST_PRONOUN : speaker.start;
    return findVerbs(text, quote.end, Math.min(to, quote.end + WINDOW, text.length))[0]?.lemma;
  }
  // "X déplore que …": after the speaker, before the quote; a verb phrase statement starts at
  // the verb itself ("X regrette de …"), so its first words are searched too.
  const to = quote.start > speaker.end ? quote.start + WINDOW : quote.end;
  return findVerbs(text, speaker.end, Math.min(to, speaker.end + WINDOW, text.length))[0]?.lemma;
}
