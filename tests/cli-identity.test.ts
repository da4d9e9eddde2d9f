// Article identity in the store: a page is stored under the URL it was fetched from; its
// canonical URL is trusted only on its own site (issue 8, item 4); the same text at two URLs is
// two articles sharing one analysis, each an appearance of every claim (item 7).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Analysis } from '../src/types.js';
import {
  SUPERMICRO_PARAGRAPHS,
  reply,
  startFakeOpenAi,
  supermicroReply,
  type FakeOpenAi,
} from './helpers/fake-openai.js';
import { startHosts, type HostServer } from './helpers/hosts.js';
import { html } from './helpers/http-server.js';
import { runCli } from './helpers/run-cli.js';

interface PageSpec {
  title: string;
  site: string;
  paragraphs: string[];
  canonical?: string;
}

const page = ({ title, site, paragraphs, canonical }: PageSpec): string => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:site_name" content="${site}">
${canonical === undefined ? '' : `<link rel="canonical" href="${canonical}">`}
</head><body><article><h1>${title}</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;

interface Appearance {
  url: string;
  site: string | null;
  title: string | null;
  quote: string;
}
interface Record {
  id: string;
  claimant: string;
  appearances: Appearance[];
}

const LE_MONDE = 'https://www.lemonde.fr/pixels/article/puces.html';
const FORGER = 'https://www.faux-journal.fr/puces.html';
const AGENCY_A = 'https://www.leparisien.fr/high-tech/puces-espionnes.php';
const AGENCY_B = 'https://www.ouest-france.fr/economie/apple-dement.html';

const FORGED_QUOTE = 'Nous avons trouvé des puces malveillantes dans tous nos serveurs';
/** The Le Monde text with Apple's denial turned into an admission. */
const FORGED_PARAGRAPHS = SUPERMICRO_PARAGRAPHS.map((p) =>
  p.startsWith('Apple')
    ? `Apple a reconnu les faits. « ${FORGED_QUOTE} », a affirmé l’entreprise dans un communiqué.`
    : p,
);

let dir: string;
let hosts: HostServer;
let fake: FakeOpenAi;
let db: string;

beforeAll(async () => {
  hosts = await startHosts({
    [LE_MONDE]: html(
      page({ title: 'Puces espionnes', site: 'Le Monde', paragraphs: SUPERMICRO_PARAGRAPHS }),
    ),
    [FORGER]: html(
      page({
        title: 'Puces : Apple avoue',
        site: 'Faux Journal',
        paragraphs: FORGED_PARAGRAPHS,
        canonical: LE_MONDE,
      }),
    ),
    [AGENCY_A]: html(
      page({
        title: 'Puces espionnes : le démenti d’Apple',
        site: 'Le Parisien',
        paragraphs: SUPERMICRO_PARAGRAPHS,
      }),
    ),
    [AGENCY_B]: html(
      page({
        title: 'Apple et Amazon démentent',
        site: 'Ouest-France',
        paragraphs: SUPERMICRO_PARAGRAPHS,
      }),
    ),
  });
  fake = await startFakeOpenAi();
});
afterAll(async () => {
  await hosts.server.close();
  await fake.close();
});
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'veille-identity-'));
  db = path.join(dir, 'veille.db');
  fake.history.length = 0;
  fake.respond = null;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const offline = () => ({ env: { XDG_CONFIG_HOME: dir }, cwd: dir, fetch: hosts.fetch });
const online = () => ({
  env: { OPENAI_BASE_URL: fake.baseUrl, VEILLE_MODEL: 'test-model', XDG_CONFIG_HOME: dir },
  cwd: dir,
  fetch: hosts.fetch,
});
const analyses = (stdout: string): Analysis[] =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Analysis);

async function claimRecords(): Promise<Record[]> {
  const r = await runCli(['claims', '--db', db, '--since', '2000-01-01'], offline());
  expect(r.code, r.stderr).toBe(0);
  return r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record);
}

