import { describe, expect, it } from 'vitest';
import { VeilleError } from '../src/errors.js';
import { parseSince } from '../src/util/since.js';

const now = new Date(2024, 4, 15, 9, 30); // 15 May 2024, 09:30 local time

describe('parseSince', () => {
  it.each([
    ['24h', new Date(now.getTime() - 24 * 3_600_000)],
    ['90m', new Date(now.getTime() - 90 * 60_000)],
    ['7d', new Date(now.getTime() - 7 * 86_400_000)],
    ['2w', new Date(now.getTime() - 14 * 86_400_000)],
    [' 36H ', new Date(now.getTime() - 36 * 3_600_000)],
    ['today', new Date(2024, 4, 15)],
    ['Yesterday', new Date(2024, 4, 14)],
    ['2024-05-01', new Date(2024, 4, 1)],
    ['2024-05-01T08:00', new Date(2024, 4, 1, 8, 0)],
    ['2024-05-01T08:00:00Z', new Date(Date.UTC(2024, 4, 1, 8))],
    ['2024-05-01T08:00:00+02:00', new Date(Date.UTC(2024, 4, 1, 6))],
  ])('reads %s', (value, expected) => {
    expect(parseSince(value, { now })).toEqual(expected);
  });

  it.each(['abc', '24', 'h', '-1d', '2024-02-31', '2024-13-01', '3 fortnights', ''])(
    'refuses %j with a USAGE error naming the value',
    (value) => {
      let err: unknown;
      try {
        parseSince(value, { now });
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(VeilleError);
      expect((err as VeilleError).code).toBe('USAGE');
      expect((err as VeilleError).message).toBe(
        `--since: cannot read '${value}' (use 24h, 7d, or an ISO date)`,
      );
    },
  );

  it('names another flag when asked', () => {
    expect(() => parseSince('soon', { flag: '--until' })).toThrow(/^--until: cannot read 'soon'/);
  });
});
