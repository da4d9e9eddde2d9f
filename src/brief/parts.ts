/**
 * The parts of one story: synthesis from the sources' summaries, who-said-what per proposition,
 * main entities. Pure functions over the story's articles, best source first.
 */
import { entityKey, tokens, type ClaimRecord } from '../claims/index.js';
import type { Analysis, Claim, Stance } from '../types.js';
import { webUrl } from '../util/web-url.js';
import { canonicalEntity } from './canonical.js';
import { siteLabel } from './text.js';
import type { BriefClaim, BriefEntity, BriefProposition, LangText, Story } from './types.js';

/** One article of a story with its number in the sources list. */
export interface Numbered {
  analysis: Analysis;
  n: number;
}

/** Sentences of the best summary kept in the synthesis. */
const LEAD_SENTENCES = 2;
/** Other sources' sentences added when they say something new (2–3 sentences in all). */
const MAX_ADDITIONS = 1;
/** Share of a sentence's words already said above which it adds nothing. */
const NOT_NEW = 0.5;
/** Reading order of stances inside a proposition: the allegation first, denials after. */
const STANCE_ORDER: Record<Stance, number> = { asserts: 0, reports: 1, questions: 2, denies: 3 };

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+(?=[\p{Lu}«"“])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

function summaryText(a: Analysis): LangText | null {
  const text = a.summary.text ?? (a.summary.bullets.join(' ') || null);
  return text === null ? null : { text, lang: a.summary.lang };
}

/** The best source's first sentences, then the first sentence of others that adds words. */
export function synthesise(articles: Numbered[]): Story['synthesis'] {
  const [best, ...others] = articles;
  const lead = best && summaryText(best.analysis);
  if (!best || !lead) return [];
  const parts: Story['synthesis'] = [
    { text: sentences(lead.text).slice(0, LEAD_SENTENCES).join(' '), lang: lead.lang, site: null },
  ];
  const said = tokens(lead.text, lead.lang === 'fr' ? 'fr' : 'en');
  for (const other of others) {
    const summary = summaryText(other.analysis);
    const first = summary && sentences(summary.text)[0];
    if (!summary || !first) continue;
    const words = tokens(first, summary.lang === 'fr' ? 'fr' : 'en');
    const known = [...words].filter((w) => said.has(w)).length;
    if (words.size === 0 || known / words.size >= NOT_NEW) continue;
    words.forEach((w) => said.add(w));
    // Named even without a site name: an unnamed addition would read as the lead's own words.
    const { article, source } = other.analysis;
    const site = siteLabel(
      article.siteName,
      webUrl(article.canonicalUrl) ?? webUrl(article.url),
      source,
    );
    parts.push({ text: first, lang: summary.lang, site });
    if (parts.length > MAX_ADDITIONS) break; // the lead and MAX_ADDITIONS others
  }
  return parts;
}

/** The English claim, else its quote in the article's language. */
function claimText(claim: Claim, lang: string): LangText {
  return claim.claim === null ? { text: claim.quote, lang } : { text: claim.claim, lang: 'en' };
}

/** Claims grouped by proposition, then by claimant and stance, with every source quoting them. */
export function propositionsOf(
  articles: Numbered[],
  records: Map<string, ClaimRecord>,
  max: number,
): BriefProposition[] {
  const byProposition = new Map<string, Map<string, BriefClaim>>();
  for (const { analysis, n } of articles) {
    for (const claim of analysis.claims) {
      const id = records.get(claim.id)?.propositionId ?? claim.id;
      const claims = byProposition.get(id) ?? new Map<string, BriefClaim>();
      byProposition.set(id, claims);
      const who = `${entityKey(claim.claimant)}\u0000${claim.stance}`;
      const entry = claims.get(who) ?? {
        claimant: claim.claimant,
        stance: claim.stance,
        certainty: claim.certainty,
        text: claimText(claim, analysis.article.lang ?? 'fr'),
        quotes: [],
      };
      claims.set(who, entry);
      entry.quotes.push({
        quote: claim.quote,
        quoteEn: claim.quoteEn,
        source: n,
        claimId: claim.id,
      });
    }
  }
  const props = [...byProposition].map(([id, claims]) => ({
    id,
    claims: [...claims.values()].sort((a, b) => STANCE_ORDER[a.stance] - STANCE_ORDER[b.stance]),
  }));
  const weight = (p: BriefProposition): number =>
    p.claims.length * 100 + p.claims.reduce((sum, c) => sum + c.quotes.length, 0);
  return props.sort((a, b) => weight(b) - weight(a)).slice(0, max);
}

/** Entities named by most of the story's articles first; outlets naming themselves left out. */
export function mainEntities(articles: Numbered[], max: number): BriefEntity[] {
  const counts = new Map<string, BriefEntity & { articles: number }>();
  for (const { analysis } of articles) {
    const own = entityKey(analysis.article.siteName ?? '');
    const seen = new Set<string>();
    for (const e of analysis.entities) {
      const { key, name } = canonicalEntity(e.name, e.type);
      if (entityKey(e.name) === own || seen.has(key)) continue;
      seen.add(key);
      const entry = counts.get(key) ?? { name, type: e.type, articles: 0 };
      entry.articles++;
      counts.set(key, entry);
    }
  }
  const place = (e: BriefEntity): number => (e.type === 'LOCATION' || e.type === 'OTHER' ? 1 : 0);
  return [...counts.values()]
    .sort((a, b) => b.articles - a.articles || place(a) - place(b) || a.name.localeCompare(b.name))
    .slice(0, max)
    .map(({ name, type }) => ({ name, type }));
}
