/** The Windows tree kill: `taskkill /T /F /PID <pid>` (core/runner-os.ts), run to its end. */
import { spawn } from 'node:child_process';
import { treeKillCommand } from '../core/runner-os.js';
import type { TreeKillPort } from '../ports/process.js';

export const taskkillPort: TreeKillPort = {
  killTree(pid) {
    const { file, args } = treeKillCommand(pid);
    return new Promise((resolve) => {
      // taskkill exits 128 when the process is already gone: the tree is gone either way.
      const child = spawn(file, args, { stdio: 'ignore', windowsHide: true });
      child.once('error', () => resolve());
      child.once('exit', () => resolve());
    });
  },
};
