/**
 * The life of one proposition: every claim linked to it (link.ts), as a timeline of appearances
 * — who asserted, who denied, when, where — oldest first, with the claimants grouped by stance.
 */
import { STANCES, type Certainty, type Stance } from '../types.js';
import { propositionOf } from './filter.js';
import type { ClaimRecord } from './records.js';

/** One appearance of one claim of the proposition. */
export interface PropositionEvent {
  /** ISO UTC; null when the page gave no date and it came from no store. */
  at: string | null;
  claimId: string;
  claimant: string;
  stance: Stance;
  certainty: Certainty;
  /** English proposition as this claim words it; null from the rules engine. */
  claim: string | null;
  site: string | null;
  url: string | null;
  title: string | null;
  quote: string;
  quoteEn: string | null;
}

export interface PropositionLife {
  propositionId: string;
  /** The earliest English wording, else null (rules engine: see the quotes). */
  claim: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  /** Claimants per stance, in order of first appearance; every stance is present. */
  claimants: Record<Stance, string[]>;
  /** Oldest first; undated last. */
  events: PropositionEvent[];
}

/** The life of the proposition `id` names (or of the claim `id`'s), or null when unknown. */
export function propositionLife(records: ClaimRecord[], id: string): PropositionLife | null {
  const propositionId = propositionOf(records, id);
  const members = records.filter((r) => r.propositionId === propositionId);
  if (members.length === 0) return null;
  const events = members.flatMap(eventsOf).sort(byTime);
  const claimants = Object.fromEntries(STANCES.map((s) => [s, [] as string[]])) as Record<
    Stance,
    string[]
  >;
  for (const e of events) {
    if (!claimants[e.stance].includes(e.claimant)) claimants[e.stance].push(e.claimant);
  }
  const dated = events.filter((e) => e.at !== null);
  return {
    propositionId,
    claim: events.find((e) => e.claim !== null)?.claim ?? null,
    firstSeen: dated[0]?.at ?? null,
    lastSeen: dated[dated.length - 1]?.at ?? null,
    claimants,
    events,
  };
}

function eventsOf(r: ClaimRecord): PropositionEvent[] {
  return r.appearances.map((a) => ({
    at: a.publishedAt,
    claimId: r.id,
    claimant: r.claimant,
    stance: r.stance,
    certainty: r.certainty,
    claim: r.claim,
    site: a.site,
    url: a.url,
    title: a.title,
    quote: a.quote,
    quoteEn: a.quoteEn,
  }));
}

/** Oldest first, undated last; ties by claim id so the order is stable. */
function byTime(a: PropositionEvent, b: PropositionEvent): number {
  if (a.at !== b.at) {
    if (a.at === null) return 1;
    if (b.at === null) return -1;
    return a.at < b.at ? -1 : 1;
  }
  return a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0;
}
