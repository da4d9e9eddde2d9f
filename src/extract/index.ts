import { VeilleError } from '../errors.js';
import { decodeDocument } from '../fetch/decode.js';
import { detectLanguage } from '../lang.js';
import { stripTextComments } from '../strip/text.js';
import { terminalText } from '../terminal.js';
import type { Article, Block, ExtractResult, FetchedDocument, Removal, Warning } from '../types.js';
import { extractHtml, type PageMetadata } from './html.js';
import { extractPlainText } from './text.js';

/** Below this many words an article is suspicious: kept, with a warning. */
const SHORT_ARTICLE_WORDS = 80;

const EMPTY_METADATA: PageMetadata = {
  title: null,
  byline: null,
  publishedAt: null,
  siteName: null,
  lang: null,
  canonicalUrl: null,
};

/**
 * Extract stage: decode → find the article → strip comments and boilerplate → detect language.
 * Throws VeilleError `EMPTY` when no article text is left; soft problems become warnings.
 */
export function extractDocument(doc: FetchedDocument): ExtractResult {
  const source = doc.source;
  // Composed Unicode (NFC): some sites serve "é" as "e" + U+0301, which no rule, search or
  // reader's Ctrl-F expects. Normalising an already composed page is a fast no-op scan.
  const decoded = decodeDocument(doc).normalize('NFC');
  const removed: Removal[] = [];
  const warnings: Warning[] = [];
  let metadata = EMPTY_METADATA;
  let blocks: Block[];

  if (doc.kind === 'html') {
    const html = extractHtml(decoded, { url: doc.url });
    metadata = html.metadata;
    removed.push(...html.removed);
    warnings.push(...html.warnings);
    // Safety net for comment threads without telling markup: the same structural text rules
    // that plain-text dumps get inside extractPlainText.
    const stripped = stripTextComments(html.paragraphs);
    removed.push(...stripped.removed);
    blocks = keptBlocks(html.blocks, stripped.kept);
  } else {
    const text = extractPlainText(decoded);
    metadata = { ...EMPTY_METADATA, title: text.title };
    blocks = text.paragraphs.map((p) => ({ kind: 'paragraph', text: p }));
    removed.push(...text.removed);
  }

  // Control characters and escape sequences have no place in article text, and a page can plant
  // them to repaint the terminal of whoever reads a report (stdout is often a terminal too).
  blocks = blocks.map(withoutControlsIn).filter((b) => b.text.trim() !== '');
  const paragraphs = blocks.map((b) => b.text);
  const text = paragraphs.join('\n\n');
  const wordCount = countWords(text);
  if (wordCount === 0) {
    throw new VeilleError('EMPTY', 'no article text found (empty, script-only or not an article)', {
      stage: 'extract',
      input: source,
    });
  }
  if (wordCount < SHORT_ARTICLE_WORDS) {
    warnings.push({
      code: 'SHORT_ARTICLE',
      message: `only ${wordCount} words of article text were found`,
    });
  }

  const language = detectLanguage(text, metadata.lang);
  if (language.lang !== 'fr') {
    warnings.push({
      code: 'NOT_FRENCH',
      message: `the article looks ${language.lang ?? 'undetermined'}, not French; processed anyway`,
    });
  }

  const article: Article = {
    url: doc.url,
    canonicalUrl: metadata.canonicalUrl,
    title: withoutControls(metadata.title),
    byline: withoutControls(metadata.byline),
    publishedAt: metadata.publishedAt,
    siteName: withoutControls(metadata.siteName),
    lang: language.lang,
    text,
    paragraphs,
    blocks,
    wordCount,
  };
  return { source, article, removed, warnings };
}

/**
 * The blocks whose texts were kept, in order: `kept` is a subsequence of the blocks' texts (the
 * comment stripper only drops blocks), matched greedily.
 */
function keptBlocks(blocks: readonly Block[], kept: readonly string[]): Block[] {
  const out: Block[] = [];
  let i = 0;
  for (const text of kept) {
    while (i < blocks.length && blocks[i]?.text !== text) i++;
    const block = blocks[i++];
    out.push(block ?? { kind: 'paragraph', text });
  }
  return out;
}

/** A block's text and link texts through `terminalText`, as the article text goes. */
function withoutControlsIn(block: Block): Block {
  const links = block.links?.map((l) => ({ ...l, text: terminalText(l.text) }));
  return { ...block, text: terminalText(block.text), ...(links ? { links } : {}) };
}

/** Page metadata without control characters (see `terminalText`); empty becomes null. */
function withoutControls(value: string | null): string | null {
  if (value === null) return null;
  const clean = terminalText(value).trim();
  return clean === '' ? null : clean;
}

/** Words as a reader counts them: runs of letters or digits, apostrophes and hyphens inside. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
