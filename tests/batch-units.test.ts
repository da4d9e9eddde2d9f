import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  BatchProgress,
  costOf,
  formatSeconds,
  parseDuration,
  readPrices,
  runPool,
} from '../src/batch/index.js';
import { VeilleError } from '../src/errors.js';
import { Reporter } from '../src/report.js';
import type { Analysis } from '../src/types.js';

const sink = (tty: boolean): Writable & { text: string; isTTY?: boolean } => {
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      stream.text += chunk.toString();
      cb();
    },
  }) as Writable & { text: string; isTTY?: boolean };
  stream.text = '';
  if (tty) stream.isTTY = true;
  return stream;
};

describe('runPool', () => {
  it('keeps at most `limit` tasks in flight and pulls the next input only when a slot frees', async () => {
    let pulled = 0;
    let running = 0;
    let peak = 0;
    let maxAhead = 0;
    let finished = 0;
    async function* source(): AsyncGenerator<number> {
      for (let i = 0; i < 20; i++) {
        pulled += 1;
        maxAhead = Math.max(maxAhead, pulled - finished);
        yield i;
      }
    }
    await runPool(source(), 3, async () => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 5));
      running -= 1;
      finished += 1;
    });
    expect(finished).toBe(20);
    expect(peak).toBe(3);
    expect(maxAhead).toBeLessThanOrEqual(3);
  });

  it('waits for tasks in flight, then rethrows what a worker threw', async () => {
    let done = 0;
    async function* source(): AsyncGenerator<number> {
      yield* [1, 2, 3, 4, 5, 6];
    }
    await expect(
      runPool(source(), 2, async (n) => {
        await new Promise((r) => setTimeout(r, n));
        if (n === 2) throw new Error('boom');
        done += 1;
      }),
    ).rejects.toThrow('boom');
    expect(done).toBeLessThan(5);
  });
});

describe('durations and prices', () => {
  it('parses --max-age', () => {
    expect(parseDuration('12h')).toBe(12 * 3_600_000);
    expect(parseDuration('30m')).toBe(1_800_000);
    expect(parseDuration('90')).toBe(90_000);
    expect(parseDuration('2d')).toBe(172_800_000);
    expect(() => parseDuration('soon')).toThrow();
    expect(formatSeconds(65)).toBe('1m 05s');
  });

  it('reads the price table of veille.config.json and prices tokens per million', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'veille-prices-'));
    writeFileSync(
      path.join(cwd, 'veille.config.json'),
      JSON.stringify({
        model: 'gpt-4o-mini',
        prices: { 'gpt-4o-mini': { input: 0.15, output: 0.6 } },
      }),
    );
    const prices = readPrices({ cwd, env: { XDG_CONFIG_HOME: cwd } });
    expect(costOf(prices, 'gpt-4o-mini', { input: 1_000_000, output: 500_000 })).toBeCloseTo(0.45);
    expect(costOf(prices, 'other', { input: 1, output: 1 })).toBeNull();
    expect(readPrices({ cwd: tmpdir(), env: { XDG_CONFIG_HOME: cwd + '-none' } })).toEqual({});
  });
});

const analysis = (source: string, claims: number): Analysis =>
  ({
    source,
    claims: Array.from({ length: claims }, () => ({})),
    usage: { promptTokens: 1000, completionTokens: 200 },
  }) as unknown as Analysis;

describe('BatchProgress', () => {
  it('prints one line per article without a TTY, and a summary with codes, tokens and cost', () => {
    const stderr = sink(false);
    const reporter = new Reporter(stderr);
    let t = 0;
    const progress = new BatchProgress({
      reporter,
      model: 'm',
      prices: { m: { input: 1, output: 2 } },
      now: () => t,
    });
    progress.start();
    progress.seen();
    progress.seen();
    progress.seen();
    const unverified = { code: 'UNGROUNDED_QUOTE', message: 'not found' };
    progress.succeeded(analysis('a.html', 3), 'model', { warnings: [unverified, unverified] });
    progress.succeeded(analysis('b.html', 1), 'cached', { warnings: [], file: 'out/b.json' });
    progress.failure(
      reporter.error(
        new VeilleError('LLM_RATE_LIMITED', 'slow', { stage: 'analyse' }),
        'analyse',
        'c.html',
      ),
    );
    t = 4_000;
    progress.stop();
    expect(stderr.text).toContain('ok a.html · 3 claims · 2 unverified quotes\n');
    expect(stderr.text).toContain('ok b.html · 1 claim · cached · → out/b.json\n');
    expect(stderr.text).not.toContain('\r');
    expect(progress.summary()).toBe(
      '2 done, 1 failed (LLM_RATE_LIMITED), 1 from cache, tokens 1,000 in / 200 out, cost $0.0014, 4s',
    );
  });

  it('draws a single updating line on a TTY, under the lines printed above it', () => {
    const HALF = '█'.repeat(10) + '░'.repeat(10);
    const stderr = sink(true);
    const reporter = new Reporter(stderr, { verbose: true });
    let t = 0;
    const progress = new BatchProgress({ reporter, model: null, prices: {}, now: () => t });
    progress.seen();
    progress.seen();
    t = 2_000;
    progress.succeeded(analysis('a.html', 2), 'rules', { warnings: [] });
    expect(progress.line()).toBe(`${HALF} 1/2+ · ETA ≥2s · 1,200 tokens`);
    reporter.warning('b.html', { code: 'W', message: 'hm' } as never);
    progress.complete = true;
    progress.stop();
    expect(stderr.text).toContain('ok a.html · 2 claims\n');
    expect(stderr.text).toContain(`\r\x1b[2K${HALF} 1/2+ · ETA ≥2s · 1,200 tokens`);
    expect(stderr.text).toContain(`\r\x1b[2Kwarning [W] b.html: hm\n${HALF} 1/2+`);
    expect(stderr.text.endsWith('\r\x1b[2K')).toBe(true);
  });

  it('shows the planned total without + once the loader knows it (files, folders)', () => {
    const progress = new BatchProgress({
      reporter: new Reporter(sink(true)),
      model: null,
      prices: {},
    });
    progress.seen();
    progress.seen();
    progress.plan({ inputs: 12, settled: false });
    expect(progress.line()).toContain(' 0/12+');
    progress.plan({ inputs: 12, settled: true });
    progress.succeeded(analysis('a.html', 1), 'rules', { warnings: [] });
    expect(progress.line()).toContain(' 1/12 ');
  });

  it('--quiet drops the per-article lines but keeps the bar on a terminal, and errors', () => {
    const stderr = sink(true);
    const reporter = new Reporter(stderr, { quiet: true });
    const progress = new BatchProgress({ reporter, model: null, prices: {} });
    progress.seen();
    progress.succeeded(analysis('a.html', 2), 'rules', { warnings: [] });
    reporter.error(new VeilleError('TIMEOUT', 'slow', { stage: 'fetch' }), 'fetch', 'x');
    progress.stop();
    expect(stderr.text).not.toContain('ok a.html');
    expect(stderr.text).toContain(' 1/1+');
    expect(stderr.text).toContain('[TIMEOUT]');
  });
});
