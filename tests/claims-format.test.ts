import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  claimFeed,
  csvField,
  formatClaims,
  recordsFromAnalyses,
  type ClaimRecord,
} from '../src/claims/index.js';
import { openStore } from '../src/store/index.js';
import { allFixtures, rulesAnalysisOf, supermicroLeMonde } from './helpers/analysis-fixtures.js';

const records = recordsFromAnalyses(allFixtures().map((f) => f.analysis));
let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** Splits RFC 4180 text into rows of fields (enough for the test's own output). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  const field = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n|$)/gy;
  let m: RegExpExecArray | null;
  while ((m = field.exec(text)) !== null && m[0] !== '') {
    const raw = m[1]!;
    rows[rows.length - 1]!.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
    if (m[2] === '\r\n') rows.push([]);
  }
  return rows.filter((r) => r.length > 0);
}

describe('formatClaims', () => {
  it('writes one record per line as jsonl, and an array as json', () => {
    const lines = formatClaims(records, 'jsonl').trimEnd().split('\n');
    expect(lines).toHaveLength(records.length);
    expect(JSON.parse(lines[0]!)).toEqual(records[0]);
    expect(JSON.parse(formatClaims(records, 'json'))).toEqual(records);
  });

  it('writes RFC 4180 CSV with one row per appearance', () => {
    const twice: ClaimRecord = {
      ...records[0]!,
      claim: 'He said "no", then, later,\nyes',
      appearances: [records[0]!.appearances[0]!, { ...records[0]!.appearances[0]!, site: 'AFP' }],
    };
    const text = formatClaims([twice, records[1]!], 'csv');
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]?.slice(0, 4)).toEqual(['claim_id', 'proposition_id', 'claim', 'claimant']);
    expect(rows).toHaveLength(1 + 2 + 1);
    expect(rows[1]?.[2]).toBe('He said "no", then, later,\nyes');
    expect(rows.map((r) => r[9])).toEqual(['site', 'Le Monde', 'AFP', 'Le Monde']);
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
    expect(csvField('a"b')).toBe('"a""b"');
    expect(csvField('plain')).toBe('plain');
    expect(csvField(null)).toBe('');
  });

  it('neutralises cells a spreadsheet would run as formulas (OWASP CSV injection)', () => {
    for (const cell of [
      '=HYPERLINK("http://evil.example","x")',
      '+1+1',
      '-2+3',
      '@SUM(A1)',
      '\t=1',
      '\r=1',
    ]) {
      expect(csvField(cell)).toBe(`"'${cell.replace(/"/g, '""')}"`);
    }
    const hostile: ClaimRecord = {
      ...records[0]!,
      claimant: "=cmd|' /C calc'!A0",
      claim: "@SUM(1+1)*cmd|' /C calc'!A0",
      appearances: [{ ...records[0]!.appearances[0]!, site: '+Le Monde', quote: '-1, dit-il' }],
    };
    const row = parseCsv(formatClaims([hostile], 'csv'))[1]!;
    expect(row[3]).toBe("'=cmd|' /C calc'!A0");
    expect(row[2]).toBe("'@SUM(1+1)*cmd|' /C calc'!A0");
    expect(row[9]).toBe("'+Le Monde");
    expect(row[11]).toBe("'-1, dit-il");
    // Ordinary text and numbers are left as they are.
    expect(csvField('Le Monde')).toBe('Le Monde');
    expect(csvField(812)).toBe('812');
  });

  it('writes schema.org Claim JSON-LD', () => {
    const [apple] = JSON.parse(
      formatClaims(
        records.filter((r) => r.claimant === 'Apple'),
        'schema-claim',
      ),
    ) as Record<string, unknown>[];
    expect(apple).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Claim',
      text: "Malicious chips were implanted in Apple's servers",
      author: { '@type': 'Organization', name: 'Apple' },
      datePublished: '2018-10-04T16:02:00.000Z',
      firstAppearance: {
        '@type': 'CreativeWork',
        url: 'https://www.lemonde.fr/pixels/article/2018/10/04/des-puces-espionnes-chinoises_5364.html',
        publisher: { '@type': 'Organization', name: 'Le Monde' },
        inLanguage: 'fr',
        workTranslation: { '@type': 'CreativeWork', inLanguage: 'en' },
      },
    });
    expect(apple?.appearance).toHaveLength(1);
    expect(apple?.additionalProperty).toContainEqual({
      '@type': 'PropertyValue',
      name: 'stance',
      value: 'denies',
    });
    const shaw = records.find((r) => r.claimant === 'Frank Shaw')!;
    expect(shaw.claimantType).toBe('Person');
  });

  it('writes JSON-LD that a page can embed in a <script> as it is: a hostile title cannot close it', () => {
    const hostile = '</script><script>alert(1)</script> <!-- & ]]>';
    const [first] = recordsFromAnalyses([rulesAnalysisOf(supermicroLeMonde())]);
    const record = {
      ...first!,
      claimant: hostile,
      appearances: first!.appearances.map((a) => ({ ...a, title: hostile, quote: hostile })),
    };
    const out = formatClaims([record], 'schema-claim');
    expect(out).not.toMatch(/[<>&]/);
    const [ld] = JSON.parse(out) as { author: { name: string } }[];
    expect(ld?.author.name).toBe(hostile);
  });

  it('falls back to the French quote for rules-engine claims', () => {
    const [first] = recordsFromAnalyses([rulesAnalysisOf(supermicroLeMonde())]);
    const [ld] = JSON.parse(formatClaims([first!], 'schema-claim')) as Record<string, unknown>[];
    expect(ld).toMatchObject({ text: first!.appearances[0]!.quote, inLanguage: 'fr' });
    expect(ld?.firstAppearance).not.toHaveProperty('workTranslation');
  });
});

describe('claimFeed', () => {
  it('links stored claims and keeps their proposition ids in the store', () => {
    dir = mkdtempSync(join(tmpdir(), 'veille-feed-'));
    const store = openStore(join(dir, 'v.db'));
    for (const f of allFixtures()) store.saveArticleAnalysis(f.extract, f.analysis);
    const feed = claimFeed(store, new Date('2018-10-01T00:00:00Z'));
    expect(feed).toHaveLength(8);
    const props = new Set(
      feed
        .filter((r) => r.entities.some((e) => e.name === 'Supermicro') || r.claimant === 'Apple')
        .map((r) => r.propositionId),
    );
    expect(props.size).toBe(2); // the allegation with its denials, and Supermicro's own denial
    const stored = store.claimsSince(new Date(0));
    for (const r of feed)
      expect(stored.find((s) => s.id === r.id)?.propositionId).toBe(r.propositionId);
    store.markPosted([feed[0]!.id], 'http://127.0.0.1:1/t');
    expect(claimFeed(store, new Date(0), { unpostedTo: 'http://127.0.0.1:1/t' })).toHaveLength(7);
    store.close();
  });
});
