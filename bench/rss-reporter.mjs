// Preloaded into the built CLI by bench/batch.ts (`node --expose-gc --import`): as the process
// exits, prints its peak RSS and its live JS heap after a last GC (what the batch still retains);
// also by bench/process.ts, which reads its CPU time (user + system, microseconds).
import { writeSync } from 'node:fs';
import process from 'node:process';

process.on('exit', (code) => {
  const usage = process.resourceUsage();
  globalThis.gc?.();
  const report = {
    code,
    maxRssKb: usage.maxRSS,
    cpuUs: usage.userCPUTime + usage.systemCPUTime,
    heapUsedKb: Math.round(process.memoryUsage().heapUsed / 1024),
  };
  writeSync(2, `\nVEILLE_BENCH ${JSON.stringify(report)}\n`);
});
