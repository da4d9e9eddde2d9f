/**
 * Reading decisions shared by the Markdown and HTML renderers, so both show the same briefing:
 * the period line, the "In brief" line of a story, which side of a proposition a claim is on,
 * and which quotes stay unfolded.
 */
import type { BriefClaim, BriefProposition, BriefQuote, Briefing, Story } from './types.js';
import { countOf, formatRange } from './text.js';

/** Quotes of one claimant shown unfolded per story; the rest are folded under "N more". */
export const OPEN_QUOTES_PER_CLAIMANT = 3;

/** `Thu 4 Oct 2018, 02:00 – Fri 5 Oct 2018, 12:00 (Europe/Paris) · 2 stories · 3 articles`. */
export function periodLine(b: Briefing): string {
  return `${formatRange(b.since, b.until, b.timeZone)} · ${countOf(b.stories.length, 'story', 'stories')} · ${countOf(b.sources.length, 'article')}`;
}

/** `2 sources, contested`: what the "In brief" list says after a story's headline. */
export function storyFacts(s: Story): string {
  const facts = [countOf(s.sources.length, 'source')];
  if (s.contested) facts.push('contested');
  return facts.join(', ');
}

/** The two sides of a proposition: who asserts or reports it, who denies or questions it. */
export function sides(p: BriefProposition): { for: BriefClaim[]; against: BriefClaim[] } {
  return {
    for: p.claims.filter((c) => c.stance === 'asserts' || c.stance === 'reports'),
    against: p.claims.filter((c) => c.stance === 'denies' || c.stance === 'questions'),
  };
}

export interface ShownQuotes {
  open: BriefQuote[];
  folded: BriefQuote[];
}

/**
 * Splits every claim's quotes of a story into open and folded: each claimant keeps at most
 * OPEN_QUOTES_PER_CLAIMANT open quotes over the whole story (a live blog quoting the same
 * spokesman 24 times shows 3), in reading order.
 */
export function quotesOf(s: Story): Map<BriefClaim, ShownQuotes> {
  const openPerClaimant = new Map<string, number>();
  const shown = new Map<BriefClaim, ShownQuotes>();
  for (const p of s.propositions) {
    for (const c of p.claims) {
      const who = c.claimant.toLowerCase();
      const entry: ShownQuotes = { open: [], folded: [] };
      for (const q of c.quotes) {
        const open = openPerClaimant.get(who) ?? 0;
        if (open < OPEN_QUOTES_PER_CLAIMANT) {
          entry.open.push(q);
          openPerClaimant.set(who, open + 1);
        } else entry.folded.push(q);
      }
      shown.set(c, entry);
    }
  }
  return shown;
}
