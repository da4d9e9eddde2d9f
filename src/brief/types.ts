/**
 * The morning briefing as data: what `buildBriefing` produces and both renderers read. Text is
 * raw (never escaped here); `lang` says whether a text is English or a French fallback from the
 * rules engine, so renderers can mark it.
 */
import type { Certainty, EntityType, Stance } from '../types.js';

/** A text with its language: `en`, or `fr` when the engine gave no English. */
export interface LangText {
  text: string;
  lang: string;
}

/** One article of the period, numbered in `Briefing.sources` (1-based). */
export interface BriefSource {
  /** Position in `Briefing.sources`, from 1. */
  n: number;
  site: string | null;
  /** What the briefing calls it: site name, else host, else file name (text.ts `siteLabel`). */
  label: string;
  /** The article's own (French) title. */
  title: string | null;
  /** Canonical URL, else URL; null for stdin. */
  url: string | null;
  /** ISO UTC; null when the page gives none. */
  publishedAt: string | null;
  /** 1-based number of the story it belongs to; null for reader forums. */
  story: number | null;
}

/** One place a claimant's claim was reported. */
export interface BriefQuote {
  /** Verbatim French passage. */
  quote: string;
  quoteEn: string | null;
  /** `BriefSource.n`. */
  source: number;
  claimId: string;
}

/** Who said what: one claimant's stance on a proposition, with every source quoting it. */
export interface BriefClaim {
  claimant: string;
  stance: Stance;
  certainty: Certainty;
  /** The English proposition, else the French quote (lang `fr`). */
  text: LangText;
  quotes: BriefQuote[];
}

/** Claims about one proposition, assertions first and denials after, side by side. */
export interface BriefProposition {
  id: string;
  claims: BriefClaim[];
}

export interface BriefEntity {
  name: string;
  type: EntityType;
}

export interface Story {
  /** 1-based rank; also the story's number in the entity index. */
  n: number;
  /** The best source's summary headline (else its French title). */
  headline: LangText;
  /** The best source's summary, then what other sources add; each part names its site. */
  synthesis: (LangText & { site: string | null })[];
  propositions: BriefProposition[];
  /** Main entities, most mentioned first. */
  entities: BriefEntity[];
  /** `BriefSource.n` of its articles, best source first. */
  sources: number[];
  /** ISO UTC of its newest article; null when none is dated. */
  latest: string | null;
  /** True when someone denies or questions what someone else asserts or reports. */
  contested: boolean;
  /** Claims made in its articles, all propositions counted. */
  claims: number;
}

/** A followed source that failed its last runs, for the footer (failing.ts). */
export interface BriefFailingSource {
  /** Its name, else its host; secrets masked. */
  label: string;
  /** Secrets (a private feed's token) masked. */
  url: string;
  /** Runs in a row that failed. */
  runs: number;
  /** Code of the last error; null when unknown. */
  errorCode: string | null;
  /** ISO UTC of its last successful fetch; null when it never worked. */
  lastOkAt: string | null;
}

export interface Briefing {
  title: string;
  /** Period covered, ISO UTC. */
  since: string;
  until: string;
  /** IANA time zone the renderers show times in. */
  timeZone: string;
  stories: Story[];
  /** Every entity of the period, by name, with the stories it appears in. */
  entityIndex: (BriefEntity & { stories: number[] })[];
  /** Press articles, numbered; each once. */
  sources: BriefSource[];
  /** Reader forum threads and comment pages of the period: not press, never in a story. */
  forums: BriefSource[];
  /** Followed sources failing run after run, worst first; empty when none or unknown. */
  failingSources: BriefFailingSource[];
}
