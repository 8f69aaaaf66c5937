/**
 * att-sup4, finding 5: a wake writes one summary part per run it supervises (its own, up to 10 reconciled,
 * the rollbacks judged); the runner drops a step's whole summary past 1 MiB, leaving an error annotation
 * (actions/runner FileCommandManager.cs; the stand's readStageFiles holds the same rule).
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_CONFIG } from '../../src/core/config.js';
import { supervisePorts } from '../../src/supervise/index.js';
import { readStageFiles, SUMMARY_LIMIT } from '../../stand/runner/file-commands.js';

test("eleven runs' summaries of 150 KB each stay one summary the runner keeps, cut with a note", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'sup-summary-'));
  const files = {
    output: path.join(dir, 'output'),
    env: path.join(dir, 'env'),
    path: path.join(dir, 'path'),
    state: path.join(dir, 'state'),
    summary: path.join(dir, 'summary'),
  };
  for (const f of Object.values(files)) await writeFile(f, '');
  const saved = process.env.GITHUB_STEP_SUMMARY;
  process.env.GITHUB_STEP_SUMMARY = files.summary;
  try {
    const ports = supervisePorts({
      token: 't',
      repo: { owner: 'o', repo: 'r' },
      config: DEFAULT_CONFIG,
      env: { runId: '1', attempt: 1, runnerTemp: dir },
      runId: 1,
      tempDir: dir,
    });
    // A run of many jobs: lines of a table, several bytes a character (a job name in Greek).
    const part = (n: number): string =>
      `## ci-recovery supervisor: run ${n}\n\n${Array.from({ length: 1500 }, (_, i) => `| job ${i} δοκιμή | nothing | ${'x'.repeat(70)} |`).join('\n')}\n`;
    for (let n = 1; n <= 11; n++) ports.runner.appendSummary(part(n));
  } finally {
    if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY;
    else process.env.GITHUB_STEP_SUMMARY = saved;
  }
  const read = await readStageFiles(files);
  expect(read.errors).toEqual([]);
  expect(Buffer.byteLength(read.summary)).toBeLessThanOrEqual(SUMMARY_LIMIT);
  expect(read.summary).toContain('## ci-recovery supervisor: run 1\n');
  expect(read.summary).toContain("cut to fit GitHub's 1 MiB step summary limit");
  expect(read.summary).not.toContain('run 11\n');
});
