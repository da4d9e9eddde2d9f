/**
 * Makes files and folders really read-only for the test process, root included: `chmod` does not
 * stop root, so as root the immutable attribute (`chattr +i`, ext2/3/4, xfs, btrfs) is used.
 *
 *   const undo = makeReadOnly([dbFile, folder]);
 *   try { … } finally { undo(); }
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const isRoot = (): boolean => process.getuid?.() === 0;

/** Makes every path read-only; returns the function that restores them (call it in `finally`). */
export function makeReadOnly(paths: string[]): () => void {
  const modes = paths.map((p) => statSync(p).mode & 0o777);
  for (const p of paths) {
    if (isRoot()) execFileSync('chattr', ['+i', p]);
    else chmodSync(p, statSync(p).isDirectory() ? 0o555 : 0o444);
  }
  return () => {
    paths.forEach((p, i) => {
      if (isRoot()) execFileSync('chattr', ['-i', p]);
      else chmodSync(p, modes[i]!);
    });
  };
}

/** True when a new file can still be created in `folder` (the read-only trick did not work). */
export function canWriteIn(folder: string): boolean {
  try {
    writeFileSync(path.join(folder, '.probe'), 'x', { flag: 'wx' });
    return true;
  } catch {
    return false;
  }
}
