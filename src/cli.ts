#!/usr/bin/env node
// The whole CLI is `run()`; this file only hands it the real process.
import { run } from './program.js';

process.exitCode = await run({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
