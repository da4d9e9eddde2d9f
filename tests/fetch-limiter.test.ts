import { describe, expect, it } from 'vitest';
import { createLimiter } from '../src/fetch/limiter.js';
import {
  MAX_RETRY_WAIT_MS,
  isRetryableStatus,
  parseRetryAfter,
  retryDelay,
} from '../src/fetch/retry.js';
import { delay } from './helpers/http-server.js';

describe('createLimiter', () => {
  it('caps tasks per key and in all, and lets other keys pass a busy one', async () => {
    const limiter = createLimiter({ global: 3, perKey: 2 });
    const running = new Map<string, number>();
    let total = 0;
    let maxTotal = 0;
    const maxPerKey = new Map<string, number>();
    const order: string[] = [];
    const task = (key: string) => async () => {
      total++;
      running.set(key, (running.get(key) ?? 0) + 1);
      maxTotal = Math.max(maxTotal, total);
      maxPerKey.set(key, Math.max(maxPerKey.get(key) ?? 0, running.get(key) ?? 0));
      order.push(key);
      await delay(20);
      total--;
      running.set(key, (running.get(key) ?? 1) - 1);
    };
    const keys = ['a', 'a', 'a', 'a', 'b', 'b', 'c'];
    await Promise.all(keys.map((k) => limiter.run(k, task(k))));
    expect(maxTotal).toBe(3);
    expect(maxPerKey.get('a')).toBe(2);
    // `b` started while `a` waited for a slot: a busy host does not block the queue.
    expect(order.slice(0, 3)).toEqual(['a', 'a', 'b']);
  });

  it('passes results and errors through, and releases slots after a failure', async () => {
    const limiter = createLimiter({ global: 1 });
    await expect(
      limiter.run(null, () => {
        throw new Error('sync boom');
      }),
    ).rejects.toThrow('sync boom');
    await expect(limiter.run(null, async () => 42)).resolves.toBe(42);
  });
});

describe('retry policy', () => {
  it('parses Retry-After in seconds and as an HTTP date', () => {
    const now = Date.parse('2024-05-01T10:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Wed, 01 May 2024 10:00:07 GMT', now)).toBe(7000);
    expect(parseRetryAfter('Wed, 01 May 2024 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it('doubles the delay per attempt with jitter, caps it, and lets Retry-After win', () => {
    const options = { baseMs: 100, maxMs: 1000, random: () => 0.5 };
    expect([0, 1, 2, 3, 4].map((n) => retryDelay(n, null, options))).toEqual([
      100, 200, 400, 800, 1000,
    ]);
    expect(retryDelay(0, null, { ...options, random: () => 0 })).toBe(50);
    expect(retryDelay(0, 600, options)).toBe(600);
    expect(retryDelay(0, 60_000, options)).toBe(1000);
  });

  it('never waits more than MAX_RETRY_WAIT_MS, whatever maxMs says', () => {
    const loose = { baseMs: 100, maxMs: 10 * 86_400_000, random: () => 0.5 };
    expect(retryDelay(0, 86_400_000, loose)).toBe(MAX_RETRY_WAIT_MS);
    expect(retryDelay(30, null, loose)).toBe(MAX_RETRY_WAIT_MS);
    expect(MAX_RETRY_WAIT_MS).toBe(60_000);
  });

  it('retries 429 and 5xx, not other statuses', () => {
    expect([429, 500, 502, 503, 504, 522].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 410, 501].some(isRetryableStatus)).toBe(false);
  });
});
