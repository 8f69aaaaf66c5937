/**
 * The shell of a `run/` step with an empty `shell` input, against the runner's own rule for a `run:` step
 * without `shell:` (actions/runner 258d6c8, src/Runner.Worker/Handlers/ScriptHandler.cs lines 187-203):
 * on Windows pwsh when WhichUtil finds it on PATH (lines 190-191), else powershell (lines 192-197).
 */
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runnerDefaultShell } from '../../src/adapters/run-step.js';
import { defaultShell } from '../../src/core/runner-os.js';
import { shellInvocation } from '../../src/core/shell-command.js';

describe('the default shell (empty shell input)', () => {
  it('is pwsh on Windows when it is on PATH, else powershell; bash elsewhere', () => {
    expect(defaultShell(true, true)).toBe('pwsh');
    expect(defaultShell(true, false)).toBe('powershell');
    expect(defaultShell(false, true)).toBe('bash');
    expect(defaultShell(false, false)).toBe('bash');
  });

  it("is run with the runner's -command \". '{0}'\" for both (ScriptHandlerHelpers.cs lines 16-17)", () => {
    for (const shell of [defaultShell(true, true), defaultShell(true, false)])
      expect(shellInvocation(shell, 'C:\\a b\\script.ps1').arguments).toBe(
        `-command ". 'C:\\a b\\script.ps1'"`,
      );
  });

  it("looks pwsh up on the step's PATH with PATHEXT, as WhichUtil does (never the working directory)", () => {
    // The Windows lookup joins with '\\': on this Linux machine a directory named 'dir\\pwsh.exe' stands in.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'default-shell-'));
    try {
      const bin = path.join(dir, 'bin');
      mkdirSync(bin);
      const env = { Path: bin, PATHEXT: '.COM;.EXE' };
      expect(runnerDefaultShell(true, env)).toBe('powershell');
      writeFileSync(`${bin}\\pwsh.EXE`, '');
      expect(runnerDefaultShell(true, env)).toBe('pwsh');
      expect(runnerDefaultShell(false, env)).toBe('bash');
      expect(runnerDefaultShell(true, { PATH: '' })).toBe('powershell');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
