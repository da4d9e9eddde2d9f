/**
 * Synthetic long articles for the rules-engine benchmark: the paragraphs of real French pages,
 * repeated in order until the wanted length, as one extracted article (what `summarize --engine
 * rules` hands the engine after extraction).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { extractInputs } from '../src/pipeline.js';
import type { ExtractResult } from '../src/types.js';

const PAGE = /\.(html?|xhtml|txt)$/i;

/**
 * Page files of a folder: its `NAME.html|.txt` files and `<case>/source.html` corpus pages, or
 * only the corpus pages of `cases`.
 */
export function pageFiles(dir: string, cases: readonly string[] | null = null): string[] {
  if (cases !== null) {
    return cases.map((c) => path.join(dir, c, 'source.html')).filter((f) => existsSync(f));
  }
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        const source = path.join(full, 'source.html');
        return existsSync(source) ? [source] : [];
      }
      return PAGE.test(name) ? [full] : [];
    });
}

/** A page's name: its file name without extension, or its case folder for `source.html`. */
export function pageName(file: string): string {
  const base = path.basename(file);
  return base === 'source.html' ? path.basename(path.dirname(file)) : base.replace(PAGE, '');
}

/** Case names of a gold folder (`<case>.json`), in order. */
export function goldCases(goldDir: string): string[] {
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => f.replace(/\.json$/, ''));
}

/** Extracted articles of the files, in order; pages that fail are skipped. */
export async function extractedArticles(files: readonly string[]): Promise<ExtractResult[]> {
  const out: ExtractResult[] = [];
  for await (const item of extractInputs([...files], {})) {
    if (!(item instanceof Error)) out.push(item);
  }
  return out;
}

/** Extracted French articles of the files; pages that fail or are not French are skipped. */
export async function frenchArticles(files: readonly string[]): Promise<ExtractResult[]> {
  return (await extractedArticles(files)).filter((a) => a.article.lang === 'fr');
}

/**
 * Paragraphs of the sources in turn, whole, until the text reaches `size` characters (it passes
 * it by less than one paragraph). Same order every time, so every run measures the same text.
 */
export function concatenated(sources: readonly ExtractResult[], size: number): string[] {
  const pool = sources.flatMap((s) => s.article.paragraphs);
  if (pool.length === 0) throw new Error('no French paragraphs to build articles from');
  const paragraphs: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const p = pool[i % pool.length] ?? '';
    paragraphs.push(p);
    length += p.length + (paragraphs.length > 1 ? 2 : 0);
  }
  return paragraphs;
}

/** One extracted article made of `paragraphs`, with the first source's metadata. */
export function syntheticArticle(first: ExtractResult, paragraphs: string[]): ExtractResult {
  const text = paragraphs.join('\n\n');
  return {
    ...first,
    source: `synthetic-${text.length}`,
    article: {
      ...first.article,
      text,
      paragraphs,
      blocks: paragraphs.map((p) => ({ kind: 'paragraph' as const, text: p })),
      wordCount: text.split(/\s+/).filter(Boolean).length,
    },
  };
}

/**
 * Shapes of page text that made a pass quadratic once, as rewrites of the paragraphs; each is
 * timed at one size. Extraction yields them on real pages: blocks glued into one paragraph,
 * punctuation lost (one endless sentence), closing guillemets lost (quotations never closed).
 */
export const SHAPES: Record<string, (paragraphs: string[]) => string[]> = {
  paragraphs: (p) => p,
  'one paragraph': (p) => [p.join(' ')],
  'one sentence': (p) => [p.join(' ').replace(/[.!?…]/gu, ',')],
  'unclosed quotes': (p) => [p.join(' ').replace(/[»”]/gu, '')],
  // One sentence with a reporting verb, or a quotation, at every former sentence end: the
  // shapes where each verb or quotation once reread the sentence from its start.
  'verb incises': (p) => [p.join(' ').replace(/[.!?…]/gu, ', affirme-t-il, et rappelle que')],
  quotations: (p) => [p.join(' ').replace(/[.!?…]/gu, ' », dit-il, « ')],
};
