// Opt-in tests against a real OpenAI-compatible endpoint: `LIVE=1 npm run test:live`.
// They cost money and depend on a model's mood, so they never run in CI and are never collected
// by the default `npm test` (whose include is tests/**/*.test.ts).
import { defineConfig } from 'vitest/config';

if (process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false') {
  process.stderr.write('live tests never run in CI (CI is set): nothing to do\n');
  process.exit(0);
}
if (process.env.LIVE !== '1') {
  process.stderr.write(
    'live tests call a real model endpoint and are opt-in: run LIVE=1 npm run test:live ' +
      '(with OPENAI_API_KEY, or OPENAI_BASE_URL and VEILLE_MODEL, set)\n',
  );
  process.exit(0);
}

export default defineConfig({
  test: {
    include: ['tests/live/**/*.live.ts'],
    testTimeout: 180_000,
    pool: 'forks',
  },
});