describe('a canonical URL naming another site (forgery)', () => {
  it('neither replaces that site’s article nor lends it the forged quote', async () => {
    for (const url of [LE_MONDE, FORGER]) {
      const r = await runCli(['summarize', '--engine', 'rules', '--db', db, url], offline());
      expect(r.code, r.stderr).toBe(0);
      if (url === FORGER) expect(analyses(r.stdout)[0]!.article.canonicalUrl).toBeNull();
    }
    const records = await claimRecords();
    const appearances = records.flatMap((r) => r.appearances);
    const forged = appearances.filter((a) => a.quote.includes('avons trouvé des puces'));
    expect(forged.length).toBeGreaterThan(0);
    for (const a of forged) {
      expect(a.url).toBe(FORGER);
      expect(a.site).toBe('Faux Journal');
    }
    // Le Monde's own article and its denial are still there, under its own URL.
    const denial = appearances.filter((a) => a.quote.includes('jamais trouvé de puces'));
    expect(denial.map((a) => a.url)).toContain(LE_MONDE);
    expect(appearances.filter((a) => a.url === LE_MONDE).every((a) => a.site === 'Le Monde')).toBe(
      true,
    );
    const brief = await runCli(['brief', '--db', db, '--since', '2000-01-01'], offline());
    expect(brief.code, brief.stderr).toBe(0);
    expect(brief.stdout).toContain(FORGER);
    expect(brief.stdout).toContain(LE_MONDE);
  });
});

describe('the same text at two URLs (syndication)', () => {
  it('stores both pages with their own metadata, as appearances of the same claims, from one model call', async () => {
    // Held replies keep the first copy's call in flight while the second copy arrives.
    fake.respond = () => reply.json(supermicroReply(), { delayMs: 300 });
    const r = await runCli(['summarize', '--db', db, AGENCY_A, AGENCY_B], online());
    expect(r.code, r.stderr).toBe(0);
    expect(fake.chats()).toHaveLength(1);
    const out = analyses(r.stdout);
    const a = out.find((x) => x.source === AGENCY_A)!;
    const b = out.find((x) => x.source === AGENCY_B)!;
    expect(a.article.siteName).toBe('Le Parisien');
    expect(b.article.siteName).toBe('Ouest-France');
    expect(b.article.title).toBe('Apple et Amazon démentent');
    expect(b.claims.map((c) => c.id)).toEqual(a.claims.map((c) => c.id));

    const records = await claimRecords();
    expect(records).toHaveLength(a.claims.length);
    for (const record of records) {
      expect(record.appearances.map((x) => [x.url, x.site]).sort()).toEqual([
        [AGENCY_A, 'Le Parisien'],
        [AGENCY_B, 'Ouest-France'],
      ]);
    }
    const brief = await runCli(['brief', '--db', db, '--since', '2000-01-01'], offline());
    expect(brief.code, brief.stderr).toBe(0);
    expect(brief.stdout).toContain('Ouest-France');
    expect(brief.stdout).toContain('Le Parisien');

    // A re-run makes no call and adds no duplicate appearance.
    fake.history.length = 0;
    const again = await runCli(['summarize', '--db', db, AGENCY_B, AGENCY_A], online());
    expect(again.code, again.stderr).toBe(0);
    expect(fake.chats()).toHaveLength(0);
    expect((await claimRecords()).map((x) => x.appearances.length)).toEqual(records.map(() => 2));
  });

  it('gives each copy its own headline from the rules engine', async () => {
    const r = await runCli(['summarize', '--engine', 'rules', '--db', db, AGENCY_A], offline());
    expect(r.code, r.stderr).toBe(0);
    const copy = await runCli(['summarize', '--engine', 'rules', '--db', db, AGENCY_B], offline());
    expect(copy.code, copy.stderr).toBe(0);
    expect(copy.stderr).toContain('1 from cache');
    const [b] = analyses(copy.stdout);
    expect(b!.summary.headline).toBe('Apple et Amazon démentent');
    expect(b!.article.siteName).toBe('Ouest-France');
  });
});
