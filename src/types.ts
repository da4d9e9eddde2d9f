/**
 * Shared data shapes of the pipeline: fetch → extract → strip → analyse → store → render.
 * Every stage reads and writes these; keep them small and documented.
 */

/** One stripped block: which rule removed it, why, how much, and a short preview. */
export interface Removal {
  /** Stable rule id from a pattern table, e.g. `wp-comments`, `text-comment-counter`. */
  rule: string;
  /** Human sentence saying why the rule fired. */
  reason: string;
  /** Characters of visible text removed. */
  chars: number;
  /** First ~80 characters of the removed text, whitespace collapsed. */
  preview: string;
}

/** A soft failure that travels with the result instead of being thrown. */
export interface Warning {
  /** Stable code, e.g. `NOT_FRENCH`, `SHORT_ARTICLE`, `UNGROUNDED_QUOTE`. */
  code: string;
  message: string;
}

/** The article as extracted from one input. */
export interface Article {
  /** Where it was read from: the final URL for http(s), a `file://` URL for files, null for stdin. */
  url: string | null;
  /** `<link rel=canonical>` / og:url / JSON-LD url, absolute; null when none. */
  canonicalUrl: string | null;
  title: string | null;
  byline: string | null;
  /** ISO 8601 timestamp when the page says when it was published. */
  publishedAt: string | null;
  siteName: string | null;
  /** ISO 639-1 code (`fr`, `en`, …) from markup, then detection; null when unknown. */
  lang: string | null;
  /** Paragraphs joined by blank lines. */
  text: string;
  /** Headings, paragraphs, list items and quotes in document order, without markup. */
  paragraphs: string[];
  /**
   * The same blocks with their kind, `blocks[i].text === paragraphs[i]`; absent on articles
   * stored before blocks existed.
   */
  blocks?: Block[];
  wordCount: number;
}

/** What a block of article text is, as the page's markup says. */
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'quote';

/** One block of article text with its structure, for Markdown and downstream stages. */
export interface Block {
  kind: BlockKind;
  text: string;
  /** Headings: 1–6 (`<h2>` is 2). List items: nesting depth, 1 for a top-level list. */
  level?: number;
  /** List items: true inside `<ol>`. */
  ordered?: boolean;
  /** http(s) links inside the block, in order; `text` occurs in the block's text. */
  links?: BlockLink[];
}

export interface BlockLink {
  text: string;
  /** Absolute http(s) URL (see `webUrl`). */
  url: string;
}

/** What `veille extract` produces per input. */
export interface ExtractResult {
  /** The input as the user named it (URL, path, `-`), or the feed item's link. */
  source: string;
  article: Article;
  removed: Removal[];
  warnings: Warning[];
}

/** Raw bytes of one input, before decoding. */
export interface FetchedDocument {
  /** The input as the user named it. */
  source: string;
  /** Final URL after redirects (http), `file://…` for local files, null for stdin. */
  url: string | null;
  /** `html` for HTML/XHTML, `text` for plain text; decided from Content-Type, extension or sniffing. */
  kind: 'html' | 'text';
  body: Buffer;
  /** Content-Type header value when fetched over HTTP, else null. */
  contentType: string | null;
  /** The answer's `ETag` and `Last-Modified`, for a later conditional GET (HTTP only). */
  validators?: HttpValidators;
}

/** What a server said identifies a version of a resource; sent back on the next fetch. */
export interface HttpValidators {
  etag: string | null;
  lastModified: string | null;
}

/**
 * A page taken from the store's fetch cache instead of being fetched again, with when it was
 * really fetched.
 */
export interface StoredPage {
  extract: ExtractResult;
  fetchedAt: Date;
}

/* ---- Analysis (summarize): the same shape from every engine (openai, rules). ---- */

/** The one list of entity types; the schema sent to models, gold files and scores all use it. */
export const ENTITY_TYPES = [
  'PERSON',
  'ORG',
  'LOCATION',
  'PRODUCT',
  'EVENT',
  'LAW',
  'OTHER',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Entity {
  /** Computed by our code from the type and normalised English name; stable across runs. */
  id: string;
  /** Canonical name (English for the LLM engine). */
  name: string;
  type: EntityType;
  /** Surface forms as written in the French article. */
  mentions: string[];
  /** Role in the article ("US Secretary of Defense"); null when unknown. */
  description: string | null;
}

export const STANCES = ['asserts', 'denies', 'questions', 'reports'] as const;
export type Stance = (typeof STANCES)[number];
export const CERTAINTIES = ['certain', 'probable', 'possible', 'unknown'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

export interface Claim {
  /** Computed by our code from article key, claimant and normalised quote (see analyse/ids.ts). */
  id: string;
  /** The bare proposition in English; null when the engine cannot translate (rules). */
  claim: string | null;
  /** Who says it, or the outlet. */
  claimant: string;
  stance: Stance;
  certainty: Certainty;
  /** Verbatim French passage the claim rests on. */
  quote: string;
  /** English rendering of the quote; null when the engine cannot translate. */
  quoteEn: string | null;
  /** Character offsets of the quote in `article.text`, located by our code; null if not found. */
  span: { start: number; end: number } | null;
  grounded: boolean;
  /** Ids of the entities the claim involves. */
  entities: string[];
}

export interface Summary {
  headline: string | null;
  text: string | null;
  bullets: string[];
  /** Language of the summary: `en` from the LLM engine, `fr` from the extractive rules engine. */
  lang: string;
}

export interface Analysis {
  source: string;
  article: Pick<
    Article,
    'url' | 'canonicalUrl' | 'title' | 'byline' | 'publishedAt' | 'siteName' | 'lang' | 'wordCount'
  >;
  summary: Summary;
  entities: Entity[];
  claims: Claim[];
  engine: 'openai' | 'rules';
  model: string | null;
  promptVersion: string | null;
  usage: { promptTokens: number; completionTokens: number } | null;
  warnings: Warning[];
}
