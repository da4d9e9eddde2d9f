/**
 * Analyses of a period → a morning briefing: articles grouped into stories (stories.ts), ranked,
 * each with a headline, a synthesis, who-said-what per proposition, main entities and numbered
 * sources; an entity index and the source list at the end.
 *
 *   const b = buildBriefing(store.analysesSince(since), { since });
 *   writeFile('brief.html', renderBriefingHtml(b));
 */
import { articleKey } from '../analyse/ids.js';
import {
  entityKey,
  recordsFromAnalyses,
  type ClaimRecord,
  type LinkOptions,
} from '../claims/index.js';
import type { StoredAnalysis } from '../store/index.js';
import type { Analysis } from '../types.js';
import { webUrl } from '../util/web-url.js';
import { canonicalEntity } from './canonical.js';
import { failingSourcesOf, type FailingFeed } from './failing.js';
import { mainEntities, propositionsOf, synthesise, type Numbered } from './parts.js';
import { isReaderForum } from './press.js';
import { bestFirst, groupArticles, type GroupOptions } from './stories.js';
import { siteLabel } from './text.js';
import type { BriefSource, Briefing, Story } from './types.js';

export interface BriefOptions {
  /** Start of the period: articles published, or stored (fetched), from then on. */
  since: Date;
  /** End of the period (exclusive). Default: now. */
  until?: Date;
  /** Default `Morning briefing`. */
  title?: string;
  /** IANA time zone the renderers show times in. Default `Europe/Paris`. */
  timeZone?: string;
  /** Propositions shown per story. Default 5. */
  maxPropositions?: number;
  /** Main entities shown per story. Default 6. */
  maxEntities?: number;
  /** Claim linking thresholds (claims/link.ts). Default LINK_DEFAULTS. */
  link?: LinkOptions;
  /** Story grouping thresholds (stories.ts). Default GROUP_DEFAULTS. */
  group?: GroupOptions;
  /** Sources the store reports failing, for the footer (store `sources.failing()`). Default none. */
  failingSources?: readonly FailingFeed[];
}

interface Dated {
  analysis: Analysis;
  /** ISO UTC: published, else the store's fetch time; null when unknown. */
  at: string | null;
}

