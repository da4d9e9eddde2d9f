import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

describe('input options', () => {
  it('--timeout past the documented maximum is a usage error, not INTERNAL', async () => {
    for (const command of ['extract', 'summarize']) {
      const r = await runCli([command, '--timeout', '1e9', 'http://127.0.0.1:9/a.html']);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('--timeout');
      expect(r.stderr).not.toContain('INTERNAL');
    }
  });
});
