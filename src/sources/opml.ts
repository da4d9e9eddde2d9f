/**
 * OPML 2.0, the format feed readers exchange subscription lists in. Read as untrusted input:
 * entities are not expanded (a DOCTYPE cannot blow up, only the five XML entities and character
 * references are decoded, by us), nesting is bounded by the parser, the file by a byte cap, and
 * only http(s) URLs become sources (url.ts).
 *
 *   <outline text="Le Monde" type="rss" xmlUrl="https://…/rss.xml" htmlUrl="https://…"
 *            category="tech,france"/>          a feed
 *   <outline text="Page" type="link" url="https://…"/>   a plain page
 *   <outline text="Tech"> …outlines… </outline>        a folder: its title tags what it holds
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { VeilleError } from '../errors.js';
import type { Source } from '../store/index.js';
import { cleanTag, sourceUrl } from './url.js';

/** A source read from an OPML file, its URL checked and normalised. */
export interface OpmlSource {
  url: string;
  name: string | null;
  htmlUrl: string | null;
  tags: string[];
  kind: 'feed' | 'page';
}

/** What an OPML file holds: the sources, and the outlines refused (one error each). */
export interface OpmlRead {
  sources: OpmlSource[];
  refused: VeilleError[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  processEntities: false, // no DOCTYPE entity is ever expanded; see decodeXml
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => name === 'outline',
});

type Node = Record<string, unknown>;

/** Reads an OPML document; throws OPML_INVALID (naming `input` and the line) when it is not one. */
export function readOpml(xml: string, input: string): OpmlRead {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw invalid(input, `line ${valid.err.line}: ${valid.err.msg}`);
  }
  let parsed: Node;
  try {
    parsed = parser.parse(xml) as Node;
  } catch (err) {
    throw invalid(input, err instanceof Error ? err.message : String(err), err);
  }
  const body = node(node(parsed['opml'])?.['body']);
  if (body === null) throw invalid(input, 'no <opml> root element with a <body>');
  const read: OpmlRead = { sources: [], refused: [] };
  const byUrl = new Map<string, OpmlSource>();
  walk(outlines(body), [], { input, read, byUrl });
  return read;
}

interface Walk {
  input: string;
  read: OpmlRead;
  byUrl: Map<string, OpmlSource>;
}

/** Outlines in document order; a folder's title tags every source below it. */
function walk(list: Node[], folders: string[], state: Walk): void {
  for (const outline of list) {
    const title = decodedAttr(outline, 'title') ?? decodedAttr(outline, 'text');
    const children = outlines(outline);
    const source = sourceOf(outline, title, folders, state);
    if (source !== null) add(source, state);
    if (children.length > 0) {
      const folder = title === null ? null : cleanTag(title);
      walk(children, folder === null ? folders : [...folders, folder], state);
    }
  }
}

/** Where an outline points: `xmlUrl` (a feed), else `url` of a `type="link"` (a page). */
function sourceOf(outline: Node, title: string | null, folders: string[], state: Walk) {
  const xmlUrl = decodedAttr(outline, 'xmlUrl');
  const link =
    decodedAttr(outline, 'type')?.toLowerCase() === 'link' ? decodedAttr(outline, 'url') : null;
  const raw = xmlUrl ?? link;
  if (raw === null) return null;
  const where = `${state.input} (outline ${JSON.stringify(title ?? raw)})`;
  let url: string;
  try {
    url = sourceUrl(raw, where);
  } catch (err) {
    state.read.refused.push(err as VeilleError);
    return null;
  }
  const categories = (decodedAttr(outline, 'category') ?? '')
    .split(',')
    .map((c) => cleanTag(c.replace(/^\/+/, '')));
  const tags = [...folders, ...categories].filter((t): t is string => t !== null);
  return {
    url,
    name: title,
    htmlUrl: homeUrl(decodedAttr(outline, 'htmlUrl')),
    tags,
    kind: xmlUrl === null ? 'page' : 'feed',
  } satisfies OpmlSource;
}

/** The site's home page when it is http(s); anything else is dropped, never stored. */
function homeUrl(raw: string | null): string | null {
  if (raw === null) return null;
  try {
    return sourceUrl(raw);
  } catch {
    return null;
  }
}

/** The same URL twice in a file is one source with the tags of both. */
function add(source: OpmlSource, { read, byUrl }: Walk): void {
  const seen = byUrl.get(source.url);
  if (seen === undefined) {
    byUrl.set(source.url, source);
    read.sources.push(source);
  } else {
    seen.tags = [...new Set([...seen.tags, ...source.tags])];
  }
}

function node(value: unknown): Node | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Node)
    : null;
}

function outlines(parent: Node): Node[] {
  const list = parent['outline'];
  return Array.isArray(list) ? list.filter((o): o is Node => node(o) !== null) : [];
}

function decodedAttr(outline: Node, name: string): string | null {
  const value = outline[`@_${name}`];
  if (typeof value !== 'string') return null;
  const text = decodeXml(value).trim();
  return text === '' ? null : text;
}

/** The five predefined XML entities and character references, in one pass (`&amp;lt;` → `&lt;`). */
const XML_ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#x([0-9a-f]{1,6}));/gi;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(value: string): string {
  return value.replace(XML_ENTITY, (whole, name?: string, dec?: string, hex?: string) => {
    if (name !== undefined) return PREDEFINED[name.toLowerCase()] ?? whole;
    const code = dec !== undefined ? Number(dec) : Number.parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function invalid(input: string, why: string, cause?: unknown): VeilleError {
  const message = `not a readable OPML file: ${why.split('\n')[0] ?? why}`;
  return new VeilleError('OPML_INVALID', message, { stage: 'input', input, cause });
}

/** Writes the sources as an OPML 2.0 document; a source's tags go in `category`. */
export function writeOpml(sources: readonly Source[], now: Date): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    '    <title>veille sources</title>',
    `    <dateCreated>${now.toUTCString()}</dateCreated>`,
    '  </head>',
    '  <body>',
    ...sources.map((s) => `    <outline ${attributes(outlineAttributes(s))}/>`),
    '  </body>',
    '</opml>',
  ];
  return `${lines.join('\n')}\n`;
}

function outlineAttributes(source: Source): [string, string | null][] {
  const text = source.name ?? source.url;
  const category = source.tags.length === 0 ? null : source.tags.join(',');
  // A source never fetched yet is written as a feed, which is what most sources are.
  if (source.kind === 'page') {
    return [
      ['type', 'link'],
      ['text', text],
      ['url', source.url],
      ['category', category],
    ];
  }
  return [
    ['type', 'rss'],
    ['text', text],
    ['title', text],
    ['xmlUrl', source.url],
    ['htmlUrl', source.htmlUrl],
    ['category', category],
  ];
}

function attributes(pairs: [string, string | null][]): string {
  return pairs
    .filter((pair): pair is [string, string] => pair[1] !== null)
    .map(([name, value]) => `${name}="${escapeXml(value)}"`)
    .join(' ');
}

/** Escapes an attribute value; characters XML 1.0 cannot hold are dropped. */
function escapeXml(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/\n/g, '&#10;')
      .replace(/\r/g, '&#13;')
      .replace(/\t/g, '&#9;')
  );
}