function iso(value: string | null | undefined): string | null {
  const time = value ? Date.parse(value) : NaN;
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

const inside = (t: string | null, since: string, until: string): boolean =>
  t !== null && t >= since && t < until;

/**
 * One analysis per article (the last given wins) published in the period or, for stored ones,
 * fetched in it (the README's first run briefs old articles summarised just now); undated
 * in-memory ones are kept.
 */
function collect(
  inputs: Iterable<Analysis | StoredAnalysis>,
  since: string,
  until: string,
): Dated[] {
  const byArticle = new Map<string, Dated>();
  for (const input of inputs) {
    const analysis = 'analysis' in input ? input.analysis : input;
    const at = iso(analysis.article.publishedAt) ?? ('datedAt' in input ? input.datedAt : null);
    const fetched = 'fetchedAt' in input ? input.fetchedAt : null;
    if (at !== null && !inside(at, since, until) && !inside(fetched, since, until)) continue;
    byArticle.set(articleKey({ ...analysis.article, text: analysis.source }), { analysis, at });
  }
  return [...byArticle.values()];
}

interface Draft {
  articles: Dated[];
  propositions: number;
  claims: number;
  contested: boolean;
  latest: string | null;
}

/**
 * Reading order of stories: contested ones first (an allegation and its denial is what a reader
 * must not miss), then by number of sources, then of claims, then the newest.
 */
function rank(a: Draft, b: Draft): number {
  return (
    Number(b.contested) - Number(a.contested) ||
    b.articles.length - a.articles.length ||
    b.claims - a.claims ||
    b.propositions - a.propositions ||
    (b.latest ?? '').localeCompare(a.latest ?? '')
  );
}

/** Stances that take a side for, and against, a proposition. */
const FOR = new Set(['asserts', 'reports']);
const AGAINST = new Set(['denies', 'questions']);

/**
 * True when someone denies or questions while someone else asserts or reports: the same
 * proposition on both sides, or (the linker missing a rewording) another claimant on each side.
 */
function isContested(articles: Dated[], propositionOf: Map<string, string>): boolean {
  const sides = new Map<string, Set<string>>();
  const pro = new Set<string>();
  const con = new Set<string>();
  for (const { analysis } of articles) {
    for (const c of analysis.claims) {
      const p = propositionOf.get(c.id) ?? c.id;
      const set = sides.get(p) ?? new Set<string>();
      sides.set(p, set);
      const side = FOR.has(c.stance) ? 'for' : AGAINST.has(c.stance) ? 'against' : '';
      set.add(side);
      const who = entityKey(c.claimant);
      if (side === 'for') pro.add(who);
      if (side === 'against') con.add(who);
    }
  }
  if ([...sides.values()].some((set) => set.has('for') && set.has('against'))) return true;
  return [...con].some((who) => [...pro].some((other) => other !== who));
}

function drafts(items: Dated[], records: Map<string, ClaimRecord>, options: BriefOptions): Draft[] {
  const propositionOf = new Map([...records].map(([id, r]) => [id, r.propositionId]));
  const groups = groupArticles(
    items.map((i) => i.analysis),
    propositionOf,
    options.group,
  );
  return groups
    .map((group) => {
      const articles = group
        .map((i) => items[i]!)
        .sort((a, b) => bestFirst(a.analysis, b.analysis));
      const claims = articles.flatMap((a) => a.analysis.claims);
      const props = new Set(claims.map((c) => propositionOf.get(c.id)));
      const latest =
        articles
          .map((a) => a.at ?? '')
          .sort()
          .pop() || null;
      return {
        articles,
        propositions: props.size,
        claims: claims.length,
        contested: isContested(articles, propositionOf),
        latest,
      };
    })
    .sort(rank);
}

function sourceOf(item: Dated, n: number, story: number | null): BriefSource {
  const { article } = item.analysis;
  // A canonical URL that may not be linked (javascript:, data:…) gives way to the page's.
  const url = webUrl(article.canonicalUrl) ?? webUrl(article.url);
  return {
    n,
    site: article.siteName,
    label: siteLabel(article.siteName, url, item.analysis.source),
    title: article.title,
    url,
    publishedAt: item.at,
    story,
  };
}

/** Builds the briefing of `analyses` (in-memory, or streamed from `store.analysesSince`). */
export function buildBriefing(
  analyses: Iterable<Analysis | StoredAnalysis>,
  options: BriefOptions,
): Briefing {
  const since = options.since.toISOString();
  const until = (options.until ?? new Date()).toISOString();
  const all = collect(analyses, since, until);
  const items = all.filter((i) => !isReaderForum(i.analysis.article));
  const records = new Map(
    recordsFromAnalyses(
      items.map((i) => i.analysis),
      options.link,
    ).map((r) => [r.id, r]),
  );
  const sources: BriefSource[] = [];
  const placed: { analysis: Analysis; story: number }[] = [];
  const stories: Story[] = drafts(items, records, options).map((draft, index) => {
    const numbered: Numbered[] = draft.articles.map((item) => {
      sources.push(sourceOf(item, sources.length + 1, index + 1));
      placed.push({ analysis: item.analysis, story: index + 1 });
      return { analysis: item.analysis, n: sources.length };
    });
    return storyOf(index + 1, numbered, draft, records, options);
  });
  const forums = all
    .filter((i) => isReaderForum(i.analysis.article))
    .map((item, i) => sourceOf(item, i + 1, null));
  return {
    title: options.title ?? 'Morning briefing',
    since,
    until,
    timeZone: options.timeZone ?? 'Europe/Paris',
    stories,
    entityIndex: entityIndex(placed),
    sources,
    forums,
    failingSources: failingSourcesOf(options.failingSources ?? []),
  };
}

function storyOf(
  n: number,
  articles: Numbered[],
  draft: Draft,
  records: Map<string, ClaimRecord>,
  options: BriefOptions,
): Story {
  const best = articles[0]!.analysis;
  const headline =
    best.summary.headline !== null
      ? { text: best.summary.headline, lang: best.summary.lang }
      : { text: best.article.title ?? best.source, lang: best.article.lang ?? 'fr' };
  return {
    n,
    headline,
    synthesis: synthesise(articles),
    propositions: propositionsOf(articles, records, options.maxPropositions ?? 5),
    entities: mainEntities(articles, options.maxEntities ?? 6),
    sources: articles.map((a) => a.n),
    latest: draft.latest,
    contested: draft.contested,
    claims: draft.claims,
  };
}

/**
 * Every entity of the period once, whatever the language or spelling (canonical.ts), under its
 * English name when known, else the first seen; with the stories naming it.
 */
function entityIndex(placed: { analysis: Analysis; story: number }[]): Briefing['entityIndex'] {
  const index = new Map<string, Briefing['entityIndex'][number]>();
  for (const { analysis, story } of placed) {
    for (const e of analysis.entities) {
      const { key, name } = canonicalEntity(e.name, e.type);
      const entry = index.get(key) ?? { name, type: e.type, stories: [] };
      index.set(key, entry);
      if (!entry.stories.includes(story)) entry.stories.push(story);
    }
  }
  return [...index.values()]
    .map((e) => ({ ...e, stories: e.stories.sort((a, b) => a - b) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
}
