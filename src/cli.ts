#!/usr/bin/env node
// The whole CLI is `run()`; this file only hands it the real process.
import { processInterrupts, run } from './program.js';

const interrupts = processInterrupts();
process.exitCode = await run({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  onInterrupt: interrupts.on,
});
// An interrupted run has said what it saved; calls still in flight are not waited for.
if (interrupts.happened) process.exit();
