/**
 * The extractors under comparison and one timed run of one of them. A run happens in its own
 * child process so that its peak RSS belongs to that extractor alone.
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { BenchCase } from './cases.js';

export const EXTRACTORS = ['veille', 'readability'] as const;
export type ExtractorName = (typeof EXTRACTORS)[number];

export function isExtractorName(value: string): value is ExtractorName {
  return (EXTRACTORS as readonly string[]).includes(value);
}

interface Page {
  file: string;
  kind: 'html' | 'text';
  url: string;
  body: Buffer;
}

/** Returns the extracted text; '' for an empty extraction; throws on a real failure. */
type ExtractFn = (page: Page) => string;

export interface PageOutput {
  id: string;
  text: string;
  /** Message of an unexpected failure (the text is then ''), null otherwise. */
  error: string | null;
}

export interface RunResult {
  extractor: ExtractorName;
  pages: PageOutput[];
  /** Wall time of the timed pass (after one warm-up pass). */
  seconds: number;
  pagesPerSecond: number;
  /** RSS once the pages are read, before the extractor is loaded. */
  startRssMB: number;
  /** Peak RSS of the whole child process (`process.resourceUsage().maxRSS`). */
  peakRssMB: number;
}

async function loadVeille(): Promise<ExtractFn> {
  const { extractDocument } = await import('../src/extract/index.js');
  const { VeilleError } = await import('../src/errors.js');
  return (page) => {
    const doc = { source: page.file, url: page.url, kind: page.kind, body: page.body };
    try {
      return extractDocument({ ...doc, contentType: null }).article.text;
    } catch (error) {
      if (error instanceof VeilleError && error.code === 'EMPTY') return '';
      throw error;
    }
  };
}

/** Bytes → string with the page's declared charset; undeclared but valid UTF-8 stays UTF-8. */
async function loadDecoder(): Promise<(body: Buffer) => string> {
  const { decodeBuffer, getEncoding } = await import('encoding-sniffer');
  const options = { maxBytes: 65536 };
  return (body) =>
    getEncoding(body, options) === 'windows-1252' && isUtf8(body)
      ? body.toString('utf8').replace(/^\ufeff/, '')
      : decodeBuffer(body, options);
}

/** Readability.js on jsdom as its README shows; no scripts run, no resources load. */
async function loadReadability(): Promise<ExtractFn> {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const { Readability } = await import('@mozilla/readability');
  const decode = await loadDecoder();
  return (page) => {
    // Readability needs a DOM: a plain-text page passes through unchanged.
    if (page.kind === 'text') return decode(page.body);
    const dom = new JSDOM(decode(page.body), {
      url: page.url,
      virtualConsole: new VirtualConsole(),
    });
    try {
      return new Readability(dom.window.document).parse()?.textContent ?? '';
    } finally {
      dom.window.close();
    }
  };
}

function loadExtractor(name: ExtractorName): Promise<ExtractFn> {
  return name === 'veille' ? loadVeille() : loadReadability();
}

function runOne(extract: ExtractFn, id: string, page: Page): PageOutput {
  try {
    return { id, text: extract(page), error: null };
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { id, text: '', error: message };
  }
}

const MB = 1024 * 1024;

/** Reads the pages, loads the extractor, warms up with one pass, then times a second pass. */
export async function runExtractor(name: ExtractorName, cases: BenchCase[]): Promise<RunResult> {
  const pages = cases.map((c) => ({
    id: c.id,
    page: { file: c.file, kind: c.kind, url: c.url, body: readFileSync(c.file) },
  }));
  const startRssMB = process.memoryUsage().rss / MB;
  const extract = await loadExtractor(name);
  for (const { id, page } of pages) runOne(extract, id, page);
  const started = performance.now();
  const outputs = pages.map(({ id, page }) => runOne(extract, id, page));
  const seconds = (performance.now() - started) / 1000;
  return {
    extractor: name,
    pages: outputs,
    seconds,
    pagesPerSecond: seconds > 0 ? pages.length / seconds : Number.NaN,
    startRssMB,
    // maxRSS is in kilobytes.
    peakRssMB: (process.resourceUsage().maxRSS * 1024) / MB,
  };
}
