// Readability.js on jsdom as one process over a folder of pages, as a user would script it:
// `node bench/readability-cli.mjs DIR` prints one JSON line per page ({file, title, text}).
// The whole-process rival of `veille extract DIR --format json` in `bench:extract --process`.
import { isUtf8 } from 'node:buffer';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { decodeBuffer, getEncoding } from 'encoding-sniffer';
import { JSDOM, VirtualConsole } from 'jsdom';

const options = { maxBytes: 65536 };
/** Bytes → string with the page's declared charset, as bench/runners.ts decodes them. */
const decode = (body) =>
  getEncoding(body, options) === 'windows-1252' && isUtf8(body)
    ? body.toString('utf8').replace(/^\ufeff/, '')
    : decodeBuffer(body, options);

const dir = process.argv[2] ?? '.';
for (const name of readdirSync(dir).sort()) {
  const file = path.join(dir, name);
  const body = readFileSync(file);
  if (!/\.html?$/i.test(name)) {
    process.stdout.write(`${JSON.stringify({ file, title: null, text: decode(body) })}\n`);
    continue;
  }
  const dom = new JSDOM(decode(body), {
    url: pathToFileURL(file).href,
    virtualConsole: new VirtualConsole(),
  });
  try {
    const article = new Readability(dom.window.document).parse();
    const out = { file, title: article?.title ?? null, text: article?.textContent ?? '' };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } finally {
    dom.window.close();
  }
}
