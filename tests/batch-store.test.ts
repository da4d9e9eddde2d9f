import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BatchStore } from '../src/batch/index.js';
import { VeilleError } from '../src/errors.js';
import { cacheKeyOf, openStore, type Store } from '../src/store/index.js';
import type { Analysis, ExtractResult } from '../src/types.js';
import { supermicroLeMonde } from './helpers/analysis-fixtures.js';

/** The Le Monde fixture republished at another URL by another outlet. */
function copyOf(extract: ExtractResult): ExtractResult {
  const url = 'https://www.ouest-france.fr/afp/puces.html';
  return {
    ...extract,
    source: url,
    article: { ...extract.article, url, canonicalUrl: null, siteName: 'Ouest-France' },
  };
}

/** An analysis that resolves only when `open()` is called, counting how often it was started. */
function gated(analysis: Analysis) {
  let open = (): void => undefined;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const state = { calls: 0, open: () => open() };
  const analyse = async (): Promise<Analysis> => {
    state.calls += 1;
    await gate;
    return analysis;
  };
  return { state, analyse };
}

let dir: string;
let store: Store;
let clock: number;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'veille-batch-store-'));
  clock = Date.parse('2018-10-05T07:00:00Z');
  store = openStore(join(dir, 'veille.db'), { now: () => new Date(clock) });
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('BatchStore.obtain', () => {
  for (const withStore of [true, false]) {
    it(`analyses two copies in flight once${withStore ? '' : ' (--no-store)'}`, async () => {
      const { extract, analysis } = supermicroLeMonde();
      const copy = copyOf(extract);
      const key = cacheKeyOf(extract, analysis);
      const batch = new BatchStore({ store: withStore ? store : null, report: () => undefined });
      const { state, analyse } = gated(analysis);
      const first = batch.obtain(extract, { key, refresh: false, analyse });
      const second = batch.obtain(copy, { key, refresh: false, analyse });
      state.open();
      const [a, b] = await Promise.all([first, second]);
      expect(state.calls).toBe(1);
      expect(a.cached).toBe(false);
      expect(b.cached).toBe(true);
      expect(b.analysis.source).toBe(copy.source);
      expect(b.analysis.article.siteName).toBe('Ouest-France');
      expect(b.analysis.claims.map((c) => c.id)).toEqual(a.analysis.claims.map((c) => c.id));
      if (withStore) {
        const [claim] = store.claimsSince(new Date(0));
        expect(claim?.appearances.map((x) => x.site).sort()).toEqual(['Le Monde', 'Ouest-France']);
      }
    });
  }

  it('reuses with --refresh only what this run analysed', async () => {
    const { extract, analysis } = supermicroLeMonde();
    const key = cacheKeyOf(extract, analysis);
    store.saveArticleAnalysis(extract, analysis, key);
    clock += 60_000;
    const batch = new BatchStore({ store, report: () => undefined, now: () => clock });
    const { state, analyse } = gated({ ...analysis, model: 'refreshed' });
    state.open();
    await batch.obtain(extract, { key, refresh: true, analyse });
    expect(state.calls).toBe(1);
    clock += 1_000;
    const copy = await batch.obtain(copyOf(extract), { key, refresh: true, analyse });
    expect(state.calls).toBe(1);
    expect(copy.analysis.model).toBe('refreshed');
  });

  it('does not save again a stored analysis of the same page (its newest stays its own)', async () => {
    const { extract, analysis } = supermicroLeMonde();
    const key = cacheKeyOf(extract, analysis);
    store.saveArticleAnalysis(extract, analysis, key);
    clock += 60_000;
    const newer = { ...analysis, model: 'gpt-4o', claims: analysis.claims.slice(0, 1) };
    store.saveArticleAnalysis(extract, newer);
    const batch = new BatchStore({ store, report: () => undefined });
    const { state, analyse } = gated(analysis);
    const again = await batch.obtain(extract, { key, refresh: false, analyse });
    expect(again.cached).toBe(true);
    expect(state.calls).toBe(0);
    expect(store.claimsSince(new Date(0))).toHaveLength(1);
    expect([...store.analysesSince(new Date(0))][0]?.analysis.model).toBe('gpt-4o');
  });

  it('records the failure of a shared analysis for every copy', async () => {
    const { extract, analysis } = supermicroLeMonde();
    const copy = copyOf(extract);
    const key = cacheKeyOf(extract, analysis);
    const batch = new BatchStore({ store, report: () => undefined });
    const failing = (): Promise<Analysis> =>
      Promise.reject(new VeilleError('LLM_ERROR', 'boom', { stage: 'analyse' }));
    const results = await Promise.allSettled([
      batch.obtain(extract, { key, refresh: false, analyse: failing }),
      batch.obtain(copy, { key, refresh: false, analyse: failing }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(
      store
        .pendingFailures()
        .map((f) => f.source)
        .sort(),
    ).toEqual([extract.source, copy.source].sort());
  });
});
