// Preloaded (`node --import`) by tests/startup-imports.test.ts: installs the loader hook that
// records every module the process resolves, so the test sees what start-up really loads.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
