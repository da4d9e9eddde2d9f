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
import { mainEntities, propositionsOf, synthesise, type Numbered } from './parts.js';
import { bestFirst, groupArticles, type GroupOptions } from './stories.js';
import type { BriefSource, Briefing, Story } from './types.js';

export interface BriefOptions {
  /** Start of the period; analyses dated earlier are left out. */
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

/** One analysis per article (the last given wins), inside the period; undated ones are kept. */
function collect(
  inputs: Iterable<Analysis | StoredAnalysis>,
  since: string,
  until: string,
): Dated[] {
  const byArticle = new Map<string, Dated>();
  for (const input of inputs) {
    const analysis = 'analysis' in input ? input.analysis : input;
    const at = iso(analysis.article.publishedAt) ?? ('datedAt' in input ? input.datedAt : null);
    if (at !== null && (at < since || at >= until)) continue;
    byArticle.set(articleKey({ ...analysis.article, text: analysis.source }), { analysis, at });
  }
  return [...byArticle.values()];
}

interface Draft {
  articles: Dated[];
  propositions: number;
  latest: string | null;
}

function rank(a: Draft, b: Draft): number {
  return (
    b.articles.length - a.articles.length ||
    b.propositions - a.propositions ||
    (b.latest ?? '').localeCompare(a.latest ?? '')
  );
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
      const props = new Set(
        articles.flatMap((a) => a.analysis.claims.map((c) => propositionOf.get(c.id))),
      );
      const latest =
        articles
          .map((a) => a.at ?? '')
          .sort()
          .pop() || null;
      return { articles, propositions: props.size, latest };
    })
    .sort(rank);
}

/** Builds the briefing of `analyses` (in-memory, or streamed from `store.analysesSince`). */
export function buildBriefing(
  analyses: Iterable<Analysis | StoredAnalysis>,
  options: BriefOptions,
): Briefing {
  const since = options.since.toISOString();
  const until = (options.until ?? new Date()).toISOString();
  const items = collect(analyses, since, until);
  const records = new Map(
    recordsFromAnalyses(
      items.map((i) => i.analysis),
      options.link,
    ).map((r) => [r.id, r]),
  );
  const sources: BriefSource[] = [];
  const placed: { analysis: Analysis; story: number }[] = [];
  const stories: Story[] = drafts(items, records, options).map((draft, index) => {
    const numbered: Numbered[] = draft.articles.map(({ analysis, at }) => {
      const { article } = analysis;
      const n = sources.length + 1;
      // A canonical URL that may not be linked (javascript:, data:…) gives way to the page's.
      const url = webUrl(article.canonicalUrl) ?? webUrl(article.url);
      sources.push({
        n,
        site: article.siteName,
        title: article.title,
        url,
        publishedAt: at,
        story: index + 1,
      });
      placed.push({ analysis, story: index + 1 });
      return { analysis, n };
    });
    return storyOf(index + 1, numbered, draft.latest, records, options);
  });
  return {
    title: options.title ?? 'Morning briefing',
    since,
    until,
    timeZone: options.timeZone ?? 'Europe/Paris',
    stories,
    entityIndex: entityIndex(placed),
    sources,
  };
}

function storyOf(
  n: number,
  articles: Numbered[],
  latest: string | null,
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
    latest,
  };
}

/** Every entity of the period under one name (the first seen), with the stories naming it. */
function entityIndex(placed: { analysis: Analysis; story: number }[]): Briefing['entityIndex'] {
  const index = new Map<string, Briefing['entityIndex'][number]>();
  for (const { analysis, story } of placed) {
    for (const e of analysis.entities) {
      const key = entityKey(e.name);
      const entry = index.get(key) ?? { name: e.name, type: e.type, stories: [] };
      index.set(key, entry);
      if (!entry.stories.includes(story)) entry.stories.push(story);
    }
  }
  return [...index.values()]
    .map((e) => ({ ...e, stories: e.stories.sort((a, b) => a - b) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
}
